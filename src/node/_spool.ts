import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FileWriter, openFileWriter } from './_fileWriter.js';
import { nodeError } from './_messages.js';

// A temporary file of one record per applicant, in input order (in TMPDIR: a directory that cannot
// be written, or a full disk, is `file_unwritable` naming the file). The ranks and the list are known
// only once the whole file is scored, so the results wait on disk, not in memory, and are read
// back, completed, and written out in a second, cheap pass.
//
// The records are written as they are (UTF-8; JSON at a detail as bytes, read back as bytes by
// recordBytes, which needs no decoding), not compressed: gzip, even at its fastest level,
// cost about 1.4 µs of CPU an applicant (compressing on the thread pool, then inflating), some 7 %
// of a streamed CSV. The file is smaller than the output (no ranks, no keys, repeated texts by
// number): for the Liaocheng preset about 130 bytes an applicant for CSV (the output: 158), 125
// for JSON at summary detail (759) and 270 at standard (1,600) — see docs/big-files.md.

/** Records written now, read back later. */
export interface Spool {
  /** Appends text or bytes (whole records, each ending with the separator it will be read with). */
  write(piece: string | Uint8Array): Promise<void>;
  /**
   * The records, in order, a batch at a time (after the last `write`): the text cut at every
   * `separator` (one character that no record holds), which ends each record.
   */
  records(separator: string): AsyncIterable<string[]>;
  /**
   * The records as bytes, in order, a batch at a time (after the last `write`): the file cut at
   * every byte `separator` (one that no record holds). A batch is a view of a buffer that the next
   * batch reuses: read it before asking for the next.
   */
  recordBytes(separator: number): AsyncIterable<RecordBatch>;
  /** Removes the file. */
  close(): Promise<void>;
}

/**
 * Records read back as bytes: record k lies in `bytes` from `ends[k - 1] + 1` (from 0 for the
 * first) up to `ends[k]`, where its separator stands (or where the file ends, for a last record
 * without one).
 */
export interface RecordBatch {
  readonly bytes: Buffer;
  readonly ends: Int32Array;
  readonly count: number;
}

/** Bytes read back at a time. */
const READ_SIZE = 1 << 16;
/** Bytes read back at a time as bytes (recordBytes): its batches are read where they lie. */
const BYTES_READ_SIZE = 1 << 18;

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
    async write(piece) {
      if (!file) throw new Error('spool closed');
      await file.write([piece]);
    },
    recordBytes(separator) {
      const reading = async function* (): AsyncGenerator<RecordBatch> {
        await end();
        const input = await open(path, 'r');
        try {
          let bytes = Buffer.allocUnsafe(BYTES_READ_SIZE);
          let ends = new Int32Array(1024);
          // Bytes in `bytes` (from 0: a batch's unread end is moved to the front), and how far
          // they were searched for the separator.
          let filled = 0;
          let searched = 0;
          for (;;) {
            // A record longer than the buffer: a bigger one.
            if (filled === bytes.length) {
              const bigger = Buffer.allocUnsafe(2 * bytes.length);
              bytes.copy(bigger, 0, 0, filled);
              bytes = bigger;
            }
            const { bytesRead } = await input.read(bytes, filled, bytes.length - filled, null);
            if (bytesRead === 0) break;
            filled += bytesRead;
            let count = 0;
            for (let at = bytes.indexOf(separator, searched); at >= 0 && at < filled; ) {
              if (count === ends.length) {
                const more = new Int32Array(2 * ends.length);
                more.set(ends);
                ends = more;
              }
              ends[count++] = at;
              at = at + 1 < filled ? bytes.indexOf(separator, at + 1) : -1;
            }
            if (count === 0) {
              searched = filled;
              continue;
            }
            yield { bytes, ends, count };
            // Read: what follows the last separator goes to the front.
            const used = (ends[count - 1] as number) + 1;
            bytes.copyWithin(0, used, filled);
            filled -= used;
            searched = filled;
          }
          if (filled > 0) {
            ends[0] = filled;
            yield { bytes, ends, count: 1 };
          }
        } finally {
          await input.close();
        }
      };
      return reading();
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
