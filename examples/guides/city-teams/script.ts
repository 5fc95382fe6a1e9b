// Guide "City teams" · 城市团队指南: score a workbook with the city's own model file, in a script.
import './_init-city.js';
// #region script
import { writeFileSync } from 'node:fs';
import { score, toCsv, toHtml } from 'youpin';
import { formatLocation, readBatch, readModelFile } from 'youpin/node';

const model = await readModelFile('city.json'); // from `youpin init`, then edited
const batch = await readBatch('examples/data/sample-batch.xlsx', model);
const report = score(model, batch.entities);
// Every problem, located in the workbook: the file's own, then the rows that could not be read.
const invalid = report.entities.filter((e) => e.status === 'invalid');
for (const issue of [...batch.issues, ...invalid.flatMap((e) => e.issues)]) {
  const where = batch.locate(issue.path);
  console.log(where ? `${formatLocation(where, 'zh')}：${issue.messageZh}` : issue.messageZh);
}
// → sample-batch.xlsx 工作表「申报数据」第 50 行 销售利润率 列："12,5"（销售利润率）不是数字：小数请用小数点，如 12.5
// → sample-batch.xlsx 工作表「申报数据」第 62 行 … 列：指标「农产品质量安全抽检合格率（近 3 年）」（a_Q2）缺少数值，…
// → sample-batch.xlsx 工作表「申报数据」第 95 行 fact.credit_grade 列："AAA"（公共信用等级）不是可选值（A 级（诚信）、B 级（较好）、C 级（一般）、D 级（较差））
writeFileSync('results.html', toHtml(report)); // 公示: the list, charts, explanations
writeFileSync('results.csv', toCsv(report, { locale: 'zh-CN' }));
console.log(report.model, report.counts.selected); // → { id: 'city', version: '0.1.0' } 20
// #endregion script
