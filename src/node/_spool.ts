import { createReadStream } from 'node:fs';
import { type FileHandle, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeError } from './_messages.js';

// A temporary file of one record per applicant, in input order (in TMPDIR: a directory that cannot
// be written, or a full disk, is `file_unwritable` naming the file). The ranks and the list are known
// only once the whole file is scored, so the results wait on disk, not in memory, and are read
// back, completed, and written out in a second, cheap pass.
//
// The records are written as they are (UTF-8), not compressed: gzip, even at its fastest level,
// cost about 1.4 µs of CPU an applicant (compressing on the thread pool, then inflating), some 7 %
// of a streamed CSV. The file is smaller than the output (no ranks, no keys, repeated texts by
// number): for the Liaocheng preset about 130 bytes an applicant for CSV (the output: 158), 125
// for JSON at summary detail (759) and 270 at standard (1,600) — see docs/big-files.md.

/** Records written now, read back later. */
export interface Spool {
  /** Appends text (whole records, each ending with the separator it will be read with). */
  write(text: string): Promise<void>;
  /**
   * The records, in order, a batch at a time (after the last `write`): the text cut at every
   * `separator` (one character that no record holds), which ends each record.
   */
  records(separator: string): AsyncIterable<string[]>;
  /** Removes the file. */
  close(): Promise<void>;
}

/** The file_unwritable error of the spool's file (a full disk, a TMPDIR that does not exist). */
function unwritable(file: string, error: unknown) {
  const reason = error instanceof Error ? error.message : String(error);
  return nodeError('file_unwritable', { file, reason: `${reason} (TMPDIR)` });
}

/** Bytes read back at a time, and written at a time (at least). */
const READ_SIZE = 1 << 16;
const WRITE_SIZE = 1 << 20;

/** A spool in a fresh directory of the system's temporary directory (TMPDIR moves it). */
export async function openSpool(): Promise<Spool> {
  let dir: string;
  try {
    dir = await mkdtemp(join(tmpdir(), 'youpin-spool-'));
  } catch (error) {
    throw unwritable(join(tmpdir(), 'youpin-spool-…'), error);
  }
  const path = join(dir, 'results.txt');
  let handle: FileHandle | null = null;
  try {
    handle = await open(path, 'w');
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw unwritable(path, error);
  }
  // Records are encoded into one buffer kept for the whole run (see scoreCsvFile's openOutput)
  // and written when it holds a megabyte: the kernel's cost of a write is mostly per call, and a
  // chunk's records (30 kB) written one by one cost a few tenths of a microsecond an applicant.
  let scratch = Buffer.allocUnsafe(WRITE_SIZE * 2);
  let pending = 0;
  const flush = async () => {
    let done = 0;
    try {
      while (handle && done < pending)
        done += (await handle.write(scratch, done, pending - done)).bytesWritten;
    } catch (error) {
      // A full disk (ENOSPC), most often: said as such, not as a bug.
      throw unwritable(path, error);
    }
    pending = 0;
  };
  const end = async () => {
    await flush();
    const open = handle;
    handle = null;
    await open?.close();
  };
  return {
    async write(text) {
      if (!handle) throw new Error('spool closed');
      if (pending + text.length * 3 > scratch.length) {
        const next = Buffer.allocUnsafe(Math.max(scratch.length, 2 * (pending + text.length * 3)));
        scratch.copy(next, 0, 0, pending);
        scratch = next;
      }
      pending += scratch.write(text, pending, 'utf8');
      if (pending >= WRITE_SIZE) await flush();
    },
    records(separator) {
      // The decoded text split natively, a piece of the file at a time (a line reader would
      // cost an event and a promise per record). The stream's decoder keeps a character whose
      // bytes straddle two pieces whole.
      const reading = async function* (): AsyncGenerator<string[]> {
        await end();
        const input = createReadStream(path, { highWaterMark: READ_SIZE, encoding: 'utf8' });
        let rest = '';
        for await (const piece of input) {
          const parts = (rest === '' ? (piece as string) : rest + (piece as string)).split(
            separator,
          );
          rest = parts.pop() as string;
          if (parts.length > 0) yield parts;
        }
        if (rest !== '') yield [rest];
      };
      return reading();
    },
    async close() {
      await end().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
