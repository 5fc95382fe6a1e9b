import { copyFileSync, linkSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liaocheng2024 } from 'youpin/presets';
import { root, scratch, youpin } from './_cli.js';

// Issue 16, item 6: `youpin score X --out X` truncated a CSV before reading it, and replaced a JSON
// batch by its report (exit 0). A command refuses an --out that is one of its inputs — the data
// file, the model, the benchmark, the matrix — by the same file, whatever the path says (a
// relative path, a symbolic or a hard link): a usage error (exit 2), with nothing read or written.

describe('an --out that is an input is refused, and the input kept', () => {
  const dir = scratch();
  const copy = (name: string, from: string) => {
    const file = join(dir, name);
    copyFileSync(join(root, from), file);
    return file;
  };
  const csv = copy('batch.csv', 'examples/data/sample-batch.csv');
  const json = copy('batch.json', 'examples/data/sample-batch.json');
  const xlsx = copy('batch.xlsx', 'examples/data/sample-batch.xlsx');
  const model = join(dir, 'model.json');
  copyFileSync(join(root, 'examples/data/sample-batch.json'), join(dir, 'spare.json'));
  const linked = join(dir, 'linked.csv');
  symlinkSync(csv, linked);
  const hard = join(dir, 'hard.json');
  linkSync(json, hard);
  const matrix = join(dir, 'matrix.csv');

  it.each([
    ['the streamed CSV', ['score', csv, '--format', 'csv', '--out', csv], csv],
    ['a CSV read in memory', ['score', csv, '--out', csv], csv],
    ['a JSON batch', ['score', json, '--format', 'json', '--out', json], json],
    ['a workbook', ['score', xlsx, '--format', 'json', '--out', xlsx], xlsx],
    [
      'a relative path to it',
      ['score', csv, '--out', join(dir, '.', '..', dir.split('/').pop() as string, 'batch.csv')],
      csv,
    ],
    ['a symbolic link to it', ['score', csv, '--format', 'csv', '--out', linked], csv],
    ['a hard link to it', ['score', json, '--format', 'json', '--out', hard], json],
    ['the model file', ['score', json, '--model', model, '--out', model], model],
    ['explain’s data file', ['explain', 'M001', json, '--out', json], json],
    ['benchmark’s data file', ['benchmark', csv, '--format', 'csv', '--out', csv], csv],
    ['weights’ matrix', ['weights', 'entropy', matrix, '--out', matrix], matrix],
  ])('%s', async (_what, args, input) => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(model, JSON.stringify(liaocheng2024));
    writeFileSync(matrix, 'a,b\n1,2\n3,5\n4,1\n');
    const before = readFileSync(input);
    const run = await youpin(args as string[]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--out .* is also an input of this command/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('says so in Chinese too, and writes to any other file as before', async () => {
    const zh = await youpin(['score', csv, '--out', csv, '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('同时是本命令的输入文件');
    const other = await youpin(['score', csv, '--format', 'csv', '--out', join(dir, 'report.csv')]);
    expect(other.code).toBe(0);
  });
});
