import { TextDecoder } from 'node:util';
import type { CsvEncoding } from './_decode.js';
import { firstInvalidUtf8 } from './_decode.js';
import { nodeError } from './_messages.js';

// Decodes a file piece by piece, with the rules of decodeText: a UTF-16 byte-order mark decides;
// otherwise UTF-8 (with or without BOM) when the bytes are UTF-8, else GB18030. A whole file is
// not at hand, so the choice between UTF-8 and GB18030 is made on the first piece that holds a
// byte above 0x7F: before it, every byte is ASCII, which both encodings read alike. A file that
// turns out not to be UTF-8 after that point is refused (`not_utf8`, with the byte's offset), as a
// forced encoding that does not fit is.

/** A decoder fed with the bytes of a file in order. */
export interface StreamDecoder {
  /** The text of the next bytes (a character cut at the end waits for the next call). */
  decode(bytes: Uint8Array): string;
  /** The end of the file: the last text, or a YoupinError when a character is cut short. */
  end(): string;
  /** `utf-8`, `gb18030`, `utf-16le` or `utf-16be`; `utf-8` while every byte so far was ASCII. */
  readonly encoding: string;
}

const fatal = (encoding: string): TextDecoder => new TextDecoder(encoding, { fatal: true });

/** The bytes at the end that start a UTF-8 character without finishing it (0 to 3 of them). */
function cutUtf8Tail(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back] as number;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? bytes.subarray(n - back) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

/**
 * A decoder for `encoding` (`auto` detects).
 *
 * @param file - named in the error messages
 */
export function streamDecoder(encoding: CsvEncoding, file: string): StreamDecoder {
  let decoder: TextDecoder | null = encoding === 'auto' ? null : fatal(encoding);
  let chosen: string = encoding === 'auto' ? 'utf-8' : encoding;
  let hasBom = false;
  let first = true;
  let offset = 0; // bytes decoded before the current piece
  let tail: Uint8Array = new Uint8Array(0); // UTF-8 bytes of a character cut at the last piece's end

  const notUtf8 = (bytes: Uint8Array): never => {
    const joined = new Uint8Array(tail.length + bytes.length);
    joined.set(tail);
    joined.set(bytes, tail.length);
    throw nodeError('not_utf8', { file, offset: offset - tail.length + firstInvalidUtf8(joined) });
  };

  const choose = (bytes: Uint8Array): void => {
    if (first) {
      first = false;
      if (bytes[0] === 0xff && bytes[1] === 0xfe) chosen = 'utf-16le';
      else if (bytes[0] === 0xfe && bytes[1] === 0xff) chosen = 'utf-16be';
      hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      if (chosen !== 'utf-8' || hasBom) {
        decoder = fatal(chosen);
        return;
      }
    }
    if (!bytes.some((b) => b > 0x7f)) return;
    try {
      // Every byte before was ASCII: a fresh decoder starts in the right state.
      const utf8 = fatal('utf-8');
      utf8.decode(bytes, { stream: true });
      decoder = fatal('utf-8');
      chosen = 'utf-8';
    } catch {
      try {
        fatal('gb18030').decode(bytes, { stream: true });
      } catch {
        throw nodeError('undecodable', { file });
      }
      decoder = fatal('gb18030');
      chosen = 'gb18030';
    }
  };

  return {
    decode(bytes) {
      if (decoder === null) choose(bytes);
      let text: string;
      if (decoder === null) {
        // Still undecided: ASCII only, which UTF-8 reads as it is.
        text = fatal('utf-8').decode(bytes);
      } else {
        try {
          text = decoder.decode(bytes, { stream: true });
        } catch {
          if (chosen === 'utf-8') return notUtf8(bytes);
          throw nodeError('undecodable', { file });
        }
      }
      if (chosen === 'utf-8') tail = cutUtf8Tail(bytes);
      offset += bytes.length;
      return text;
    },
    end() {
      if (decoder === null) return '';
      try {
        return decoder.decode();
      } catch {
        if (chosen === 'utf-8') return notUtf8(new Uint8Array(0));
        throw nodeError('undecodable', { file });
      }
    },
    get encoding() {
      return chosen;
    },
  };
}
