import type { Issue, PathSegment } from '../error/issue.js';
import { makeIssue } from '../error/messages.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import type { CompiledDomain } from './compiled.js';
import type { ValueDomain } from './types.js';

/**
 * A leaf's or fact's domain with its ends as decimals. A domain on something that is not a number,
 * or one whose `min` is above its `max` (no value could be read), is the model's error
 * `invalid_domain`: the schema has already checked that both ends are decimals.
 */
export function compileDomain(
  domain: ValueDomain | undefined,
  owner: { readonly id: string; readonly type: string },
  path: readonly PathSegment[],
  issues: Issue[],
): CompiledDomain | null {
  if (!domain) return null;
  if (owner.type !== 'number') {
    issues.push(
      makeIssue('invalid_domain', [...path, 'domain'], { id: owner.id, type: owner.type }),
    );
    return null;
  }
  const min = domain.min === undefined ? null : (parseDecimal(domain.min) ?? null);
  const max = domain.max === undefined ? null : (parseDecimal(domain.max) ?? null);
  if (min && max && min.gt(max)) {
    issues.push(
      makeIssue('invalid_domain', [...path, 'domain'], {
        id: owner.id,
        min: min.toFixed(),
        max: max.toFixed(),
      }),
    );
    return null;
  }
  return { min, max, integer: domain.integer === true };
}
