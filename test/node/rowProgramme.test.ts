// The compiled row programme of scoreCsvFile (src/node/_rowProgramme.ts) scores plain rows
// without score(); every other row goes through score(). Its outputs — CSV, and JSON or NDJSON at
// summary and standard detail — must be byte for byte those of the path that runs score() on every
// row (`engine: 'exact'`, which never uses the programme), on the sample batch, on a generated
// file with its spoiled rows, and on random rows of the preset around the gates' thresholds,
// rounding boundaries, empty cells and bad numbers. The programme must also really score rows: a
// test counts them and compares their figures with score()'s one by one.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EntityResult, score } from 'youpin';
import { type LocatedIssue, readBatch, scoreCsvFile } from 'youpin/node';
import { generateBigCsv } from '../../scripts/generate-big-csv.js';
import { rowProgramme } from '../../src/node/_rowProgramme.js';
import { splitCsvLine } from '../helpers.js';
import { liaocheng, sample, scratch } from './_files.js';

const file = scratch();

type Layout = {
  readonly format: 'csv' | 'json' | 'ndjson';
  readonly detail?: 'summary' | 'standard';
  readonly indent?: 0 | 2;
};

const LAYOUTS: readonly Layout[] = [
  { format: 'csv' },
  { format: 'json', detail: 'summary', indent: 2 },
  { format: 'json', detail: 'standard', indent: 0 },
  { format: 'ndjson', detail: 'summary' },
  { format: 'ndjson', detail: 'standard' },
];

async function run(path: string, layout: Layout, chunkSize: number, exact: boolean) {
  let text = '';
  const issues: LocatedIssue[] = [];
  const summary = await scoreCsvFile(path, liaocheng, {
    ...layout,
    chunkSize,
    locale: 'both',
    ...(exact ? { engine: 'exact' as const } : {}),
    out: (piece) => {
      text += piece;
    },
    onIssue: (issue) => issues.push(issue),
  });
  const { engine: _, ...rest } = summary;
  return { text, issues, summary: rest };
}

async function expectSameBytes(path: string, chunkSizes: readonly number[]) {
  for (const layout of LAYOUTS) {
    const reference = await run(path, layout, 1000, true);
    for (const size of chunkSizes) {
      const compiled = await run(path, layout, size, false);
      expect(compiled.text).toBe(reference.text);
      expect(compiled.issues).toEqual(reference.issues);
      expect(compiled.summary).toEqual(reference.summary);
    }
  }
}

/** How many rows of a file the programme scores itself, each checked against score()'s result. */
async function plainRows(
  path: string,
): Promise<{ plain: number; notScored: number; warned: number; rows: number }> {
  const programme = rowProgramme(liaocheng, null, 'standard');
  expect(programme).not.toBeNull();
  const { entities } = await readBatch(path, liaocheng);
  const report = score(liaocheng, entities, { engine: 'exact' });
  let plain = 0;
  let notScored = 0;
  let warned = 0;
  const seen = new Set<unknown>();
  entities.forEach((input, i) => {
    // A repeated id is the core's (duplicate_id), as scoreCsvFile decides before the programme.
    const repeated = seen.has(input.id);
    seen.add(input.id);
    const mine = repeated ? null : programme?.run(input, i);
    if (!mine) return;
    plain++;
    const theirs = report.entities[i] as EntityResult;
    expect(mine.status).toBe(theirs.status);
    expect(mine.total).toBe(theirs.total);
    expect(mine.warnings).toEqual(theirs.warnings); // a pending verification's
    if (mine.warnings.length > 0) warned++;
    expect(mine.nodes.map((n) => [n.id, n.score])).toEqual(
      theirs.nodes.map((n) => [n.id, n.score]),
    );
    const s = theirs.selection;
    if (s && !['selected', 'outside_quota', 'lost_tie_break', 'tie_unresolved'].includes(s.reason))
      expect(mine.selection).toEqual(s);
    else expect(mine.selection?.band).toEqual(s?.band);
    if (mine.status === 'scored') return;
    // Ineligible and vetoed applicants: every gate and veto as the core gives them.
    notScored++;
    expect(mine.eligibility).toEqual(theirs.eligibility);
  });
  return { plain, notScored, warned, rows: entities.length };
}

describe('the compiled row programme of scoreCsvFile', () => {
  it('scores most rows of the sample batch itself, with score()’s figures', async () => {
    const { plain, notScored, warned, rows } = await plainRows(sample('sample-batch.csv'));
    expect(warned).toBeGreaterThan(0);
    expect(rows).toBe(127);
    expect(plain).toBeGreaterThan(90);
    expect(notScored).toBeGreaterThan(5);
  });

  it('writes the sample batch byte for byte as score() on every row does', {
    timeout: 120_000,
  }, async () => {
    await expectSameBytes(sample('sample-batch.csv'), [1, 40, 1000]);
  });

  it('on 3,000 generated rows with a stray quote, a bad number and a duplicate id', {
    timeout: 300_000,
  }, async () => {
    const path = await generateBigCsv(3000, file('gen-3000.csv', ''));
    const { plain, rows } = await plainRows(path);
    expect(plain / rows).toBeGreaterThan(0.75);
    await expectSameBytes(path, [700]);
  });
});

