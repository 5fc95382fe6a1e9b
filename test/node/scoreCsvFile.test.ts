import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineModel,
  type EntityResult,
  type Model,
  type ModelInput,
  noticesOf,
  type Report,
  type SelectionInput,
  score,
  toCsv,
} from 'youpin';
import {
  type CsvProgress,
  type LocatedIssue,
  readBatch,
  type ScoreCsvFileOptions,
  type StreamedEntity,
  scoreCsvFile,
} from 'youpin/node';
import { generateBigCsv } from '../../scripts/generate-big-csv.js';
import { liaocheng, rejection, sample, scratch } from './_files.js';

const file = scratch();

/** The in-memory reading: readBatch, then score, as the command line did before streaming. */
async function inMemory(path: string, model: Model, engine: 'auto' | 'exact' = 'auto') {
  const batch = await readBatch(path, model);
  return { batch, report: score(model, batch.entities, { engine }) };
}

/** Runs scoreCsvFile with its output collected as text. */
async function streamed(path: string, model: Model, options: ScoreCsvFileOptions = {}) {
  let text = '';
  const issues: LocatedIssue[] = [];
  const progress: CsvProgress[] = [];
  const summary = await scoreCsvFile(path, model, {
    ...options,
    out: (piece) => {
      text += piece;
    },
    onIssue: (issue) => issues.push(issue),
    onProgress: (p) => progress.push(p),
  });
  return { summary, text, issues, progress };
}

/** What scoreCsvFile promises to write for an entity of the whole report (see StreamedEntity). */
function expectedLine(report: Report, e: EntityResult, row: number | null): StreamedEntity {
  const dimensions = new Set(report.definition.tree.children.map((n) => n.id));
  return {
    row,
    ...e,
    nodes: e.nodes.filter((n) => dimensions.has(n.id)),
    eligibility: {
      gates: e.eligibility.gates.filter((g) => g.result === 'failed' || g.result === 'unknown'),
      vetoes: e.eligibility.vetoes.filter((v) => v.result === 'fired'),
    },
  };
}

async function expectNdjsonEqual(path: string, model: Model, chunkSize: number) {
  const { batch, report } = await inMemory(path, model, 'exact');
  const { text, summary } = await streamed(path, model, {
    chunkSize,
    format: 'ndjson',
    engine: 'exact',
  });
  const lines = text.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(report.entities.length);
  lines.forEach((line, i) => {
    const e = report.entities[i] as EntityResult;
    const row = batch.locate(['entities', i])?.row ?? null;
    expect(JSON.parse(line)).toEqual(expectedLine(report, e, row));
  });
  expect(summary.counts).toEqual(report.counts);
}

describe('scoreCsvFile gives what score gives for the whole file', () => {
  it.each([1, 16, 2000])(
    'writes toCsv’s text for the sample, byte for byte (chunks of %i)',
    async (chunkSize) => {
      const { report } = await inMemory(sample('sample-batch.csv'), liaocheng);
      for (const locale of ['both', 'en'] as const) {
        const { text, summary } = await streamed(sample('sample-batch.csv'), liaocheng, {
          chunkSize,
          locale,
        });
        expect(text).toBe(toCsv(report, { locale }));
        expect(summary.counts).toEqual(report.counts);
        // The notices column and their counts, over the chunks: the sample has five.
        expect(summary.notices).toEqual(noticesOf(report).total);
        expect(summary.notices.applicants).toBe(5);
      }
    },
  );

  it('writes one line per applicant in NDJSON, equal to the report’s entity (trimmed)', async () => {
    await expectNdjsonEqual(sample('sample-batch.csv'), liaocheng, 9);
    await expectNdjsonEqual(sample('sample-batch-gbk.csv'), liaocheng, 50);
  });

  it('on 3,000 generated rows, duplicates across chunks and fast chunks included', {
    timeout: 180_000,
  }, async () => {
    const path = await generateBigCsv(3000, file('gen-3000.csv', ''), {
      strayQuote: false,
    });
    const { report } = await inMemory(path, liaocheng);
    const out = join(path, '..', 'results.csv');
    const summary = await scoreCsvFile(path, liaocheng, { chunkSize: 700, out, engine: 'exact' });
    expect(summary.engine).toBe('exact');
    expect(readFileSync(out, 'utf8')).toBe(toCsv(report));
    expect(summary.counts).toEqual(report.counts);
    expect(summary.counts.selected).toBeGreaterThan(0);
    expect(summary.notices).toEqual(noticesOf(report).total);
    // Row 2,851 repeats the first id (chunk 5 of 5): the later row is the duplicate.
    const duplicate = report.entities.find((e) => e.issues.some((i) => i.code === 'duplicate_id'));
    expect(duplicate?.index).toBe(2849);
    // The fast path (the default, whatever the size of a chunk) publishes the same figures.
    const fast = await scoreCsvFile(path, liaocheng, {
      chunkSize: 700,
      out: join(path, '..', 'fast.csv'),
    });
    expect(fast.engine).toBe('fast');
    expect(readFileSync(join(path, '..', 'fast.csv'), 'utf8')).toBe(toCsv(report));
  });
});

