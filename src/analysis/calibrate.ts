import type { Issue } from '../error/issue.js';
import { makeIssue } from '../error/messages.js';
import { defineModel } from '../model/defineModel.js';
import type { Model } from '../model/Model.js';
import type { BranchInput, LeafInput, ModelInput, NodeInput } from '../model/types.js';
import { Dec } from '../numeric/decimal.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import { exactString } from '../numeric/settle.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import { score } from '../score/score.js';
import type { EntityInput } from '../score/types.js';

/** A percentile written `p0` … `p100` (`p10`, `p90`, `p50` …). */
export type Percentile = `p${number}`;

/** Options of {@link calibrate}. */
export interface CalibrateOptions {
  /** The lower goalpost: a percentile of the applicants' values (default `p10`). */
  readonly lower?: Percentile | undefined;
  /** The upper goalpost (default `p90`). */
  readonly upper?: Percentile | undefined;
  /** The version of the new, frozen model. */
  readonly version: string;
  /** Only these leaves (default: every `linear` and `log` leaf). */
  readonly leaves?: readonly string[] | undefined;
}

/** What {@link calibrate} returns. */
export interface CalibrateResult {
  readonly model: Model;
  /** Per calibrated leaf: the values used, the old and the new goalposts. */
  readonly leaves: ReadonlyArray<{
    readonly leaf: string;
    readonly count: number;
    readonly before: { readonly lower: string; readonly upper: string };
    readonly after: { readonly lower: string; readonly upper: string };
  }>;
  /** Leaves left as they were, and why (`too_few_values`, `zero_range`, `log_nonpositive_goalpost`). */
  readonly warnings: readonly Issue[];
}

/**
 * Sets the goalposts of linear and log-linear leaves from the applicants' distribution (domain
 * §6.4: lo = P10, hi = P90 of the eligible applicants) and freezes them in a new model version,
 * whose leaves' provenance says so. Only the valid, eligible applicants of the sectors that use a
 * leaf count. Percentiles are linear interpolation between order statistics (Hyndman & Fan 1996
 * type 7, the default of R and NumPy). A leaf keeps its goalposts, with a warning, when fewer
 * than 2 values exist, when the two percentiles coincide, or when a log leaf's lower one is ≤ 0.
 *
 * @param model - a model from `defineModel`
 * @param entities - the batch whose distribution sets the goalposts
 * @param options - the percentiles (default p10 / p90), the new version, optionally the leaves
 * @returns the new model, what changed, and the leaves left alone
 * @throws {@link YoupinError} `wrong_value_type` for a percentile outside p0–p100 or in the wrong
 *   order, `unknown_node` for a leaf that is not a linear or log leaf of the model
 * @example
 * ```ts
 * import { calibrate } from 'youpin';
 * const model = { id: 'm', version: '1', name: { zh: '模型', en: 'Model' },
 *   tree: { id: 't', label: { zh: '总分', en: 'Total' }, children: [
 *     { id: 'growth', label: { zh: '增长率', en: 'Growth' }, scoring: { method: 'linear' as const, lower: 0, upper: 20 } }] },
 *   sectors: [{ id: 's', label: { zh: '全部', en: 'All' } }], profile: { weights: { growth: 1 } } };
 * const rows = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((g) => ({ id: `e${g}`, sector: 's', values: { growth: g } }));
 * const result = calibrate(model, rows, { version: '2', lower: 'p10', upper: 'p90' });
 * result.leaves[0]?.after; // → { lower: '2', upper: '10' }
 * result.model.version; // → '2'
 * ```
 */
