/**
 * Advances a xoshiro128** state by one step and returns the output word: xoshiro128** 1.1 by
 * Blackman & Vigna ("Scrambled linear pseudorandom number generators", ACM TOMS 47(4), 2021;
 * reference code prng.di.unimi.it/xoshiro128starstar.c). Period 2¹²⁸ − 1; the state must not be
 * all zero.
 *
 * Only 32-bit integer operations (`Math.imul`, shifts, xor, `>>> 0` through the typed array), so
 * every JavaScript engine produces the same words from the same state.
 *
 * @param state - four 32-bit words, updated in place
 * @returns the next output, an unsigned 32-bit integer
 */
export function xoshiro128StarStar(state: Uint32Array): number {
  const s0 = state[0] as number;
  const s1 = state[1] as number;
  const s2 = state[2] as number;
  const s3 = state[3] as number;
  const scaled = Math.imul(s1, 5);
  const result = Math.imul((scaled << 7) | (scaled >>> 25), 9) >>> 0;
  const t = s1 << 9;
  const n2 = s2 ^ s0;
  const n3 = s3 ^ s1;
  state[1] = s1 ^ n2;
  state[0] = s0 ^ n3;
  state[2] = n2 ^ t;
  state[3] = (n3 << 11) | (n3 >>> 21);
  return result;
}
