import { explain, type Label, type Report } from 'youpin';
import { listIssues } from '../error/checkArgument.js';
import { Dec, minus } from './_decimal.js';
import { throwProgrammeIssues } from './_messages.js';
import { ordered } from './_ordered.js';
import type { Edition } from './types.js';

/** One applicant of the pool in one edition: eligible and scored, not selected, and its gaps. */
export interface PoolMember {
  readonly id: string;
  readonly name: string | Label | null;
  readonly sector: string;
  readonly total: string;
  /** Why it was not selected (the selection's reason code: `below_threshold`, `below_floor`, `quota` …). */
  readonly reason: string;
  /** Each target it misses (the threshold, a dimension's floor) and the points still needed. */
  readonly gaps: ReadonlyArray<{ readonly target: string; readonly needed: string }>;
}

/** One applicant's way through the pool across editions. */
export interface PoolPath {
  readonly id: string;
  /** The edition it entered the pool, and the one it left it (`null`: still in it). */
  readonly entered: string;
  readonly left: string | null;
  /**
   * `selected` (it made it), `ineligible`, `vetoed`, `invalid`, `absent` (did not apply again), or
   * `pool` (still in it after the last edition).
   */
  readonly outcome: 'selected' | 'ineligible' | 'vetoed' | 'invalid' | 'absent' | 'pool';
  /**
   * Its gap in each edition it was in the pool — the most points it still needed for any target
   * (threshold, floor or quota) —, and how much of the first it closed (all of it when selected).
   */
  readonly gaps: ReadonlyArray<{ readonly edition: string; readonly needed: string | null }>;
  readonly closed: string | null;
}

/** A title at risk in one edition: selected, but close to the line. */
export interface AtRisk {
  readonly id: string;
  readonly name: string | Label | null;
  readonly sector: string;
  readonly total: string;
  /**
   * The points above each line it must stay over — the threshold and each dimension's floor —,
   * smallest first; a title is at risk when the smallest is below the margin.
   */
  readonly cushions: ReadonlyArray<{ readonly target: string; readonly above: string }>;
}

/** Options of {@link cultivationPool}. */
export interface PoolOptions {
  /** How close to a line (threshold or floor) a selected applicant's title is at risk (default 5 points). */
  readonly margin?: number | undefined;
}

/** What {@link cultivationPool} returns. */
export interface CultivationPool {
  readonly editions: ReadonlyArray<{
    readonly edition: string;
    readonly members: readonly PoolMember[];
    /** The selected whose published total or a dimension is within the margin of its line. */
    readonly atRisk: readonly AtRisk[];
  }>;
  readonly paths: readonly PoolPath[];
}

/**
 * The cultivation pool (培育库) across editions: in each, the applicants that were eligible and
 * scored but not selected, with the points each still needs for the threshold and each floor it
 * misses (from `explain`), and the titles at risk — the selected whose total or a dimension is
 * within `margin` points of its line; across them, each applicant's way through the pool — when it
 * entered, when it left and how (selected, or no longer eligible, or absent), and how much of its
 * first gap it closed.
 *
 * @param editions - from `makeEdition`, in any order
 * @param options - `margin`: how close to a line is at risk (default 5 points)
 * @returns the pool per edition and each member's path
 * @throws YoupinError `not_an_edition`
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { cultivationPool, makeEdition } from 'youpin/programme';
 * import { liaocheng2024 } from 'youpin/presets';
 * const rows = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
 * const pool = cultivationPool([makeEdition(liaocheng2024, rows, { id: '2024' })]);
 * const first = pool.editions[0]?.members[0];
 * [pool.editions[0]?.members.length, first?.id, first?.reason, first?.gaps[0]?.needed.slice(0, 8)]; // → [ 84, 'M001', 'below_threshold', '31.76648' ]
 * ```
 */
