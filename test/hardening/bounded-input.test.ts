import {
  closeSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  aggregate,
  aggregatePanel,
  ahp,
  combineWeights,
  defineModel,
  type EntityInput,
  type ModelInput,
  normalise,
  safeDefineModel,
  safeScore,
  score,
  scoreColumns,
  sensitivity,
  toHtml,
} from 'youpin';
import { readBatch, readCsvChunks } from 'youpin/node';
import { MAX_TEXT_BYTES } from '../../src/node/_readFile.js';
import { boundedJson } from '../../src/numeric/_boundedJson.js';
import { NUMBER_LIMITS } from '../../src/numeric/parseDecimal.js';
import { ENTITY_LIMITS } from '../../src/primitives/ENTITY_LIMITS.js';
import { issuesOf } from '../helpers.js';

// Hostile numbers (issue 16, items 1 and 11). Every number is read by a one-pass scanner: a run of
// digits followed by a non-digit used to cost n² steps in the decimal pattern (30,000 digits 1.7 s,
// 200,000 digits 38 s), and so did the `name: count` pattern of a points cell on a run of spaces.
// These tests feed such runs everywhere a number is read; a quadratic reader would not finish
// within the test timeout. (The times are measured in scripts/measure-hostile.ts, not asserted.)

const RUN = 200_000;
const digitsThenX = `${'1'.repeat(RUN)}x`;
const million = '9'.repeat(1_000_000);

function model(extra: Partial<ModelInput> = {}): ModelInput {
  return {
    id: 'm',
    version: '1',
    name: { zh: '模型', en: 'Model' },
    tree: {
      id: 'total',
      label: { zh: '总分', en: 'Total' },
      children: [
        {
          id: 'a',
          label: { zh: '甲', en: 'A' },
          scoring: { method: 'linear', lower: 0, upper: 10 },
        },
        {
          id: 'b',
          label: { zh: '乙', en: 'B' },
          source: 'expert',
          scoring: { method: 'direct' },
        },
        {
          id: 'c',
          label: { zh: '丙', en: 'C' },
          missing: 'zero',
          scoring: {
            method: 'points',
            items: [{ id: 'iso9001', points: 10, label: { zh: '认证', en: 'ISO 9001' } }],
            cap: 100,
          },
        },
      ],
    },
    sectors: [{ id: 's', label: { zh: '行业', en: 'Sector' } }],
    profile: { weights: { a: 0.4, b: 0.4, c: 0.2 } },
    facts: [{ id: 'f', label: { zh: '事实', en: 'Fact' }, type: 'number' }],
    series: [{ id: 's', label: { zh: '序列', en: 'Series' } }],
    ...extra,
  };
}

/**
 * Past 10,000 characters a text in a row or a model is refused as `text_too_long` before any
 * number is read (both refusals are located and linear); these tests read both as "too long".
 */
const long = (code: string) => (code === 'text_too_long' ? 'number_too_long' : code);

const codesOf = (entity: { issues: ReadonlyArray<{ code: string; path: readonly unknown[] }> }) =>
  entity.issues.map((i) => [long(i.code), i.path.join('.')]);

describe('docs/reliability.md', () => {
  it('gives the limits of numbers, rows and files as the code has them', () => {
    const docs = readFileSync(new URL('../../docs/reliability.md', import.meta.url), 'utf8');
    const documented = new Map<string, number>();
    for (const line of docs.split('\n')) {
      const m = /^\|\s*([a-zA-Z]+)\s*\|[^|]*\|\s*([\d,]+)\s*\|\s*`([a-z_]+)`/.exec(line);
      if (m) documented.set(`${m[1]} ${m[3]}`, Number((m[2] as string).replaceAll(',', '')));
    }
    expect(documented.get('numberLength number_too_long')).toBe(NUMBER_LIMITS.length);
    expect(documented.get('dataDigits too_many_digits')).toBe(NUMBER_LIMITS.dataDigits);
    expect(documented.get('modelDigits too_many_digits')).toBe(NUMBER_LIMITS.modelDigits);
    expect(documented.get('events too_large')).toBe(ENTITY_LIMITS.events);
    expect(documented.get('expertScores too_large')).toBe(ENTITY_LIMITS.expertScores);
    expect(documented.get('textFile file_too_large')).toBe(MAX_TEXT_BYTES);
  });
});

