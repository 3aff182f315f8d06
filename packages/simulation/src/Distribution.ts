/**
 * Distributions of durations: fixed, exponential, uniform, triangular,
 * lognormal and empirical, sampled from a seeded {@link Random}: the
 * exponential by the ziggurat method, the others by inverse CDF.
 *
 * Glossary: 办理时长 = handling time, 经验分布 = empirical distribution.
 *
 * @since 0.1.0
 */
import * as z from "zod"
import { simulationCodes } from "./IssueCodes.js"
import type { Random } from "./Random.js"

const positive = z.number().finite().min(0)

/**
 * The zod schema of a {@link Distribution}.
 *
 * @example
 * ```ts
 * import { DistributionSchema } from "@tongban/simulation"
 *
 * DistributionSchema.safeParse({ type: "exponential", mean: 5 }).data // { type: "exponential", mean: 5 }
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const DistributionSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("fixed"), value: positive }),
  z.strictObject({ type: z.literal("exponential"), mean: positive }),
  z.strictObject({ type: z.literal("uniform"), min: positive, max: positive }).refine((d) => d.min <= d.max, {
    params: { code: "distribution_bounds", ...simulationCodes.codes.distribution_bounds.message }
  }),
  z
    .strictObject({ type: z.literal("triangular"), min: positive, mode: positive, max: positive })
    .refine((d) => d.min <= d.mode && d.mode <= d.max, {
      params: {
        code: "distribution_bounds",
        ...simulationCodes.issue("distribution_bounds", { variant: "triangular" }).message
      }
    }),
  z.strictObject({ type: z.literal("lognormal"), mean: z.number().finite().positive(), sd: positive }),
  z
    .strictObject({
      type: z.literal("empirical"),
      values: z.array(positive).min(1).max(100_000),
      weights: z.array(positive).max(100_000).optional()
    })
    .refine((d) => d.weights === undefined || (d.weights.length === d.values.length && d.weights.some((w) => w > 0)), {
      params: { code: "distribution_weights", ...simulationCodes.codes.distribution_weights.message }
    })
])

/**
 * A distribution of a non-negative duration (its unit is the field's: minutes
 * at a window, working days in a back office).
 *
 * @since 0.1.0
 * @category models
 */
export type Distribution = z.output<typeof DistributionSchema>

// Acklam's rational approximation of the standard normal quantile (relative
// error below 1.2e-9), used for lognormal sampling by inverse CDF.
const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239
]
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1]
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783
]
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416]

const at = (xs: ReadonlyArray<number>, i: number): number => xs[i] ?? 0

/**
 * The standard normal quantile function Φ⁻¹(p) for 0 < p < 1.
 *
 * @example
 * ```ts
 * import { normalQuantile } from "@tongban/simulation"
 *
 * Number(normalQuantile(0.975).toFixed(6)) // 1.959964
 * ```
 *
 * @since 0.1.0
 * @category distributions
 */
export const normalQuantile = (p: number): number => {
  const lo = 0.02425
  if (p <= 0) return -Infinity
  if (p >= 1) return Infinity
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p))
    return (
      (((((at(C, 0) * q + at(C, 1)) * q + at(C, 2)) * q + at(C, 3)) * q + at(C, 4)) * q + at(C, 5)) /
      ((((at(D, 0) * q + at(D, 1)) * q + at(D, 2)) * q + at(D, 3)) * q + 1)
    )
  }
  if (p > 1 - lo) return -normalQuantile(1 - p)
  const q = p - 0.5
  const r = q * q
  return (
    ((((((at(A, 0) * r + at(A, 1)) * r + at(A, 2)) * r + at(A, 3)) * r + at(A, 4)) * r + at(A, 5)) * q) /
    (((((at(B, 0) * r + at(B, 1)) * r + at(B, 2)) * r + at(B, 3)) * r + at(B, 4)) * r + 1)
  )
}

/**
 * A distribution compiled for the hot loop: a kind code and its parameters,
 * with the cumulative table of an empirical distribution.
 *
 * @since 0.1.0
 * @category models
 */
export interface Sampler {
  readonly kind: number
  readonly p0: number
  readonly p1: number
  readonly p2: number
  readonly values: Float64Array
  readonly cumulative: Float64Array
}

