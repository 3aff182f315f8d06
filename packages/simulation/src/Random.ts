/**
 * Seeded random numbers: a small, fast generator (sfc32) for the hot loop,
 * seeded through pure-rand's xoroshiro128+ so that every (seed, stream) pair
 * gives its own well-mixed sequence.
 *
 * Glossary: 随机种子 = seed, 随机数流 = random stream.
 *
 * @since 0.1.0
 */
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus"

/**
 * A seeded source of uniform numbers in [0, 1). It is a mutable object on
 * purpose: the simulation loop draws millions of numbers without allocating.
 *
 * @example
 * ```ts
 * import { makeRandom } from "@tongban/simulation"
 *
 * const a = makeRandom(1)
 * const b = makeRandom(1)
 * a.next() === b.next() // true
 * ```
 *
 * @since 0.1.0
 * @category simulation
 */
export class Random {
  private a: number
  private b: number
  private c: number
  private d: number
  /** Creates a generator from four 32-bit words (use {@link makeRandom}). */
  constructor(a: number, b: number, c: number, d: number) {
    this.a = a | 0
    this.b = b | 0
    this.c = c | 0
    this.d = d | 1
  }
  /** The next uniform number in [0, 1), with 32 random bits. */
  next(): number {
    const a = this.a
    const b = this.b
    const c = this.c
    const d = this.d
    const t = (((a + b) | 0) + d) | 0
    this.d = (d + 1) | 0
    this.a = b ^ (b >>> 9)
    this.b = (c + (c << 3)) | 0
    const r = (c << 21) | (c >>> 11)
    this.c = (r + t) | 0
    return (t >>> 0) / 4294967296
  }
}

/**
 * Makes the generator for `seed` and stream `stream` (default 0). Different
 * streams of one seed are independent sequences, so that, say, arrivals and
 * service times can be drawn from their own streams (common random numbers
 * across scenarios).
 *
 * @param seed - any integer (reduced to 32 bits)
 * @param stream - a small non-negative integer naming the stream
 * @returns a fresh generator
 *
 * @example
 * ```ts
 * import { makeRandom } from "@tongban/simulation"
 *
 * const u = makeRandom(42, 3).next()
 * u >= 0 && u < 1 // true
 * ```
 *
 * @since 0.1.0
 * @category simulation
 */
export const makeRandom = (seed: number, stream = 0): Random => {
  const g = xoroshiro128plus((seed | 0) ^ Math.imul((stream | 0) + 1, 0x9e3779b9))
  // Discard a few outputs so that neighbouring seeds diverge at once.
  for (let i = 0; i < 8; i++) g.next()
  const rng = new Random(g.next(), g.next(), g.next(), g.next())
  for (let i = 0; i < 12; i++) rng.next()
  return rng
}
