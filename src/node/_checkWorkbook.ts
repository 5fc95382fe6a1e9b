import { createInflateRaw } from 'node:zlib';
import { countWorkbook, type Inflater } from './_zipCount.js';

export { WORKBOOK_LIMITS } from './_zipCount.js';

/** Raw deflate with node:zlib, a piece at a time. */
const inflateRaw: Inflater = (data, take) =>
  new Promise<void>((resolve, reject) => {
    const inflate = createInflateRaw();
    inflate.on('data', (piece: Buffer) => {
      try {
        take(piece);
      } catch (error) {
        inflate.destroy();
        reject(error);
      }
    });
    inflate.on('end', resolve);
    // A damaged entry: exceljs will say so.
    inflate.on('error', () => resolve());
    inflate.end(data);
  });

/**
 * Counts the cells, rows and inflated bytes of a workbook before exceljs reads it, and throws
 * `workbook_too_large` past a limit (see _zipCount.ts), inflating with node:zlib.
 *
 * @param file - named in the message
 */
export function checkWorkbook(bytes: Uint8Array, file: string): Promise<void> {
  return countWorkbook(bytes, file, inflateRaw);
}
