// Guide "Researchers" · 研究人员指南: the tree's ranking of one sector next to TOPSIS, PROMETHEE II
// and the Copeland rule on the same dimension scores and weights — how much of the order comes
// from compensation.
// #region outranking
import { readFileSync } from 'node:fs';
import {
  copeland,
  defineModel,
  kendallW,
  promethee,
  type ScoredEntity,
  score,
  topsis,
} from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const model = defineModel(liaocheng2024);
const report = score(model, JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8')));
// The scored manufacturers, their five dimension scores, and the sector's dimension weights.
const scored = report.entities.filter(
  (e): e is ScoredEntity => e.status === 'scored' && e.sector === 'manufacturing',
);
const dimensions = model.nodes.filter((n) => n.depth === 1).map((n) => n.id);
const matrix = scored.map((e) =>
  dimensions.map((d) => e.nodes.find((n) => n.id === d)?.score ?? '0'),
);
const profile = model.definition.sectors.find((s) => s.id === 'manufacturing')?.profile;
const weights = dimensions.map((d) => profile?.weights?.[d] ?? 0);
console.log(scored.length, dimensions, weights); // → 42 [ 'Q', 'I', 'B', 'E', 'S' ] [ 0.3, 0.25, 0.2, 0.15, 0.1 ]

const tree = scored.map((e) => e.rank.sector);
const t = topsis(matrix, weights).ranks.closeness;
const p = promethee(matrix, weights, { preference: { type: 'linear', q: 2, p: 20 } });
const c = copeland(matrix, weights);
// The top five of the tree, and where the other methods put them.
const top = tree
  .map((r, i) => [r, i] as const)
  .sort((a, b) => a[0] - b[0])
  .slice(0, 5);
for (const [r, i] of top) console.log(scored[i]?.id, r, t[i], p.ranks.net[i], c.ranks.scores[i]);
// → M002 1 1 1 1
// → M027 2 2 2 2
// → M003 3 5 3 5
// → M035 4 3 4 3
// → M038 5 7 5 8
// How far the four rankings agree over all 42 (Kendall's W, 1 = identical orders).
console.log(kendallW([tree, t, p.ranks.net, c.ranks.scores]).w.slice(0, 6)); // → 0.9864
// PROMETHEE's net flow of the leader, and its own net flow on each dimension (φⱼ).
const leader = top[0]?.[1] ?? 0;
console.log(
  p.net[leader]?.slice(0, 6),
  p.criterionFlows[leader]?.map((f) => f.slice(0, 5)),
);
// → 0.8500 [ '0.846', '0.964', '0.884', '0.740', '0.672' ]
// #endregion outranking
