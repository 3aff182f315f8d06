import { addDays, addMonths, getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import {
  chinaCalendar,
  describeDay,
  type DueDateOptions,
  dueDate,
  explainDueDate,
  isWorkingDay,
  type StartRule,
  type TimeLimit,
  type TimeUnit
} from "@tongban/deadline"
import { provisionalChinaCalendar } from "@tongban/deadline/provisional"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { coveredDate } from "./arbitraries/dates.js"

// The Civil Code's periods (民法典第二百零一条至第二百零三条) stated day by
// day, with nothing but isWorkingDay and core's date arithmetic: the end of
// the period, moved past days off; the working days counted; the days off
// listed; the rules cited. explainDueDate must agree on every field.

const calendar = chinaCalendar
const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))
const known = new Map<LocalDate, boolean>()
const working = (date: LocalDate): boolean => {
  const hit = known.get(date)
  if (hit !== undefined) return hit
  const answer = getOrThrow(isWorkingDay(date, { calendar }))
  known.set(date, answer)
  return answer
}
const after = (date: LocalDate): LocalDate => addDays(date, 1)

interface Expected {
  readonly due: LocalDate
  readonly nominalEnd?: LocalDate
  readonly articles: ReadonlyArray<string>
}

const expectedDue = (start: LocalDate, limit: TimeLimit, rule: StartRule): Expected => {
  const sameDay = rule === "same_day"
  const first = sameDay ? "SAME_DAY" : "201"
  if (limit.amount === 0) return { due: start, articles: [first] }
  if (limit.unit === "working_day") {
    // The amount-th working day, counting from the start day itself if it counts.
    let day = sameDay ? start : after(start)
    let left = limit.amount
    for (;;) {
      if (working(day)) left--
      if (left === 0) return { due: day, articles: [first, "WORKING"] }
      day = after(day)
    }
  }
  const back = sameDay ? -1 : 0
  const end =
    limit.unit === "natural_day"
      ? addDays(start, limit.amount + back)
      : limit.unit === "hour"
        ? addDays(start, Math.ceil(limit.amount / 24) + back)
        : addDays(addMonths(start, limit.unit === "year" ? limit.amount * 12 : limit.amount), back)
  const articles = [
    first,
    ...(limit.unit === "hour" ? ["HOURS"] : []),
    ...(limit.unit === "month" || limit.unit === "year" ? ["202"] : [])
  ]
  if (working(end)) return { due: end, articles }
  let due = after(end)
  while (!working(due)) due = after(due)
  return { due, nominalEnd: end, articles: [...articles, "203"] }
}

// Which rule a cited line is, by the article it names.
const article = (rule: string): string =>
  rule.startsWith("民法典第二百零一条")
    ? "201"
    : rule.startsWith("民法典第二百零二条")
      ? "202"
      : rule.startsWith("民法典第二百零三条")
        ? "203"
        : rule.includes("当日计入")
          ? "SAME_DAY"
          : rule.includes("工作日")
            ? "WORKING"
            : rule.includes("小时")
              ? "HOURS"
              : rule

const days = (from: LocalDate, to: LocalDate): Array<LocalDate> => {
  const out: Array<LocalDate> = []
  for (let day = from; day <= to; day = after(day)) out.push(day)
  return out
}

const limitArb: fc.Arbitrary<TimeLimit> = fc.oneof(
  fc.record({ amount: fc.integer({ min: 0, max: 45 }), unit: fc.constant<TimeUnit>("working_day") }),
  fc.record({ amount: fc.integer({ min: 0, max: 60 }), unit: fc.constant<TimeUnit>("natural_day") }),
  fc.record({ amount: fc.integer({ min: 0, max: 24 * 20 }), unit: fc.constant<TimeUnit>("hour") }),
  fc.record({ amount: fc.integer({ min: 0, max: 14 }), unit: fc.constant<TimeUnit>("month") }),
  fc.record({ amount: fc.integer({ min: 0, max: 1 }), unit: fc.constant<TimeUnit>("year") })
)
const ruleArb = fc.constantFrom<StartRule>("next_day", "same_day")

