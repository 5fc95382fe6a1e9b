import type { CompiledDomain } from '../model/compiled.js';
import { parseDecimal } from '../numeric/parseDecimal.js';

/** A leaf's domain for the float paths: its ends as floats beside the exact ones. */
export interface FloatDomain {
  readonly exact: CompiledDomain;
  readonly lo: number;
  readonly hi: number;
}

/** The float paths' view of a domain (null: none declared). */
export function floatDomain(domain: CompiledDomain | null): FloatDomain | null {
  if (domain === null) return null;
  return {
    exact: domain,
    lo: domain.min ? domain.min.toNumber() : Number.NEGATIVE_INFINITY,
    hi: domain.max ? domain.max.toNumber() : Number.POSITIVE_INFINITY,
  };
}

/**
 * Whether a plain decimal's text, read as the float `x`, is surely within its domain. Rounding to
 * the nearest float keeps order, so a float strictly inside the ends' floats is a value strictly
 * inside the ends; on an end's float, or with a point when whole numbers are asked, the decimal
 * decides. False sends the row to the exact path, which says `out_of_domain` when it is outside
 * (the streamed row programme's cells, scoreColumns' values).
 */
export function withinFloatDomain(x: number, text: string, d: FloatDomain): boolean {
  if (x < d.lo || x > d.hi) return false;
  const { min, max, integer } = d.exact;
  if (integer && !Number.isInteger(x)) return false;
  if (x === d.lo || x === d.hi || (integer && text.includes('.'))) {
    const v = parseDecimal(text);
    if (!v) return false;
    return !((min && v.lt(min)) || (max && v.gt(max)) || (integer && !v.isInteger()));
  }
  return true;
}
