import type { Model } from './Model.js';
import { safeDefineModel } from './safeDefineModel.js';
import type { ModelInput } from './types.js';

/**
 * Validates a model definition and compiles it into an immutable {@link Model}: flattened tree,
 * parent chains, exact effective weights per sector. Every problem is collected before it throws.
 *
 * Checks: the size limits first (depth ≤ 4 below the root, ≤ 1,000 leaves, ≤ 2,000 nodes, ≤ 100
 * children per node, ≤ 100 sectors, ≤ 200 rules, conditions nested ≤ 16 deep, values nested ≤ 64
 * deep, ≤ 500,000 values; docs/reliability.md), so that no input can overflow the stack; the
 * schema (labels in zh and en, known methods and their parameters, no unknown keys); unique ids,
 * none of them reserved (`__proto__`, `constructor`, `prototype`); goalposts ordered (and > 0
 * for `log`); stated scores within the scale; in every sector, the weighted children of each
 * branch sum to 1 within 1e-9 (then normalised to exactly 1) or are all given as points; every
 * node is used by at least one sector.
 *
 * @param input - the model as data (a parsed JSON file, a preset from `youpin/presets`)
 * @returns the compiled model
 * @throws {@link YoupinError} with every issue (codes include `invalid_type`, `duplicate_id`,
 *   `goalposts_order`, `weights_sum`, `mixed_weights_points`, `points_mismatch`, `unknown_node`,
 *   `empty_branch`, `missing_weight`, `out_of_scale`, `log_nonpositive_goalpost`; past a limit
 *   `too_deep`, `rule_too_deep`, `too_nested` or `too_large`)
 * @example
 * ```ts
 * import { defineModel } from 'youpin';
 * const model = defineModel({
 *   id: 'tiny', version: '1', name: { zh: '示例', en: 'Example' },
 *   tree: { id: 'root', label: { zh: '总分', en: 'Total' }, children: [
 *     { id: 'revenue', label: { zh: '营业收入', en: 'Revenue' }, scoring: { method: 'log', lower: 500, upper: 50000 } },
 *     { id: 'growth', label: { zh: '增长率', en: 'Growth' }, scoring: { method: 'linear', lower: 0, upper: 20 } },
 *   ] },
 *   sectors: [{ id: 'all', label: { zh: '全部', en: 'All' } }],
 *   profile: { weights: { revenue: 0.6, growth: 0.4 } },
 * });
 * model.sectors[0]?.weights.map((w) => w.effectiveWeight); // → [ '0.6', '0.4' ]
 * ```
 */
export function defineModel(input: ModelInput): Model {
  const result = safeDefineModel(input);
  if (!result.success) throw result.error;
  return result.data;
}
