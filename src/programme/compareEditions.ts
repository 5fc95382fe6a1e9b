import { compareReports, type ReportComparison } from 'youpin';
import { programmeIssue, throwProgrammeIssues } from './_messages.js';
import { trajectory } from './trajectory.js';
import type { Edition } from './types.js';

/** What {@link compareEditions} returns: `compareReports`, and the model's part of each change. */
export interface EditionComparison extends ReportComparison {
  /** The two editions used different model definitions (versions or contents). */
  readonly modelChanged: boolean;
  /**
   * For each applicant scored in both: the change of its total, the part the model accounts for
   * (its row of the first edition scored under the second's model, on the first's date) and the
   * part of its own data and the cohort — as `trajectory` splits it.
   */
  readonly attribution: ReadonlyArray<{
    readonly id: string;
    readonly change: string | null;
    readonly model: string | null;
    readonly values: string | null;
  }>;
}

/**
 * Compares two editions as `compareReports` compares two reports — ranks, movers, who entered and
 * left the list, Spearman's ρ and Kendall's τ-b — and says, for each applicant scored in both,
 * how much of the change of its total comes from the model and how much from its own data. For
 * editions under different model versions, the question an appeal asks first.
 *
 * @param a - the earlier edition
 * @param b - the later edition
 * @returns the comparison, with the model's part of each change
 * @throws YoupinError `not_an_edition`
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { compareEditions, makeEdition } from 'youpin/programme';
 * import { liaocheng2024 } from 'youpin/presets';
 * const rows = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
 * const sectors = liaocheng2024.sectors.map((s) =>
 *   s.id === 'manufacturing' ? { ...s, profile: { ...s.profile, weights: { ...s.profile?.weights, Q: 0.2, I: 0.35 } } } : s);
 * const a = makeEdition(liaocheng2024, rows, { id: '2024' });
 * const b = makeEdition({ ...liaocheng2024, version: '2025.1', sectors }, rows, { id: '2025' });
 * const c = compareEditions(a, b);
 * [c.modelChanged, c.entered, c.left, c.attribution.find((x) => x.id === 'M001')?.values]; // → [ true, [ 'M016' ], [ 'M005' ], '0' ]
 * ```
 */
export function compareEditions(a: Edition, b: Edition): EditionComparison {
  for (const [i, e] of [a, b].entries())
    if (e?.format !== 'youpin.edition/1')
      throwProgrammeIssues([programmeIssue('not_an_edition', ['editions', i])]);
  const base = compareReports(a.report, b.report);
  const inBoth = base.entities.filter((e) => e.total.a !== null && e.total.b !== null);
  return {
    ...base,
    modelChanged: a.model.hash !== b.model.hash,
    attribution: inBoth.map((e) => {
      const [step] = trajectory([a, b], e.id).steps;
      return {
        id: e.id,
        change: step?.change ?? null,
        model: step?.model ?? null,
        values: step?.values ?? null,
      };
    }),
  };
}
