// Private helpers of `youpin edition`, `youpin register` and `youpin monitor`: reading their JSON
// files (editions, registers, evidence) and writing them back, with the command line's messages.
import { readFile, writeFile } from 'node:fs/promises';
import { isYoupinError } from 'youpin';
import type { Edition, Register } from 'youpin/programme';
import { pathText } from '../error/pathText.js';
import type { Context } from './_context.js';
import { Failure } from './_errors.js';
import { messageOf } from './_inputs.js';
import { parseJsonFile } from './_parseJson.js';

/** A JSON file's data; a file that cannot be read or parsed is a Failure that says which. */
export async function readJsonFile(file: string, ctx: Context): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? ctx.m.noSuchFile : String(error);
    throw new Failure(ctx.m.cannotRead(file, reason));
  }
  return parseJsonFile(text, file, ctx);
}

/** Editions read from their files (each checked when it is used). */
export async function readEditions(files: readonly string[], ctx: Context): Promise<Edition[]> {
  return (await Promise.all(files.map((f) => readJsonFile(f, ctx)))) as Edition[];
}

/** A register from its file. */
export async function readRegister(file: string, ctx: Context): Promise<Register> {
  return (await readJsonFile(file, ctx)) as Register;
}

/** Writes JSON data to a file; a file that cannot be written is a Failure. */
export async function writeJsonFile(file: string, data: unknown, ctx: Context): Promise<void> {
  try {
    await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
  } catch (error) {
    throw new Failure(
      ctx.m.cannotWrite(file, error instanceof Error ? error.message : String(error)),
    );
  }
}

/** Runs a programme function; its YoupinError becomes a Failure with every issue worded. */
export function orFail<T>(ctx: Context, what: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isYoupinError(error)) throw error;
    throw new Failure(
      [what, ...error.issues.map((i) => `  ${pathText(i.path)}: ${messageOf(ctx, i)}`)].join('\n'),
    );
  }
}