// Random rows of the preset: sample rows with cells replaced by values near the gates'
// thresholds (revenue 2,000, 3 years, a 3 % mean over three years), on .xx5 steps, empty, or
// written in ways the core refuses or reads with care.
describe('random rows: the programme and score() give the same bytes', () => {
  const text = readFileSync(sample('sample-batch.csv'), 'utf8').replace(/^\uFEFF/, '');
  const [header = '', ...body] = text.split('\r\n').filter((line) => line !== '');
  const columns = header.split(',');
  const numbers = [
    '',
    ' ',
    '0',
    '2000',
    '2000.00',
    '1999.99',
    '2000.01',
    '3',
    '2.99',
    '3.01',
    '3.00',
    '12.345',
    '12.335',
    '0.005',
    '99.995',
    '63.875',
    '12,5',
    '1e3',
    '-1',
    'abc',
    '5年',
    '７',
    '1,234',
    '100%',
    '+5',
    '007',
    '.5',
    '5.',
    '4.45',
    '4.55',
  ];
  const words = [
    '',
    '是',
    '否',
    'yes',
    'no',
    'true',
    'maybe',
    'A',
    'B',
    'C',
    'D',
    'E',
    'Ａ',
    'passed',
    'pending',
    'failed',
    'green_food',
    'organic;green_food',
    'none',
  ];
  // Near each gate's threshold, per column: the values that decide it, exactly and barely.
  const near: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
    [/^fact\.years_operating$/, ['2.99', '3', '3.00', '3.01', '2', '', '3年', 'x']],
    [/^营业收入（上年度）$/, ['1999.99', '2000', '2000.00', '2000.01', '', '2,000']],
    [/^营业收入$/, ['499.99', '500', '500.0', '99.99', '100', '100.00']],
    [/^吸纳就业人数$/, ['49', '50', '50.0', '49.99']],
    [/^series\.rnd_ratio\./, ['2.5', '3', '3.5', '2.99', '3.01', '4', '', '3.000']],
    [/^series\.net_profit\./, ['-1', '0', '-0.01', '5', '', '1e2']],
    [
      /^fact\.(registered|public|own|quality|restricted|primary|service)/,
      ['是', '否', '', 'yes', 'maybe'],
    ],
    [/^fact\.credit_grade$/, ['A', 'B', 'C', 'D', '', 'Z', 'A 级（诚信）']],
    [
      /^fact\.certifications$/,
      ['green_food', 'organic;green_food', 'none', '', 'featured_quality'],
    ],
    [/^verification\./, ['passed', 'pending', 'failed', '', 'ok']],
  ];
  // Each group edits one of its columns in about a third of the rows.
  const targeted = near.map(([pattern, pool]) => {
    const at = columns.flatMap((name, i) => (pattern.test(name) ? [i] : []));
    return fc.oneof(
      { arbitrary: fc.constant(null), weight: 4 },
      { arbitrary: fc.tuple(fc.constantFrom(...at), fc.constantFrom(...pool)), weight: 1 },
    );
  });
  const anyCell = fc.tuple(
    fc.integer({ min: 4, max: columns.length - 1 }),
    fc.oneof(fc.constantFrom(...numbers), fc.constantFrom(...words)),
  );
  const row = fc.record({
    base: fc.integer({ min: 0, max: body.length - 1 }),
    edits: fc
      .tuple(fc.tuple(...targeted), fc.array(anyCell, { maxLength: 1 }))
      .map(([gates, others]) => [
        ...gates.filter((e): e is [number, string] => e !== null),
        ...others,
      ]),
  });

  it('on CSV and standard JSON, in chunks of 1 to 9', { timeout: 300_000 }, async () => {
    const programme = rowProgramme(liaocheng, null, 'standard');
    let plain = 0;
    let all = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 9 }),
        async (rows, size) => {
          const lines = rows.map(({ base, edits }, n) => {
            const cells = splitCsvLine(body[base] as string);
            cells[0] = `R${n % 7}`; // some ids repeat
            // A leaf of another sector stays empty (a value there is a warning: the core's path).
            for (const [c, v] of edits)
              if (cells[c] !== '' || /^(fact|series|verification)\./.test(columns[c] ?? ''))
                cells[c] = v;
            return cells.map(quote).join(',');
          });
          const path = file('random.csv', `${header}\r\n${lines.join('\r\n')}\r\n`);
          const { entities } = await readBatch(path, liaocheng);
          plain += entities.filter((e, i) => programme?.run(e, i)).length;
          all += entities.length;
          for (const layout of [LAYOUTS[0], LAYOUTS[2]] as Layout[]) {
            const reference = await run(path, layout, size, true);
            const compiled = await run(path, layout, size, false);
            expect(compiled.text).toBe(reference.text);
            expect(compiled.issues).toEqual(reference.issues);
            expect(compiled.summary).toEqual(reference.summary);
          }
        },
      ),
      { numRuns: 100, seed: 185 },
    );
    // Enough rows were the programme's own for the comparison to mean something.
    expect(plain / all).toBeGreaterThan(0.2);
  });
});

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
