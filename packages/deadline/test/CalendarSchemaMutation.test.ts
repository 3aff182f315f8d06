// What the by-file mutation run of CalendarSchema.ts (135 mutants, 79.3 %)
// left unchecked: the bounds of a coverage and of an annual day off (each
// end allowed), an unknown source named in every list of a layer, malformed
// JSON told as such, a calendar's own issues under the caller's path, and
// the package naming its code table.
import { getOrThrow } from "@tongban/core"
import { deadlineCodes, parseCalendar, parseCalendarLayer } from "@tongban/deadline"
import { describe, expect, it } from "vitest"

const layer = {
  id: "c",
  name: { zh: "中心", en: "centre" },
  level: "centre",
  sources: [{ id: "n1", title: "通知" }],
  daysOff: [],
  workdays: []
}
const entry = { name: { zh: "x", en: "x" }, source: "n1" }
const issues = (r: ReturnType<typeof parseCalendarLayer>) =>
  r.ok ? [] : r.issues.map((i) => [i.code, i.path.join(".")])

describe("parseCalendarLayer: bounds", () => {
  it("a coverage of one day is a coverage; one ending before it starts is reversed", () => {
    expect(issues(parseCalendarLayer({ ...layer, coverage: { from: "2027-03-01", to: "2027-03-01" } }))).toEqual([])
    expect(issues(parseCalendarLayer({ ...layer, coverage: { from: "2027-03-02", to: "2027-03-01" } }))).toEqual([
      ["range_reversed", "coverage"]
    ])
  })

  it("an annual day off from month 1 to 12, day 1 to 31, years 1900 to 2200", () => {
    const annual = (a: object) => ({ month: 3, day: 3, days: 2, fromYear: 2024, ...entry, ...a })
    const ok = [
      annual({ month: 1, day: 1, days: 1, fromYear: 1900 }),
      annual({ month: 12, day: 31, days: 31, fromYear: 2200, toYear: 2200 }),
      annual({ month: 6, day: 15, days: 15, fromYear: 2024, toYear: 2024 })
    ]
    expect(issues(parseCalendarLayer({ ...layer, annualDaysOff: ok }))).toEqual([])
    expect(issues(parseCalendarLayer({ ...layer, annualDaysOff: [annual({ fromYear: 2201 })] }))).toEqual([
      ["calendar_file_invalid", "annualDaysOff.0.fromYear"]
    ])
  })
})

describe("parseCalendarLayer: every list's sources", () => {
  it("an unknown source is named in workdays, cancelledWorkdays and annualDaysOff", () => {
    const unknown = { ...entry, source: "n9" }
    const r = parseCalendarLayer({
      ...layer,
      workdays: [{ date: "2027-03-06", ...unknown }],
      cancelledWorkdays: [{ date: "2027-03-07", ...unknown }],
      annualDaysOff: [{ month: 3, day: 3, days: 2, fromYear: 2024, ...unknown }]
    })
    expect(issues(r)).toEqual([
      ["source_unknown", "workdays.0.source"],
      ["source_unknown", "cancelledWorkdays.0.source"],
      ["source_unknown", "annualDaysOff.0.source"]
    ])
  })

  it("malformed JSON text is malformed JSON, not a value of the wrong shape", () => {
    expect(issues(parseCalendarLayer("{", { path: ["layer"] }))).toEqual([["json_malformed", "layer"]])
  })
})

describe("parseCalendar: the calendar's own issues", () => {
  const calendar = {
    id: "x",
    name: { zh: "x", en: "x" },
    weekdays: [1, 2, 3, 4, 5],
    coverage: { from: "2027-01-01", to: "2027-12-31" },
    layers: [{ ...layer, cancelledWorkdays: [{ date: "2027-03-06", ...entry }] }]
  }
  const at = (r: ReturnType<typeof parseCalendar>) => (r.ok ? [] : r.issues.map((i) => [i.code, i.path.join(".")]))

  it("a cancelled make-up day that is none is told at its place, under the caller's path when given", () => {
    expect(at(parseCalendar(calendar))).toEqual([["calendar_invalid", "layers.0.cancelledWorkdays.0.date"]])
    expect(at(parseCalendar(calendar, { path: ["calendar"] }))).toEqual([
      ["calendar_invalid", "calendar.layers.0.cancelledWorkdays.0.date"]
    ])
    expect(getOrThrow(parseCalendar({ ...calendar, layers: [] })).id).toBe("x")
    expect(at(parseCalendar("{"))).toEqual([["json_malformed", ""]])
  })
})

describe("the code table", () => {
  it("names its package (docs/codes.md is generated per package from it)", () => {
    expect(deadlineCodes.package).toBe("@tongban/deadline")
  })
})
