import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  defineModel,
  type EntityInput,
  type ModelInput,
  score,
  toCsv,
  toHtml,
  toMarkdown,
} from 'youpin';
import { liaocheng2024 } from 'youpin/presets';
import { issuesOf } from '../helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sample: EntityInput[] = JSON.parse(
  readFileSync(`${root}/examples/data/sample-batch.json`, 'utf8'),
);

/** A strict RFC 4180 reader (CRLF records, `""` inside quotes), to read back what toCsv wrote. */
function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && cell === '') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else cell += text[i++];
      }
      if (i < text.length && text[i] !== ',' && text.slice(i, i + 2) !== '\r\n')
        throw new Error(`text after a closing quote at ${i}`);
    } else if (text[i] === ',') {
      row.push(cell);
      cell = '';
      i++;
    } else if (text.slice(i, i + 2) === '\r\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else {
      if (text[i] === '"' || text[i] === '\n' || text[i] === '\r')
        throw new Error(`unquoted special character at ${i}`);
      cell += text[i++];
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('the last record has no CRLF');
  return rows;
}

const l = (zh: string, en: string) => ({ zh, en });
const tiny: ModelInput = {
  id: 'tiny',
  version: '1',
  name: l('示例', 'Tiny'),
  scale: { min: -100, max: 100 },
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
    { id: 'tea', label: l('茶叶', '=Tea, "leaf"') },
  ],
  facts: [
    { id: 'revenue', label: l('营业收入', 'Revenue'), type: 'number' },
    { id: 'fraud', label: l('造假', 'Fraud'), type: 'boolean' },
  ],
  gates: [
    { id: 'G1', label: l('收入达标', 'Revenue'), when: { fact: 'revenue', op: '>=', value: 2000 } },
  ],
  vetoes: [{ id: 'V1', label: l('造假', 'Fraud'), when: { fact: 'fraud', op: '==', value: true } }],
  selection: { threshold: 10, bands: [{ id: 'top', label: l('优', 'Top'), min: 50 }] },
};
const ok = { revenue: 3000, fraud: false };
const hostile = [
  '=HYPERLINK("http://evil.example","x")',
  '+SUM(1,2)',
  '-2+3',
  '@SUM(A1)',
  '\tTAB',
  '\rCR',
];

