import {
  distributionMean,
  makeRandom,
  makeSampler,
  normalQuantile,
  sample,
  type Distribution
} from "@tongban/simulation"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

describe("random numbers and distributions", () => {
  it("the ziggurat exponential has mean 1, variance 1 and the exponential tail P(X > x) = e^-x", () => {
    const rng = makeRandom(2024)
    const n = 400_000
    let sum = 0
    let squares = 0
    const above = [0.5, 1, 2, 4, 8].map((x) => ({ x, count: 0 }))
    for (let i = 0; i < n; i++) {
      const x = rng.exponential()
      sum += x
      squares += x * x
      for (const a of above) if (x > a.x) a.count++
    }
    const mean = sum / n
    expect(Math.abs(mean - 1)).toBeLessThan(0.01)
    expect(Math.abs(squares / n - mean * mean - 1)).toBeLessThan(0.02)
    for (const a of above) {
      const p = Math.exp(-a.x)
      // Within 4 binomial standard errors.
      expect(Math.abs(a.count / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n) + 1e-6)
    }
  }, 60_000)

  it("uniforms are in [0, 1) and streams of one seed differ", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 20 }), (seed, stream) => {
        const a = makeRandom(seed, stream)
        const b = makeRandom(seed, stream + 1)
        const xs = Array.from({ length: 50 }, () => a.next())
        expect(xs.every((x) => x >= 0 && x < 1)).toBe(true)
        expect(xs).not.toEqual(Array.from({ length: 50 }, () => b.next()))
      })
    )
  }, 60_000)

  it("sample means match distributionMean for every kind", () => {
    const kinds: ReadonlyArray<Distribution> = [
      { type: "fixed", value: 3 },
      { type: "exponential", mean: 5 },
      { type: "uniform", min: 2, max: 6 },
      { type: "triangular", min: 1, mode: 2, max: 6 },
      { type: "lognormal", mean: 10, sd: 4 },
      { type: "empirical", values: [1, 2, 10], weights: [1, 2, 1] }
    ]
    for (const d of kinds) {
      const s = makeSampler(d)
      const rng = makeRandom(7)
      let sum = 0
      let min = Infinity
      const n = 100_000
      for (let i = 0; i < n; i++) {
        const x = sample(s, rng)
        if (x < min) min = x
        sum += x
      }
      expect(min).toBeGreaterThanOrEqual(0)
      expect(Math.abs(sum / n / distributionMean(d) - 1)).toBeLessThan(0.02)
    }
  }, 60_000)

  it("normalQuantile inverts the normal CDF at known points", () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9)
    expect(normalQuantile(0.8413447460685429)).toBeCloseTo(1, 6)
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 6)
    expect(normalQuantile(0)).toBe(-Infinity)
  }, 60_000)
})
