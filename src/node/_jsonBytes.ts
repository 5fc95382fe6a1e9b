import { YoupinError } from 'youpin';
import { type DuplicateKey, duplicateKeys } from './_jsonDuplicateKeys.js';
import { makeNodeIssue, nodeError } from './_messages.js';
import { firstInvalidUtf8 } from './_streamDecoder.js';
import { MAX_TEXT_BYTES } from './_textLimit.js';

// Platform-neutral (the workbench page bundles it): no `node:` import here.

/** The `file_too_large` error of a text file read whole. */
export function tooLarge(file: string, size: number, max: number = MAX_TEXT_BYTES): YoupinError {
  return nodeError('file_too_large', { file, size, max });
}

/**
 * Parses JSON text (UTF-8, a byte-order mark allowed), or throws `not_utf8` / `invalid_json`, and
 * `duplicate_key` for a key written twice in one object (JSON.parse would keep the last in
 * silence): a model, a benchmark or an edition must say one thing.
 */
export function parseJsonBytes(bytes: Uint8Array, file: string): unknown {
  const { data, duplicates } = parseJsonWithDuplicates(bytes, file);
  const [first, ...more] = duplicates.map((d) =>
    makeNodeIssue('duplicate_key', d.path, { file, ...where(d) }),
  );
  if (first) throw new YoupinError([first, ...more]);
  return data;
}

/** What a duplicate key's message says of it. */
export function where(d: DuplicateKey): { key: string; line: number; column: number } {
  return { key: d.key, line: d.line, column: d.column };
}

/** Parses JSON as parseJsonBytes does, and returns its keys written twice instead of throwing. */
export function parseJsonWithDuplicates(
  bytes: Uint8Array,
  file: string,
): { data: unknown; duplicates: DuplicateKey[] } {
  if (bytes.length > MAX_TEXT_BYTES) throw tooLarge(file, bytes.length);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw nodeError('not_utf8', { file, offset: firstInvalidUtf8(bytes) });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw nodeError('invalid_json', {
      file,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  return { data, duplicates: duplicateKeys(text) };
}
