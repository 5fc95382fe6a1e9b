// Writes the sample batch (examples/data/sample-batch.json) as the tables youpin/node reads:
//
//   sample-batch.csv       UTF-8 with BOM, CRLF, Chinese headers (leaf labels; a label shared by
//                          leaves of different sectors is one column, resolved by each row's
//                          sector). Values, facts, series and verification; a CSV has no
//                          expert scores (the panels' trimmed means stand in as values) and
//                          no events.
//   sample-batch-gbk.csv   the same text encoded GB18030 (GBK), without BOM.
//   sample-batch.xlsx      everything: 申报数据 (values as numbers, facts as booleans, the
//                          satisfaction column formatted as percentages), 专家评分, 事件 (date
//                          cells) and 年度数据 — it reads back to the same report as the JSON.
//   bad-applicants.csv     a few manufacturing rows with known problems, for the command line's
//                          tests: an unknown column, "12,5", an unknown sector, a row without id,
//                          and a quote that is never closed in the last row.
//
// Run: npx tsx scripts/write-sample-files.ts (after scripts/generate-sample-batch.ts). The output
// is deterministic: the workbook's own dates and its zip entries' dates are fixed.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { aggregatePanel, defineModel, type EntityInput, type ValueInput } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const dir = (name: string) => fileURLToPath(new URL(`../examples/data/${name}`, import.meta.url));
const batch = JSON.parse(readFileSync(dir('sample-batch.json'), 'utf8')) as EntityInput[];
const model = defineModel(liaocheng2024);

// ─── Columns ────────────────────────────────────────────────────────────────────────────────────

/** A leaf column: its header (the zh label) and the leaves it carries (one per sector at most). */
interface LeafColumn {
  readonly header: string;
  readonly leaves: string[];
}

const sectorOf = new Map<string, string>(); // leaf → sector
for (const sector of model.sectors)
  for (const w of sector.weights) if (!sectorOf.has(w.node)) sectorOf.set(w.node, sector.id);

/** One column per zh label, in tree order; leaves of one sector never share a column. */
function leafColumns(used: (leaf: string) => boolean): LeafColumn[] {
  const columns: LeafColumn[] = [];
  for (const node of model.nodes) {
    if (node.kind !== 'leaf' || !used(node.id)) continue;
    const sector = sectorOf.get(node.id);
    const same = columns.find(
      (c) => c.header === node.label.zh && c.leaves.every((l) => sectorOf.get(l) !== sector),
    );
    if (same) same.leaves.push(node.id);
    else
      columns.push({
        header: columns.some((c) => c.header === node.label.zh) ? node.id : node.label.zh,
        leaves: [node.id],
      });
  }
  return columns;
}

const has = (e: EntityInput, part: 'values' | 'verification', leaf: string) => {
  const record = e[part] as Record<string, unknown> | undefined;
  return record !== undefined && record[leaf] !== undefined && record[leaf] !== null;
};
const valueColumns = leafColumns((leaf) => batch.some((e) => has(e, 'values', leaf)));
const verificationColumns = leafColumns((leaf) => batch.some((e) => has(e, 'verification', leaf)));
const facts = [...new Set(batch.flatMap((e) => Object.keys(e.facts ?? {})))];
const seriesKeys = [
  ...new Set(
    batch.flatMap((e) =>
      Object.entries(e.series ?? {}).flatMap(([name, years]) =>
        Object.keys(years).map((year) => `${name}.${year}`),
      ),
    ),
  ),
].sort();
const sectorLabel = (id: string) => model.sectors.find((s) => s.id === id)?.label.zh ?? id;
const VERIFIED = { passed: '通过', failed: '未通过', pending: '待核验' } as const;

/** The text of a leaf value in a cell. */
function valueText(value: ValueInput | undefined): string {
  if (value === undefined || value === null) return '';
  // No points items at all is 0 points: a blank cell would be a missing value instead.
  if (typeof value === 'object' && Object.keys(value).length === 0) return '0';
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => `${k}:${v}`)
      .join(';');
  return String(value);
}

function factText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (value === true) return '是';
  if (value === false) return '否';
  if (Array.isArray(value)) return value.join('、');
  return String(value);
}

const leafOf = (column: LeafColumn, e: EntityInput) =>
  column.leaves.find((l) => sectorOf.get(l) === e.sector) ?? (column.leaves[0] as string);
