import { basename } from 'node:path';
import { where } from '../node/_jsonBytes.js';
import { duplicateKeys } from '../node/_jsonDuplicateKeys.js';
import { makeNodeIssue } from '../node/_messages.js';
import type { Context } from './_context.js';
import { Failure } from './_errors.js';

/**
 * A JSON file the command reads (a benchmark, an edition, a register, a matrix, options): a
 * byte-order mark allowed, a syntax error or a key written twice in one object (JSON.parse would
 * keep the last in silence) refused with the file's name and where.
 */
export function parseJsonFile(text: string, file: string, ctx: Context): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw new Failure(ctx.m.notJson(file, error instanceof Error ? error.message : String(error)));
  }
  const [twice] = duplicateKeys(body, 1);
  if (twice) {
    const issue = makeNodeIssue('duplicate_key', twice.path, {
      file: basename(file),
      ...where(twice),
    });
    throw new Failure(ctx.lang === 'zh' ? issue.messageZh : issue.message);
  }
  return data;
}
