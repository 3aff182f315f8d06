import {
  approximateWorkingDays,
  compressionRate,
  formatTimeLimit,
  parseTimeLimit,
  shortTimeLimit,
  type TimeLimit,
  timeLimitJsonSchema
} from "@tongban/deadline"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const limit: fc.Arbitrary<TimeLimit> = fc.record({
  amount: fc.integer({ min: 0, max: 36_600 }),
  unit: fc.constantFrom<TimeLimit["unit"]>("working_day", "natural_day", "hour", "month", "year")
})

describe("parseTimeLimit", () => {
  it("reads every spelling of the issue", () => {
    expect(parseTimeLimit("20wd")).toEqual({ ok: true, value: { amount: 20, unit: "working_day" } })
    expect(parseTimeLimit("15d")).toEqual({ ok: true, value: { amount: 15, unit: "natural_day" } })
    expect(parseTimeLimit("48h")).toEqual({ ok: true, value: { amount: 48, unit: "hour" } })
    expect(parseTimeLimit("3m")).toEqual({ ok: true, value: { amount: 3, unit: "month" } })
    expect(parseTimeLimit("1y")).toEqual({ ok: true, value: { amount: 1, unit: "year" } })
    expect(parseTimeLimit("20个工作日")).toEqual({ ok: true, value: { amount: 20, unit: "working_day" } })
    expect(parseTimeLimit("15日")).toEqual({ ok: true, value: { amount: 15, unit: "natural_day" } })
    expect(parseTimeLimit("3个月")).toEqual({ ok: true, value: { amount: 3, unit: "month" } })
    expect(parseTimeLimit("二十个工作日")).toEqual({ ok: true, value: { amount: 20, unit: "working_day" } })
    expect(parseTimeLimit("十五日")).toEqual({ ok: true, value: { amount: 15, unit: "natural_day" } })
    expect(parseTimeLimit("一百二十天")).toEqual({ ok: true, value: { amount: 120, unit: "natural_day" } })
    expect(parseTimeLimit("一百零五日")).toEqual({ ok: true, value: { amount: 105, unit: "natural_day" } })
  })

  it("round-trips the short form and the Chinese form", () => {
    fc.assert(
      fc.property(limit, (l) => {
        expect(parseTimeLimit(shortTimeLimit(l))).toEqual({ ok: true, value: l })
        expect(parseTimeLimit(formatTimeLimit(l, "zh"))).toEqual({ ok: true, value: l })
      })
    )
  })

  it("never throws on any string or value", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (input) => {
        const r = parseTimeLimit(input)
        expect(typeof r.ok).toBe("boolean")
      })
    )
  })

  it("refuses nonsense with a located issue", () => {
    const r = parseTimeLimit("soon", { path: ["matters", 3, "limit"] })
    expect(r.ok ? undefined : r.issues[0]).toMatchObject({
      code: "time_limit_malformed",
      path: ["matters", 3, "limit"]
    })
    expect(parseTimeLimit({ amount: -1, unit: "working_day" }).ok).toBe(false)
    expect(parseTimeLimit({ amount: 1, unit: "fortnight" }).ok).toBe(false)
    expect(parseTimeLimit("9999999d").ok).toBe(false)
    expect(parseTimeLimit("十十日").ok).toBe(false)
  })
})

describe("comparing limits", () => {
  it("compression is (statutory − promised) / statutory", () => {
    expect(compressionRate({ amount: 5, unit: "working_day" }, { amount: 20, unit: "working_day" })).toBe(0.75)
    expect(compressionRate({ amount: 1, unit: "working_day" }, { amount: 0, unit: "natural_day" })).toBeUndefined()
  })

  it("is at most 1, and 0 for equal limits", () => {
    fc.assert(
      fc.property(limit, limit, (p, s) => {
        const r = compressionRate(p, s)
        if (s.amount === 0) expect(r).toBeUndefined()
        else {
          expect(r).toBeLessThanOrEqual(1)
          expect(compressionRate(s, s)).toBe(0)
        }
      })
    )
  })

  it("normalises with the documented factors", () => {
    expect(approximateWorkingDays({ amount: 365, unit: "natural_day" })).toBeCloseTo(250)
    expect(approximateWorkingDays({ amount: 12, unit: "month" })).toBeCloseTo(250)
    expect(timeLimitJsonSchema()).toMatchObject({ type: "object", required: ["amount", "unit"] })
  })
})
