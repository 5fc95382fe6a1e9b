import { floatOperator } from './floatOperator.js';
import type { Plan } from './planSensitivity.js';

/** Scratch buffers of {@link evaluateDraw}, made once per analysis. */
export interface DrawBuffers {
  /** Each member's total in this draw, as an integer count of the last published decimal. */
  readonly totals: Float64Array;
  /** Per node (index), per member: the published node score, scaled the same way. */
  readonly nodes: ReadonlyArray<Float64Array | null>;
  readonly score: Float64Array;
  readonly shares: Float64Array;
  readonly values: Float64Array;
  readonly weights: Float64Array;
}

export function drawBuffers(plan: Plan, floorNodes: readonly number[]): DrawBuffers {
  const n = plan.members.length;
  const count = plan.compiled.nodes.length;
  return {
    totals: new Float64Array(n),
    nodes: plan.compiled.nodes.map((node) =>
      floorNodes.includes(node.index) ? new Float64Array(n) : null,
    ),
    score: new Float64Array(count),
    shares: new Float64Array(count),
    values: new Float64Array(count),
    weights: new Float64Array(count),
  };
}

/**
 * Scores every member in float64 under one row of the uncertain inputs: the chosen leaf scores
 * (an excluded leaf is missing), the row's weights renormalised over each parent's present
 * children, the chosen operators, then the adjustments, clamped to the scale and rounded as the
 * model publishes (after snapping away float noise below 10⁻⁹). NaN for a member the draw cannot
 * score.
 */
export function evaluateDraw(plan: Plan, row: Float64Array, buffers: DrawBuffers): void {
  const { compiled } = plan;
  const nodes = compiled.nodes;
  const excluded = plan.excludeColumn >= 0 ? (row[plan.excludeColumn] as number) - 1 : -1;
  const excludedNode = excluded >= 0 ? (plan.excludable[excluded] as number) : -1;
  const factor = 10 ** plan.decimals;
  const min = compiled.min.toNumber();
  const max = compiled.max.toNumber();
  const mode = compiled.rounding.mode;
  const { score, shares, values, weights } = buffers;

  for (let s = 0; s < plan.bySector.length; s++) {
    const base = plan.weights[s] as Float64Array;
    const columns = plan.weightColumn[s] as Int32Array;
    const children = plan.children[s] as ReadonlyArray<Int32Array>;
    // This draw's raw weights in the sector (before renormalising over present children).
    for (let k = 0; k < nodes.length; k++) {
      const column = columns[k] as number;
      const w = base[k] as number;
      shares[k] =
        k === excludedNode
          ? 0
          : column < 0
            ? w
            : plan.weightKind === 'uniform'
              ? w * (row[column] as number)
              : (row[column] as number);
    }
    for (const m of plan.bySector[s] as Int32Array) {
      for (let k = nodes.length - 1; k >= 0; k--) {
        const node = nodes[k];
        if (!node) continue;
        if (node.leaf) {
          const choices = plan.leafScores[k];
          const column = plan.scoringColumn[k] as number;
          const choice = column < 0 ? 0 : (row[column] as number);
          score[k] =
            k === excludedNode ? Number.NaN : ((choices?.[choice]?.[m] ?? Number.NaN) as number);
          continue;
        }
        const kids = children[k] as Int32Array;
        let count = 0;
        let sum = 0;
        for (const c of kids) {
          if (Number.isNaN(score[c] as number)) continue;
          values[count] = score[c] as number;
          weights[count] = shares[c] as number;
          sum += shares[c] as number;
          count++;
        }
        if (count === 0) {
          score[k] = Number.NaN;
          continue;
        }
        for (let i = 0; i < count; i++)
          weights[i] = sum > 0 ? (weights[i] as number) / sum : 1 / count;
        const operators = plan.operators[k] as ReadonlyArray<readonly [number, number]>;
        const column = plan.operatorColumn[k] as number;
        const [code, p] = operators[column < 0 ? 0 : (row[column] as number)] as readonly [
          number,
          number,
        ];
        score[k] = floatOperator(code, p, values, weights, count);
      }
      const total = Math.max(
        min,
        Math.min(max, (score[0] as number) + (plan.adjustment[m] as number)),
      );
      buffers.totals[m] = publish(total, factor, mode);
      buffers.nodes.forEach((column, k) => {
        if (column) column[m] = publish(score[k] as number, factor, mode);
      });
    }
  }
}

// Float noise below 10⁻⁷ of the last digit is ignored (a draw's 63.87499999 is 63.875), then the
// model's rounding mode; an integer count of the last decimal. Draws rank, they never publish.
const NOISE = 1e-7;
function publish(value: number, factor: number, mode: string): number {
  if (!Number.isFinite(value)) return Number.NaN;
  const scaled = value * factor;
  const sign = scaled < 0 ? -1 : 1;
  const a = Math.abs(scaled);
  let floor = Math.floor(a);
  let fraction = a - floor;
  if (fraction > 1 - NOISE) {
    floor += 1;
    fraction = 0;
  } else if (fraction < NOISE) fraction = 0;
  else if (Math.abs(fraction - 0.5) < NOISE) fraction = 0.5;
  if (mode === 'down') return sign * floor;
  if (mode === 'up') return sign * (fraction > 0 ? floor + 1 : floor);
  if (fraction > 0.5) return sign * (floor + 1);
  if (fraction < 0.5) return sign * floor;
  return sign * (mode === 'half-even' ? (floor % 2 === 0 ? floor : floor + 1) : floor + 1);
}
