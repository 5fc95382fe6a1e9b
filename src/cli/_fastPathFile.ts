import { FAST_PATH_FROM, type Model } from 'youpin';
import { readCsvChunks } from 'youpin/node';
import type { DataOptions } from './_inputs.js';

/**
 * Whether a CSV file holds at least FAST_PATH_FROM applicants, read until it does (a few
 * milliseconds, whatever the file's size). From there `score()` takes the fast engine, which the
 * streaming path uses too: a full-detail JSON report of such a file is then streamed, in bounded
 * memory, and is the same bytes as the report scored in memory. Below it, the file is small and is
 * scored in memory, on the engine `score()` picks. A file that cannot be read answers false: the
 * in-memory path reports its problems as before.
 */
export async function fastPathFile(
  file: string,
  model: Model,
  data: DataOptions,
): Promise<boolean> {
  let applicants = 0;
  try {
    const options = { ...data.read, chunkSize: FAST_PATH_FROM };
    for await (const chunk of readCsvChunks(file, model, options)) {
      applicants += chunk.entities.length;
      if (applicants >= FAST_PATH_FROM) return true;
    }
  } catch {
    return false;
  }
  return false;
}