const name = (e: EntityInput, part: 'zh' | 'en') =>
  typeof e.name === 'object' && e.name !== null
    ? e.name[part]
    : part === 'zh'
      ? (e.name ?? '')
      : '';

// ─── CSV ────────────────────────────────────────────────────────────────────────────────────────

const quote = (cell: string) =>
  /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
const csvLine = (cells: readonly string[]) => cells.map(quote).join(',');

function csvRows(entities: readonly EntityInput[], columns = valueColumns): string[][] {
  const header = [
    '编号',
    '中文名称',
    '英文名称',
    '行业',
    ...columns.map((c) => c.header),
    ...facts.map((f) => `fact.${f}`),
    ...seriesKeys.map((k) => `series.${k}`),
    ...verificationColumns.map((c) => `verification.${c.header}`),
  ];
  const rows = entities.map((e) => [
    String(e.id),
    name(e, 'zh'),
    name(e, 'en'),
    sectorLabel(e.sector),
    ...columns.map((c) => valueText(e.values[leafOf(c, e)])),
    ...facts.map((f) => factText(e.facts?.[f])),
    ...seriesKeys.map((k) => {
      const [series, year] = k.split('.') as [string, string];
      const v = e.series?.[series]?.[year];
      return v === undefined || v === null ? '' : String(v);
    }),
    ...verificationColumns.map((c) => {
      const v = e.verification?.[leafOf(c, e)];
      return v === undefined ? '' : VERIFIED[v];
    }),
  ]);
  return [header, ...rows];
}

// A CSV carries no expert scores: its expert leaves get the panels' results (the trimmed means of
// domain §6.9) as plain values, so the CSV scores the applicants too (without the panel audit).
const panelRule = liaocheng2024.panel ?? { method: 'mean' as const };
const asTable = batch.map((e): EntityInput => {
  const values: Record<string, ValueInput> = { ...(e.values as Record<string, ValueInput>) };
  for (const [leaf, scores] of Object.entries(e.panels ?? {}))
    values[leaf] = aggregatePanel(scores, panelRule).value;
  return { ...e, values, panels: undefined };
});
const tableColumns = leafColumns((leaf) => asTable.some((e) => has(e, 'values', leaf)));
const csv = `${csvRows(asTable, tableColumns).map(csvLine).join('\r\n')}\r\n`;
writeFileSync(dir('sample-batch.csv'), `\uFEFF${csv}`, 'utf8');
writeFileSync(dir('sample-batch-gbk.csv'), iconv.encode(csv, 'gb18030'));

// ─── Problems, for the command line's tests ─────────────────────────────────────────────────────

