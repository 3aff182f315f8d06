/**
 * Seeded random numbers: the one generator every tongban package draws from
 * (the approval genetic algorithm, the hall simulation, sampled durations).
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counting
 * generator, 128 bits of state with a 32-bit counter, so no seed falls into a
 * short cycle: every cycle is at least 2^32 long; it passes PractRand to
 * 2^42 bytes and more). It needs only 32-bit additions, shifts and xors,
 * which V8 keeps in registers. A seed and a stream number are expanded into
 * its four words by pure-rand's xoroshiro128+, so neighbouring seeds and
 * neighbouring streams start far apart.
 *
 * Streams and splits:
 * - {@link makeRandom}`(seed, stream)`: independent sequences of one seed,
 *   named by small integers, e.g. arrivals on stream 0 and service times on
 *   stream 1, so that two scenarios run with the same seed share their
 *   arrivals (common random numbers).
 * - {@link Random.split}: a new generator seeded from the next two outputs
 *   of this one, for a search that hands each worker its own sequence while
 *   staying a pure function of the one seed.
 *
 * Glossary: 随机种子 = seed, 随机数流 = random stream, 拆分 = split.
 *
 * @since 0.2.0
 */
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus"

/**
 * A seeded source of uniform numbers. It is a mutable object on purpose: hot
 * loops draw millions of numbers without allocating. Make one with
 * {@link makeRandom}; the same seed and stream always give the same
 * sequence, on every platform.
 *
 * @example
 * ```ts
 * import { makeRandom } from "@tongban/core"
 *
 * const a = makeRandom(1)
 * const b = makeRandom(1)
 * [a.next(), a.next()] // [0.6081721268128604, 0.5610948870889843]
 * [b.next(), b.next()] // [0.6081721268128604, 0.5610948870889843] (the same seed, the same numbers)
 * makeRandom(7).nextUint32() // 23200297
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export class Random {
  private a: number
  private b: number
  private c: number
  private d: number
  /**
   * Creates a generator from its four 32-bit state words as they are (use
   * {@link makeRandom} to start from a seed).
   */
  constructor(a: number, b: number, c: number, d: number) {
    this.a = a | 0
    this.b = b | 0
    this.c = c | 0
    this.d = d | 0
  }
  /** The next uniform 32-bit unsigned integer, in [0, 2^32). */
  nextUint32(): number {
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
    return t >>> 0
  }
  /** The next uniform number in [0, 1), with 32 random bits. */
  next(): number {
    return this.nextUint32() / 4294967296
  }
  /**
   * A uniform integer in [0, n) for a positive integer `n` below 2^32 (by
   * multiplying a uniform number, so the bias is below n / 2^32).
   */
  int(n: number): number {
    return Math.floor(this.next() * n)
  }
  /**
   * An exponential number with mean 1, by the ziggurat method (Marsaglia and
   * Tsang 2000, 256 layers): one 32-bit draw, a table look-up and a
   * multiplication in about 99% of draws, exact rejection otherwise, and the
   * tail past r = 7.697 as r + Exp(1). The tables are built once, on the
   * first call.
   */
  exponential(): number {
    const { ke, we, fe } = ziggurat ?? zigguratTables()
    let j = this.nextUint32()
    let i = j & 255
    if (j < (ke[i] ?? 0)) return j * (we[i] ?? 0)
    for (;;) {
      if (i === 0) return ZIGGURAT_R - Math.log(1 - this.next())
      const x = j * (we[i] ?? 0)
      const f = fe[i] ?? 0
      if (f + this.next() * ((fe[i - 1] ?? 0) - f) < Math.exp(-x)) return x
      j = this.nextUint32()
      i = j & 255
      if (j < (ke[i] ?? 0)) return j * (we[i] ?? 0)
    }
  }
  /**
   * A new, independent generator seeded from the next two outputs of this
   * one (64 bits; this one moves on by two draws). Splitting a generator in
   * the same state always gives the same child.
   */
  split(): Random {
    const g = xoroshiro128plus(this.nextUint32() | 0)
    const h = xoroshiro128plus(this.nextUint32() ^ 0x5bd1e995)
    return warm(new Random(g.next() ^ h.next(), g.next() ^ h.next(), g.next() ^ h.next(), g.next() ^ h.next()))
  }
}

interface Ziggurat {
  readonly ke: Uint32Array
  readonly we: Float64Array
  readonly fe: Float64Array
}

const ZIGGURAT_R = 7.697117470131487
let ziggurat: Ziggurat | undefined

// The ziggurat's tables for the exponential distribution (Marsaglia and
// Tsang's zigset), built once, on first use.
const zigguratTables = (): Ziggurat => {
  if (ziggurat !== undefined) return ziggurat
  const m2 = 4294967296
  const ve = 3.949659822581572e-3
  let de = ZIGGURAT_R
  let te = de
  const q = ve / Math.exp(-de)
  const ke = new Uint32Array(256)
  const we = new Float64Array(256)
  const fe = new Float64Array(256)
  ke[0] = Math.floor((de / q) * m2)
  ke[1] = 0
  we[0] = q / m2
  we[255] = de / m2
  fe[0] = 1
  fe[255] = Math.exp(-de)
  for (let i = 254; i >= 1; i--) {
    de = -Math.log(ve / de + Math.exp(-de))
    ke[i + 1] = Math.floor((de / te) * m2)
    te = de
    fe[i] = Math.exp(-de)
    we[i] = de / m2
  }
  ziggurat = { ke, we, fe }
  return ziggurat
}

// A few outputs are discarded so that close seeds diverge at once.
const warm = (rng: Random): Random => {
  for (let i = 0; i < 12; i++) rng.nextUint32()
  return rng
}

/**
 * Makes the generator for `seed` and stream `stream` (default 0). Different
 * streams of one seed are independent sequences, so that, say, arrivals and
 * service times can each be drawn from their own stream (common random
 * numbers across scenarios).
 *
 * @param seed - any integer (reduced to 32 bits)
 * @param stream - a small non-negative integer naming the stream
 * @returns a fresh generator
 *
 * @example
 * ```ts
 * import { makeRandom } from "@tongban/core"
 *
 * const u = makeRandom(42, 3).next()
 * u >= 0 && u < 1 // true
 * u // 0.055112583097070456
 * makeRandom(42, 0).nextUint32() === makeRandom(42, 1).nextUint32() // false
 * makeRandom(1).int(6) // 3
 * ```
 *
 * @since 0.2.0
 * @category constructors
 */
export const makeRandom = (seed: number, stream = 0): Random => {
  const g = xoroshiro128plus((seed | 0) ^ Math.imul((stream | 0) + 1, 0x9e3779b9))
  // Discard a few outputs so that neighbouring seeds diverge at once.
  for (let i = 0; i < 8; i++) g.next()
  return warm(new Random(g.next(), g.next(), g.next(), g.next() | 1))
}
