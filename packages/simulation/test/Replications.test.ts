import { getOrThrow } from "@tongban/core"
import {
  compareScenarios,
  erlangC,
  intervalOf,
  parseModel,
  replicationReports,
  replicationsFor,
  runShard,
  simulate,
  simulateForkJoin,
  simulateMMc,
  studentTCdf,
  studentTQuantile
} from "@tongban/simulation"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const seeds = (n: number): Array<number> => Array.from({ length: n }, (_, i) => i + 1)

describe("Student t", () => {
  it("gives the table values (two-sided 95 % and 99 %)", () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 4)
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.2281, 4)
    expect(studentTQuantile(0.975, 19)).toBeCloseTo(2.093, 4)
    expect(studentTQuantile(0.995, 30)).toBeCloseTo(2.75, 4)
    expect(studentTQuantile(0.95, 5)).toBeCloseTo(2.015, 4)
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.2281, 4)
    expect(studentTQuantile(0.975, 1e9)).toBeCloseTo(1.96, 3)
    expect(studentTQuantile(1, 3)).toBeNaN()
  })

  it("the quantile inverts the distribution function", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.integer({ min: 1, max: 500 }), (p, df) => {
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 9)
      })
    )
  })
})

describe("intervals over replications", () => {
  const sample = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 50 })

  it("the interval holds the mean, its half-width is t · s / √n, and the order of runs does not matter", () => {
    fc.assert(
      fc.property(sample, fc.double({ min: 0.5, max: 0.999, noNaN: true }), (xs, level) => {
        const r = intervalOf(xs, { level })
        expect(r.runs).toBe(xs.length)
        expect(r.ci.low).toBeLessThanOrEqual(r.mean + 1e-9)
        expect(r.ci.high).toBeGreaterThanOrEqual(r.mean - 1e-9)
        const half = (studentTQuantile(1 - (1 - level) / 2, xs.length - 1) * r.sd) / Math.sqrt(xs.length)
        expect(r.ci.high - r.mean).toBeCloseTo(half, 6)
        const back = intervalOf([...xs].reverse(), { level })
        expect(back.mean).toBeCloseTo(r.mean, 6)
        expect(back.sd).toBeCloseTo(r.sd, 6)
      })
    )
  })

  it("a higher level gives a wider interval", () => {
    fc.assert(
      fc.property(sample, (xs) => {
        const a = intervalOf(xs, { level: 0.9 })
        const b = intervalOf(xs, { level: 0.99 })
        expect(b.ci.high - b.ci.low).toBeGreaterThanOrEqual(a.ci.high - a.ci.low)
      })
    )
  })

  it("replicationsFor gives the smallest n whose interval is within the half-width", () => {
    fc.assert(
      fc.property(sample, fc.double({ min: 0.01, max: 1e5, noNaN: true }), (pilot, h) => {
        const n = replicationsFor(pilot, h)
        const sd = intervalOf(pilot).sd
        if (sd === 0 || n >= 1_000_000) return
        const width = (k: number): number => (studentTQuantile(0.975, k - 1) * sd) / Math.sqrt(k)
        expect(width(n)).toBeLessThanOrEqual(h)
        if (n > 2) expect(width(n - 1)).toBeGreaterThan(h)
      })
    )
  })
})

