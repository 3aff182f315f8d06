import {
  addValue,
  describeSummary,
  emptySummary,
  freezeSummary,
  makeSummaryBuilder,
  mergeSummaries,
  quantile,
  SKETCH_RELATIVE_ACCURACY,
  type Summary
} from "@tongban/simulation"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const values = fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e6, noNaN: true })), { maxLength: 300 })
const summaryOf = (xs: ReadonlyArray<number>): Summary => {
  const b = makeSummaryBuilder()
  for (const x of xs) addValue(b, x)
  return freezeSummary(b)
}
// Counts and buckets are exact; sums are compared to rounding.
const exactPart = (s: Summary) => ({
  count: s.count,
  zeros: s.zeros,
  min: s.min,
  max: s.max,
  bins: s.bins.map((c, i) => [s.offset + i, c]).filter(([, c]) => c !== 0)
})

describe("mergeable summaries", () => {
  it("merging equals summarising the concatenation (counts, buckets exactly; sums to rounding)", () => {
    fc.assert(
      fc.property(values, values, (a, b) => {
        const merged = mergeSummaries(summaryOf(a), summaryOf(b))
        const whole = summaryOf([...a, ...b])
        expect(exactPart(merged)).toEqual(exactPart(whole))
        expect(merged.sum).toBeCloseTo(whole.sum, 3)
      })
    )
  }, 60_000)

  it("merge is associative and commutative on counts and buckets, with the empty summary as identity", () => {
    fc.assert(
      fc.property(values, values, values, (a, b, c) => {
        const [x, y, z] = [summaryOf(a), summaryOf(b), summaryOf(c)]
        expect(exactPart(mergeSummaries(mergeSummaries(x, y), z))).toEqual(
          exactPart(mergeSummaries(x, mergeSummaries(y, z)))
        )
        expect(exactPart(mergeSummaries(x, y))).toEqual(exactPart(mergeSummaries(y, x)))
        expect(mergeSummaries(x, emptySummary)).toEqual(x)
      })
    )
  }, 60_000)

  it("p50, p90, p99 are within 0.5% (relative) of the sample value of that rank", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 500 }), (xs) => {
        const s = summaryOf(xs)
        const sorted = [...xs].sort((p, q) => p - q)
        for (const q of [0.5, 0.9, 0.99]) {
          const exact = sorted[Math.floor(q * (sorted.length - 1))] ?? 0
          expect(Math.abs(quantile(s, q) - exact)).toBeLessThanOrEqual(exact * SKETCH_RELATIVE_ACCURACY * 1.0001)
        }
      })
    )
  }, 60_000)

  it("describeSummary gives mean and sample standard deviation", () => {
    const d = describeSummary(summaryOf([2, 4, 4, 4, 5, 5, 7, 9]))
    expect(d.mean).toBe(5)
    expect(d.sd).toBeCloseTo(Math.sqrt(32 / 7), 10)
    expect(describeSummary(emptySummary).mean).toBe(0)
  }, 60_000)
})