const label = (s: string) => ({ zh: s, en: s });

/** Two dimensions with one direct leaf each; two sectors; a selection with a tie-break chain. */
function tieModel(selection: SelectionInput): Model {
  const input: ModelInput = {
    id: 'ties',
    version: '1',
    name: label('ties'),
    tree: {
      id: 'total',
      label: label('total'),
      children: [
        {
          id: 'Q',
          label: label('Q'),
          children: [{ id: 'q', label: label('q'), scoring: { method: 'direct' } }],
        },
        {
          id: 'I',
          label: label('I'),
          children: [{ id: 'i', label: label('i'), scoring: { method: 'direct' } }],
        },
      ],
    },
    sectors: [
      { id: 'a', label: label('A') },
      { id: 'b', label: label('B') },
    ],
    profile: { weights: { Q: 0.5, I: 0.5, q: 1, i: 1 } },
    facts: [
      {
        id: 'grade',
        label: label('grade'),
        type: 'category',
        values: [{ value: 'A' }, { value: 'B' }, { value: 'C' }],
      },
      { id: 'revenue', label: label('revenue'), type: 'number' },
      { id: 'size', label: label('size'), type: 'number' },
    ],
    selection,
  };
  return defineModel(input);
}

describe('the quota draw over a whole file', () => {
  const selection: SelectionInput = {
    threshold: 30,
    floors: { Q: 20 },
    quotas: { a: 2, b: 1 },
    tieBreak: [
      { by: 'node', node: 'Q' },
      { by: 'fact', fact: 'grade', order: ['A', 'B', 'C'] },
      { by: 'fact', fact: 'revenue' },
      { by: 'fact', fact: 'size', direction: 'lower' },
      { by: 'expertMean' },
    ],
    bands: [{ id: 'top', label: label('top'), min: 60 }],
  };
  const model = tieModel(selection);
  const cell = fc.constantFrom('', '10', '20', '40', '40.0', '60', '80', 'x');
  const row = fc.record({
    sector: fc.constantFrom('a', 'b', 'A', 'c'),
    q: cell,
    i: cell,
    grade: fc.constantFrom('', 'A', 'B', 'C', 'Z', 'A;B'),
    revenue: fc.constantFrom('', '1', '2', '2.0', '1e1', 'n/a'),
    size: fc.constantFrom('', '5', '7'),
    id: fc.constantFrom('', 'dup', 'x'),
  });

  it('ranks and draws as score does, ties at the cut spread over chunks (property)', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        async (rows, chunkSize) => {
          const lines = rows.map(
            (r, k) =>
              `${r.id === 'x' ? `E${k}` : r.id},${r.sector},${r.q},${r.i},${r.grade},${r.revenue},${r.size}`,
          );
          const path = file(
            `ties-${n++}.csv`,
            `id,sector,q,i,fact.grade,fact.revenue,fact.size\n${lines.join('\n')}\n`,
          );
          await expectNdjsonEqual(path, model, chunkSize);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('separates a tie at the cut by the chain, across chunks', async () => {
    const path = file(
      'cut.csv',
      [
        'id,sector,q,i,fact.grade,fact.revenue',
        'T1,a,80,80,B,1',
        'T2,a,60,40,B,2',
        'T3,a,50,50,A,1', // ties with T2, T4 and T5 on 50.00 for the one place left; last on Q
        'T4,a,60,40,A,1', // beats T2 on the grade
        'T5,a,60,40,A,1', // the same as T4: nothing separates them
      ].join('\n'),
    );
    await expectNdjsonEqual(path, model, 1);
    const { text } = await streamed(path, model, { chunkSize: 2, format: 'ndjson' });
    const results = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as StreamedEntity);
    expect(results.map((r) => [r.id, r.rank.sector, r.selection?.reason])).toEqual([
      ['T1', 1, 'selected'],
      ['T2', 2, 'lost_tie_break'],
      ['T3', 2, 'lost_tie_break'],
      ['T4', 2, 'tie_unresolved'],
      ['T5', 2, 'tie_unresolved'],
    ]);
  });
});

describe('problems, located as they are found', () => {
  it('reports a stray quote deep in the file with its row, and scores the others', async () => {
    const header = readFileSync(sample('sample-batch.csv'), 'utf8').split('\r\n')[0];
    const body = readFileSync(sample('sample-batch.csv'), 'utf8').split('\r\n').slice(1, 101);
    const k = body.findIndex((line, at) => at >= 30 && line.includes(',制造业,'));
    const broken = [...body];
    broken[k] = (broken[k] as string).replace(',制造业,', ',"制造业,'); // row k + 2
    const path = file('stray.csv', `${header}\r\n${broken.join('\r\n')}\r\n`);
    const intact = file(
      'intact.csv',
      `${header}\r\n${body.filter((_, at) => at !== k).join('\r\n')}\r\n`,
    );
    const { summary, text, issues } = await streamed(path, liaocheng, {
      chunkSize: 25,
      format: 'ndjson',
    });
    expect(summary.fileIssues).toBe(1);
    expect(issues.filter((i) => i.kind === 'file')).toEqual([
      {
        kind: 'file',
        issue: expect.objectContaining({ code: 'stray_quote', path: ['rows', k + 2] }),
        location: { file: 'stray.csv', sheet: null, row: k + 2, column: null },
      },
    ]);
    // Every other row is scored as it would be without the broken one.
    const { report } = await inMemory(intact, liaocheng);
    const results = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as StreamedEntity);
    expect(results).toHaveLength(99);
    expect(results.map((r) => [r.id, r.status, r.total, r.rank, r.selection?.reason])).toEqual(
      report.entities.map((e) => [e.id, e.status, e.total, e.rank, e.selection?.reason]),
    );
    expect(results[k]?.row).toBe(k + 3); // the row after the broken one keeps its number
  });

  it('gives every issue with its cell, file issues first within a chunk', async () => {
    const { batch, report } = await inMemory(sample('bad-applicants.csv'), liaocheng);
    const { issues, summary } = await streamed(sample('bad-applicants.csv'), liaocheng);
    const entityIssues = report.entities.flatMap((e) =>
      e.issues.map((issue) => ({ kind: 'entity', issue, location: batch.locate(issue.path) })),
    );
    expect(issues.filter((i) => i.kind === 'entity')).toEqual(entityIssues);
    expect(issues.filter((i) => i.kind === 'file').map((i) => i.issue.code)).toEqual([
      'unknown_column',
      'stray_quote',
    ]);
    expect(summary.entitiesWithIssues).toBe(3);
    expect(summary.counts).toEqual(report.counts);
  });

  it('says how far it has got: rows and bytes while scoring, then rows written', async () => {
    const { progress } = await streamed(sample('sample-batch.csv'), liaocheng, { chunkSize: 50 });
    expect(progress).toEqual([
      { phase: 'scoring', rows: 50, bytes: expect.any(Number), totalBytes: 62004 },
      { phase: 'scoring', rows: 100, bytes: expect.any(Number), totalBytes: 62004 },
      { phase: 'scoring', rows: 127, bytes: 62004, totalBytes: 62004 },
      { phase: 'writing', rows: 50, total: 127 },
      { phase: 'writing', rows: 100, total: 127 },
      { phase: 'writing', rows: 127, total: 127 },
    ]);
  });
});

