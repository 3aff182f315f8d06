/**
 * Mergeable summaries of a sample: count, sum, sum of squares, min, max and a
 * log-bucket quantile sketch (relative accuracy 0.5%). Two summaries merge
 * by adding their fields, so runs, shards and machines combine in any order.
 *
 * Glossary: 分位数 = quantile, 均值 = mean, 标准差 = standard deviation.
 *
 * @since 0.1.0
 */

/**
 * A summary of non-negative values that can be merged with another. The
 * sketch keeps counts of values in buckets whose bounds grow by the factor
 * γ = (1 + α) / (1 − α) with α = 0.005: a quantile it reports lies within
 * 0.5% (relative) of a value of the sample at that rank. Values below 1e-9
 * count as zeros.
 *
 * @since 0.1.0
 * @category models
 */
export interface Summary {
  readonly count: number
  readonly sum: number
  readonly sumSquares: number
  readonly min: number
  readonly max: number
  readonly zeros: number
  /** Index of the first bucket in `bins`. */
  readonly offset: number
  readonly bins: ReadonlyArray<number>
}

const ALPHA = 0.005
const GAMMA = (1 + ALPHA) / (1 - ALPHA)
const LOG_GAMMA = Math.log(GAMMA)
const TINY = 1e-9

/**
 * The relative accuracy of the quantiles a {@link Summary} reports.
 *
 * @example
 * ```ts
 * import { SKETCH_RELATIVE_ACCURACY } from "@tongban/simulation"
 *
 * SKETCH_RELATIVE_ACCURACY // 0.005
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const SKETCH_RELATIVE_ACCURACY = ALPHA

/**
 * A summary being filled, in place, during one run; freeze it with
 * {@link freezeSummary}.
 *
 * @since 0.1.0
 * @category models
 */
export interface SummaryBuilder {
  count: number
  sum: number
  sumSquares: number
  min: number
  max: number
  zeros: number
  offset: number
  bins: Array<number>
}

/**
 * A new, empty summary builder.
 *
 * @example
 * ```ts
 * import { addValue, freezeSummary, makeSummaryBuilder } from "@tongban/simulation"
 *
 * const b = makeSummaryBuilder()
 * addValue(b, 2)
 * freezeSummary(b).count // 1
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeSummaryBuilder = (): SummaryBuilder => ({
  count: 0,
  sum: 0,
  sumSquares: 0,
  min: Infinity,
  max: -Infinity,
  zeros: 0,
  offset: 0,
  bins: []
})

/**
 * Adds one non-negative value to a builder.
 *
 * @example
 * ```ts
 * import { addValue, makeSummaryBuilder } from "@tongban/simulation"
 *
 * const b = makeSummaryBuilder()
 * addValue(b, 3)
 * addValue(b, 5)
 * b.sum // 8
 * ```
 *
 * @since 0.1.0
 * @category statistics
 */
export const addValue = (b: SummaryBuilder, x: number): void => {
  b.count++
  b.sum += x
  b.sumSquares += x * x
  if (x < b.min) b.min = x
  if (x > b.max) b.max = x
  if (x < TINY) {
    b.zeros++
    return
  }
  const k = Math.ceil(Math.log(x) / LOG_GAMMA)
  const bins = b.bins
  if (bins.length === 0) {
    b.offset = k
    bins.push(1)
    return
  }
  if (k < b.offset) {
    const shift = b.offset - k
    const grown: Array<number> = new Array<number>(shift).fill(0)
    b.bins = grown.concat(bins)
    b.offset = k
    b.bins[0] = 1
    return
  }
  const i = k - b.offset
  while (bins.length <= i) bins.push(0)
  bins[i] = (bins[i] ?? 0) + 1
}

