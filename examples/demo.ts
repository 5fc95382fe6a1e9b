// `npm run demo`: runs the bundled sample batch through the proposed 聊城优品 programme — gates,
// vetoes, expert panels, scores, selection — and prints the list per sector, then every applicant
// that was not scored, with the reason; then the years after (titles, the annual check, bans, the
// cultivation pool, a new model version, a replay). It also writes the whole report as one offline HTML page
// (charts, the list for public notice, an explanation per applicant) to ./youpin-report.html.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  defineModel,
  type EntityInput,
  type EntityResult,
  type Label,
  type RuleOutcome,
  type ScoredEntity,
  type SelectionReason,
  score,
  toHtml,
} from 'youpin';
import { haopinShandongBenchmark, liaocheng2024 } from 'youpin/presets';
import {
  bansOn,
  cultivationPool,
  makeEdition,
  monitor,
  register,
  replay,
  trajectory,
} from 'youpin/programme';

const batch: EntityInput[] = JSON.parse(
  readFileSync(new URL('./data/sample-batch.json', import.meta.url), 'utf8'),
);
const model = defineModel(liaocheng2024);
const report = score(model, batch);

// Display width: CJK characters take two columns in a terminal.
const width = (s: string) => [...s].reduce((w, c) => w + (/[\u1100-\uffff]/u.test(c) ? 2 : 1), 0);
const pad = (s: string, n: number, right = false) => {
  const fill = ' '.repeat(Math.max(0, n - width(s)));
  return right ? fill + s : s + fill;
};
const bi = (l: Label | undefined) => (l ? `${l.zh} · ${l.en}` : '');
const nameOf = (e: EntityResult) => (typeof e.name === 'string' ? e.name : (e.name?.zh ?? ''));
const who = (e: EntityResult) => `${e.id ?? `#${e.index}`} ${nameOf(e)}`;

const REASONS: Record<SelectionReason, string> = {
  selected: '✓',
  not_scored: '未计分 not scored',
  below_threshold: '低于门槛 below threshold',
  below_floor: '维度未达标 below floor',
  outside_quota: '超出名额 outside quota',
  lost_tie_break: '并列决胜落选 lost tie-break',
  tie_unresolved: '并列待定 tie unresolved',
};
const dimensions = model.nodes.filter((n) => n.depth === 1);
const header = [
  '排名 Rank',
  '编号 ID',
  '名称 Name',
  '总分 Total',
  ...dimensions.map((d) => `${d.label.zh} ${d.id}`),
  '等级 Band',
  '入选 Selected',
];

