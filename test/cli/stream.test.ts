import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineModel, type ModelInput, score, toCsv } from 'youpin';
import { readBatch } from 'youpin/node';
import { liaocheng2024 } from 'youpin/presets';
import { generateBigCsv, spoiledRows } from '../../scripts/generate-big-csv.js';
// The reader of the report: the library's own CSV splitter (private), to check the output.
import { parseCsv } from '../../src/node/_parseCsv.js';
import { cli, type Run, scratch, youpin } from './_cli.js';

// `youpin score FILE.csv --format csv` scores the file as a stream (youpin/node scoreCsvFile): the
// same report, problem lines and exit code as the in-memory path, for files of any size.

const liaocheng = defineModel(liaocheng2024);
const SAMPLE = 'examples/data/sample-batch.csv';
const BAD = 'examples/data/bad-applicants.csv';

describe('youpin score FILE.csv --format csv, streamed', () => {
  const dir = scratch();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const out = join(dir, 'bad.csv');
  let streamed: Run;
  let inMemory: Run;
  let bad: Run;
  let badTable: Run;
  beforeAll(async () => {
    [streamed, inMemory, bad, badTable] = await Promise.all([
      youpin(['score', SAMPLE, '--format', 'csv']),
      // Markdown needs the whole report: the in-memory path, for its stderr (problems, then the
      // summary of the notices that need action, which the table would show in itself instead).
      youpin(['score', SAMPLE, '--format', 'md']),
      youpin(['score', BAD, '--format', 'csv', '--out', out, '--locale', 'en', '--lang', 'zh']),
      youpin(['score', BAD, '--lang', 'zh']),
    ]);
  });

  it('writes what toCsv writes for the whole batch, with the same stderr and exit code', async () => {
    const batch = await readBatch(SAMPLE, liaocheng);
    expect(streamed.stdout).toBe(toCsv(score(liaocheng, batch.entities)));
    expect(streamed.stderr).toBe(inMemory.stderr);
    expect(streamed.stderr).toContain(
      'notice: 1 applicant awaits a third-party verification: publish once it is in\n',
    );
    expect(streamed.code).toBe(inMemory.code);
  });

  it('lists the problems of the file and of the rows, located, then where it wrote', async () => {
    const batch = await readBatch(BAD, liaocheng);
    expect(readFileSync(out, 'utf8')).toBe(
      toCsv(score(liaocheng, batch.entities), { locale: 'en' }),
    );
    expect(bad.code).toBe(1);
    const lines = bad.stderr.split('\n');
    // As the in-memory path, except the stray quote: reported, and the next rows read on.
    expect(lines).toEqual([
      ...badTable.stderr
        .split('\n')
        .filter((line) => line !== '')
        .map((line) =>
          line.includes('带引号字段')
            ? 'bad-applicants.csv 第 6 行：第 6 行开始的带引号字段未在行尾闭合，跳过第 6 行，从第 7 行继续读取'
            : line,
        ),
      `已写入 ${out}`,
      '',
    ]);
  });

  it('scores a model with a cohort method in memory, as before', async () => {
    const cohort: ModelInput = {
      ...liaocheng2024,
      id: 'cohort',
      tree: {
        id: 'total',
        label: { zh: '总分', en: 'Total' },
        children: [
          {
            id: 'Q',
            label: { zh: '质量', en: 'Quality' },
            children: [
              {
                id: 'm_Q4',
                label: { zh: '满意度', en: 'Satisfaction' },
                scoring: { method: 'minmax' },
              },
            ],
          },
        ],
      },
      profile: { weights: { Q: 1, m_Q4: 1 } },
      sectors: [{ id: 'manufacturing', label: { zh: '制造业', en: 'Manufacturing' } }],
      gates: [],
      vetoes: [],
      selection: { threshold: 50 },
    };
    const modelFile = join(dir, 'cohort.json');
    writeFileSync(modelFile, JSON.stringify(cohort));
    const csvFile = join(dir, 'cohort.csv');
    writeFileSync(
      csvFile,
      'id,sector,m_Q4\nA,manufacturing,10\nB,manufacturing,30\nC,manufacturing,20\n',
    );
    const run = await youpin(['score', csvFile, '--model', modelFile, '--format', 'csv']);
    const model = defineModel(cohort);
    const batch = await readBatch(csvFile, model);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(toCsv(score(model, batch.entities)));
    expect(run.stdout).toContain('B,,制造业 Manufacturing,合格参评 Scored,100.00,1,1');
  });
});

