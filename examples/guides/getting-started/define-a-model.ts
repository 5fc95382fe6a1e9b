// Guide "Getting started" · 快速入门: define a model, score two applicants (as examples/basic.ts).
// #region model
import { defineModel, score } from 'youpin';

// biome-ignore format: kept compact, as the guide shows it
const model = defineModel({
  id: 'mini', version: '1', name: { zh: '迷你模型', en: 'Mini model' },
  tree: { id: 'total', label: { zh: '总分', en: 'Total' }, children: [
    { id: 'revenue', label: { zh: '营业收入', en: 'Revenue' }, unit: '万元', scoring: { method: 'log', lower: 500, upper: 50000 } },
    { id: 'rnd', label: { zh: '研发投入强度', en: 'R&D intensity' }, unit: '%', scoring: { method: 'linear', lower: 3, upper: 10 } },
  ] },
  sectors: [{ id: 'manufacturing', label: { zh: '制造业', en: 'Manufacturing' } }],
  profile: { weights: { revenue: 0.4, rnd: 0.6 } },
});
const report = score(model, [
  { id: 'A', sector: 'manufacturing', values: { revenue: 5000, rnd: 6.5 } },
  { id: 'B', sector: 'manufacturing', values: { revenue: '12,5', rnd: 4 } },
]);
for (const e of report.entities) console.log(e.id, e.status, e.total ?? e.issues[0]?.message);
// → A scored 50.00
// → B invalid "12,5" (Revenue) is not a number: write decimals with a point, as in 12.5
// #endregion model
