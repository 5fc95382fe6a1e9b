import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareToBenchmark, type EntityInput, type Report, score } from 'youpin';
import { type Benchmark, haopinShandongBenchmark, liaocheng2024 } from 'youpin/presets';
import { issuesOf } from '../helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sample: EntityInput[] = JSON.parse(
  readFileSync(`${root}/examples/data/sample-batch.json`, 'utf8'),
);
const pick = (...ids: string[]): EntityInput[] =>
  ids.map((id) => {
    const row = sample.find((r) => r.id === id);
    if (!row) throw new Error(`no row ${id} in the sample batch`);
    return row;
  });

// Three manufacturers (one below every line, one above, one in between), a farm, a service
// company, and one entity each that is ineligible, vetoed and invalid.
const IDS = ['M001', 'M002', 'M003', 'A001', 'S002', 'M041', 'M048', 'A009'];
const report: Report = score(liaocheng2024, pick(...IDS));
const comparison = compareToBenchmark(report, haopinShandongBenchmark);

const entity = (id: string) => {
  const e = comparison.entities.find((x) => x.id === id);
  if (!e) throw new Error(id);
  return e;
};

const bench = (lines: Benchmark['lines']): Benchmark => ({ ...haopinShandongBenchmark, lines });
const line = (node: string, min: number | string): Benchmark['lines'][number] => ({
  node,
  min,
  provenance: { status: 'proposed' },
});

