import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

// A temporary file of one record per applicant, in input order. The ranks and the list are known
// only once the whole file is scored, so the results wait on disk, not in memory, and are read
// back, completed, and written out in a second, cheap pass. The records are gzipped (at the
// fastest level): about 1.6 kB of JSON an applicant becomes about a tenth of that, which matters
// where the temporary directory is a RAM disk.

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

/** A spool in a fresh directory of the system's temporary directory (TMPDIR moves it). */
export async function openSpool(): Promise<Spool> {
  const dir = await mkdtemp(join(tmpdir(), 'youpin-spool-'));
  const path = join(dir, 'results.gz');
  const file = createWriteStream(path);
  const gzip = createGzip({ level: 1 });
  gzip.pipe(file);
  let open = true;
  const end = async () => {
    if (!open) return;
    open = false;
    gzip.end();
    await finished(file);
  };
  return {
    async write(text) {
      if (!gzip.write(text)) await once(gzip, 'drain');
    },
    records(separator) {
      // The decoded text split natively, a piece of the file at a time (a line reader would
      // cost an event and a promise per record).
      const reading = async function* (): AsyncGenerator<string[]> {
        await end();
        const input = createReadStream(path, { highWaterMark: 1 << 16 }).pipe(createGunzip());
        input.setEncoding('utf8');
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
