// biome-ignore-all format: compact, as docs/data-files.md shows it
// docs/data-files.md: read a batch from a file, locate its problems, score it. The doc reads the
// reader's applicants.xlsx; here it is a copy of the sample workbook, with its three deliberate
// mistakes, made before the shown code (imports are hoisted, so the region can start with them).
import { copyFileSync } from 'node:fs';

copyFileSync('examples/data/sample-batch.xlsx', 'applicants.xlsx');

// #region read
import { defineModel, score } from 'youpin';
import { formatLocation, readBatch } from 'youpin/node';
import { liaocheng2024 } from 'youpin/presets';

const model = defineModel(liaocheng2024);
const batch = await readBatch('applicants.xlsx', model); // .csv / .tsv / .xlsx / .json
// biome-ignore lint/style/noNonNullAssertion: a file issue always has a place
for (const issue of batch.issues) console.log(formatLocation(batch.locate(issue.path)!, 'zh'), issue.messageZh);
const report = score(model, batch.entities);
for (const entity of report.entities)
  for (const issue of entity.issues) {
    const where = batch.locate(issue.path); // e.g. applicants.xlsx, sheet 申报数据, row 17, column 研发投入强度（近 3 年平均）
    console.log(where ? formatLocation(where, 'en') : '', issue.message);
  }
// #endregion read

// Not shown: what the loops above print for the sample workbook (no file issues; its three rows
// with mistakes, located).
// → applicants.xlsx, sheet 申报数据, row 50, column 销售利润率 "12,5" (Profit margin on sales) is not a number: write decimals with a point, as in 12.5
// → applicants.xlsx, sheet 申报数据, row 62, column 农产品质量安全抽检合格率（近 3 年） value of "Quality-safety spot-check pass rate (3 years)" (a_Q2) is missing …
// → applicants.xlsx, sheet 申报数据, row 95, column fact.credit_grade "AAA" (Public-credit grade) is not one of A, B, C, D
