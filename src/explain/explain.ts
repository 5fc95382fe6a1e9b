import { compareToBenchmark } from '../benchmark/compareToBenchmark.js';
import type { Benchmark, BenchmarkComparison } from '../benchmark/types.js';
import { checkReport } from '../error/checkArgument.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { YoupinError } from '../error/YoupinError.js';
import type { Compiled, CompiledNode } from '../model/compiled.js';
import { resolveModel } from '../model/resolveModel.js';
import type { Label } from '../model/types.js';
import { Dec } from '../numeric/decimal.js';
import { own } from '../numeric/own.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import { exactString } from '../numeric/settle.js';
import { BAN_LABELS } from '../rules/reapplicationBan.js';
import { recomputeExactly } from '../score/recomputeExactly.js';
import type { EntityResult, Report, ScoredEntity } from '../score/types.js';
import { gapTo, type Lever } from './_gaps.js';
import { reportIndex } from './_reportIndex.js';
import type { Explanation, GapTarget, NodeExplanation } from './types.js';

/** Options of {@link explain}. */
export interface ExplainOptions {
  /** A benchmark (e.g. `haopinShandongBenchmark`) to compare the entity's dimensions with. */
  readonly benchmark?: Benchmark | undefined;
}

const compiledReports = new WeakMap<Report, Compiled>();

/**
 * Explains one entity of a report, as data: every node's share, score, published contribution
 * and points lost; where it stands in its sector (percentiles); strengths and weaknesses (against
 * the cohort and a benchmark); the gates and vetoes with what they read; adjustments, panels,
 * selection; and, when it misses the threshold, a floor or the quota, what would reach it.
 *
 * Contributions: each leaf's exact share × score, allocated to the publication's decimals by the
 * largest-remainder method (Hamilton), together with the adjustments, so that the published
 * contributions add up exactly to the published total. A leaf's share is its effective weight
 * (or its fused share). Percentiles are mid-rank: (below + ½ · equal) / n × 100 among the
 * sector's scored entities, on published scores.
 *
 * Gaps: for each leaf, the raw value that alone would lift the published figure to the target —
 * exact for every absolute scoring function, with its clamps and steps (checked by scoring it
 * forward) — or why not; and the cheapest combined plan, cost = Σ Δscore / headroom.
 *
 * @param report - a report from `score` (it carries its model)
 * @param entityId - the entity's id
 * @param options - an optional benchmark
 * @returns the explanation; `narrate` turns it into sentences
 * @throws {@link YoupinError} `unknown_entity` when the report has no such id. An applicant decided
 *   on the fast path is recomputed exactly first: its explanation is the exact engine's.
 * @example
 * ```ts
 * import { explain, score } from 'youpin';
 * import { liaocheng2024 } from 'youpin/presets';
 * const report = score(liaocheng2024, [
 *   { id: 'A', sector: 'services', values: { s_Q1: 'national_pilot' }, facts: { years_operating: 2 } },
 * ]);
 * const why = explain(report, 'A');
 * why.entity.status; // → 'ineligible'
 * why.gates.filter((g) => g.result === 'failed').map((g) => g.label.en)[0]; // → 'Operating for at least 3 years'
 * ```
 */