describe('youpin score on 20,000 generated rows, streamed', { timeout: 600_000 }, () => {
  const dir = scratch();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const rows = 20_000;
  const file = join(dir, 'applicants.csv');
  const out = join(dir, 'results.csv');
  const spoiled = spoiledRows(rows);
  let run: Run;
  let records: string[][];
  beforeAll(async () => {
    await generateBigCsv(rows, file);
    run = await youpin(['score', file, '--format', 'csv', '--out', out, '--locale', 'en']);
    records = parseCsv(readFileSync(out, 'utf8')).records.flatMap((r) =>
      'cells' in r ? [[...r.cells]] : [],
    );
  }, 600_000);

  it('reports the stray quote, the bad number and the duplicate with their rows; exits 1', () => {
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n');
    expect(lines[0]).toBe(`${file}: 1 problem in the file:`);
    expect(lines[1]).toBe(
      `applicants.csv, row ${spoiled.strayQuote}: a quoted field that starts in row ${spoiled.strayQuote} is not closed where the row ends; row ${spoiled.strayQuote} is skipped and reading goes on at row ${spoiled.strayQuote + 1}`,
    );
    expect(lines[2]).toBe('2 rows have problems (kept in the report as not scored):');
    expect(lines[3]).toMatch(
      new RegExp(
        `^applicants\\.csv, row ${spoiled.badNumber}, column .+: "12,5" \\(.+\\) is not a number: write decimals with a point, as in 12\\.5$`,
      ),
    );
    expect(lines[4]).toMatch(
      new RegExp(
        `^applicants\\.csv, row ${spoiled.duplicate}, column 编号: id ".+" is used twice \\(ids are compared ignoring letter case, full-width characters and invisible characters\\)$`,
      ),
    );
    // The notices that need action before publication, counted over the whole file as the
    // notices column of the results has them, then where the results went.
    const column = (text: string) => records.slice(1).filter((r) => r.at(-1)?.includes(text));
    expect(lines.slice(5)).toEqual([
      `notice: ${column('is still pending').length} applicants await a third-party verification: publish once it is in`,
      `notice: ${column('failed; the leaf scores 0').length} applicants failed a third-party verification (the indicator scores the bottom of the scale): confirm it before publication`,
      `notice: ${column('scores the bottom of the scale').length} applicants have a missing value scored at the bottom of the scale: supply or confirm it before publication`,
      `notice: ${column('were renormalised').length} applicants have a missing value whose weight went to its siblings: supply or confirm it before publication`,
      `Wrote ${out}`,
      '',
    ]);
    expect(column('is still pending').length).toBeGreaterThan(100);
  });

  it('writes every other row, ranked over the whole file, with the whole file’s list', () => {
    const [header, ...data] = records;
    expect(header?.slice(0, 11)).toEqual([
      'Index',
      'ID',
      'Name',
      'Sector',
      'Status',
      'Total',
      'Rank in sector',
      'Rank overall',
      'Selected',
      'Reason',
      'Band',
    ]);
    expect(data).toHaveLength(rows - 1);
    expect(data.map((r) => Number(r[0]))).toEqual(data.map((_, i) => i));
    // Competition ranks: 1 + the number of totals strictly greater, in the sector and overall.
    const scored = data.filter((r) => r[4] === 'Scored');
    const totals = scored.map((r) => Number(r[5]));
    const greater = (t: number, among: number[]) => among.filter((x) => x > t).length;
    const sample = scored.filter((_, k) => k % 97 === 0);
    for (const r of sample) {
      const sector = scored.filter((s) => s[3] === r[3]).map((s) => Number(s[5]));
      expect(Number(r[7])).toBe(1 + greater(Number(r[5]), totals));
      expect(Number(r[6])).toBe(1 + greater(Number(r[5]), sector));
    }
    // The quotas (8 + 6 + 6) are filled from the top of each sector.
    const selected = data.filter((r) => r[8] === 'yes');
    expect(selected).toHaveLength(20);
    expect(selected.every((r) => Number(r[6]) <= 8)).toBe(true);
    expect(data.filter((r) => r[4] === 'Invalid data')).toHaveLength(2);
  });
});

describe('youpin score FILE.csv --format json|ndjson --detail, streamed', () => {
  let json: Run;
  let ndjson: Run;
  let full: Run;
  let wrong: Run;
  beforeAll(async () => {
    [json, ndjson, full, wrong] = await Promise.all([
      youpin(['score', SAMPLE, '--format', 'json', '--detail', 'standard']),
      youpin(['score', SAMPLE, '--format', 'ndjson', '--detail', 'summary']),
      youpin(['score', SAMPLE, '--format', 'json']),
      youpin(['score', SAMPLE, '--detail', 'summary']),
    ]);
  });

  it('writes the library report at that detail, as reportChunks writes it, with the same exit code', async () => {
    const { reportChunks } = await import('youpin');
    const batch = await readBatch(SAMPLE, liaocheng);
    const report = score(liaocheng, batch.entities);
    let expected = '';
    for await (const chunk of reportChunks(report, { detail: 'standard', indent: 2 }))
      expected += chunk;
    expect(json.stdout).toBe(`${expected}\n`);
    expect(json.code).toBe(full.code);
    const lines = ndjson.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(report.entities.length + 1);
    expect(JSON.parse(lines[0] ?? '').detail).toBe('summary');
    expect(JSON.parse(lines[1] ?? '').reasons).toBeDefined();
  });

  it('--format json without --detail is the whole report, as JSON.stringify(report, null, 2)', async () => {
    const batch = await readBatch(SAMPLE, liaocheng);
    expect(full.stdout).toBe(`${JSON.stringify(score(liaocheng, batch.entities), null, 2)}\n`);
  });

  it('--detail summary on an html report writes the summary page', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const out = join(mkdtempSync(join(tmpdir(), 'youpin-html-')), 'summary.html');
    const run = await youpin(['score', SAMPLE, '--detail', 'summary', '--out', out]);
    expect(run.code).toBe(full.code);
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('class="public-list"');
    expect(page).not.toContain('<details class="entity"');
  });

  it('--detail without json or ndjson is a usage error', () => {
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--detail/);
  });
});

