import type { CohortScoringSpec, Model } from 'youpin';

// Cohort methods score an applicant against the others of its sector, so a chunk of rows cannot
// be scored without the whole file. A first pass could collect their columns, but min-max, z-score,
// rank and distance-to-best need the eligible applicants only, which the gates decide per row:
// that is the whole pipeline twice, for methods the documentation already flags as unfit for
// selection. So such models are refused with a clear issue, and the command line scores them in
// memory as before.
const COHORT: Readonly<Record<CohortScoringSpec['method'], true>> = {
  minmax: true,
  zscore: true,
  rank: true,
  max: true,
  distanceToBest: true,
  vector: true,
};

/** Why a model cannot be scored chunk by chunk, in English and Chinese; `null` when it can. */
export function streamProblem(model: Model): { reason: string; reasonZh: string } | null {
  const cohort = model.nodes.filter(
    (n) => n.scoring !== null && Object.hasOwn(COHORT, n.scoring.method),
  );
  if (cohort.length === 0) return null;
  const list = cohort.map((n) => `${n.id} (${n.scoring?.method})`).join(', ');
  return {
    reason: `its scores depend on the whole batch (cohort methods: ${list})`,
    reasonZh: `其分数取决于整批数据（按群体计分的方法：${list}）`,
  };
}
