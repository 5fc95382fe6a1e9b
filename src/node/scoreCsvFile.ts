import {
  type EntityInput,
  type EntityResult,
  type EntityStandard,
  type EntitySummary,
  entityAtDetail,
  type Issue,
  type Model,
  type NoticeCode,
  type NoticeCounts,
  noticesOf,
  type Report,
  score,
  toCsv,
} from 'youpin';
import { idKey } from '../entity/idKey.js';
import { textIssues } from '../error/checkArgument.js';
import { jsonPieces, reportHeader } from '../report/_jsonChunks.js';
import type { TableRow } from './_cells.js';
import { csvChunks } from './_csvChunks.js';
import {
  type CsvRows,
  csvRows,
  finishCsvLine,
  RECORD,
  readSpoolLine,
  spoolLine,
} from './_csvLines.js';
import { openFileWriter, TextBytes } from './_fileWriter.js';
import { idSet } from './_idSet.js';
import { FAST_MARK, jsonRows } from './_jsonRows.js';
import { nodeError, throwNodeIssues } from './_messages.js';
import { modelArgument } from './_modelArgument.js';
import { outcomeKey } from './_outcomeKey.js';
import { factOf, isCandidate, type QuotaDraw, quotaDraw } from './_quotaDraw.js';
import { rankIndex } from './_rankIndex.js';
import type { Plan } from './_readTable.js';
import { type CellPlan, NEEDS_ENTITY, rowProgramme } from './_rowProgramme.js';
import { scaledFigure } from './_scaled.js';
import { openSpool, type Spool } from './_spool.js';
import { streamProblem } from './_streamable.js';
import type { ScoreCsvFileOptions, ScoredCsvFile, StreamedEntity } from './types.js';

/**
 * Scores a CSV file of any size in bounded memory: reads it as a stream (`readCsvChunks`), scores
 * each chunk with `score`, keeps a few numbers per applicant, then ranks and draws the list over
 * the whole file, and writes the results — the columns of `toCsv`, or NDJSON — to `out`.
 *
 * The results are those of `score(model, (await readBatch(file, model)).entities)`: the same
 * statuses, issues (with whole-file paths), published figures, competition ranks (overall and in
 * the sector) and selection (threshold, floors, quotas, the tie-break chain at the cut, bands);
 * the CSV text is byte for byte `toCsv`'s. Duplicate ids are found across chunks too (the later
 * rows get `duplicate_id`). While it reads, each applicant costs about 40 bytes of memory (its id,
 * kept in a compact set to find duplicates, and its total, kept for the ranks) and a candidate of
 * the quota draw a few dozen more; results wait in a temporary file
 * and are written after the draw. The summary counts the notices that need action before
 * publication (`noticesOf`), which the CSV's last column lists per applicant. A row that cannot be read (`stray_quote`, `row_too_long`) is
 * reported with its row number and the rest of the file is read on.
 *
 * Not for models whose scores depend on the whole batch (cohort methods such as `minmax`): those
 * are refused (`not_streamable`); score them with `readBatch` and `score`. See docs/big-files.md.
 *
 * 中文摘要：以流式方式为任意大小的 CSV 文件计分，内存占用有界；结果（与 `toCsv` 相同的列，或 NDJSON）
 * 与整批读入后 `score` 的结果完全一致，包括跨块的重复编号、全文件排名与入选名单。按群体计分的模型
 * （minmax 等）不能分块计分，会被拒绝（`not_streamable`）。
 *
 * @param file - a .csv, .tsv or .txt file (see `readBatch` for its columns)
 * @param model - a model from `defineModel`
 * @param options - `out` (a file or a function taking text), `format` (`csv` or `ndjson`),
 *   `locale`, `evaluationDate`, `engine`, `encoding`, `chunkSize`, `onIssue`, `onProgress`
 * @returns the counts, the encoding, the engine and the number of problems
 * @throws YoupinError `not_streamable`, `file_unwritable`, `invalid_date`, `invalid_value`
 *   (locale), and those of `readCsvChunks`
 * @example
 * ```ts
 * import { defineModel } from 'youpin';
 * import { scoreCsvFile } from 'youpin/node';
 * import { liaocheng2024 } from 'youpin/presets';
 * const model = defineModel(liaocheng2024);
 * const lines: string[] = [];
 * const summary = await scoreCsvFile('examples/data/sample-batch.csv', model, {
 *   chunkSize: 40, // small, to show chunks at work: ranks and the list still span the whole file
 *   format: 'ndjson',
 *   out: (text) => { lines.push(...text.split('\n').filter((line) => line !== '')); },
 * });
 * summary.counts; // → { entities: 127, scored: 112, ineligible: 10, vetoed: 2, invalid: 3, selected: 19 }
 * const second = JSON.parse(lines[1] ?? '{}');
 * [second.id, second.row, second.total, second.rank, second.selection.reason]; // → [ 'M002', 3, '93.50', { sector: 1, overall: 1 }, 'selected' ]
 * ```
 */