/**
 * Freezes a builder into a plain, JSON-safe summary.
 *
 * @example
 * ```ts
 * import { freezeSummary, makeSummaryBuilder } from "@tongban/simulation"
 *
 * freezeSummary(makeSummaryBuilder()).count // 0
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const freezeSummary = (b: SummaryBuilder): Summary => ({
  count: b.count,
  sum: b.sum,
  sumSquares: b.sumSquares,
  min: b.count === 0 ? 0 : b.min,
  max: b.count === 0 ? 0 : b.max,
  zeros: b.zeros,
  offset: b.offset,
  bins: [...b.bins]
})

/**
 * The summary of no values.
 *
 * @example
 * ```ts
 * import { emptySummary } from "@tongban/simulation"
 *
 * emptySummary.count // 0
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const emptySummary: Summary = { count: 0, sum: 0, sumSquares: 0, min: 0, max: 0, zeros: 0, offset: 0, bins: [] }

/**
 * Merges two summaries. Counts and buckets add exactly, so the merge is
 * associative and commutative; sums are floating point, so folding in a
 * fixed order (as sweeps do) makes results bit-identical.
 *
 * @example
 * ```ts
 * import { addValue, freezeSummary, makeSummaryBuilder, mergeSummaries } from "@tongban/simulation"
 *
 * const a = makeSummaryBuilder()
 * addValue(a, 1)
 * const b = makeSummaryBuilder()
 * addValue(b, 3)
 * mergeSummaries(freezeSummary(a), freezeSummary(b)).sum // 4
 * ```
 *
 * @since 0.1.0
 * @category combinators
 */
export const mergeSummaries = (a: Summary, b: Summary): Summary => {
  if (a.count === 0) return b
  if (b.count === 0) return a
  const aBins = a.bins.length > 0
  const bBins = b.bins.length > 0
  const offset = !aBins ? b.offset : !bBins ? a.offset : Math.min(a.offset, b.offset)
  const end = Math.max(aBins ? a.offset + a.bins.length : offset, bBins ? b.offset + b.bins.length : offset)
  const bins: Array<number> = new Array<number>(end - offset).fill(0)
  for (let i = 0; i < a.bins.length; i++)
    bins[a.offset - offset + i] = (bins[a.offset - offset + i] ?? 0) + (a.bins[i] ?? 0)
  for (let i = 0; i < b.bins.length; i++)
    bins[b.offset - offset + i] = (bins[b.offset - offset + i] ?? 0) + (b.bins[i] ?? 0)
  return {
    count: a.count + b.count,
    sum: a.sum + b.sum,
    sumSquares: a.sumSquares + b.sumSquares,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    zeros: a.zeros + b.zeros,
    offset,
    bins
  }
}

/**
 * The value at quantile `q` (0 ≤ q ≤ 1), within 0.5% relative of a sample
 * value of that rank; 0 for an empty summary.
 *
 * @example
 * ```ts
 * import { addValue, freezeSummary, makeSummaryBuilder, quantile } from "@tongban/simulation"
 *
 * const b = makeSummaryBuilder()
 * for (let i = 1; i <= 100; i++) addValue(b, i)
 * Number(quantile(freezeSummary(b), 0.5).toFixed(2)) // 50.15
 * ```
 *
 * @since 0.1.0
 * @category statistics
 */
export const quantile = (s: Summary, q: number): number => {
  if (s.count === 0) return 0
  const rank = Math.max(0, Math.min(s.count - 1, Math.floor(q * (s.count - 1))))
  if (rank < s.zeros) return 0
  let seen = s.zeros
  for (let i = 0; i < s.bins.length; i++) {
    seen += s.bins[i] ?? 0
    if (seen > rank) {
      const k = s.offset + i
      const value = (2 * GAMMA ** k) / (GAMMA + 1)
      return Math.min(s.max, Math.max(s.min, value))
    }
  }
  return s.max
}

/**
 * Readable statistics of a summary.
 *
 * @since 0.1.0
 * @category models
 */
export interface Stats {
  readonly count: number
  readonly mean: number
  readonly sd: number
  readonly min: number
  readonly p50: number
  readonly p90: number
  readonly p99: number
  readonly max: number
}

/**
 * Mean, standard deviation, p50, p90, p99, min and max of a summary.
 *
 * @example
 * ```ts
 * import { addValue, describeSummary, freezeSummary, makeSummaryBuilder } from "@tongban/simulation"
 *
 * const b = makeSummaryBuilder()
 * addValue(b, 2)
 * addValue(b, 4)
 * describeSummary(freezeSummary(b)).mean // 3
 * ```
 *
 * @since 0.1.0
 * @category statistics
 */
export const describeSummary = (s: Summary): Stats => {
  const mean = s.count === 0 ? 0 : s.sum / s.count
  const variance = s.count < 2 ? 0 : Math.max(0, (s.sumSquares - s.count * mean * mean) / (s.count - 1))
  return {
    count: s.count,
    mean,
    sd: Math.sqrt(variance),
    min: s.min,
    p50: quantile(s, 0.5),
    p90: quantile(s, 0.9),
    p99: quantile(s, 0.99),
    max: s.max
  }
}
