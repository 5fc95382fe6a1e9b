import { childShares } from '../entity/childShares.js';
import type { Compiled, CompiledNode, CompiledSector } from '../model/compiled.js';
import { num } from '../normalise/methods/_shared.js';
import type { Dec } from '../numeric/decimal.js';
import type { RoundingPolicy } from '../primitives/types.js';

// A decimal n·10⁻ᵉ with n a safe integer (|n| < 2⁵³, so every float operation on it below is
// exact or detected) and 0 ≤ e ≤ 22 (10ᵉ exact in float64).
interface Small {
  readonly n: number;
  readonly e: number;
}

const POW = Array.from({ length: 23 }, (_, i) => 10 ** i);
const SAFE = Number.MAX_SAFE_INTEGER;
const ZERO: Small = { n: 0, e: 0 };
const ONE: Small = { n: 1, e: 0 };

/**
 * One node's published figure (an integer count of the last decimal) computed exactly in small
 * decimals — integers below 2⁵³ scaled by a power of ten — or NaN when a step is not exact there
 * (a quotient that does not terminate, a logarithm, a value too long, a method or operator it does
 * not know): then the caller settles it with {@link exactNode} in decimal.js.
 *
 * Every value it holds has at most 16 significant digits and every step is exact, so each is the
 * very value the exact path computes at 40 digits (its operations are exact on such operands), and
 * settling to 28 digits leaves it unchanged: the figure is the exact path's. It settles the ties a
 * decimal batch lands on (values to 2 decimals, weights in eighths …) at a small part of the
 * cost of decimal.js.
 */
export function exactSmall(
  model: Compiled,
  sector: CompiledSector,
  index: number,
  raw: (leaf: number) => unknown,
): number {
  const value = smallNode(model, sector, index, raw);
  return value ? publishSmall(value, model.rounding) : Number.NaN;
}

function smallNode(
  model: Compiled,
  sector: CompiledSector,
  index: number,
  raw: (leaf: number) => unknown,
): Small | null {
  const node = model.nodes[index] as CompiledNode;
  if (node.leaf) return smallLeaf(node, raw(index));
  const children = sector.children[index] ?? [];
  const shares = smallShares(sector, index);
  const method = node.operatorSpec?.method ?? 'arithmetic';
  if (!shares || children.length === 0) return null;
  if (method === 'arithmetic') {
    let sum: Small | null = ZERO;
    for (let i = 0; i < children.length && sum; i++) {
      const score = smallNode(model, sector, children[i] as number, raw);
      sum = score && add(sum, mul(score, shares[i] as Small));
    }
    return sum;
  }
  if (method !== 'minimum') return null;
  // The lowest score of the children with a positive weight (all of them when none has one);
  // every child is scored, as the exact path does.
  const any = shares.some((w) => w.n !== 0);
  let best: Small | null = null;
  for (let i = 0; i < children.length; i++) {
    const score = smallNode(model, sector, children[i] as number, raw);
    if (!score) return null;
    if (any && (shares[i] as Small).n === 0) continue;
    const below = best ? compare(score, best) : -1;
    if (Number.isNaN(below)) return null;
    if (below < 0) best = score;
  }
  return best;
}

// Leaf scores as the exact methods define them (linear, log at or beyond a goalpost, direct).
function smallLeaf(node: CompiledNode, raw: unknown): Small | null {
  const leaf = smallParams(node);
  const x = typeof raw === 'number' ? fromFloat(raw) : null;
  if (!leaf || !x) return null;
  let fraction: Small | null;
  if (leaf.method === 'direct') {
    const below = compare(x, leaf.min);
    const above = compare(x, add(leaf.min, leaf.span));
    return below >= 0 && above <= 0 ? x : null; // out of scale (or NaN): the exact path's issue
  }
  if (leaf.method === 'linear') {
    const t = div(leaf.higher ? sub(x, leaf.lower) : sub(leaf.upper, x), leaf.range);
    if (!t) return null;
    fraction = t.n <= 0 ? ZERO : compare(t, ONE) >= 0 ? ONE : t;
  } else {
    // log: only where the clamp decides, without a logarithm (as the exact method does).
    if (x.n < 0) return null;
    const up = compare(x, leaf.lower) <= 0 ? ZERO : compare(x, leaf.upper) >= 0 ? ONE : null;
    if (!up) return null;
    fraction = leaf.higher ? up : sub(ONE, up);
  }
  const scaled = fraction && mul(leaf.span, fraction);
  return scaled && (leaf.min.n === 0 ? scaled : add(leaf.min, scaled));
}

interface SmallLeaf {
  readonly method: 'linear' | 'log' | 'direct';
  readonly higher: boolean;
  readonly lower: Small;
  readonly upper: Small;
  readonly range: Small;
  readonly min: Small;
  readonly span: Small;
}

const leaves = new WeakMap<CompiledNode, SmallLeaf | null>();

