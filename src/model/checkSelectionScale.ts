import type { Issue, PathSegment } from '../error/issue.js';
import { makeIssue } from '../error/messages.js';
import type { Dec } from '../numeric/decimal.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import type { DecimalInput } from '../primitives/types.js';
import type { SelectionInput } from '../select/types.js';

/**
 * A threshold, floor or band above the top of the scale can never be met — totals and dimension
 * scores stay within the scale, adjustments included — so a model that asks for one would select
 * nobody, or give nobody the band, in silence: `out_of_scale`, said to be unreachable.
 */
export function checkSelectionScale(
  selection: SelectionInput | undefined,
  min: Dec,
  max: Dec,
  issues: Issue[],
): void {
  if (!selection) return;
  const reachable = (value: DecimalInput, path: PathSegment[]) => {
    const v = parseDecimal(value);
    if (v?.greaterThan(max))
      issues.push(
        makeIssue('out_of_scale', path, {
          value: v.toFixed(),
          min: min.toFixed(),
          max: max.toFixed(),
          unreachable: 1,
        }),
      );
  };
  if (selection.threshold !== undefined) reachable(selection.threshold, ['selection', 'threshold']);
  for (const [id, floor] of Object.entries(selection.floors ?? {}))
    reachable(floor, ['selection', 'floors', id]);
  (selection.bands ?? []).forEach((band, b) => {
    reachable(band.min, ['selection', 'bands', b, 'min']);
  });
}
