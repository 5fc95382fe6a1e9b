import { childShares } from '../entity/childShares.js';
import type { Compiled } from '../model/compiled.js';
import type { Dec } from '../numeric/decimal.js';
import { floatSafe } from './_floatSafe.js';
import { floatLeaves } from './leaves/index.js';
import type { FloatLeaf, Kernel, KernelSector } from './types.js';

const OPERATORS: Readonly<Record<string, number>> = { arithmetic: 0, minimum: 1 };

/**
 * The float64 form of a compiled model, or the reason it has none: a scoring method or operator
 * without a float form, fusion of sources, or adjustments. Such models are scored exactly.
 */
export function compileKernel(model: Compiled): Kernel | { readonly unsupported: string } {
  if (model.fusion) return { unsupported: 'fusion of sources' };
  if (model.adjustments && model.adjustments.items.length > 0)
    return { unsupported: 'adjustments' };
  const leaves: Array<FloatLeaf | null> = [];
  const operators = new Int8Array(model.nodes.length).fill(-1);
  for (const node of model.nodes) {
    leaves.push(null);
    if (node.leaf) {
      if (node.leaf.method.kind === 'cohort') continue;
      const { scoring } = node.leaf.input;
      if (!floatSafe([scoring, node.leaf.ctx.min, node.leaf.ctx.max]))
        return { unsupported: `parameters of ${node.id} beyond float64` };
      const factory = Object.hasOwn(floatLeaves, node.leaf.method.id)
        ? floatLeaves[node.leaf.method.id]
        : undefined;
      const leaf = factory?.(node.leaf.input.scoring as never, node.leaf.ctx) ?? null;
      if (!leaf) return { unsupported: `scoring method ${node.leaf.method.id}` };
      leaves[node.index] = leaf;
    } else {
      const method = node.operatorSpec?.method ?? 'arithmetic';
      const code = Object.hasOwn(OPERATORS, method) ? OPERATORS[method] : undefined;
      if (code === undefined) return { unsupported: `operator ${method}` };
      operators[node.index] = code;
    }
  }
  // Node indices follow the tree's pre-order, so the reverse visits children before parents.
  const bottomUp = Int32Array.from(model.nodes.map((n) => n.index).reverse());
  const sectors = new Map<string, KernelSector>();
  for (const [id, sector] of model.sectors) {
    // Shares as the exact path takes them when every child is present: weight / Σ siblings'
    // weights, or equal shares when they are all 0.
    const weight = new Float64Array(model.nodes.length);
    sector.children.forEach((children, parent) => {
      const shares = childShares(sector, parent);
      children.forEach((c, i) => {
        weight[c] = (shares[i] as Dec).toNumber();
      });
    });
    sectors.set(id, {
      active: Uint8Array.from(sector.active, (a) => (a ? 1 : 0)),
      weight,
      children: sector.children.map((c) => Int32Array.from(c)),
    });
  }
  return {
    leaves,
    operators,
    bottomUp,
    sectors,
    min: model.min.toNumber(),
    max: model.max.toNumber(),
  };
}
