// `youpin weights entropy|critic FILE --sector S` derives a sector's weights from a batch's scores;
// `--into MODEL --out NEW` writes them as a new model version with provenance; a batch given where
// a matrix belongs is summarised, not listed cell by cell. Built command line, child processes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineModel, deriveProfile, score } from 'youpin';
import { readBatch } from 'youpin/node';
import { liaocheng2024 } from 'youpin/presets';
import { TAI, TAI_INDICATORS } from '../fixtures/tai.js';
import { scratch, youpin } from './_cli.js';

const batchFile = 'examples/data/sample-batch.csv';
const dir = scratch();

describe('youpin weights for a model', () => {
  it('pca from a batch: the weights deriveProfile gives, per branch', async () => {
    const run = await youpin(['weights', 'pca', batchFile, '--sector', 'services', '-f', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const derived = JSON.parse(run.stdout) as Array<{
      parent: string;
      method: string;
      weights: string[];
    }>;
    expect(derived[0]?.method).toBe('pca');
    const model = defineModel(liaocheng2024);
    const { entities } = await readBatch(batchFile, model);
    const expected = deriveProfile(model, {
      sector: 'services',
      version: 'x',
      parents: { total: { method: 'pca' } },
      entities,
    });
    expect(derived[0]?.weights).toEqual(expected.derivations[0]?.weights);
    const rejected = await youpin([
      'weights',
      'pca',
      batchFile,
      '--sector',
      'services',
      '--factors',
      '2',
    ]);
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toContain('--factors');
  }, 60_000);

  it('pca on a decision matrix: weights, factors and rotated loadings (OECD/JRC Handbook 2008, TAI)', async () => {
    const file = join(dir, 'tai.csv');
    writeFileSync(
      file,
      `${TAI_INDICATORS.join(',')}\n${TAI.map((row) => row.join(',')).join('\n')}\n`,
    );
    const table = await youpin(['weights', 'pca', file, '--factors', '4', '--lang', 'en']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^patents +0\.1649 +2 +0\.9669$/m);
    expect(table.stdout).toMatch(/^exports +0\.0739 +1 +-0\.6475$/m);
    expect(table.stdout).toContain('4 factors kept, explaining 87.2% of the variance');
    const json = await youpin(['weights', 'pca', file, '-f', 'json']);
    expect(JSON.parse(json.stdout).factors).toBe(2);
    const zh = await youpin(['weights', 'pca', file, '--factors', '0', '--lang', 'zh']);
    expect(zh.code).toBe(2);
    const tooMany = await youpin(['weights', 'pca', file, '--factors', '9', '--lang', 'en']);
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toContain('--factors');
  }, 60_000);

  it('entropy from a batch: every branch of the sector, as deriveProfile gives them', async () => {
    const run = await youpin([
      'weights',
      'entropy',
      batchFile,
      '--sector',
      'manufacturing',
      '-f',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const derived = JSON.parse(run.stdout) as Array<{ parent: string; weights: string[] }>;
    expect(derived.map((d) => d.parent)).toEqual(['total', 'Q', 'I', 'B', 'E', 'S']);
    const model = defineModel(liaocheng2024);
    const { entities } = await readBatch(batchFile, model);
    const expected = deriveProfile(model, {
      sector: 'manufacturing',
      version: 'x',
      parents: { total: { method: 'entropy' } },
      entities,
    });
    expect(derived[0]?.weights).toEqual(expected.derivations[0]?.weights);
  }, 60_000);

  it('--into writes a new model version that scores, with provenance; the old file is untouched', async () => {
    const base = join(dir, 'city.json');
    const next = join(dir, 'city-v2.json');
    writeFileSync(base, JSON.stringify(liaocheng2024));
    const run = await youpin([
      'weights',
      'critic',
      batchFile,
      '--sector',
      'services',
      '--parent',
      'total',
      '--into',
      base,
      '--out',
      next,
      '--new-version',
      '2025.1-critic',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      'critic weights for Services (services) (new model version 2025.1-critic)',
    );
    expect(run.stderr).toContain(`Wrote model version 2025.1-critic to ${next}`);
    const definition = JSON.parse(readFileSync(next, 'utf8'));
    expect(definition.version).toBe('2025.1-critic');
    const services = definition.sectors.find((s: { id: string }) => s.id === 'services');
    expect(services.profile.provenance.source).toBe('total: critic');
    expect(services.profile.provenance.note).toMatch(
      /critic weights from sample-batch\.csv \(127 rows\), youpin weights, \d{4}-\d{2}-\d{2}$/,
    );
    expect(JSON.parse(readFileSync(base, 'utf8'))).toEqual(liaocheng2024);
    // The new version is a model: it scores the batch.
    const model = defineModel(definition);
    const { entities } = await readBatch(batchFile, model);
    expect(score(model, entities).counts.scored).toBeGreaterThan(100);
  }, 60_000);

  it('ahp with --into takes one parent', async () => {
    const judgements = join(dir, 'j.csv');
    writeFileSync(
      judgements,
      '1,3,2,3,4\n1/3,1,1/2,1,2\n1/2,2,1,2,3\n1/3,1,1/2,1,2\n1/4,1/2,1/3,1/2,1\n',
    );
    const base = join(dir, 'city-ahp-base.json');
    writeFileSync(base, JSON.stringify(liaocheng2024));
    const [one, none, noOut] = await Promise.all([
      youpin([
        'weights',
        'ahp',
        judgements,
        '--sector',
        'services',
        '--parent',
        'total',
        '--into',
        base,
        '--out',
        join(dir, 'ahp.json'),
      ]),
      youpin([
        'weights',
        'ahp',
        judgements,
        '--sector',
        'services',
        '--into',
        base,
        '--out',
        join(dir, 'no.json'),
      ]),
      youpin(['weights', 'ahp', judgements, '--sector', 'services', '--into', base]),
    ]);
    expect(one.code, one.stderr).toBe(0);
    expect(
      JSON.parse(readFileSync(join(dir, 'ahp.json'), 'utf8')).sectors[2].profile.provenance.source,
    ).toMatch(/^total: AHP eigenvector/);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('takes one --parent');
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--into MODEL needs --out FILE');
  }, 60_000);

  it('ahp judgements are matched by their labels, whatever their order; a wrong label is refused; --strict fails on CR', async () => {
    const ordered = join(dir, 'ordered.csv');
    const shuffled = join(dir, 'shuffled.csv');
    const wrong = join(dir, 'wrong.csv');
    const inconsistent = join(dir, 'inconsistent.csv');
    writeFileSync(
      ordered,
      ',Q,I,B,E,S\nQ,1,3,2,3,4\nI,1/3,1,1/2,1,2\nB,1/2,2,1,2,3\nE,1/3,1,1/2,1,2\nS,1/4,1/2,1/3,1/2,1\n',
    );
    // The same judgements, rows and columns in the order S, Q, I, B, E.
    writeFileSync(
      shuffled,
      ',S,Q,I,B,E\nS,1,1/4,1/2,1/3,1/2\nQ,4,1,3,2,3\nI,2,1/3,1,1/2,1\nB,3,1/2,2,1,2\nE,2,1/3,1,1/2,1\n',
    );
    writeFileSync(
      wrong,
      ',X,Q,I,B,E\nX,1,1/4,1/2,1/3,1/2\nQ,4,1,3,2,3\nI,2,1/3,1,1/2,1\nB,3,1/2,2,1,2\nE,2,1/3,1,1/2,1\n',
    );
    writeFileSync(inconsistent, '1,9,9\n1/9,1,9\n1/9,1/9,1\n');
    const args = (f: string) => [
      'weights',
      'ahp',
      f,
      '--sector',
      'services',
      '--parent',
      'total',
      '-f',
      'json',
    ];
    const [a, b, bad, strict] = await Promise.all([
      youpin(args(ordered)),
      youpin(args(shuffled)),
      youpin(args(wrong)),
      youpin(['weights', 'ahp', inconsistent, '--sector', 'services', '--parent', 'I', '--strict']),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(JSON.parse(b.stdout)[0].weights).toEqual(JSON.parse(a.stdout)[0].weights);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      'must name each child of total once (Q, I, B, E, S); not a child: X; missing: S',
    );
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('Not consistent enough: CR 0.4835 > 0.1');
    expect(strict.stderr).toContain(
      'the judgements have no labels: their rows and columns are taken as the children of I',
    );
  }, 60_000);

  it('options of the matrix mode are refused for a model', async () => {
    const run = await youpin([
      'weights',
      'entropy',
      batchFile,
      '--sector',
      'services',
      '--directions',
      'higher',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "--directions applies to a decision matrix, not to a model's scores",
    );
  }, 60_000);

  it('a batch given as a matrix: ten problems, the count of the rest, and a hint; --verbose lists all', async () => {
    const [quiet, verbose] = await Promise.all([
      youpin(['weights', 'entropy', batchFile]),
      youpin(['weights', 'entropy', batchFile, '--verbose']),
    ]);
    expect(quiet.code).toBe(1);
    const lines = quiet.stderr.trimEnd().split('\n');
    expect(lines.length).toBe(13); // heading, 10 problems, "… and N more", the hint
    expect(lines[11]).toMatch(/^… and [\d]+ more \(--verbose lists every one\)$/);
    expect(lines[12]).toContain('looks like a batch of applicants, not a matrix: add --sector S');
    expect(verbose.stderr.split('\n').length).toBeGreaterThan(1000);
  }, 60_000);

  it('a JSON batch or a workbook given as a matrix, and a leaf given as --parent, are named for what they are', async () => {
    const [json, xlsx, xlsxZh, leaf] = await Promise.all([
      youpin(['weights', 'entropy', 'examples/data/sample-batch.json']),
      youpin(['weights', 'critic', 'examples/data/sample-batch.xlsx']),
      youpin(['weights', 'critic', 'examples/data/sample-batch.xlsx', '--lang', 'zh']),
      youpin([
        'weights',
        'entropy',
        batchFile,
        '--sector',
        'manufacturing',
        '--parent',
        'm_Q2,nope',
      ]),
    ]);
    expect(json.code).toBe(1);
    expect(json.stderr).toContain(
      'sample-batch.json looks like a batch of applicants, not a matrix: add --sector S',
    );
    expect(xlsx.code).toBe(1);
    expect(xlsx.stderr).toContain(
      'sample-batch.xlsx is a workbook: youpin weights reads a matrix from a CSV or JSON file',
    );
    expect(xlsxZh.stderr).toContain('sample-batch.xlsx 是 Excel 工作簿');
    expect(leaf.code).toBe(1);
    expect(leaf.stderr).toContain(
      '--parent m_Q2: "m_Q2" is a leaf: weights are derived for the children of a branch (its parent is "Q")',
    );
    expect(leaf.stderr).toContain('--parent nope: "nope" is not a node of the tree');
  }, 60_000);
});