export async function scoreCsvFile(
  file: string,
  model: Model,
  options: ScoreCsvFileOptions = {},
): Promise<ScoredCsvFile> {
  throwNodeIssues(textIssues(file, 'file'));
  model = modelArgument(model);
  const problem = streamProblem(model);
  if (problem) throw nodeError('not_streamable', { model: model.id, ...problem });
  const { out, onIssue, onProgress } = options;
  const format =
    options.format ??
    (typeof out !== 'string'
      ? 'csv'
      : /\.(ndjson|jsonl)$/i.test(out)
        ? 'ndjson'
        : /\.json$/i.test(out)
          ? 'json'
          : 'csv');
  // json always, ndjson with a detail: written as reportChunks writes a report.
  const detail =
    format === 'json'
      ? (options.detail ?? 'full')
      : format === 'ndjson'
        ? options.detail
        : undefined;
  const scoring = {
    engine: options.engine ?? 'fast',
    ...(options.evaluationDate === undefined ? {} : { evaluationDate: options.evaluationDate }),
  } as const;
  // An empty batch gives the report's head (and checks the date); an empty CSV, its header line.
  const head = score(model, [], scoring);
  const locale = options.locale ?? 'both';
  const csvHead = toCsv(head, { locale });
  const rows = format === 'csv' ? csvRows(head, locale) : null;
  // 250 applicants a chunk: what a chunk allocates then mostly dies young, where 1000 had V8 move
  // each chunk's report to the old space and let it pile up there (1M rows: 749 MiB peak, 250: see
  // docs/big-files.md).
  const chunkSize = options.chunkSize ?? 250;
  const dimensions = new Set(model.nodes.filter((n) => n.depth === 1).map((n) => n.id));
  // The compiled row programme, for outputs of published figures only (csv, summary, standard);
  // `engine: 'exact'`, ndjson without a detail and full detail keep score() for every row.
  const programme =
    scoring.engine !== 'exact' && (format === 'csv' || (detail && detail !== 'full'))
      ? rowProgramme(
          model,
          options.evaluationDate ?? null,
          detail === 'standard' ? 'standard' : detail === 'summary' ? 'summary' : 'published',
        )
      : null;
  // The programme's applicants as JSON, rendered from their figures (see _jsonRows.ts).
  const json =
    programme && detail && detail !== 'full'
      ? jsonRows(detail, format === 'json' && options.indent === 2 ? 2 : 0)
      : null;
  const selection = model.definition.selection;
  const draw = selection ? quotaDraw(selection, model.id) : null;
  const ranks = rankIndex();
  const seen = idSet();
  const counts = { entities: 0, scored: 0, ineligible: 0, vetoed: 0, invalid: 0, selected: 0 };
  const warnings = new Map<string, Issue>();
  const notices = { applicants: 0, codes: { ...noticesOf(head).total.codes } };
  // noticesOf's counts of one applicant of the programme, remembered by its outcome (all that
  // they depend on): a file's warned rows come in a few kinds.
  const noticeCounts = new Map<string, NoticeCounts>();
  const programmeNotices = (e: EntityResult): NoticeCounts => {
    const outcome = outcomeKey(e);
    let counts = noticeCounts.get(outcome);
    if (counts === undefined) {
      counts = noticesOf({ ...head, entities: [e] }).total;
      if (noticeCounts.size < 1000) noticeCounts.set(outcome, counts);
    }
    return counts;
  };
  let engine: Report['engine'] = head.engine;
  let encoding = 'utf-8';
  let bytes = 0;
  let fileIssues = 0;
  let entitiesWithIssues = 0;

  const sink = out === undefined ? null : await openOutput(out);
  // JSON at a detail: the chunk's spooled records, as UTF-8 (written to the spool at once).
  const records = new TextBytes();
  let spool: Spool | null = null;
  try {
    spool = sink ? await openSpool() : null;
    // With a programme, rows that read cleanly wait as their cells: the programme reads them.
    const lazy = programme !== null;
    for await (const chunk of csvChunks(file, model, { ...options, chunkSize }, lazy)) {
      encoding = chunk.encoding;
      bytes = chunk.totalBytes;
      for (const issue of chunk.notices)
        onIssue?.({ kind: 'notice', issue, location: chunk.locate(issue.path) });
      for (const issue of chunk.issues) {
        fileIssues++;
        onIssue?.({ kind: 'file', issue, location: chunk.locate(issue.path) });
      }
      const size = chunk.entities.length;
      if (size === 0) continue;
      // Plain rows through the compiled programme; every other row through score(), together.
      const plain: Array<EntityResult | null> = [];
      // The cells and plan of a row the programme read from its cells (for the draw's facts).
      const cellPlans: Array<CellPlan | null> = [];
      // The programme's totals as integers of the last decimal (no text to read back).
      const totals = new Float64Array(size);
      const rest: number[] = [];
      const ghosts = new Map<string, EntityInput>();
      const restIds = new Set<string>();
      for (let k = 0; k < size; k++) {
        const index = chunk.first + k;
        let input = chunk.entities[k] ?? null;
        let result: EntityResult | null = null;
        let read: CellPlan | null = null;
        let id: string | null;
        // What ids are compared by (idKey): the core's duplicate_id for `M001` after `Ｍ００１`.
        let key: string | null;
        const plan =
          programme && input === null && chunk.table
            ? programme.cellPlan(chunk.plans[k] as Plan, chunk.sectors[k] as string)
            : null;
        // One look-up in the set of ids met before: whether this row's is new, and adds it.
        let fresh = false;
        if (programme && plan) {
          const row = chunk.rows[k] as TableRow;
          id = programme.cellId(row, plan);
          key = id === null ? null : idKey(id);
          fresh = key !== null && seen.add(key);
          if (fresh) {
            const scored = programme.runCells(row, plan, index);
            if (scored === NEEDS_ENTITY) {
              input = chunk.entity(k);
              result = programme.run(input, index);
            } else {
              result = scored;
              read = plan;
            }
          }
        } else {
          input ??= chunk.entity(k);
          id = readId(input.id);
          key = id === null ? null : idKey(id);
          fresh = key !== null && seen.add(key);
          if (programme && fresh) result = programme.run(input, index);
        }
        plain.push(result);
        if (result && programme) totals[k] = programme.lastTotal;
        if (!result) {
          input ??= chunk.entity(k);
          read = null;
          rest.push(k);
          // A stand-in for an id met before its first row here (see wholeFilePath).
          if (id !== null && key !== null && !restIds.has(key)) {
            if (!fresh) ghosts.set(key, { id, sector: '', values: {} });
            restIds.add(key);
          }
        }
        cellPlans.push(read);
      }
      const stand = ghosts.size;
      const report =
        rest.length === 0
          ? null
          : score(
              model,
              [...ghosts.values(), ...rest.map((k) => chunk.entity(k))],
              // Beside the programme, the rows left are those the kernel cannot hold (a missing
              // value, a failed verification …): the exact engine spares them the float attempt.
              // Its published figures are the fast engine's, and these outputs hold no others.
              programme ? { ...scoring, engine: 'exact' } : scoring,
            );
      if (report) {
        if (report.engine === 'fast') engine = 'fast';
        for (const w of report.warnings) warnings.set(JSON.stringify(w), w);
        addNotices(notices, noticesOf(report).total); // the stand-ins are invalid: they have none
      }
      // The whole file's index of entity j of the report (after the stand-ins).
      const fileIndex = (j: number) => chunk.first + (rest[j - stand] as number);
      const lines: string[] = [];
      let next = stand;
      for (let k = 0; k < size; k++) {
        const index = chunk.first + k;
        const fromProgramme = plain[k] ?? null;
        const e = fromProgramme ?? (report?.entities[next++] as EntityResult);
        const move = fromProgramme ? null : (issue: Issue) => wholeFilePath(issue, fileIndex);
        const issues = move ? e.issues.map(move) : NONE;
        // The programme's warnings (pending or failed verifications, missing values): notices,
        // counted as noticesOf counts them.
        if (fromProgramme && e.warnings.length > 0) addNotices(notices, programmeNotices(e));
        counts.entities++;
        counts[e.status]++;
        if (issues.length > 0) entitiesWithIssues++;
        for (const issue of issues)
          onIssue?.({ kind: 'entity', issue, location: chunk.locate(issue.path) });
        const total =
          e.status !== 'scored'
            ? null
            : fromProgramme
              ? (totals[k] as number)
              : scaledFigure(e.total, model.id);
        if (e.status === 'scored') ranks.add(e.sector, total as number);
        if (draw && isCandidate(e)) {
          const plan = cellPlans[k];
          const row = chunk.rows[k] as TableRow | undefined;
          const input = chunk.entities[k] as EntityInput;
          draw.offer(index, e, (name) =>
            plan && programme && row ? programme.cellFact(row, plan, name) : factOf(input, name),
          );
        }
        if (!spool) continue;
        const warned = move ? e.warnings.map(move) : (e.warnings as Issue[]);
        if (rows) {
          // A scored row of the programme waits as a short record (its words are remembered).
          const record = fromProgramme ? rows.record(fromProgramme, totals[k] as number) : null;
          if (record !== null) {
            lines.push(record);
            continue;
          }
          // A row of the programme has the whole file's index and paths already.
          const line = rows.row(fromProgramme ?? { ...e, index, issues, warnings: warned });
          lines.push(spoolLine(line, e.status === 'scored' ? e.sector : null, total));
          continue;
        }
        if (detail) {
          // A record's bytes, then the end of the record.
          if (json && fromProgramme) json.record(fromProgramme, total ?? 0, records);
          else
            records.add([
              JSON.stringify(entityAtDetail({ ...e, index, issues, warnings: warned }, detail)),
            ]);
          records.addByte(END_OF_RECORD);
          continue;
        }
        const row = chunk.locate(['entities', index])?.row ?? null;
        lines.push(JSON.stringify(trimmed(e, index, row, issues, warned, dimensions)));
      }
      if (spool) {
        // JSON at a detail: the chunk's records as bytes, each ended by a byte 0 (an indented one
        // holds line breaks).
        if (detail) {
          await spool.write(records.bytes.subarray(0, records.length));
          records.length = 0;
        } else await spool.write(`${lines.join('\n')}\n`);
      }
      onProgress?.({
        phase: 'scoring',
        rows: counts.entities,
        bytes: chunk.bytesRead,
        totalBytes: chunk.totalBytes,
      });
    }
    ranks.freeze();
    draw?.draw();
    counts.selected = draw?.selected() ?? 0;
    if (sink && spool) {
      const report = { ...head, engine, counts, warnings: [...warnings.values()] };
      const complete = (e: StreamedEntity): StreamedEntity => finish(e, ranks, draw, model.id);
      let batch: StreamedEntity[] = [];
      let written = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        const text = `${batch.map((e) => JSON.stringify(e)).join('\n')}\n`;
        written += batch.length;
        batch = [];
        await sink.write(text);
        onProgress?.({ phase: 'writing', rows: written, total: counts.entities });
      };
      if (detail) {
        // As reportChunks writes score()'s report: the head's fields, then the applicants.
        const total = counts.entities;
        const pretty = format === 'json' && options.indent === 2;
        const rankOf = (sector: string, scaled: number) => ranks.rank(sector, scaled);
        const entities = (async function* () {
          let index = 0;
          for await (const batch of (spool as Spool).recordBytes(END_OF_RECORD)) {
            // The last batch's bytes are written (jsonPieces by batch): their room is reused.
            json?.release();
            // An applicant of the programme comes as its UTF-8 bytes, any other as its text.
            const texts: Array<string | Uint8Array> = [];
            const { bytes, ends } = batch;
            let from = 0;
            for (let r = 0; r < batch.count; r++) {
              const to = ends[r] as number;
              if (bytes[from] === FAST_MARK && json) {
                texts.push(json.finish(bytes, from, to, index, rankOf, draw?.outcome(index)));
              } else {
                const record = bytes.toString('utf8', from, to);
                const e = finish(JSON.parse(record) as EntitySummary, ranks, draw, model.id);
                texts.push(
                  pretty
                    ? JSON.stringify(e, null, 2).replaceAll('\n', '\n    ')
                    : JSON.stringify(e),
                );
              }
              from = to + 1;
              index++;
              if (++written % chunkSize === 0 || written === total)
                onProgress?.({ phase: 'writing', rows: written, total });
            }
            yield texts;
          }
        })();
        const layout = { format: format as 'json' | 'ndjson', indent: pretty ? 2 : 0 } as const;
        for await (const pieces of jsonPieces(
          reportHeader({ ...report, entities: [] }, detail),
          entities,
          layout,
          true,
        ))
          await sink.writePieces(pieces);
      } else if (format === 'csv') {
        // Each line as toCsv wrote it, with the whole file's ranks and draw filled in.
        const rankOf = (sector: string, total: number) => ranks.rank(sector, total);
        await sink.write(csvHead);
        let texts: string[] = [];
        const flushTexts = async () => {
          if (texts.length === 0) return;
          written += texts.length;
          const text = texts.join('');
          texts = [];
          await sink.write(text);
          onProgress?.({ phase: 'writing', rows: written, total: counts.entities });
        };
        let index = 0;
        for await (const records of spool.records('\n')) {
          for (const text of records) {
            if (text.charCodeAt(0) === RECORD_CODE) {
              texts.push((rows as CsvRows).finishRecord(text, index, rankOf, draw?.outcome(index)));
              index++;
              if (texts.length >= chunkSize) await flushTexts();
              continue;
            }
            const { line, sector, total } = readSpoolLine(text);
            const scored = sector !== null && total !== null;
            texts.push(
              finishCsvLine(
                line,
                scored ? ranks.rank(sector, total) : null,
                scored ? draw?.outcome(index) : undefined,
                locale,
              ),
            );
            index++;
            if (texts.length >= chunkSize) await flushTexts();
          }
        }
        await flushTexts();
      } else {
        for await (const records of spool.records('\n'))
          for (const line of records) {
            batch.push(complete(JSON.parse(line) as StreamedEntity));
            if (batch.length >= chunkSize) await flush();
          }
        await flush();
      }
    }
  } finally {
    await spool?.close();
    await sink?.close();
  }
  return {
    model: { id: model.id, version: model.version },
    engine,
    evaluationDate: head.evaluationDate,
    encoding,
    counts,
    fileIssues,
    entitiesWithIssues,
    warnings: [...warnings.values()],
    notices,
    bytes,
  };
}

