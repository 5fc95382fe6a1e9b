// Guide "Researchers" · 研究人员指南: a whole study on the sample batch — treatment, coherence, weights three
// ways, the tree against TOPSIS, VIKOR, PROMETHEE II and Copeland, the rankings compared, and the
// robustness of the list. `npm run examples` runs it and checks every printed line.
// #region study
import { readFileSync } from 'node:fs';
import {
  coherence,
  compareReports,
  copeland,
  correlations,
  defineModel,
  deriveProfile,
  explain,
  kendallW,
  type ModelInput,
  type NodeInput,
  narrate,
  promethee,
  type ScoredEntity,
  score,
  sensitivity,
  topsis,
  treat,
  vikor,
} from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const batch = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
const sector = 'manufacturing';
const experts = defineModel(liaocheng2024);
const report = score(experts, batch);

// 0. Treatment: COINr's outlier rule (|skewness| ≥ 2 and kurtosis ≥ 3.5) on each numeric leaf.
const members = report.entities.filter((e) => e.status === 'scored' && e.sector === sector);
const numeric = (v: unknown) => typeof v === 'number';
for (const leaf of members[0]?.nodes.filter((n) => n.kind === 'leaf') ?? []) {
  const values = members.map((e) => e.nodes.find((n) => n.id === leaf.id)?.value ?? null);
  if (!values.every(numeric)) continue;
  const { record } = treat(values, { outliers: { method: 'winsorise' } });
  const [before, after] = record.checks.map(
    (c) => `${Number(c.skewness).toFixed(2)}/${Number(c.kurtosis).toFixed(2)}`,
  );
  if (record.outcome !== 'untreated')
    console.log(`${leaf.id} ${before} → ${record.outcome} ${record.winsorised?.points}: ${after}`);
}
// → m_I2 2.94/9.36 → winsorised 2: 2.03/3.25
// The experts score patents on a log scale for that reason. A cohort variant of the model scores
// them by min-max over the sector instead, winsorised by the rule, and says so to the applicant:
const patch = (node: NodeInput): NodeInput =>
  node.id === 'm_I2'
    ? { ...node, scoring: { method: 'minmax' }, treatment: { outliers: { method: 'winsorise' } } }
    : 'children' in node
      ? { ...node, children: node.children.map(patch) }
      : node;
const definition: ModelInput = report.definition;
const variant = score(
  { ...definition, version: '2024.1-cohort', tree: patch(definition.tree) as ModelInput['tree'] },
  batch,
);
const outlier = variant.entities.find((e) => e.nodes.some((n) => n.treated));
const said = narrate(explain(variant, outlier?.id ?? ''), { locale: 'en' });
console.log(said.find((line) => line.startsWith('Invention patents')));
// → Invention patents in force: the value 95 was an outlier among the Manufacturing applicants (skewness 2.94, kurtosis 9.36, beyond the model's limits) and was winsorised to 72 before scoring.

// 1. Coherence: do each dimension's indicators measure one thing? (Cronbach's α per branch)
const branches = coherence(report, { sector }).sectors[0]?.branches ?? [];
console.log(branches.map((b) => `${b.parent} ${Number(b.alpha).toFixed(2)}`).join(', '));
// → total 0.90, Q 0.76, I 0.65, B 0.66, E 0.86, S 0.57

// 2. Weights three ways for the five dimensions: the experts' profile, entropy and CRITIC.
const derived = (method: 'entropy' | 'critic') =>
  deriveProfile(experts, {
    sector,
    version: `2024.1-${method}`,
    parents: { total: { method } },
    entities: batch,
  });
const entropy = derived('entropy');
const critic = derived('critic');
const four = (ws: readonly string[] | undefined) =>
  (ws ?? []).map((w) => Number(w).toFixed(2)).join(' ');
console.log(
  `entropy ${four(entropy.derivations[0]?.weights)} · CRITIC ${four(critic.derivations[0]?.weights)}`,
);
// → entropy 0.15 0.20 0.15 0.27 0.23 · CRITIC 0.18 0.20 0.16 0.19 0.27

// 3. Rank the sector: the tree under each weight set, and four methods on the dimension scores.
const scored = report.entities.filter(
  (e): e is ScoredEntity => e.status === 'scored' && e.sector === sector,
);
const dimensions = ['Q', 'I', 'B', 'E', 'S'];
const matrix = scored.map((e) =>
  dimensions.map((d) => e.nodes.find((n) => n.id === d)?.score ?? '0'),
);
const weights = [0.3, 0.25, 0.2, 0.15, 0.1]; // the experts' dimension weights for manufacturing
const rankIn = (r: ReturnType<typeof score>) =>
  scored.map((e) => r.entities.find((x) => x.id === e.id)?.rank.sector ?? 0);
const rankings: Record<string, number[]> = {
  tree: scored.map((e) => e.rank.sector),
  'tree, entropy': rankIn(score(entropy.model, batch)),
  'tree, CRITIC': rankIn(score(critic.model, batch)),
  TOPSIS: [...topsis(matrix, weights).ranks.closeness],
  VIKOR: [...vikor(matrix, weights).ranks.Q],
  PROMETHEE: [
    ...promethee(matrix, weights, { preference: { type: 'linear', q: 2, p: 20 } }).ranks.net,
  ],
  Copeland: [...copeland(matrix, weights).ranks.scores],
};

// 4. Compare: Spearman's ρ of each ranking with the tree's, and Kendall's W over all seven.
const names = Object.keys(rankings);
const rho = correlations(
  scored.map((_, i) => names.map((n) => rankings[n]?.[i] ?? 0)),
  { method: 'spearman' },
).numbers.matrix[0];
console.log(
  names
    .slice(1)
    .map((n, j) => `${n} ${(rho?.[j + 1] ?? 0).toFixed(3)}`)
    .join(', '),
);
// → tree, entropy 0.980, tree, CRITIC 0.981, TOPSIS 0.988, VIKOR 0.966, PROMETHEE 0.997, Copeland 0.975
console.log(`Kendall's W ${kendallW(Object.values(rankings)).numbers.w.toFixed(3)}`);
// → Kendall's W 0.972
const moved = compareReports(report, score(entropy.model, batch));
console.log(
  `entropy weights: ${moved.entered.join(' ')} enter the list, ${moved.left.join(' ')} leave it`,
);
// → entropy weights: M054 enter the list, M019 leave it

// 5. Robustness: the probability of selection under Dirichlet weights around the experts'.
const robust = sensitivity(experts, batch, {
  seed: 1,
  draws: 400,
  weights: { kind: 'dirichlet', concentration: 50 },
});
// The applicants of the sector whose place on the list is uncertain (selected in 5–95 % of draws).
const p = (e: (typeof robust.entities)[number]) => e.probability?.selected ?? 0;
const near = robust.entities.filter((e) => e.sector === sector && p(e) >= 0.05 && p(e) <= 0.95);
console.log(
  near
    .sort((a, b) => p(b) - p(a))
    .map((e) => `${e.id} ${Math.round(p(e) * 100)}%`)
    .join(', '),
);
// → M005 86%, M014 71%, M019 64%, M054 56%, M016 15%, M034 12%
// #endregion study