describe("queueing theory inside the reported intervals", () => {
  it("M/M/c (λ=9, μ=1, c=10): Erlang C's Wq = 0.6687 lies inside the 95 % interval over 20 replications", () => {
    const waits = seeds(20).map(
      (seed) => simulateMMc({ lambda: 9, mu: 1, servers: 10, customers: 100_000, seed }).meanWait
    )
    const r = intervalOf(waits)
    const theory = erlangC(9, 1, 10)?.meanWait ?? NaN
    expect(r.runs).toBe(20)
    expect(r.ci.low).toBeLessThan(theory)
    expect(r.ci.high).toBeGreaterThan(theory)
    // …and the interval is tight enough to mean something (half-width under 5 %).
    expect((r.ci.high - r.ci.low) / 2 / theory).toBeLessThan(0.05)
  }, 60_000)

  it("M/M/1 (λ=0.5, μ=1): Wq = 1 and utilisation 0.5 inside their 95 % intervals over 20 replications", () => {
    const runs = seeds(20).map((seed) => simulateMMc({ lambda: 0.5, mu: 1, servers: 1, customers: 50_000, seed }))
    const wait = intervalOf(runs.map((r) => r.meanWait))
    const busy = intervalOf(runs.map((r) => r.utilisation))
    expect(wait.ci.low).toBeLessThan(1)
    expect(wait.ci.high).toBeGreaterThan(1)
    expect(busy.ci.low).toBeLessThan(0.5)
    expect(busy.ci.high).toBeGreaterThan(0.5)
  }, 60_000)

  it("a Jackson tandem network (two back-office stages, M/M/3 then M/M/2): the mean cycle W₁ + W₂ lies inside the 95 % interval", () => {
    // λ = 1; stage 1: c = 3, μ = 0.4 (ρ = 0.83); stage 2: c = 2, μ = 0.7 (ρ = 0.71). By Jackson's
    // theorem the stages are independent M/M/c queues, so the mean cycle is the sum of their sojourns.
    const theory = (erlangC(1, 0.4, 3)?.meanSojourn ?? NaN) + (erlangC(1, 0.7, 2)?.meanSojourn ?? NaN)
    const cycles = seeds(20).map(
      (seed) =>
        simulateForkJoin({
          lambda: 1,
          departments: [{ servers: 3, mu: 0.4 }],
          signOff: { servers: 2, mu: 0.7 },
          cases: 200_000,
          seed
        }).meanCycle
    )
    const r = intervalOf(cycles)
    expect(r.ci.low).toBeLessThan(theory)
    expect(r.ci.high).toBeGreaterThan(theory)
  }, 60_000)

  it("Little's law on a hall that never empties (λ = 11 > cμ = 10): the time-average queue equals λ × the wait within the day, and the naive λ × W does not", () => {
    const T = 420
    const model = getOrThrow(
      parseModel({
        days: 1,
        sampleEvery: 1,
        openingHours: [{ from: "09:00", to: "16:00" }],
        departments: [{ id: "d", reviewers: 1 }],
        windows: [{ id: "w", count: 10 }],
        services: [
          { id: "s", department: "d", arrivals: { perDay: 11 * T }, windowMinutes: { type: "exponential", mean: 1 } }
        ]
      })
    )
    for (const seed of [1, 2, 3]) {
      const run = getOrThrow(simulate(model, { seed }))
      const q = run.summary.series.hallQueue
      const L = q.reduce((a, b) => a + b, 0) / q.length
      // The queue at closing is long: the system is far from empty.
      expect(q[q.length - 1] ?? 0).toBeGreaterThan(100)
      const lambda = run.cases.length / T
      const within =
        run.cases.reduce((a, c) => a + Math.min(c.arrival + c.waitMinutes, T) - c.arrival, 0) / run.cases.length
      expect(Math.abs(L / (lambda * within) - 1)).toBeLessThan(0.02)
      const naive = run.cases.reduce((a, c) => a + c.waitMinutes, 0) / run.cases.length
      expect(lambda * naive).toBeGreaterThan(1.05 * L)
    }
  }, 60_000)
})

describe("replications of hall scenarios", () => {
  const hall = (count: number) =>
    getOrThrow(
      parseModel({
        patience: { type: "exponential", mean: 60 },
        departments: [{ id: "d", reviewers: 1 }],
        windows: [{ id: "w", count }],
        services: [
          {
            id: "s",
            department: "d",
            arrivals: { perDay: 120, profile: [1, 3, 2, 1] },
            windowMinutes: { type: "exponential", mean: 12 }
          }
        ]
      })
    )
  const shard = getOrThrow(
    runShard(
      [
        { name: "four", model: hall(4) },
        { name: "five", model: hall(5) }
      ],
      { seeds: { from: 1, to: 21 } }
    )
  )

  it("every metric is { mean, sd, ci: { level, low, high }, runs } over the seeds, with the hours and the peak hour", () => {
    const [five, four] = replicationReports(shard, { level: 0.9 })
    expect(four?.scenario).toBe("four")
    expect(five?.seeds).toEqual(seeds(20))
    const wait = four?.metrics.wait_mean
    expect(wait?.runs).toBe(20)
    expect(wait?.ci.level).toBe(0.9)
    expect(Object.keys(wait ?? {})).toEqual(["mean", "sd", "ci", "runs"])
    // The profile's busiest slice is working minutes 105–210: 10:45–12:00 and, after lunch (the
    // clock stops, the queue stays), 13:30–14:00. Tickets of 13:30–14:00 meet the longest queue.
    expect(four?.peakHour).toBe(13)
    expect(four?.hours.map((h) => h.hour)).toEqual([9, 10, 11, 13, 14, 15, 16, 17])
    expect(four?.metrics["hour.11.mean_wait"]?.mean).toBe(four?.hours.find((h) => h.hour === 11)?.meanWait.mean)
  })

  it("paired differences on common seeds: their mean is the difference of means, and the interval is narrower than unpaired", () => {
    const c = compareScenarios(shard, "four", "five")
    const [five, four] = replicationReports(shard)
    const d = c.differences.wait_mean
    expect(c.seeds).toEqual(seeds(20))
    expect(d?.mean).toBeCloseTo((five?.metrics.wait_mean?.mean ?? 0) - (four?.metrics.wait_mean?.mean ?? 0), 9)
    expect(d?.ci.high ?? 0).toBeLessThan(0)
    const unpaired = Math.sqrt((four?.metrics.wait_mean?.sd ?? 0) ** 2 + (five?.metrics.wait_mean?.sd ?? 0) ** 2)
    expect(d?.sd ?? Infinity).toBeLessThan(unpaired)
  })
})
