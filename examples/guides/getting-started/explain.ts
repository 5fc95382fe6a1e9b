// Guide "Getting started" · 快速入门: explain one applicant, in data and in sentences.
// #region explain
import { readFileSync } from 'node:fs';
import { explain, narrate, score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const batch = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
const report = score(liaocheng2024, batch);
const why = explain(report, 'M001');
console.log(narrate(why, { locale: 'zh-CN' }).slice(0, 2));
// → [ '总分 38.23，在制造业 42 家参评企业中排名第 41。', '未入选：总分 38.23 低于入选线 70.00。' ]
console.log(narrate(why, { locale: 'en' }).slice(0, 2));
// → [ 'The total score is 38.23, ranking 41st of 42 applicants in Manufacturing.',
//     'Not selected: the total of 38.23 is below the threshold of 70.00.' ]
// #endregion explain
