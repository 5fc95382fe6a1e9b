// Generates examples/data/sample-batch.json: 100 fictional applicants (40 制造业, 30 农业,
// 30 服务业) for the 聊城优品 preset. Run: npx tsx scripts/generate-sample-batch.ts
//
// ALL NAMES AND FIGURES ARE INVENTED. Each name joins a Liaocheng place word (东昌, 临清, 茌平 …,
// used only as geography) with a made-up two-character word and a business suffix; no name is
// meant to denote, or be taken for, a real company.
//
// The output is deterministic: one seeded PRNG (mulberry32, fixed seed below), no Math.random,
// no dates; running the script twice gives byte-identical files. A few rows carry deliberate data
// problems (see PROBLEMS) so that a report shows every status path.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LeafInput, NodeInput } from '../src/model/types.js';
import { liaocheng } from '../src/presets/liaocheng.js';
import type { ValueInput } from '../src/score/types.js';

const SEED = 20240909;
const OUT = fileURLToPath(new URL('../examples/data/sample-batch.json', import.meta.url));

/** mulberry32: a small 32-bit PRNG (public domain); returns floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(SEED);
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const clamp01 = (x: number): number => clamp(x, 0, 1);
const round = (x: number, dp: number): number => {
  const f = 10 ** dp;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r; // no -0 in the JSON
};
/** Roughly normal noise with mean 0 and sd ≈ `sd` (sum of three uniforms). */
const noise = (sd: number): number => (rand() + rand() + rand() - 1.5) * 2 * sd;
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

// ─── Names ──────────────────────────────────────────────────────────────────────────────────────

type Sector = 'manufacturing' | 'agriculture' | 'services';
type Pair = readonly [zh: string, en: string];

const PLACES: readonly Pair[] = [
  ['东昌', 'Dongchang'],
  ['临清', 'Linqing'],
  ['茌平', 'Chiping'],
  ['阳谷', 'Yanggu'],
  ['莘县', 'Shenxian'],
  ['冠县', 'Guanxian'],
  ['高唐', 'Gaotang'],
  ['东阿', "Dong'e"],
];

/** Made-up words (not brands, not company names). */
const WORDS: readonly Pair[] = [
  ['沐禾', 'Muhe'],
  ['启澜', 'Qilan'],
  ['岚屿', 'Lanyu'],
  ['禾岫', 'Hexiu'],
  ['澄岳', 'Chengyue'],
  ['朔川', 'Shuochuan'],
  ['芷衡', 'Zhiheng'],
  ['熠棠', 'Yitang'],
  ['溪坤', 'Xikun'],
  ['青樾', 'Qingyue'],
  ['允栎', 'Yunli'],
  ['栖梧', 'Qiwu'],
  ['砚川', 'Yanchuan'],
  ['珩岳', 'Hengyue'],
  ['曜禾', 'Yaohe'],
  ['澜珀', 'Lanpo'],
  ['榕屹', 'Rongyi'],
  ['璟澈', 'Jingche'],
  ['翊川', 'Yichuan'],
  ['湛屿', 'Zhanyu'],
];

