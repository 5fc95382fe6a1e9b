import type { Float } from '../primitives/MethodResult.js';

/** A decimal string as a float64, clamped to ±Number.MAX_VALUE (never Infinity or NaN). */
export function toFloat(text: string): number {
  const x = Number(text);
  if (Number.isNaN(x)) return 0; // unreachable for the library's own exact strings
  return Math.min(Math.max(x, -Number.MAX_VALUE), Number.MAX_VALUE);
}

/**
 * The float64 twin of a method's figures: every decimal string becomes a number, `null` stays
 * `null`, lists and records keep their shape and keys (see `MethodResult`).
 */
export function floatTwin<F>(figures: F): Float<F> {
  return twin(figures) as Float<F>;
}

function twin(value: unknown): unknown {
  if (typeof value === 'string') return toFloat(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(twin);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = twin(v);
  return out;
}
