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
import { defineModel, type EntityInput, type EntityResult, type Model, score, toCsv } from 'youpin';
import { type LocatedIssue, readBatch, scoreCsvFile } from 'youpin/node';
import { generateBigCsv } from '../../scripts/generate-big-csv.js';
import type { TableRow } from '../../src/node/_cells.js';
import { csvChunks } from '../../src/node/_csvChunks.js';
import type { Plan } from '../../src/node/_readTable.js';
import { NEEDS_ENTITY, rowProgramme } from '../../src/node/_rowProgramme.js';
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
  // Indented as the command line writes it: the fast renderer's other layout (_jsonRows.ts).
  { format: 'json', detail: 'standard', indent: 2 },
  { format: 'json', detail: 'summary', indent: 0 },
];

/** CSV and one JSON layout, a different one as the chunk size goes (random tests). */
const twoLayouts = (size: number): Layout[] =>
  [LAYOUTS[0], LAYOUTS[[2, 5, 3][size % 3] as number]] as Layout[];

async function run(
  path: string,
  layout: Layout,
  chunkSize: number,
  exact: boolean,
  model: Model = liaocheng,
) {
  let text = '';
  const issues: LocatedIssue[] = [];
  const summary = await scoreCsvFile(path, model, {
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

async function expectSameBytes(
  path: string,
  chunkSizes: readonly number[],
  model: Model = liaocheng,
  layouts: readonly Layout[] = LAYOUTS,
  whole = true,
) {
  // The reference's CSV is toCsv's of the whole file scored at once (a file without stray
  // quotes, which readBatch and the stream read alike): both streamed paths render rows alike.
  const csv = whole
    ? toCsv(score(model, (await readBatch(path, model)).entities, { engine: 'exact' }), {
        locale: 'both',
      })
    : null;
  for (const layout of layouts) {
    const reference = await run(path, layout, 1000, true, model);
    if (csv !== null && layout.format === 'csv') expect(reference.text).toBe(csv);
    for (const size of chunkSizes) {
      const compiled = await run(path, layout, size, false, model);
      expect(compiled.text).toBe(reference.text);
      expect(compiled.issues).toEqual(reference.issues);
      expect(compiled.summary).toEqual(reference.summary);
    }
  }
}

/**
 * How many rows of a file the programme scores itself, each checked against score()'s result:
 * read as entities (`run`), or from their cells as scoreCsvFile reads a clean row (`runCells`).
 */
async function plainRows(
  path: string,
  via: 'entities' | 'cells' = 'entities',
  model: Model = liaocheng,
): Promise<{
  plain: number;
  notScored: number;
  warned: number;
  rows: number;
  codes: Record<string, number>;
}> {
  const detail = via === 'cells' ? 'published' : 'standard';
  const programme = rowProgramme(model, null, detail);
  expect(programme).not.toBeNull();
  // The cells of each row, as the streamed reader leaves a clean row (a stray quote skips its
  // row there, where readBatch reads on into the next).
  const cells: Array<EntityResult | null> = [];
  const streamed: EntityInput[] = [];
  if (via === 'cells' && programme)
    for await (const chunk of csvChunks(path, model, { chunkSize: 100 }, true)) {
      for (let k = 0; k < chunk.entities.length; k++) {
        const plan =
          chunk.entities[k] === null && chunk.table
            ? programme.cellPlan(chunk.plans[k] as Plan, chunk.sectors[k] as string)
            : null;
        const result = plan
          ? programme.runCells(chunk.rows[k] as TableRow, plan, chunk.first + k)
          : null;
        cells.push(result === NEEDS_ENTITY ? null : result);
        streamed.push(chunk.entity(k));
      }
    }
  const entities = via === 'cells' ? streamed : (await readBatch(path, model)).entities;
  const report = score(model, entities, { engine: 'exact' });
  let plain = 0;
  let notScored = 0;
  let warned = 0;
  const codes: Record<string, number> = {};
  const seen = new Set<unknown>();
  entities.forEach((input, i) => {
    // A repeated id is the core's (duplicate_id), as scoreCsvFile decides before the programme.
    const repeated = seen.has(input.id);
    seen.add(input.id);
    const mine = repeated ? null : via === 'cells' ? cells[i] : programme?.run(input, i);
    if (!mine) return;
    plain++;
    const theirs = report.entities[i] as EntityResult;
    expect(mine.status).toBe(theirs.status);
    expect(mine.total).toBe(theirs.total);
    // Pending and failed verifications, missing values scored at the bottom or left out: the
    // same warnings in the same order, with the same messages.
    expect(mine.warnings).toEqual(theirs.warnings);
    if (mine.warnings.length > 0) warned++;
    for (const w of mine.warnings) codes[w.code] = (codes[w.code] ?? 0) + 1;
    for (const v of mine.eligibility.vetoes)
      if (v.result === 'fired') codes[`veto:${v.rule}`] = (codes[`veto:${v.rule}`] ?? 0) + 1;
    // At published detail the programme keeps the total, the dimensions and the tie-break's nodes.
    const shown = new Set(mine.nodes.map((n) => n.id));
    if (detail === 'standard') expect(shown.size).toBe(theirs.nodes.length);
    expect(mine.nodes.map((n) => [n.id, n.score])).toEqual(
      theirs.nodes.filter((n) => shown.has(n.id)).map((n) => [n.id, n.score]),
    );
    const s = theirs.selection;
    if (s && !['selected', 'outside_quota', 'lost_tie_break', 'tie_unresolved'].includes(s.reason))
      expect(mine.selection).toEqual(s);
    else expect(mine.selection?.band).toEqual(s?.band);
    if (mine.status === 'scored') return;
    notScored++;
    // Ineligible and vetoed applicants: every gate and veto as the core gives them (their ids and
    // results; at standard detail, every rule that did not pass with what it read, as standard
    // detail shows them).
    for (const kind of ['gates', 'vetoes'] as const) {
      expect(mine.eligibility[kind].map((o) => [o.rule, o.result])).toEqual(
        theirs.eligibility[kind].map((o) => [o.rule, o.result]),
      );
      const shown = (o: { result: string }) => !['passed', 'clear', 'exempt'].includes(o.result);
      if (detail === 'standard')
        expect(mine.eligibility[kind].filter(shown)).toEqual(
          theirs.eligibility[kind].filter(shown),
        );
    }
  });
  return { plain, notScored, warned, rows: entities.length, codes };
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
    // Every row but the spoiled ones: the bad number, the duplicate id, and the row that the
    // stray quote runs into the next one (readBatch reads the file whole).
    expect(rows - plain).toBe(3);
    // Read from the cells, the same rows and results; among them missing values scored at the
    // bottom (zero) and left out (renormalise), failed verifications that score the bottom and
    // that fire the veto V1, and pending ones.
    const cells = await plainRows(path, 'cells');
    expect(cells.rows - cells.plain).toBe(2); // the stray quote's row is skipped there
    expect(cells.codes).toMatchObject({
      scored_as_zero: expect.any(Number),
      renormalised: expect.any(Number),
      verification_failed: expect.any(Number),
      verification_pending: expect.any(Number),
      'veto:V1': expect.any(Number),
    });
    await expectSameBytes(path, [700], liaocheng, LAYOUTS, false);
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

  it('on CSV and JSON (standard, compact and indented; NDJSON summary), in chunks of 1 to 9', {
    timeout: 300_000,
  }, async () => {
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
            // Some ids repeat; some start as a formula would or hold what CSV quotes (the output
            // neutralises and quotes them as toCsv does), and so do some names.
            // A record of the spool cannot hold U+0001 or a line break: such rows take the long way.
            const odd = ['=R', '-R', '@R', '+R', 'R"', 'R,', '\tR', 'R\u0001'];
            cells[0] =
              n % 2 === 1 ? `${odd[((n - 1) / 2 + size) % odd.length]}${n % 7}` : `R${n % 7}`;
            const names = [
              '=1+1',
              '-5',
              '"Quoted", Ltd.',
              'a\nb',
              '@home',
              '-x Ltd',
              'Co.\u0001 Ltd',
              'a\rb',
              'Say "hi"',
            ];
            if (n % 3 === 2) cells[2] = names[(Math.floor(n / 3) + size) % names.length] as string;
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
          const whole = toCsv(score(liaocheng, entities, { engine: 'exact' }), { locale: 'both' });
          for (const layout of twoLayouts(size)) {
            const reference = await run(path, layout, size, true);
            if (layout.format === 'csv') expect(reference.text).toBe(whole);
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

// A small model with every missing-value policy and both verification policies, on a scale from
// 1 (so that "the bottom" is not 0), weights in thirds and sixths (totals on .xx5 boundaries), a
// `minimum` branch (which the programme leaves to the core when a child is left out), a gate, a
// veto fired by a failed verification, and a quota with a tie-break on a fact. Rows come with
// every cell possibly empty: the programme scores many of them itself, and the bytes must be
// those of score() on every row.
describe('missing values and failed verifications: the programme and score() agree', () => {
  const l = (en: string) => ({ zh: `${en}（中）`, en });
  const linear = { method: 'linear', lower: 0, upper: 10 } as const;
  const policies = defineModel({
    id: 'policies',
    version: '1',
    name: l('Missing-value policies'),
    scale: { min: 1, max: 5 },
    tree: {
      id: 'total',
      label: l('Total'),
      children: [
        {
          id: 'A',
          label: l('A'),
          children: [
            { id: 'a1', label: l('a1'), scoring: linear, missing: 'zero' },
            { id: 'a2', label: l('a2'), scoring: linear, missing: 'renormalise' },
            {
              id: 'a3',
              label: l('a3'),
              scoring: { method: 'direct' },
              missing: 'renormalise',
              verification: { onFail: 'zero' },
            },
          ],
        },
        {
          id: 'B',
          label: l('B'),
          children: [
            {
              id: 'b1',
              label: l('b1'),
              scoring: {
                method: 'categorical',
                categories: [
                  { value: 'high', score: 5 },
                  { value: 'low', score: 2 },
                ],
              },
            },
            {
              id: 'b2',
              label: l('b2'),
              scoring: linear,
              missing: 'renormalise',
              verification: { onFail: 'veto', veto: 'V9' },
            },
          ],
        },
        {
          id: 'C',
          label: l('C'),
          operator: { method: 'minimum' },
          children: [
            { id: 'c1', label: l('c1'), scoring: linear, missing: 'renormalise' },
            { id: 'c2', label: l('c2'), scoring: linear, missing: 'zero' },
          ],
        },
      ],
    },
    sectors: [{ id: 's', label: l('S') }],
    profile: {
      weights: {
        A: '1/3',
        B: '1/3',
        C: '1/3',
        a1: '1/3',
        a2: '1/6',
        a3: '1/2',
        b1: '2/3',
        b2: '1/3',
        c1: 0.5,
        c2: 0.5,
      },
    },
    facts: [
      { id: 'years', label: l('Years'), type: 'number' },
      { id: 'fraud', label: l('Fraud'), type: 'boolean' },
      {
        id: 'grade',
        label: l('Grade'),
        type: 'category',
        values: [{ value: 'A' }, { value: 'B' }],
      },
    ],
    gates: [{ id: 'G1', label: l('Three years'), when: { fact: 'years', op: '>=', value: 3 } }],
    vetoes: [
      {
        id: 'V9',
        label: l('False material'),
        when: {
          all: [
            { fact: 'fraud', present: true },
            { fact: 'fraud', op: '==', value: true },
          ],
        },
      },
    ],
    selection: {
      threshold: 2.5,
      floors: { A: 1.5 },
      quotas: { s: 3 },
      tieBreak: [
        { by: 'node', node: 'A' },
        { by: 'fact', fact: 'grade', order: ['A', 'B'] },
      ],
      bands: [
        { id: 'top', label: l('Top'), min: 4 },
        { id: 'mid', label: l('Mid'), min: 3 },
      ],
    },
  });
  const header = [
    'id',
    'sector',
    'a1',
    'a2',
    'a3',
    'b1',
    'b2',
    'c1',
    'c2',
    'fact.years',
    'fact.fraud',
    'fact.grade',
    'verification.a3',
    'verification.b2',
  ];
  const number = fc.constantFrom('', '', '0', '2.5', '5', '7.5', '10', '3.3', '6.25', '1.125');
  const row = fc.tuple(
    number,
    number,
    fc.constantFrom('', '1', '2', '3.5', '5', '4.25'),
    fc.constantFrom('', 'high', 'low', 'high', 'middle'),
    number,
    number,
    number,
    fc.constantFrom('5', '5', '3', '2', '', '3.0'),
    fc.constantFrom('', '', '否', '是'),
    fc.constantFrom('A', 'B', ''),
    fc.constantFrom('', '', 'passed', 'failed', 'pending'),
    fc.constantFrom('', '', 'passed', 'failed', 'pending'),
  );
  const csv = (rows: ReadonlyArray<readonly string[]>) =>
    `${header.join(',')}\r\n${rows.map((r, n) => [`P${n}`, 's', ...r].join(',')).join('\r\n')}\r\n`;

  it('scores rows with missing values and failed verifications itself, as score() does', async () => {
    // Worked by hand (no published source: the model above): a1 missing scores the bottom (1);
    // a2 = 1 + 4·5/10 = 3, a3 = 3: A = (1·2 + 3·1 + 3·3)/6 = 14/6; b2 missing is left out, so B
    // = b1 = 5; c1 = 3, c2 = 1 + 4·2.5/10 = 2: C = min = 2. Total (14/6 + 5 + 2)/3 = 28/9 = 3.11.
    const path = file(
      'policies-one.csv',
      csv([['', '5', '3', 'high', '', '5', '2.5', '4', '', 'A', 'passed', '']]),
    );
    const { plain, codes } = await plainRows(path, 'cells', policies);
    expect(plain).toBe(1);
    expect(codes).toEqual({ scored_as_zero: 1, renormalised: 1 });
    const report = score(policies, (await readBatch(path, policies)).entities, { engine: 'exact' });
    expect(report.entities[0]?.total).toBe('3.11');
    expect(report.entities[0]?.nodes.find((n) => n.id === 'A')?.score).toBe('2.33');
  });

  it('writes a sector or a band whose label holds a line break or U+0001 as toCsv does', async () => {
    // The spool holds one record a line, its fields cut at U+0001: such a label (quoted in the
    // CSV) must not go into a record. Random rows of the model above, its labels spoiled.
    const { definition } = policies;
    const spoiled = defineModel({
      ...definition,
      sectors: [{ id: 's', label: { zh: '行\n业', en: 'Sec\r\ntor' } }],
      selection: {
        ...definition.selection,
        bands: [
          { id: 'top', label: { zh: '优\u0001', en: 'Top\u0001' }, min: 4 },
          { id: 'mid', label: { zh: '良\n', en: 'Mid\n' }, min: 3 },
        ],
      },
    } as typeof definition);
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 14 }), async (rows) => {
        const path = file('spoiled-labels.csv', csv(rows));
        await expectSameBytes(path, [4], spoiled, [LAYOUTS[0] as Layout]);
      }),
      { numRuns: 15, seed: 1805 },
    );
  });

  it('on random rows, in chunks of 1 to 9', { timeout: 300_000 }, async () => {
    let plain = 0;
    let all = 0;
    const seen: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 1, max: 9 }),
        async (rows, size) => {
          const path = file('policies.csv', csv(rows));
          const counted = await plainRows(path, 'cells', policies);
          plain += counted.plain;
          all += counted.rows;
          for (const [code, n] of Object.entries(counted.codes)) seen[code] = (seen[code] ?? 0) + n;
          await expectSameBytes(path, [size], policies, twoLayouts(size));
        },
      ),
      { numRuns: 60, seed: 1812 },
    );
    expect(plain / all).toBeGreaterThan(0.3);
    // Each case was the programme's own at least once.
    for (const code of [
      'scored_as_zero',
      'renormalised',
      'verification_failed',
      'verification_pending',
      'veto:V9',
    ])
      expect(seen[code] ?? 0).toBeGreaterThan(0);
  });
});

