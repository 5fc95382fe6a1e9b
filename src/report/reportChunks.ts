import type { EntityResult, Report } from '../score/types.js';
import { jsonChunks, reportHeader } from './_jsonChunks.js';
import {
  type Detail,
  type EntityStandard,
  type EntitySummary,
  entityAtDetail,
} from './entityAtDetail.js';

/** Options of {@link reportChunks}. */
export interface ReportChunksOptions {
  /**
   * `json` (default): one JSON document, the report's fields in their order with `entities` as an
   * array. `ndjson`: a first line with the report's fields (without `entities`), then one line
   * per applicant, in input order.
   */
  readonly format?: 'json' | 'ndjson' | undefined;
  /** How much of each applicant (default `full`, the report as it is); see {@link Detail}. */
  readonly detail?: Detail | undefined;
  /**
   * Spaces per level for `json` (default 0: compact). With 2 and `full`, the text is byte for byte
   * `JSON.stringify(report, null, 2)`. NDJSON is always compact.
   */
  readonly indent?: 0 | 2 | undefined;
}

/**
 * The report serialised piece by piece, for a service or a file: no text of the whole report is
 * ever built, so a report of any size can be written (a single `JSON.stringify` of 50,000
 * applicants at full detail passes the longest string JavaScript can hold). Concatenated, the
 * chunks are the JSON (or NDJSON) text. At `summary` or `standard` detail (see {@link Detail}),
 * the report's fields are kept but `definition` (the model) and `engine` are left out (the text is
 * the same whichever engine scored the batch), and the header says which detail it holds.
 *
 * 中文摘要：分段序列化报告（JSON 或 NDJSON），不构建整个报告的文本，适合服务端流式输出；
 * `detail` 选择每个申报对象保留的内容：summary（状态、公布分数、排名、入选与原因代码）、standard、full。
 *
 * @param report - a report from `score` (or its fields with `entities` as an iterable)
 * @param options - `format`, `detail`, `indent`
 * @returns an async iterable of text chunks
 * @example
 * ```ts
 * import { reportChunks, score } from 'youpin';
 * import { liaocheng2024 } from 'youpin/presets';
 * const report = score(liaocheng2024, [
 *   { id: 'A', sector: 'services', values: {}, facts: { years_operating: 2 } },
 * ]);
 * let text = '';
 * for await (const chunk of reportChunks(report, { format: 'ndjson', detail: 'summary' })) text += chunk;
 * const [, first] = text.trim().split('\n');
 * JSON.parse(first ?? '{}').status; // → 'ineligible'
 * ```
 */
export async function* reportChunks(
  report: ReportLike,
  options: ReportChunksOptions = {},
): AsyncGenerator<string, void, undefined> {
  options ??= {}; // null as no options
  const detail = options.detail ?? 'full';
  const layout = { format: options.format ?? 'json', indent: options.indent ?? 0 } as const;
  const source = report.entities;
  const entities = (async function* () {
    for await (const entity of source) yield entityAtDetail(entity, detail);
  })();
  yield* jsonChunks(reportHeader(report, detail), entities, layout);
}

/**
 * A report, or its fields with the applicants coming from elsewhere: an array, or an iterable
 * or async iterable (a service streaming results it keeps in a database; youpin/node streaming a
 * file). Applicants already at a lower detail (from {@link entityAtDetail}) are written as they are.
 */
export type ReportLike = Omit<Report, 'entities'> & {
  readonly entities:
    | Iterable<EntityResult | EntitySummary | EntityStandard>
    | AsyncIterable<EntityResult | EntitySummary | EntityStandard>;
};
