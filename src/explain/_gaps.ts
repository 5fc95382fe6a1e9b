import type { Compiled, CompiledNode } from '../model/compiled.js';
import type { Label, RoundingPolicy } from '../model/types.js';
import { Dec } from '../numeric/decimal.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import { exactString } from '../numeric/settle.js';
import type { EntityResult, ValueInput } from '../score/types.js';
import { invertLeaf, readable } from './_invertLeaf.js';
import type { GapTarget, LeafGap } from './types.js';

/** A leaf that can move a target: its share of the target and its current score. */
export interface Lever {
  readonly node: CompiledNode;
  readonly share: Dec;
  readonly score: Dec;
  readonly additive: boolean;
}

/**
 * The smallest exact figure that publishes at `required` or more. Half-up (四舍五入): half a unit
 * below; the other modes are answered conservatively with `required` itself.
 */
export function smallestPublishing(required: Dec, rounding: RoundingPolicy): Dec {
  return rounding.mode === 'half-up'
    ? required.minus(new Dec(10).pow(-rounding.decimals).div(2))
    : required;
}

/** What it would take for one target: every leaf alone, and the cheapest combined plan. */
export function gapTo(
  model: Compiled,
  entity: EntityResult,
  target: string,
  required: Dec,
  current: Dec,
  levers: readonly Lever[],
): GapTarget {
  const needed = smallestPublishing(required, model.rounding).minus(current);
  const leaves = levers.map((lever) => leafGap(model, entity, lever, needed));
  return {
    target,
    required: required.toFixed(model.rounding.decimals),
    current: exactString(current),
    needed: exactString(needed),
    leaves,
    plan: plan(model, entity, levers, needed, current),
  };
}

function leafGap(model: Compiled, entity: EntityResult, lever: Lever, needed: Dec): LeafGap {
  const { node, share, score } = lever;
  const leaf = node.leaf;
  const raw = currentValue(entity, node, score);
  const base = {
    leaf: node.id,
    label: leaf?.input.label ?? { zh: node.id, en: node.id },
    unit: leaf && isPoints(node) ? POINTS : (leaf?.input.unit ?? null),
    direction: leaf?.ctx.direction ?? 'higher',
    current: raw,
    scoreFrom: exactString(score),
    categories: categoryLabels(node),
  } as const;
  const none = (status: LeafGap['status']): LeafGap => ({
    ...base,
    suggested: null,
    rounded: null,
    scoreTo: null,
    status,
  });
  if (!leaf || leaf.method.kind === 'cohort') return none('cohort_relative');
  if (!lever.additive) return none('not_additive');
  if (score.greaterThanOrEqualTo(model.max)) return none('at_maximum');
  if (share.isZero()) return none('cannot_alone');
  const target = score.plus(needed.div(share));
  const inverse = target.greaterThan(model.max)
    ? null
    : invertLeaf(leaf, parseDecimal(raw) ?? null, target);
  if (!inverse) return none('cannot_alone');
  return {
    ...base,
    suggested: inverse.raw,
    rounded: readable(leaf, inverse.raw, target),
    scoreTo: exactString(inverse.score),
    status: 'reachable',
  };
}

// Greedy on gain per unit of cost (share × headroom): exact for the linear cost "Δscore / headroom".
function plan(
  model: Compiled,
  entity: EntityResult,
  levers: readonly Lever[],
  needed: Dec,
  current: Dec,
): GapTarget['plan'] {
  const usable = levers
    .filter(
      (l) =>
        l.additive &&
        l.node.leaf?.method.kind === 'absolute' &&
        l.score.lessThan(model.max) &&
        !l.share.isZero(),
    )
    .map((l) => ({ ...l, headroom: model.max.minus(l.score) }))
    .sort(
      (a, b) =>
        b.share.times(b.headroom).comparedTo(a.share.times(a.headroom)) ||
        a.node.index - b.node.index,
    );
  let remaining = needed;
  let cost = new Dec(0);
  let gained = new Dec(0);
  const steps: NonNullable<GapTarget['plan']>['steps'][number][] = [];
  for (const lever of usable) {
    if (remaining.lessThanOrEqualTo(0)) break;
    const want = Dec.min(lever.headroom, remaining.div(lever.share));
    const raw = currentValue(entity, lever.node, lever.score);
    const inverse = invertLeaf(
      lever.node.leaf as NonNullable<CompiledNode['leaf']>,
      parseDecimal(raw) ?? null,
      lever.score.plus(want),
    );
    if (!inverse) continue;
    const rise = inverse.score.minus(lever.score);
    if (!rise.greaterThan(0)) continue;
    remaining = remaining.minus(lever.share.times(rise));
    gained = gained.plus(lever.share.times(rise));
    cost = cost.plus(rise.div(lever.headroom));
    const to = readable(
      lever.node.leaf as NonNullable<CompiledNode['leaf']>,
      inverse.raw,
      lever.score.plus(want),
    );
    steps.push({
      leaf: lever.node.id,
      from: raw,
      to,
      scoreFrom: exactString(lever.score),
      scoreTo: exactString(inverse.score),
    });
  }
  if (remaining.greaterThan(0)) return null;
  return { steps, cost: exactString(cost), reaches: exactString(current.plus(gained)) };
}

const POINTS = { zh: '分', en: 'points' } as const;

function isPoints(node: CompiledNode): boolean {
  return node.leaf?.input.scoring.method === 'points';
}

// A points leaf is talked about in points (its items summed), since its suggestion is a total.
function currentValue(entity: EntityResult, node: CompiledNode, score: Dec): ValueInput {
  const raw = entity.nodes.find((n) => n.id === node.id)?.value ?? null;
  const leaf = node.leaf;
  if (!leaf || !isPoints(node)) return raw;
  const spec = leaf.input.scoring as { cap: number | string };
  const cap = parseDecimal(spec.cap) as Dec;
  return exactString(score.minus(leaf.ctx.min).div(leaf.ctx.max.minus(leaf.ctx.min)).times(cap));
}

function categoryLabels(node: CompiledNode): Readonly<Record<string, Label>> | null {
  const spec = node.leaf?.input.scoring;
  if (spec?.method !== 'categorical') return null;
  const out: Record<string, Label> = {};
  for (const c of spec.categories)
    if (c.label) Object.defineProperty(out, c.value, { value: c.label, enumerable: true });
  return out;
}
