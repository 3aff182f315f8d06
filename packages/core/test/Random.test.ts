import { makeRandom, Random } from "@tongban/core"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

const draws = (rng: Random, n: number): Array<number> => Array.from({ length: n }, () => rng.nextUint32())

describe("makeRandom", () => {
  it("keeps the sequences the simulation drew before the generator moved to core (sfc32 seeded by xoroshiro128+)", () => {
    // Pinned from @tongban/simulation's own generator, so every simulation result stays as it was.
    const cases: Array<[number, number, ReadonlyArray<number>]> = [
      [1, 0, [2612079395, 2409884190, 3.5848621122361637, 0.6350537845864892]],
      [7, 0, [23200297, 1404084208, 0.6108132479344238, 0.5803102683275938]],
      [42, 3, [236706742, 3699231173, 2.0147720465797643, 0.43288609804585576]],
      [-5, 1, [224052566, 2017398821, 0.03089003959718921, 0.4719076200854033]],
      [123456789, 2, [3525250685, 4027530761, 5.353815747088287, 0.11477840202860534]]
    ]
    for (const [seed, stream, expected] of cases) {
      const rng = makeRandom(seed, stream)
      expect([rng.nextUint32(), rng.nextUint32(), rng.exponential(), rng.next()]).toEqual(expected)
    }
  })

  it("gives the same sequence for the same seed and stream", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 1000 }), (seed, stream) => {
        expect(draws(makeRandom(seed, stream), 20)).toEqual(draws(makeRandom(seed, stream), 20))
      }),
      { numRuns: 100 }
    )
  })

  it("gives different sequences for neighbouring seeds and for neighbouring streams", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 2 }),
        fc.integer({ min: 0, max: 1000 }),
        (seed, stream) => {
          const base = draws(makeRandom(seed, stream), 4)
          expect(draws(makeRandom(seed + 1, stream), 4)).not.toEqual(base)
          expect(draws(makeRandom(seed, stream + 1), 4)).not.toEqual(base)
        }
      ),
      { numRuns: 200 }
    )
  })

  it("draws uniform numbers in [0, 1), integers in [0, n) and positive exponentials", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 2 ** 31 }), (seed, n) => {
        const rng = makeRandom(seed)
        for (let i = 0; i < 50; i++) {
          const u = rng.next()
          expect(u >= 0 && u < 1).toBe(true)
          const k = rng.int(n)
          expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true)
          expect(rng.exponential()).toBeGreaterThan(0)
          const w = rng.nextUint32()
          expect(Number.isInteger(w) && w >= 0 && w < 2 ** 32).toBe(true)
        }
      }),
      { numRuns: 50 }
    )
  })

  it("has the moments of its distributions (uniform mean 1/2, variance 1/12; exponential mean 1, variance 1)", () => {
    const rng = makeRandom(2026)
    const n = 200_000
    let su = 0
    let su2 = 0
    let se = 0
    let se2 = 0
    const bins = new Float64Array(10)
    for (let i = 0; i < n; i++) {
      const u = rng.next()
      su += u
      su2 += u * u
      const k = rng.int(10)
      bins[k] = (bins[k] ?? 0) + 1
      const e = rng.exponential()
      se += e
      se2 += e * e
    }
    // Five standard errors: a correct generator fails this about once in 3 million seeds.
    expect(Math.abs(su / n - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n))
    expect(Math.abs(su2 / n - (su / n) ** 2 - 1 / 12)).toBeLessThan(0.002)
    expect(Math.abs(se / n - 1)).toBeLessThan(5 * Math.sqrt(1 / n))
    expect(Math.abs(se2 / n - (se / n) ** 2 - 1)).toBeLessThan(0.05)
    // Chi-square over ten bins, 9 degrees of freedom: 27.9 is its 0.999 quantile.
    const chi = bins.reduce((acc, b) => acc + (b - n / 10) ** 2 / (n / 10), 0)
    expect(chi).toBeLessThan(27.9)
  })
})

describe("Random.split", () => {
  it("is a pure function of the parent's state, and the child differs from the parent", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = makeRandom(seed)
        const b = makeRandom(seed)
        const childA = a.split()
        const childB = b.split()
        expect(draws(childA, 8)).toEqual(draws(childB, 8))
        expect(draws(a, 8)).toEqual(draws(b, 8))
        expect(draws(a.split(), 8)).not.toEqual(draws(a, 8))
      }),
      { numRuns: 100 }
    )
  })

  it("gives successive children their own sequences", () => {
    const rng = makeRandom(1)
    const children = Array.from({ length: 100 }, () => draws(rng.split(), 2).join(","))
    expect(new Set(children).size).toBe(100)
  })

  it("takes four raw state words as they are", () => {
    const a = new Random(1, 2, 3, 4)
    const b = new Random(1, 2, 3, 4)
    expect(draws(a, 5)).toEqual(draws(b, 5))
  })
})
