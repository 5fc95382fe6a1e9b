// `youpin sensitivity FILE`: the options of sensitivity() from the command line, its result as
// JSON (the library's, exactly), CSV and a table; worker threads give the same result.
import { describe, expect, it } from 'vitest';
import { defineModel, sensitivity } from 'youpin';
import { readBatch } from 'youpin/node';
import { liaocheng2024 } from 'youpin/presets';
import { youpin } from './_cli.js';

const file = 'examples/data/sample-batch.csv';

describe('youpin sensitivity', () => {
  it('--format json is sensitivity() with the same options; --workers 2 gives the same', async () => {
    const model = defineModel(liaocheng2024);
    const { entities } = await readBatch(file, model);
    const args = [
      'sensitivity',
      file,
      '--draws',
      '120',
      '--seed',
      '7',
      '--weights',
      'dirichlet:40',
    ];
    const [one, two] = await Promise.all([
      youpin([...args, '--format', 'json']),
      youpin([...args, '--format', 'json', '--workers', '2']),
    ]);
    expect(one.code, one.stderr).toBe(0);
    const expected = sensitivity(model, entities, {
      seed: 7,
      draws: 120,
      weights: { kind: 'dirichlet', concentration: 40 },
    });
    expect(JSON.parse(one.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(two.stdout).toBe(one.stdout);
  }, 120_000);

  it('csv has one row per scored applicant by rank; the table names the draws and the seed', async () => {
    const [csv, table] = await Promise.all([
      youpin(['sensitivity', file, '--draws', '50', '--format', 'csv', '--exclude', 'all']),
      youpin(['sensitivity', file, '--draws', '50', '--sobol', '8', '--bootstrap', '20']),
    ]);
    const lines = csv.stdout
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'id,sector,status,rank,rank_median,rank_p5,rank_p95,sector_rank,sector_rank_median,sector_rank_p5,sector_rank_p95,selected,p_selected,p_selected_se',
    );
    expect(lines[1]).toMatch(/^M002,manufacturing,scored,1,/);
    expect(lines).toHaveLength(1 + 127);
    expect(table.stdout).toContain(
      'Ranks under uncertainty: 50 draws of 64 uncertain inputs (seed 1)',
    );
    expect(table.stdout).toMatch(/Sobol indices of rankShift \(N = 8, [\d,]+ evaluations\)/);
    // The data's problems are listed as `score` lists them.
    expect(table.stderr).toContain('row 50, column 销售利润率');
  }, 120_000);

  it('--seed 1 is the default seed; --nodes narrows the default ±20 %; csv keeps every applicant', async () => {
    const [plain, seeded, nodes, csv] = await Promise.all([
      youpin(['sensitivity', file, '--draws', '40', '--format', 'json']),
      youpin(['sensitivity', file, '--draws', '40', '--format', 'json', '--seed', '1']),
      youpin(['sensitivity', file, '--draws', '40', '--format', 'json', '--nodes', 'Q,I']),
      youpin(['sensitivity', file, '--draws', '40', '--format', 'csv', '--sobol', '4']),
    ]);
    expect(seeded.stdout).toBe(plain.stdout);
    expect(JSON.parse(nodes.stdout).inputs.map((i: { id: string }) => i.id)).toEqual([
      'weight:Q',
      'weight:I',
    ]);
    const lines = csv.stdout
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(1 + 127);
    expect(lines.at(-1)).toMatch(/^[A-Z]\d+,[a-z]*,(ineligible|vetoed|invalid),,/);
    expect(csv.stderr).toContain('the Sobol indices are in the table and in --format json');
    // Rank intervals are whole hundredths, never 29.049999999999983.
    for (const e of JSON.parse(plain.stdout).entities)
      for (const x of [e.rank?.p5, e.rank?.p95, e.rank?.median].filter((v) => v !== undefined))
        expect(Math.round(x * 100) / 100).toBe(x);
  }, 120_000);

  it('bad options are usage errors in both languages', async () => {
    const [bootstrap, weights, draws, zh, workers] = await Promise.all([
      youpin(['sensitivity', file, '--bootstrap', '10']),
      youpin(['sensitivity', file, '--weights', 'gauss:2']),
      youpin(['sensitivity', file, '--draws', '0']),
      youpin(['sensitivity', file, '--weights', 'gauss:2', '--lang', 'zh']),
      youpin(['sensitivity', file, '--workers', '4096']),
    ]);
    const [many, sobol, dirichlet] = await Promise.all([
      youpin(['sensitivity', file, '--draws', '10000000']),
      youpin(['sensitivity', file, '--sobol', '1']),
      youpin(['sensitivity', file, '--weights', 'dirichlet:0']),
    ]);
    expect(many.stderr).toContain('--draws: "10000000" is not a whole number from 1 to 1,000,000');
    expect(sobol.stderr).toContain('--sobol: "1" is not a whole number from 2 to 100,000');
    expect(dirichlet.code).toBe(2);
    expect(workers.code).toBe(2);
    expect(workers.stderr).toMatch(/--workers: 4096 is more than this machine's \d+ cores/);
    expect(bootstrap.code).toBe(2);
    expect(bootstrap.stderr).toContain('add --sobol N');
    expect(weights.stderr).toContain('neither uniform:FRACTION');
    expect(draws.stderr).toContain('--draws: "0" is not a whole number from 1 to 1,000,000');
    expect(zh.stderr).toContain('既不是 uniform:比例');
  }, 60_000);
});