export function explain(
  report: Report,
  entityId: string,
  options: ExplainOptions = {},
): Explanation {
  options ??= {}; // null as no options
  checkReport(report);
  const index = reportIndex(report);
  const found = index.byId.get(entityId);
  if (!found)
    throw new YoupinError([makeToolIssue('unknown_entity', ['entityId'], { id: entityId })]);
  const model = compiledReports.get(report) ?? resolveModel(report.definition);
  compiledReports.set(report, model);
  // An applicant the fast path decided in float64 has no unrounded figures: recompute it exactly,
  // so that its explanation is the exact engine's, whichever engine scored the batch.
  const entity = recomputeExactly(model, found, report.evaluationDate);
  const definition = report.definition;
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const scored = entity.status === 'scored';
  const cohort = index.scores.get(entity.sector);

  const shares = leafShares(model, entity);
  const exactContribution = new Map<string, Dec>();
  for (const n of entity.nodes) {
    const share = shares.get(n.id);
    if (n.kind === 'leaf' && share && n.exact !== null)
      exactContribution.set(n.id, share.times(n.exact));
  }
  const additive =
    scored && entity.nodes.every((n) => n.kind !== 'leaf' || n.exact === null || shares.has(n.id));
  const { published, allocation } = additive
    ? allocate(report, entity, exactContribution)
    : { published: new Map<string, Dec>(), allocation: null };

  const nodes: NodeExplanation[] = entity.nodes.map((n) => {
    const node = byId.get(n.id) as CompiledNode;
    const leaves = descendantLeaves(model, node).filter((i) =>
      entity.nodes.some((x) => x.id === model.nodes[i]?.id),
    );
    const share =
      n.kind === 'leaf'
        ? (shares.get(n.id) ?? new Dec(0))
        : leaves.reduce(
            (a, i) => a.plus(shares.get((model.nodes[i] as CompiledNode).id) ?? 0),
            new Dec(0),
          );
    const contribution = additive
      ? n.kind === 'leaf'
        ? (published.get(n.id) ?? new Dec(0))
        : leaves.reduce(
            (a, i) => a.plus(published.get((model.nodes[i] as CompiledNode).id) ?? 0),
            new Dec(0),
          )
      : null;
    const maximum = share.times(model.max);
    return {
      id: n.id,
      label: labelOf(definition.tree, n.id),
      kind: n.kind,
      parent: n.parent,
      depth: node.depth,
      value: n.value,
      score: n.score,
      exact: n.exact,
      share: exactString(share),
      contribution: contribution === null ? null : contribution.toFixed(model.rounding.decimals),
      maximum: exactString(maximum),
      // Never below 0: a published contribution rounded above a maximum of more digits (8.34 of
      // 8.333…) lost nothing.
      lost: contribution === null ? null : exactString(Dec.max(maximum.minus(contribution), 0)),
      percentile: scored ? percentile(cohort?.get(n.id) ?? [], n.score) : null,
      panel: n.panel,
      ...(n.treated
        ? {
            treated: {
              ...n.treated,
              record:
                report.treatments?.find(
                  (t) => t.leaf === n.id && (t.group === entity.sector || t.group === 'all'),
                ) ?? null,
            },
          }
        : {}),
    };
  });

  const dimensions = nodes.filter((n) => n.depth === 1 && n.percentile !== null);
  const belowFloor = (id: string) => (entity.selection?.failedFloors ?? []).includes(id);
  const benchmark = options.benchmark
    ? (comparison(report, options.benchmark).entities[entity.index]?.lines ?? null)
    : null;
  const rules = (kind: 'gates' | 'vetoes') =>
    entity.eligibility[kind].map((o) => ({
      ...o,
      label: (definition[kind] ?? []).find((r) => r.id === o.rule)?.label ??
        BAN_LABELS[o.rule] ?? { zh: o.rule, en: o.rule },
      names: factNames(definition, [...Object.keys(o.facts), ...o.missing, ...o.unreadable]),
    }));
  const sectorLabel = definition.sectors.find((s) => s.id === entity.sector)?.label ?? null;

  return {
    entity: {
      index: entity.index,
      id: entity.id,
      name: entity.name,
      sector: entity.sector,
      sectorLabel,
      status: entity.status,
    },
    model: { id: report.model.id, version: report.model.version, name: definition.name },
    total: entity.total,
    totalExact: entity.totalExact,
    scale: report.scale,
    rank: {
      sector: entity.rank.sector,
      overall: entity.rank.overall,
      of: index.scored.get(entity.sector) ?? 0,
    },
    allocation,
    nodes,
    benchmark,
    // A dimension below its floor is never a strength, however the cohort did.
    strengths: dimensions
      .filter((n) => Number(n.percentile) >= 75 && !belowFloor(n.id))
      .map((n) => n.id),
    weaknesses: dimensions.filter((n) => Number(n.percentile) <= 25).map((n) => n.id),
    belowBenchmark: (benchmark ?? []).filter((b) => b.passed === false).map((b) => b.node),
    gates: rules('gates'),
    vetoes: rules('vetoes'),
    adjustments: entity.adjustments.applied.map((a) => ({
      ...a,
      label: definition.adjustments?.items.find((i) => i.id === a.id)?.label ?? {
        zh: a.id,
        en: a.id,
      },
    })),
    selection: entity.selection,
    threshold:
      definition.selection?.threshold === undefined ? null : String(definition.selection.threshold),
    floors: Object.fromEntries(
      Object.entries(definition.selection?.floors ?? {}).map(([k, v]) => [k, String(v)]),
    ),
    gaps: scored ? gaps(model, report, entity, shares) : [],
    issues: entity.issues.map((i) => ({
      code: i.code,
      message: i.message,
      messageZh: i.messageZh,
    })),
  };
}

