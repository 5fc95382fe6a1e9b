// The benchmark's workload: a model of 5 dimensions × 8 leaves (35 linear, 5 log: every eighth
// leaf) weighted differently in 3 sectors, and a deterministic batch generator (mulberry32, fixed
// seed).
import { defineModel, type EntityInput, type Model } from 'youpin';

const label = (s: string) => ({ zh: s, en: s });
export const DIMENSIONS = 5;
export const PER_DIMENSION = 8;
export const LEAVES = DIMENSIONS * PER_DIMENSION;
export const SECTORS = ['agri', 'mfg', 'svc'] as const;

export const leafId = (k: number): string =>
  `L${Math.floor(k / PER_DIMENSION)}_${k % PER_DIMENSION}`;
/** Leaf k's goalposts; every eighth leaf is scored on a log scale. */
export const isLog = (k: number): boolean => k % PER_DIMENSION === 7;
export const lowerOf = (k: number): number => (isLog(k) ? 1 : 0);
export const upperOf = (k: number): number => (isLog(k) ? 10_000 : 1000);

// Dimension weights per sector (tenths, summing to 10) and leaf weights (eighths) within each.
export const dimensionWeights: Record<(typeof SECTORS)[number], number[]> = {
  agri: [3, 2, 2, 2, 1],
  mfg: [2, 3, 2, 1, 2],
  svc: [2, 2, 2, 2, 2],
};

export const model: Model = defineModel({
  id: 'bench',
  version: '1',
  name: label('bench'),
  tree: {
    id: 'total',
    label: label('total'),
    children: Array.from({ length: DIMENSIONS }, (_, d) => ({
      id: `D${d}`,
      label: label(`D${d}`),
      children: Array.from({ length: PER_DIMENSION }, (_, l) => {
        const k = d * PER_DIMENSION + l;
        return {
          id: leafId(k),
          label: label(leafId(k)),
          scoring: {
            method: isLog(k) ? ('log' as const) : ('linear' as const),
            lower: lowerOf(k),
            upper: upperOf(k),
          },
        };
      }),
    })),
  },
  sectors: SECTORS.map((id) => ({
    id,
    label: label(id),
    profile: {
      weights: Object.fromEntries(dimensionWeights[id].map((w, d) => [`D${d}`, `${w}/10`])),
    },
  })),
  profile: {
    weights: Object.fromEntries(Array.from({ length: LEAVES }, (_, k) => [leafId(k), 0.125])),
  },
});

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n applicants as columns: sector ids and one Float64Array per leaf (values to 2 decimals). */
export function columns(n: number): { sectors: string[]; values: Record<string, Float64Array> } {
  const random = mulberry32(42);
  const sectors = Array.from({ length: n }, (_, i) => SECTORS[i % 3] as string);
  const values: Record<string, Float64Array> = {};
  for (let k = 0; k < LEAVES; k++) {
    const column = new Float64Array(n);
    for (let i = 0; i < n; i++) column[i] = Math.round(random() * upperOf(k) * 120) / 100;
    values[leafId(k)] = column;
  }
  return { sectors, values };
}

/** The same applicants as `score()` takes them. */
export function entities(n: number): EntityInput[] {
  const { sectors, values } = columns(n);
  return sectors.map((sector, i) => ({
    id: `e${i}`,
    sector,
    values: Object.fromEntries(
      Array.from({ length: LEAVES }, (_, k) => [leafId(k), values[leafId(k)]?.[i] as number]),
    ),
  }));
}
