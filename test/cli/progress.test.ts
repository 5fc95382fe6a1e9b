// Progress on a terminal, nothing on a pipe: the command line runs under a pseudo-terminal
// (util-linux `script`, part of every Debian system) and its stderr must show the bar with counts
// and a rate while it scores, renders and writes; piped, the same runs print no bar.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBigCsv } from '../../scripts/generate-big-csv.js';
import { cli, root, scratch, youpin } from './_cli.js';

const hasScript = spawnSync('script', ['--version']).status === 0;
const dir = scratch();
const big = join(dir, 'big.csv');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  await generateBigCsv(4000, big, { strayQuote: false });
}, 60_000);

/** The run's terminal output (stdout and stderr together, as a terminal shows them). */
function onTerminal(args: readonly string[]): string {
  const command = [process.execPath, cli, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`);
  // A file with problems exits 1; its terminal output is what is looked at.
  const run = spawnSync('script', ['-qec', command.join(' '), '/dev/null'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', COLUMNS: '160' },
  });
  return run.stdout;
}

describe.runIf(hasScript && existsSync(cli))('progress', () => {
  it('scoring in memory shows the rows scored and a rate, then clears the line', () => {
    const out = join(dir, 'big.md');
    const text = onTerminal(['score', big, '--out', out]);
    expect(text).toMatch(/scored [\d,]+ of 4,000 rows…(?: · [\d,]+\/s)?/);
    expect(text).toMatch(/ · [\d,]+\/s/);
    expect(text).toContain('\r\u001b[2K');
  }, 120_000);

  it('a sensitivity analysis shows the draws done with a rate', () => {
    const text = onTerminal(['sensitivity', 'examples/data/sample-batch.csv', '--draws', '1500']);
    expect(text).toMatch(/[\d,]+ of 1,500 draws…/);
    expect(text).toContain('Ranks under uncertainty: 1,500 draws');
  }, 120_000);

  it('reading a file shows the rows read of the total', () => {
    const text = onTerminal(['validate', big]);
    expect(text).toMatch(/read 1,000 of 4,000 rows…/);
    expect(text).toMatch(/read 4,000 of 4,000 rows…/);
  }, 120_000);

  it('streaming a CSV shows rows read and scored with a rate', () => {
    const out = join(dir, 'big.csv.out.csv');
    const text = onTerminal(['score', big, '--format', 'csv', '--out', out]);
    expect(text).toMatch(/rows read and scored…/);
  }, 120_000);

  it('a full HTML page shows the applicants explained', () => {
    const out = join(dir, 'big.html');
    const text = onTerminal(['score', big, '--out', out, '--detail', 'full']);
    expect(text).toMatch(/explaining [\d,]+ of [\d,]+ applicants for the page…/);
  }, 240_000);

  it('piped, nothing but the report and the problems: no bar', async () => {
    const run = await youpin(['score', big, '--format', 'md', '--out', join(dir, 'piped.md')]);
    expect(run.stderr).not.toContain('\r');
    expect(run.stderr).not.toMatch(/\/s\b/);
  }, 120_000);
});
