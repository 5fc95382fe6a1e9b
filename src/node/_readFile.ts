import { constants } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { isYoupinError, type YoupinError } from 'youpin';
import { firstInvalidUtf8 } from './_decode.js';
import { nodeError } from './_messages.js';

/**
 * The most bytes of a text file read whole (CSV, JSON): the longest string JavaScript can hold
 * (2²⁹ − 24 characters in Node 20), since n bytes of UTF-8 decode to at most n characters.
 */
export const MAX_TEXT_BYTES: number = constants.MAX_STRING_LENGTH;

/**
 * The bytes of a file, or a YoupinError (`file_unreadable`) that names it and says why not. With
 * `maxBytes`, a larger file is refused by its size, before it is read (`file_too_large`): its
 * text could not be held, and the decoder would fail in a way that says nothing of the size.
 */
export async function readBytes(
  file: string,
  name: string = file,
  maxBytes?: number,
): Promise<Uint8Array> {
  try {
    if (maxBytes !== undefined) {
      const { size } = await stat(file);
      if (size > maxBytes) throw tooLarge(name, size, maxBytes);
    }
    return await readFile(file);
  } catch (error) {
    if (isYoupinError(error)) throw error;
    throw unreadable(file, error);
  }
}

/** The `file_too_large` error of a text file read whole. */
export function tooLarge(file: string, size: number, max: number = MAX_TEXT_BYTES): YoupinError {
  return nodeError('file_too_large', { file, size, max });
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
  if (bytes.length > MAX_TEXT_BYTES) throw tooLarge(file, bytes.length);
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
