import { basename } from 'node:path';
import type { Model } from 'youpin';
import { textIssues } from '../error/checkArgument.js';
import { checkWorkbook } from './_checkWorkbook.js';
import { loadExceljs } from './_loadExceljs.js';
import { throwNodeIssues } from './_messages.js';
import { modelArgument } from './_modelArgument.js';
import { batchFormat, readBatchBytes } from './_readBatchBytes.js';
import { readBytes, TEXT_FILE_LIMIT } from './_readFile.js';
import type { WorkbookIo } from './_readWorkbook.js';
import type { BatchFile, ReadBatchOptions } from './types.js';

/** Reading a workbook in Node: the limits counted with node:zlib, exceljs imported. */
const NODE_WORKBOOK: WorkbookIo = { check: checkWorkbook, excel: (file) => loadExceljs(file) };

/**
 * Reads a batch of applicants from a CSV, XLSX or JSON file (by its extension) into entities that
 * `score` takes, with every problem of the file itself located, and a `locate` function that
 * tells which cell any issue path of the core came from.
 *
 * **Tables (CSV, and the applicants' sheet of a workbook).** One row per applicant, the header
 * row first (the first non-blank row). Headers are trimmed; ids are case-sensitive, labels are
 * compared without white space, case or full-width/half-width differences. Columns:
 * - `id` / `编号`; `name` / `名称` (or `name.zh` / `中文名称` with `name.en` / `英文名称`, which
 *   give a `{ zh, en }` name); `sector` / `行业` (a sector id, or its zh or en label);
 * - one column per leaf: its id, its zh label or its en label. A label shared by leaves of
 *   different sectors (品牌荣誉 is m_B2 and s_B1) is resolved per row by the row's sector; a
 *   label that names no leaf of the row's sector, or several, is an issue;
 * - `fact.<name>` (`fact.years_operating`); `series.<name>.<year>` (`series.net_profit.2023`);
 *   `verification.<leaf>` (leaf id or label): `passed` / `failed` / `pending` or
 *   `通过` / `未通过` / `待核验`.
 *
 * Cells: empty → missing (the key is left out). Numbers stay exact decimal text ("0.1" is "0.1";
 * a worksheet number is read as Excel shows it, to 15 significant digits, and a cell formatted
 * as a percentage by the number it shows: 0.834 shown as 83.4 % is "83.4"). Text that is not a
 * plain decimal ("12,5") is passed on as written, so the core reports it and `locate` points at
 * the cell. Points leaves: `iso9001;sector_qms` → a list of item ids, `national:2;provincial` →
 * counts (`;`, `；` or `、` separate; item labels stand for their ids); a plain number is points
 * already summed. Categorical leaves: the category value or its zh/en label. Boolean leaves and
 * facts: `true` / `false` / `是` / `否` (and boolean cells). A fact is a list when its cell has a
 * separator or when a rule of the model reads it as a list (`includesAny`, `includesAll`).
 *
 * **Workbooks (.xlsx).** The applicants' sheet is `options.sheet`, else `申报数据` / `applicants`,
 * else the first other sheet. Optional sheets in long format, one row per item: `专家评分` /
 * `panels` (`编号`/`id`, `指标`/`leaf`, `专家`/`expert`, `评分`/`score`), `事件` / `events`
 * (`编号`/`id`, `类型`/`type`, `日期`/`date` — a date cell or YYYY-MM-DD text —, `等级`/`severity`,
 * `备注`/`note`), `年度数据` / `series` (`编号`/`id`, `名称`/`name`, `年份`/`year`, `数值`/`value`).
 * A row whose id is no applicant's is an issue. CSV files carry no expert scores and no events:
 * use a workbook or JSON for them. Reading a workbook needs the optional package exceljs.
 *
 * **JSON.** An array of entities, or `{ "entities": [...] }`, passed on unchanged; `locate` gives
 * `{ row: index + 1, column: 'values.m_Q1' }`.
 *
 * **Decisions.** A row is never dropped: a row without an id still becomes an entity (the core
 * reports it invalid) and entity i is the i-th data row. A file issue about an entity's cell has
 * the core's path for it (`['entities', i, 'events', k, 'date']`), so a core issue on the same
 * path is the same problem; other file issues have a path of the file:
 * `['rows', row, 'columns', header]` (CSV) or `['sheets', sheet, 'rows', row, …]` (XLSX).
 * Encoding (CSV): one decision per file — a byte-order mark, else the first line with a byte
 * above 0x7F (UTF-8 when it is UTF-8, else GB18030, i.e. GBK); a later line in another encoding
 * is a `mixed_encoding` error at that line. `.tsv` files and files whose first line has more tabs
 * than commas are split on tabs. A CSV record longer than 1 MiB is skipped (`row_too_long`), and a
 * quoted cell that runs on into what reads like a whole row is flagged (`suspicious_quote`), as
 * `readCsvChunks` does.
 * See docs/data-files.md.
 *
 * **中文摘要。** 每个申报对象一行，首行为表头：`编号`、`名称`（或 `中文名称` + `英文名称`）、`行业`
 * （编号或名称）、每个指标一列（指标编号、中文名称或英文名称；不同行业同名的指标按该行的行业解析），
 * `fact.<名称>`、`series.<名称>.<年份>`、`verification.<指标>`（`通过`/`未通过`/`待核验`）。空单元格即
 * 缺失；数字保留精确的十进制文本；`12,5` 之类原样传递，由核心报告并定位到单元格；计分项写作
 * `iso9001;sector_qms` 或 `national:2;provincial`；事实可写 `是`/`否`，列表以 `;` 或 `、` 分隔。
 * 工作簿另有 `专家评分`、`事件`、`年度数据` 工作表（长格式）；CSV 不含专家评分和事件。CSV 编码自动识别
 * UTF-8（有无 BOM）或 GB18030（GBK）。读取 .xlsx 需安装可选依赖 exceljs（`npm install exceljs`）。
 *
 * @param file - a .csv (.tsv, .txt), .xlsx or .json file
 * @param model - the model the batch will be scored with (for its leaves, labels and sectors)
 * @param options - `encoding` of a CSV file; `sheet` of the applicants in a workbook;
 *   `onProgress`, told the rows read so far
 * @returns the entities, the file's issues, `locate`, the encoding (CSV) and the format
 * @throws YoupinError `file_unreadable`, `unsupported_format`, `not_utf8`, `undecodable`,
 *   `mixed_encoding`, `invalid_json`, `not_a_batch`, `sheet_not_found`, `exceljs_missing`
 *   (`npm install exceljs`)
 * @example
 * ```ts
 * import { defineModel, score } from 'youpin';
 * import { formatLocation, readBatch } from 'youpin/node';
 * import { liaocheng2024 } from 'youpin/presets';
 * const model = defineModel(liaocheng2024);
 * const batch = await readBatch('examples/data/sample-batch.csv', model);
 * batch.format; // → 'csv'
 * batch.encoding; // → 'utf-8'
 * batch.entities.length; // → 127
 * batch.entities[0]?.values['m_Q4']; // → '83.4'
 * const report = score(model, batch.entities);
 * const issue = report.entities.find((e) => e.id === 'A009')?.issues.find((i) => i.code === 'decimal_comma');
 * const path = issue?.path ?? [];
 * path; // → [ 'entities', 48, 'values', 'a_E3' ]
 * const where = batch.locate(path);
 * where; // → { file: 'sample-batch.csv', sheet: null, row: 50, column: '销售利润率' }
 * formatLocation(where ?? { file: '?', sheet: null, row: 0, column: null }, 'en'); // → 'sample-batch.csv, row 50, column 销售利润率'
 * ```
 */
export async function readBatch(
  file: string,
  model: Model,
  options: ReadBatchOptions = {},
): Promise<BatchFile> {
  throwNodeIssues(textIssues(file, 'file'));
  model = modelArgument(model);
  const name = basename(file);
  const format = batchFormat(name);
  // CSV and JSON are read whole as text: a file too long for one string is refused by its size.
  const bytes = await readBytes(file, format === 'xlsx' ? undefined : TEXT_FILE_LIMIT, name);
  return readBatchBytes(bytes, name, model, options, NODE_WORKBOOK);
}
