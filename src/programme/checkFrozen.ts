import { programmeIssue, throwProgrammeIssues } from './_messages.js';
import type { Edition } from './types.js';

/**
 * A model version is frozen once an edition uses it: editions that name the same model id and
 * version must have scored the same definition (the same hash).
 */
export function checkFrozen(editions: readonly Edition[]): void {
  const first = new Map<string, Edition>();
  const issues = editions.flatMap((e, i) => {
    const key = `${e.model.id}\u0000${e.model.version}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, e);
      return [];
    }
    return earlier.model.hash === e.model.hash
      ? []
      : [
          programmeIssue('model_version_changed', ['editions', i, 'model'], {
            model: e.model.id,
            version: e.model.version,
            first: earlier.id,
          }),
        ];
  });
  throwProgrammeIssues(issues);
}
