// Guide "Concepts" · 基本概念与约定: what a missing value does, by the leaf's `missing` policy.
// #region missing
import { score } from 'youpin';
import { base } from './base.js';

for (const missing of ['invalid', 'zero', 'renormalise'] as const) {
  // biome-ignore format: kept compact, as the guide shows it
  const model = { ...base, profile: { weights: { x: 0.5, y: 0.5 } }, tree: { ...base.tree, children: [
    { id: 'x', label: { zh: '质量', en: 'Quality' }, scoring: { method: 'direct' as const } },
    { id: 'y', label: { zh: '创新', en: 'Innovation' }, scoring: { method: 'direct' as const }, missing },
  ] } };
  const e = score(model, [{ id: 'A', sector: 's', values: { x: 80, y: null } }]).entities[0];
  const codes = [...(e?.issues ?? []), ...(e?.warnings ?? [])].map((i) => i.code);
  console.log(missing, e?.status, e?.total, codes);
}
// → invalid invalid null [ 'missing_value' ]
// → zero scored 40.00 [ 'scored_as_zero' ]
// → renormalise scored 80.00 [ 'renormalised' ]
// #endregion missing
