import { YoupinError } from 'youpin';
import type { CsvEncoding } from './_decode.js';
import { tablePath } from './_locator.js';
import { makeNodeIssue, nodeError } from './_messages.js';

// Platform-neutral (the workbench page bundles it): the global TextDecoder, no `node:` import.
//
// One decision per file, the same whether the file is read whole (readBatch) or as a stream
// (readCsvChunks), because both decode through this decoder:
//
// - a byte-order mark decides first: UTF-16 LE or BE, or UTF-8 (a file that then stops being
//   UTF-8 is `not_utf8`, with the byte's offset, as with a forced encoding);
// - otherwise the first line that holds a byte above 0x7F decides: UTF-8 when that line is UTF-8,
//   else GB18030 (what Excel writes for "CSV" on a Chinese Windows). Before it, every byte is
//   ASCII, which both read alike;
// - a later line that breaks the decision is a `mixed_encoding` problem located at that line,
//   and the file is not read: a line that the chosen encoding cannot decode, or, in a GB18030
//   file, a line that is plainly UTF-8 Chinese (valid UTF-8 whose every other character is a CJK
//   ideograph or CJK punctuation, two ideographs at least — GBK text is that only by a very rare
//   accident, while decoding it as GB18030 would turn it into other Chinese characters silently).
//   Mixing happens when rows are pasted from another file; decoding the whole file as GB18030
//   because one row is GBK would garble every UTF-8 name, and refusing the file at a byte offset
//   does not say where. Naming the encoding (`encoding: 'utf-8' | 'gb18030'`) reads every line with it.
//
// Lines are counted as the CSV reader counts them (CR, LF and CRLF end a line), so the line of a
// problem is the row number of every other message about the file.

/** A decoder fed with the bytes of a file in order. */
export interface StreamDecoder {
  /** The text of the next bytes (a character or a line cut at the end waits for the next call). */
  decode(bytes: Uint8Array): string;
  /** The end of the file: the last text, or a YoupinError when the bytes end badly. */
  end(): string;
  /** `utf-8`, `gb18030`, `utf-16le` or `utf-16be`; `utf-8` while every byte so far was ASCII. */
  readonly encoding: string;
}

const LF = 0x0a;
const CR = 0x0d;
/** The most bytes of one line kept to decide or to locate a problem (a longer line is cut). */
const LINE_KEPT = 1 << 20;

const EMPTY = new Uint8Array(0);
/** The global TextDecoder's instances (Node's types declare the class as a value only). */
type Decoder = InstanceType<typeof TextDecoder>;

const fatal = (encoding: string): Decoder => new TextDecoder(encoding, { fatal: true });

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Whether `bytes` (every byte) decode in `encoding`; `cut` allows a character cut at the end. */
function decodes(bytes: Uint8Array, encoding: string, cut = false): boolean {
  try {
    fatal(encoding).decode(bytes, { stream: cut });
    return true;
  } catch {
    return false;
  }
}

const IDEOGRAPH = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const CJK_TEXT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII, controls included, is allowed.
  /^[\u0000-\u007f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]*$/;

/**
 * Whether the bytes have UTF-8's shape (leads followed by as many continuation bytes), a quick
 * test before the strict decoder, which GBK text fails at its first character or two.
 */
function utf8Shaped(bytes: Uint8Array): boolean {
  let high = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x80) continue;
    high = true;
    const more =
      b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (more < 0) return false;
    for (let k = 1; k <= more; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return false;
    }
    i += more;
  }
  return high;
}

/** A line of a GB18030 file that is plainly UTF-8 Chinese (see above). */
function plainlyUtf8(line: Uint8Array): boolean {
  if (!utf8Shaped(line)) return false;
  let text: string;
  try {
    text = fatal('utf-8').decode(line);
  } catch {
    return false;
  }
  return CJK_TEXT.test(text) && (text.match(IDEOGRAPH)?.length ?? 0) >= 2;
}

/**
 * A decoder for `encoding` (`auto` decides as said above).
 *
 * @param file - named in the error messages
 */
