import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineModel, type EntityInput, type ModelInput, score, toMarkdown } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sample: EntityInput[] = JSON.parse(
  readFileSync(`${root}/examples/data/sample-batch.json`, 'utf8'),
);

const l = (zh: string, en: string) => ({ zh, en });
const tiny: ModelInput = {
  id: 'tiny',
  version: '1',
  name: l('示例 *模型*', 'Tiny *model*'),
  tree: {
    id: 'total',
    label: l('总分', 'Total'),
    children: [
      { id: 'Q', label: l('质量', 'Quality'), scoring: { method: 'direct' } },
      { id: 'I', label: l('创新', 'Innovation'), scoring: { method: 'direct' } },
    ],
  },
  profile: { weights: { Q: 0.6, I: 0.4 } },
  sectors: [
    { id: 'food', label: l('食品', 'Food') },
    { id: 'tea', label: l('茶叶', 'Tea') },
    { id: 'wine', label: l('酒', 'Wine') },
  ],
  facts: [
    { id: 'revenue', label: l('营业收入', 'Revenue'), type: 'number' },
    { id: 'fraud', label: l('造假', 'Fraud'), type: 'boolean' },
  ],
  gates: [
    {
      id: 'G1',
      label: l('收入 ≥ 2000', 'Revenue <b>≥</b> 2000 | _yearly_'),
      when: { fact: 'revenue', op: '>=', value: 2000 },
    },
  ],
  vetoes: [{ id: 'V1', label: l('造假', 'Fraud'), when: { fact: 'fraud', op: '==', value: true } }],
  selection: {
    threshold: 70,
    floors: { I: 50 },
    quotas: { food: 1 },
    bands: [{ id: 'top', label: l('优', 'Top'), min: 85 }],
  },
};
const ok = { revenue: 3000, fraud: false };
const NASTY = 'a|b*c_d`e<script>x</script>[l](u)';

/** The cells of a Markdown table row, split on the pipes that are not escaped. */
const cells = (line: string) =>
  line
    .slice(2, -2)
    .split(/(?<!\\) \| /)
    .map((c) => c.trim());

