import type { Model, ModelInput, NodeInput, ProfileInput, SectorInput } from 'youpin';
import { Dec } from '../numeric/decimal.js';

// Platform-neutral (no DOM): the changes the workbench makes to a model definition. Each returns
// a new definition (the one given is never changed) and says what it did in both languages, for
// the page and for the exported version's provenance. Exact decimals throughout (Dec).

/** What one change did, in both languages. */
export interface Change {
  readonly en: string;
  readonly zh: string;
}

/** A new definition and what was changed. */
export interface Edited {
  readonly definition: ModelInput;
  readonly change: Change;
}

/** Decimals of the weights the page writes: six, so that a weight typed is kept as typed. */
export const WEIGHT_DECIMALS = 6;

/** A non-negative decimal string, or null when the text is not one. */
export function decimalText(text: string): string | null {
  const t = text.trim();
  return /^\d+(\.\d+)?$/.test(t) || /^\.\d+$/.test(t) ? new Dec(t).toFixed() : null;
}

/**
 * A terminating decimal as a reduced fraction: `0.35` → `7/20`, `1` → `1`, `0.232143` →
 * `232143/1000000`. Shown beside each weight, so that the sum of siblings is seen to be exactly 1.
 */
export function fractionOf(decimal: string): string {
  const [whole = '0', part = ''] = new Dec(decimal).toFixed().split('.');
  let n = BigInt(whole + part);
  let d = 10n ** BigInt(part.length);
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  const g = gcd(n, d) || 1n;
  n /= g;
  d /= g;
  return d === 1n ? n.toString() : `${n}/${d}`;
}

/** The active children of `parent` in a sector, with their local weights, in the tree's order. */
export function siblingsIn(
  model: Model,
  sector: string,
  parent: string,
): Array<{ node: string; weight: string }> {
  const weights = model.sectors.find((s) => s.id === sector)?.weights ?? [];
  const local = new Map(weights.map((w) => [w.node, w.weight]));
  const children = model.nodes.find((n) => n.id === parent)?.children ?? [];
  return children
    .filter((c) => local.has(c))
    .map((c) => ({ node: c, weight: local.get(c) as string }));
}

/** A type whose top-level properties may be set (on a copy the page owns). */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** A copy of a definition, as JSON gives it (a model definition is JSON data). */
function copyOf(
  definition: ModelInput,
): Omit<Writable<ModelInput>, 'sectors'> & { sectors: Array<Writable<SectorInput>> } {
  return JSON.parse(JSON.stringify(definition));
}

/**
 * Sets the local weight of `node` in `sector` to `weight` (0 to 1) and rescales its siblings so
 * that they keep their proportions and all sum to exactly 1: each is rounded to
 * {@link WEIGHT_DECIMALS} decimals and the largest takes the residual of the rounding. When the
 * siblings weighed nothing, they share the rest equally. Weights given as points become weights.
 *
 * @returns null when the node has no siblings in the sector (its weight is 1 and stays 1)
 */
export function withWeight(
  definition: ModelInput,
  model: Model,
  sector: string,
  node: string,
  weight: string,
): Edited | null {
  const parent = model.nodes.find((n) => n.id === node)?.parent;
  if (!parent) return null;
  const siblings = siblingsIn(model, sector, parent);
  const others = siblings.filter((s) => s.node !== node);
  const self = siblings.find((s) => s.node === node);
  if (!self || others.length === 0) return null;
  const w = Dec.min(1, Dec.max(0, new Dec(weight))).toDecimalPlaces(WEIGHT_DECIMALS);
  const rest = new Dec(1).minus(w);
  const before = others.reduce((sum, s) => sum.plus(s.weight), new Dec(0));
  const scaled = others.map((s) =>
    (before.isZero() ? rest.div(others.length) : rest.times(s.weight).div(before)).toDecimalPlaces(
      WEIGHT_DECIMALS,
    ),
  );
  // The rounding's residual goes to the largest sibling, so that the sum is exactly 1.
  const residual = rest.minus(scaled.reduce((sum, x) => sum.plus(x), new Dec(0)));
  let largest = 0;
  scaled.forEach((x, k) => {
    if (x.gt(scaled[largest] as Dec)) largest = k;
  });
  scaled[largest] = (scaled[largest] as Dec).plus(residual);

  const copy = copyOf(definition);
  const target = copy.sectors.find((s) => s.id === sector);
  if (!target) return null;
  const { points: given, ...kept } = target.profile ?? {};
  const profile: Writable<ProfileInput> & {
    weights: Record<string, string | number>;
    points?: Record<string, string | number>;
  } = { ...kept, weights: { ...(target.profile?.weights ?? {}) } };
  if (given) profile.points = { ...given };
  profile.weights[node] = w.toFixed();
  others.forEach((s, k) => {
    profile.weights[s.node] = (scaled[k] as Dec).toFixed();
  });
  for (const s of siblings) delete profile.points?.[s.node];
  if (profile.points && Object.keys(profile.points).length === 0) delete profile.points;
  target.profile = profile;
  const was = new Dec(self.weight).toFixed();
  return {
    definition: copy,
    change: {
      en: `${sector} ${node} weight ${was} → ${w.toFixed()} (siblings under ${parent} rescaled)`,
      zh: `${sector} ${node} 权重 ${was} → ${w.toFixed()}（${parent} 下的同级指标按比例调整）`,
    },
  };
}

