import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UNSAFE_TEXT } from '../helpers.js';
import { type Run, scratch, youpin } from './_cli.js';

// Issue 16, item 5: names, labels, ids, headers and file names reach the terminal with control
// and bidi characters escaped — the table, `explain`, `validate`, `benchmark`, `weights` and every
// message on stderr — through one function (showText). Without colour (the runs below are not on
// a terminal) no line may hold a control character at all.

// Clear the screen, set the window title (OSC 0), hide a link (OSC 8), a C1 CSI, reverse the text.
const ESC = '\u001b';
const evil = (tag: string) =>
  `${tag}${ESC}[2J${ESC}]0;pwned\u0007${ESC}]8;;http://evil.example${ESC}\\click${ESC}]8;;${ESC}\\\u009b31m\u202egpj.exe\u2066`;

const l = (zh: string, en: string) => ({ zh, en });
const model = {
  id: 'terminal',
  version: '1',
  name: l(evil('模型'), evil('Model')),
  tree: {
    id: 'total',
    label: l('总分', 'Total'),
    children: [
      {
        id: 'Q',
        label: l(evil('质量'), evil('Quality')),
        children: [
          { id: 'Q1', label: l(evil('标准'), evil('Standard')), scoring: { method: 'direct' } },
        ],
      },
      { id: 'I', label: l(evil('创新'), evil('Innovation')), scoring: { method: 'direct' } },
    ],
  },
  profile: { weights: { Q: 0.6, I: 0.4, Q1: 1 } },
  sectors: [{ id: 'food', label: l(evil('食品'), evil('Food')) }],
  selection: {
    threshold: 90,
    bands: [{ id: 'top', label: l(evil('优'), evil('Top')), min: 50 }],
  },
};

/** Every line of a run's stdout and stderr is free of control and bidi characters. */
function expectClean(run: Run): void {
  for (const stream of [run.stdout, run.stderr]) {
    for (const line of stream.split('\n')) expect(line).not.toMatch(UNSAFE_TEXT);
  }
}

describe('the command line prints hostile text escaped', () => {
  const dir = scratch();
  const modelFile = join(dir, 'model.json');
  const batchFile = join(dir, 'batch.json');
  // A file name holds no slash: the same escapes without the link.
  const csvFile = join(dir, `file${ESC}[2J${ESC}]0;pwned\u0007\u009b31m\u202egpj.exe.csv`);
  const benchmarkFile = join(dir, 'benchmark.json');
  const matrixFile = join(dir, 'matrix.csv');
  const id = evil('A');
  const runs: Record<string, Run> = {};

  beforeAll(async () => {
    writeFileSync(modelFile, JSON.stringify(model));
    const batch = [
      { id, name: evil('名称'), sector: 'food', values: { Q1: 80, I: 60 } },
      { id: 'B', name: l(evil('乙'), evil('Bee')), sector: 'food', values: { Q1: 'x', I: 1 } },
      { id: 'C', sector: evil('sector'), values: { [evil('leaf')]: 1 } },
    ];
    writeFileSync(batchFile, JSON.stringify(batch));
    writeFileSync(
      csvFile,
      `id,name,sector,Q1,I,${evil('column')}\n${evil('R')},${evil('n')},food,70,${evil('v')},1\n`,
    );
    writeFileSync(
      benchmarkFile,
      JSON.stringify({
        id: evil('bench'),
        version: '1',
        name: l(evil('基准'), evil('Bench')),
        provenance: { status: 'proposed', source: 'test' },
        lines: [{ node: 'Q', min: 60, provenance: { status: 'proposed', source: 'test' } }],
      }),
    );
    writeFileSync(matrixFile, `${evil('c1')},${evil('c2')}\n1,2\n3,5\n4,1\n`);
    const m = ['--model', modelFile];
    const names = [
      'table',
      'explain',
      'explainUnknown',
      'csvFile',
      'validate',
      'benchmark',
      'weights',
      'badOption',
      'badChoice',
      'zh',
    ];
    const done = await Promise.all([
      youpin(['score', batchFile, ...m]),
      youpin(['explain', id, batchFile, ...m]),
      youpin(['explain', evil('nobody'), batchFile, ...m]),
      youpin(['score', csvFile, ...m]),
      youpin(['validate', csvFile, ...m]),
      youpin(['benchmark', batchFile, ...m, '--benchmark', benchmarkFile]),
      youpin(['weights', 'entropy', matrixFile]),
      youpin(['score', batchFile, `--${evil('opt')}`]),
      youpin(['score', batchFile, '--format', evil('fmt')]),
      youpin(['score', batchFile, ...m, '--lang', 'zh']),
    ]);
    names.forEach((name, i) => {
      runs[name] = done[i] as Run;
    });
  });

  it('in the table: names, ids, model, sector, dimension and band labels', () => {
    const run = runs['table'] as Run;
    expect(run.stdout).toContain('\\u001b[2J');
    expect(run.stdout).toContain('\\u202egpj.exe');
    expectClean(run);
    expectClean(runs['zh'] as Run);
  });

  it('in explain: the title and every sentence', () => {
    const run = runs['explain'] as Run;
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').length).toBeGreaterThan(3);
    expectClean(run);
  });

  it('in messages on stderr: unknown ids, sectors, indicators, columns, cells, file names', () => {
    expect(runs['explainUnknown']?.code).toBe(1);
    expect(runs['explainUnknown']?.stderr).toContain('nobody\\u001b[2J');
    expect(runs['csvFile']?.stderr).toContain('column\\u001b[2J');
    for (const name of ['explainUnknown', 'csvFile', 'validate']) expectClean(runs[name] as Run);
  });

  it('in benchmark and weights tables', () => {
    expect(runs['benchmark']?.code).toBe(0);
    expect(runs['weights']?.code).toBe(0);
    expectClean(runs['benchmark'] as Run);
    expectClean(runs['weights'] as Run);
  });

  it('in usage errors: an unknown option, a bad choice', () => {
    expect(runs['badOption']?.code).toBe(2);
    expect(runs['badChoice']?.code).toBe(2);
    expectClean(runs['badOption'] as Run);
    expectClean(runs['badChoice'] as Run);
  });

  it('with colour on, only the command line’s own colour escapes remain', async () => {
    const run = await youpin(['score', batchFile, '--model', modelFile], { FORCE_COLOR: '1' });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing the SGR colour codes.
    const plain = run.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    for (const line of plain.split('\n')) expect(line).not.toMatch(UNSAFE_TEXT);
  });
});