describe('toMarkdown', () => {
  const report = score(tiny, [
    { id: 'A', name: NASTY, sector: 'food', values: { Q: 90, I: 80 }, facts: ok },
    { id: 'B', name: l('乙', 'Beta'), sector: 'food', values: { Q: 80, I: 80 }, facts: ok },
    { id: 'C', name: 'Gamma', sector: 'food', values: { Q: 100, I: 40 }, facts: ok },
    { id: 'D', name: 'Delta', sector: 'food', values: { Q: 50, I: 50 }, facts: ok },
    { id: 'E', name: 'Eps', sector: 'tea', values: { Q: 5, I: 5 }, facts: { ...ok, revenue: 9 } },
    { id: 'F', name: 'Phi', sector: 'tea', values: { Q: 5, I: 5 }, facts: { ...ok, fraud: true } },
    { id: 'G', name: 'Gee', sector: 'tea', values: { Q: 'x', I: 5 }, facts: ok },
  ]);
  const md = toMarkdown(report, { locale: 'en' });
  const lines = md.split('\n');

  it('starts with a heading and the counts', () => {
    expect(lines[0]).toBe('# Tiny \\*model\\*');
    const counts = lines.findIndex((x) => x.startsWith('| Applicants |'));
    expect(cells(lines[counts] as string)).toEqual([
      'Applicants',
      'Scored',
      'Ineligible',
      'Vetoed',
      'Invalid data',
      'Selected',
    ]);
    expect(cells(lines[counts + 2] as string)).toEqual(['7', '4', '1', '1', '1', '1']);
    expect(md).toContain('Threshold: 70 · Dimension floors: Innovation 50 · Bands: Top ≥ 85');
  });

  it('ranks each sector in a table, with the reason of every applicant not selected', () => {
    const start = lines.indexOf('## Food');
    const table = lines.slice(start).filter((x) => x.startsWith('| '));
    expect(cells(table[0] as string)).toEqual([
      'Rank',
      'ID',
      'Name',
      'Total',
      'Quality Q',
      'Innovation I',
      'Band',
      'Selected',
    ]);
    const rows = table.slice(2, 6).map(cells);
    expect(rows.map((r) => r[1])).toEqual(['A', 'B', 'C', 'D']);
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4']);
    for (const r of rows) expect(r).toHaveLength(8);
    expect(rows[0]?.slice(3)).toEqual(['86.00', '90.00', '80.00', 'Top', '✓']);
    expect(rows[1]?.[7]).toBe('✗ Outside the quota');
    expect(rows[2]?.[7]).toBe('✗ Below a dimension floor (Innovation)');
    expect(rows[3]?.[7]).toBe('✗ Below threshold');
    expect(md).toContain('Applicants 4 · Scored 4 · Selected 1 / Quota 1');
    expect(md).toContain('## Wine\n\nApplicants 0 · Scored 0 · Selected 0\n\n_Nobody scored_');
  });

  it('escapes Markdown and HTML in names and labels', () => {
    const row = lines.find((x) => x.startsWith('| 1 | A |')) as string;
    expect(row).toContain('a\\|b\\*c\\_d\\`e\\<script\\>x\\</script\\>\\[l\\](u)');
    expect(cells(row)).toHaveLength(8);
    expect(md).not.toMatch(/(?<!\\)<script/);
    expect(md).toContain('G1 Revenue \\<b\\>≥\\</b\\> 2000 \\| \\_yearly\\_');
  });

  it('lists the ineligible, vetoed and invalid applicants with their reasons', () => {
    expect(md).toContain('## Ineligible\n\n- **E** Eps: G1 Revenue');
    expect(md).toContain('## Vetoed\n\n- **F** Phi: V1 Fraud');
    const invalid = md.slice(md.indexOf('## Invalid data'));
    expect(invalid).toMatch(
      /^## Invalid data\n\n- \*\*G\*\* Gee: .+ \[not\\_a\\_number @ entities\.6\.values\.Q\]\n$/,
    );
  });

  it('speaks Chinese, English or both', () => {
    const zh = toMarkdown(report, { locale: 'zh-CN' });
    expect(zh.split('\n')[0]).toBe('# 示例 \\*模型\\*');
    expect(zh).toContain('## 一票否决');
    expect(zh).not.toContain('Vetoed');
    const both = toMarkdown(report);
    expect(both).toContain('## 一票否决 Vetoed');
    expect(both).toContain('| 2 | B | 乙 · Beta |');
  });

  it('renders the sample batch, every sector and every reason', () => {
    const sampleReport = score(defineModel(liaocheng2024), sample);
    const text = toMarkdown(sampleReport);
    for (const sector of ['制造业 Manufacturing', '农业 Agriculture', '服务业 Services'])
      expect(text).toContain(`## ${sector}`);
    const ranked = text.split('\n').filter((x) => /^\| \d+ \| [MAS]\d{3}( ⚠)? \|/.test(x));
    expect(ranked).toHaveLength(sampleReport.counts.scored);
    expect(ranked.filter((x) => x.endsWith('| ✓ |'))).toHaveLength(sampleReport.counts.selected);
    const listed = text.split('\n').filter((x) => x.startsWith('- **'));
    expect(listed).toHaveLength(
      sampleReport.counts.ineligible + sampleReport.counts.vetoed + sampleReport.counts.invalid,
    );
    expect(text).toContain(
      '- **M048** 东昌朔川纺织有限公司 · Dongchang Shuochuan Textile Co., Ltd.: V1 申报材料虚假、篡改或伪造 · False, altered or fabricated application material',
    );
    // English only: no Chinese at all, names included (they are labels).
    expect(toMarkdown(sampleReport, { locale: 'en' })).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('shows the notices that need action before publication near the top, and marks their rows', () => {
    const sampleReport = score(defineModel(liaocheng2024), sample);
    const lines = toMarkdown(sampleReport, { locale: 'en' }).split('\n');
    const at = lines.indexOf('## ⚠ Notices that need action before publication');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(lines.indexOf('## Manufacturing'));
    expect(lines.slice(at + 2, at + 8)).toEqual([
      '- 3 applicants need expert re-scoring before publication',
      '- 1 applicant awaits a third-party verification: publish once it is in',
      '- 1 applicant failed a third-party verification (the indicator scores the bottom of the scale): confirm it before publication',
      '- 1 applicant has a missing value scored at the bottom of the scale: supply or confirm it before publication',
      '- 2 applicants have a missing value whose weight went to its siblings: supply or confirm it before publication',
      '',
    ]);
    expect(lines[at + 8]).toBe('| ID | Name | Sector | Notices |');
    expect(cells(lines[at + 10] ?? '')).toEqual([
      'M007',
      'Dongchang Xikun Steel Pipe Co., Ltd.',
      'Manufacturing',
      'the experts\' scores on "Key technical indicators vs. benchmark" (m\\_Q2) spread over 60 points (limit 30): re-score after discussion',
    ]);
    const listed = lines.slice(at + 10, at + 18).map((line) => cells(line)[0]);
    expect(listed).toEqual(['M007', 'M011', 'M031', 'A005', 'A012', 'S009', 'S012', 'S017']);
    expect(lines[at + 18]).toBe('');
    // The same applicants carry ⚠ in their sector's ranked table, and no one else does.
    const marked = lines.filter((x) => /^\| \d+ \| \S+ ⚠ \|/.test(x)).map((x) => cells(x)[1]);
    expect(marked.sort()).toEqual(listed.map((id) => `${id} ⚠`).sort());
    // Both languages by default; nothing at all for a batch without notices.
    expect(toMarkdown(sampleReport)).toContain(
      '## ⚠ 公示前需处理的事项 Notices that need action before publication',
    );
    expect(toMarkdown(report)).not.toContain('⚠');
  });

  it('is deterministic', () => {
    expect(toMarkdown(JSON.parse(JSON.stringify(report)))).toBe(toMarkdown(report));
  });
});