describe("explainDueDate against the Civil Code day by day", () => {
  it("agrees on the due date, the nominal end, the working days, the days off and the rules", () => {
    fc.assert(
      fc.property(coveredDate("2004-01-01", "2023-12-31"), limitArb, ruleArb, (start, limit, rule) => {
        const trace = getOrThrow(explainDueDate(start, limit, { calendar, startRule: rule }))
        const want = expectedDue(start, limit, rule)
        expect(trace.due).toBe(want.due)
        expect(trace.nominalEnd).toBe(want.nominalEnd)
        expect(trace.rules.map(article)).toEqual(want.articles)
        expect(trace.start).toBe(start)
        expect(trace.limit).toEqual(limit)
        expect(trace.startRule).toBe(rule)
        expect(trace.workingDays).toBe(days(after(start), want.due).filter(working).length)
        const counted = days(rule === "same_day" ? start : after(start), want.due)
        expect(trace.skipped).toEqual(
          counted.filter((day) => !working(day)).map((day) => getOrThrow(describeDay(day, { calendar })))
        )
        expect(trace.provisional).toBeUndefined()
        expect(dueDate(start, limit, { calendar, startRule: rule })).toEqual({ ok: true, value: want.due })
      }),
      { numRuns: 200 }
    )
    // Walking every day of up to a year, 200 times: seconds on a loaded machine.
  }, 30_000)

  it("counts from the next day unless told otherwise", () => {
    fc.assert(
      fc.property(coveredDate("2010-01-01", "2023-12-31"), limitArb, (start, limit) => {
        const options: DueDateOptions = { calendar }
        expect(explainDueDate(start, limit, options)).toEqual(
          explainDueDate(start, limit, { calendar, startRule: "next_day" })
        )
      }),
      { numRuns: 50 }
    )
  })

  it("a zero limit of any unit is due on the start day, with no working days counted", () => {
    for (const unit of ["working_day", "natural_day", "hour", "month", "year"] as const) {
      const trace = getOrThrow(explainDueDate(d("2024-10-01"), { amount: 0, unit }, { calendar }))
      expect([trace.due, trace.workingDays, trace.skipped, trace.nominalEnd]).toEqual(["2024-10-01", 0, [], undefined])
    }
  })

  it("a year is twelve months, and 25 hours are two days", () => {
    expect(dueDate(d("2024-02-29"), { amount: 1, unit: "year" }, { calendar })).toEqual(
      dueDate(d("2024-02-29"), { amount: 12, unit: "month" }, { calendar })
    )
    // 2025-02-28 is a Friday, a working day: the corresponding day of a year from a leap day.
    expect(dueDate(d("2024-02-29"), { amount: 1, unit: "year" }, { calendar })).toEqual({
      ok: true,
      value: "2025-02-28"
    })
    expect(dueDate(d("2024-03-04"), { amount: 25, unit: "hour" }, { calendar })).toEqual({
      ok: true,
      value: "2024-03-06"
    })
    expect(dueDate(d("2024-03-04"), { amount: 24, unit: "hour" }, { calendar })).toEqual({
      ok: true,
      value: "2024-03-05"
    })
  })

  it("marks a due date past the last notice provisional, and one before it not", () => {
    const projected = getOrThrow(provisionalChinaCalendar({ through: 2028 }))
    const late = getOrThrow(
      explainDueDate(d("2026-12-20"), { amount: 20, unit: "working_day" }, { calendar: projected })
    )
    expect(late.provisional).toBe(true)
    const early = getOrThrow(
      explainDueDate(d("2026-11-02"), { amount: 5, unit: "working_day" }, { calendar: projected })
    )
    expect(early.provisional).toBeUndefined()
  })

  it("refuses a limit that is not a whole non-negative amount of a known unit, saying what it was", () => {
    const bad = (limit: unknown) => {
      const r: ReturnType<typeof explainDueDate> = Reflect.apply(explainDueDate, undefined, [
        d("2024-03-04"),
        limit,
        { calendar, path: ["cases", 2] }
      ])
      return r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.facts])
    }
    expect(bad({ amount: -1, unit: "natural_day" })).toEqual([
      ["time_limit_invalid", ["cases", 2, "limit"], { amount: "-1", unit: "natural_day" }]
    ])
    expect(bad({ amount: 1.5, unit: "working_day" })).toEqual([
      ["time_limit_invalid", ["cases", 2, "limit"], { amount: "1.5", unit: "working_day" }]
    ])
    expect(bad({ amount: 3, unit: "week" })).toEqual([
      ["time_limit_invalid", ["cases", 2, "limit"], { amount: "3", unit: "week" }]
    ])
    expect(bad({ amount: 3, unit: "toString" })).toEqual([
      ["time_limit_invalid", ["cases", 2, "limit"], { amount: "3", unit: "toString" }]
    ])
    expect(bad({ amount: true, unit: null })).toEqual([
      ["time_limit_invalid", ["cases", 2, "limit"], { amount: "boolean", unit: "object" }]
    ])
  })

  it("refuses an end past the calendar, for every unit, with the limit as facts", () => {
    const end = d("2026-12-20")
    for (const limit of [
      { amount: 30, unit: "working_day" },
      { amount: 30, unit: "natural_day" },
      { amount: 24 * 30, unit: "hour" },
      { amount: 1, unit: "month" },
      { amount: 1, unit: "year" }
    ] as const) {
      const r = explainDueDate(end, limit, { calendar })
      expect(r.ok ? [] : r.issues.map((i) => [i.code, i.facts.amount, i.facts.unit])).toEqual([
        ["calendar_out_of_coverage", limit.amount, limit.unit]
      ])
    }
    // The last day of the calendar itself is still within it.
    expect(dueDate(d("2026-12-30"), { amount: 1, unit: "natural_day" }, { calendar })).toEqual({
      ok: true,
      value: "2026-12-31"
    })
  })
})
