// Runs the BUILT command line (dist/cli.js) as a user would, in a child process. `npm test` builds
// first; run `npm run build` before running these tests alone.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityInput } from 'youpin';

export const root: string = fileURLToPath(new URL('../..', import.meta.url));
export const cli: string = join(root, 'dist/cli.js');

/** What a run of the command line gave. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `youpin …args` from the repository's root, with an English locale, no colour settings of
 * its own (NO_COLOR, FORCE_COLOR and the LC_* of the test runner are removed) and `env` on top.
 * Runs are asynchronous so that a test file can start several at once.
 */
export function youpin(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  if (!existsSync(cli)) {
    throw new Error(
      `${cli} is missing: run \`npm run build\` first (npm test builds before the tests)`,
    );
  }
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(NO_COLOR|FORCE_COLOR|LANG|LANGUAGE|LC_.*)$/.test(k)) base[k] = v;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      env: { ...base, LANG: 'en_US.UTF-8', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

/** A fresh temporary directory. */
export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'youpin-cli-'));
}

/** The sample batch as the library reads it. */
export function sampleBatch(): EntityInput[] {
  return JSON.parse(readFileSync(join(root, 'examples/data/sample-batch.json'), 'utf8'));
}

/**
 * A small batch for the runs that do not need all 127 applicants (they stay fast): M001–M003 and
 * A009, whose "12,5" makes it invalid. Returns the entities and the path of a JSON file with them.
 */
export function smallBatch(): { readonly entities: EntityInput[]; readonly file: string } {
  const all = sampleBatch();
  const entities = [...all.slice(0, 3), ...all.filter((e) => e.id === 'A009')];
  const file = join(scratch(), 'small.json');
  writeFileSync(file, JSON.stringify(entities, null, 2));
  return { entities, file };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes on purpose.
export const ANSI: RegExp = /\u001b\[/;

/** The text without its ANSI colour escapes. */
export function uncoloured(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing ANSI escapes on purpose.
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
