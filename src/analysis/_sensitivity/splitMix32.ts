/**
 * The `index`-th output of a SplitMix32 sequence started at `seed`: a Weyl sequence with the
 * golden-ratio increment 0x9e3779b9 (as in SplitMix, Steele, Lea & Flood 2014) passed through a
 * two-round multiply–xorshift finaliser found by Wellons' hash-prospector (2018; the same
 * constants as bryc's `splitmix32`). The finaliser is a bijection on 32-bit words, so two
 * different indices from one seed never give the same output.
 *
 * Used only to spread hashed seed material over the 128-bit xoshiro state.
 *
 * @param seed - any 32-bit word
 * @param index - which output (1, 2, …)
 * @returns an unsigned 32-bit integer
 */
export function splitMix32(seed: number, index: number): number {
  let z = (seed + Math.imul(index, 0x9e3779b9)) | 0;
  z ^= z >>> 16;
  z = Math.imul(z, 0x21f0aaad);
  z ^= z >>> 15;
  z = Math.imul(z, 0x735a2d97);
  z ^= z >>> 15;
  return z >>> 0;
}
