// From expert judgements to published scores: AHP weights for the service sector's five
// dimensions become a new model version, which then scores the sample batch.
import { readFileSync } from 'node:fs';
import { ahp, defineModel, deriveProfile, type EntityInput, score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

// 质量 Q, 创新 I, 品牌 B, 效益 E, 可持续发展 S: how much more important is the row than the column?
const judgements = [
  [1, 3, 2, 3, 4],
  ['1/3', 1, '1/2', 1, 2],
  ['1/2', 2, 1, 2, 3],
  ['1/3', 1, '1/2', 1, 2],
  ['1/4', '1/2', '1/3', '1/2', 1],
];
const check = ahp(judgements);
console.log(
  `CR ${check.numbers.cr.toFixed(4)} (${check.acceptable ? '可接受 acceptable' : '需修正 revise'})`,
);

const base = defineModel(liaocheng2024);
const { model, derivations } = deriveProfile(base, {
  sector: 'services',
  version: '2025.1-ahp',
  parents: { total: { method: 'ahp', judgements } },
});
const d = derivations[0];
d?.children.forEach((id, i) => {
  console.log(`${id}: ${Number(d.weights[i]).toFixed(4)}`);
});

const batch: EntityInput[] = JSON.parse(
  readFileSync(new URL('./data/sample-batch.json', import.meta.url), 'utf8'),
);
const [before, after] = [base, model].map((m) =>
  score(m, batch).entities.filter((e) => e.sector === 'services'),
);
for (const e of (after ?? []).filter((x) => x.status === 'scored').slice(0, 5)) {
  const old = before?.find((b) => b.id === e.id);
  console.log(`${e.id}: ${old?.total} → ${e.total} (rank ${old?.rank.sector} → ${e.rank.sector})`);
}
