import { getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import { dueDate, explainDueDate, type WorkCalendar } from "@tongban/deadline"
import { describe, expect, it } from "vitest"

// Behaviour at the edges of a period that mutation testing found unstated:
// the last year a date can have (2200), the end of a calendar's coverage, the
// last announced day, and where the issues of a bad start or limit point.

const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))

// Monday to Friday, no holidays: the working days are plain to count.
const plain = (from: string, to: string, announcedThrough?: string): WorkCalendar => ({
  id: "plain",
  name: { zh: "周一至周五", en: "Monday to Friday" },
  weekdays: [1, 2, 3, 4, 5],
  coverage: { from, to },
  layers: [],
  ...(announcedThrough === undefined ? {} : { announcedThrough })
})

const lastYear = plain("2200-01-01", "2200-12-31")

describe("a period near the last supported year (2200)", () => {
  it("ends in December 2200 when the corresponding day is in it", () => {
    // 2200-11-15 + 1 month = 2200-12-15, a Monday.
    expect(dueDate(d("2200-11-15"), { amount: 1, unit: "month" }, { calendar: lastYear })).toEqual({
      ok: true,
      value: "2200-12-15"
    })
    // 2200-11-30 + 1 month = 2200-12-30, a Tuesday.
    expect(dueDate(d("2200-11-30"), { amount: 1, unit: "month" }, { calendar: lastYear })).toEqual({
      ok: true,
      value: "2200-12-30"
    })
  })

  it("is out of coverage, not an error thrown, when it would end in 2201", () => {
    for (const [start, limit] of [
      ["2200-12-01", { amount: 1, unit: "month" }],
      ["2200-12-31", { amount: 1, unit: "month" }],
      ["2200-01-01", { amount: 1, unit: "year" }],
      ["2200-06-15", { amount: 1200, unit: "month" }]
    ] as const) {
      const r = dueDate(d(start), limit, { calendar: lastYear })
      expect(r.ok ? [] : r.issues.map((issue) => [issue.code, issue.facts.date, issue.facts.year])).toEqual([
        ["calendar_out_of_coverage", start, 2201]
      ])
    }
  })
})

describe("a period at the end of a calendar's coverage", () => {
  // The coverage ends on Sunday 2030-06-30; Friday 06-28 is its last working day.
  const june = plain("2030-01-01", "2030-06-30")

  it("ends on the last covered day's working day when it can", () => {
    expect(dueDate(d("2030-06-27"), { amount: 1, unit: "natural_day" }, { calendar: june })).toEqual({
      ok: true,
      value: "2030-06-28"
    })
  })

  it("is out of coverage when the last day is a rest day with no working day after it in the coverage", () => {
    for (const start of ["2030-06-28", "2030-06-29"]) {
      const r = dueDate(d(start), { amount: 1, unit: "natural_day" }, { calendar: june })
      expect(
        r.ok ? [] : r.issues.map((issue) => [issue.code, issue.path, issue.facts.amount, issue.facts.unit])
      ).toEqual([["calendar_out_of_coverage", [], 1, "natural_day"]])
    }
  })

  it("is out of coverage when the working days run out", () => {
    const r = dueDate(d("2030-06-27"), { amount: 2, unit: "working_day" }, { calendar: june })
    expect(r.ok ? [] : r.issues.map((issue) => issue.code)).toEqual(["calendar_out_of_coverage"])
    expect(dueDate(d("2030-06-27"), { amount: 1, unit: "working_day" }, { calendar: june })).toEqual({
      ok: true,
      value: "2030-06-28"
    })
  })
})

describe("a due date on or after the last announced day", () => {
  const announced = plain("2030-01-01", "2030-12-31", "2030-03-15")

  it("is provisional only when it falls after the last announced day", () => {
    // Thursday 03-14 + 1 day = Friday 03-15, the last announced day.
    const on = getOrThrow(explainDueDate(d("2030-03-14"), { amount: 1, unit: "natural_day" }, { calendar: announced }))
    expect(on.due).toBe("2030-03-15")
    expect("provisional" in on).toBe(false)
    const past = getOrThrow(
      explainDueDate(d("2030-03-15"), { amount: 1, unit: "working_day" }, { calendar: announced })
    )
    expect(past.due).toBe("2030-03-18")
    expect(past.provisional).toBe(true)
  })
})

describe("where the issues of a bad start or limit point", () => {
  const calendar = plain("2030-01-01", "2030-12-31")

  it("points at the start, under the caller's path or at the top", () => {
    const outside = dueDate(d("2031-01-05"), { amount: 1, unit: "natural_day" }, { calendar })
    expect(outside.ok ? [] : outside.issues.map((issue) => [issue.code, issue.path, issue.facts.date])).toEqual([
      ["calendar_out_of_coverage", ["start"], "2031-01-05"]
    ])
    const under = dueDate(d("2031-01-05"), { amount: 1, unit: "natural_day" }, { calendar, path: ["cases", 2] })
    expect(under.ok ? [] : under.issues.map((issue) => issue.path)).toEqual([["cases", 2, "start"]])
  })

  it("names a missing limit's amount and unit as undefined instead of throwing", () => {
    // Plain JavaScript may pass no limit at all.
    for (const limit of [null, undefined]) {
      const r: unknown = Reflect.apply(dueDate, undefined, [d("2030-03-01"), limit, { calendar }])
      expect(r).toMatchObject({
        ok: false,
        issues: [{ code: "time_limit_invalid", path: ["limit"], facts: { amount: "undefined", unit: "undefined" } }]
      })
    }
  })
})
