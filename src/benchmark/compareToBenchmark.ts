import { fromZod } from '../error/fromZod.js';
import type { Issue } from '../error/issue.js';
import { makeIssue } from '../error/messages.js';
import { parseInput } from '../error/parseInput.js';
import type { Label, NodeInput } from '../model/types.js';
import { Dec } from '../numeric/decimal.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import { roundForPublication } from '../numeric/roundForPublication.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import type { EntityResult, Report } from '../score/types.js';
import { benchmarkSchema } from './benchmarkSchema.js';
import type {
  Benchmark,
  BenchmarkComparison,
  BenchmarkEntityResult,
  BenchmarkLineResult,
  BenchmarkTally,
} from './types.js';

interface Line {
  readonly node: string;
  readonly label: Label;
  readonly min: Dec;
  readonly text: string;
}

/**
 * Compares every entity of a report with a benchmark (the 好品山东 bar, or any other): per
 * entity, in input order, and per line, the entity's published node score, the line, the gap
 * (score − line) and whether the score reaches the line; per line, how many scored entities reach
 * it, overall and by sector.
 *
 * The comparison is made on published scores, as the 公示 list shows them; `passed` is decided
 * exactly (score ≥ line), and the gap is published to the report's decimals by its rounding
 * policy — so against a line with more decimals than the report (79.995), a score of 79.99 shows
 * a gap of "-0.01" and fails. A line on the root node compares the published total (after
 * adjustments). Entities that are not scored (ineligible, vetoed, invalid), and nodes that are
 * not in an entity's sector, have a null score, gap and verdict; `passedAll` is false as soon as
 * one line fails, otherwise null when a line has no verdict.
 *
 * @param report - a report from `score`; its `definition` names the nodes and their labels
 * @param benchmark - `{ id, version, name, provenance, lines: [{ node, min, provenance }] }`
 * @returns the comparison (plain data): `entities`, `lines` (tallies per line) and `all`
 * @throws {@link YoupinError} for a benchmark that is not valid, every issue under
 *   `['benchmark', …]` (zod codes: `invalid_type`, `too_small` for an empty id or no lines,
 *   `invalid_value`, `custom` for a `min` that is not a decimal), `unknown_node` for a line whose
 *   node is not in the report's model and `duplicate_id` for a second line on the same node
 *   (both at `['benchmark', 'lines', i, 'node']`)
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { compareToBenchmark, score } from 'youpin';
 * import { haopinShandongBenchmark, liaocheng2024 } from 'youpin/presets';
 * const rows = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
 * const report = score(liaocheng2024, rows.slice(0, 3));
 * const comparison = compareToBenchmark(report, haopinShandongBenchmark);
 * comparison.entities[0]?.lines.map((l) => l.gap); // → [ '-27.10', '-43.91', '-52.46', '-53.74', '-41.10' ]
 * comparison.entities[1]?.passedAll; // → true
 * comparison.lines[0]; // → { node: 'Q', label: { zh: '质量', en: 'Quality' }, line: '80.00', scored: 3, passed: 2, bySector: [ { sector: 'manufacturing', scored: 3, passed: 2 }, { sector: 'agriculture', scored: 0, passed: 0 }, { sector: 'services', scored: 0, passed: 0 } ] }
 * ```
 */
export function compareToBenchmark(report: Report, benchmark: Benchmark): BenchmarkComparison {
  const parsed = parseInput(benchmarkSchema, benchmark);
  if (!parsed.success) throwIfIssues(fromZod(parsed.error.issues, ['benchmark']));
  const valid = parsed.data as Benchmark;

  const tree = report.definition.tree;
  const labels = nodeLabels(tree);
  const decimals = report.rounding.decimals;
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const lines: Line[] = [];
  valid.lines.forEach((l, i) => {
    const label = labels.get(l.node);
    const path = ['benchmark', 'lines', i, 'node'];
    if (!label) issues.push(makeIssue('unknown_node', path, { id: l.node }));
    else if (seen.has(l.node)) issues.push(makeIssue('duplicate_id', path, { id: l.node }));
    seen.add(l.node);
    const min = parseDecimal(l.min) as Dec; // the schema accepted it
    const text = min.toFixed(Math.max(decimals, min.decimalPlaces()));
    if (label) lines.push({ node: l.node, label, min, text });
  });
  throwIfIssues(issues);

  const entities = report.entities.map((e) => compareEntity(e, lines, tree.id, report));
  const sectors = sectorOrder(report);
  return {
    benchmark: { id: valid.id, version: valid.version, name: valid.name },
    model: { id: report.model.id, version: report.model.version },
    entities,
    lines: lines.map((line, i) => ({
      node: line.node,
      label: line.label,
      line: line.text,
      ...tally(
        entities.map((e) => [e.sector, e.lines[i]?.passed ?? null]),
        sectors,
      ),
    })),
    all: tally(
      entities.map((e) => [e.sector, e.passedAll]),
      sectors,
    ),
  };
}

function compareEntity(
  e: EntityResult,
  lines: readonly Line[],
  rootId: string,
  report: Report,
): BenchmarkEntityResult {
  const scores = new Map(e.nodes.map((n) => [n.id, n.score]));
  const results = lines.map((line): BenchmarkLineResult => {
    const published =
      e.status !== 'scored'
        ? null
        : line.node === rootId
          ? e.total
          : (scores.get(line.node) ?? null);
    const base = { node: line.node, label: line.label, line: line.text };
    if (published === null) return { ...base, score: null, gap: null, passed: null };
    const value = new Dec(published);
    return {
      ...base,
      score: published,
      gap: roundForPublication(value.minus(line.min), report.rounding),
      passed: value.greaterThanOrEqualTo(line.min),
    };
  });
  const verdicts = results.map((r) => r.passed);
  return {
    index: e.index,
    id: e.id,
    name: e.name,
    sector: e.sector,
    status: e.status,
    lines: results,
    passedAll: verdicts.includes(false) ? false : verdicts.includes(null) ? null : true,
  };
}

function tally(
  verdicts: ReadonlyArray<readonly [string | null, boolean | null]>,
  sectors: readonly string[],
): BenchmarkTally {
  const bySector = new Map(sectors.map((s) => [s, { sector: s, scored: 0, passed: 0 }]));
  let scored = 0;
  let passed = 0;
  for (const [sector, verdict] of verdicts) {
    if (verdict === null) continue;
    scored++;
    if (verdict) passed++;
    const counts = sector === null ? undefined : bySector.get(sector);
    if (counts) {
      counts.scored++;
      if (verdict) counts.passed++;
    }
  }
  return { scored, passed, bySector: [...bySector.values()] };
}

/** The model's sectors in its order, then any other sector an entity names. */
function sectorOrder(report: Report): string[] {
  const order = report.definition.sectors.map((s) => s.id);
  for (const e of report.entities) {
    if (e.sector !== null && !order.includes(e.sector)) order.push(e.sector);
  }
  return order;
}

function nodeLabels(root: NodeInput): Map<string, Label> {
  const labels = new Map<string, Label>();
  const visit = (node: NodeInput): void => {
    labels.set(node.id, node.label);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return labels;
}
