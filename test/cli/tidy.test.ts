// `youpin score --format long` and `--format csv --codes`: the tidy tables of the library, written
// by the built command line in a child process.
import { describe, expect, it } from 'vitest';
import { defineModel, score, toCsv, toLongCsv } from 'youpin';
import { readBatch } from 'youpin/node';
import { liaocheng2024 } from 'youpin/presets';
import { youpin } from './_cli.js';

const file = 'examples/data/sample-batch.csv';

describe('tidy tables from the command line', () => {
  it('--format long is toLongCsv of the report, and --codes is toCsv in codes', async () => {
    const model = defineModel(liaocheng2024);
    const report = score(model, (await readBatch(file, model)).entities);
    const [long, codes] = await Promise.all([
      youpin(['score', file, '--format', 'long']),
      youpin(['score', file, '--format', 'csv', '--codes', '--locale', 'en']),
    ]);
    expect(long.code).toBe(0);
    expect(long.stdout).toBe(toLongCsv(report));
    // The invalid rows are in the table, and their problems on stderr with their cells.
    expect(long.stderr).toContain('row 50, column 销售利润率');
    expect(codes.stdout).toBe(toCsv(report, { codes: true, locale: 'en' }));
  }, 60_000);

  it('--codes with another format is a usage error, in both languages', async () => {
    const [en, zh] = await Promise.all([
      youpin(['score', file, '--format', 'md', '--codes']),
      youpin(['score', file, '--format', 'md', '--codes'], { LANG: 'zh_CN.UTF-8' }),
    ]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('--codes applies to --format csv');
    expect(zh.stderr).toContain('--codes 仅用于 --format csv');
  }, 60_000);
});