describe('a long run of digits is refused in linear time, with a located issue', () => {
  const m = defineModel(model());

  it('a million-digit value, expert score or item count: number_too_long, on both engines', () => {
    const rows: EntityInput[] = [
      { id: 'A', sector: 's', values: { a: million, b: 50, c: ['iso9001'] } },
      {
        id: 'B',
        sector: 's',
        values: { a: 5, c: { iso9001: million } },
        panels: { b: [{ expert: 'x', score: million }] },
      },
      { id: 'C', sector: 's', values: { a: digitsThenX, b: digitsThenX, c: digitsThenX } },
    ];
    for (const engine of ['exact', 'fast'] as const) {
      const [a, b, c] = score(m, rows, { engine }).entities;
      expect(codesOf(a as never), engine).toEqual([['number_too_long', 'entities.0.values.a']]);
      expect(codesOf(b as never), engine).toEqual([
        ['number_too_long', 'entities.1.panels.b.0.score'],
        ['number_too_long', 'entities.1.values.c.iso9001'],
      ]);
      expect(
        codesOf(c as never).map(([code]) => code),
        engine,
      ).toEqual(['number_too_long', 'number_too_long', 'number_too_long']);
      expect(a?.issues[0]?.message).toContain('1000000 characters long');
      expect(a?.issues[0]?.messageZh).toContain('1000000');
      expect((a?.issues[0]?.message.length ?? 0) < 400).toBe(true);
    }
  });

  it('a number at the length limit is read; one character more is refused', () => {
    const at = `1${'0'.repeat(NUMBER_LIMITS.length - 1)}`; // 1e1023: beyond 1e1000
    const within = `1${'0'.repeat(1000)}`; // 1e1000, 1,001 characters
    const zeros = '0'.repeat(NUMBER_LIMITS.length);
    const [x, y, z, w] = score(m, [
      { id: 'A', sector: 's', values: { a: within, b: 1, c: [] } },
      { id: 'B', sector: 's', values: { a: zeros, b: 1, c: [] } },
      { id: 'C', sector: 's', values: { a: `${zeros}0`, b: 1, c: [] } },
      { id: 'D', sector: 's', values: { a: at, b: 1, c: [] } },
    ]).entities;
    expect([x?.status, y?.status]).toEqual(['scored', 'scored']);
    expect(codesOf(z as never)).toEqual([['number_too_long', 'entities.2.values.a']]);
    expect(codesOf(w as never)).toEqual([['not_a_number', 'entities.3.values.a']]);
  });

  it('in scoreColumns, normalise, aggregate, ahp and combineWeights', () => {
    const columns = scoreColumns(m, {
      sectors: ['s'],
      values: { a: [million], b: [1], c: [[]] },
    });
    expect(columns.issues.map((i) => long(i.code))).toEqual(['number_too_long']);
    expect(issuesOf(() => normalise([1, digitsThenX], { method: 'minmax' }))).toEqual([
      { code: 'number_too_long', path: 'values.1' },
    ]);
    expect(issuesOf(() => aggregate([million, 1], [0.5, 0.5]))).toEqual([
      { code: 'number_too_long', path: 'values.0' },
    ]);
    expect(issuesOf(() => aggregate([1, 1], [`1/${digitsThenX}`, 0.5])).map((i) => i.path)).toEqual(
      ['weights.0'],
    );
    expect(
      issuesOf(() =>
        ahp([
          [1, digitsThenX],
          [`1/${'3'.repeat(RUN)}`, 1],
        ]),
      ),
    ).not.toEqual([]);
    expect(() =>
      combineWeights([0.5, 0.5], [0.5, 0.5], { method: 'linear', alpha: digitsThenX }),
    ).toThrow();
  });

  it('in a model: goalposts, weights, fractions, thresholds', () => {
    const bad = [
      model({ profile: { weights: { a: digitsThenX, b: 0.4, c: 0.2 } } }),
      model({ profile: { weights: { a: `${million}/3`, b: 0.4, c: 0.2 } } }),
      model({ selection: { threshold: million } }),
      model({ scale: { min: 0, max: `1${'0'.repeat(RUN)}x` } }),
    ];
    const codes = bad.map((input) => {
      const result = safeDefineModel(input);
      return result.success ? [] : result.error.issues.map((i) => long(i.code));
    });
    expect(codes).toEqual([
      ['number_too_long'],
      ['number_too_long'],
      ['number_too_long'],
      ['number_too_long'],
    ]);
  });
});

