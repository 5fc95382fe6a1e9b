import type { Issue } from '../error/issue.js';
import { makeIssue } from '../error/messages.js';

/**
 * Warnings (`future_event`) for an entity's events dated after the evaluation date. Look-back
 * windows end on that date, so such an event counts for no gate, veto or adjustment; it is kept,
 * not dropped, because a later `revocations` check counts it. Nothing to say without a date.
 */
export function futureEvents(
  entity: {
    readonly index: number;
    readonly events: ReadonlyArray<{ readonly date: string; readonly at?: number | undefined }>;
  },
  evaluationDate: string | null,
): Issue[] {
  if (evaluationDate === null) return [];
  return entity.events.flatMap((event, k) =>
    event.date > evaluationDate
      ? [
          makeIssue('future_event', ['entities', entity.index, 'events', event.at ?? k, 'date'], {
            date: event.date,
            evaluationDate,
          }),
        ]
      : [],
  );
}
