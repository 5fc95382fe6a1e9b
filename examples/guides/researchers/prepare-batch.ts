// Guide "Researchers" · 研究人员指南: one batch scored with many versions of the weights, read
// once (prepareBatch), and who enters the list as quality weighs more in manufacturing.
// #region prepare
import { readFileSync } from 'node:fs';
import { compareReports, defineModel, prepareBatch, score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const rows = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
const batch = prepareBatch(rows); // a private copy of the rows, read once per way of reading them
const base = score(liaocheng2024, batch);

const manufacturing = liaocheng2024.sectors.find((s) => s.id === 'manufacturing');
for (const { Q, I } of [
  { Q: '0.32', I: '0.23' },
  { Q: '0.35', I: '0.2' },
  { Q: '0.5', I: '0.05' },
]) {
  const sectors = liaocheng2024.sectors.map((s) =>
    s === manufacturing
      ? { ...s, profile: { ...s.profile, weights: { ...s.profile?.weights, Q, I } } }
      : s,
  );
  const model = defineModel({ ...liaocheng2024, version: `Q=${Q}`, sectors });
  const diff = compareReports(base, score(model, batch)); // only scores, ranks and selection again
  console.log(
    `Q ${Q}, I ${I}: entered ${diff.entered.join(' ') || '-'}, left ${diff.left.join(' ') || '-'}`,
  );
}
// → Q 0.32, I 0.23: entered -, left -
// → Q 0.35, I 0.2: entered M054, left M014
// → Q 0.5, I 0.05: entered M054, left M014
// #endregion prepare
