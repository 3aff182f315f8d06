import { getOrThrow, type LocalDate, parseLocalDate, type Result } from "@tongban/core"
import {
  addWorkingDays,
  chinaCalendar,
  describeDay,
  isWorkingDay,
  listDays,
  type WorkCalendar,
  workingDaysBetween
} from "@tongban/deadline"
import { describe, expect, it } from "vitest"

// The issues of the working-day functions stated exactly (code, path,
// facts), and their edges at the ends of a coverage: mutation testing found
// these unstated.

const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))

// Monday to Friday, no holidays; 2030-01-01 is a Tuesday, 2030-06-30 a Sunday.
const calendar: WorkCalendar = {
  id: "plain",
  name: { zh: "周一至周五", en: "Monday to Friday" },
  weekdays: [1, 2, 3, 4, 5],
  coverage: { from: "2030-01-01", to: "2030-06-30" },
  layers: []
}

const issuesOf = (r: Result<unknown>) => (r.ok ? [] : r.issues.map((issue) => [issue.code, issue.path, issue.facts]))

describe("addWorkingDays", () => {
  it("refuses a number of days that is not whole, naming it, at the caller's path", () => {
    expect(issuesOf(addWorkingDays(d("2030-03-01"), 1.5, { calendar }))).toEqual([
      ["working_days_invalid", [], { n: 1.5 }]
    ])
    expect(issuesOf(addWorkingDays(d("2030-03-01"), Number.NaN, { calendar, path: ["cases", 1] }))).toEqual([
      ["working_days_invalid", ["cases", 1], { n: Number.NaN }]
    ])
    const text: unknown = Reflect.apply(addWorkingDays, undefined, [d("2030-03-01"), "3", { calendar }])
    expect(text).toMatchObject({ ok: false, issues: [{ code: "working_days_invalid", facts: { n: "3" } }] })
    // what is not a number is named as text: true as "true", not true
    const yes: unknown = Reflect.apply(addWorkingDays, undefined, [d("2030-03-01"), true, { calendar }])
    expect(yes).toMatchObject({ ok: false, issues: [{ code: "working_days_invalid", facts: { n: "true" } }] })
    // an object that String() cannot convert is named by its kind, never thrown on
    const hostile = [
      Object.create(null),
      {
        toString: () => {
          throw new Error("no")
        }
      },
      [1],
      null,
      () => 1
    ]
    const named = hostile.map((n) => {
      const r: unknown = Reflect.apply(addWorkingDays, undefined, [d("2030-03-01"), n, { calendar }])
      return r
    })
    expect(named).toMatchObject(
      ["object", "object", "array", "null", "function"].map((n) => ({
        ok: false,
        issues: [{ code: "working_days_invalid", facts: { n } }]
      }))
    )
  })

  it("reaches the first and the last working day of the coverage, and not one further", () => {
    // The first working day is Tuesday 01-01, the last Friday 06-28.
    expect(addWorkingDays(d("2030-01-02"), -1, { calendar })).toEqual({ ok: true, value: "2030-01-01" })
    expect(addWorkingDays(d("2030-06-27"), 1, { calendar })).toEqual({ ok: true, value: "2030-06-28" })
    expect(issuesOf(addWorkingDays(d("2030-01-02"), -2, { calendar }))).toEqual([
      [
        "calendar_out_of_coverage",
        [],
        { date: "2030-01-02", from: "2030-01-01", to: "2030-06-30", calendar: "plain", year: 2031, n: -2 }
      ]
    ])
    expect(issuesOf(addWorkingDays(d("2030-06-27"), 2, { calendar, path: ["due"] }))).toEqual([
      [
        "calendar_out_of_coverage",
        ["due"],
        { date: "2030-06-27", from: "2030-01-01", to: "2030-06-30", calendar: "plain", year: 2031, n: 2 }
      ]
    ])
  })

  it("past the national calendar's end says the notice is not out yet; before its start it does not", () => {
    const { to } = chinaCalendar.coverage
    const forward = addWorkingDays(d(to), 5, { calendar: chinaCalendar })
    expect(forward.ok ? undefined : forward.issues[0]?.facts.hint).toBe("notice_not_published")
    const { from } = chinaCalendar.coverage
    const backward = addWorkingDays(d(from), -5, { calendar: chinaCalendar })
    expect(backward.ok ? {} : backward.issues[0]?.facts).not.toHaveProperty("hint")
    expect(backward.ok ? undefined : backward.issues[0]?.facts.n).toBe(-5)
  })
})

describe("the issues of a date outside the coverage point where the date is", () => {
  const outside = d("2031-02-03")
  const inside = d("2030-02-04")

  it("isWorkingDay and describeDay: at the caller's path", () => {
    expect(issuesOf(isWorkingDay(outside, { calendar, path: ["day"] })).map(([code, path]) => [code, path])).toEqual([
      ["calendar_out_of_coverage", ["day"]]
    ])
    expect(issuesOf(describeDay(outside, { calendar, path: ["day"] })).map(([code, path]) => [code, path])).toEqual([
      ["calendar_out_of_coverage", ["day"]]
    ])
  })

  it("workingDaysBetween and listDays: at from or to", () => {
    for (const f of [workingDaysBetween, listDays]) {
      expect(issuesOf(f(outside, inside, { calendar })).map(([code, path]) => [code, path])).toEqual([
        ["calendar_out_of_coverage", ["from"]]
      ])
      expect(issuesOf(f(inside, outside, { calendar, path: ["span"] })).map(([code, path]) => [code, path])).toEqual([
        ["calendar_out_of_coverage", ["span", "to"]]
      ])
    }
  })
})
