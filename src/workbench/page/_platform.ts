import { isYoupinError } from 'youpin';
import type { ExcelLibrary } from '../../node/_loadExceljs.js';
import type { WorkbookIo } from '../../node/_readWorkbook.js';
import { countWorkbook, type Inflater } from '../../node/_zipCount.js';

// What the page gives the platform-neutral reader: raw deflate through the browser's
// DecompressionStream, and exceljs's browser build, loaded as a classic script beside the page
// only when an .xlsx is opened (a classic script loads from file://, a module would not).

/** Raw deflate with DecompressionStream, a piece at a time; a damaged entry resolves quietly. */
const inflateRaw: Inflater = async (data, take) => {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      take(value);
    }
  } catch (error) {
    // Over a limit: stop inflating and say so. Damaged data: exceljs will say what is wrong.
    reader.cancel().catch(() => undefined);
    if (isYoupinError(error)) throw error;
  }
};

const loaded = new Map<string, Promise<void>>();

/** Loads a script shipped beside the page, once. */
export function loadScript(file: string): Promise<void> {
  let done = loaded.get(file);
  if (!done) {
    done = new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = file;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`${file} could not be loaded`));
      document.head.append(script);
    });
    loaded.set(file, done);
  }
  return done;
}

/** The exceljs browser build, as the script sets it on the window. */
async function excel(): Promise<ExcelLibrary> {
  await loadScript('exceljs.min.js');
  return (globalThis as unknown as { ExcelJS: ExcelLibrary }).ExcelJS;
}

/** Reading a workbook in the page: the same limits and sheets as readBatch in Node. */
export const PAGE_WORKBOOK: WorkbookIo = {
  check: (bytes, file) => countWorkbook(bytes, file, inflateRaw),
  excel,
};