export function cultivationPool(
  editions: readonly Edition[],
  options: PoolOptions = {},
): CultivationPool {
  throwProgrammeIssues(listIssues(editions, 'editions'));
  const margin = new Dec(options.margin ?? 5);
  const rounds = ordered(editions).map((edition) => ({
    edition: edition.id,
    report: edition.report,
    members: edition.report.entities.flatMap((e): PoolMember[] => {
      if (e.status !== 'scored' || e.selection?.selected !== false) return [];
      const why = explain(edition.report, e.id);
      return [
        {
          id: e.id,
          name: e.name,
          sector: e.sector,
          total: e.total,
          reason: e.selection.reason,
          gaps: why.gaps.map((g) => ({ target: g.target, needed: g.needed })),
        },
      ];
    }),
  }));
  const paths: PoolPath[] = [];
  const open = new Map<
    string,
    { entered: string; gaps: Array<{ edition: string; needed: string | null }> }
  >();
  rounds.forEach((round, k) => {
    const here = new Map(round.members.map((m) => [m.id, m]));
    // Who left the pool since the last edition, and how.
    for (const [id, path] of [...open]) {
      if (here.has(id)) continue;
      const now = round.report.entities.find((e) => e.id === id);
      const outcome = !now ? 'absent' : now.selection?.selected ? 'selected' : now.status;
      const first = path.gaps[0]?.needed ?? null;
      paths.push({
        id,
        entered: path.entered,
        left: round.edition,
        outcome: outcome as PoolPath['outcome'],
        gaps: path.gaps,
        closed: outcome === 'selected' ? first : null,
      });
      open.delete(id);
    }
    for (const m of round.members) {
      const needed = widest(m.gaps);
      const path = open.get(m.id) ?? { entered: round.edition, gaps: [] };
      path.gaps.push({ edition: round.edition, needed });
      open.set(m.id, path);
    }
    if (k === rounds.length - 1)
      for (const [id, path] of open) {
        const first = path.gaps[0]?.needed ?? null;
        const last = path.gaps.at(-1)?.needed ?? null;
        paths.push({
          id,
          entered: path.entered,
          left: null,
          outcome: 'pool',
          gaps: path.gaps,
          closed: first !== null && last !== null ? minus(first, last) : null,
        });
      }
  });
  return {
    editions: rounds.map((r) => ({
      edition: r.edition,
      members: r.members,
      atRisk: atRiskIn(r.report, margin),
    })),
    paths,
  };
}

/** The selected of a report whose total or a floored dimension is within the margin of its line. */
function atRiskIn(report: Report, margin: InstanceType<typeof Dec>): AtRisk[] {
  const selection = report.definition.selection;
  const lines: Array<{ target: string; line: string }> = [
    ...(selection?.threshold === undefined
      ? []
      : [{ target: 'threshold', line: String(selection.threshold) }]),
    ...Object.entries(selection?.floors ?? {}).map(([target, line]) => ({
      target,
      line: String(line),
    })),
  ];
  return report.entities.flatMap((e): AtRisk[] => {
    if (e.status !== 'scored' || !e.selection?.selected) return [];
    const cushions = lines
      .map(({ target, line }) => {
        const figure =
          target === 'threshold' ? e.total : e.nodes.find((n) => n.id === target)?.score;
        return figure === null || figure === undefined
          ? null
          : { target, above: new Dec(figure).minus(line).toFixed() };
      })
      .filter((c): c is { target: string; above: string } => c !== null)
      .sort((a, b) => new Dec(a.above).comparedTo(b.above));
    const least = cushions[0];
    return least && new Dec(least.above).lessThan(margin)
      ? [{ id: e.id, name: e.name, sector: e.sector, total: e.total, cushions }]
      : [];
  });
}

/** The most points needed for any one target, or `null` without a gap. */
function widest(gaps: PoolMember['gaps']): string | null {
  let most: string | null = null;
  for (const g of gaps) if (most === null || new Dec(g.needed).greaterThan(most)) most = g.needed;
  return most;
}