function table(rows: ScoredEntity[]): string {
  const cells = rows.map((e) => {
    const s = e.selection;
    const floors = s?.reason === 'below_floor' ? ` (${s.failedFloors.join(', ')})` : '';
    return [
      String(e.rank.sector),
      e.id,
      nameOf(e),
      e.total,
      ...dimensions.map((d) => e.nodes.find((n) => n.id === d.id)?.score ?? ''),
      s?.band ? `${s.band.label.zh} ${s.band.label.en}` : '',
      s ? REASONS[s.reason] + floors : '',
    ];
  });
  const left = new Set([1, 2, header.length - 2, header.length - 1]);
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i] ?? ''))));
  const line = (c: string[]) =>
    c
      .map((s, i) => pad(s, widths[i] ?? 0, !left.has(i)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

// The tie-break keys, as the report names them (`node:Q`, `fact:credit_grade`, `expertMean`).
function keyLabel(key: string | null): string {
  if (key === null) return '无 none (评审委员会决定 the committee decides)';
  if (key === 'expertMean') return '专家原始平均分 plain expert mean';
  const [kind, id] = key.split(':');
  if (kind === 'node') return bi(model.nodes.find((n) => n.id === id)?.label);
  return id === 'credit_grade' ? '信用等级 credit grade' : (id ?? key);
}
// An entity's value of a tie-break key; `expertMean` is the plain mean of all its expert scores.
function keyValue(e: EntityResult, key: string | null | undefined): string {
  const [kind, id] = (key ?? '').split(':');
  if (kind === 'node') return e.nodes.find((n) => n.id === id)?.score ?? '—';
  if (kind === 'fact') {
    const rules = [...e.eligibility.gates, ...e.eligibility.vetoes];
    return String(rules.find((r) => id && id in r.facts)?.facts[id ?? ''] ?? '—');
  }
  const scores = e.nodes.flatMap((n) => n.panel?.scores.map((s) => Number(s.score)) ?? []);
  return scores.length ? (scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(2) : '—';
}

// What a rule read, in one line: facts, series years and dated events.
function readings(o: RuleOutcome): string {
  const show = (v: unknown): string => {
    if (Array.isArray(v)) return v.length ? v.map(show).join(', ') : '[]';
    if (v && typeof v === 'object') {
      const r = v as Record<string, unknown>;
      if (typeof r['type'] === 'string')
        return `${r['type']} ${r['date']}${r['severity'] ? ` (${r['severity']})` : ''}`;
      return `{ ${Object.entries(r)
        .map(([k, x]) => `${k}: ${show(x)}`)
        .join(', ')} }`;
    }
    return v === null ? '— (缺失 missing)' : String(v);
  };
  return Object.entries(o.facts)
    .filter(([k, v]) => !(k.startsWith('events:') && Array.isArray(v) && v.length === 0))
    .map(([k, v]) => (k.startsWith('events:') ? show(v) : `${k} = ${show(v)}`))
    .join('; ');
}

const gateLabels = new Map((model.definition.gates ?? []).map((r) => [r.id, r.label]));
const vetoLabels = new Map((model.definition.vetoes ?? []).map((r) => [r.id, r.label]));
const c = report.counts;

console.log(`${model.name.zh} ${model.name.en} — ${model.id} ${model.version}`);
console.log('建议模型，非官方数据 · A proposed model, not official figures (docs: domain §6)');
console.log(`评价基准日 Evaluation date: ${report.evaluationDate ?? '—'}`);
console.log(
  `申报 ${c.entities} entities · 合格参评 ${c.scored} scored · 不符合申报条件 ${c.ineligible} ineligible` +
    ` · 一票否决 ${c.vetoed} vetoed · 数据无效 ${c.invalid} invalid · 入选 ${c.selected} selected\n`,
);

const quotas = model.definition.selection?.quotas ?? {};
for (const sector of model.sectors) {
  const all = report.entities.filter((e) => e.sector === sector.id);
  const rows = all
    .filter((e): e is ScoredEntity => e.status === 'scored')
    .sort((a, b) => a.rank.sector - b.rank.sector || a.index - b.index);
  const selected = rows.filter((e) => e.selection?.selected).length;
  console.log(
    `■ ${sector.label.zh} ${sector.label.en} — 申报 ${all.length} applied · 参评 ${rows.length} scored` +
      ` · 入选 ${selected}/${quotas[sector.id] ?? '—'} selected/quota`,
  );
  console.log(table(rows));
  const tied = rows.filter((e) => e.selection?.tieBreak);
  if (tied.length > 0) {
    const by = tied.find((e) => e.selection?.tieBreak?.decidedBy)?.selection?.tieBreak?.decidedBy;
    const list = tied
      .map((e) => `${e.id} ${e.selection?.selected ? '✓' : '✗'} ${keyValue(e, by)}`)
      .join(', ');
    console.log(
      `  并列决胜 Tie at the quota cut (${tied[0]?.total}): ${list} — 依据 decided by ${keyLabel(by ?? null)}`,
    );
  }
  console.log('');
}

const ineligible = report.entities.filter((e) => e.status === 'ineligible');
if (ineligible.length > 0) console.log('■ 不符合申报条件 Ineligible');
for (const e of ineligible) {
  for (const g of e.eligibility.gates.filter(
    (o) => o.result === 'failed' || o.result === 'unknown',
  )) {
    const unknown = g.result === 'unknown' ? ' [无法核验 cannot be checked]' : '';
    console.log(`  ${who(e)}: ${g.rule} ${bi(gateLabels.get(g.rule))}${unknown}`);
    console.log(`      ${readings(g)}`);
  }
}

const vetoed = report.entities.filter((e) => e.status === 'vetoed');
if (vetoed.length > 0) console.log('\n■ 一票否决 Vetoed');
for (const e of vetoed) {
  for (const v of e.eligibility.vetoes.filter((o) => o.result === 'fired')) {
    console.log(`  ${who(e)}: ${v.rule} ${bi(vetoLabels.get(v.rule))}`);
    console.log(`      ${readings(v)}`);
  }
}

const invalid = report.entities.filter((e) => e.status === 'invalid');
if (invalid.length > 0) console.log('\n■ 数据无效 Invalid data');
for (const e of invalid) {
  for (const issue of e.issues) {
    console.log(
      `  #${e.index} ${e.id ?? '?'}: ${issue.messageZh} · ${issue.message}  [${issue.code} @ ${issue.path.join('.')}]`,
    );
  }
}

const warned = report.entities.filter((e) => e.status === 'scored' && e.warnings.length > 0);
if (warned.length > 0) console.log('\n■ 计分提示 Scored with notices');
for (const e of warned) {
  for (const w of e.warnings) console.log(`  ${e.id}: ${w.messageZh} · ${w.message}  [${w.code}]`);
}

// ■ The years after (youpin/programme): the 2024 round kept as an edition and its titles, a year
// of monitoring, the 2025 round with its re-application bans, the 2026 round under a new model
// version — who made it from the cultivation pool, and what moved an applicant's total.
const data = (file: string) =>
  JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8'));
const round2024 = makeEdition(model, batch, { id: '2024' });
let titles = register([round2024]);
console.log(`\n■ 之后的年份 The years after`);
console.log(
  `  2024 届：${titles.titles.length} 项称号，有效期至 ${titles.titles[0]?.validUntil} · edition 2024: ${titles.titles.length} titles, valid until ${titles.titles[0]?.validUntil}`,
);
const checked = monitor(titles, model, data('events-2025.json'), { asOf: '2025-06-01' });
titles = checked.register;
console.log('  2025-06-01 年度监测 annual check:');
for (const c of checked.changes)
  console.log(`    ${c.holder} ${c.change.messageZh} · ${c.change.message}`);
const bans = bansOn(titles, model);
const round2025 = makeEdition(model, data('sample-batch-2025.json'), {
  id: '2025',
  evaluationDate: '2025-06-30',
  bans,
  editions: [round2024],
});
titles = register([round2025], titles);
console.log(
  `  2025 届：${bans.map((b) => `${b.id} 禁止再申报至 ${b.until}`).join('，')} · edition 2025: ${bans.map((b) => `${b.id} barred until ${b.until}`).join(', ')}`,
);
// The 2026 round under a new version: quality weighs less and innovation more in manufacturing.
const sectors = liaocheng2024.sectors.map((s) =>
  s.id === 'manufacturing'
    ? { ...s, profile: { ...s.profile, weights: { ...s.profile?.weights, Q: 0.2, I: 0.35 } } }
    : s,
);
const round2026 = makeEdition(
  { ...liaocheng2024, version: '2026.1-proposed', sectors },
  data('sample-batch-2026.json'),
  {
    id: '2026',
    evaluationDate: '2026-06-30',
    bans: bansOn(titles, model),
    editions: [round2024, round2025],
  },
);
titles = register([round2026], titles);
const pool = cultivationPool([round2024, round2025, round2026]);
for (const p of pool.paths.filter((x) => x.outcome === 'selected'))
  console.log(`  培育库 → 入选 from the pool to the list: ${p.id} (${p.entered} → ${p.left})`);
const [, step] = trajectory([round2024, round2025, round2026], 'M021').steps;
console.log(
  `  M021 2025 → 2026：总分 ${step?.change}，其中模型 ${step?.model?.slice(0, 6)}、自身数据 ${step?.values?.slice(0, 6)} · total ${step?.change}: model ${step?.model?.slice(0, 6)}, own data ${step?.values?.slice(0, 6)}`,
);
// Three years on: the 2025 titles of holders re-evaluated in 2026 and not selected again expire.
const expiry = monitor(titles, model, [], { asOf: '2028-06-30' });
console.log(
  `  2028-06-30 届满 expired: ${expiry.changes.map((c) => c.holder).join(' ')} (2026 届复评未再入选 re-evaluated in 2026, not selected again)`,
);
console.log(
  `  重放 2024 届 replay of 2024: ${replay(JSON.parse(JSON.stringify(round2024))).identical ? '逐字节相同 identical to the byte' : '不同 differs'}`,
);

// The same report as a page to open in any browser, offline, or to print (公示, appeals).
const htmlPath = resolve('youpin-report.html');
writeFileSync(htmlPath, toHtml(report, { benchmark: haopinShandongBenchmark }));
console.log(`\nHTML 报告 HTML report: ${htmlPath}`);
