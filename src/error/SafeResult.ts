import type { YoupinError } from './YoupinError.js';

/** What the `safe…` functions return instead of throwing. */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: YoupinError };
