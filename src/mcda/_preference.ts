// The six generalised criteria of PROMETHEE (Brans & Vincke 1985, Management Science 31(6)
// 647–656, Fig. 1–6): each maps d, the difference in favour of a on one criterion, to a
// preference degree in [0, 1], 0 for d ≤ 0.
import * as z from 'zod/mini';
import { decimalSchema } from '../normalise/methods/_shared.js';
import { Dec, ONE, ZERO } from '../numeric/decimal.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import { taggedUnion } from '../primitives/_zodShapes.js';
import type { DecimalInput } from '../primitives/types.js';

/**
 * A PROMETHEE preference function (Brans & Vincke's six "generalised criteria"), for d the
 * difference in favour of a:
 * - `usual` (type I): 1 when d > 0;
 * - `ushape` (type II, quasi-criterion): 1 when d > q;
 * - `vshape` (type III, linear preference): d / p up to p, then 1;
 * - `level` (type IV): ½ when q < d ≤ p, 1 when d > p;
 * - `linear` (type V, V-shape with indifference): (d − q) / (p − q) when q < d ≤ p, 1 when d > p;
 * - `gaussian` (type VI): 1 − exp(−d² / (2s²)).
 *
 * Every one is 0 when d ≤ 0 (and when d ≤ q). q ≥ 0 is the indifference threshold, p > q the
 * preference threshold, s > 0 the inflexion point of the Gaussian, in the criterion's units.
 */
export type PreferenceFunction =
  | { readonly type: 'usual' }
  | { readonly type: 'ushape'; readonly q: DecimalInput }
  | { readonly type: 'vshape'; readonly p: DecimalInput }
  | { readonly type: 'level'; readonly q: DecimalInput; readonly p: DecimalInput }
  | { readonly type: 'linear'; readonly q: DecimalInput; readonly p: DecimalInput }
  | { readonly type: 'gaussian'; readonly s: DecimalInput };

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
export const preferenceSchema: z.ZodMiniType<PreferenceFunction> = /* @__PURE__ */ (() =>
  taggedUnion('type', [
    z.strictObject({ type: z.literal('usual') }),
    z.strictObject({ type: z.literal('ushape'), q: decimalSchema }),
    z.strictObject({ type: z.literal('vshape'), p: decimalSchema }),
    z.strictObject({ type: z.literal('level'), q: decimalSchema, p: decimalSchema }),
    z.strictObject({ type: z.literal('linear'), q: decimalSchema, p: decimalSchema }),
    z.strictObject({ type: z.literal('gaussian'), s: decimalSchema }),
  ]) as unknown as z.ZodMiniType<PreferenceFunction>)();

/** A preference function with its thresholds read exactly. */
export interface Preference {
  readonly type: PreferenceFunction['type'];
  readonly q: Dec;
  readonly p: Dec;
  readonly s: Dec;
}

/** Reads a checked spec's thresholds (absent ones are 0). */
export function readPreference(spec: PreferenceFunction): Preference {
  const get = (key: 'q' | 'p' | 's'): Dec => {
    const value = (spec as Partial<Record<'q' | 'p' | 's', DecimalInput>>)[key];
    return value === undefined ? ZERO : (parseDecimal(value) ?? ZERO);
  };
  return { type: spec.type, q: get('q'), p: get('p'), s: get('s') };
}

const HALF = /* @__PURE__ */ new Dec('0.5');

/** P(d): the preference degree of a difference d in favour of a. */
export function preferenceDegree(f: Preference, d: Dec): Dec {
  if (d.lte(0)) return ZERO;
  switch (f.type) {
    case 'usual':
      return ONE;
    case 'ushape':
      return d.gt(f.q) ? ONE : ZERO;
    case 'vshape':
      return d.gt(f.p) ? ONE : d.div(f.p);
    case 'level':
      return d.gt(f.p) ? ONE : d.gt(f.q) ? HALF : ZERO;
    case 'linear':
      return d.gt(f.p) ? ONE : d.gt(f.q) ? d.minus(f.q).div(f.p.minus(f.q)) : ZERO;
    case 'gaussian':
      return ONE.minus(d.pow(2).neg().div(f.s.pow(2).times(2)).exp());
  }
}
