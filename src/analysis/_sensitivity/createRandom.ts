import { makeIssue } from '../../error/messages.js';
import { YoupinError } from '../../error/YoupinError.js';
import { cyrb53 } from './cyrb53.js';
import { marsagliaTsang } from './marsagliaTsang.js';
import { splitMix32 } from './splitMix32.js';
import { xoshiro128StarStar } from './xoshiro128StarStar.js';

/** A seeded stream of random numbers made by {@link createRandom}. */
export interface Random {
  /** A uniform number in [0, 1) with 53 random bits (two 32-bit words). */
  next(): number;
  /** A uniform unsigned 32-bit integer: the raw xoshiro128** output. */
  nextUint32(): number;
  /** A standard normal number (Marsaglia polar method; the second value of a pair is cached). */
  normal(): number;
  /** A Gamma(shape, 1) number, shape > 0 (Marsaglia & Tsang 2000). Throws on a bad shape. */
  gamma(shape: number): number;
  /**
   * An independent stream derived from this stream's seed and `stream` alone — not from how many
   * numbers were drawn — so `fork(k)` is the same whenever and wherever it is called.
   */
  fork(stream: number): Random;
}

const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;

/**
 * Creates a seeded random stream: xoshiro128** 1.1 (Blackman & Vigna 2021), its 128-bit state
 * filled from the seed by cyrb53 (bryc 2018) and SplitMix32 (Steele, Lea & Flood 2014).
 *
 * The seed becomes a key string — `n` and the 16 hex digits of the float64 bits for a number
 * (−0 as 0), `s<length>:` and the text for a string, so `1` and `"1"` differ — and each
 * `fork(k)` appends `/k`. The key is hashed to 64 bits (cyrb53), and two SplitMix32 sequences
 * seeded with the two halves give the four state words (never all zero). Integer streams and
 * `next()` are bit-identical on every engine (32-bit integer arithmetic only). `normal()` and
 * `gamma()` also call `Math.log` and `**`, whose last bit ECMAScript leaves to the engine; they
 * are deterministic on one engine and may differ in the last bits across engines.
 *
 * Forks are distinct keys hashed to unrelated states, so each worker can take its own stream: two
 * keys share a state only if their 64-bit hashes collide (about 2⁻⁶⁴ per pair), and two streams
 * of 2⁴⁰ draws from random points of the 2¹²⁸ − 1 cycle overlap with probability about 2⁻⁸⁷.
 *
 * @param seed - a finite number or any string
 * @returns a stream of random numbers
 * @throws YoupinError `not_finite` for NaN or ±Infinity
 */
export function createRandom(seed: number | string): Random {
  return new SeededRandom(seedKey(seed));
}

function seedKey(seed: number | string): string {
  if (typeof seed === 'string') return `s${seed.length}:${seed}`;
  if (!Number.isFinite(seed)) throw new YoupinError([makeIssue('not_finite', ['seed'])]);
  const bits = new DataView(new ArrayBuffer(8));
  bits.setFloat64(0, seed === 0 ? 0 : seed);
  const hi = bits.getUint32(0).toString(16).padStart(8, '0');
  const lo = bits.getUint32(4).toString(16).padStart(8, '0');
  return `n${hi}${lo}`;
}

class SeededRandom implements Random {
  readonly #key: string;
  readonly #state: Uint32Array = new Uint32Array(4);
  #spare = 0;
  #hasSpare = false;

  constructor(key: string) {
    this.#key = key;
    const [h1, h2] = cyrb53(key);
    this.#state[0] = splitMix32(h1, 1);
    this.#state[1] = splitMix32(h1, 2);
    this.#state[2] = splitMix32(h2, 1);
    this.#state[3] = splitMix32(h2, 2);
  }

  nextUint32(): number {
    return xoshiro128StarStar(this.#state);
  }

  next(): number {
    // 27 + 26 bits, as genrand_res53 (Matsumoto & Nishimura 1998): exact multiples of 2⁻⁵³.
    const high = xoshiro128StarStar(this.#state) >>> 5;
    const low = xoshiro128StarStar(this.#state) >>> 6;
    return (high * TWO_POW_26 + low) / TWO_POW_53;
  }

  normal(): number {
    if (this.#hasSpare) {
      this.#hasSpare = false;
      return this.#spare;
    }
    // Marsaglia & Bray (1964) polar method: a point uniform in the unit disc, rejection outside.
    let u = 0;
    let v = 0;
    let s = 0;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * Math.log(s)) / s);
    this.#spare = v * factor;
    this.#hasSpare = true;
    return u * factor;
  }

  gamma(shape: number): number {
    if (!Number.isFinite(shape)) throw new YoupinError([makeIssue('not_finite', ['shape'])]);
    if (shape <= 0) {
      throw new YoupinError([
        makeIssue('nonpositive', ['shape'], {
          what: 'the gamma shape',
          whatZh: '伽马分布形状参数',
        }),
      ]);
    }
    if (shape >= 1) return marsagliaTsang(this, shape);
    // Marsaglia & Tsang's boost for shape < 1: Gamma(a) = Gamma(a + 1) · U^(1/a), U in (0, 1].
    const boosted = marsagliaTsang(this, shape + 1);
    return boosted * (1 - this.next()) ** (1 / shape);
  }

  fork(stream: number): Random {
    if (!Number.isSafeInteger(stream) || stream < 0) {
      throw new YoupinError([makeIssue('negative_count', ['stream'], { value: String(stream) })]);
    }
    return new SeededRandom(`${this.#key}/${stream}`);
  }
}
