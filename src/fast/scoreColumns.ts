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
import type { ColumnBatch, ColumnScores } from './columnTypes.js';
import { exactNode } from './exactNode.js';
import { exactSmall } from './exactSmall.js';
import { kernelFor } from './kernelFor.js';
import { markOutsideDomains } from './markOutsideDomains.js';
import { planColumns } from './planColumns.js';
import { publishChunk } from './publishChunk.js';
import { rankColumns } from './rankColumns.js';
import { type ChunkBuffers, scoreChunk } from './scoreChunk.js';
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
  const plan = planColumns(compiled, kernel);

  const decimals = compiled.rounding.decimals;
  const status = new Uint8Array(rows);
  const totals = new Float64Array(rows).fill(Number.NaN);
  const branchIds = compiled.nodes.filter((n) => !n.leaf).map((n) => n.index);
  const branches = branchIds.map(() => new Float64Array(rows).fill(Number.NaN));
  const issues: Issue[] = [];
  const sectorOf = sectorCodes(compiled, batch.sectors, status, issues);
  const sectors = compiled.sectorIds.map((id) => ({
    kernel: kernel.sectors.get(id) as KernelSector,
    exact: compiled.sectors.get(id) as CompiledSector,
  }));
  // Per row, 1: a figure was settled exactly; 2: the row goes through the exact pipeline.
  const marks = new Uint8Array(rows);
  markOutsideDomains(compiled, columns, marks);

  const buffers: ChunkBuffers = {
    score: new Float64Array(compiled.nodes.length * CHUNK),
    scratch: new Float64Array(CHUNK),
    scratchError: new Float64Array(CHUNK),
    error: new Float64Array(compiled.nodes.length),
    magnitude: new Float64Array(compiled.nodes.length),
    ok: new Uint8Array(CHUNK),
    code: new Int32Array(CHUNK),
    rows: new Int32Array(CHUNK),
    bound: new Float64Array(2),
  };
  const published = [0, ...branchIds].map((k, i) => ({
    k,
    out: (i === 0 ? totals : branches[i - 1]) as Float64Array,
  }));
  const undecided: number[] = [];
  const publish = (sector: KernelSector, size: number) => {
    const { ok, rows: rowOf, code, score, error, magnitude } = buffers;
    for (let j = 0; j < size; j++) {
      const row = rowOf[j] as number;
      if (ok[j] === 0 && status[row] === 0) marks[row] = 2;
    }
    for (const { k, out } of published) {
      if (sector.active[k] === 0) continue;
      undecided.length = 0;
      const bound = error[k] as number;
      const largest = magnitude[k] as number;
      publishChunk(
        score,
        k * CHUNK,
        size,
        bound,
        largest,
        compiled.rounding,
        ok,
        rowOf,
        out,
        undecided,
      );
      // A figure within its error of a rounding boundary is settled exactly by recomputing only
      // its node's subtree: in small decimals when every step is exact there, else in decimal.js;
      // when even that fails, the whole row takes the exact path.
      for (const j of undecided) {
        const row = rowOf[j] as number;
        const exactSector = sectors[code[j] as number]?.exact as CompiledSector;
        const raw = (leaf: number) => (columns[leaf] as Column)[row];
        const figure = exactSmall(compiled, exactSector, k, raw);
        const exact = Number.isNaN(figure) ? exactNode(compiled, exactSector, k, raw) : null;
        if (Number.isNaN(figure) && exact === null) marks[row] = 2;
        else {
          out[row] = exact ? toScaled(exact, compiled.rounding) : figure;
          if (marks[row] === 0) marks[row] = 1;
        }
      }
    }
  };
  if (plan.shared) {
    // One tree for every sector: chunks of consecutive rows, each row with its sector's weights.
    for (let start = 0; start < rows; start += CHUNK) {
      const size = Math.min(CHUNK, rows - start);
      for (let j = 0; j < size; j++) {
        const s = sectorOf[start + j] as number;
        buffers.rows[j] = start + j;
        buffers.code[j] = Math.max(0, s);
        buffers.ok[j] = s < 0 ? 0 : 1;
      }
      scoreChunk(kernel, plan, plan.shared, columns, start, size, CHUNK, buffers);
      publish(plan.shared, size);
    }
  } else {
    // Trees that differ by sector: chunks of one sector's rows, gathered.
    rowsBySector(sectorOf, sectors.length).forEach((rowsOf, s) => {
      const sector = sectors[s]?.kernel as KernelSector;
      for (let from = 0; from < rowsOf.length; from += CHUNK) {
        const size = Math.min(CHUNK, rowsOf.length - from);
        buffers.rows.set(rowsOf.subarray(from, from + size));
        buffers.code.fill(s, 0, size);
        buffers.ok.fill(1, 0, size);
        scoreChunk(kernel, plan, sector, columns, -1, size, CHUNK, buffers);
        publish(sector, size);
      }
    });
  }
  const leftover: number[] = [];
  let recomputed = 0;
  for (let row = 0; row < rows; row++) {
    if (marks[row] === 0) continue;
    recomputed++;
    if (marks[row] !== 2) continue;
    leftover.push(row);
    totals[row] = Number.NaN;
    for (const column of branches) column[row] = Number.NaN;
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
    rank: rankColumns(totals, sectorOf, sectors.length),
    issues,
    recomputed,
  };
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

// Each row's sector as an index into the model's sectors; -1 (and invalid) for an unknown one.
function sectorCodes(
  compiled: Compiled,
  sectors: readonly string[],
  status: Uint8Array,
  issues: Issue[],
): Int32Array {
  const ids = compiled.sectorIds;
  const number = new Map(ids.map((id, k) => [id, k]));
  const of = new Int32Array(sectors.length);
  for (let row = 0; row < sectors.length; row++) {
    const s = sectors[row] as string;
    // The sector of the row before is the usual case: skip the map lookup then.
    const k = row > 0 && s === sectors[row - 1] ? (of[row - 1] as number) : (number.get(s) ?? -1);
    of[row] = k;
    if (k < 0) {
      status[row] = 1;
      issues.push(
        makeToolIssue('unknown_sector', ['rows', row, 'sector'], {
          sector: String(s),
          allowed: ids.join(', '),
        }),
      );
    }
  }
  return of;
}

// Rows by sector code, in row order.
function rowsBySector(sectorOf: Int32Array, count: number): Int32Array[] {
  const counts = new Int32Array(count);
  for (const s of sectorOf) if (s >= 0) counts[s] = (counts[s] as number) + 1;
  const groups = Array.from(counts, (n) => new Int32Array(n));
  const filled = new Int32Array(count);
  for (let row = 0; row < sectorOf.length; row++) {
    const s = sectorOf[row] as number;
    if (s < 0) continue;
    (groups[s] as Int32Array)[filled[s] as number] = row;
    filled[s] = (filled[s] as number) + 1;
  }
  return groups;
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
