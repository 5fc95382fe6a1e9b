// Writes test/fixtures/city/: the files a city team really has, made from the sample batch's CSV
// (examples/data/sample-batch.csv, the clean twin). Each file either scores exactly as the clean
// twin (test/node/cityFiles.test.ts compares every applicant's status, total, rank, selection and
// gate readings) or gives located messages that say what to change.
//
//   title-rows.csv          a title and a note above the header (as a merged title row saves)
//   wps-gbk.csv             GBK, CRLF, the usual identity headers (统一社会信用代码, 企业名称,
//                           所属行业), fact columns headed by labels and aliases
//   display-values.csv      Excel's "save as CSV" display values: 10,629, 83.4%, 26年, full-width
//                           digits; yes/no written 有/无, √/×, Y/N, yes/no, １/０
//   instructions-first.xlsx a 填表说明 sheet first, then a sheet with a title row above the header
//   header-typo.csv         a leaf header with a typo: one message with the closest label, and
//                           one for the indicator that has no column
//   missing-fact.csv        no column for 经营年限 (G2): one message naming it and the consequence
//   garbage-facts.csv       五年, 也许, 12,5 and a grade AAA: each row invalid, located
//
// Run: npx tsx scripts/write-city-fixtures.ts. Deterministic: which spelling a cell gets depends
// on its row and column only.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parseCsv } from '../src/node/_parseCsv.js';

const at = (name: string) =>
  fileURLToPath(new URL(`../test/fixtures/city/${name}`, import.meta.url));
const source = fileURLToPath(new URL('../examples/data/sample-batch.csv', import.meta.url));
const { readFileSync } = await import('node:fs');
const records = parseCsv(readFileSync(source, 'utf8')).records.flatMap((r) =>
  'cells' in r ? [[...r.cells]] : [],
);
const [header, ...all] = records as [string[], ...string[][]];
// Twelve applicants of each sector: enough for ranks and quotas, small enough to read.
const rows = ['M', 'A', 'S'].flatMap((p) => all.filter((r) => r[0]?.startsWith(p)).slice(0, 12));

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const csvText = (table: string[][], eol = '\n') =>
  `${table.map((r) => r.map(quote).join(',')).join(eol)}${eol}`;
const col = (name: string) => {
  const k = header.indexOf(name);
  if (k < 0) throw new Error(`no column ${name}`);
  return k;
};
const renamed = (names: Readonly<Record<string, string>>) => header.map((h) => names[h] ?? h);

// The clean twin, cut to the same rows (UTF-8 with BOM, as the sample).
writeFileSync(at('clean.csv'), `\uFEFF${csvText([header, ...rows])}`);

// 1. Title rows above the header.
writeFileSync(
  at('title-rows.csv'),
  `\uFEFF${csvText([
    ['2025年度济宁优品申报企业汇总表', ...header.slice(1).map(() => '')],
    ['填报单位：济宁市市场监督管理局（盖章）', ...header.slice(1).map(() => '')],
    header,
    ...rows,
  ])}`,
);

// 2. A WPS export: GBK, CRLF, the headers people write.
const wpsHeader = renamed({
  编号: '统一社会信用代码',
  行业: '所属行业',
  'fact.registered_in_liaocheng': '是否在聊城注册',
  'fact.years_operating': '经营年限',
  'fact.public_welfare': '公益性单位',
  'fact.own_trademark': '拥有自主注册商标',
  'fact.quality_management_system': '质量管理体系',
  'fact.restricted_industry': '是否属于限制类产业',
  'fact.credit_grade': '信用等级',
  'fact.primary_production': '农业生产',
  'fact.certifications': '产品认证',
  'fact.service_quality_system': '服务质量体系',
  'series.net_profit.2019': '净利润2019',
  'series.net_profit.2020': '净利润（2020年）',
  'series.net_profit.2021': '2021年净利润',
  'series.net_profit.2022': '净利润.2022',
  'series.net_profit.2023': '净利润 2023',
  'series.rnd_ratio.2021': '研发投入强度2021',
  'series.rnd_ratio.2022': '研发投入强度2022',
  'series.rnd_ratio.2023': '研发投入强度2023',
});
writeFileSync(at('wps-gbk.csv'), iconv.encode(csvText([wpsHeader, ...rows], '\r\n'), 'gb18030'));

