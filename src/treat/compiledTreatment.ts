import type { Dec } from '../numeric/decimal.js';
import type { ShapeBounds } from './checkShape.js';

/** A leaf's treatment with its numbers read (private; see `TreatmentInput`). */
export interface CompiledTreatment {
  readonly impute: 'mean' | 'median' | null;
  readonly outliers:
    | {
        readonly method: 'winsorise';
        readonly bounds: ShapeBounds;
        readonly maxPoints: number;
        readonly otherwise: 'shiftedLog' | 'none';
      }
    | { readonly method: 'log' }
    | { readonly method: 'boxcox'; readonly lambda: Dec }
    | null;
}