/** Each scored leaf's share of the total: its effective weight, or under fusion its fused share. */
function leafShares(model: Compiled, entity: EntityResult): Map<string, Dec> {
  const shares = new Map<string, Dec>();
  const leaves = entity.nodes.filter((n) => n.kind === 'leaf' && n.exact !== null);
  if (entity.sources) {
    const sourceOf = (id: string) =>
      model.nodes.find((n) => n.id === id)?.leaf?.input.source ?? 'system';
    for (const s of entity.sources) {
      const members = leaves.filter((n) => sourceOf(n.id) === s.source);
      const mass = members.reduce((a, n) => a.plus(n.effectiveWeight), new Dec(0));
      for (const n of members)
        shares.set(
          n.id,
          mass.isZero() ? new Dec(0) : new Dec(s.weight).times(n.effectiveWeight).div(mass),
        );
    }
    return shares;
  }
  for (const n of leaves) if (n.contribution !== null) shares.set(n.id, new Dec(n.effectiveWeight));
  return shares;
}

// Largest remainder (Hamilton): floor every item to the unit, then give the missing units to the
// largest remainders (ties: tree order). The adjustments take part as one more item.
function allocate(report: Report, entity: ScoredEntity, exact: Map<string, Dec>) {
  const decimals = report.rounding.decimals;
  const unit = new Dec(10).pow(-decimals);
  const items = [...exact.entries()];
  const delta =
    entity.adjustments.before === null || entity.totalExact === null
      ? new Dec(0)
      : new Dec(entity.totalExact).minus(entity.adjustments.before);
  if (!delta.isZero()) items.push(['(adjustments)', delta]);
  const floors = items.map(([id, c]) => [id, c.div(unit).floor().times(unit), c] as const);
  const total = new Dec(entity.total);
  const residual = total.minus(floors.reduce((a, [, f]) => a.plus(f), new Dec(0)));
  const extra = residual.div(unit).round().toNumber();
  const order = floors
    .map(([id, f, c], i) => ({ id, remainder: c.minus(f), i }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.i - b.i)
    .slice(0, Math.max(0, extra))
    .map((x) => x.id);
  const published = new Map(floors.map(([id, f]) => [id, order.includes(id) ? f.plus(unit) : f]));
  return {
    published,
    allocation: {
      method: 'largest-remainder' as const,
      unit: unit.toFixed(decimals),
      residual: residual.toFixed(decimals),
    },
  };
}

function descendantLeaves(model: Compiled, node: CompiledNode): number[] {
  if (node.leaf) return [node.index];
  return node.children.flatMap((c) => descendantLeaves(model, model.nodes[c] as CompiledNode));
}

/** The labels of the facts, series (`net_profit[2023]`) and leaves a rule read or missed. */
function factNames(
  definition: Report['definition'],
  keys: readonly string[],
): Readonly<Record<string, Label>> {
  const names: Record<string, Label> = Object.create(null);
  for (const key of keys) {
    const bracket = key.indexOf('[');
    const id = bracket > 0 ? key.slice(0, bracket) : key;
    const year = bracket > 0 ? key.slice(bracket + 1, -1) : '';
    const label =
      definition.facts?.find((f) => f.id === id)?.label ??
      definition.series?.find((f) => f.id === id)?.label ??
      (findNode(definition.tree, id) ? labelOf(definition.tree, id) : undefined) ??
      BAN_LABELS[id];
    if (!label) continue;
    names[key] = year ? { zh: `${label.zh}（${year}年）`, en: `${label.en} (${year})` } : label;
  }
  return names;
}

function findNode(tree: Report['definition']['tree'], id: string): boolean {
  const stack: Array<
    Report['definition']['tree'] | Report['definition']['tree']['children'][number]
  > = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as (typeof stack)[number];
    if (node.id === id) return true;
    if ('children' in node) stack.push(...node.children);
  }
  return false;
}

function labelOf(tree: Report['definition']['tree'], id: string): Label {
  const stack: Array<{ id: string; label: Label; children?: readonly unknown[] }> = [tree];
  while (stack.length > 0) {
    const n = stack.pop() as (typeof stack)[number];
    if (n.id === id) return n.label;
    for (const c of (n.children ?? []) as Array<(typeof stack)[number]>) stack.push(c);
  }
  return { zh: id, en: id };
}

