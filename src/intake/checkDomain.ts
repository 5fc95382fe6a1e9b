import type { CompiledDomain } from '../model/compiled.js';
import type { Dec } from '../numeric/decimal.js';
import { showValue } from '../numeric/showValue.js';
import type { Label } from '../primitives/types.js';
import { type Reading, unreadable } from './types.js';

/**
 * A number read from the data, checked against the values it can take (its leaf's or fact's
 * domain): outside them it is `out_of_domain`, which makes the applicant invalid — a satisfaction
 * of 1,083.4 % is a typing error, and scoring it as the top of the scale would hide it.
 */
export function checkDomain(
  value: Dec,
  domain: CompiledDomain,
  what: Label,
  raw: unknown,
): Reading<Dec> {
  const { min, max, integer } = domain;
  if ((min && value.lt(min)) || (max && value.gt(max)) || (integer && !value.isInteger())) {
    const params: Record<string, string | number> = {
      value: showValue(raw),
      label: what.en,
      labelZh: what.zh,
    };
    if (min) params['min'] = min.toFixed();
    if (max) params['max'] = max.toFixed();
    if (integer) params['integer'] = 1;
    return unreadable('out_of_domain', params);
  }
  return { ok: true, value };
}
