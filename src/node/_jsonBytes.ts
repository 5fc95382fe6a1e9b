import type { YoupinError } from 'youpin';
import { nodeError } from './_messages.js';
import { firstInvalidUtf8 } from './_streamDecoder.js';
import { MAX_TEXT_BYTES } from './_textLimit.js';

// Platform-neutral (the workbench page bundles it): no `node:` import here.

/** The `file_too_large` error of a text file read whole. */
export function tooLarge(file: string, size: number, max: number = MAX_TEXT_BYTES): YoupinError {
  return nodeError('file_too_large', { file, size, max });
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