const SUFFIXES: Readonly<Record<Sector, readonly Pair[]>> = {
  manufacturing: [
    ['机械有限公司', 'Machinery Co., Ltd.'],
    ['新材料有限公司', 'New Materials Co., Ltd.'],
    ['轴承有限公司', 'Bearing Co., Ltd.'],
    ['纺织有限公司', 'Textile Co., Ltd.'],
    ['精密制造有限公司', 'Precision Manufacturing Co., Ltd.'],
    ['化工有限公司', 'Chemical Co., Ltd.'],
    ['电气有限公司', 'Electric Co., Ltd.'],
    ['钢管有限公司', 'Steel Pipe Co., Ltd.'],
  ],
  agriculture: [
    ['食品有限公司', 'Foods Co., Ltd.'],
    ['农民专业合作社', "Farmers' Cooperative"],
    ['果蔬种植有限公司', 'Fruit and Vegetable Co., Ltd.'],
    ['生态农业有限公司', 'Eco-Agriculture Co., Ltd.'],
    ['家庭农场', 'Family Farm'],
    ['畜牧有限公司', 'Livestock Co., Ltd.'],
  ],
  services: [
    ['物流有限公司', 'Logistics Co., Ltd.'],
    ['餐饮管理有限公司', 'Catering Management Co., Ltd.'],
    ['酒店管理有限公司', 'Hotel Management Co., Ltd.'],
    ['家政服务有限公司', 'Home Services Co., Ltd.'],
    ['养老服务有限公司', 'Elderly Care Services Co., Ltd.'],
    ['文化旅游有限公司', 'Culture and Tourism Co., Ltd.'],
    ['信息技术有限公司', 'Information Technology Co., Ltd.'],
  ],
};

const usedNames = new Set<string>();
function makeName(sector: Sector): { zh: string; en: string } {
  for (;;) {
    const [placeZh, placeEn] = pick(PLACES);
    const [wordZh, wordEn] = pick(WORDS);
    const [sufZh, sufEn] = pick(SUFFIXES[sector]);
    const zh = `${placeZh}${wordZh}${sufZh}`;
    const en = `${placeEn} ${wordEn} ${sufEn}`;
    if (usedNames.has(zh) || usedNames.has(en)) continue;
    usedNames.add(zh);
    usedNames.add(en);
    return { zh, en };
  }
}

// ─── Values ─────────────────────────────────────────────────────────────────────────────────────

/** Rounding and realistic limits of the numeric leaves (linear and log). */
interface NumericRule {
  readonly dp: number;
  readonly min?: number;
  readonly max?: number;
  /** Never below the lower goalpost (it is also an eligibility gate: revenue, R&D, staff). */
  readonly gate?: boolean;
}

const NUMERIC: Readonly<Record<string, NumericRule>> = {
  m_Q4: { dp: 1, max: 99.5 },
  m_Q5: { dp: 2, min: 0 },
  m_I1: { dp: 2, gate: true },
  m_I2: { dp: 0, min: 0 },
  m_B1: { dp: 0, min: 1 },
  m_B3: { dp: 0, min: 300, max: 990 },
  m_E1: { dp: 0, gate: true },
  m_E2: { dp: 1, min: -12 },
  m_E3: { dp: 1, min: -4 },
  m_E4: { dp: 1, min: 0.8 },
  m_S1: { dp: 2, min: 0.3 },
  a_Q2: { dp: 1, min: 95, max: 100 },
  a_Q3: { dp: 0, min: 0, max: 100 },
  a_Q4: { dp: 0, min: 5, max: 100 },
  a_I2: { dp: 0, min: 0 },
  a_B2: { dp: 0, min: 0, max: 95 },
  a_B3: { dp: 1, min: -8 },
  a_E1: { dp: 0, gate: true },
  a_E2: { dp: 1, min: -12 },
  a_E3: { dp: 1, min: -4 },
  a_S1: { dp: 0, min: 20 },
  a_S4: { dp: 0, min: 0, max: 100 },
  s_Q2: { dp: 1, max: 99.5 },
  s_Q3: { dp: 2, min: 0 },
  s_I2: { dp: 2, min: 0 },
  s_B2: { dp: 0, min: 1 },
  s_B3: { dp: 0, min: 1 },
  s_B4: { dp: 1, min: 3.6, max: 5 },
  s_E1: { dp: 0, gate: true },
  s_E2: { dp: 1, min: -12 },
  s_E3: { dp: 1, min: -4 },
  s_E4: { dp: 0, gate: true },
  s_S4: { dp: 0, min: 30, max: 100 },
};

/** Categories an applicant that passed the gates can hold, best first (default: all). */
const CATEGORY_SUBSET: Readonly<Record<string, readonly string[]>> = {
  // The sector gate asks for ≥ 国内先进 (domain §6.2).
  m_Q1: ['international_lead', 'international_advanced', 'domestic_leading', 'domestic_advanced'],
};

