import type { Compiled } from '../model/compiled.js';
import { floatColumns } from './leaves/index.js';
import type { FloatColumn, Kernel, KernelSector } from './types.js';

/** How {@link scoreChunk} walks a model's tree over a chunk of rows (see planColumns). */
export interface ColumnPlan {
  /** Column loops of the leaves that have one (linear, log), by node index. */
  readonly loops: ReadonlyArray<FloatColumn | null>;
  /** Node indices, children before parents (the kernel's bottomUp). */
  readonly bottomUp: Int32Array;
  /**
   * Per node: where its score goes — its parent's block, weighted, when the parent is a weighted
   * sum (the score itself is never stored), else its own block (a branch, a child of a minimum,
   * a root leaf).
   */
  readonly target: Int32Array;
  /**
   * Per node, per sector code: the factor the node's score is added to `target` with; a single
   * entry when it is the same in every sector.
   */
  readonly factor: ReadonlyArray<Float64Array>;
  /** Per node: its largest share over the sectors, for the error bound of the parent's sum. */
  readonly largest: Float64Array;
  /** Blocks to clear before each chunk: every node that is summed into or stored. */
  readonly cleared: Int32Array;
  /**
   * The sector whose tree every sector shares (same active nodes, same minimum's children), so
   * that rows of different sectors can share a chunk; null when the sectors' trees differ and each
   * chunk must hold one sector's rows.
   */
  readonly shared: KernelSector | null;
}

const plans = new WeakMap<Kernel, ColumnPlan>();

/**
 * The kernel's plan over columns, made once per kernel: leaf scores fused with the weighted sums
 * of their parents, the sectors' weights per row, one chunk for rows of all sectors when their
 * trees agree.
 */
export function planColumns(compiled: Compiled, kernel: Kernel): ColumnPlan {
  const known = plans.get(kernel);
  if (known) return known;
  const nodes = compiled.nodes;
  const sectors = compiled.sectorIds.map((id) => kernel.sectors.get(id) as KernelSector);
  const loops = nodes.map((node) => {
    const id = node.leaf?.method.id ?? '';
    const make = Object.hasOwn(floatColumns, id) ? floatColumns[id] : undefined;
    return node.leaf && make ? make(node.leaf.input.scoring as never, node.leaf.ctx) : null;
  });
  const target = new Int32Array(nodes.length);
  const factor: Float64Array[] = [];
  const largest = new Float64Array(nodes.length);
  const cleared: number[] = [];
  for (const node of nodes) {
    const k = node.index;
    const summed = node.parent >= 0 && kernel.operators[node.parent] === 0;
    target[k] = summed ? node.parent : k;
    const weights = sectors.map((s) => (summed ? (s.weight[k] as number) : 1));
    // One entry when every sector has the same: the loops then skip the lookup per row.
    factor[k] = Float64Array.from(
      weights.every((w) => w === weights[0]) ? weights.slice(0, 1) : weights,
    );
    largest[k] = Math.max(0, ...sectors.map((s) => s.weight[k] as number));
    if (!node.leaf || !summed) cleared.push(k);
  }
  const first = sectors[0];
  const agree = (s: KernelSector, first: KernelSector) =>
    nodes.every((node) => {
      const k = node.index;
      if (s.active[k] !== first.active[k]) return false;
      // A minimum takes its children with a positive weight: the same ones in every sector.
      if (kernel.operators[k] !== 1) return true;
      return (s.children[k] ?? []).every(
        (c) => (s.weight[c] as number) > 0 === (first.weight[c] as number) > 0,
      );
    });
  const plan: ColumnPlan = {
    loops,
    bottomUp: kernel.bottomUp,
    target,
    factor,
    largest,
    cleared: Int32Array.from(cleared),
    shared: first && sectors.every((s) => agree(s, first)) ? first : null,
  };
  plans.set(kernel, plan);
  return plan;
}