describe('youpin score FILE.csv --format json at full detail, from FAST_PATH_FROM applicants', {
  timeout: 600_000,
}, () => {
  const dir = scratch();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is streamed: the same bytes as the report scored in memory, across the boundary', async () => {
    const { FAST_PATH_FROM } = await import('youpin');
    for (const applicants of [FAST_PATH_FROM - 1, FAST_PATH_FROM, FAST_PATH_FROM + 500]) {
      const file = join(dir, `applicants-${applicants}.csv`);
      await generateBigCsv(applicants, file, { strayQuote: false });
      const run = await youpin(['score', file, '--format', 'json']);
      const batch = await readBatch(file, liaocheng);
      expect(batch.entities).toHaveLength(applicants);
      const report = score(liaocheng, batch.entities);
      expect(report.engine).toBe(applicants >= FAST_PATH_FROM ? 'fast' : 'exact');
      expect(run.stdout === `${JSON.stringify(report, null, 2)}\n`).toBe(true);
      expect(run.code).toBe(0);
    }
  });

  it('holds a bounded memory: 20,000 applicants in full detail under a heap of 160 MB', async () => {
    // In memory, the full report of 20,000 applicants needs about 1 GB of heap; streamed, a
    // chunk's report at a time.
    const file = join(dir, 'applicants-20000.csv');
    await generateBigCsv(20_000, file, { strayQuote: false });
    const out = join(dir, 'full.ndjson');
    const run = await youpin(
      ['score', file, '--format', 'ndjson', '--detail', 'full', '--out', out],
      {
        NODE_OPTIONS: '--max-old-space-size=160',
      },
    );
    expect(run.stderr).not.toMatch(/heap|internal error/i);
    expect(run.code).toBe(0);
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines).toHaveLength(20_000 + 2); // the header, the applicants, and the final newline
    expect(JSON.parse(lines[0] ?? '').engine).toBe('fast'); // a full report's header: no `detail`
    const last = JSON.parse(lines[20_000] ?? '');
    expect(last.index).toBe(19_999);
    expect(last.nodes.length).toBeGreaterThan(20); // every node of its sector's tree
  });
});

describe('youpin score FILE.csv streamed to a full disk, or with a TMPDIR that does not exist', () => {
  // Linux's /dev/full takes every write with ENOSPC: a full disk, without filling one.
  it.runIf(existsSync('/dev/full'))(
    'says it cannot write the output, not that it is a bug',
    async () => {
      for (const format of [['csv'], ['json', '--detail', 'summary']]) {
        const run = await youpin(['score', SAMPLE, '--format', ...format, '--out', '/dev/full']);
        expect(run.code).toBe(1);
        expect(run.stderr).toContain('youpin: cannot write /dev/full: ENOSPC');
        expect(run.stderr).not.toMatch(/internal error| {4}at /);
      }
    },
  );

  it.runIf(existsSync('/dev/full'))(
    'in memory, and on a standard output that is full, too',
    async () => {
      // A small file's full-detail JSON goes through the in-memory path.
      const run = await youpin(['score', SAMPLE, '--format', 'json', '--out', '/dev/full']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('youpin: cannot write /dev/full: ENOSPC');
      expect(run.stderr).not.toMatch(/internal error| {4}at /);
      // `youpin score … > file` on a full disk: the standard output is /dev/full.
      const { spawnSync } = await import('node:child_process');
      const { openSync, closeSync } = await import('node:fs');
      for (const [lang, said] of [
        ['en', 'youpin: cannot write the standard output: ENOSPC'],
        ['zh', 'youpin: 无法写入 标准输出：ENOSPC'],
      ] as const) {
        const full = openSync('/dev/full', 'w');
        const done = spawnSync(
          process.execPath,
          [cli, '--lang', lang, 'score', SAMPLE, '--format', 'csv'],
          { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' },
        );
        closeSync(full);
        expect(done.status).toBe(1);
        expect(done.stderr).toContain(said);
        expect(done.stderr).not.toMatch(/internal error| {4}at /);
      }
    },
  );

  it('says it cannot write the temporary file, and where (TMPDIR)', async () => {
    const missing = join(scratch(), 'missing');
    const run = await youpin(['score', SAMPLE, '--format', 'csv', '--lang', 'zh'], {
      TMPDIR: missing,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`youpin: 无法写入 ${missing}`);
    expect(run.stderr).toContain('(TMPDIR)');
    expect(run.stderr).not.toMatch(/internal error| {4}at /);
  });
});