/** Point items that count per piece (每项); all others are held at most once. */
const COUNTABLE = new Set([
  'm_I3:international',
  'm_I3:national',
  'm_I3:industry',
  'm_I3:group_or_local',
  'm_I4:first_of_kind',
  'a_I1:extension_project',
  's_I3:national_standard',
  's_I3:industry_or_group_standard',
  's_I3:invention_patent',
  's_I3:software_copyright',
]);

/** Items of which an applicant holds at most one (tiers of the same award or rating). */
const EXCLUSIVE: readonly (readonly string[])[] = [
  ['m_Q3:governor_quality_award', 'm_Q3:national_quality_award'],
  ['m_I4:national_platform', 'm_I4:provincial_platform'],
  ['m_I4:national_st_award', 'm_I4:provincial_st_award'],
  ['m_S2:national_green_factory', 'm_S2:provincial_green_factory'],
  ['s_Q4:rating_top', 's_Q4:rating_second', 's_Q4:rating_other'],
];

type Scoring = LeafInput['scoring'];

function numericValue(leaf: LeafInput, t: number): number {
  const rule = NUMERIC[leaf.id];
  if (!rule) throw new Error(`no numeric rule for ${leaf.id}`);
  const s = leaf.scoring;
  if (s.method !== 'linear' && s.method !== 'log') throw new Error(`${leaf.id} is not numeric`);
  const lo = Number(s.lower);
  const hi = Number(s.upper);
  // Fraction of the way from the bottom to the top goalpost; beyond [0, 1] on purpose.
  let f = -0.25 + 1.45 * t;
  if (rule.gate) f = Math.max(f, rand() * 0.05);
  const up = leaf.direction === 'lower' ? 1 - f : f;
  const x =
    s.method === 'log'
      ? Math.exp(Math.log(lo) + up * (Math.log(hi) - Math.log(lo)))
      : lo + up * (hi - lo);
  return round(clamp(x, rule.min ?? -Infinity, rule.max ?? Infinity), rule.dp);
}

function categoricalValue(
  leaf: LeafInput,
  scoring: Scoring & { method: 'categorical' },
  t: number,
): string {
  if (scoring.categories.some((c) => c.value === 'A')) {
    // Credit grades: mostly A or B, a few C, never D (a D grade is a veto).
    if (rand() < 0.06) return 'C';
    return t + noise(0.1) > 0.42 ? 'A' : 'B';
  }
  const values = CATEGORY_SUBSET[leaf.id] ?? scoring.categories.map((c) => c.value);
  const index = Math.floor((1 - clamp01(t)) * values.length * 0.999);
  return values[index] as string;
}

function pointsValue(
  leaf: LeafInput,
  scoring: Scoring & { method: 'points' },
  t: number,
  asList: boolean,
): ValueInput {
  const counts = new Map<string, number>();
  const taken = new Set<string>();
  for (const item of scoring.items) {
    const key = `${leaf.id}:${item.id}`;
    const group = EXCLUSIVE.find((g) => g.includes(key));
    if (group?.some((k) => taken.has(k))) continue;
    const points = Number(item.points);
    // Cheap items are common, valuable honours are rare and go to strong applicants.
    const p = clamp01(0.2 + 1.1 * t - points / 70 + (item.id === 'iso9001' ? 0.5 : 0));
    if (rand() >= p) continue;
    let n = 1;
    if (COUNTABLE.has(key)) n += Math.floor(rand() * (points <= 2 ? 12 : points <= 10 ? 4 : 3) * t);
    counts.set(item.id, n);
    taken.add(key);
  }
  if (asList) return [...counts].flatMap(([id, n]) => Array.from({ length: n }, () => id));
  return Object.fromEntries(counts);
}

function expertValue(t: number): number {
  return clamp(40 + Math.round((t * 55) / 5) * 5, 40, 95);
}