// Value domains: the programme decides a number at a domain's end without reading it exactly when
// the end is a decimal of at most 15 significant digits (two such decimals are two doubles), and
// reads it exactly otherwise. Ends and values written every way the core reads or refuses.
describe('value domains at their ends: the programme and score() give the same bytes', () => {
  const l = (en: string) => ({ zh: `${en}（中）`, en });
  const linear = { method: 'linear', lower: 0, upper: 100 } as const;
  const domains = defineModel({
    id: 'domains',
    version: '1',
    name: l('Domains'),
    scale: { min: 0, max: 100 },
    tree: {
      id: 'total',
      label: l('Total'),
      children: [
        { id: 'p', label: l('Percent'), domain: { min: 0, max: 100 }, scoring: linear },
        {
          id: 'n',
          label: l('Count'),
          domain: { min: 0, max: 100, integer: true },
          scoring: linear,
        },
        {
          id: 'r',
          label: l('Long ends'),
          domain: { min: '0.1234567890123456789', max: '99.99999999999999999' },
          scoring: linear,
        },
        { id: 'm', label: l('Negative'), domain: { min: -5, max: '-0.5' }, scoring: linear },
      ],
    },
    sectors: [{ id: 's', label: l('S') }],
    profile: { weights: { p: 0.25, n: 0.25, r: 0.25, m: 0.25 } },
  });
  const ends = fc.constantFrom(
    '0',
    '0.0',
    '0.00',
    '-0',
    '100',
    '100.0',
    '100.000',
    '5',
    '5.0',
    '5.5',
    '99.5',
    '100.01',
    '-0.01',
    '0.1234567890123456789',
    '0.123456789012346',
    '0.12345678901234',
    '99.9999999999999',
    '99.99999999999999999',
    '-5',
    '-5.00',
    '-0.5',
    '-0.50',
    '-5.01',
    '-0.49',
  );
  it('on random rows of values at and near the ends', { timeout: 300_000 }, async () => {
    let plain = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(ends, ends, ends, ends), { minLength: 1, maxLength: 12 }),
        async (rows) => {
          const text = `id,sector,p,n,r,m\r\n${rows.map((r, k) => [`D${k}`, 's', ...r].join(',')).join('\r\n')}\r\n`;
          const path = file('domains.csv', text);
          plain += (await plainRows(path, 'cells', domains)).plain;
          await expectSameBytes(path, [5], domains, twoLayouts(rows.length));
        },
      ),
      { numRuns: 60, seed: 1831 },
    );
    expect(plain).toBeGreaterThan(0);
  });

  it('writes names of one column (a text, or none) in every layout as score() does', {
    timeout: 300_000,
  }, async () => {
    // The JSON records of the spool hold a name's JSON in fields of their own: a text's, a
    // label's two, or none.
    const name = fc.constantFrom(
      '',
      'Acme',
      '东昌 “允栎”',
      'a"b',
      'x\u0001y',
      'x\ny',
      '=1+1',
      '😀',
      'Café Ωμέγα ß', // two bytes a character in UTF-8
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(name, ends), { minLength: 1, maxLength: 8 }),
        async (rows) => {
          const text = `id,name,sector,p,n,r,m\r\n${rows.map(([n, v], k) => [`D${k}`, quote(n), 's', '50', v, '50', '-1'].join(',')).join('\r\n')}\r\n`;
          const path = file('names.csv', text);
          await expectSameBytes(path, [3], domains, LAYOUTS);
        },
      ),
      { numRuns: 25, seed: 1832 },
    );
  });
});
