// Guide "City teams" · 城市团队指南, "The years after": a round kept as an edition, the register
// of titles, the annual check, re-application bans, the next round, the cultivation pool, a
// replay. `npm run examples` runs it and checks every printed line.
// #region years
import { readFileSync, writeFileSync } from 'node:fs';
import { liaocheng2024 } from 'youpin/presets';
import {
  bansOn,
  cultivationPool,
  makeEdition,
  monitor,
  register,
  replay,
  trajectory,
} from 'youpin/programme';

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
// 1. The 2024 round, kept as data (store it beside the batch), and the titles it awards.
const round2024 = makeEdition(liaocheng2024, read('examples/data/sample-batch.json'), {
  id: '2024',
});
writeFileSync('edition-2024.json', JSON.stringify(round2024));
let titles = register([round2024]);
console.log(titles.titles.length, titles.titles[0]?.validUntil); // → 20 2027-06-29

// 2. The annual check (年度监测) on what the bureau recorded, in April and again in June.
const recorded = [
  {
    id: 'M002',
    sector: 'manufacturing',
    values: {},
    events: [{ type: 'logo_misuse', date: '2025-03-01' }],
  },
  {
    id: 'A015',
    sector: 'agriculture',
    values: {},
    events: [{ type: 'self_report_overdue', date: '2025-04-01' }],
  },
  {
    id: 'S035',
    sector: 'services',
    values: {},
    events: [
      { type: 'self_report_overdue', date: '2025-04-01' },
      { type: 'rectified', date: '2025-04-20' },
    ],
  },
];
for (const asOf of ['2025-04-15', '2025-06-01']) {
  const checked = monitor(titles, liaocheng2024, recorded, { asOf });
  for (const c of checked.changes) console.log(c.holder, c.change.messageZh);
  titles = checked.register;
}
// → M002 撤销：监测规则 W1（违规使用"聊城优品"标识）于 2025-03-01 触发
// → A015 约谈整改：监测规则 W3（未按期报送年度自评报告）于 2025-04-01 触发，须于 2025-05-01 前完成整改
// → S035 约谈整改：监测规则 W3（未按期报送年度自评报告）于 2025-04-01 触发，须于 2025-05-01 前完成整改
// → A015 撤销：未在 2025-05-01 前完成整改
// → S035 已于 2025-04-20 完成整改（期限 2025-05-01）

// 3. The 2025 round: the revoked may not apply again for three years (reapplication_ban).
const bans = bansOn(titles, liaocheng2024);
console.log(bans.map((b) => `${b.id} until ${b.until}`).join(', '));
// → A015 until 2028-05-01, M002 until 2028-02-29
const round2025 = makeEdition(liaocheng2024, read('examples/data/sample-batch-2025.json'), {
  id: '2025',
  evaluationDate: '2025-06-30',
  bans,
  editions: [round2024],
});
titles = register([round2024, round2025], titles);
const m002 = round2025.report.entities.find((e) => e.id === 'M002');
console.log(m002?.status, m002?.eligibility.gates.at(-1)?.rule); // → ineligible reapplication_ban

// 4. The cultivation pool (培育库): who made it from the pool, and how much gap each closed.
const pool = cultivationPool([round2024, round2025]);
console.log(
  pool.paths
    .filter((p) => p.outcome === 'selected')
    .map((p) => `${p.id} closed ${p.closed?.slice(0, 6)}`)
    .join(', '),
);
// → A005 closed 0.495, M054 closed 0.0023
const [step] = trajectory([round2024, round2025], 'M021').steps;
console.log(step?.change, step?.model, step?.dimensions); // → 0.97 0 { Q: '3.24' }

// 5. Years later, for an appeal: the stored round scores again to the same bytes.
console.log(replay(read('edition-2024.json')).identical); // → true
// #endregion years