// 3. Display values and yes/no in every spelling of the vocabulary.
const YES = ['有', '√', 'Y', 'yes', '１', 'TRUE', '是'];
const NO = ['无', '×', 'N', 'no', '０', 'FALSE', '否'];
const fullWidth = (text: string) =>
  text.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const grouped = (text: string) => {
  const [int = '', frac] = text.split('.');
  if (!/^\d{4,}$/.test(int)) return text;
  return `${int.replace(/\B(?=(\d{3})+$)/g, ',')}${frac !== undefined ? `.${frac}` : ''}`;
};
const booleanColumns = [
  'fact.registered_in_liaocheng',
  'fact.public_welfare',
  'fact.own_trademark',
  'fact.quality_management_system',
  'fact.restricted_industry',
  'fact.primary_production',
  'fact.service_quality_system',
].map(col);
const display = rows.map((row, r) =>
  row.map((cell, k) => {
    if (cell === '') return cell;
    if (booleanColumns.includes(k)) {
      const spellings = cell === '是' ? YES : cell === '否' ? NO : null;
      return spellings ? (spellings[(r + k) % spellings.length] as string) : cell;
    }
    if (k === col('fact.years_operating')) return `${cell}年`;
    if (k === col('营业收入（上年度）') || k === col('营业收入')) return grouped(cell);
    if (k === col('顾客满意度（第三方测评）')) return `${cell}%`;
    if (k === col('研发投入强度（近 3 年平均）') && r % 2 === 0) return fullWidth(cell);
    return cell;
  }),
);
writeFileSync(at('display-values.csv'), `\uFEFF${csvText([header, ...display])}`);

// 4. A workbook whose first sheet is the instructions, and whose data sheet has a title row.
const workbook = new ExcelJS.Workbook();
workbook.created = new Date(Date.UTC(2025, 0, 1));
workbook.modified = new Date(Date.UTC(2025, 0, 1));
const notes = workbook.addWorksheet('填表说明');
notes.addRow(['填表说明']);
notes.addRow(['1. 请按模板填写，不要修改表头。']);
notes.addRow(['2. 是/否 项请填"是"或"否"。']);
const sheet = workbook.addWorksheet('汇总表');
sheet.addRow(['2025年度济宁优品申报企业汇总表']);
sheet.mergeCells(1, 1, 1, 8);
sheet.addRow(header);
for (const row of rows)
  sheet.addRow(
    row.map((cell) => (/^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell === '' ? null : cell)),
  );
await workbook.xlsx.writeFile(at('instructions-first.xlsx'));

// 5. A header typo: the closest label is suggested; the indicator without a column is named.
const typo = header.map((h) => (h === '顾客满意度（第三方测评）' ? '顾客满意度（第三方测平）' : h));
writeFileSync(at('header-typo.csv'), `\uFEFF${csvText([typo, ...rows])}`);

// 6. No column for a gate's fact.
const drop = col('fact.years_operating');
writeFileSync(
  at('missing-fact.csv'),
  `\uFEFF${csvText([header, ...rows].map((r) => r.filter((_, k) => k !== drop)))}`,
);

// 7. Present but unreadable: each of these rows is invalid, with the cell and what to write.
const garbage = rows.map((row) => [...row]);
(garbage[0] as string[])[col('fact.years_operating')] = '五年';
(garbage[1] as string[])[col('fact.own_trademark')] = '也许';
(garbage[2] as string[])[col('研发投入强度（近 3 年平均）')] = '3,5';
(garbage[3] as string[])[col('fact.credit_grade')] = 'AAA';
(garbage[4] as string[])[col('fact.years_operating')] = '26万元';
writeFileSync(at('garbage-facts.csv'), `\uFEFF${csvText([header, ...garbage])}`);