describe('what scoreCsvFile refuses', () => {
  it('a model whose scores depend on the whole batch, before reading anything', async () => {
    const cohort = defineModel({
      ...(tieModel({}).definition as ModelInput),
      tree: {
        id: 'total',
        label: label('total'),
        children: [
          { id: 'q', label: label('q'), scoring: { method: 'minmax' } },
          { id: 'i', label: label('i'), scoring: { method: 'direct' } },
        ],
      },
      profile: { weights: { q: 0.5, i: 0.5 } },
    });
    const refused = await rejection(() => scoreCsvFile('nowhere.csv', cohort));
    expect(refused.codes).toEqual(['not_streamable']);
    expect(refused.message).toContain('cohort methods: q (minmax)');
    expect(refused.messageZh).toContain('无法分块计分');
  });

  it('an output it cannot write, a bad date and a bad locale, before scoring', async () => {
    const at = sample('sample-batch.csv');
    const unwritable = await rejection(() =>
      scoreCsvFile(at, liaocheng, { out: join(at, 'no', 'such', 'dir.csv') }),
    );
    expect(unwritable.codes).toEqual(['file_unwritable']);
    expect(
      (await rejection(() => scoreCsvFile(at, liaocheng, { evaluationDate: '2024-02-30' }))).codes,
    ).toEqual(['invalid_date']);
    expect(
      (await rejection(() => scoreCsvFile(at, liaocheng, { locale: 'fr' as 'en' }))).codes,
    ).toEqual(['invalid_value']);
  });
});
