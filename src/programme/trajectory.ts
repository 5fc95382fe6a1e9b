import { type EntityStatus, score } from 'youpin';
import { listIssues } from '../error/checkArgument.js';
import { minus } from './_decimal.js';
import { throwProgrammeIssues } from './_messages.js';
import { ordered } from './_ordered.js';
import type { Edition } from './types.js';

/** An entity in one edition. */
export interface TrajectoryPoint {
  readonly edition: string;
  readonly model: { readonly id: string; readonly version: string };
  readonly status: EntityStatus;
  readonly total: string | null;
  readonly rank: number | null;
  /** Scored applicants of its sector in that edition. */
  readonly of: number;
  readonly selected: boolean;
  /** The published score of each dimension (depth 1). */
  readonly dimensions: Readonly<Record<string, string | null>>;
}

/** What moved an entity's total from one edition to the next. */
export interface TrajectoryStep {
  readonly from: string;
  readonly to: string;
  /** The change of the published total. */
  readonly change: string | null;
  /**
   * How much of it the model accounts for: the earlier row scored under the later model on the
   * earlier date, less the earlier total (exact totals; `null` when either is not scored). The
   * rest is `values`: the applicant's own data (and, with cohort methods, what the cohort moved).
   */
  readonly model: string | null;
  readonly values: string | null;
  /** The model changed (a different version or definition). */
  readonly modelChanged: boolean;
  /** Dimensions whose published score changed, by how much. */
  readonly dimensions: Readonly<Record<string, string>>;
}

/** What {@link trajectory} returns. */
export interface Trajectory {
  readonly id: string;
  readonly points: readonly TrajectoryPoint[];
  readonly steps: readonly TrajectoryStep[];
}

/**
 * An entity's scores, ranks and dimension profile across editions, and what moved them: each step
 * between consecutive editions it appears in splits the change of its total into the model's part
 * (its earlier row scored again under the later model) and its values' part (the rest), so a change
 * of rank after a new model version is not read as the applicant's doing.
 *
 * @param editions - from `makeEdition`, in any order
 * @param id - the entity
 * @returns the points and the steps
 * @throws YoupinError `not_an_edition`
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { makeEdition, trajectory } from 'youpin/programme';
 * import { liaocheng2024 } from 'youpin/presets';
 * const rows = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
 * const a = makeEdition(liaocheng2024, rows, { id: '2024' });
 * // The next edition weighs quality less and innovation more in manufacturing, on the same rows.
 * const sectors = liaocheng2024.sectors.map((s) =>
 *   s.id === 'manufacturing' ? { ...s, profile: { ...s.profile, weights: { ...s.profile?.weights, Q: 0.2, I: 0.35 } } } : s);
 * const b = makeEdition({ ...liaocheng2024, version: '2025.1', sectors }, rows, { id: '2025' });
 * const [step] = trajectory([a, b], 'M001').steps;
 * [step?.modelChanged, step?.change, step?.model, step?.values]; // → [ true, '-1.68', '-1.68112134898331568890816246', '0' ]
 * ```
 */
export function trajectory(editions: readonly Edition[], id: string): Trajectory {
  throwProgrammeIssues(listIssues(editions, 'editions'));
  const rounds = ordered(editions).filter((e) => e.report.entities.some((x) => x.id === id));
  const points = rounds.map((edition): TrajectoryPoint => {
    const e = edition.report.entities.find(
      (x) => x.id === id,
    ) as (typeof edition.report.entities)[number];
    return {
      edition: edition.id,
      model: { id: edition.model.id, version: edition.model.version },
      status: e.status,
      total: e.total,
      rank: e.rank.sector,
      of: edition.report.entities.filter((x) => x.status === 'scored' && x.sector === e.sector)
        .length,
      selected: e.selection?.selected === true,
      dimensions: Object.fromEntries(
        e.nodes
          .filter((n) => n.parent !== null && isDimension(e.nodes, n.parent))
          .map((n) => [n.id, n.score]),
      ),
    };
  });
  const steps = rounds.slice(1).map((later, k): TrajectoryStep => {
    const earlier = rounds[k] as Edition;
    const a = earlier.report.entities.find((x) => x.id === id);
    const b = later.report.entities.find((x) => x.id === id);
    const modelChanged = earlier.model.hash !== later.model.hash;
    const row = earlier.batch.rows.find((r) => r.id === id);
    // The earlier row under the later model on the earlier date: only the model differs.
    const again =
      modelChanged && row && a?.totalExact
        ? (score(later.report.definition, [row], {
            evaluationDate: earlier.evaluationDate,
            engine: 'exact',
          }).entities[0]?.totalExact ?? null)
        : null;
    const before = a?.totalExact ?? null;
    const after = b?.totalExact ?? null;
    const model = !modelChanged && before ? '0' : before && again ? minus(again, before) : null;
    const values = after && before && model !== null ? minus(minus(after, before), model) : null;
    const pointA = points[k] as TrajectoryPoint;
    const pointB = points[k + 1] as TrajectoryPoint;
    const dimensions: Record<string, string> = {};
    for (const [d, s] of Object.entries(pointB.dimensions)) {
      const was = pointA.dimensions[d];
      if (s !== null && was !== null && was !== undefined && s !== was)
        dimensions[d] = minus(s, was);
    }
    return {
      from: earlier.id,
      to: later.id,
      change: a?.total && b?.total ? minus(b.total, a.total) : null,
      model,
      values,
      modelChanged,
      dimensions,
    };
  });
  return { id, points, steps };
}

function isDimension(
  nodes: ReadonlyArray<{ id: string; parent: string | null }>,
  parent: string,
): boolean {
  return nodes.find((n) => n.id === parent)?.parent === null;
}
