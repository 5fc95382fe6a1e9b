import { makeIssue } from '../error/messages.js';
import { YoupinError } from '../error/YoupinError.js';
import type { Model } from './Model.js';
import { resolveModel } from './resolveModel.js';

/**
 * The global weight of every leaf in a sector: the product of the relative weights on its path
 * from the root, as exact decimal strings. They sum to 1.
 *
 * @param model - a model from {@link defineModel}
 * @param sector - a sector id of the model
 * @returns `{ leafId: weight }` in tree order, for the leaves active in that sector
 * @throws {@link YoupinError} `unknown_sector` when the model has no such sector
 * @example
 * ```ts
 * import { defineModel, effectiveWeights } from 'youpin';
 * import { liaocheng2024 } from 'youpin/presets';
 * const weights = effectiveWeights(defineModel(liaocheng2024), 'manufacturing');
 * weights['m_Q1']; // → '0.09'  (质量 0.30 × 执行标准水平 0.30)
 * ```
 */
export function effectiveWeights(model: Model, sector: string): Readonly<Record<string, string>> {
  resolveModel(model); // a YoupinError for anything but a model or a valid definition
  const found = model.sectors.find((s) => s.id === sector);
  if (!found) {
    const allowed = model.sectors.map((s) => s.id).join(', ');
    throw new YoupinError([makeIssue('unknown_sector', ['sector'], { sector, allowed })]);
  }
  const leaves = new Set(model.nodes.filter((n) => n.kind === 'leaf').map((n) => n.id));
  const out: Record<string, string> = Object.create(null);
  for (const w of found.weights) if (leaves.has(w.node)) out[w.node] = w.effectiveWeight;
  return Object.freeze(out);
}