describe('toCsv', () => {
  const report = score(tiny, [
    {
      id: 'A',
      name: 'Alpha, "the first"\nline two',
      sector: 'food',
      values: { Q: 90, I: 80 },
      facts: ok,
    },
    { id: '-7', name: '-1.50', sector: 'food', values: { Q: -5, I: 5 }, facts: ok },
    ...hostile.map((name, i) => ({
      id: `H${i}`,
      name,
      sector: 'food',
      values: { Q: 20, I: 20 },
      facts: ok,
    })),
    {
      id: 'C',
      name: l('丙', 'Gamma'),
      sector: 'tea',
      values: { Q: 5, I: 5 },
      facts: { ...ok, revenue: 10 },
    },
    {
      id: 'D',
      name: 'Delta',
      sector: 'tea',
      values: { Q: 5, I: 5 },
      facts: { ...ok, fraud: true },
    },
  ]);

  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const csv = toCsv(report);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Line feeds only after a CR, except inside a quoted name.
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes).not.toMatch(/[^\r]\n/);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('writes one row per entity, in input order, each with the header’s number of fields', () => {
    const rows = parse(toCsv(report, { locale: 'en' }).slice(1));
    expect(rows).toHaveLength(report.entities.length + 1);
    expect(rows[0]).toEqual([
      'Index',
      'ID',
      'Name',
      'Sector',
      'Status',
      'Total',
      'Rank in sector',
      'Rank overall',
      'Selected',
      'Reason',
      'Band',
      'Quality Q',
      'Innovation I',
      'Notices',
    ]);
    for (const row of rows) expect(row).toHaveLength(14);
    expect(rows.slice(1).map((r) => r[0])).toEqual(report.entities.map((e) => String(e.index)));
    expect(rows[1]).toEqual([
      '0',
      'A',
      'Alpha, "the first"\nline two',
      'Food',
      'Scored',
      '86.00',
      '1',
      '1',
      'yes',
      'Selected',
      'Top',
      '90.00',
      '80.00',
      '',
    ]);
  });

  it('labels the header in Chinese, English or both', () => {
    const header = (locale?: 'zh-CN' | 'en' | 'both') =>
      parse(toCsv(report, locale ? { locale } : {}).slice(1))[0]?.slice(0, 3);
    expect(header('zh-CN')).toEqual(['序号', '编号', '名称']);
    expect(header('en')).toEqual(['Index', 'ID', 'Name']);
    expect(header('both')).toEqual(['序号 Index', '编号 ID', '名称 Name']);
    expect(header()).toEqual(header('both'));
    const zh = parse(toCsv(report, { locale: 'zh-CN' }).slice(1));
    expect(zh.find((r) => r[1] === 'C')?.slice(2, 5)).toEqual(['丙', '茶叶', '不符合申报条件']);
  });

  it('neutralises cells that a spreadsheet would run as formulas, but not plain numbers', () => {
    const rows = parse(toCsv(report, { locale: 'en' }).slice(1));
    const byId = new Map(rows.map((r) => [r[1], r]));
    hostile.forEach((name, i) => {
      expect(byId.get(`H${i}`)?.[2]).toBe(`'${name}`);
    });
    // A negative id, name, total and dimension score are numbers, kept as they are.
    expect(byId.get('-7')?.slice(0, 6)).toEqual(['1', '-7', '-1.50', 'Food', 'Scored', '-1.00']);
    expect(byId.get('-7')?.slice(11)).toEqual(['-5.00', '5.00', '']);
    // A label from the model is data too.
    expect(byId.get('C')?.[3]).toBe(`'=Tea, "leaf"`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });

  it('says why an entity is not scored: the failed gate or the fired veto', () => {
    const rows = parse(toCsv(report, { locale: 'en' }).slice(1));
    const byId = new Map(rows.map((r) => [r[1], r]));
    expect(byId.get('C')?.slice(4, 11)).toEqual([
      'Ineligible',
      '',
      '',
      '',
      'no',
      'Ineligible; G1 Revenue',
      '',
    ]);
    expect(byId.get('D')?.[9]).toBe('Vetoed; V1 Fraud');
    expect(byId.get('D')?.slice(11)).toEqual(['', '', '']);
  });

  it('renders the sample batch: 127 rows, the selected ones and every status', () => {
    const report = score(defineModel(liaocheng2024), sample);
    const rows = parse(toCsv(report).slice(1));
    expect(rows).toHaveLength(128);
    expect(rows[0]?.slice(11)).toEqual([
      '质量 Quality Q',
      '创新 Innovation I',
      '品牌 Brand B',
      '效益 Performance E',
      '可持续发展 Sustainability S',
      '需处理事项 Notices',
    ]);
    expect(rows.filter((r) => r[8] === '是 yes')).toHaveLength(report.counts.selected);
    const m002 = rows.find((r) => r[1] === 'M002');
    expect(m002?.slice(4, 11)).toEqual([
      '合格参评 Scored',
      '93.50',
      '1',
      '1',
      '是 yes',
      '入选 Selected',
      '优 Excellent',
    ]);
    const a005 = rows.find((r) => r[1] === 'A005');
    expect(a005?.[9]).toBe('维度未达标 Below a dimension floor (创新 Innovation)');
    expect(rows.find((r) => r[1] === 'M041')?.[9]).toContain('G2 连续经营满 3 年');
    expect(rows.find((r) => r[1] === 'A009')?.[9]).toContain(
      '[decimal_comma @ entities.48.values.a_E3]',
    );
  });

  it('lists the notices that need action before publication in the last column', () => {
    const report = score(defineModel(liaocheng2024), sample);
    const rows = parse(toCsv(report, { locale: 'en' }).slice(1));
    const notices = new Map(rows.slice(1).map((r) => [r[1], r.at(-1)]));
    expect(rows[0]?.at(-1)).toBe('Notices');
    // The sample's flagged panels, pending and failed verifications and missing values.
    expect(Object.fromEntries([...notices].filter(([, text]) => text !== ''))).toEqual({
      M007: `the experts' scores on "Key technical indicators vs. benchmark" (m_Q2) spread over 60 points (limit 30): re-score after discussion`,
      M011: 'm_B3 is missing; the weights of its siblings were renormalised',
      M031: 'm_B1 is missing and scores the bottom of the scale',
      A005: 'third-party verification of "Market reach (sales outside Shandong)" (a_B2) is still pending',
      A012: `the experts' scores on "Green production" (a_S2) spread over 60 points (limit 30): re-score after discussion`,
      S009: `the experts' scores on "Service-model innovation" (s_I1) spread over 45 points (limit 30): re-score after discussion`,
      S012: 'third-party verification of "Staff development (certified staff)" (s_S4) failed; the leaf scores 0',
      S017: 's_B4 is missing; the weights of its siblings were renormalised',
    });
    // Both languages: Chinese first, as every cell of the default locale.
    const both = parse(toCsv(report).slice(1));
    expect(both[0]?.at(-1)).toBe('需处理事项 Notices');
    expect(both.find((r) => r[1] === 'A005')?.at(-1)).toBe(
      '指标「市场覆盖（省外销售占比）」（a_B2）的第三方核验尚未完成 · third-party verification of "Market reach (sales outside Shandong)" (a_B2) is still pending',
    );
  });

  it('rejects an unknown locale, as every renderer does', () => {
    const bad = { locale: 'fr' } as unknown as { locale: 'en' };
    for (const render of [toCsv, toMarkdown, toHtml]) {
      expect(issuesOf(() => render(report, bad))).toEqual([
        { code: 'invalid_value', path: 'options.locale' },
      ]);
    }
    expect(issuesOf(() => toHtml(report, { title: 3 } as unknown as { title: string }))).toEqual([
      { code: 'invalid_type', path: 'options.title' },
    ]);
  });

  it('is deterministic and leaves the report untouched', () => {
    const before = JSON.stringify(report);
    const once = toCsv(report);
    expect(toCsv(JSON.parse(before))).toBe(once);
    expect(toCsv(report)).toBe(once);
    expect(JSON.stringify(report)).toBe(before);
  });
});
