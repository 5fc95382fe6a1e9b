import { constants } from 'node:buffer';
import { nodeError } from './_messages.js';

/** The encodings a CSV file may be read with; `auto` tries UTF-8, then GB18030. */
export type CsvEncoding = 'auto' | 'utf-8' | 'gb18030';

/** Decoded text and the encoding that decoded it. */
export interface Decoded {
  readonly text: string;
  /** `utf-8`, `gb18030` or (a byte-order mark says so) `utf-16le` / `utf-16be`. */
  readonly encoding: string;
}

/**
 * Decodes the bytes of a text file with Node's built-in TextDecoder. `auto`: a UTF-16 byte-order
 * mark decides; otherwise UTF-8 (with or without BOM) when the bytes are valid UTF-8, else
 * GB18030 (a superset of GBK and GB2312, what Excel writes for "CSV" on a Chinese Windows).
 * A forced encoding that does not fit the bytes throws.
 *
 * @param file - named in the error messages
 */
export function decodeText(bytes: Uint8Array, encoding: CsvEncoding, file: string): Decoded {
  // Length first: a text too long to hold fails every decoder, which would blame the encoding.
  if (bytes.length > constants.MAX_STRING_LENGTH)
    throw nodeError('file_too_large', {
      file,
      size: bytes.length,
      max: constants.MAX_STRING_LENGTH,
    });
  if (encoding === 'auto') {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes, 'utf-16le', file);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes, 'utf-16be', file);
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const utf8 = tryDecode(bytes, 'utf-8');
    if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
    // A UTF-8 byte-order mark followed by bytes that are not UTF-8: say where, do not guess.
    if (hasBom) throw nodeError('not_utf8', { file, offset: firstInvalidUtf8(bytes) });
    const gb = tryDecode(bytes, 'gb18030');
    if (gb !== undefined) return { text: gb, encoding: 'gb18030' };
    throw nodeError('undecodable', { file });
  }
  return decode(bytes, encoding, file);
}

function decode(bytes: Uint8Array, encoding: string, file: string): Decoded {
  const text = tryDecode(bytes, encoding);
  if (text !== undefined) return { text, encoding };
  if (encoding === 'utf-8') throw nodeError('not_utf8', { file, offset: firstInvalidUtf8(bytes) });
  throw nodeError('undecodable', { file });
}

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    // ignoreBOM: false (the default) drops a BOM of the encoding; parseCsv drops a stray one too.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The 0-based offset of the first byte that breaks UTF-8 (by bisection with a fatal decoder). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Invariant: bytes[0, lo) decodes (allowing a cut at the end), bytes[0, hi) does not.
  const ok = (end: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (ok(mid)) lo = mid;
    else hi = mid;
  }
  return hi - 1;
}
