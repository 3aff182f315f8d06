import { erlangC, simulateForkJoin, simulateMMc } from "@tongban/simulation"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const average = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0) / xs.length
const seeds = (n: number): Array<number> => Array.from({ length: n }, (_, i) => i + 1)

describe("Erlang C and the M/M/c run", () => {
  it("erlangC gives the textbook values", () => {
    // λ = 9, μ = 1, c = 10: C(10, 9) = 0.6687, Wq = C / (cμ − λ).
    const r = erlangC(9, 1, 10)
    expect(r?.probabilityWait).toBeCloseTo(0.66873, 4)
    expect(r?.meanWait).toBeCloseTo(0.66873, 4)
    // M/M/1: C = ρ, Wq = ρ / (μ − λ).
    expect(erlangC(0.5, 1, 1)).toEqual({
      utilisation: 0.5,
      probabilityWait: 0.5,
      meanWait: 1,
      meanSojourn: 2,
      meanQueueLength: 0.5,
      meanInSystem: 1
    })
    expect(erlangC(10, 1, 10)).toBeUndefined()
    expect(erlangC(1, 0, 1)).toBeUndefined()
    expect(erlangC(1, 1, 1.5)).toBeUndefined()
  }, 60_000)

  it("M/M/c (λ=9, μ=1, c=10) mean wait is within 2% of Erlang C over 12 × 400,000 customers", () => {
    const theory = erlangC(9, 1, 10)?.meanWait ?? NaN
    const runs = seeds(12).map((seed) => simulateMMc({ lambda: 9, mu: 1, servers: 10, customers: 400_000, seed }))
    const wait = average(runs.map((r) => r.meanWait))
    expect(Math.abs(wait / theory - 1)).toBeLessThan(0.02)
    // Utilisation ρ = λ / (cμ) = 0.9.
    expect(Math.abs(average(runs.map((r) => r.utilisation)) - 0.9)).toBeLessThan(0.005)
  }, 60_000)

  it("Little's law holds within 1%: time-average number in system = observed λ × mean time in system", () => {
    for (const seed of seeds(3)) {
      const r = simulateMMc({ lambda: 9, mu: 1, servers: 10, customers: 200_000, seed })
      expect(Math.abs(r.littleRatio - 1)).toBeLessThan(0.01)
    }
    const runs = seeds(6).map((seed) => simulateMMc({ lambda: 9, mu: 1, servers: 10, customers: 300_000, seed }))
    expect(
      Math.abs(average(runs.map((r) => r.meanInSystem)) / (erlangC(9, 1, 10)?.meanInSystem ?? NaN) - 1)
    ).toBeLessThan(0.01)
  }, 60_000)

  it("M/M/1 with utilisation 0.5 has Wq = 1 and busy share 0.5", () => {
    const runs = seeds(5).map((seed) => simulateMMc({ lambda: 0.5, mu: 1, servers: 1, customers: 200_000, seed }))
    expect(Math.abs(average(runs.map((r) => r.utilisation)) - 0.5)).toBeLessThan(0.005)
    expect(Math.abs(average(runs.map((r) => r.meanWait)) - 1)).toBeLessThan(0.02)
  }, 60_000)

  it("the same seed gives identical results", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 5 }), (seed, servers) => {
        const options = { lambda: 0.8 * servers, mu: 1, servers, customers: 2000, seed }
        expect(simulateMMc(options)).toEqual(simulateMMc(options))
      }),
      { numRuns: 30 }
    )
  }, 60_000)

  it("more servers never raise the mean wait (FCFS, common random numbers)", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 6 }),
        fc.double({ min: 0.3, max: 0.95, noNaN: true }),
        (seed, servers, rho) => {
          const base = { lambda: rho * servers, mu: 1, customers: 3000, seed }
          const fewer = simulateMMc({ ...base, servers })
          const more = simulateMMc({ ...base, servers: servers + 1 })
          expect(more.meanWait).toBeLessThanOrEqual(fewer.meanWait + 1e-12)
        }
      ),
      { numRuns: 60 }
    )
  }, 60_000)

  it("bad options give an empty run, not a hang", () => {
    expect(simulateMMc({ lambda: 9, mu: 1, servers: 10, customers: -1, seed: 1 }).customers).toBe(0)
    expect(simulateMMc({ lambda: Number.NaN, mu: 1, servers: 10, customers: 10, seed: 1 }).events).toBe(0)
    expect(simulateMMc({ lambda: 1, mu: 1, servers: 0, customers: 10, seed: 1 }).events).toBe(0)
    expect(simulateMMc({ lambda: 1, mu: 1, servers: 1, customers: 1e12, seed: 1 }).events).toBe(0)
  }, 60_000)
})

describe("fork-join", () => {
  it("with one department it is two M/M/c queues in tandem: mean cycle = 2 W (Burke) within 2%", () => {
    const w = erlangC(9, 1, 10)?.meanSojourn ?? NaN
    const cycle = average(
      seeds(5).map(
        (seed) =>
          simulateForkJoin({
            lambda: 9,
            departments: [{ servers: 10, mu: 1 }],
            signOff: { servers: 10, mu: 1 },
            cases: 200_000,
            seed
          }).meanCycle
      )
    )
    expect(Math.abs(cycle / (2 * w) - 1)).toBeLessThan(0.02)
  }, 60_000)

  it("the join waits for the slowest department: cycle ≥ join, both ≥ each department's own sojourn", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 4 }), (seed, k) => {
        const r = simulateForkJoin({
          lambda: 2,
          departments: Array.from({ length: k }, () => ({ servers: 3, mu: 1 })),
          signOff: { servers: 3, mu: 1 },
          cases: 2000,
          seed
        })
        expect(r.events).toBe(2000 * (k + 2))
        expect(r.meanCycle).toBeGreaterThanOrEqual(r.meanJoin)
        expect(r.meanJoin).toBeGreaterThan(0)
      }),
      { numRuns: 20 }
    )
  }, 60_000)

  it("refuses more than 6 departments with an empty run", () => {
    const pool = { servers: 1, mu: 1 }
    expect(
      simulateForkJoin({
        lambda: 0.1,
        departments: Array.from({ length: 7 }, () => pool),
        signOff: pool,
        cases: 10,
        seed: 1
      }).events
    ).toBe(0)
  }, 60_000)
})
