import type { CompiledLeaf } from '../model/compiled.js';
import type { ScoringSpec } from '../model/types.js';
import { Dec } from '../numeric/decimal.js';
import { ln } from '../numeric/ln.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import { exactString } from '../numeric/settle.js';
import type { ValueInput } from '../score/types.js';

/** The raw value to suggest, and the score it really gets (scored forward, not assumed). */
export interface Inverse {
  readonly raw: ValueInput;
  readonly score: Dec;
}

const num = (v: number | string) => parseDecimal(v) as Dec;

/**
 * The raw value nearest the current one whose score is at least `target`, for an absolute
 * scoring function; null when no value reaches it. Continuous functions are inverted exactly and
 * rounded towards the safe side; discrete ones (grades, steps, bands, yes/no) give their next
 * attainable value. Every answer is checked by scoring it forward.
 */
export function invertLeaf(leaf: CompiledLeaf, current: Dec | null, target: Dec): Inverse | null {
  const score = leaf.score;
  if (!score) return null;
  const domain = leaf.domain;
  // A suggestion is a value the leaf can take: a whole number of patents (rounded towards the
  // side that keeps the score), never a rank of 0 or a share above 100 %.
  const check = (given: ValueInput, up = true): Inverse | null => {
    let raw = given;
    const x = domain && typeof raw === 'string' ? parseDecimal(raw) : undefined;
    if (domain && x) {
      const whole = domain.integer && !x.isInteger() ? (up ? x.ceil() : x.floor()) : x;
      if ((domain.min && whole.lt(domain.min)) || (domain.max && whole.gt(domain.max))) return null;
      raw = exactString(whole);
    }
    const outcome = score(raw);
    return outcome.ok && outcome.score.greaterThanOrEqualTo(target)
      ? { raw, score: outcome.score }
      : null;
  };
  const { min, max } = leaf.ctx;
  if (target.greaterThan(max)) return null;
  const t = Dec.max(0, target.minus(min).div(max.minus(min)));
  const higher = leaf.ctx.direction === 'higher';
  const spec = leaf.input.scoring as ScoringSpec;

  switch (spec.method) {
    case 'linear': {
      const [lo, hi] = [num(spec.lower), num(spec.upper)];
      return continuous(
        higher ? lo.plus(t.times(hi.minus(lo))) : hi.minus(t.times(hi.minus(lo))),
        higher,
        check,
      );
    }
    case 'log': {
      const [lnLo, lnHi] = [ln(num(spec.lower)), ln(num(spec.upper))];
      const at = higher
        ? lnLo.plus(t.times(lnHi.minus(lnLo)))
        : lnHi.minus(t.times(lnHi.minus(lnLo)));
      return continuous(Dec.exp(at), higher, check);
    }
    case 'direct':
      return continuous(target, true, check);
    case 'piecewise': {
      const anchors = spec.points.map(([x, s]) => [num(x), num(s)] as const);
      const candidates: Dec[] = [];
      for (let i = 0; i < anchors.length; i++) {
        const [x1, s1] = anchors[i] as (typeof anchors)[number];
        if (s1.greaterThanOrEqualTo(target)) candidates.push(x1);
        const prev = anchors[i - 1];
        if (prev && !prev[1].equals(s1)) {
          const [x0, s0] = prev;
          const at = x0.plus(target.minus(s0).times(x1.minus(x0)).div(s1.minus(s0)));
          if (at.greaterThanOrEqualTo(x0) && at.lessThanOrEqualTo(x1)) candidates.push(at);
        }
      }
      const from = current ?? (anchors[0] as (typeof anchors)[number])[0];
      const sorted = candidates.sort((a, b) => a.minus(from).abs().comparedTo(b.minus(from).abs()));
      for (const x of sorted) {
        const found =
          continuous(x, x.greaterThanOrEqualTo(from), check) ??
          continuous(x, x.lessThan(from), check);
        if (found) return found;
      }
      return null;
    }
    case 'categorical': {
      const options = [...spec.categories].sort((a, b) => num(a.score).comparedTo(num(b.score)));
      const chosen = options.find((c) => num(c.score).greaterThanOrEqualTo(target));
      return chosen ? check(chosen.value) : null;
    }
    case 'points': {
      // Item points are whole numbers in every programme we know: ask for whole points.
      const points = t.times(num(spec.cap)).ceil();
      return check(exactString(points));
    }
    case 'steps': {
      const need = t.times(num(spec.cap));
      const [from, step, inc] = [num(spec.from), num(spec.step), num(spec.increment)];
      const start = spec.start === undefined ? inc : num(spec.start);
      if (need.lessThanOrEqualTo(0)) return check(exactString(current ?? from));
      const n = need.lessThanOrEqualTo(start) ? new Dec(0) : need.minus(start).div(inc).ceil();
      return check(exactString(from.plus(n.times(step))));
    }
    case 'boolean':
      return check(true);
    case 'banded': {
      const step = num(spec.step ?? 5);
      return check(exactString(t.times(100).div(step).ceil().times(step)));
    }
    default:
      return null; // cohort methods: a score that depends on the others cannot be inverted alone
  }
}

// An exact inverse, rounded to 28 significant digits towards the side that keeps the score.
function continuous(
  x: Dec,
  up: boolean,
  check: (raw: ValueInput, up: boolean) => Inverse | null,
): Inverse | null {
  const rounded = x.toSignificantDigits(28, up ? Dec.ROUND_CEIL : Dec.ROUND_FLOOR);
  const candidates = [
    rounded,
    rounded.plus(
      rounded
        .abs()
        .times('1e-26')
        .times(up ? 1 : -1),
    ),
  ];
  for (const c of candidates) {
    const found = check(exactString(c), up);
    if (found) return found;
  }
  return null;
}

/**
 * The suggestion as people read it: at most `decimals` decimals, rounded towards the safe side,
 * if that still reaches the target (it always does unless the target sits within a rounding unit
 * of the function's limit); otherwise the exact value.
 */
export function readable(
  leaf: CompiledLeaf,
  raw: ValueInput,
  target: Dec,
  decimals = 2,
): ValueInput {
  const x = typeof raw === 'string' ? parseDecimal(raw) : undefined;
  if (!x || !leaf.score) return raw;
  const up = leaf.ctx.direction === 'higher' || leaf.input.scoring.method === 'direct';
  const shown = x.toDecimalPlaces(decimals, up ? Dec.ROUND_CEIL : Dec.ROUND_FLOOR);
  const { min, max } = leaf.domain ?? { min: null, max: null };
  if ((min && shown.lt(min)) || (max && shown.gt(max))) return raw;
  const rounded = exactString(shown);
  const outcome = leaf.score(rounded);
  return outcome.ok && outcome.score.greaterThanOrEqualTo(target) ? rounded : raw;
}
