import { score } from 'youpin';
import { programmeIssue, throwProgrammeIssues } from './_messages.js';
import { hashOf } from './hashOf.js';
import { LIBRARY_VERSION } from './makeEdition.js';
import type { Edition } from './types.js';

/** What {@link replay} found. */
export interface ReplayResult {
  /** The report scored again is the recorded one, to the byte (as JSON). */
  readonly identical: boolean;
  /** The recorded model and batch still have the hashes the edition states. */
  readonly modelIntact: boolean;
  readonly batchIntact: boolean;
  /** The youpin version that made the edition, and the one that replayed it. */
  readonly library: { readonly recorded: string; readonly current: string };
  /** Where the reports differ (JSON paths, at most 20), with both values as JSON. */
  readonly differences: ReadonlyArray<{
    readonly path: string;
    readonly recorded: string;
    readonly replayed: string;
  }>;
}

/**
 * Scores an edition again — its model, rows, evaluation date and bans, with the exact engine — and
 * compares the report with the recorded one, byte for byte. For an audit or an appeal years later:
 * a difference names the first places the reports part, and which of the model, the batch or the
 * library changed.
 *
 * @param edition - from `makeEdition` (stored and read back as JSON)
 * @returns whether the report is identical, whether the model and the batch match their hashes,
 *   the library versions, and up to 20 differences
 * @throws YoupinError `not_an_edition`
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { makeEdition, replay } from 'youpin/programme';
 * import { liaocheng2024 } from 'youpin/presets';
 * const rows = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
 * const stored = JSON.parse(JSON.stringify(makeEdition(liaocheng2024, rows, { id: '2024' })));
 * replay(stored).identical; // → true
 * stored.batch.rows[0].values.m_Q2 = 99; // an edited row
 * const again = replay(stored);
 * [again.identical, again.batchIntact, again.differences[0]?.path]; // → [ false, false, 'counts.scored' ]
 * ```
 */
export function replay(edition: Edition): ReplayResult {
  if (edition?.format !== 'youpin.edition/1' || !edition.report || !edition.batch)
    throwProgrammeIssues([programmeIssue('not_an_edition', ['edition'])]);
  const again = score(edition.report.definition, edition.batch.rows, {
    evaluationDate: edition.evaluationDate,
    bans: edition.bans,
    engine: 'exact',
  });
  const differences: Array<{ path: string; recorded: string; replayed: string }> = [];
  compare(
    JSON.parse(JSON.stringify(edition.report)),
    JSON.parse(JSON.stringify(again)),
    '',
    differences,
  );
  return {
    identical: JSON.stringify(again) === JSON.stringify(edition.report),
    modelIntact: hashOf(edition.report.definition) === edition.model.hash,
    batchIntact: hashOf(edition.batch.rows) === edition.batch.hash,
    library: { recorded: edition.library, current: LIBRARY_VERSION },
    differences,
  };
}

const MOST = 20;

function compare(
  a: unknown,
  b: unknown,
  path: string,
  out: Array<{ path: string; recorded: string; replayed: string }>,
): void {
  if (out.length >= MOST) return;
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) !== Array.isArray(b)) {
      out.push({ path, recorded: JSON.stringify(a), replayed: JSON.stringify(b) });
      return;
    }
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const at = Array.isArray(a) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      compare((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], at, out);
    }
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b))
    out.push({
      path,
      recorded: JSON.stringify(a) ?? 'absent',
      replayed: JSON.stringify(b) ?? 'absent',
    });
}
