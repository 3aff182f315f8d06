import { getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import { chinaCalendar, dueDate, explainDueDate, isWorkingDay, type TimeLimit } from "@tongban/deadline"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { coveredDate } from "./arbitraries/dates.js"

const calendar = chinaCalendar
const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))
const due = (start: string, limit: TimeLimit) => dueDate(d(start), limit, { calendar })

describe("Civil Code periods", () => {
  it("15 natural days from 2024-09-20 end 2024-10-08: 10-05 falls in the National Day holiday (民法典第二百零一条、第二百零三条; 国办发明电〔2023〕7号)", () => {
    expect(due("2024-09-20", { amount: 15, unit: "natural_day" })).toEqual({ ok: true, value: "2024-10-08" })
    const trace = getOrThrow(explainDueDate(d("2024-09-20"), { amount: 15, unit: "natural_day" }, { calendar }))
    expect(trace.nominalEnd).toBe("2024-10-05")
    expect(trace.rules.some((r) => r.startsWith("民法典第二百零三条"))).toBe(true)
  })

  it("the start day is not counted: 1 natural day from a Monday is the Tuesday (民法典第二百零一条)", () => {
    expect(due("2024-03-04", { amount: 1, unit: "natural_day" })).toEqual({ ok: true, value: "2024-03-05" })
  })

  it("a month from 01-31 ends on the last day of February (民法典第二百零二条)", () => {
    expect(due("2024-01-31", { amount: 1, unit: "month" })).toEqual({ ok: true, value: "2024-02-29" })
    expect(due("2023-01-31", { amount: 1, unit: "month" })).toEqual({ ok: true, value: "2023-02-28" })
  })

  it("3 months from 2024-06-30 end on 09-30, a working day (民法典第二百零二条)", () => {
    expect(due("2024-06-30", { amount: 3, unit: "month" })).toEqual({ ok: true, value: "2024-09-30" })
  })

  it("1 year from 2023-10-01 ends on 2024-10-01, a holiday, so on 2024-10-08 (民法典第二百零二条、第二百零三条)", () => {
    expect(due("2023-10-01", { amount: 1, unit: "year" })).toEqual({ ok: true, value: "2024-10-08" })
  })

  it("48 hours count as two days: from Thursday 2024-09-26 to Saturday 09-28, a rest day, so Sunday 09-29, a make-up working day", () => {
    expect(due("2024-09-26", { amount: 48, unit: "hour" })).toEqual({ ok: true, value: "2024-09-29" })
  })

  it("a zero limit is due on the start day (即办件)", () => {
    expect(due("2024-10-01", { amount: 0, unit: "working_day" })).toEqual({ ok: true, value: "2024-10-01" })
  })

  it("with the start day counted, 20 working days from a working day end one working day earlier", () => {
    expect(dueDate(d("2024-09-27"), { amount: 20, unit: "working_day" }, { calendar, startRule: "same_day" })).toEqual({
      ok: true,
      value: "2024-10-29"
    })
  })

  it("lists every skipped day with its reason", () => {
    const trace = getOrThrow(explainDueDate(d("2024-09-27"), { amount: 20, unit: "working_day" }, { calendar }))
    expect(trace.skipped.map((x) => x.date)).toEqual([
      "2024-09-28",
      "2024-10-01",
      "2024-10-02",
      "2024-10-03",
      "2024-10-04",
      "2024-10-05",
      "2024-10-06",
      "2024-10-07",
      "2024-10-13",
      "2024-10-19",
      "2024-10-20",
      "2024-10-26",
      "2024-10-27"
    ])
    expect(trace.skipped[1]?.reason).toEqual({ zh: "国庆节放假", en: "National Day holiday" })
    expect(trace.skipped[0]?.reason).toEqual({ zh: "星期六，休息日", en: "Saturday, a weekly rest day" })
    expect(trace.workingDays).toBe(20)
  })
})

describe("due dates: properties", () => {
  const units = fc.constantFrom<TimeLimit["unit"]>("working_day", "natural_day", "hour", "month", "year")
  it("always end on a working day, never before the start", () => {
    fc.assert(
      fc.property(
        coveredDate("2004-07-01", "2024-06-30"),
        fc.integer({ min: 1, max: 60 }),
        units,
        (start, amount, unit) => {
          const r = getOrThrow(
            dueDate(
              start,
              { amount: unit === "year" ? 1 + (amount % 2) : unit === "month" ? 1 + (amount % 12) : amount, unit },
              { calendar }
            )
          )
          expect(r > start).toBe(true)
          expect(getOrThrow(isWorkingDay(r, { calendar }))).toBe(true)
        }
      )
    )
  })

  it("a longer limit never ends earlier", () => {
    fc.assert(
      fc.property(
        coveredDate("2004-07-01", "2024-06-30"),
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 0, max: 24 }),
        units.filter((u) => u !== "year"),
        (start, a, b, unit) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a]
          expect(
            getOrThrow(dueDate(start, { amount: lo, unit }, { calendar })) <=
              getOrThrow(dueDate(start, { amount: hi, unit }, { calendar }))
          ).toBe(true)
        }
      )
    )
  })

  it("refuses a limit past the coverage and a bad amount", () => {
    const r = due("2026-12-01", { amount: 2, unit: "month" })
    expect(r.ok ? "" : r.issues[0]?.code).toBe("calendar_out_of_coverage")
    expect(due("2024-01-02", { amount: -1, unit: "working_day" }).ok).toBe(false)
    expect(due("2024-01-02", { amount: 1e12, unit: "year" }).ok).toBe(false)
    // @ts-expect-error: a unit from untyped JSON
    expect(due("2024-01-02", { amount: 3, unit: "fortnight" }).ok).toBe(false)
  })
})
