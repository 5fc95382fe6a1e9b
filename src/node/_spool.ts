import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

// A temporary file of one line per applicant, in input order. The ranks and the list are known
// only once the whole file is scored, so the results wait on disk, not in memory, and are read
// back, completed, and written out in a second, cheap pass. The lines are gzipped (at the fastest
// level): about 1.6 kB of JSON an applicant becomes about a tenth of that, which matters where the
// temporary directory is a RAM disk.

/** Lines written now, read back later. */
export interface Spool {
  /** Appends text (whole lines, each ending with "\n"). */
  write(text: string): Promise<void>;
  /** The lines, in order (after the last `write`). */
  lines(): AsyncIterable<string>;
  /** Removes the file. */
  close(): Promise<void>;
}

/** A spool in a fresh directory of the system's temporary directory (TMPDIR moves it). */
export async function openSpool(): Promise<Spool> {
  const dir = await mkdtemp(join(tmpdir(), 'youpin-spool-'));
  const path = join(dir, 'results.ndjson.gz');
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
    lines() {
      const reading = async function* (): AsyncGenerator<string> {
        await end();
        const input = createReadStream(path).pipe(createGunzip());
        input.setEncoding('utf8');
        yield* createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
      };
      return reading();
    },
    async close() {
      await end().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
