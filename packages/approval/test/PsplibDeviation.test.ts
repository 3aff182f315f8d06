import { deviationFromOptimum, psplibOptimaSet, psplibReferenceKind, summariseDeviations } from "@tongban/approval"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

describe("psplibOptimaSet", () => {
  it("names the set of the PSPLIB files of optima, heuristic solutions and lower bounds (Kolisch & Sprecher 1997)", () => {
    expect(psplibOptimaSet("j30opt.sm")).toBe("j30")
    expect(psplibOptimaSet("../data/psplib/j60hrs.sm")).toBe("j60")
    expect(psplibOptimaSet("C:\\psplib\\J120LB.SM")).toBe("j120")
    expect(psplibOptimaSet("j301_1.sm")).toBeUndefined()
    expect(psplibOptimaSet("j30opt.sm.bak")).toBeUndefined()
    expect(psplibOptimaSet("")).toBeUndefined()
  })
})

describe("deviationFromOptimum", () => {
  it("J30 j301_1: makespan 43 against the optimum 43 is no deviation", () => {
    expect(deviationFromOptimum(43, 43)).toBe(0)
  })

  it("is zero exactly at the optimum, positive above it, and within a millionth of (m − o) / o", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (optimum, makespan) => {
        const d = deviationFromOptimum(makespan, optimum)
        expect(d).toBeDefined()
        expect(Math.abs((d ?? Number.NaN) - (makespan - optimum) / optimum)).toBeLessThanOrEqual(5e-7)
        expect(d === 0).toBe(makespan === optimum)
        if (makespan > optimum) expect(d).toBeGreaterThan(0)
      })
    )
  })

  it("is undefined for an optimum that is not a positive finite number", () => {
    for (const optimum of [0, -3, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(deviationFromOptimum(10, optimum)).toBeUndefined()
    }
    expect(deviationFromOptimum(Number.NaN, 10)).toBeUndefined()
  })
})

describe("summariseDeviations", () => {
  it("averages over the known instances only and counts those at the optimum", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined })), (devs) => {
        const rows = devs.map((deviation) => (deviation === undefined ? {} : { deviation }))
        const s = summariseDeviations(rows)
        const known = devs.filter((d): d is number => d !== undefined)
        expect(s.instances).toBe(devs.length)
        expect(s.known).toBe(known.length)
        expect(s.optimumReached).toBe(known.filter((d) => d === 0).length)
        if (known.length === 0) expect(s.averageDeviation).toBeUndefined()
        else {
          expect(s.averageDeviation).toBeGreaterThanOrEqual(Math.min(...known) - 1e-12)
          expect(s.averageDeviation).toBeLessThanOrEqual(Math.max(...known) + 1e-12)
        }
      })
    )
  })
})

describe("psplibReferenceKind", () => {
  it("j30opt.sm holds proven optima, j60hrs.sm and j60lb.sm best known makespans (PSPLIB, Kolisch & Sprecher 1997)", () => {
    expect(psplibReferenceKind("j30opt.sm")).toBe("optimum")
    expect(psplibReferenceKind("../data/psplib/j60hrs.sm")).toBe("best known")
    expect(psplibReferenceKind("C:\\psplib\\J60LB.SM")).toBe("best known")
    expect(psplibReferenceKind("j601_1.sm")).toBeUndefined()
  })

  it("names a kind exactly for the files psplibOptimaSet names a set for", () => {
    const names = fc.oneof(
      fc.string(),
      fc
        .tuple(
          fc.constantFrom("", "a/", "C:\\x\\"),
          fc.constantFrom("j30", "J60", "j120"),
          fc.constantFrom("opt", "HRS", "lb", "x"),
          fc.constantFrom(".sm", ".SM", ".sm~")
        )
        .map((parts) => parts.join(""))
    )
    fc.assert(
      fc.property(names, (name) => {
        expect(psplibReferenceKind(name) === undefined).toBe(psplibOptimaSet(name) === undefined)
      })
    )
  })
})

describe("summariseDeviations, critical-path bound", () => {
  it("averages the critical-path deviations over the rows that carry one, apart from the optimum", () => {
    const s = summariseDeviations([{ criticalPathDeviation: 0.1 }, { deviation: 0, criticalPathDeviation: 0.2 }, {}])
    expect(s.averageCriticalPathDeviation).toBeCloseTo(0.15, 12)
    expect(s.known).toBe(1)
    expect(summariseDeviations([{ deviation: 0 }]).averageCriticalPathDeviation).toBeUndefined()
  })
})
