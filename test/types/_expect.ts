// Helpers of the type tests: `Equal` is true when two types are the same (not merely assignable
// both ways), and `expectType<true>()` compiles only when given `true`.

/** `true` when A and B are identical types. */
export type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only for `T = true`: `expectType<Equal<A, B>>()`. */
export function expectType<T extends true>(): T | undefined {
  return undefined;
}
