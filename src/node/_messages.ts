import { type Issue, type PathSegment, YoupinError } from 'youpin';
import { localisedIssue, type Params, type Template } from '../error/localisedIssue.js';
import type { NodeIssueCode } from './types.js';

// The issues that youpin/node raises about files, with their English and Chinese messages, in the
// same pattern as the core's messages (src/error/messages.ts). The codes are the node entry's own
// (NodeIssueCode, declared in src/error/codes.ts beside the core's, as IssueCode names them all).

const templates: Readonly<Record<NodeIssueCode, Template>> = {
  unterminated_quote: [
    (p) =>
      `a quoted field that starts in row ${p['row']} is never closed; rows ${p['row']}–${p['last']} were not read`,
    (p) => `第 ${p['row']} 行开始的带引号字段没有闭合引号，第 ${p['row']}–${p['last']} 行未能读取`,
  ],
  empty_table: [
    (p) => `${p['where']} has no header row and no data`,
    (p) => `${p['where']} 没有表头，也没有数据`,
  ],
  unknown_column: [
    (p) =>
      p['suggestion']
        ? `column "${p['column']}" is not a column of the model; it is ignored. Did you mean "${p['suggestion']}"?`
        : `column "${p['column']}" is not id, name, sector, an indicator, a fact or a series of the model (by id, label or alias); it is ignored`,
    (p) =>
      p['suggestion']
        ? `列"${p['column']}"不是模型中的列，该列被忽略。是否应为"${p['suggestion']}"？`
        : `列"${p['column']}"不是编号、名称、行业，也不是模型中的指标、事实或年度序列（编号、名称或别名），该列被忽略`,
  ],
  no_header: [
    (p) =>
      `no header row was found in the first ${p['rows']} rows of ${p['where']}: expected columns such as ${p['expected']}` +
      (p['separator']
        ? `; its cells seem to be separated by ${p['separator']}, not by commas: save it as "CSV UTF-8 (comma delimited)"`
        : ''),
    (p) =>
      `${p['whereZh']}前 ${p['rows']} 行中没有找到表头：应有 ${p['expected']} 等列` +
      (p['separator']
        ? `；其单元格似乎以 ${p['separator']} 分隔，而不是逗号：请另存为"CSV UTF-8（逗号分隔）"`
        : ''),
  ],
  header_row: [
    (p) =>
      `the header is row ${p['row']}; the row(s) above it (${p['skipped']}) were skipped as a title`,
    (p) => `表头在第 ${p['row']} 行；其上方的第 ${p['skipped']} 行作为标题跳过`,
  ],
  formula_without_value: [
    (p) =>
      `this cell holds the formula =${p['formula']} without its computed value (the file was saved by a program that does not calculate): open the file in Excel or WPS and save it again`,
    (p) =>
      `该单元格是公式 =${p['formula']}，但没有计算结果（文件由不计算公式的程序保存）：请用 Excel 或 WPS 打开后重新保存`,
  ],
  hidden_rows: [
    (p) =>
      `${p['count']} row(s) of the sheet are hidden (${p['rows']}), by hand or by a filter: they are read and scored like the others`,
    (p) =>
      `工作表中有 ${p['count']} 行被隐藏（${p['rows']}，手动隐藏或被筛选）：这些行与其他行一样读取并计分`,
  ],
  hidden_columns: [
    (p) =>
      `${p['count']} column(s) of the sheet are hidden (${p['columns']}): they are read like the others`,
    (p) => `工作表中有 ${p['count']} 列被隐藏（${p['columns']}）：这些列与其他列一样读取`,
  ],
  merged_cells: [
    (p) =>
      `${p['count']} range(s) of cells are merged (${p['ranges']}): every cell of a merge reads the merged value`,
    (p) =>
      `有 ${p['count']} 处单元格已合并（${p['ranges']}）：合并区域中的每个单元格都读取合并后的值`,
  ],
  sheet_chosen: [
    (p) =>
      `read sheet ${p['sheet']}, whose header matches the model; not read: ${p['others']} (use --sheet to choose)`,
    (p) =>
      `读取工作表「${p['sheet']}」（其表头与模型相符）；未读取：${p['others']}（可用 --sheet 指定）`,
  ],
  column_not_used: [
    (p) =>
      p['used']
        ? `column "${p['column']}" is not used: the same comes from column "${p['used']}"`
        : `column "${p['column']}" is a row number and is not used`,
    (p) =>
      p['used']
        ? `列"${p['column']}"未使用：同一内容取自列"${p['used']}"`
        : `列"${p['column']}"为序号，未使用`,
  ],
  missing_fact_column: [
    (p) =>
      `there is no column for ${p['what']} "${p['label']}" (add a column headed ${p['header']}): ${p['consequence']}`,
    (p) =>
      `缺少${p['whatZh']}"${p['labelZh']}"的列（请添加表头为 ${p['header']} 的列）：${p['consequenceZh']}`,
  ],
  missing_leaf_column: [
    (p) =>
      `there is no column for the indicator "${p['label']}" (add a column headed ${p['header']}): ${p['consequence']}`,
    (p) =>
      `缺少指标"${p['labelZh']}"的列（请添加表头为 ${p['header']} 的列）：${p['consequenceZh']}`,
  ],
  missing_column: [
    (p) => `there is no "${p['column']}" column (${p['accepted']})`,
    (p) => `缺少"${p['column']}"列（可用表头：${p['accepted']}）`,
  ],
  ambiguous_column: [
    (p) =>
      `column "${p['column']}" names several indicators of sector ${p['sector']} (${p['candidates']}); use an indicator id as the header`,
    (p) =>
      `列"${p['column']}"对应行业 ${p['sector']} 的多个指标（${p['candidates']}），请用指标编号作表头`,
  ],
  column_not_in_sector: [
    (p) =>
      `column "${p['column']}" names no indicator of sector ${p['sector']} (it is ${p['candidates']} elsewhere); the value is ignored`,
    (p) =>
      `列"${p['column']}"不是行业 ${p['sector']} 的指标（在其他行业中为 ${p['candidates']}），该数值被忽略`,
  ],
  bad_year: [
    (p) => `"${p['value']}" is not a year of four digits`,
    (p) => `"${p['value']}" 不是四位数的年份`,
  ],
  duplicate_cell: [
    (p) => `${p['target']} is given twice (here and in ${p['first']}); the first value is kept`,
    (p) => `${p['target']} 被重复给出（此处与 ${p['first']}），保留第一个数值`,
  ],
  extra_cells: [
    (p) =>
      `this row has ${p['count']} cells but the header only ${p['expected']}; the rest is ignored`,
    (p) => `该行有 ${p['count']} 个单元格，而表头只有 ${p['expected']} 列，多出的部分被忽略`,
  ],
  short_row: [
    (p) =>
      `this row has ${p['count']} cells but the header has ${p['expected']}: the cells after its last are read as empty (a line break inside a cell cuts a row in two)`,
    (p) =>
      `该行只有 ${p['count']} 个单元格，而表头有 ${p['expected']} 列：其后的单元格按空值读取（单元格内的换行会把一行拆成两行）`,
  ],
  missing_id: [() => 'this row has no id', () => '该行没有编号'],
  unknown_leaf: [
    (p) => `"${p['value']}" is not an indicator of the model (id or label); the row is ignored`,
    (p) => `"${p['value']}" 不是模型中的指标（编号或名称），该行被忽略`,
  ],
  unknown_applicant: [
    (p) => `"${p['id']}" is not the id of an applicant in the applicants sheet; the row is ignored`,
    (p) => `"${p['id']}" 不是申报数据表中申报对象的编号，该行被忽略`,
  ],
  bad_date: [
    (p) => `${p['value']} is not a date; write YYYY-MM-DD or format the cell as a date`,
    (p) => `${p['value']} 不是日期，请写成 YYYY-MM-DD 或将单元格设为日期格式`,
  ],
  file_unreadable: [
    (p) => `cannot read ${p['file']}: ${p['reason']}`,
    (p) => `无法读取 ${p['file']}：${p['reason']}`,
  ],
  unsupported_format: [
    (p) =>
      `${p['file']}: unsupported file type "${p['extension']}" (use .csv, .tsv, .xlsx or .json; save .xls files as .xlsx)`,
    (p) =>
      `${p['file']}：不支持的文件类型"${p['extension']}"（请使用 .csv、.tsv、.xlsx 或 .json；.xls 文件请另存为 .xlsx）`,
  ],
  invalid_json: [
    (p) => `${p['file']} is not valid JSON: ${p['reason']}`,
    (p) => `${p['file']} 不是有效的 JSON：${p['reason']}`,
  ],
  duplicate_key: [
    (p) =>
      `${p['file'] ? `${p['file']}: ` : ''}the key "${p['key']}" is written twice in one object (line ${p['line']}, column ${p['column']}); JSON keeps only the last: remove one`,
    (p) =>
      `${p['file'] ? `${p['file']}：` : ''}同一对象中键"${p['key']}"出现两次（第 ${p['line']} 行第 ${p['column']} 列）；JSON 只保留最后一个：请删去其一`,
  ],
  not_a_batch: [
    (p) =>
      `${p['file']} holds no batch: expected an array of applicants or an object with "entities"`,
    (p) => `${p['file']} 不是申报批次：需要申报对象数组，或带有"entities"的对象`,
  ],
  not_utf8: [
    (p) => `${p['file']} is not valid UTF-8 (byte ${p['offset']}); try the encoding gb18030 (GBK)`,
    (p) =>
      `${p['file']} 不是有效的 UTF-8 编码（第 ${p['offset']} 字节）；请尝试 gb18030（GBK）编码`,
  ],
  undecodable: [
    (p) => `${p['file']} is neither UTF-8 nor GB18030 (GBK) text`,
    (p) => `${p['file']} 既不是 UTF-8 也不是 GB18030（GBK）编码的文本`,
  ],
  mixed_encoding: [
    (p) =>
      `${p['file']}, line ${p['line']}: not ${p['encoding']} like the lines before it (${p['encoding']} from line ${p['first']})${p['found'] ? `; it reads as ${p['found']}` : ''}. Save the file in one encoding, or name the encoding (--encoding)`,
    (p) =>
      `${p['file']} 第 ${p['line']} 行：与前面各行的编码不同（自第 ${p['first']} 行起为 ${p['encoding']}）${p['found'] ? `，该行是 ${p['found']} 编码` : ''}。请将文件统一保存为一种编码，或指定编码（--encoding）`,
  ],
  workbook_too_large: [
    (p) =>
      `${p['file']} has more than ${p['max']} ${p['what']} (the limit of a workbook); save the applicants as CSV, which is read as a stream`,
    (p) =>
      `${p['file']} 的${p['whatZh']}超过 ${p['max']} 个（工作簿的上限）；请将申报数据另存为 CSV（CSV 以流式读取）`,
  ],
  file_too_large: [
    (p) =>
      p['what']
        ? `${p['file']} is ${p['size']} bytes; ${p['what']} may have at most ${p['max']} bytes`
        : `${p['file']} is ${p['size']} bytes; a file read whole may have at most ${p['max']} (the longest text JavaScript holds): score a CSV file as a stream (youpin score FILE --format csv, or scoreCsvFile)`,
    (p) =>
      p['whatZh']
        ? `${p['file']} 有 ${p['size']} 字节；${p['whatZh']}最多 ${p['max']} 字节`
        : `${p['file']} 有 ${p['size']} 字节，整体读入的文件最多 ${p['max']} 字节（JavaScript 能容纳的最长文本）：CSV 文件请以流方式计分（youpin score 文件 --format csv，或 scoreCsvFile）`,
  ],
  sheet_not_found: [
    (p) => `${p['file']} has no sheet "${p['sheet']}" (sheets: ${p['sheets']})`,
    (p) => `${p['file']} 中没有工作表"${p['sheet']}"（现有：${p['sheets']}）`,
  ],
  stray_quote: [
    (p) =>
      `a quoted field that starts in row ${p['row']} is not closed where the row ends; row ${p['row']} is skipped and reading goes on at row ${p['next']}`,
    (p) =>
      `第 ${p['row']} 行开始的带引号字段未在行尾闭合，跳过第 ${p['row']} 行，从第 ${p['next']} 行继续读取`,
  ],
  suspicious_quote: [
    (p) =>
      `a quoted cell of row ${p['row']} runs on to line ${p['line']}, which reads like a whole row: a stray quote may have merged two rows into one; check the quotes of row ${p['row']}`,
    (p) =>
      `第 ${p['row']} 行带引号的单元格延续到第 ${p['line']} 行，而该行看起来是完整的一行数据：可能有多余的引号把两行合并成了一行；请检查第 ${p['row']} 行的引号`,
  ],
  row_too_long: [
    (p) => `row ${p['row']} is longer than ${p['max']} characters; it is skipped`,
    (p) => `第 ${p['row']} 行超过 ${p['max']} 个字符，已跳过`,
  ],
  not_csv: [
    (p) =>
      `${p['file']}: only CSV files (.csv, .tsv, .txt) are read as a stream; read .xlsx and .json files with readBatch`,
    (p) =>
      `${p['file']}：只有 CSV 文件（.csv、.tsv、.txt）可以流式读取；.xlsx 和 .json 文件请用 readBatch 读取`,
  ],
  not_streamable: [
    (p) =>
      `model ${p['model']} cannot be scored chunk by chunk: ${p['reason']}; score the whole batch at once (readBatch, then score)`,
    (p) =>
      `模型 ${p['model']} 无法分块计分：${p['reasonZh']}；请一次性为整批计分（先 readBatch，再 score）`,
  ],
  bad_option: [
    (p) => `option ${p['option']}: ${p['value']} is not ${p['expected']}`,
    (p) => `选项 ${p['option']}：${p['value']} 不是${p['expectedZh']}`,
  ],
  file_unwritable: [
    (p) => `cannot write ${p['file']}: ${p['reason']}`,
    (p) => `无法写入 ${p['file']}：${p['reason']}`,
  ],
  exceljs_missing: [
    (p) => `reading ${p['file']} needs the optional package exceljs: run \`npm install exceljs\``,
    (p) => `读取 ${p['file']} 需要可选依赖 exceljs，请运行 \`npm install exceljs\` 安装`,
  ],
};

/**
 * Builds a file issue with messages in English and Chinese. Every text in `params` (a file name,
 * a header, a cell) is quoted through the core's `showText`, as the core's messages are: at most
 * 200 characters, control and bidi characters escaped.
 */
export function makeNodeIssue(
  code: NodeIssueCode,
  path: readonly PathSegment[],
  params: Params = {},
): Issue {
  return localisedIssue(code, templates[code], path, params);
}

/** Throws a YoupinError (of 'youpin': this bundle's own class would fail `instanceof`) for the issues, if any. */
export function throwNodeIssues(issues: readonly Issue[]): void {
  const [first, ...rest] = issues;
  if (first) throw new YoupinError([first, ...rest]);
}

/** A YoupinError with one file issue at the root path. */
export function nodeError(code: NodeIssueCode, params: Params = {}): YoupinError {
  return new YoupinError([makeNodeIssue(code, [], params)]);
}
