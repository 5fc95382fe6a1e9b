import {
  type EntityInput,
  type Model,
  type ModelInput,
  type ReapplicationBan,
  score,
} from 'youpin';
import { listIssues, objectIssues } from '../error/checkArgument.js';
import { isDate } from './_dates.js';
import { definitionOf } from './_definitionOf.js';
import { programmeIssue, throwProgrammeIssues } from './_messages.js';
import { checkFrozen } from './checkFrozen.js';
import { hashOf } from './hashOf.js';
import type { Edition } from './types.js';

declare const __YOUPIN_VERSION__: string | undefined;

/**
 * The version of youpin that makes an edition, set at build time (`source` when run from the
 * sources): `replay` reports it beside the recorded one.
 *
 * @example
 * ```ts
 * import { LIBRARY_VERSION } from 'youpin/programme';
 * /^\d+\.\d+\.\d+|^source$/.test(LIBRARY_VERSION); // → true
 * ```
 */
export const LIBRARY_VERSION: string =
  typeof __YOUPIN_VERSION__ === 'string' ? __YOUPIN_VERSION__ : 'source';

/** Options of {@link makeEdition}. */
export interface EditionOptions {
  /** The round's name (`2024`). */
  readonly id: string;
  /** The evaluation date, if not the model's. */
  readonly evaluationDate?: string | undefined;
  /** Re-application bans (from `bansOn(register, model, date)`); those in force on the date apply. */
  readonly bans?: readonly ReapplicationBan[] | undefined;
  /** Earlier editions: a model version they used must not have changed (it is frozen). */
  readonly editions?: readonly Edition[] | undefined;
}

/**
 * Scores one round and keeps it as plain data (see {@link Edition}), with the exact engine so that
 * the report holds every figure. The rows are kept as JSON has them; the model and the batch are
 * identified by the SHA-256 of their canonical JSON.
 *
 * @param model - the model of the round (frozen once an edition uses its version)
 * @param rows - the applicants
 * @param options - the round's `id`, its evaluation date, the bans, earlier editions
 * @returns the edition
 * @throws YoupinError `model_version_changed`, `missing_evaluation_date`, any issue of
 *   `defineModel` or `score`
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { makeEdition, replay } from 'youpin/programme';
 * import { liaocheng2024 } from 'youpin/presets';
 * const rows = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
 * const edition = makeEdition(liaocheng2024, rows, { id: '2024' });
 * [edition.model.version, edition.evaluationDate, edition.report.counts.selected]; // → [ '2024.1-proposed', '2024-06-30', 20 ]
 * replay(edition).identical; // → true
 * ```
 */
export function makeEdition(
  model: Model | ModelInput,
  rows: readonly EntityInput[],
  options: EditionOptions,
): Edition {
  throwProgrammeIssues(objectIssues(model, 'model')); // its definition is checked by score
  throwProgrammeIssues(listIssues(rows, 'rows'));
  throwProgrammeIssues(objectIssues(options, 'options'));
  const evaluationDate = options.evaluationDate ?? definitionOf(model).evaluationDate ?? null;
  if (!isDate(evaluationDate))
    throwProgrammeIssues([
      programmeIssue('bad_check_date', ['options', 'evaluationDate'], {
        value: String(evaluationDate),
      }),
    ]);
  const date = evaluationDate as string;
  const bans = [...(options.bans ?? [])]
    .filter((b) => b.revokedOn <= date && date <= b.until)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const plain = JSON.parse(JSON.stringify(rows)) as EntityInput[];
  const report = score(model, plain, { evaluationDate: date, bans, engine: 'exact' });
  const edition: Edition = {
    format: 'youpin.edition/1',
    id: options.id,
    model: {
      id: report.model.id,
      version: report.model.version,
      hash: hashOf(report.definition),
    },
    evaluationDate: date,
    batch: { hash: hashOf(plain), rows: plain },
    bans,
    library: LIBRARY_VERSION,
    report,
  };
  checkFrozen([...(options.editions ?? []), edition]);
  return edition;
}