describe('files with long runs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'youpin-bounded-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const m = defineModel(model());

  it('a CSV cell of a million digits, and a points cell of 200,000 spaces before its colon', async () => {
    const file = join(dir, 'long.csv');
    writeFileSync(
      file,
      [
        'id,sector,a,b,c',
        `A,s,${million},50,iso9001`,
        `B,s,5,50,iso9001${' '.repeat(RUN)}x:1`,
        `C,s,5,50,iso9001${' '.repeat(RUN)}：${'1'.repeat(RUN)}`,
      ].join('\n'),
    );
    const batch = await readBatch(file, m);
    const report = score(m, batch.entities);
    // B's cell is over 10,000 characters: refused whole, as too long, before its item is read.
    expect(report.entities.map((e) => e.issues.map((i) => long(i.code)))).toEqual([
      ['number_too_long'],
      ['number_too_long'],
      ['number_too_long'],
    ]);
    expect(batch.locate(report.entities[0]?.issues[0]?.path ?? [])).toMatchObject({
      row: 2,
      column: 'a',
    });
    // The item before the colon is the name without the spaces; the count after it.
    expect(batch.entities[2]?.values['c']).toEqual({ iso9001: '1'.repeat(RUN) });
    const streamed: EntityInput[] = [];
    for await (const chunk of readCsvChunks(file, m)) streamed.push(...chunk.entities);
    expect(streamed).toEqual(batch.entities);
  });
});

describe('a file too long to hold as text (issue 16, item 13)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'youpin-too-long-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const m = defineModel(model());
  // A sparse file: 600 MB long, no disk used. Read whole, its text would be longer than the
  // longest JavaScript string; the decoders then failed and the file was reported as "neither
  // UTF-8 nor GB18030". Its size is checked first now, before a byte is read.
  const sparse = (name: string, head: string, size: number) => {
    const file = join(dir, name);
    const fd = openSync(file, 'w');
    writeSync(fd, head);
    ftruncateSync(fd, size);
    closeSync(fd);
    return file;
  };

  it('a 600 MB one-line CSV or JSON file read whole: file_too_large, with its size', async () => {
    for (const name of ['one-line.csv', 'one-line.json']) {
      const file = sparse(name, 'id,sector,a,', 600_000_000);
      const error = await readBatch(file, m).then(
        () => null,
        (e: unknown) => e as { issues: Array<{ code: string; message: string }> },
      );
      expect(error?.issues.map((i) => long(i.code))).toEqual(['file_too_large']);
      expect(error?.issues[0]?.message).toMatch(
        new RegExp(`^${name} is 600000000 bytes; a file read whole may have at most 536870888`),
      );
    }
  });

  it('a one-line CSV of 5 MB streamed: its row is too long, its length is searched once', async () => {
    const file = join(dir, 'five.csv');
    writeFileSync(file, `id,sector,${'a'.repeat(5_000_000)}`);
    const codes: string[] = [];
    for await (const chunk of readCsvChunks(file, m))
      codes.push(...chunk.issues.map((i) => long(i.code)));
    expect(codes).toEqual(['row_too_long', 'empty_table']);
  });
});

