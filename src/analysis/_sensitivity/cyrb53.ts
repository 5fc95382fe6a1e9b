/**
 * Hashes a string to 64 bits with cyrb53 (bryc 2018, public domain;
 * github.com/bryc/code, `jshash/experimental/cyrb53.js`), over the string's UTF-16 code units.
 *
 * Published cyrb53 returns `4294967296 · (h2 & 0x1fffff) + h1`, a 53-bit number; the random
 * streams want all 64 bits, so this returns both 32-bit halves as unsigned integers. Only
 * `Math.imul`, xor and shifts: the same bits on every JavaScript engine.
 *
 * @param text - any string (lone surrogates included)
 * @param seed - cyrb53's own 32-bit seed, 0 by default
 * @returns `[h1, h2]`, each in [0, 2³²)
 */
export function cyrb53(text: string, seed = 0): readonly [h1: number, h2: number] {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}