export function calibrate(
  model: Model | ModelInput,
  entities: readonly EntityInput[],
  options: CalibrateOptions,
): CalibrateResult {
  options ??= {} as CalibrateOptions; // none (or null): the defaults, or what is missing said
  const issues: Issue[] = [];
  const [lowerP, upperP] = [
    percentileOf(options.lower ?? 'p10', 'lower', issues),
    percentileOf(options.upper ?? 'p90', 'upper', issues),
  ];
  if (lowerP !== null && upperP !== null && lowerP >= upperP) {
    issues.push(
      makeIssue('goalposts_order', ['options', 'lower'], {
        lower: String(options.lower),
        upper: String(options.upper),
      }),
    );
  }
  const report = score(model, entities);
  const definition = report.definition;
  const leaves = collectLeaves(definition.tree);
  const wanted =
    options.leaves ??
    leaves
      .filter((l) => l.scoring.method === 'linear' || l.scoring.method === 'log')
      .map((l) => l.id);
  wanted.forEach((id, i) => {
    const leaf = leaves.find((l) => l.id === id);
    if (!leaf || (leaf.scoring.method !== 'linear' && leaf.scoring.method !== 'log')) {
      issues.push(makeIssue('unknown_node', ['options', 'leaves', i], { id }));
    }
  });
  throwIfIssues(issues);

  const warnings: Issue[] = [];
  const changed: Array<CalibrateResult['leaves'][number]> = [];
  const replacements = new Map<string, LeafInput>();
  for (const id of wanted) {
    const leaf = leaves.find((l) => l.id === id) as LeafInput;
    const spec = leaf.scoring as {
      method: 'linear' | 'log';
      lower: number | string;
      upper: number | string;
    };
    const values = report.entities
      .filter((e) => e.status === 'scored')
      .map((e) => e.nodes.find((n) => n.id === id)?.value)
      .map((v) => parseDecimal(v))
      .filter((v): v is Dec => v !== undefined)
      .sort((x, y) => x.comparedTo(y));
    const path = ['leaves', id];
    if (values.length < 2) {
      warnings.push(makeIssue('too_few_values', path, { method: `calibration of ${id}`, min: 2 }));
      continue;
    }
    const lower = quantile(values, lowerP as number);
    const upper = quantile(values, upperP as number);
    if (lower.equals(upper)) {
      warnings.push(
        makeIssue('zero_range', path, { count: values.length, midpoint: exactString(lower) }),
      );
      continue;
    }
    if (spec.method === 'log' && !lower.greaterThan(0)) {
      warnings.push(makeIssue('log_nonpositive_goalpost', path));
      continue;
    }
    const after = { lower: exactString(lower), upper: exactString(upper) };
    changed.push({
      leaf: id,
      count: values.length,
      before: { lower: String(spec.lower), upper: String(spec.upper) },
      after,
    });
    replacements.set(id, {
      ...leaf,
      scoring: { ...spec, ...after },
      provenance: {
        status: 'inferred',
        source: `calibrated from ${values.length} applicants: ${options.lower ?? 'p10'} / ${options.upper ?? 'p90'} (Hyndman & Fan type 7)`,
        note: `goalposts before: [${spec.lower}, ${spec.upper}] in ${report.model.id} ${report.model.version}`,
      },
    });
  }
  const tree = replace(definition.tree, replacements) as BranchInput;
  return {
    model: defineModel({ ...definition, version: options.version, tree }),
    leaves: changed,
    warnings,
  };
}

function percentileOf(p: string, which: 'lower' | 'upper', issues: Issue[]): number | null {
  const match = /^p(\d{1,3}(?:\.\d+)?)$/.exec(p);
  const value = match ? Number(match[1]) : Number.NaN;
  if (!(value >= 0 && value <= 100)) {
    issues.push(
      makeIssue('wrong_value_type', ['options', which], {
        leaf: which,
        expected: 'a percentile p0 … p100',
        expectedZh: '百分位数 p0 … p100',
      }),
    );
    return null;
  }
  return value;
}

// Type 7: h = (n − 1)·p/100; x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋).
function quantile(sorted: readonly Dec[], p: number): Dec {
  const h = new Dec(sorted.length - 1).times(p).div(100);
  const low = h.floor().toNumber();
  const x0 = sorted[low] as Dec;
  const x1 = sorted[Math.min(low + 1, sorted.length - 1)] as Dec;
  return x0.plus(h.minus(low).times(x1.minus(x0)));
}

function collectLeaves(node: NodeInput): LeafInput[] {
  return 'children' in node ? node.children.flatMap(collectLeaves) : [node];
}

function replace(node: NodeInput, replacements: ReadonlyMap<string, LeafInput>): NodeInput {
  if ('children' in node)
    return { ...node, children: node.children.map((c) => replace(c, replacements)) };
  return replacements.get(node.id) ?? node;
}
