import { floatOperator, OPERATOR } from './floatOperator.js';
import type { Plan } from './planSensitivity.js';

/** Scratch buffers of {@link evaluateDraw}, made once per analysis. */
export interface DrawBuffers {
  /** Each member's total in this draw, as an integer count of the last published decimal. */
  readonly totals: Float64Array;
  /** Per node (index), per member: the published node score, scaled the same way. */
  readonly nodes: ReadonlyArray<Float64Array | null>;
  /** Per branch (index), per member: the node's score in this draw (a column, as the kernel's). */
  readonly score: ReadonlyArray<Float64Array | null>;
  readonly shares: Float64Array;
  readonly values: Float64Array;
  readonly weights: Float64Array;
  /** A branch's children's weights when every child is present. */
  readonly full: Float64Array;
}

export function drawBuffers(plan: Plan, floorNodes: readonly number[]): DrawBuffers {
  const n = plan.members.length;
  const count = plan.compiled.nodes.length;
  return {
    totals: new Float64Array(n),
    nodes: plan.compiled.nodes.map((node) =>
      floorNodes.includes(node.index) ? new Float64Array(n) : null,
    ),
    score: plan.compiled.nodes.map((node) => (node.leaf ? null : new Float64Array(n))),
    shares: new Float64Array(count),
    values: new Float64Array(count),
    weights: new Float64Array(count),
    full: new Float64Array(count),
  };
}

const MISSING = new Float64Array(0);

/**
 * Scores every member in float64 under one row of the uncertain inputs: the chosen leaf scores
 * (an excluded leaf is missing), the row's weights renormalised over each parent's present
 * children, the chosen operators, then the adjustments, clamped to the scale and rounded as the
 * model publishes (after snapping away float noise below 10⁻⁹). NaN for a member the draw cannot
 * score.
 *
 * Like the columns kernel it goes node by node over a sector's members: a node's weights and
 * operator are worked out once per sector, and a member with every child present takes them as
 * they are (the same float operations, in the same order, as renormalising over its children).
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
  const { shares, values, weights, full } = buffers;
  // Per node: its scores over the members (a leaf's column of the chosen scores, as given).
  const columns: Float64Array[] = nodes.map(() => MISSING);

  for (let s = 0; s < plan.bySector.length; s++) {
    const base = plan.weights[s] as Float64Array;
    const weightColumns = plan.weightColumn[s] as Int32Array;
    const children = plan.children[s] as ReadonlyArray<Int32Array>;
    const members = plan.bySector[s] as Int32Array;
    // This draw's raw weights in the sector (before renormalising over present children).
    for (let k = 0; k < nodes.length; k++) {
      const column = weightColumns[k] as number;
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
    for (let k = nodes.length - 1; k >= 0; k--) {
      const node = nodes[k];
      if (!node) continue;
      if (node.leaf) {
        const choices = plan.leafScores[k];
        const column = plan.scoringColumn[k] as number;
        const choice = column < 0 ? 0 : (row[column] as number);
        columns[k] = (k === excludedNode ? undefined : choices?.[choice]) ?? MISSING;
        continue;
      }
      const out = buffers.score[k] as Float64Array;
      columns[k] = out;
      const kids = children[k] as Int32Array;
      const operators = plan.operators[k] as ReadonlyArray<readonly [number, number]>;
      const column = plan.operatorColumn[k] as number;
      const [code, p] = operators[column < 0 ? 0 : (row[column] as number)] as readonly [
        number,
        number,
      ];
      let sumAll = 0;
      for (let i = 0; i < kids.length; i++) sumAll += shares[kids[i] as number] as number;
      for (let i = 0; i < kids.length; i++)
        full[i] = sumAll > 0 ? (shares[kids[i] as number] as number) / sumAll : 1 / kids.length;
      for (let at = 0; at < members.length; at++) {
        const m = members[at] as number;
        let present = kids.length > 0;
        for (let i = 0; i < kids.length && present; i++)
          present = !Number.isNaN(columns[kids[i] as number]?.[m] ?? Number.NaN);
        if (present && code === OPERATOR.arithmetic) {
          let sum = 0;
          for (let i = 0; i < kids.length; i++)
            sum +=
              (full[i] as number) * ((columns[kids[i] as number] as Float64Array)[m] as number);
          out[m] = sum;
          continue;
        }
        if (present) {
          for (let i = 0; i < kids.length; i++)
            values[i] = (columns[kids[i] as number] as Float64Array)[m] as number;
          out[m] = floatOperator(code, p, values, full, kids.length);
          continue;
        }
        // Some children missing: renormalise over the present ones.
        let count = 0;
        let sum = 0;
        for (const c of kids) {
          const score = columns[c]?.[m] ?? Number.NaN;
          if (Number.isNaN(score)) continue;
          values[count] = score;
          weights[count] = shares[c] as number;
          sum += shares[c] as number;
          count++;
        }
        if (count === 0) {
          out[m] = Number.NaN;
          continue;
        }
        for (let i = 0; i < count; i++)
          weights[i] = sum > 0 ? (weights[i] as number) / sum : 1 / count;
        out[m] = floatOperator(code, p, values, weights, count);
      }
    }
    const root = columns[0] as Float64Array;
    for (let at = 0; at < members.length; at++) {
      const m = members[at] as number;
      const total = Math.max(
        min,
        Math.min(max, (root[m] as number) + (plan.adjustment[m] as number)),
      );
      buffers.totals[m] = publish(total, factor, mode);
    }
    buffers.nodes.forEach((published, k) => {
      if (!published) return;
      for (let at = 0; at < members.length; at++) {
        const m = members[at] as number;
        published[m] = publish(columns[k]?.[m] ?? Number.NaN, factor, mode);
      }
    });
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
