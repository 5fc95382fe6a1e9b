import type { Model, ModelInput, ReapplicationBan } from 'youpin';
import { addDays, addYears } from './_dates.js';
import { definitionOf } from './_definitionOf.js';
import { programmeIssue, throwProgrammeIssues } from './_messages.js';
import type { Register } from './types.js';

/**
 * The re-application bans of a register: every holder of a revoked title may not be selected
 * for the model's `validity.reapplicationBanYears` from the day of the revocation (the last day of
 * the ban is the anniversary less a day); the latest ban of a holder counts. Pass them to
 * `makeEdition` (or `score`'s `bans`): an applicant banned on the evaluation date fails the
 * automatic gate `reapplication_ban`.
 *
 * @param registry - the register
 * @param model - the model whose ban period applies (the model of the coming edition)
 * @returns one ban per holder, sorted by id; none when the model has no ban period
 * @throws YoupinError `not_a_register`
 * @example
 * ```ts
 * import { bansOn, type Register } from 'youpin/programme';
 * import { liaocheng2024 } from 'youpin/presets';
 * const registry = { format: 'youpin.register/1', titles: [{ holder: 'M010', history: [
 *   { date: '2024-09-30', status: 'active' }, { date: '2025-03-01', status: 'revoked' },
 * ] }] } as unknown as Register;
 * bansOn(registry, liaocheng2024); // → [ { id: 'M010', revokedOn: '2025-03-01', until: '2028-02-29' } ]
 * ```
 */
export function bansOn(registry: Register, model: Model | ModelInput): ReapplicationBan[] {
  if (registry?.format !== 'youpin.register/1')
    throwProgrammeIssues([programmeIssue('not_a_register', ['register'])]);
  const definition = definitionOf(model);
  const years = definition.validity?.reapplicationBanYears ?? 0;
  if (years === 0) return [];
  const bans = new Map<string, ReapplicationBan>();
  for (const title of registry.titles) {
    for (const change of title.history) {
      if (change.status !== 'revoked') continue;
      const until = addDays(addYears(change.date, years), -1);
      const known = bans.get(title.holder);
      if (!known || known.until < until)
        bans.set(title.holder, { id: title.holder, revokedOn: change.date, until });
    }
  }
  return [...bans.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
