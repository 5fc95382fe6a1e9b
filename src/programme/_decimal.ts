import { Dec } from '../numeric/decimal.js';

export { Dec };

/** a − b of two decimal strings, exact, as a plain string. */
export function minus(a: string, b: string): string {
  return new Dec(a).minus(b).toFixed();
}
