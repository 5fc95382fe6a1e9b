import { CHUNK_CHARS, type JsonLayout } from '../report/_jsonChunks.js';

// The document of a streamed file at a detail, as reportChunks' writer (jsonChunks) lays it out,
// with each applicant's text made already (by _jsonRows, or JSON.stringify of its object, indented
// as an applicant inside the document is: its first line at 4 spaces). Kept apart from jsonChunks
// so that the core's bundle carries nothing of it. test/node/scoreCsvFileJson.test.ts compares the
// whole text with reportChunks(score(…)).

/** The text of `{ ...header, entities: [texts] }` in `layout`, in chunks (NDJSON: a header line, then one applicant per line). */
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
