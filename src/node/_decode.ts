import { nodeError } from './_messages.js';
import { streamDecoder } from './_streamDecoder.js';
import { MAX_TEXT_BYTES } from './_textLimit.js';

// Platform-neutral (the workbench page bundles it): no `node:` import here.

/** The encodings a CSV file may be read with; `auto` decides (see _streamDecoder.ts). */
export type CsvEncoding = 'auto' | 'utf-8' | 'gb18030';

/** Decoded text and the encoding that decoded it. */
export interface Decoded {
  readonly text: string;
  /** `utf-8`, `gb18030` or (a byte-order mark says so) `utf-16le` / `utf-16be`. */
  readonly encoding: string;
}

/**
 * Decodes the bytes of a whole text file with the decoder that reads a file as a stream, so that
 * a file read whole and a file read in chunks are decided alike: a byte-order mark decides;
 * otherwise the first line with a byte above 0x7F (UTF-8 when it is UTF-8, else GB18030), and a
 * later line that breaks the decision is a located `mixed_encoding` problem. A forced encoding
 * that does not fit the bytes throws (`not_utf8`, `undecodable`).
 *
 * @param file - named in the error messages
 */
export function decodeText(bytes: Uint8Array, encoding: CsvEncoding, file: string): Decoded {
  // Length first: a text too long to hold fails every decoder, which would blame the encoding.
  if (bytes.length > MAX_TEXT_BYTES)
    throw nodeError('file_too_large', {
      file,
      size: bytes.length,
      max: MAX_TEXT_BYTES,
    });
  const decoder = streamDecoder(encoding, file);
  const text = decoder.decode(bytes) + decoder.end();
  return { text, encoding: decoder.encoding };
}