function leafValue(leaf: LeafInput, quality: number, row: number): ValueInput {
  const t = clamp(quality + noise(0.15), -0.1, 1.1);
  const s = leaf.scoring;
  switch (s.method) {
    case 'linear':
    case 'log':
      return numericValue(leaf, t);
    case 'categorical':
      return categoricalValue(leaf, s, t);
    case 'points':
      return pointsValue(leaf, s, clamp01(t), row % 2 === 0);
    case 'direct':
      return expertValue(clamp01(t));
    default:
      throw new Error(`no generator for ${leaf.id} (${s.method})`);
  }
}

// ─── Rows ───────────────────────────────────────────────────────────────────────────────────────

const isLeaf = (node: NodeInput): node is LeafInput => 'scoring' in node;
const LEAVES: readonly LeafInput[] = liaocheng.tree.children.flatMap((dimension) =>
  'children' in dimension ? dimension.children.filter(isLeaf) : [],
);
const PREFIX: Readonly<Record<Sector, string>> = {
  manufacturing: 'm_',
  agriculture: 'a_',
  services: 's_',
};

interface Row {
  id: string;
  name: { zh: string; en: string };
  sector: Sector;
  values: Record<string, ValueInput>;
}

function makeRows(sector: Sector, letter: string, count: number): Row[] {
  const leaves = LEAVES.filter((leaf) => leaf.id.startsWith(PREFIX[sector]));
  return Array.from({ length: count }, (_, i) => {
    // Latent strength of the applicant: triangular on [0.2, 0.9].
    const quality = 0.2 + 0.7 * ((rand() + rand()) / 2);
    const values: Record<string, ValueInput> = {};
    for (const leaf of leaves) values[leaf.id] = leafValue(leaf, quality, i);
    return {
      id: `${letter}${String(i + 1).padStart(3, '0')}`,
      name: makeName(sector),
      sector,
      values,
    };
  });
}

const rows: Row[] = [
  ...makeRows('manufacturing', 'M', 40),
  ...makeRows('agriculture', 'A', 30),
  ...makeRows('services', 'S', 30),
];

// ─── Deliberate data problems ───────────────────────────────────────────────────────────────────

const PROBLEMS: ReadonlyArray<{
  id: string;
  leaf: string;
  value: ValueInput | undefined;
  why: string;
}> = [
  // Scored with a warning (missing policy 'renormalise': the other 品牌 leaves are rescaled).
  { id: 'M011', leaf: 'm_B3', value: null, why: 'brand strength not assessed' },
  { id: 'S017', leaf: 's_B4', value: '', why: 'no platform rating (blank cell)' },
  // Scored with a warning (missing policy 'zero'): not in any market-share ranking.
  { id: 'M031', leaf: 'm_B1', value: undefined, why: 'not ranked (key left out)' },
  // Invalid: a decimal comma is not a number.
  { id: 'A009', leaf: 'a_E3', value: '12,5', why: 'decimal comma' },
  // Invalid: a grade that is not in the credit table.
  { id: 'S024', leaf: 's_S1', value: 'AAA', why: 'unknown credit grade' },
  // Invalid: missing value where the policy is 'invalid' (government spot-check data).
  { id: 'A021', leaf: 'a_Q2', value: null, why: 'spot-check pass rate not supplied' },
];

for (const problem of PROBLEMS) {
  const row = rows.find((r) => r.id === problem.id);
  if (!row || !(problem.leaf in row.values)) throw new Error(`bad problem ${problem.id}`);
  if (problem.value === undefined) delete row.values[problem.leaf];
  else row.values[problem.leaf] = problem.value;
}

const text = `${JSON.stringify(rows, null, 2)}\n`;
if (process.argv.includes('--stdout')) {
  // Used by the test that checks the committed file is what the generator makes.
  process.stdout.write(text);
} else {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, text);
  console.log(`wrote ${rows.length} applicants to ${OUT}`);
}