describe('significant digits (issue 16, item 11)', () => {
  // 63.87499999999999999999999999999 (31 digits) used to publish 63.88 with totalExact 63.875:
  // results are settled to 28 digits before publishing, which cut the input's own digits.
  const base = model({ profile: { weights: { a: 0.4, b: 0.6 } } });
  const m = defineModel({
    ...base,
    tree: { ...base.tree, children: base.tree.children.filter((c) => c.id !== 'c') },
  });
  const row = (id: string, a: string, b: string): EntityInput => ({
    id,
    sector: 's',
    values: { a },
    panels: { b: [{ expert: 'x', score: b }] },
  });

  it('a datum of more than 20 significant digits is refused, on both engines', () => {
    for (const engine of ['exact', 'fast'] as const) {
      const [long, max, mixed] = score(
        m,
        [
          row('A', '6.387499999999999999999999999999', '63.87499999999999999999999999999'),
          row('B', '6.3874999999999999999', '63.874999999999999999'),
          row('C', '6.3874999999999999999', '63.875'),
        ],
        { engine },
      ).entities;
      expect(codesOf(long as never), engine).toEqual([
        ['too_many_digits', 'entities.0.values.a'],
        ['too_many_digits', 'entities.0.panels.b.0.score'],
      ]);
      expect(long?.issues[0]?.message).toMatch(/31 significant digits; at most 20/);
      // 20 digits: exact, and just below the boundary, so 63.87 (never 63.88).
      expect([max?.total, mixed?.total], engine).toEqual(['63.87', '63.87']);
      if (engine === 'exact')
        expect([max?.totalExact, mixed?.totalExact]).toEqual([
          '63.874999999999999999',
          '63.8749999999999999996',
        ]);
    }
  });

  it('leading and trailing zeros are not significant; a model number may have 28 digits', () => {
    const [a] = score(m, [row('A', `000.0000${'63874'}${'9'.repeat(15)}000e5`, '63.875')]).entities;
    expect(a?.status).toBe('scored');
    // AHP weights and calibrated goalposts are written with 28 digits and read back as written.
    expect(
      safeDefineModel(
        model({
          profile: {
            weights: {
              a: '0.3333333333333333333333333333',
              b: '0.3333333333333333333333333333',
              c: '0.3333333333333333333333333334',
            },
          },
        }),
      ).success,
    ).toBe(true);
    const long = safeDefineModel(
      model({
        tree: {
          id: 'total',
          label: { zh: '总分', en: 'Total' },
          children: [
            {
              id: 'a',
              label: { zh: '甲', en: 'A' },
              scoring: { method: 'linear', lower: '0.00000000000000000000000000001', upper: 10 },
            },
          ],
        },
        profile: { weights: { a: 1 } },
      }),
    );
    expect(long.success ? [] : long.error.issues.map((i) => [i.code, i.message])).toEqual([]);
    const tooLong = safeDefineModel(
      model({ profile: { weights: { a: '0.4000000000000000000000000000001', b: 0.4, c: 0.2 } } }),
    );
    expect(
      tooLong.success ? [] : tooLong.error.issues.map((i) => [i.code, i.path.join('.')]),
    ).toEqual([['too_many_digits', 'profile.weights.a']]);
  });
});