describe('compareToBenchmark', () => {
  it('keeps every entity once, in input order, with its status', () => {
    expect(comparison.entities.map((e) => e.id)).toEqual(IDS);
    expect(comparison.entities.map((e) => e.index)).toEqual(IDS.map((_, i) => i));
    expect(comparison.entities.map((e) => e.status)).toEqual([
      'scored',
      'scored',
      'scored',
      'scored',
      'scored',
      'ineligible',
      'vetoed',
      'invalid',
    ]);
    expect(comparison.benchmark).toEqual({
      id: 'haopin-shandong-benchmark',
      version: '2024.1-proposed',
      name: { zh: '好品山东对标线', en: 'Good Products Shandong benchmark' },
    });
    expect(comparison.model).toEqual({ id: 'liaocheng-youpin', version: '2024.1-proposed' });
  });

  it('gives each line the published score, the line and the gap, checked by hand', () => {
    const m001 = entity('M001');
    // M001 publishes Q 52.90 I 36.09 B 27.54 E 26.26 S 38.90; every line is 80.
    expect(m001.lines.map((l) => l.score)).toEqual(['52.90', '36.09', '27.54', '26.26', '38.90']);
    expect(m001.lines[0]).toEqual({
      node: 'Q',
      label: { zh: '质量', en: 'Quality' },
      score: '52.90',
      line: '80.00',
      gap: '-27.10', // 52.90 − 80 = −27.10
      passed: false,
    });
    expect(m001.lines.map((l) => l.gap)).toEqual([
      '-27.10',
      '-43.91',
      '-52.46',
      '-53.74',
      '-41.10',
    ]);
    expect(m001.passedAll).toBe(false);
    // The published node scores of the report, as they are.
    for (const l of m001.lines) {
      expect(l.score).toBe(report.entities[0]?.nodes.find((n) => n.id === l.node)?.score);
    }
  });

  it('passes a line at or above it, and decides passedAll', () => {
    const m002 = entity('M002'); // Q 97.50 I 96.90 B 91.94 E 86.42 S 86.75
    expect(m002.lines.map((l) => l.passed)).toEqual([true, true, true, true, true]);
    expect(m002.lines.map((l) => l.gap)).toEqual(['17.50', '16.90', '11.94', '6.42', '6.75']);
    expect(m002.passedAll).toBe(true);
    const m003 = entity('M003'); // Q 88.00 I 63.29 B 95.32 E 98.71 S 89.50
    expect(m003.lines.map((l) => l.passed)).toEqual([true, false, true, true, true]);
    expect(m003.lines[1]?.gap).toBe('-16.71');
    expect(m003.passedAll).toBe(false);
  });

  it('gives entities that are not scored a null score, gap and verdict', () => {
    for (const id of ['M041', 'M048', 'A009']) {
      const e = entity(id);
      expect(e.lines.every((l) => l.score === null && l.gap === null && l.passed === null)).toBe(
        true,
      );
      expect(e.lines.map((l) => l.line)).toEqual(['80.00', '80.00', '80.00', '80.00', '80.00']);
      expect(e.passedAll).toBeNull();
    }
  });

  it('counts, per line and by sector, how many scored entities reach it', () => {
    const scored = comparison.entities.filter((e) => e.status === 'scored');
    comparison.lines.forEach((summary, i) => {
      expect(summary.scored).toBe(5);
      expect(summary.passed).toBe(scored.filter((e) => e.lines[i]?.passed).length);
      expect(summary.bySector.map((s) => s.sector)).toEqual([
        'manufacturing',
        'agriculture',
        'services',
      ]);
      expect(summary.bySector.reduce((n, s) => n + s.scored, 0)).toBe(summary.scored);
      expect(summary.bySector.reduce((n, s) => n + s.passed, 0)).toBe(summary.passed);
    });
    // Q: M002 97.50, M003 88.00 pass; M001 52.90, A001 73.90, S002 61.56 do not.
    expect(comparison.lines[0]).toEqual({
      node: 'Q',
      label: { zh: '质量', en: 'Quality' },
      line: '80.00',
      scored: 5,
      passed: 2,
      bySector: [
        { sector: 'manufacturing', scored: 3, passed: 2 },
        { sector: 'agriculture', scored: 1, passed: 0 },
        { sector: 'services', scored: 1, passed: 0 },
      ],
    });
    expect(comparison.all).toEqual({
      scored: 5,
      passed: 1,
      bySector: [
        { sector: 'manufacturing', scored: 3, passed: 1 },
        { sector: 'agriculture', scored: 1, passed: 0 },
        { sector: 'services', scored: 1, passed: 0 },
      ],
    });
  });

  it('compares exactly, and publishes the gap to the report’s decimals', () => {
    const c = compareToBenchmark(
      report,
      bench([line('Q', '52.9'), line('I', '36.095'), line('B', 27.535), line('total', 38)]),
    );
    const m001 = c.entities[0];
    // A line is written with at least the report's decimals, never rounded.
    expect(m001?.lines.map((l) => l.line)).toEqual(['52.90', '36.095', '27.535', '38.00']);
    // 52.90 ≥ 52.9 exactly: on the line passes, with a gap of 0.00 (never -0.00).
    expect(m001?.lines[0]).toMatchObject({ score: '52.90', gap: '0.00', passed: true });
    // 36.09 − 36.095 = −0.005: fails, and publishes half-up (away from zero) as -0.01.
    expect(m001?.lines[1]).toMatchObject({ score: '36.09', gap: '-0.01', passed: false });
    // 27.54 − 27.535 = 0.005: passes, published 0.01.
    expect(m001?.lines[2]).toMatchObject({ score: '27.54', gap: '0.01', passed: true });
    // A line on the root compares the published total (38.23).
    expect(m001?.lines[3]).toMatchObject({
      node: 'total',
      label: { zh: '总分', en: 'Total score' },
      score: '38.23',
      gap: '0.23',
      passed: true,
    });
    expect(m001?.passedAll).toBe(false);
  });

  it('leaves a line on a node outside an entity’s sector without a verdict', () => {
    // m_Q1 is a manufacturing leaf: the farm and the service company have no score for it.
    const c = compareToBenchmark(report, bench([line('m_Q1', 60), line('Q', 0)]));
    expect(c.entities[0]?.lines[0]).toMatchObject({ score: '80.00', gap: '20.00', passed: true });
    expect(c.entities[0]?.passedAll).toBe(true);
    expect(c.entities[3]?.lines[0]).toMatchObject({ score: null, gap: null, passed: null });
    expect(c.entities[3]?.passedAll).toBeNull();
    expect(c.lines[0]?.scored).toBe(3);
    expect(c.all).toMatchObject({ scored: 3, passed: 3 });
  });

  it('takes an empty report', () => {
    const empty = score(liaocheng2024, []);
    const c = compareToBenchmark(empty, haopinShandongBenchmark);
    expect(c.entities).toEqual([]);
    expect(c.lines.map((l) => [l.scored, l.passed])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(c.all.bySector.every((s) => s.scored === 0 && s.passed === 0)).toBe(true);
  });

  it('does not change the report or the benchmark', () => {
    const before = [JSON.stringify(report), JSON.stringify(haopinShandongBenchmark)];
    compareToBenchmark(report, haopinShandongBenchmark);
    expect([JSON.stringify(report), JSON.stringify(haopinShandongBenchmark)]).toEqual(before);
    expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison);
  });

  it('rejects a line on a node the model does not have, and a second line on a node', () => {
    expect(
      issuesOf(() =>
        compareToBenchmark(report, bench([line('Q', 80), line('X', 80), line('Q', 70)])),
      ),
    ).toEqual([
      { code: 'unknown_node', path: 'benchmark.lines.1.node' },
      { code: 'duplicate_id', path: 'benchmark.lines.2.node' },
    ]);
  });

  it('rejects a benchmark that is not valid, with every issue under benchmark', () => {
    const bad = {
      id: '',
      version: '1',
      name: { zh: '基准' },
      provenance: { status: 'official' },
      lines: [
        { node: 'Q', min: '80,5', provenance: { status: 'proposed' } },
        { node: 'I', min: Number.NaN, provenance: { status: 'proposed' } },
        { node: 'B', min: 80 },
      ],
    } as unknown as Benchmark;
    const paths = issuesOf(() => compareToBenchmark(report, bad)).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'benchmark.id',
        'benchmark.name.en',
        'benchmark.provenance.status',
        'benchmark.lines.0.min',
        'benchmark.lines.1.min',
        'benchmark.lines.2.provenance',
      ]),
    );
    expect(paths.every((p) => p.startsWith('benchmark'))).toBe(true);
    expect(issuesOf(() => compareToBenchmark(report, bench([])))).toEqual([
      { code: 'too_small', path: 'benchmark.lines' },
    ]);
    expect(
      issuesOf(() => compareToBenchmark(report, null as unknown as Benchmark)).map((i) => i.path),
    ).toEqual(['benchmark']);
  });
});