function smallParams(node: CompiledNode): SmallLeaf | null {
  if (leaves.has(node)) return leaves.get(node) ?? null;
  const leaf = node.leaf;
  const method = leaf?.method.id;
  let params: SmallLeaf | null = null;
  if (leaf && (method === 'linear' || method === 'log' || method === 'direct')) {
    const spec = leaf.input.scoring as { lower: number | string; upper: number | string };
    const lower = method === 'direct' ? ZERO : fromDec(num(spec.lower));
    const upper = method === 'direct' ? ZERO : fromDec(num(spec.upper));
    const min = fromDec(leaf.ctx.min);
    const span = fromDec(leaf.ctx.max.minus(leaf.ctx.min));
    const range = lower && upper && sub(upper, lower);
    if (lower && upper && range && min && span)
      params = { method, higher: leaf.ctx.direction === 'higher', lower, upper, range, min, span };
  }
  leaves.set(node, params);
  return params;
}

const shareCache = new WeakMap<CompiledSector, Map<number, Small[] | null>>();

function smallShares(sector: CompiledSector, index: number): Small[] | null {
  let bySector = shareCache.get(sector);
  if (!bySector) {
    bySector = new Map();
    shareCache.set(sector, bySector);
  }
  if (!bySector.has(index)) {
    const shares = childShares(sector, index).map(fromDec);
    bySector.set(index, shares.every(Boolean) ? (shares as Small[]) : null);
  }
  return bySector.get(index) ?? null;
}

// The published figure of an exact value: its policy's decimals and mode, as an integer count of
// the last decimal (as publishSettled rounds: half-up and up away from zero, down towards it).
function publishSmall(value: Small, policy: RoundingPolicy): number {
  const d = policy.decimals;
  if (value.e <= d) {
    const m = value.n * (POW[d - value.e] as number);
    return Math.abs(m) <= SAFE ? m + 0 : Number.NaN;
  }
  const q = POW[value.e - d] as number;
  const rest = value.n % q; // exact, with the sign of n
  const truncated = (value.n - rest) / q; // exact: an integer
  const away = value.n < 0 ? -1 : 1;
  const twice = 2 * Math.abs(rest);
  let up: boolean;
  if (policy.mode === 'down') up = false;
  else if (policy.mode === 'up') up = rest !== 0;
  else if (policy.mode === 'half-up') up = twice >= q;
  else up = twice > q || (twice === q && Math.abs(truncated) % 2 === 1);
  return (up ? truncated + away : truncated) + 0;
}

// Reading values: a float as the exact path reads it (its shortest decimal), a model's decimal.

function fromFloat(x: number): Small | null {
  if (!Number.isFinite(x)) return null;
  for (let e = 0; e <= 15; e++) {
    // A candidate only (the nearest integer to x·10ᵉ), checked exactly below.
    const k = Math.floor(x * (POW[e] as number) + 0.5);
    if (Math.abs(k) >= 2 ** 50) return null;
    // k·10⁻ᵉ rounds to x; with an ulp of x below 10⁻ᵉ, it is the only decimal of e places that
    // does, and x's shortest decimal has no more places: it is k·10⁻ᵉ.
    if (k / (POW[e] as number) === x) return small(k, e);
  }
  return null;
}

function fromDec(d: Dec): Small | null {
  return d.isFinite() ? fromText(d.toFixed()) : null;
}

function fromText(text: string): Small | null {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const digits = `${match[2]}${match[3] ?? ''}`.replace(/^0+(?=\d)/, '');
  if (digits.length > 15 || (match[3] ?? '').length > 22) return null;
  const n = Number(digits);
  return small(match[1] ? -n : n, (match[3] ?? '').length);
}

// Exact arithmetic, or null when the result leaves small decimals.

function small(n: number, e: number): Small | null {
  if (!Number.isSafeInteger(n)) return null;
  let m = n;
  let places = e;
  while (places > 0 && m % 10 === 0) {
    m /= 10;
    places--;
  }
  return places <= 22 ? { n: m + 0, e: places } : null;
}

function at(a: Small, e: number): number {
  const m = a.n * (POW[e - a.e] as number);
  return Math.abs(m) <= SAFE ? m : Number.NaN;
}

function add(a: Small | null, b: Small | null): Small | null {
  if (!a || !b) return null;
  const e = Math.max(a.e, b.e);
  return small(at(a, e) + at(b, e), e);
}

function sub(a: Small | null, b: Small | null): Small | null {
  return b && add(a, { n: -b.n, e: b.e });
}

function mul(a: Small | null, b: Small | null): Small | null {
  return a && b ? small(a.n * b.n, a.e + b.e) : null;
}

// a / b when the quotient terminates within small decimals.
function div(a: Small | null, b: Small | null): Small | null {
  if (!a || !b || b.n === 0) return null;
  for (let s = 0; s <= 22; s++) {
    const m = a.n * (POW[s] as number);
    if (!(Math.abs(m) <= SAFE)) return null;
    if (m % b.n !== 0) continue;
    const q = m / b.n;
    const e = a.e - b.e + s;
    return e >= 0 ? small(q, e) : small(q * (POW[-e] as number), 0);
  }
  return null;
}

// The sign of a − b, or NaN when they cannot be aligned.
function compare(a: Small | null, b: Small | null): number {
  const d = sub(a, b);
  return d ? Math.sign(d.n) : Number.NaN;
}
