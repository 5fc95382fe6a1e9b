import { programmeIssue, throwProgrammeIssues } from './_messages.js';
import type { Edition } from './types.js';

/** The editions by evaluation date (then as given), each checked to be one. */
export function ordered(editions: readonly Edition[]): Edition[] {
  editions.forEach((e, i) => {
    if (e?.format !== 'youpin.edition/1')
      throwProgrammeIssues([programmeIssue('not_an_edition', ['editions', i])]);
  });
  return editions
    .map((edition, order) => ({ edition, order }))
    .sort(
      (a, b) =>
        a.edition.evaluationDate.localeCompare(b.edition.evaluationDate) || a.order - b.order,
    )
    .map((x) => x.edition);
}
