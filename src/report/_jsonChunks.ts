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

/** Each applicant's text as the document holds it: indented, its first line at 4 spaces. */
async function* entityTexts(
  entities: Iterable<unknown> | AsyncIterable<unknown>,
  layout: JsonLayout,
): AsyncGenerator<string, void, undefined> {
  const pretty = layout.format === 'json' && layout.indent === 2;
  for await (const entity of entities) {
    const text = JSON.stringify(entity, null, layout.format === 'json' ? layout.indent : 0);
    yield pretty ? text.replaceAll('\n', '\n    ') : text;
  }
}

/**
 * The document of `{ ...header, entities: [texts] }` in `layout`, in chunks, with each applicant's
 * text made already (by entityTexts, or by youpin/node's rows rendered from their figures).
 */
export async function* jsonDocument(
  header: Readonly<Record<string, unknown>>,
  texts: AsyncIterable<string>,
  layout: JsonLayout,
): AsyncGenerator<string, void, undefined> {
  if (layout.format === 'ndjson') {
    const { entities: _, ...fields } = header;
    let buffer = `${JSON.stringify(fields)}\n`;
    for await (const text of texts) {
      buffer += `${text}\n`;
      if (buffer.length >= CHUNK_CHARS) {
        yield buffer;
        buffer = '';
      }
    }
    if (buffer) yield buffer;
    return;
  }
  const pretty = layout.indent === 2;
  const field = (key: string) =>
    pretty ? `\n  ${JSON.stringify(key)}: ` : `${JSON.stringify(key)}:`;
  const at = (value: unknown) => {
    const text = JSON.stringify(value, null, layout.indent);
    return pretty ? text.replaceAll('\n', '\n  ') : text;
  };
  let buffer = '{';
  let fields = 0;
  for (const key of Object.keys(header)) {
    if (fields++ > 0) buffer += ',';
    buffer += field(key);
    if (key !== 'entities') {
      buffer += at(header[key]);
      continue;
    }
    let count = 0;
    buffer += '[';
    for await (const text of texts) {
      if (count++ > 0) buffer += ',';
      if (pretty) buffer += '\n    ';
      buffer += text;
      if (buffer.length >= CHUNK_CHARS) {
        yield buffer;
        buffer = '';
      }
    }
    buffer += count > 0 && pretty ? '\n  ]' : ']';
  }
  buffer += pretty && fields > 0 ? '\n}' : '}';
  yield buffer;
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
