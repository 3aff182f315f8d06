import { getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import { type CaseEvent, caseClock, chinaCalendar, dueDate, licensingDecision, type TimeLimit } from "@tongban/deadline"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { coveredDate, suspension } from "./arbitraries/dates.js"

const calendar = chinaCalendar
const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))
const twenty: TimeLimit = { amount: 20, unit: "working_day" }

describe("case clock: cited cases", () => {
  it("行政许可法第四十二条: accepted 2024-09-27, 20 working days → 2024-10-30; read on 10-28 it is yellow with 2 days left", () => {
    const c = getOrThrow(
      caseClock([{ type: "accepted", date: d("2024-09-27") }], {
        calendar,
        limit: licensingDecision.limit,
        asOf: d("2024-10-28")
      })
    )
    expect(c).toMatchObject({
      status: "running",
      start: "2024-09-27",
      due: "2024-10-30",
      elapsed: 18,
      remaining: 2,
      level: "yellow"
    })
    const skipped = c.trace.filter((s) => s.kind === "skipped").map((s) => s.date)
    expect(skipped).toContain("2024-10-01")
    expect(skipped).not.toContain("2024-09-29")
    expect(c.trace.find((s) => s.date === "2024-10-01")?.source).toBe("国办发明电〔2023〕7号")
  })

  it("行政许可法第四十五条: an inspection 10-09…10-11 is not counted; extension +10 working days with the head's approval (第四十二条)", () => {
    const events: Array<CaseEvent> = [
      { type: "accepted", date: d("2024-09-27") },
      { type: "suspended", date: d("2024-10-09"), reason: "inspection" },
      { type: "resumed", date: d("2024-10-11") },
      { type: "extended", date: d("2024-10-25"), by: { amount: 10, unit: "working_day" }, approvedBy: "局长" }
    ]
    const c = getOrThrow(caseClock(events, { calendar, limit: twenty, asOf: d("2024-11-01") }))
    expect(c.due).toBe("2024-11-15")
    expect(c.limit).toEqual({ amount: 30, unit: "working_day" })
    expect(c.excluded).toEqual([
      { suspended: "2024-10-09", resumed: "2024-10-11", reason: "inspection", open: false, days: 2 }
    ])
    expect(c.trace.filter((s) => s.kind === "excluded").map((s) => s.date)).toEqual(["2024-10-10", "2024-10-11"])
  })

  it("行政许可法第三十二条: a supplement notice later than 5 working days means the application counts as accepted on receipt", () => {
    const late = getOrThrow(
      caseClock(
        [
          { type: "received", date: d("2026-02-13") },
          { type: "supplement_requested", date: d("2026-03-02") },
          { type: "accepted", date: d("2026-03-10") }
        ],
        { calendar, limit: twenty, asOf: d("2026-03-10") }
      )
    )
    expect(late.start).toBe("2026-02-13")
    const onTime = getOrThrow(
      caseClock(
        [
          { type: "received", date: d("2026-02-13") },
          { type: "supplement_requested", date: d("2026-02-27") },
          { type: "accepted", date: d("2026-03-10") }
        ],
        { calendar, limit: twenty, asOf: d("2026-03-10") }
      )
    )
    expect(onTime.start).toBe("2026-03-10")
    const waiting = getOrThrow(
      caseClock(
        [
          { type: "received", date: d("2026-02-13") },
          { type: "supplement_requested", date: d("2026-02-24") }
        ],
        { calendar, limit: twenty, asOf: d("2026-03-01") }
      )
    )
    expect(waiting.status).toBe("awaiting_supplement")
  })

  it("信访工作条例第三十四条: 60 days, extended by 30, ending on a holiday moves to the next working day", () => {
    const c = getOrThrow(
      caseClock(
        [
          { type: "accepted", date: d("2024-07-03") },
          { type: "extended", date: d("2024-08-20"), by: { amount: 30, unit: "natural_day" }, approvedBy: "主任" }
        ],
        { calendar, limit: { amount: 60, unit: "natural_day" }, asOf: d("2024-09-01") }
      )
    )
    expect(c.due).toBe("2024-10-08")
    expect(c.trace.some((s) => s.kind === "rule" && s.message.zh.includes("第二百零三条"))).toBe(true)
  })

  it("levels: red on the due day, overdue after, normal when concluded in time", () => {
    const events: Array<CaseEvent> = [{ type: "accepted", date: d("2024-09-27") }]
    const read = (asOf: string) => getOrThrow(caseClock(events, { calendar, limit: twenty, asOf: d(asOf) })).level
    expect(read("2024-10-30")).toBe("red")
    expect(read("2024-10-31")).toBe("overdue")
    expect(read("2024-10-08")).toBe("normal")
    const shares = getOrThrow(
      caseClock(events, {
        calendar,
        limit: twenty,
        asOf: d("2024-10-21"),
        warnings: { yellow: { remainingShare: 0.5 }, red: { remainingShare: 0.25 } }
      })
    )
    expect([shares.remaining, shares.level]).toEqual([7, "yellow"])
    const done = getOrThrow(
      caseClock([...events, { type: "concluded", date: d("2024-10-29") }], {
        calendar,
        limit: twenty,
        asOf: d("2024-12-01")
      })
    )
    expect([done.status, done.level, done.remaining]).toEqual(["concluded", "normal", 1])
  })

  it("refuses inconsistent events with located issues", () => {
    const codes = (events: ReadonlyArray<unknown>) => {
      // @ts-expect-error: events as read from JSON
      const r = caseClock(events, { calendar, limit: twenty, asOf: d("2024-12-01") })
      return r.ok ? [] : r.issues.map((i) => i.code)
    }
    expect(
      codes([
        { type: "accepted", date: "2024-09-27" },
        { type: "resumed", date: "2024-10-01" }
      ])
    ).toEqual(["case_not_suspended"])
    expect(
      codes([
        { type: "accepted", date: "2024-09-27" },
        { type: "concluded", date: "2024-10-01" },
        { type: "accepted", date: "2024-10-02" }
      ])
    ).toEqual(["case_event_after_conclusion"])
    expect(codes([{ type: "accepted", date: "2027-01-04" }])).toEqual(["calendar_out_of_coverage"])
    expect(codes([{ type: "paused", date: "2024-09-27" }])).toEqual(["invalid_union"])
    expect(codes([])).toEqual(["case_not_started"])
  })
})

