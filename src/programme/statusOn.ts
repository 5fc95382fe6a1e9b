import { listIssues, objectIssues } from '../error/checkArgument.js';
import { throwProgrammeIssues } from './_messages.js';
import type { Title, TitleStatus } from './types.js';

/**
 * A title's status on a date: its last change on or before it, and `expired` after its last day
 * of validity for a title still active or under rectification. `null` before the award.
 *
 * @param title - a title of a register
 * @param date - the day (YYYY-MM-DD)
 * @returns the status that day
 * @example
 * ```ts
 * import { statusOn, type Title } from 'youpin/programme';
 * const title = {
 *   validUntil: '2027-09-29',
 *   history: [{ date: '2024-09-30', status: 'active' }],
 * } as unknown as Title;
 * [statusOn(title, '2024-09-29'), statusOn(title, '2027-09-29'), statusOn(title, '2027-09-30')]; // → [ null, 'active', 'expired' ]
 * ```
 */
export function statusOn(title: Title, date: string): TitleStatus | null {
  throwProgrammeIssues(objectIssues(title, 'title'));
  throwProgrammeIssues(listIssues(title.history, ['title', 'history']));
  let status: TitleStatus | null = null;
  for (const change of title.history) if (change.date <= date) status = change.status;
  if (
    (status === 'active' || status === 'rectification' || status === 'suspended') &&
    date > title.validUntil
  )
    return 'expired';
  return status;
}