/** The selection's threshold set to `value`. */
export function withThreshold(definition: ModelInput, value: string): Edited {
  const copy = copyOf(definition);
  const was = copy.selection?.threshold;
  copy.selection = { ...(copy.selection ?? {}), threshold: value };
  const from = was === undefined ? '—' : String(was);
  return {
    definition: copy,
    change: { en: `threshold ${from} → ${value}`, zh: `入选线 ${from} → ${value}` },
  };
}

/** A sector's quota set to `value` (a whole number of applicants). */
export function withQuota(definition: ModelInput, sector: string, value: number): Edited {
  const copy = copyOf(definition);
  const quotas = { ...(copy.selection?.quotas ?? {}) };
  const was = quotas[sector];
  quotas[sector] = value;
  copy.selection = { ...(copy.selection ?? {}), quotas };
  const from = was === undefined ? '—' : String(was);
  return {
    definition: copy,
    change: { en: `${sector} quota ${from} → ${value}`, zh: `${sector} 名额 ${from} → ${value}` },
  };
}

/** The numeric goalposts (`lower`, `upper`) of a leaf's scoring, or null when it has none. */
export function goalpostsOf(node: NodeInput): { lower: string; upper: string } | null {
  const scoring = (node as { scoring?: Record<string, unknown> }).scoring;
  if (!scoring) return null;
  const { lower, upper } = scoring as { lower?: unknown; upper?: unknown };
  const ok = (v: unknown) => typeof v === 'number' || typeof v === 'string';
  return ok(lower) && ok(upper) ? { lower: String(lower), upper: String(upper) } : null;
}

/** The tree node with this id, in a definition. */
export function treeNode(definition: ModelInput, id: string): NodeInput | null {
  const walk = (node: NodeInput): NodeInput | null => {
    if (node.id === id) return node;
    for (const child of (node as { children?: NodeInput[] }).children ?? []) {
      const found = walk(child);
      if (found) return found;
    }
    return null;
  };
  return walk(definition.tree);
}

/** A leaf's goalposts set (`lower` and `upper` of its scoring function). */
export function withGoalposts(
  definition: ModelInput,
  leaf: string,
  lower: string,
  upper: string,
): Edited | null {
  const copy = copyOf(definition);
  const node = treeNode(copy, leaf);
  const was = node && goalpostsOf(node);
  if (!node || !was) return null;
  const scoring = (node as { scoring: Record<string, unknown> }).scoring;
  scoring['lower'] = lower;
  scoring['upper'] = upper;
  const text = `${leaf} [${was.lower}, ${was.upper}] → [${lower}, ${upper}]`;
  return { definition: copy, change: { en: `goalposts ${text}`, zh: `目标值 ${text}` } };
}

/**
 * The adjusted model as a new version: its version, and a provenance that says what was changed
 * in the workbench, on which day, from which model — on the model, and on each sector profile
 * whose weights changed.
 *
 * @param base - the model as loaded
 * @param changes - in the order they were made
 * @param date - the day (YYYY-MM-DD)
 */
export function asNewVersion(
  definition: ModelInput,
  base: { readonly id: string; readonly version: string },
  version: string,
  changes: readonly Change[],
  changedSectors: readonly string[],
  date: string,
): ModelInput {
  const copy = copyOf(definition);
  const what = changes.map((c) => c.en).join('; ');
  const note = `weights changed in the workbench on ${date}: ${what}; derived from ${base.id} ${base.version}`;
  copy.version = version;
  copy.provenance = { status: 'proposed', source: 'youpin workbench', note };
  copy.sectors = copy.sectors.map((s) =>
    changedSectors.includes(s.id) && s.profile
      ? {
          ...s,
          profile: {
            ...s.profile,
            provenance: { status: 'proposed', source: 'youpin workbench', note },
          },
        }
      : s,
  );
  return copy;
}
