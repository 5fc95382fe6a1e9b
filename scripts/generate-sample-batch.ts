// Generates examples/data/sample-batch.json: fictional applicants for the 聊城优品 preset — the
// first 100 (40 制造业, 30 农业, 30 服务业), then applicants added for the programme paths (see
// PATHS) and a twin at the manufacturing quota cut. Run: npx tsx scripts/generate-sample-batch.ts
//
// Every applicant has facts, series (net profit; R&D intensity in manufacturing), expert panels
// in place of the values of its expert leaves, third-party verification of its evidence, and, for
// a few, dated events. The report then shows every status: scored, ineligible (each kind of
// gate), vetoed (each veto), invalid, and selection with a tie at a quota cut.
//
// ALL NAMES AND FIGURES ARE INVENTED. Each name joins a Liaocheng place word (东昌, 临清, 茌平 …,
// used only as geography) with a made-up two-character word and a business suffix; no name is
// meant to denote, or be taken for, a real company.
//
// The output is deterministic: one seeded PRNG (mulberry32, fixed seed below), no Math.random,
// no dates (the events are fixed); running the script twice gives byte-identical files. A few
// rows carry deliberate data problems (see PROBLEMS). The twin is placed by scoring the batch
// with the preset, so the file follows the engine: regenerate it when the scoring changes.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LeafInput, NodeInput } from '../src/model/types.js';
import type { ExpertScore } from '../src/panel/types.js';
import { liaocheng2024 } from '../src/presets/liaocheng2024.js';
import { score } from '../src/score/score.js';
import type { EventInput, FactValue, ValueInput } from '../src/score/types.js';

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
/** A new fictional name; `suffix` (e.g. '养老服务有限公司') fixes the kind of business. */
function makeName(sector: Sector, suffix?: string): { zh: string; en: string } {
  const suffixes = suffix ? SUFFIXES[sector].filter(([zh]) => zh === suffix) : SUFFIXES[sector];
  for (;;) {
    const [placeZh, placeEn] = pick(PLACES);
    const [wordZh, wordEn] = pick(WORDS);
    const [sufZh, sufEn] = pick(suffixes);
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
const LEAVES: readonly LeafInput[] = liaocheng2024.tree.children.flatMap((dimension) =>
  'children' in dimension ? dimension.children.filter(isLeaf) : [],
);
const PREFIX: Readonly<Record<Sector, string>> = {
  manufacturing: 'm_',
  agriculture: 'a_',
  services: 's_',
};
const LETTER: Readonly<Record<Sector, string>> = {
  manufacturing: 'M',
  agriculture: 'A',
  services: 'S',
};
const leavesOf = (sector: Sector) => LEAVES.filter((leaf) => leaf.id.startsWith(PREFIX[sector]));

type Verification = 'passed' | 'failed' | 'pending';

interface Row {
  id: string;
  name: { zh: string; en: string };
  sector: Sector;
  values: Record<string, ValueInput>;
  panels: Record<string, ExpertScore[]>;
  verification: Record<string, Verification>;
  facts: Record<string, FactValue>;
  series: Record<string, Record<string, number>>;
  events: EventInput[];
}

function makeRow(sector: Sector, i: number, quality: number, suffix?: string): Row {
  const values: Record<string, ValueInput> = {};
  for (const leaf of leavesOf(sector)) values[leaf.id] = leafValue(leaf, quality, i);
  return {
    id: `${LETTER[sector]}${String(i + 1).padStart(3, '0')}`,
    name: makeName(sector, suffix),
    sector,
    values,
    panels: {},
    verification: {},
    facts: {},
    series: {},
    events: [],
  };
}

function makeRows(sector: Sector, count: number): Row[] {
  // Latent strength of the applicant: triangular on [0.2, 0.9].
  return Array.from({ length: count }, (_, i) =>
    makeRow(sector, i, 0.2 + 0.7 * ((rand() + rand()) / 2)),
  );
}

const rows: Row[] = [
  ...makeRows('manufacturing', 40),
  ...makeRows('agriculture', 30),
  ...makeRows('services', 30),
];
const rowById = (id: string): Row => {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no applicant ${id}`);
  return row;
};

// ─── Programme paths ────────────────────────────────────────────────────────────────────────────
// Applicants added after the first 100 so that a report shows every programme path: one failed
// gate each (ineligible), one veto each (vetoed), a veto boundary, a public-welfare exemption, and
// strong services applicants so that every sector quota binds. `values` overrides leaf values
// before the facts, series and panels are derived from them; `edit` runs afterwards.

interface Path {
  readonly id: string;
  readonly sector: Sector;
  readonly why: string;
  readonly quality?: number;
  readonly suffix?: string;
  readonly values?: Readonly<Record<string, ValueInput>>;
  readonly edit?: (row: Row) => void;
}

const event = (type: string, date: string, severity?: string) => (row: Row) => {
  row.events.push(severity ? { type, date, severity } : { type, date });
};
/** Makes the given years of the G3 window (2021–2023) losses, and the other years profits. */
const losses = (row: Row, years: readonly string[]) => {
  const profit = row.series['net_profit'] as Record<string, number>;
  for (const y of ['2021', '2022', '2023']) {
    const size = Math.max(Math.abs(profit[y] ?? 0), 12.5);
    profit[y] = years.includes(y) ? -size : size;
  }
};

const PATHS: readonly Path[] = [
  // Ineligible (申报条件): one gate each.
  {
    id: 'M041',
    sector: 'manufacturing',
    why: 'G2: founded 2 years ago',
    edit: (r) => {
      r.facts['years_operating'] = 2;
    },
  },
  {
    id: 'M042',
    sector: 'manufacturing',
    why: 'G3: losses in 2022 and 2023',
    values: { m_E3: -2.6 },
    edit: (r) => losses(r, ['2022', '2023']),
  },
  {
    id: 'M043',
    sector: 'manufacturing',
    why: 'G4: sells under a licensed brand, no own trademark',
    edit: (r) => {
      r.facts['own_trademark'] = false;
    },
  },
  { id: 'M044', sector: 'manufacturing', why: 'M1: revenue 1500 万元', values: { m_E1: 1500 } },
  { id: 'M045', sector: 'manufacturing', why: 'M2: R&D 2.7 % on average', values: { m_I1: 2.7 } },
  {
    id: 'M046',
    sector: 'manufacturing',
    why: 'M3: standard only at industry-advanced level',
    values: { m_Q1: 'industry_advanced' },
  },
  {
    id: 'M047',
    sector: 'manufacturing',
    why: 'G5 unknown: no answer on the quality-management system',
    edit: (r) => {
      delete r.facts['quality_management_system'];
    },
  },
  // Vetoed (一票否决): one veto each, and the look-back boundary.
  {
    id: 'M048',
    sector: 'manufacturing',
    why: 'V1: false material',
    edit: event('false_material', '2024-03-12'),
  },
  {
    id: 'M049',
    sector: 'manufacturing',
    why: 'V1: evidence of m_Q1 (a gate item) failed verification',
    edit: (r) => {
      r.verification['m_Q1'] = 'failed';
    },
  },
  {
    id: 'M050',
    sector: 'manufacturing',
    why: 'V3: major quality accident on 2021-06-30, the first day of the look-back',
    edit: event('quality_accident', '2021-06-30', 'major'),
  },
  {
    id: 'M051',
    sector: 'manufacturing',
    why: 'not vetoed: the same accident one day earlier, outside the look-back',
    edit: event('quality_accident', '2021-06-29', 'major'),
  },
  {
    id: 'M052',
    sector: 'manufacturing',
    why: 'V4: failed a government spot check',
    edit: event('spot_check_failed', '2023-09-18'),
  },
  {
    id: 'M053',
    sector: 'manufacturing',
    why: 'V7: serious environmental penalty',
    edit: event('environmental_penalty', '2022-07-08', 'serious'),
  },
  { id: 'A031', sector: 'agriculture', why: 'A2: no certification', edit: certifiedNone },
  { id: 'A032', sector: 'agriculture', why: 'A3: revenue 350 万元', values: { a_E1: 350 } },
  { id: 'A033', sector: 'agriculture', why: 'V2: credit grade D', values: { a_S3: 'D' } },
  {
    id: 'A034',
    sector: 'agriculture',
    why: 'V9: food-safety incident',
    edit: event('food_safety_incident', '2023-05-26'),
  },
  {
    id: 'A035',
    sector: 'agriculture',
    why: 'V5: penalised for counterfeit goods',
    edit: event('counterfeit_penalty', '2022-11-03'),
  },
  { id: 'S031', sector: 'services', why: 'S2: 35 employees', values: { s_E4: 35 } },
  {
    id: 'S032',
    sector: 'services',
    why: 'V8: major public-opinion incident',
    edit: event('major_public_opinion_incident', '2024-01-15'),
  },
  {
    id: 'S033',
    sector: 'services',
    why: 'V6: major tax violation',
    edit: event('major_tax_violation', '2023-04-20'),
  },
  {
    id: 'S034',
    sector: 'services',
    why: 'G3 exempt: a public-welfare elderly-care body with losses in 2022 and 2023',
    suffix: '养老服务有限公司',
    values: { s_E3: -1.8 },
    edit: (r) => {
      r.facts['public_welfare'] = true;
      losses(r, ['2022', '2023']);
    },
  },
  // Strong services applicants: more candidates than the quota of 6.
  ...(['S035', 'S036', 'S037', 'S038'] as const).map(
    (id, i): Path => ({ id, sector: 'services', why: 'strong applicant', quality: 0.8 - i * 0.03 }),
  ),
];

function certifiedNone(row: Row): void {
  row.facts['certifications'] = [];
}

for (const path of PATHS) {
  const row = makeRow(path.sector, Number(path.id.slice(1)) - 1, path.quality ?? 0.6, path.suffix);
  if (row.id !== path.id) throw new Error(`bad path id ${path.id}`);
  Object.assign(row.values, path.values);
  rows.push(row);
}

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
  const row = rowById(problem.id);
  if (!(problem.leaf in row.values)) throw new Error(`bad problem ${problem.id}`);
  if (problem.value === undefined) delete row.values[problem.leaf];
  else row.values[problem.leaf] = problem.value;
}

// ─── Facts, series, panels, verification ────────────────────────────────────────────────────────
// Drawn from a stream of their own per applicant (mulberry32 seeded by SEED and the id), so that
// the leaf values above are the ones of the 100-applicant batch, and one applicant's draws never
// shift another's.

function streamFor(id: string): () => number {
  let h = 0x811c9dc5; // FNV-1a
  for (const c of id) h = Math.imul(h ^ (c.codePointAt(0) as number), 0x01000193);
  return mulberry32((SEED ^ h) >>> 0);
}

const isMissingValue = (v: ValueInput | undefined) => v === undefined || v === null || v === '';
const asNumber = (v: ValueInput | undefined): number => Number(String(v).replace(',', '.'));

/** Public-welfare bodies (公益性单位) among the first 100: two elderly-care services. */
const PUBLIC_WELFARE = new Set(['S022', 'S030']);
const CREDIT_LEAF: Readonly<Record<Sector, string>> = {
  manufacturing: 'm_S3',
  agriculture: 'a_S3',
  services: 's_S1',
};
/** Revenue (万元), 3-year growth (%) and margin (%) leaves, from which net profit is derived. */
const FINANCE: Readonly<Record<Sector, readonly [string, string, string]>> = {
  manufacturing: ['m_E1', 'm_E2', 'm_E3'],
  agriculture: ['a_E1', 'a_E2', 'a_E3'],
  services: ['s_E1', 's_E2', 's_E3'],
};
/** a_Q1 levels, best first; the last four (and pollution_free) satisfy gate A2. */
const CERTIFICATIONS = [
  'organic',
  'geographical_indication',
  'green_food',
  'featured_quality',
  'pollution_free',
];

function makeFacts(row: Row, r: () => number): Record<string, FactValue> {
  const facts: Record<string, FactValue> = {
    registered_in_liaocheng: true,
    years_operating: 3 + Math.floor(r() * 38),
    public_welfare: PUBLIC_WELFARE.has(row.id),
    own_trademark: true,
    quality_management_system: true,
    restricted_industry: false,
    credit_grade: row.values[CREDIT_LEAF[row.sector]] as FactValue,
  };
  if (row.sector === 'agriculture') {
    facts['primary_production'] = true;
    // The a_Q1 level held, and sometimes a lower one; 名特优新 alone does not pass gate A2.
    const held = String(row.values['a_Q1']);
    const lower = CERTIFICATIONS.slice(CERTIFICATIONS.indexOf(held) + 1);
    const extra = held === 'featured_quality' ? 'pollution_free' : r() < 0.4 ? lower[0] : undefined;
    facts['certifications'] = extra ? [held, extra] : [held];
  }
  if (row.sector === 'services') facts['service_quality_system'] = true;
  return facts;
}

function makeSeries(row: Row, r: () => number): Row['series'] {
  const [revenue, growth, margin] = FINANCE[row.sector].map((k) => asNumber(row.values[k])) as [
    number,
    number,
    number,
  ];
  const profit: Record<string, number> = {};
  for (let year = 2019; year <= 2023; year++) {
    const sales = revenue / (1 + growth / 100) ** (2023 - year);
    const m = year === 2023 ? margin : margin + (r() - 0.4) * 4;
    profit[String(year)] = round((sales * m) / 100, 1);
  }
  // At most one loss year in a row within 2021–2023: two in a row fail gate G3.
  const [p21, p22, p23] = [profit['2021'], profit['2022'], profit['2023']] as number[];
  if ((p22 as number) < 0 && ((p21 as number) < 0 || (p23 as number) < 0))
    profit['2022'] = -(p22 as number);
  const series: Row['series'] = { net_profit: profit };
  if (row.sector === 'manufacturing') {
    // Three years whose mean is exactly m_I1 (the 3-year average R&D intensity).
    const mean = asNumber(row.values['m_I1']);
    const y21 = round(mean + (r() - 0.5) * 0.8, 2);
    const y22 = round(mean + (r() - 0.5) * 0.8, 2);
    series['rnd_ratio'] = { '2021': y21, '2022': y22, '2023': round(3 * mean - y21 - y22, 2) };
  }
  return series;
}

const EXPERTS = Array.from({ length: 20 }, (_, i) => `E${String(i + 1).padStart(2, '0')}`);
/** Panels whose spread is above 30 (flagged for discussion and re-scoring, still scored). */
const FLAGGED = new Set(['M007:m_Q2', 'A012:a_S2', 'S009:s_I1']);

function shuffle<T>(list: readonly T[], r: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Scores in steps of 5 whose trimmed mean (drop one high, one low) is exactly `target`: the middle
 * scores pair off around it, the extremes lie at or beyond them (far below when `flagged`).
 */
function panelScores(
  target: number,
  experts: readonly string[],
  r: () => number,
  flagged: boolean,
): ExpertScore[] {
  const middle = experts.length % 2 === 1 ? [target] : [];
  while (middle.length < experts.length - 2) {
    const d = Math.min(5 * Math.floor(r() * 3), 100 - target);
    middle.push(target + d, target - d);
  }
  const low = Math.min(...middle);
  const high = Math.max(...middle);
  const extremes = [
    flagged ? Math.max(0, low - 35) : low - 5 * Math.floor(r() * 2),
    Math.min(100, high + 5 * Math.floor(r() * 2)),
  ];
  const scores = shuffle([...middle, ...extremes], r);
  return experts.map((expert, i) => ({ expert, score: scores[i] as number }));
}

const VERIFIED = LEAVES.filter((leaf) => leaf.evidence?.required && leaf.source !== 'expert');
const VERIFICATION: ReadonlyArray<{ id: string; leaf: string; status: Verification }> = [
  // The evidence of a self-declared leaf did not hold up: the leaf scores 0, with a warning.
  { id: 'S012', leaf: 's_S4', status: 'failed' },
  // Still with the verifier: scored as declared, with a warning.
  { id: 'A005', leaf: 'a_B2', status: 'pending' },
];

for (const row of rows) {
  const r = streamFor(row.id);
  row.facts = makeFacts(row, r);
  row.series = makeSeries(row, r);
  const experts = shuffle(EXPERTS, r)
    .slice(0, 5 + Math.floor(r() * 3))
    .sort();
  for (const leaf of leavesOf(row.sector)) {
    const value = row.values[leaf.id];
    if (leaf.source === 'expert') {
      if (typeof value !== 'number') throw new Error(`${row.id} ${leaf.id} is not a score`);
      row.panels[leaf.id] = panelScores(value, experts, r, FLAGGED.has(`${row.id}:${leaf.id}`));
      delete row.values[leaf.id]; // a leaf has a panel or a value, never both
    } else if (VERIFIED.includes(leaf) && !isMissingValue(value)) {
      row.verification[leaf.id] = 'passed';
    }
  }
}
for (const v of VERIFICATION) rowById(v.id).verification[v.leaf] = v.status;
for (const path of PATHS) path.edit?.(rowById(path.id));

// ─── A tie at the manufacturing quota cut ───────────────────────────────────────────────────────
// The twin of the applicant at the cut has the same values, facts and trimmed panel scores, so
// the published totals tie, and Q, I and the credit grade tie too; one lowest (dropped) expert
// score is 5 lower, so its plain expert mean is lower and it loses the tie-break.

const QUOTA_SECTOR: Sector = 'manufacturing';
const quota = liaocheng2024.selection?.quotas?.[QUOTA_SECTOR] as number;
const atCut = score(liaocheng2024, rows).entities.find(
  (e) => e.sector === QUOTA_SECTOR && e.selection?.position === quota,
);
if (!atCut?.id) throw new Error('no applicant at the manufacturing quota cut');
const original = rowById(atCut.id);
const twin: Row = {
  ...structuredClone(original),
  id: `${LETTER[QUOTA_SECTOR]}${String(rows.filter((r) => r.sector === QUOTA_SECTOR).length + 1).padStart(3, '0')}`,
  name: makeName(QUOTA_SECTOR),
};
const lowered = Object.values(twin.panels).find((p) => p.some((s) => Number(s.score) >= 5));
if (!lowered) throw new Error('no panel to change');
const lowest = lowered.reduce((a, b) => (Number(b.score) < Number(a.score) ? b : a));
lowered[lowered.indexOf(lowest)] = { ...lowest, score: Number(lowest.score) - 5 };
rows.push(twin);

const tie = score(liaocheng2024, rows).entities.filter(
  (e) => e.id === original.id || e.id === twin.id,
);
if (
  tie.length !== 2 ||
  tie.some((e) => e.selection?.tieBreak?.decidedBy !== 'expertMean') ||
  tie.map((e) => e.selection?.reason).join() !== 'selected,lost_tie_break'
)
  throw new Error(
    `the tie at the cut is not decided by expertMean: ${JSON.stringify(tie.map((e) => e.selection))}`,
  );

// ─── Output ─────────────────────────────────────────────────────────────────────────────────────

const output = rows.map(({ events, ...row }) => ({
  id: row.id,
  name: row.name,
  sector: row.sector,
  values: row.values,
  panels: row.panels,
  verification: row.verification,
  facts: row.facts,
  series: row.series,
  ...(events.length > 0 ? { events } : {}),
}));
const text = `${JSON.stringify(output, null, 2)}\n`;
if (process.argv.includes('--stdout')) {
  // Used by the test that checks the committed file is what the generator makes.
  process.stdout.write(text);
} else {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, text);
  console.log(`wrote ${rows.length} applicants to ${OUT}`);
}
