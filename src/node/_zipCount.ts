import { nodeError } from './_messages.js';

// Platform-neutral (the workbench page bundles it): the inflater is given (node:zlib in Node,
// DecompressionStream in a browser), so that both refuse the same workbooks with the same message.
//
// exceljs reads a whole workbook into memory, about 340 bytes for each cell, and every part of the
// archive as one string: twelve million cells end in an out-of-memory abort after 80 s at 4.7 GB,
// and a 300 KB file whose shared string inflates to 300 MB takes that much and more. So the parts
// are counted first, while they are inflated, a piece at a time — cells and rows in the sheets,
// bytes in every part — and a workbook past a limit is refused (`workbook_too_large`) before
// exceljs sees it. This reads the zip's central directory itself (ZIP64 included), as JSZip does
// for exceljs (the last end record), and never holds more than one inflated piece.

/** The limits of a workbook (docs/reliability.md). */
export const WORKBOOK_LIMITS: {
  readonly cells: number;
  readonly rows: number;
  readonly bytes: number;
} = {
  /** Cells (`<c>` elements, empty ones included) in all sheets together. */
  cells: 1_000_000,
  /** Rows (`<row>` elements) in all sheets together: Excel's own maximum for one sheet. */
  rows: 1_048_576,
  /** Bytes of all its parts, inflated (exceljs reads each part whole, as a string). */
  bytes: 268_435_456, // 256 MiB
};

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressed: number;
  readonly offset: number;
}

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 2 ** 32;

/** The parts that exceljs reads as sheets: its own test, which is not anchored. */
const SHEET = /xl\/worksheets\/sheet\d+[.]xml/;

/**
 * The entries of a zip archive, from its central directory; null when the bytes hold no central
 * directory that can be read (exceljs then says what is wrong with the file).
 */
function entries(bytes: Uint8Array): Entry[] | null {
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = u16(bytes, eocd + 10);
  let start = u32(bytes, eocd + 16);
  if (count === 0xffff || start === 0xffffffff) {
    // ZIP64: the locator before the end record points at the ZIP64 end record.
    const locator = eocd - 20;
    if (locator < 0 || u32(bytes, locator) !== 0x07064b50) return null;
    const end64 = u64(bytes, locator + 8);
    if (u32(bytes, end64) !== 0x06064b50) return null;
    count = u64(bytes, end64 + 32);
    start = u64(bytes, end64 + 48);
  }
  const out: Entry[] = [];
  let at = start;
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
    const method = u16(bytes, at + 10);
    let compressed = u32(bytes, at + 20);
    const uncompressed = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    let offset = u32(bytes, at + 42);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // ZIP64 sizes and offset, in the order of the fields that hold 0xFFFFFFFF.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(bytes, extra);
      const size = u16(bytes, extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (uncompressed === 0xffffffff) field += 8;
        if (compressed === 0xffffffff) {
          compressed = u64(bytes, field);
          field += 8;
        }
        if (offset === 0xffffffff) offset = u64(bytes, field);
      }
      extra += 4 + size;
    }
    out.push({ name, method, compressed, offset });
    at = extraEnd + commentLength;
  }
  return out;
}

/** The stored (compressed) bytes of an entry, after its local header. */
function stored(bytes: Uint8Array, entry: Entry): Uint8Array | null {
  const at = entry.offset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) return null;
  const data = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  return bytes.subarray(data, Math.min(bytes.length, data + entry.compressed));
}

// `<c …>`, `<c/>`, `<row …>` with any namespace prefix (`<x:c>`): a cell or a row starts.
const TAG = /<(?:[A-Za-z_][\w.-]{0,40}:)?(c|row)[\s/>]/g;

/**
 * Inflates raw deflate data, handing each inflated piece to `take` in order. It rejects with the
 * error `take` throws (and stops inflating); damaged data resolves quietly (exceljs will say so).
 */
export type Inflater = (data: Uint8Array, take: (piece: Uint8Array) => void) => Promise<void>;

// One character per byte (windows-1252, as WHATWG reads "latin1"): tags are ASCII, the rest
// only keeps its length. Not UTF-8, which would fail on a piece cut inside a character.
const oneCharPerByte = new TextDecoder('windows-1252');
const latin1 = (piece: Uint8Array): string => oneCharPerByte.decode(piece);

/**
 * Counts the cells and rows of a workbook's sheets and the inflated bytes of all its parts, piece
 * by piece, and throws `workbook_too_large` as soon as one passes its limit. Bytes that are no zip
 * archive, or an entry that cannot be inflated, are left to exceljs to refuse.
 *
 * @param file - named in the message
 * @param inflate - the platform's raw-deflate inflater
 */
export async function countWorkbook(
  bytes: Uint8Array,
  file: string,
  inflate: Inflater,
): Promise<void> {
  const list = entries(bytes);
  if (!list) return;
  let cells = 0;
  let rows = 0;
  let inflated = 0;
  const over = (what: 'cells' | 'rows' | 'bytes') => {
    const words = {
      cells: ['cells', '单元格'],
      rows: ['rows', '行'],
      bytes: ['bytes, inflated', '字节（解压后）'],
    } as const;
    const [en, zh] = words[what];
    return nodeError('workbook_too_large', {
      file,
      what: en,
      whatZh: zh,
      max: WORKBOOK_LIMITS[what],
    });
  };
  for (const entry of list) {
    if (entry.name.endsWith('/')) continue; // a folder
    const data = stored(bytes, entry);
    if (!data) continue;
    const sheet = SHEET.test(entry.name);
    let tail = '';
    const take = (piece: Uint8Array) => {
      inflated += piece.length;
      if (inflated > WORKBOOK_LIMITS.bytes) throw over('bytes');
      if (!sheet) return;
      const text = tail + latin1(piece);
      let end = 0;
      TAG.lastIndex = 0;
      for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
        if (m[1] === 'c') cells++;
        else rows++;
        end = TAG.lastIndex;
      }
      if (cells > WORKBOOK_LIMITS.cells) throw over('cells');
      if (rows > WORKBOOK_LIMITS.rows) throw over('rows');
      // A tag cut at the end of the piece is read with the next one; a counted tag never again.
      tail = text.slice(Math.max(end, text.length - 48));
    };
    if (entry.method === 0) {
      for (let at = 0; at < data.length; at += 1 << 16) take(data.subarray(at, at + (1 << 16)));
      continue;
    }
    if (entry.method !== 8) continue;
    await inflate(data, take);
  }
}
