// What the by-file mutation run of TimeLimit.ts (233 mutants, 72.5 %) left
// unchecked: that each spelling of a unit is read whole (nothing before or
// after it), the Chinese numerals that are not numbers, the 40-character
// bound, the path and facts of the issue, and every unit's English name.
import { formatTimeLimit, parseTimeLimit, type TimeLimit, WORKING_DAYS_PER_UNIT } from "@tongban/deadline"
import { describe, expect, it } from "vitest"

const codes = (input: unknown) => {
  const r = parseTimeLimit(input)
  return r.ok ? r.value : r.issues.map((i) => i.code)
}
const malformed = ["time_limit_malformed"]

describe("parseTimeLimit: a unit is read whole", () => {
  it("个 may be left out before 工作日 and 月", () => {
    expect(codes("20工作日")).toEqual({ amount: 20, unit: "working_day" })
    expect(codes("3月")).toEqual({ amount: 3, unit: "month" })
  })

  it("nothing may stand before or after a Chinese unit", () => {
    for (const text of [
      "20内工作日",
      "20个工作日内",
      "20周天",
      "20天内",
      "48半小时",
      "48小时内",
      "3整月",
      "3个月内",
      "1周年",
      "1年内",
      "约20个工作日",
      "20个工作日\n以内"
    ]) {
      expect(codes(text), text).toEqual(malformed)
    }
  })

  it("nothing may stand before or after a short form; spaces around it are dropped", () => {
    expect(codes("x20wd")).toEqual(malformed)
    expect(codes("20wdx")).toEqual(malformed)
    expect(codes("  20wd ")).toEqual({ amount: 20, unit: "working_day" })
  })

  it("a unit it does not know, or a number that is not one, is malformed rather than a schema issue", () => {
    expect(codes("20周")).toEqual(malformed)
    expect(codes("二三天")).toEqual(malformed)
  })
})

describe("parseTimeLimit: Chinese numerals that are not numbers", () => {
  it("two digits in a row, a zero after a digit, a scale without a digit before it, a scale twice", () => {
    for (const text of ["二三天", "二零天", "百天", "二十二十天", "十十天"])
      expect(codes(text), text).toEqual(malformed)
    expect(codes("十天")).toEqual({ amount: 10, unit: "natural_day" })
  })
})

describe("parseTimeLimit: the issue", () => {
  it("names the input, shortened to 40 characters only when longer", () => {
    const at = (input: string) => {
      const r = parseTimeLimit(input, { path: ["limit"] })
      return r.ok ? [] : r.issues.map((i) => [i.path, i.facts])
    }
    expect(at("soon")).toEqual([[["limit"], { input: "soon" }]])
    expect(at("x".repeat(41))).toEqual([[["limit"], { input: `${"x".repeat(40)}…` }]])
    expect(at("x".repeat(40))).toEqual([[["limit"], { input: "x".repeat(40) }]])
    expect(parseTimeLimit(`20wd${" ".repeat(36)}`)).toEqual({ ok: true, value: { amount: 20, unit: "working_day" } })
    const plain = parseTimeLimit("soon")
    expect(plain.ok ? [] : plain.issues.map((i) => i.path)).toEqual([[]])
  })

  it("an object or a Chinese limit the schema refuses is located under the caller's path", () => {
    const paths = (input: unknown) => {
      const r = parseTimeLimit(input, { path: ["limit"] })
      return r.ok ? [] : r.issues.map((i) => i.path[0])
    }
    expect(paths({ amount: -1, unit: "working_day" })).toEqual(["limit"])
    expect(paths("999999天")).toEqual(["limit"])
  })
})

describe("formatTimeLimit and the working days of a unit", () => {
  it("names every unit in English, one and many", () => {
    const units: ReadonlyArray<TimeLimit["unit"]> = ["working_day", "natural_day", "hour", "month", "year"]
    expect(units.map((unit) => formatTimeLimit({ amount: 1, unit }, "en"))).toEqual([
      "1 working day",
      "1 day",
      "1 hour",
      "1 month",
      "1 year"
    ])
    expect(units.map((unit) => formatTimeLimit({ amount: 2, unit }, "en"))).toEqual([
      "2 working days",
      "2 days",
      "2 hours",
      "2 months",
      "2 years"
    ])
  })

  it("an hour is a 24th of a natural day's 250/365 working days", () => {
    expect(WORKING_DAYS_PER_UNIT.hour * 24 * 365).toBeCloseTo(250, 10)
  })
})
