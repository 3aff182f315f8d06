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
    this.zig = zigguratTables()
  }
  private readonly zig: Ziggurat
  /** The next uniform number in [0, 1), with 32 random bits. */
  next(): number {
    return this.nextUint32() / 4294967296
  }
  /** The next uniform 32-bit unsigned integer. */
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
  /**
   * An exponential number with mean 1, by the ziggurat method (Marsaglia and
   * Tsang 2000, 256 layers): one 32-bit draw, a table look-up and a
   * multiplication in about 99% of draws, exact rejection otherwise, and the
   * tail past r = 7.697 as r + Exp(1).
   */
  exponential(): number {
    const { ke, we, fe } = this.zig
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
