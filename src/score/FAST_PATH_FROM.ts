/**
 * The batch size from which `score()` takes the fast path by default (`engine: 'auto'`): about
 * where the exact path starts to take a second. Below it, reports carry every unrounded figure.
 *
 * @example
 * ```ts
 * import { FAST_PATH_FROM } from 'youpin';
 * FAST_PATH_FROM; // → 2000
 * ```
 */
export const FAST_PATH_FROM = 2000;