// Mid-rank percentile of a published score among the sector's (sorted ascending).
function percentile(all: readonly Dec[], score: string | null): string | null {
  if (score === null || all.length === 0) return null;
  const mine = new Dec(score);
  const below = firstIndex(all, (x) => !x.lessThan(mine));
  const equal = firstIndex(all, (x) => x.greaterThan(mine)) - below;
  return new Dec(below).plus(new Dec(equal).div(2)).div(all.length).times(100).toFixed(2);
}

// The first index where `past` holds, in a list where it holds from some index on.
function firstIndex(sorted: readonly Dec[], past: (x: Dec) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(sorted[mid] as Dec)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const comparisons = new WeakMap<Report, WeakMap<Benchmark, BenchmarkComparison>>();

// compareToBenchmark for the whole report, once per report and benchmark.
function comparison(report: Report, benchmark: Benchmark): BenchmarkComparison {
  const byBenchmark = comparisons.get(report) ?? new WeakMap<Benchmark, BenchmarkComparison>();
  comparisons.set(report, byBenchmark);
  const known = byBenchmark.get(benchmark);
  if (known) return known;
  const computed = compareToBenchmark(report, benchmark);
  byBenchmark.set(benchmark, computed);
  return computed;
}

/** The targets a scored entity misses, and for each what would reach it. */
function gaps(
  model: Compiled,
  report: Report,
  entity: ScoredEntity,
  shares: Map<string, Dec>,
): GapTarget[] {
  const selection = report.definition.selection;
  const reason = entity.selection?.reason;
  if (!selection || !reason || entity.totalExact === null) return [];
  const nodeOf = (id: string) => model.nodes.find((n) => n.id === id) as CompiledNode;
  const leafLevers = (scope: CompiledNode, share: (n: CompiledNode) => Dec | undefined): Lever[] =>
    descendantLeaves(model, scope)
      .map((i) => model.nodes[i] as CompiledNode)
      .flatMap((node) => {
        const result = entity.nodes.find((n) => n.id === node.id);
        if (!result || result.exact === null) return [];
        const s = share(node);
        return [
          {
            node,
            share: s ?? new Dec(0),
            score: new Dec(result.exact),
            additive: s !== undefined && additiveBetween(model, node, scope),
          },
        ];
      });
  const root = model.nodes[0] as CompiledNode;
  const total = new Dec(entity.totalExact);
  const out: GapTarget[] = [];

  if (
    selection.threshold !== undefined &&
    new Dec(entity.total).lessThan(parseDecimal(selection.threshold) as Dec)
  ) {
    out.push(
      gapTo(
        model,
        entity,
        'threshold',
        parseDecimal(selection.threshold) as Dec,
        total,
        leafLevers(root, (n) => shares.get(n.id)),
      ),
    );
  }
  for (const id of entity.selection?.failedFloors ?? []) {
    const scope = nodeOf(id);
    const result = entity.nodes.find((n) => n.id === id);
    if (!result?.exact) continue;
    const within = (n: CompiledNode) => {
      const leaf = entity.nodes.find((x) => x.id === n.id);
      return leaf && !new Dec(result.effectiveWeight).isZero()
        ? new Dec(leaf.effectiveWeight).div(result.effectiveWeight)
        : undefined;
    };
    const floor = parseDecimal(own(selection.floors, id)) as Dec;
    out.push(gapTo(model, entity, id, floor, new Dec(result.exact), leafLevers(scope, within)));
  }
  if (reason === 'outside_quota' || reason === 'lost_tie_break') {
    const last = reportIndex(report).lastSelected.get(entity.sector);
    if (last) {
      const unit = new Dec(10).pow(-model.rounding.decimals);
      out.push(
        gapTo(
          model,
          entity,
          'quota',
          last.plus(unit),
          total,
          leafLevers(root, (n) => shares.get(n.id)),
        ),
      );
    }
  }
  return out;
}

// True when every operator from the leaf's parent up to `scope` is additive (weighted arithmetic).
function additiveBetween(model: Compiled, leaf: CompiledNode, scope: CompiledNode): boolean {
  if (model.fusion && scope.parent < 0) return true;
  let parent = leaf.parent;
  while (parent >= 0) {
    const node = model.nodes[parent] as CompiledNode;
    if (!node.operator?.additive) return false;
    if (node.index === scope.index) return true;
    parent = node.parent;
  }
  return leaf.index === scope.index;
}
