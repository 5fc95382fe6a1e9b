import { open } from 'node:fs/promises';
import { isYoupinError, type YoupinError } from 'youpin';
import { nodeError } from './_messages.js';
import { MAX_TEXT_BYTES } from './_textLimit.js';

/**
 * A file that may have at most `max` bytes, named for the message (`a model file`); without a
 * name, the message says the file is too long to be read whole and how to stream it.
 */
export interface SizeLimit {
  readonly max: number;
  readonly what?: string | undefined;
  readonly whatZh?: string | undefined;
}

export { parseJsonBytes, tooLarge } from './_jsonBytes.js';
export { MAX_TEXT_BYTES };

/** A text file read whole: refused by its size when its text could not be held. */
export const TEXT_FILE_LIMIT: SizeLimit = { max: MAX_TEXT_BYTES };

/**
 * The largest model file read, in bytes (16 MiB): the model's own limit of 500,000 JSON values is
 * about 10 MB of JSON, and indentation adds some. 聊城优品 is 41 KB. Benchmark files too.
 */
export const MODEL_FILE_LIMIT: SizeLimit = {
  max: 16 * 1024 * 1024,
  what: 'a model file',
  whatZh: '模型文件',
};

/**
 * The bytes of a file, or a YoupinError (`file_unreadable`) that names it and says why not. With
 * a `limit`, a larger file is refused (`file_too_large`) by its size, before it is read: a text
 * too long to hold would fail the decoder in a way that says nothing of the size.
 *
 * @param name - the file as messages name it (default: as given)
 */
export async function readBytes(
  file: string,
  limit?: SizeLimit,
  name: string = file,
): Promise<Uint8Array> {
  let size: number;
  let bytes: Uint8Array;
  try {
    const handle = await open(file, 'r');
    try {
      size = (await handle.stat()).size;
      if (limit && size > limit.max) bytes = new Uint8Array(0);
      else bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (isYoupinError(error)) throw error;
    throw unreadable(file, error);
  }
  if (limit && (size > limit.max || bytes.length > limit.max)) {
    const { max, what, whatZh } = limit;
    throw nodeError('file_too_large', {
      file: name,
      size: Math.max(size, bytes.length),
      max,
      ...(what !== undefined ? { what, whatZh: whatZh ?? what } : {}),
    });
  }
  return bytes;
}

/** The `file_unreadable` error for a file system error: no such file, a directory, permission. */
export function unreadable(file: string, error: unknown): YoupinError {
  const code = (error as { code?: unknown }).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a directory'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : error instanceof Error
            ? error.message
            : String(error);
  return nodeError('file_unreadable', { file, reason });
}