const EMPTY = new Float64Array(0)

/**
 * Compiles a distribution once, before a run, for {@link sample}.
 *
 * @example
 * ```ts
 * import { makeRandom, makeSampler, sample } from "@tongban/simulation"
 *
 * sample(makeSampler({ type: "fixed", value: 3 }), makeRandom(1)) // 3
 * ```
 *
 * @since 0.1.0
 * @category distributions
 */
export const makeSampler = (d: Distribution): Sampler => {
  switch (d.type) {
    case "fixed":
      return { kind: 0, p0: d.value, p1: 0, p2: 0, values: EMPTY, cumulative: EMPTY }
    case "exponential":
      return { kind: 1, p0: d.mean, p1: 0, p2: 0, values: EMPTY, cumulative: EMPTY }
    case "uniform":
      return { kind: 2, p0: d.min, p1: d.max - d.min, p2: 0, values: EMPTY, cumulative: EMPTY }
    case "triangular":
      return { kind: 3, p0: d.min, p1: d.mode, p2: d.max, values: EMPTY, cumulative: EMPTY }
    case "lognormal": {
      // Parameters of the underlying normal from the lognormal's mean and sd.
      const s2 = Math.log(1 + (d.sd * d.sd) / (d.mean * d.mean))
      return { kind: 4, p0: Math.log(d.mean) - s2 / 2, p1: Math.sqrt(s2), p2: 0, values: EMPTY, cumulative: EMPTY }
    }
    case "empirical": {
      const n = d.values.length
      const values = Float64Array.from(d.values)
      const cumulative = new Float64Array(n)
      let total = 0
      for (let i = 0; i < n; i++) {
        total += d.weights === undefined ? 1 : (d.weights[i] ?? 0)
        cumulative[i] = total
      }
      for (let i = 0; i < n; i++) cumulative[i] = (cumulative[i] ?? 0) / total
      return { kind: 5, p0: n, p1: 0, p2: 0, values, cumulative }
    }
  }
}

/**
 * Draws one value from a compiled distribution.
 *
 * @example
 * ```ts
 * import { makeRandom, makeSampler, sample } from "@tongban/simulation"
 *
 * const x = sample(makeSampler({ type: "triangular", min: 1, mode: 2, max: 4 }), makeRandom(7))
 * Number(x.toFixed(4)) // 1.1273
 * ```
 *
 * @since 0.1.0
 * @category distributions
 */
export const sample = (s: Sampler, rng: Random): number => {
  switch (s.kind) {
    case 0:
      return s.p0
    case 1:
      return s.p0 * rng.exponential()
    case 2:
      return s.p0 + s.p1 * rng.next()
    case 3: {
      const u = rng.next()
      const a = s.p0
      const c = s.p1
      const b = s.p2
      if (b === a) return a
      const f = (c - a) / (b - a)
      return u < f ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c))
    }
    case 4: {
      let u = rng.next()
      if (u === 0) u = 2 ** -33
      return Math.exp(s.p0 + s.p1 * normalQuantile(u))
    }
    default: {
      const u = rng.next()
      const cum = s.cumulative
      let lo = 0
      let hi = cum.length - 1
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if ((cum[mid] ?? 1) > u) hi = mid
        else lo = mid + 1
      }
      return s.values[lo] ?? 0
    }
  }
}

/**
 * The mean of a distribution, for planning and for checks against theory.
 *
 * @example
 * ```ts
 * import { distributionMean } from "@tongban/simulation"
 *
 * distributionMean({ type: "triangular", min: 1, mode: 2, max: 6 }) // 3
 * ```
 *
 * @since 0.1.0
 * @category distributions
 */
export const distributionMean = (d: Distribution): number => {
  switch (d.type) {
    case "fixed":
      return d.value
    case "exponential":
    case "lognormal":
      return d.mean
    case "uniform":
      return (d.min + d.max) / 2
    case "triangular":
      return (d.min + d.mode + d.max) / 3
    case "empirical": {
      let total = 0
      let sum = 0
      for (let i = 0; i < d.values.length; i++) {
        const w = d.weights === undefined ? 1 : (d.weights[i] ?? 0)
        total += w
        sum += w * (d.values[i] ?? 0)
      }
      return sum / total
    }
  }
}
