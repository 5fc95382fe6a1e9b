import { aggregateEntity } from '../entity/aggregateEntity.js';
import { readEntities } from '../entity/readEntities.js';
import type { Issue } from '../error/issue.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { YoupinError } from '../error/YoupinError.js';
import type { Compiled, CompiledSector } from '../model/compiled.js';
import type { Model } from '../model/Model.js';
import { resolveModel } from '../model/resolveModel.js';
import type { ModelInput } from '../model/types.js';
import { Dec } from '../numeric/decimal.js';
import { roundForPublication } from '../numeric/roundForPublication.js';
import { aggregateChunk } from './aggregateChunk.js';
import type { ColumnBatch, ColumnScores } from './columnTypes.js';
import { exactNode } from './exactNode.js';
import { type ChunkBuffers, fillLeaves } from './fillLeaves.js';
import { kernelFor } from './kernelFor.js';
import { publishScaled } from './publishScaled.js';
import { rankColumns } from './rankColumns.js';
import type { KernelSector } from './types.js';

const CHUNK = 1024;

/**
 * Scores a batch given as columns on the float64 kernel: leaf scores and aggregates with a bound
 * on their error, each total and branch published only when the bound keeps it clear of a
 * rounding boundary; the rows left over are recomputed in decimal. The published figures and ranks
 * are those `score()` publishes, at close to the speed of plain float64 code and with memory for
 * a few columns only — for province-wide batches and for research.
 *
 * It scores the indicator tree: gates, vetoes, expert panels, adjustments and selection need
 * per-applicant facts and are `score()`'s. A model with a cohort method (`minmax` …), a scoring
 * method or operator without a float64 form, fusion or adjustments is refused (`no_fast_path`).
 *
 * @param model - a model from `defineModel`, or a definition
 * @param batch - `{ sectors, values: { leafId: column } }`, every column as long as `sectors`
 * @returns published figures as integer counts of the last decimal, ranks, and located issues
 * @throws {@link YoupinError} `no_fast_path`, `length_mismatch` for a short column, `unknown_node`
 *   for a column that is no leaf
 * @example
 * ```ts
 * import { defineModel, formatScaled, scoreColumns } from 'youpin';
 * const label = (s: string) => ({ zh: s, en: s });
 * const model = defineModel({
 *   id: 'm', version: '1', name: label('m'),
 *   tree: { id: 'total', label: label('total'), children: [
 *     { id: 'rd', label: label('R&D'), scoring: { method: 'linear', lower: 0, upper: 10 } },
 *     { id: 'sales', label: label('sales'), scoring: { method: 'log', lower: 1, upper: 1000 } },
 *   ] },
 *   sectors: [{ id: 'mfg', label: label('制造业') }],
 *   profile: { weights: { rd: 0.6, sales: 0.4 } },
 * });
 * const scores = scoreColumns(model, {
 *   sectors: ['mfg', 'mfg', 'mfg'],
 *   values: { rd: Float64Array.of(5, 7.5, 12), sales: Float64Array.of(10, 100, Number.NaN) },
 * });
 * formatScaled(scores.totals[0] ?? 0, scores.decimals); // → '43.33'
 * scores.rank.overall; // → Int32Array(3) [ 2, 1, 0 ]
 * scores.issues[0]?.code; // → 'missing_value'
 * ```
 */
