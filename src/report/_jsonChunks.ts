import type { Detail } from './entityAtDetail.js';
import type { ReportLike } from './reportChunks.js';

// Private: the writer behind reportChunks and youpin/node's scoreCsvFile. A header object whose
// `entities` key marks where the applicants go, and the applicants one by one (from memory or
// from a spool on disk), written as JSON or NDJSON in chunks; no text of the whole is ever built.

/** A chunk is given once it passes this many characters. */
export const CHUNK_CHARS: number = 64 * 1024;

/** How the applicants are written: one JSON document (compact or indented by 2), or NDJSON. */
export interface JsonLayout {
  readonly format: 'json' | 'ndjson';
  readonly indent: 0 | 2;
}

/**
 * The text of `{ ...header, entities: [...entities] }` in `layout`, piece by piece. With indent 2
 * it is byte for byte `JSON.stringify(whole, null, 2)`; NDJSON is the header without `entities`
 * on the first line, then one applicant per line.
 */
export async function* jsonChunks(
  header: Readonly<Record<string, unknown>>,
  entities: Iterable<unknown> | AsyncIterable<unknown>,
  layout: JsonLayout,
): AsyncGenerator<string, void, undefined> {
  yield* jsonDocument(header, entityTexts(entities, layout), layout);
}

/** Applicants' texts as the document holds them (indented, their first line at 4 spaces), in batches. */
async function* entityTexts(
  entities: Iterable<unknown> | AsyncIterable<unknown>,
  layout: JsonLayout,
): AsyncGenerator<string[], void, undefined> {
  const pretty = layout.format === 'json' && layout.indent === 2;
  let batch: string[] = [];
  for await (const entity of entities) {
    const text = JSON.stringify(entity, null, layout.format === 'json' ? layout.indent : 0);
    batch.push(pretty ? text.replaceAll('\n', '\n    ') : text);
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Applicants' texts handed over at a time (a promise per batch, not per applicant). */
const BATCH = 256;

/**
 * The document of `{ ...header, entities: [texts] }` in `layout`, in chunks, with each applicant's
 * text made already (by entityTexts, or by youpin/node's rows rendered from their figures) and
 * given in batches, in order.
 */
export async function* jsonDocument(
  header: Readonly<Record<string, unknown>>,
  texts: AsyncIterable<readonly string[]>,
  layout: JsonLayout,
): AsyncGenerator<string, void, undefined> {
  for await (const pieces of jsonPieces(header, texts, layout)) yield pieces.join('');
}

/**
 * jsonDocument's chunks as the pieces they are made of (join each to get the chunk): a writer
 * that encodes them one by one spares the long string of a whole chunk (for a million applicants,
 * about 1 µs each of flattening 64 K characters at a time, and the garbage of it). An applicant's
 * text may also come as its UTF-8 bytes (youpin/node's rows rendered from their figures); a chunk
 * then ends after about CHUNK_CHARS characters or bytes.
 */
export async function* jsonPieces<P extends string | Uint8Array>(
  header: Readonly<Record<string, unknown>>,
  texts: AsyncIterable<readonly P[]>,
  layout: JsonLayout,
  /** Also ends a chunk after each batch of texts: the batch's pieces are then all taken before the next batch is asked for. */
  byBatch = false,
): AsyncGenerator<Array<string | P>, void, undefined> {
  let pieces: Array<string | P> = [];
  let length = 0;
  const add = (text: string | P) => {
    pieces.push(text);
    length += text.length;
  };
  const full = () => length >= CHUNK_CHARS;
  const take = () => {
    const chunk = pieces;
    pieces = [];
    length = 0;
    return chunk;
  };
  if (layout.format === 'ndjson') {
    const { entities: _, ...fields } = header;
    add(`${JSON.stringify(fields)}\n`);
    for await (const batch of texts) {
      for (const text of batch) {
        add(text);
        add('\n');
        if (full()) yield take();
      }
      if (byBatch && length > 0) yield take();
    }
    if (length > 0) yield take();
    return;
  }
  const pretty = layout.indent === 2;
  const field = (key: string) =>
    pretty ? `\n  ${JSON.stringify(key)}: ` : `${JSON.stringify(key)}:`;
  const at = (value: unknown) => {
    const text = JSON.stringify(value, null, layout.indent);
    return pretty ? text.replaceAll('\n', '\n  ') : text;
  };
  const before = pretty ? ',\n    ' : ',';
  add('{');
  let fields = 0;
  for (const key of Object.keys(header)) {
    if (fields++ > 0) add(',');
    add(field(key));
    if (key !== 'entities') {
      add(at(header[key]));
      continue;
    }
    let count = 0;
    add('[');
    for await (const batch of texts) {
      for (const text of batch) {
        if (count++ > 0) add(before);
        else if (pretty) add('\n    ');
        add(text);
        if (full()) yield take();
      }
      if (byBatch && length > 0) yield take();
    }
    add(count > 0 && pretty ? '\n  ]' : ']');
  }
  add(pretty && fields > 0 ? '\n}' : '}');
  yield take();
}

// The report's own fields in their order; `entities` keeps its place (empty here). Below full
// detail the model definition and the engine are left out and `detail` says what each applicant
// holds.
export function reportHeader(
  report: Omit<ReportLike, 'entities'> & { readonly entities: unknown },
  detail: Detail,
): Record<string, unknown> {
  const header: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(report)) {
    if (key === 'entities') header[key] = [];
    else if (key === 'definition' && detail !== 'full') header['detail'] = detail;
    // Published figures are the same on both engines: below full detail the text is too.
    else if (key === 'engine' && detail !== 'full') continue;
    else header[key] = value;
  }
  return header;
}