const NONE: Issue[] = [];
/** The end of a spooled applicant of JSON at a detail (an indented one holds line breaks). */
const END_OF_RECORD = 0;
const RECORD_CODE = RECORD.charCodeAt(0);

/** Adds the notice counts of a chunk to the whole file's. */
function addNotices(
  sum: { applicants: number; codes: Record<NoticeCode, number> },
  chunk: NoticeCounts,
): void {
  sum.applicants += chunk.applicants;
  for (const [code, n] of Object.entries(chunk.codes) as Array<[NoticeCode, number]>)
    sum.codes[code] = (sum.codes[code] ?? 0) + n;
}

/** The core's id of a row (readEntity's readId): a text that is not blank, or a finite number. */
function readId(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/**
 * An issue of the report's entity j with the whole file's index. Stand-ins, one per id of the
 * chunk that came before its first row for score(), are placed before those rows: the core then
 * gives the row the `duplicate_id` issue (the core's own, in the core's order among the row's
 * issues) as if the whole file were one batch; their results are dropped.
 */
function wholeFilePath(issue: Issue, fileIndex: (j: number) => number): Issue {
  const [head, j, ...rest] = issue.path;
  if (head !== 'entities' || typeof j !== 'number') return issue;
  return { ...issue, path: ['entities', fileIndex(j), ...rest] };
}

/** What a result keeps on its way to the output (see StreamedEntity). */
function trimmed(
  e: EntityResult,
  index: number,
  row: number | null,
  issues: Issue[],
  warnings: Issue[],
  dimensions: ReadonlySet<string>,
): StreamedEntity {
  return {
    row,
    ...e,
    index,
    issues,
    warnings,
    nodes: e.nodes.filter((n) => dimensions.has(n.id)),
    eligibility: {
      gates: e.eligibility.gates.filter((g) => g.result === 'failed' || g.result === 'unknown'),
      vetoes: e.eligibility.vetoes.filter((v) => v.result === 'fired'),
    },
  };
}

/** A result with the whole file's ranks and, for a candidate, the outcome of the quota draw. */
function finish<E extends StreamedEntity | EntitySummary | EntityStandard>(
  e: E,
  ranks: ReturnType<typeof rankIndex>,
  draw: QuotaDraw | null,
  model: string,
): E {
  // A scored applicant's ranks so far are its chunk's: the whole file's replace them here.
  if (e.status !== 'scored' || e.total === null || e.sector === null) return e;
  const rank = ranks.rank(e.sector, scaledFigure(e.total, model));
  const outcome = draw?.outcome(e.index);
  if (!outcome) return { ...e, rank };
  return {
    ...e,
    rank,
    selection: {
      selected: outcome.selected,
      reason: outcome.reason,
      band: e.selection?.band ?? null,
      failedFloors: [],
      position: outcome.position,
      tieBreak: outcome.tieBreak,
    },
  };
}

/** Where the results go: a file opened now (so that a bad path fails before the work), or a function. */
async function openOutput(out: string | ((text: string) => void | Promise<void>)): Promise<{
  write(text: string): Promise<void>;
  /** Writes the pieces' text (their join; bytes are UTF-8), in one call of `out` or by one buffer. */
  writePieces(pieces: ReadonlyArray<string | Uint8Array>): Promise<void>;
  close(): Promise<void>;
}> {
  if (typeof out !== 'function') {
    const file = await openFileWriter(out);
    return {
      write: (text) => file.write([text]),
      // No string of the whole chunk is made (a piece of JSON is one applicant, or a separator).
      writePieces: (pieces) => file.write(pieces),
      close: () => file.close(),
    };
  }
  const gathered = new TextBytes();
  return {
    write: async (text) => {
      await out(text);
    },
    // Gathered and decoded once: a decoder's call per piece (an applicant) was a microsecond an
    // applicant.
    writePieces: async (pieces) => {
      gathered.add(pieces);
      const text = gathered.bytes.toString('utf8', 0, gathered.length);
      gathered.length = 0;
      await out(text);
    },
    close: async () => {},
  };
}