describe("case clock: properties", () => {
  it("a suspension never moves a due date earlier", () => {
    fc.assert(
      fc.property(
        coveredDate("2004-07-01", "2025-06-30"),
        suspension,
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        (accepted, s, amount, workingUnit) => {
          const limit: TimeLimit = { amount, unit: workingUnit ? "working_day" : "natural_day" }
          const base = getOrThrow(
            caseClock([{ type: "accepted", date: accepted }], { calendar, limit, asOf: accepted })
          )
          const from = getOrThrow(dueDate(accepted, { amount: s.after, unit: "natural_day" }, { calendar }))
          const to = getOrThrow(dueDate(from, { amount: s.length, unit: "natural_day" }, { calendar }))
          const events: Array<CaseEvent> = [
            { type: "accepted", date: accepted },
            { type: "suspended", date: from, reason: "testing" },
            { type: "resumed", date: to }
          ]
          const suspended = getOrThrow(caseClock(events, { calendar, limit, asOf: to }))
          expect((suspended.due ?? "") >= (base.due ?? "")).toBe(true)
        }
      )
    )
  })

  it("without events after acceptance it agrees with dueDate", () => {
    fc.assert(
      fc.property(
        coveredDate(),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom<TimeLimit["unit"]>("working_day", "natural_day", "hour", "month"),
        (accepted, amount, unit) => {
          const limit: TimeLimit = { amount: unit === "month" ? amount % 6 : amount, unit }
          const clock = getOrThrow(
            caseClock([{ type: "accepted", date: accepted }], { calendar, limit, asOf: accepted })
          )
          expect(clock.due).toBe(getOrThrow(dueDate(accepted, limit, { calendar })))
        }
      )
    )
  })
})

describe("case clock: input forms and what it says beyond the calendar", () => {
  it('takes the limit as text, as approval does: "20wd" and "20个工作日" equal { amount: 20, unit: working_day }', () => {
    const events: Array<CaseEvent> = [{ type: "accepted", date: d("2024-09-27") }]
    const asOf = d("2024-10-28")
    const expected = getOrThrow(caseClock(events, { calendar, limit: twenty, asOf }))
    expect(getOrThrow(caseClock(events, { calendar, limit: "20wd", asOf }))).toEqual(expected)
    expect(getOrThrow(caseClock(events, { calendar, limit: "20个工作日", asOf }))).toEqual(expected)
    const bad = caseClock(events, { calendar, limit: "soon", asOf })
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toEqual([["limit"]])
  })

  it("a case received after the as-of date is an issue, not a clock with more days remaining than the limit", () => {
    const r = caseClock([{ type: "received", date: d("2024-10-10") }], {
      calendar,
      limit: twenty,
      asOf: d("2024-10-08")
    })
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ["case_started_after_as_of", ["events", 0, "date"]]
    ])
  })

  it("beyond the coverage: the issue keeps the days used so far and says the 2027 notice is not out and how to go on", () => {
    const r = caseClock([{ type: "accepted", date: d("2026-12-01") }], {
      calendar,
      limit: "30wd",
      asOf: d("2026-12-10")
    })
    expect(r.ok).toBe(false)
    const issue = r.ok ? undefined : r.issues[0]
    expect(issue?.code).toBe("calendar_out_of_coverage")
    expect(issue?.facts).toMatchObject({ elapsed: 7, asOf: "2026-12-10", year: 2027, hint: "notice_not_published" })
    expect(issue?.message.zh).toContain("2027 年的国务院办公厅节假日安排通知尚未发布")
    expect(issue?.message.zh).toContain("10 至 12 月")
    expect(issue?.message.en).toContain("--provisional")
  })

  it("presets that may be extended read their extension without a check", () => {
    expect(licensingDecision.extension.limit).toEqual({ amount: 10, unit: "working_day" })
  })
})
