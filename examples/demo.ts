// `npm run demo`: scores the bundled sample batch with the proposed 聊城优品 model and prints a
// ranked table per sector, then every row that could not be scored, with its reasons.
import { readFileSync } from 'node:fs';
import { defineModel, type EntityInput, type EntityResult, score } from 'youpin';
import { liaocheng } from 'youpin/presets';

const batch: EntityInput[] = JSON.parse(
  readFileSync(new URL('./data/sample-batch.json', import.meta.url), 'utf8'),
);
const model = defineModel(liaocheng);
const report = score(model, batch);

// Display width: CJK characters take two columns in a terminal.
const width = (s: string) => [...s].reduce((w, c) => w + (/[\u1100-\uffff]/u.test(c) ? 2 : 1), 0);
const pad = (s: string, n: number, right = false) => {
  const fill = ' '.repeat(Math.max(0, n - width(s)));
  return right ? fill + s : s + fill;
};

const dimensions = model.nodes.filter((n) => n.depth === 1);
const header = [
  '排名 Rank',
  '编号 ID',
  '名称 Name',
  '总分 Total',
  ...dimensions.map((d) => `${d.label.zh} ${d.id}`),
];

function table(rows: EntityResult[]): string {
  const cells = rows.map((e) => [
    String(e.rank.sector),
    e.id ?? '',
    typeof e.name === 'string' ? e.name : (e.name?.zh ?? ''),
    e.total ?? '',
    ...dimensions.map((d) => e.nodes.find((n) => n.id === d.id)?.score ?? ''),
  ]);
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i] ?? ''))));
  const line = (c: string[]) =>
    c.map((s, i) => pad(s, widths[i] ?? 0, i !== 1 && i !== 2)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

console.log(`${model.name.zh} ${model.name.en} — ${model.id} ${model.version}`);
console.log('建议模型，非官方数据 · A proposed model, not official figures (docs: domain §6)');
console.log(
  `申报 ${report.counts.entities} · 已计分 ${report.counts.scored} · 无效 ${report.counts.invalid}` +
    `  |  applicants ${report.counts.entities}, scored ${report.counts.scored}, invalid ${report.counts.invalid}\n`,
);

for (const sector of model.sectors) {
  const rows = report.entities
    .filter((e) => e.sector === sector.id && e.status === 'scored')
    .sort((a, b) => (a.rank.sector ?? 0) - (b.rank.sector ?? 0) || a.index - b.index);
  console.log(`■ ${sector.label.zh} ${sector.label.en} (${rows.length})`);
  console.log(`${table(rows)}\n`);
}

const invalid = report.entities.filter((e) => e.status !== 'scored');
if (invalid.length > 0) {
  console.log('■ 未计分 Not scored');
  for (const e of invalid) {
    for (const issue of e.issues) {
      console.log(
        `  #${e.index} ${e.id ?? '?'}: ${issue.messageZh} · ${issue.message}  [${issue.code} @ ${issue.path.join('.')}]`,
      );
    }
  }
}
