import { listIssues } from '../error/checkArgument.js';
import { change } from './_changes.js';
import { addDays, addYears } from './_dates.js';
import { programmeIssue, throwProgrammeIssues } from './_messages.js';
import { ordered } from './_ordered.js';
import { checkFrozen } from './checkFrozen.js';
import { statusOn } from './statusOn.js';
import type { Edition, Register, StatusChange, Title } from './types.js';

/**
 * Builds the register of titles (称号名录) from the editions of a programme, oldest first: each
 * selected applicant of an edition holds a title from the edition's evaluation date for the
 * model's `validity.years` (its last day is the anniversary less a day). An applicant selected
 * again while its title is still valid — re-evaluated at expiry under the model then in force —
 * has the old title `renewed` and a new one; a title whose validity ended before is `expired`
 * first. Editions that name the same model version must have scored the same model.
 *
 * @param editions - from `makeEdition`, in any order
 * @param previous - the register so far (with the changes `monitor` recorded): its titles and
 *   histories are kept, and only the editions it has not seen are added
 * @returns the register, titles in award order
 * @throws YoupinError `not_an_edition`, `model_version_changed`, `no_validity` (a model
 *   without `validity.years` that selected someone)
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { makeEdition, register } from 'youpin/programme';
 * import { liaocheng2024 } from 'youpin/presets';
 * const rows = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
 * const titles = register([makeEdition(liaocheng2024, rows, { id: '2024' })]).titles;
 * [titles.length, titles[0]?.id, titles[0]?.validUntil, titles[0]?.history[0]?.message]; // → [ 20, '2024/M002', '2027-06-29', 'awarded by edition 2024, valid until 2027-06-29' ]
 * ```
 */
export function register(editions: readonly Edition[], previous?: Register): Register {
  throwProgrammeIssues(listIssues(editions, 'editions'));
  const rounds = ordered(editions);
  checkFrozen(editions);
  if (previous !== undefined && previous?.format !== 'youpin.register/1')
    throwProgrammeIssues([programmeIssue('not_a_register', ['previous'])]);
  const titles: Array<Title & { history: StatusChange[] }> = (previous?.titles ?? []).map((t) => ({
    ...t,
    history: [...t.history],
  }));
  const latest = new Map<string, Title & { history: StatusChange[] }>();
  for (const t of titles) latest.set(t.holder, t);
  const seen = new Set(titles.flatMap((t) => t.history.map((h) => h.edition)));
  for (const edition of rounds) {
    if (seen.has(edition.id)) continue;
    const date = edition.evaluationDate;
    const years = edition.report.definition.validity?.years;
    for (const e of edition.report.entities) {
      if (e.status !== 'scored' || !e.selection?.selected) continue;
      if (years === undefined)
        throwProgrammeIssues([
          programmeIssue('no_validity', ['editions', editions.indexOf(edition)], {
            model: edition.model.id,
          }),
        ]);
      const before = latest.get(e.id);
      const status = before ? statusOn(before, date) : null;
      if (before && (status === 'active' || status === 'rectification' || status === 'suspended'))
        before.history.push(
          change('renewed', date, { edition: edition.id }, { edition: edition.id }),
        );
      else if (before && status === 'expired' && before.history.at(-1)?.status !== 'expired') {
        const end = addDays(before.validUntil, 1);
        before.history.push(change('expired', end, { until: before.validUntil }));
      }
      const validUntil = addDays(addYears(date, years as number), -1);
      const title = {
        id: `${edition.id}/${e.id}`,
        holder: e.id,
        name: e.name,
        sector: e.sector,
        edition: edition.id,
        model: { id: edition.model.id, version: edition.model.version },
        awarded: date,
        validUntil,
        history: [
          change(
            'awarded',
            date,
            { edition: edition.id, until: validUntil },
            { edition: edition.id },
          ),
        ],
      };
      titles.push(title);
      latest.set(e.id, title);
    }
  }
  return { format: 'youpin.register/1', titles };
}