describe('shared references in API input (issue 16, item 8)', () => {
  // JSON text has no references, but a program calling the API can share an object between two
  // places, or make it contain itself. A tree walk (and zod) reads a shared object once per
  // reference: a condition shared 8 ways at each of 16 levels is 8¹⁶ values, and the model with
  // itself as two of its properties is an endless tree. The input is now measured as a graph,
  // each object visited once, before zod sees it.
  const liaocheng = (): Record<string, unknown> =>
    JSON.parse(JSON.stringify(model())) as Record<string, unknown>;
  const codes = (input: unknown) => {
    const result = safeDefineModel(input as ModelInput);
    return result.success ? [] : result.error.issues.map((i) => [long(i.code), i.path.join('.')]);
  };

  it('a model that contains itself, or a tree that contains its root, is cyclic_input', () => {
    const input = liaocheng();
    input['x'] = input;
    input['y'] = input;
    expect(codes(input)).toEqual([['cyclic_input', 'x']]);
    const tree = liaocheng();
    const root = tree['tree'] as { children: unknown[] };
    root.children.push(root);
    expect(codes(tree)).toEqual([['cyclic_input', 'tree.children.3']]);
    const deep = liaocheng();
    let at = deep;
    for (let i = 0; i < 10_000; i++) at = at['description'] = {} as Record<string, unknown>;
    at['loop'] = deep['description'];
    expect(codes(deep)[0]?.[0]).toBe('cyclic_input');
  });

  it('an array given for the model is measured as an object is: cyclic, deep or shared, refused at once', () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(codes(cyclic)[0]?.[0]).toBe('cyclic_input');
    let deep: unknown[] = [];
    const top = deep;
    for (let i = 0; i < 100_000; i++) {
      const next: unknown[] = [];
      deep.push(next);
      deep = next;
    }
    expect(codes(top)[0]?.[0]).toBe('too_nested');
    let shared: unknown = [1];
    for (let i = 0; i < 40; i++) shared = [shared, shared];
    expect(codes(shared)[0]?.[0]).toBe('too_large');
    // score and safeScore define the model they are given on the way: the same answer.
    const result = safeScore(cyclic as never, []);
    expect(result.success ? '' : result.error.issues[0]?.code).toBe('cyclic_input');
    expect(codes([1, 2])[0]?.[0]).toBe('invalid_type');
  });

  it('a condition shared 8 ways at each of 16 levels is too_large, measured without unfolding it', () => {
    let condition: unknown = { fact: 'f', op: '>=', value: 1 };
    for (let level = 0; level < 16; level++) condition = { any: Array(8).fill(condition) };
    const input = {
      ...model(),
      gates: [{ id: 'G', label: { zh: '条件', en: 'Gate' }, when: condition }],
    };
    const result = safeDefineModel(input as ModelInput);
    expect(
      result.success ? [] : result.error.issues.map((i) => [long(i.code), i.path.join('.')]),
    ).toEqual([['too_large', '']]);
    // Its size is what a tree walk would read: 8¹⁶ conditions and more.
    expect(result.success ? '' : result.error.issues[0]?.message).toMatch(
      /: \d{15,}, the limit is 500000/,
    );
  });

  it('a shared object costs its size at each use, and a model of shared parts is accepted', () => {
    const input = model();
    const label = { zh: '共用', en: 'Shared' };
    const shared = {
      ...input,
      name: label,
      sectors: [{ id: 's', label }],
      tree: { ...input.tree, label, children: input.tree.children.map((c) => ({ ...c, label })) },
    };
    expect(codes(shared)).toEqual([]);
    let condition: unknown = { fact: 'f', op: '>=', value: 1 };
    for (let level = 0; level < 5; level++) condition = { any: Array(3).fill(condition) };
    expect(codes({ ...input, gates: [{ id: 'G', label, when: condition }] })).toEqual([]);
  });

  it('entity values whose arrays are shared 2 ways at each of 40 levels are reported, not unfolded', () => {
    let value: unknown = ['x'];
    for (let level = 0; level < 40; level++) value = [value, value];
    const m = defineModel(model());
    const [a, b, c] = score(m, [
      { id: 'A', sector: 's', values: { a: value, b: value, c: value } as never },
      {
        id: 'B',
        sector: 's',
        values: { a: 1, c: [] },
        panels: { b: value as never },
        facts: { f: value as never },
        series: { s: { 2023: value as never } },
        verification: { a: value as never },
      },
      { id: value as never, sector: value as never, values: value as never },
    ]).entities;
    for (const e of [a, b, c]) {
      expect(e?.status).toBe('invalid');
      for (const issue of e?.issues ?? []) expect(issue.message.length).toBeLessThan(400);
    }
    expect(codesOf(a as never).map(([code]) => code)).toEqual([
      'not_a_number',
      'not_a_number',
      'unknown_item',
    ]);
    expect(JSON.stringify(a?.nodes.map((n) => n.value)).length).toBeLessThan(2000);
  });
});

describe('the bounded JSON text that messages quote', () => {
  it('is the beginning of JSON.stringify, for any value it can write', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withDate: true,
          withSparseArray: true,
          withNullPrototype: true,
          withBoxedValues: true,
        }),
        fc.integer({ min: 0, max: 300 }),
        (value, max) => {
          let expected: string | undefined;
          try {
            expected = JSON.stringify(value);
          } catch {
            return; // a BigInt: showValue names its type
          }
          expect(boundedJson(value, max)).toBe(expected?.slice(0, max));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('stops after `max` characters, so a value shared 2 ways at 60 levels costs nothing', () => {
    let value: unknown = ['x'];
    for (let level = 0; level < 60; level++) value = { a: value, b: [value, value] };
    expect(boundedJson(value, 201)?.length).toBe(201);
    const cycle: unknown[] = [1];
    cycle.push(cycle);
    expect(() => boundedJson(cycle, 201)).toThrow(TypeError);
  });
});