export function streamDecoder(encoding: CsvEncoding, file: string): StreamDecoder {
  let decoder: Decoder | null = encoding === 'auto' ? null : fatal(encoding);
  let chosen: string = encoding === 'auto' ? 'utf-8' : encoding;
  /** Whether a mixed line is a located problem (auto, no byte-order mark). */
  let detecting = false;
  let first = true;
  let offset = 0; // bytes decoded before the current piece (for not_utf8)
  let tail: Uint8Array = EMPTY; // bytes of a character cut at the last piece's end
  let undecided: Uint8Array = EMPTY; // auto, before the decision: the deciding line so far
  // Lines: the number of the line being read, the bytes of it seen so far (at most LINE_KEPT),
  // whether the last byte was a CR (a CRLF split between pieces is one break), and the line that
  // decided the encoding.
  let line = 1;
  let current: Uint8Array = EMPTY;
  let afterCr = false;
  let decidedAt = 1;

  const notUtf8 = (bytes: Uint8Array): never => {
    throw nodeError('not_utf8', {
      file,
      offset: offset - tail.length + firstInvalidUtf8(concat(tail, bytes)),
    });
  };

  /** The issue of a line that breaks the decision. */
  const mixed = (at: number, bytes: Uint8Array | null): never => {
    const other = chosen === 'utf-8' ? 'gb18030' : 'utf-8';
    const reads = bytes !== null && decodes(bytes, other, true);
    const params = {
      file,
      line: at,
      encoding: chosen === 'utf-8' ? 'UTF-8' : 'GB18030',
      first: decidedAt,
      found: reads ? (other === 'utf-8' ? 'UTF-8' : 'GB18030') : '',
    };
    throw new YoupinError([makeNodeIssue('mixed_encoding', tablePath(null, at, null), params)]);
  };

  /**
   * Walks the lines of `bytes` (the next bytes of the file): counts them, keeps the open one (at
   * most LINE_KEPT bytes) and, when `check` is given, calls it with each line that ends here (its
   * bytes, cut at LINE_KEPT) and its number.
   */
  const walk = (bytes: Uint8Array, check: ((bytes: Uint8Array, at: number) => void) | null) => {
    if (check === null) {
      count(bytes);
      return;
    }
    let start = 0;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i] as number;
      if (b !== LF && b !== CR) {
        afterCr = false;
        continue;
      }
      if (b === LF && afterCr) {
        // The LF of a CRLF: the line ended at the CR.
        afterCr = false;
        start = i + 1;
        continue;
      }
      afterCr = b === CR;
      if (check) check(concat(current, bytes.subarray(start, i)).subarray(0, LINE_KEPT), line);
      current = EMPTY;
      line++;
      start = i + 1;
    }
    const rest = bytes.subarray(start);
    if (current.length < LINE_KEPT)
      current = concat(current, rest.subarray(0, LINE_KEPT - current.length)).slice();
  };

  /**
   * walk without a check: the line breaks found by the native search (a byte at a time in
   * JavaScript cost half a microsecond a row of a file without a byte-order mark, decoded as
   * UTF-8 while every line is checked).
   */
  const count = (bytes: Uint8Array) => {
    const n = bytes.length;
    if (n === 0) return;
    const buffer = searchable(bytes);
    let start = 0;
    let lf = buffer.indexOf(LF, 0);
    let cr = buffer.indexOf(CR, 0);
    while (lf >= 0 || cr >= 0) {
      const at = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      // The LF of a CRLF (its CR perhaps at the end of the last bytes): the line ended at the CR.
      const crlf = at === lf && (at > 0 ? buffer[at - 1] === CR : afterCr);
      if (!crlf) {
        current = EMPTY;
        line++;
      }
      start = at + 1;
      if (at === lf) lf = buffer.indexOf(LF, at + 1);
      else cr = buffer.indexOf(CR, at + 1);
    }
    afterCr = buffer[n - 1] === CR;
    const rest = bytes.subarray(start);
    if (current.length < LINE_KEPT)
      current = concat(current, rest.subarray(0, LINE_KEPT - current.length)).slice();
  };

  /** After a decoding error in `bytes`: the first line, from the open one on, that fails. */
  const locate = (bytes: Uint8Array): never => {
    walk(bytes, (kept, at) => {
      if (!decodes(kept, chosen, kept.length === LINE_KEPT)) mixed(at, kept);
    });
    // No line that ends here fails: the bad bytes are in the line still open.
    return mixed(line, current);
  };

  /** Decides on the deciding line (complete, or LINE_KEPT long, or the end of the file). */
  const decide = (bytes: Uint8Array, cut: boolean): void => {
    chosen = decodes(bytes, 'utf-8', cut) ? 'utf-8' : 'gb18030';
    if (chosen === 'gb18030' && !decodes(bytes, 'gb18030', cut))
      throw nodeError('undecodable', { file });
    decoder = fatal(chosen);
    detecting = true;
  };

  /** Decodes the next bytes once the encoding is known. */
  const decoded = (bytes: Uint8Array): string => {
    if (decoder === null) return '';
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      if (detecting) return locate(bytes);
      if (chosen === 'utf-8') return notUtf8(bytes);
      throw nodeError('undecodable', { file });
    }
    if (detecting) {
      walk(
        bytes,
        chosen === 'gb18030'
          ? (kept, at) => {
              if (plainlyUtf8(kept)) mixed(at, kept);
            }
          : null,
      );
    }
    if (chosen === 'utf-8') tail = cutUtf8Tail(bytes);
    offset += bytes.length;
    return text;
  };

  /** Auto, undecided: ASCII goes through; from the first other byte on, the deciding line waits. */
  const undecidedText = (bytes: Uint8Array, final: boolean): string => {
    const data = concat(undecided, bytes);
    let text = '';
    let from = 0;
    if (undecided.length === 0) {
      const high = data.findIndex((b) => b > 0x7f);
      if (high < 0) {
        if (final) return ascii(data);
        walk(data, null);
        offset += data.length;
        return ascii(data);
      }
      // The ASCII before the line of the first other byte is text already.
      let start = high;
      while (start > 0 && data[start - 1] !== LF && data[start - 1] !== CR) start--;
      const before = data.subarray(0, start);
      walk(before, null);
      offset += before.length;
      text = ascii(before);
      from = start;
    }
    const pending = data.subarray(from);
    let end = -1;
    for (let i = 0; i < pending.length && i < LINE_KEPT; i++) {
      const b = pending[i] as number;
      if (b === LF || b === CR) {
        end = i;
        break;
      }
    }
    if (end < 0 && !final && pending.length < LINE_KEPT) {
      undecided = pending.slice();
      return text;
    }
    undecided = EMPTY;
    decidedAt = line;
    decide(end < 0 ? pending.subarray(0, LINE_KEPT) : pending.subarray(0, end), end < 0 && !final);
    return text + decoded(pending);
  };

  return {
    decode(bytes) {
      if (first && bytes.length > 0) {
        first = false;
        if (encoding === 'auto') {
          const bom =
            bytes[0] === 0xff && bytes[1] === 0xfe
              ? 'utf-16le'
              : bytes[0] === 0xfe && bytes[1] === 0xff
                ? 'utf-16be'
                : bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
                  ? 'utf-8'
                  : null;
          if (bom !== null) {
            chosen = bom;
            decoder = fatal(bom);
          }
        }
      }
      if (decoder === null) return undecidedText(bytes, false);
      return decoded(bytes);
    },
    end() {
      if (decoder !== null) return finish();
      const text = undecidedText(EMPTY, true);
      return decoder === null ? text : text + finish();
    },
    get encoding() {
      return chosen;
    },
  };

  function finish(): string {
    const d = decoder as Decoder;
    try {
      const text = d.decode();
      if (detecting && chosen === 'gb18030' && plainlyUtf8(current)) mixed(line, current);
      return text;
    } catch {
      if (detecting) return mixed(line, current);
      if (chosen === 'utf-8') return notUtf8(new Uint8Array(0));
      throw nodeError('undecodable', { file });
    }
  }
}

/**
 * Bytes whose indexOf is Node's native search (a Buffer over them), or the bytes themselves in a
 * browser (the typed array's indexOf, slower but the same).
 */
function searchable(bytes: Uint8Array): Uint8Array {
  const B = (globalThis as { Buffer?: typeof Buffer }).Buffer;
  if (B === undefined || B.isBuffer(bytes)) return bytes;
  return B.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** ASCII bytes as text. */
function ascii(bytes: Uint8Array): string {
  return bytes.length === 0 ? '' : new TextDecoder('utf-8').decode(bytes);
}

/** The bytes at the end that start a UTF-8 character without finishing it (0 to 3 of them). */
function cutUtf8Tail(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back] as number;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? bytes.slice(n - back) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

/** The 0-based offset of the first byte that breaks UTF-8 (by bisection with a fatal decoder). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Invariant: bytes[0, lo) decodes (allowing a cut at the end), bytes[0, hi) does not.
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (decodes(bytes.subarray(0, mid), 'utf-8', true)) lo = mid;
    else hi = mid;
  }
  return hi - 1;
}