export function scoreColumns(model: Model | ModelInput, batch: ColumnBatch): ColumnScores {
  const compiled = resolveModel(model);
  const kernel = kernelFor(compiled);
  // Cohort methods need the whole batch's statistics, which score() computes exactly first.
  const cohort = compiled.nodes.find((n) => n.leaf?.method.kind === 'cohort');
  if ('unsupported' in kernel || cohort) {
    const reason =
      'unsupported' in kernel ? kernel.unsupported : `cohort method ${cohort?.leaf?.method.id}`;
    throw new YoupinError([makeToolIssue('no_fast_path', ['model'], { reason })]);
  }
  const rows = batch.sectors.length;
  const columns = readColumns(compiled, batch, rows);

  const decimals = compiled.rounding.decimals;
  const status = new Uint8Array(rows);
  const totals = new Float64Array(rows).fill(Number.NaN);
  const branchIds = compiled.nodes.filter((n) => !n.leaf).map((n) => n.index);
  const branches = branchIds.map(() => new Float64Array(rows).fill(Number.NaN));
  const issues: Issue[] = [];
  const leftover: number[] = [];

  const count = compiled.nodes.length;
  const buffers: ChunkBuffers = {
    score: new Float64Array(count * CHUNK),
    valueError: new Float64Array(count * CHUNK),
    error: new Float64Array(count),
    magnitude: new Float64Array(count),
    ok: new Uint8Array(CHUNK),
    bound: new Float64Array(2),
  };
  const { score, error, magnitude, ok } = buffers;
  const chunk = { score, error };
  const out = { branchIds, branches, totals };
  const settled = new Set<number>();
  const k = kernel;
  const groups = groupBySector(compiled, batch.sectors, status, issues);
  for (const [id, rowsOf] of groups) {
    const sector = k.sectors.get(id) as KernelSector;
    const exactSector = compiled.sectors.get(id) as CompiledSector;
    for (let from = 0; from < rowsOf.length; from += CHUNK) {
      const size = Math.min(CHUNK, rowsOf.length - from);
      fillLeaves(k, sector, columns, rowsOf, from, size, CHUNK, buffers);
      aggregateChunk(k, sector, size, CHUNK, score, error, magnitude);
      for (let j = 0; j < size; j++) {
        const row = rowsOf[from + j] as number;
        if (ok[j] === 0 || !publishRow(compiled, exactSector, j, chunk, columns, out, row, settled))
          leftover.push(row);
      }
    }
  }
  recompute(compiled, batch, columns, leftover, { status, totals, branchIds, branches, issues });
  return {
    rows,
    decimals,
    status,
    totals,
    branches: Object.fromEntries(
      branchIds.map((k, b) => [compiled.nodes[k]?.id as string, branches[b] as Float64Array]),
    ),
    rank: rankColumns(totals, groups.values()),
    issues,
    recomputed: new Set([...settled, ...leftover]).size,
  };
}

// Publishes a row's total and branches. A figure within its error of a rounding boundary is
// settled exactly by recomputing only its node's subtree in decimal; false (nothing written to
// totals) when even that fails and the whole row must go through the exact pipeline.
function publishRow(
  compiled: Compiled,
  sector: CompiledSector,
  j: number,
  chunk: { score: Float64Array; error: Float64Array },
  columns: ReadonlyArray<Column | undefined>,
  out: { branchIds: readonly number[]; branches: Float64Array[]; totals: Float64Array },
  row: number,
  settled: Set<number>,
): boolean {
  const total = publishNode(compiled, sector, 0, j, chunk, columns, row, settled);
  if (Number.isNaN(total)) return false;
  for (let b = 0; b < out.branchIds.length; b++) {
    const k = out.branchIds[b] as number;
    if (!sector.active[k]) continue;
    const v = publishNode(compiled, sector, k, j, chunk, columns, row, settled);
    if (Number.isNaN(v)) return false;
    (out.branches[b] as Float64Array)[row] = v;
  }
  out.totals[row] = total;
  return true;
}

function publishNode(
  compiled: Compiled,
  sector: CompiledSector,
  k: number,
  j: number,
  chunk: { score: Float64Array; error: Float64Array },
  columns: ReadonlyArray<Column | undefined>,
  row: number,
  settled: Set<number>,
): number {
  const fast = publishScaled(
    chunk.score[k * CHUNK + j] as number,
    chunk.error[k] as number,
    compiled.rounding,
  );
  if (!Number.isNaN(fast)) return fast;
  settled.add(row);
  const exact = exactNode(compiled, sector, k, (leaf) => (columns[leaf] as Column)[row]);
  return exact === null ? Number.NaN : toScaled(exact, compiled.rounding);
}

// A published figure as an integer count of its last decimal.
function toScaled(value: Dec, policy: Compiled['rounding']): number {
  return new Dec(roundForPublication(value, policy))
    .times(new Dec(10).pow(policy.decimals))
    .toNumber();
}