describe('events and expert panels (issue 16, item 12)', () => {
  // Matching compared each event with every type of a condition: 40,000 types × 40,000 events in
  // a 1.9 MB body took 2.7 s. Types and severities are now sets, and a row has documented limits:
  // 1,000 events and 100 expert scores per leaf (ENTITY_LIMITS), past which it is invalid.
  const types = Array.from({ length: 40_000 }, (_, i) => `t${i}`);
  const base = model();
  const m = defineModel({
    ...base,
    evaluationDate: '2025-06-30',
    vetoes: [
      {
        id: 'V',
        label: { zh: '否决', en: 'Veto' },
        when: { event: types, severity: ['major', 'minor'], withinYears: 3, atLeast: 2 },
      },
    ],
  });
  const events = (n: number, type: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => ({ type: type(i), date: '2024-01-01', severity: 'minor' }));
  const row = (id: string, extra: Partial<EntityInput>): EntityInput => ({
    id,
    sector: 's',
    values: { a: 5, b: 50, c: [] },
    ...extra,
  });

  it('matches 40,000 types against the limit of 1,000 events, and refuses one event more', () => {
    const [clear, fired, over] = score(m, [
      row('A', { events: events(1000, (i) => `other${i}`) }),
      row('B', { events: events(1000, (i) => `t${i * 40}`) }),
      row('C', { events: events(1001, () => 't0') }),
    ]).entities;
    expect(clear?.status).toBe('scored');
    expect(fired?.status).toBe('vetoed');
    expect(fired?.eligibility.vetoes[0]?.firedOn).toBe('2024-01-01');
    expect(codesOf(over as never)).toEqual([['too_large', 'entities.2.events']]);
    expect(over?.issues[0]?.message).toBe(
      'too many events of one applicant: 1001, the limit is 1000',
    );
  });

  it('refuses more than 100 expert scores on one leaf, in score and in aggregatePanel', () => {
    const scores = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ expert: `e${i}`, score: 50 }));
    const [ok, over] = score(m, [
      row('A', { values: { a: 5, c: [] }, panels: { b: scores(100) } }),
      row('B', { values: { a: 5, c: [] }, panels: { b: scores(101) } }),
    ]).entities;
    expect(ok?.status).toBe('scored');
    expect(codesOf(over as never)).toEqual([['too_large', 'entities.1.panels.b']]);
    expect(issuesOf(() => aggregatePanel(scores(101), { method: 'mean' }))).toEqual([
      { code: 'too_large', path: 'scores' },
    ]);
  });
});

describe('scales that float64 cannot draw (issue 16, item 10)', () => {
  // A scale of [0, 1e-320] is exact in decimal, but its span is a subnormal double: pixels per
  // unit overflowed to Infinity, and 0 · Infinity put NaN into the SVG of the HTML report.
  const scaled = (min: string, max: string) => {
    const base = model();
    return defineModel({
      ...base,
      scale: { min, max },
      rounding: { decimals: 10 },
      selection: { threshold: max, floors: { a: min } },
    });
  };
  const batch: EntityInput[] = [
    { id: 'A', sector: 's', values: { a: 5, b: 0, c: [] } },
    { id: 'B', sector: 's', values: { a: 1, b: 0, c: ['iso9001'] } },
  ];

  it('no NaN or Infinity anywhere in the HTML report: such a chart is left out, the tables stay', () => {
    for (const [min, max] of [
      ['0', '1e-320'],
      ['-1e-320', '1e-320'],
      ['0', '5e-324'],
      ['0', '1e-310'],
      ['-5e-324', '0'],
    ] as const) {
      const report = score(scaled(min, max), batch);
      const html = toHtml(report, {
        sensitivity: sensitivity(scaled(min, max), batch, { draws: 20, seed: 1 }),
      });
      expect(html, `${min}…${max}`).not.toMatch(/NaN|Infinity/);
      expect(html, `${min}…${max}`).not.toContain('<svg class="chart totals');
      expect(html).toContain(report.entities[0]?.total as string);
    }
  });

  it('a tiny scale that float64 can draw is still drawn', () => {
    const html = toHtml(score(scaled('0', '1e-300'), batch));
    expect(html).not.toMatch(/NaN|Infinity/);
    expect(html).toContain('<svg class="chart totals');
  });
});
