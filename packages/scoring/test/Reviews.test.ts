import { getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import { chinaCalendar } from "@tongban/deadline"
import { type Level, reviewStats, type ScoringEvent } from "@tongban/scoring"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { quarterDate } from "./arbitraries/events.js"

const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))
const ev = (id: string, date: string, level: Level, extra: Partial<ScoringEvent> = {}): ScoringEvent => ({
  kind: "evaluation",
  date: d(date),
  window: "w1",
  staff: "s1",
  level,
  id,
  ...extra
})

describe("好差评 statistics", () => {
  // 2026 National Day: 10-01 … 10-07 off, 09-20 (Sunday) and 10-10 (Saturday) make-up working days (国办发明电〔2025〕7号).
  const events: Array<ScoringEvent> = [
    ev("a", "2026-09-28", "very_satisfied"),
    ev("b", "2026-09-28", "satisfied", { active: false }),
    ev("c", "2026-09-29", "basically_satisfied"),
    ev("d", "2026-09-29", "dissatisfied"),
    ev("e", "2026-09-30", "very_dissatisfied"),
    ev("f", "2026-09-30", "dissatisfied"),
    ev("g", "2026-09-30", "dissatisfied"),
    { kind: "rectification", date: d("2026-10-09"), ref: "d" },
    { kind: "follow_up", date: d("2026-10-10"), ref: "d" },
    { kind: "rectification", date: d("2026-10-20"), ref: "e" },
    { kind: "appeal", date: d("2026-10-02"), ref: "g", code: "upheld" }
  ]

  it("rates: 好评 2/6, 中评 1/6, 差评 3/6 once the appealed rating is removed; 主动评价率 5/6", () => {
    const s = getOrThrow(reviewStats(events, { calendar: chinaCalendar }))
    expect(s.excludedByAppeal).toBe(1)
    expect(s.total).toMatchObject({
      evaluations: 6,
      good: 2,
      medium: 1,
      bad: 3,
      goodRate: "33.33",
      mediumRate: "16.67",
      badRate: "50.00",
      active: 5,
      activeRate: "83.33"
    })
  })

  it("rectification due dates from @tongban/deadline across National Day 2026 (5 working days, the start day not counted)", () => {
    const s = getOrThrow(reviewStats(events, { calendar: chinaCalendar, asOf: d("2026-10-31") }))
    // d: 09-29 → 09-30 (1), 10-08 (2), 10-09 (3), 10-10 make-up Saturday (4), 10-12 (5).
    // e, f: 09-30 → 10-08, 10-09, 10-10, 10-12, 10-13.
    expect(s.badReviews.map((b) => [b.id, b.due, b.status])).toEqual([
      ["d", "2026-10-12", "on_time"],
      ["e", "2026-10-13", "late"],
      ["f", "2026-10-13", "overdue"]
    ])
    expect(s.total).toMatchObject({
      rectified: 2,
      rectifiedOnTime: 1,
      followedUp: 1,
      rectifiedRate: "66.67",
      onTimeRate: "33.33",
      followUpRate: "33.33"
    })
  })

  it("the limit is configurable (15 working days) and the satisfied set too (基本满意 counted as 好评)", () => {
    const s = getOrThrow(
      reviewStats(events, {
        calendar: chinaCalendar,
        limit: "15个工作日",
        satisfied: ["very_satisfied", "satisfied", "basically_satisfied"]
      })
    )
    expect(s.total).toMatchObject({ good: 3, medium: 0, bad: 3, onTimeRate: "66.67" })
    expect(s.limit).toEqual({ amount: 15, unit: "working_day" })
  })

  it("a date outside the calendar's coverage is an issue, never a guess; a bad limit too", () => {
    const r = reviewStats([ev("z", "2026-12-30", "dissatisfied")], { calendar: chinaCalendar })
    expect(r.ok ? "" : r.issues[0]?.code).toBe("calendar_out_of_coverage")
    expect(r.ok ? [] : r.issues[0]?.path).toEqual(["events", 0, "date"])
    expect(reviewStats(events, { calendar: chinaCalendar, limit: "soon" }).ok).toBe(false)
  })

  it("good + medium + bad = evaluations, and every bad review with an id is tracked once", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            date: quarterDate,
            level: fc.constantFrom(
              "very_satisfied",
              "satisfied",
              "basically_satisfied",
              "dissatisfied",
              "very_dissatisfied" as const
            ),
            id: fc.option(fc.uuid(), { nil: undefined })
          }),
          { maxLength: 40 }
        ),
        (rows) => {
          const evs: Array<ScoringEvent> = rows.map((r) => ({
            kind: "evaluation",
            date: r.date,
            window: "w",
            level: r.level,
            ...(r.id === undefined ? {} : { id: r.id })
          }))
          const s = getOrThrow(reviewStats(evs, { calendar: chinaCalendar }))
          expect(s.total.good + s.total.medium + s.total.bad).toBe(s.total.evaluations)
          expect(s.badReviews.length + s.untracked).toBe(s.total.bad)
        }
      ),
      { numRuns: 50 }
    )
  })
})
