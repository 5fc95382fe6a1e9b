// `youpin analyse FILE`: the coherence of the tree on a batch, as a table, CSV and JSON.
import { describe, expect, it } from 'vitest';
import { coherence, defineModel, score } from 'youpin';
import { readBatch } from 'youpin/node';
import { liaocheng2024 } from 'youpin/presets';
import { youpin } from './_cli.js';

const file = 'examples/data/sample-batch.csv';

describe('youpin analyse', () => {
  it('json is coherence() of the report; the table and csv show every child', async () => {
    const model = defineModel(liaocheng2024);
    const report = score(model, (await readBatch(file, model)).entities);
    const [json, table, csv, zh] = await Promise.all([
      youpin(['analyse', file, '--sector', 'services', '--format', 'json']),
      youpin(['analyse', file, '--sector', 'services']),
      youpin(['analyse', file, '--format', 'csv']),
      youpin(['analyse', file, '--sector', 'services', '--lang', 'zh']),
    ]);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(coherence(report, { sector: 'services' }));
    expect(table.stdout).toMatch(/^Services \(services\): \d+ scored applicants/);
    expect(table.stdout).toMatch(
      /total Total score — n \d+, Cronbach's α 0\.\d{3}, first component explains 0\.\d\d/,
    );
    expect(zh.stdout).toMatch(/^服务业（services）：\d+ 个已计分申报对象/);
    const lines = csv.stdout
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'sector,parent,child,n,pearson,spearman,loading_pc1,alpha,alpha_if_dropped,pc1_explained',
    );
    const children = coherence(report).sectors.reduce(
      (n, s) => n + s.branches.reduce((k, b) => k + b.children.length, 0),
      0,
    );
    expect(lines).toHaveLength(1 + children);
  }, 120_000);

  it('an unknown sector is a usage error', async () => {
    const run = await youpin(['analyse', file, '--sector', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '--sector: "nope" is not one of manufacturing, agriculture, services',
    );
  }, 60_000);
});
