import { readFile } from 'node:fs/promises';
import type { YoupinError } from 'youpin';
import { nodeError } from './_messages.js';
import { firstInvalidUtf8 } from './_streamDecoder.js';

/** The bytes of a file, or a YoupinError (`file_unreadable`) that names it and says why not. */
export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw unreadable(file, error);
  }
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

/** Parses JSON text (UTF-8, a byte-order mark allowed), or throws `not_utf8` / `invalid_json`. */
export function parseJsonBytes(bytes: Uint8Array, file: string): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw nodeError('not_utf8', { file, offset: firstInvalidUtf8(bytes) });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw nodeError('invalid_json', {
      file,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}