{
  const expertValue = '70'; // a CSV has no panels: the expert leaves get a value directly
  const manufacturing = batch.filter((e) => e.sector === 'manufacturing').slice(0, 5);
  const withExperts = manufacturing.map((e) => ({
    ...e,
    values: { ...e.values, m_Q2: expertValue, m_B4: expertValue, m_S4: expertValue },
  }));
  const columns = leafColumns((leaf) => withExperts.some((e) => has(e, 'values', leaf)));
  const [header = [], ...rows] = csvRows(withExperts, columns);
  const column = (h: string) => header.indexOf(h);
  // Only the columns manufacturing uses, plus an unknown one.
  const keep = header.map((_, i) => i).filter((i) => rows.some((r) => r[i] !== '') || i < 4);
  const pick = (r: readonly string[]) => keep.map((i) => r[i] ?? '');
  const lines = [[...pick(header), '备注说明']];
  const [ok, decimalComma, unknownSector, noId, unterminated] = rows as [
    string[],
    string[],
    string[],
    string[],
    string[],
  ];
  decimalComma[column('研发投入强度（近 3 年平均）')] = '12,5';
  unknownSector[column('行业')] = '化工业';
  noId[column('编号')] = '';
  lines.push([...pick(ok), '']);
  lines.push([...pick(decimalComma), '小数点写成了逗号']);
  lines.push([...pick(unknownSector), '行业不存在']);
  lines.push([...pick(noId), '缺少编号']);
  // The last row opens a quote before its name and never closes it.
  const [id = '', zh = '', , ...rest] = pick(unterminated);
  const broken = `${id},"${zh},${zh.replace(/有限公司$/, '')},${rest.join(',')},引号未闭合`;
  if (broken.split('"').length !== 2 || rest.some((c) => /[",\r\n]/.test(c)))
    throw new Error('the broken row must hold exactly one quote');
  const text = `${lines.map(csvLine).join('\r\n')}\r\n${broken}\r\n`;
  writeFileSync(dir('bad-applicants.csv'), `\uFEFF${text}`, 'utf8');
}

// ─── XLSX ───────────────────────────────────────────────────────────────────────────────────────

const PERCENT_HEADER = '顾客满意度（第三方测评）';
const workbook = new ExcelJS.Workbook();
workbook.creator = 'youpin';
workbook.created = new Date(Date.UTC(2024, 5, 30));
workbook.modified = new Date(Date.UTC(2024, 5, 30));

/** A number as a numeric cell when its text reads back exactly; otherwise the text ("12,5"). */
function cellOf(value: ValueInput | undefined): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return value;
  return valueText(value);
}

{
  const sheet = workbook.addWorksheet('申报数据');
  const header = [
    '编号',
    '中文名称',
    '英文名称',
    '行业',
    ...valueColumns.map((c) => c.header),
    ...facts.map((f) => `fact.${f}`),
    ...verificationColumns.map((c) => `verification.${c.header}`),
  ];
  sheet.addRow(header);
  for (const e of batch) {
    sheet.addRow([
      typeof e.id === 'number' ? e.id : String(e.id),
      name(e, 'zh'),
      name(e, 'en'),
      sectorLabel(e.sector),
      ...valueColumns.map((c) => {
        const v = e.values[leafOf(c, e)];
        // Satisfaction as a percentage cell: 83.4 is stored as 0.834 and shown as 83.4%.
        return c.header === PERCENT_HEADER && typeof v === 'number' ? v / 100 : cellOf(v);
      }),
      ...facts.map((f) => {
        const v = e.facts?.[f];
        if (v === undefined || v === null) return null;
        if (typeof v === 'boolean' || typeof v === 'number') return v;
        return factText(v);
      }),
      ...verificationColumns.map((c) => {
        const v = e.verification?.[leafOf(c, e)];
        return v === undefined ? null : VERIFIED[v];
      }),
    ]);
  }
  const percent = header.indexOf(PERCENT_HEADER) + 1;
  sheet.getColumn(percent).eachCell((cell, row) => {
    if (row > 1) cell.numFmt = '0.0%';
  });
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
}
{
  const sheet = workbook.addWorksheet('专家评分');
  sheet.addRow(['编号', '指标', '专家', '评分']);
  for (const e of batch)
    for (const [leaf, scores] of Object.entries(e.panels ?? {})) {
      const label = model.nodes.find((n) => n.id === leaf)?.label.zh ?? leaf;
      for (const s of scores) sheet.addRow([String(e.id), label, s.expert, cellOf(s.score)]);
    }
}
{
  const sheet = workbook.addWorksheet('事件');
  sheet.addRow(['编号', '类型', '日期', '等级']);
  for (const e of batch)
    for (const ev of e.events ?? []) {
      const [y, m, d] = ev.date.split('-').map(Number) as [number, number, number];
      const row = sheet.addRow([
        String(e.id),
        ev.type,
        new Date(Date.UTC(y, m - 1, d)),
        ev.severity ?? null,
      ]);
      row.getCell(3).numFmt = 'yyyy-mm-dd';
    }
}
{
  const sheet = workbook.addWorksheet('年度数据');
  sheet.addRow(['编号', '名称', '年份', '数值']);
  for (const e of batch)
    for (const [series, years] of Object.entries(e.series ?? {}))
      for (const [year, v] of Object.entries(years))
        if (v !== null) sheet.addRow([String(e.id), series, Number(year), cellOf(v)]);
}
const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
writeFileSync(dir('sample-batch.xlsx'), pinZipDates(xlsx, 2024, 6, 30));

/**
 * Sets the modification date of every entry of a zip archive (local and central headers) to a
 * fixed day, so that the workbook is the same byte for byte on every run. Only the DOS date and
 * time fields change; the CRCs cover the data, not the headers.
 */
function pinZipDates(zip: Uint8Array, year: number, month: number, day: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const date = ((year - 1980) << 9) | (month << 5) | day;
  let end = zip.length - 22; // the end-of-central-directory record (no archive comment)
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let k = 0; k < count; k++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('bad central directory');
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, date, true);
    const local = view.getUint32(at + 42, true);
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, date, true);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return zip;
}

console.log(
  `wrote sample-batch.csv, sample-batch-gbk.csv, sample-batch.xlsx (${batch.length} applicants) and bad-applicants.csv`,
);
