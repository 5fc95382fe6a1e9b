import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FileWriter, openFileWriter } from './_fileWriter.js';
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

/** Bytes read back at a time. */
const READ_SIZE = 1 << 16;

/** A spool in a fresh directory of the system's temporary directory (TMPDIR moves it). */
export async function openSpool(): Promise<Spool> {
  let dir: string;
  try {
    dir = await mkdtemp(join(tmpdir(), 'youpin-spool-'));
  } catch (error) {
    // A TMPDIR that does not exist or cannot be written: said as the spool's writer says it.
    const reason = error instanceof Error ? error.message : String(error);
    throw nodeError('file_unwritable', {
      file: join(tmpdir(), 'youpin-spool-…'),
      reason: `${reason} (TMPDIR)`,
    });
  }
  const path = join(dir, 'results.txt');
  let file: FileWriter | null;
  try {
    file = await openFileWriter(path, ' (TMPDIR)');
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const end = async () => {
    const open = file;
    file = null;
    await open?.close();
  };
  return {
    async write(text) {
      if (!file) throw new Error('spool closed');
      await file.write([text]);
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