type Column = Float64Array | ColumnBatch['values'][string];

function readColumns(
  compiled: Compiled,
  batch: ColumnBatch,
  rows: number,
): Array<Column | undefined> {
  const columns: Array<Column | undefined> = compiled.nodes.map(() => undefined);
  const byId = new Map(compiled.nodes.map((n) => [n.id, n]));
  const problems: Issue[] = [];
  for (const [id, column] of Object.entries(batch.values)) {
    const node = byId.get(id);
    if (!node?.leaf) problems.push(makeToolIssue('unknown_node', ['values', id], { id }));
    else if (column.length !== rows)
      problems.push(
        makeToolIssue('length_mismatch', ['values', id], { a: rows, b: column.length }),
      );
    else columns[node.index] = column;
  }
  if (problems.length > 0) throw new YoupinError(problems as [Issue, ...Issue[]]);
  return columns;
}

// Rows by sector, in row order; a row in an unknown sector is invalid.
function groupBySector(
  compiled: Compiled,
  sectors: readonly string[],
  status: Uint8Array,
  issues: Issue[],
): Map<string, Int32Array> {
  const ids = compiled.sectorIds;
  const number = new Map(ids.map((id, k) => [id, k]));
  const of = new Int32Array(sectors.length);
  const counts = new Int32Array(ids.length);
  for (let row = 0; row < sectors.length; row++) {
    const s = sectors[row] as string;
    // The sector of the row before is the usual case: skip the map lookup then.
    const k = row > 0 && s === sectors[row - 1] ? (of[row - 1] as number) : (number.get(s) ?? -1);
    of[row] = k;
    if (k >= 0) counts[k] = (counts[k] as number) + 1;
    else {
      status[row] = 1;
      issues.push(
        makeToolIssue('unknown_sector', ['rows', row, 'sector'], {
          sector: String(s),
          allowed: ids.join(', '),
        }),
      );
    }
  }
  const groups = ids.map((_, k) => new Int32Array(counts[k] as number));
  const filled = new Int32Array(ids.length);
  for (let row = 0; row < sectors.length; row++) {
    const k = of[row] as number;
    if (k < 0) continue;
    (groups[k] as Int32Array)[filled[k] as number] = row;
    filled[k] = (filled[k] as number) + 1;
  }
  return new Map(
    ids.flatMap((id, k) => ((counts[k] as number) > 0 ? [[id, groups[k] as Int32Array]] : [])),
  );
}

// The rows the kernel could not decide, through the exact pipeline, a row at a time.
function recompute(
  compiled: Compiled,
  batch: ColumnBatch,
  columns: ReadonlyArray<Column | undefined>,
  leftover: readonly number[],
  out: {
    status: Uint8Array;
    totals: Float64Array;
    branchIds: readonly number[];
    branches: Float64Array[];
    issues: Issue[];
  },
): void {
  const factor = new Dec(10).pow(compiled.rounding.decimals);
  for (const row of leftover) {
    const values: Record<string, unknown> = {};
    compiled.nodes.forEach((node, k) => {
      const column = columns[k];
      if (!node.leaf || !column) return;
      const raw = column[row];
      values[node.id] = typeof raw === 'number' && Number.isNaN(raw) ? null : raw;
    });
    const [entity] = readEntities(compiled, [
      { id: batch.ids?.[row] ?? `#${row}`, sector: batch.sectors[row], values },
    ]);
    if (!entity) continue;
    const figures = entity.issues.length === 0 ? aggregateEntity(compiled, entity) : null;
    const total = figures?.get(0)?.score;
    if (!figures || !total) {
      out.status[row] = 1;
      for (const issue of entity.issues)
        out.issues.push({ ...issue, path: ['rows', row, ...issue.path.slice(3)] });
      continue;
    }
    const scaled = (value: Dec) =>
      new Dec(roundForPublication(value, compiled.rounding)).times(factor).toNumber();
    out.totals[row] = scaled(total);
    out.branchIds.forEach((k, b) => {
      const s = figures.get(k)?.score;
      (out.branches[b] as Float64Array)[row] = s ? scaled(s) : Number.NaN;
    });
  }
}
