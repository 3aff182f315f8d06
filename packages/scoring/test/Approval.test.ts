// Issue 16: a committee's approval recorded after the computed ranking
// (评审委员会审定). It is an input, recorded beside the ranking as given, and
// never changes a computed score, rank or award: a golden case and a
// property over random events and approvals.
import { getOrThrow, parseLocalDate } from "@tongban/core"
import { quarterlyDeductionRubric, type ScoreOptions, type ScoringEvent, score } from "@tongban/scoring"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { quarterEvents, roster } from "./arbitraries/events.js"

const approval: NonNullable<ScoreOptions["approval"]> = {
  by: "考核评审委员会",
  date: "2026-10-12",
  decision: "approved",
  note: "同意第三季度考核结果"
}

describe("approval: golden case", () => {
  const events: ReadonlyArray<ScoringEvent> = [
    ...roster,
    {
      kind: "case",
      date: getOrThrow(parseLocalDate("2026-07-06")),
      staff: "s1",
      window: "w1",
      code: "overdue"
    }
  ]
  it("is recorded beside the ranking as given, the date checked; the scores are those computed without it", () => {
    const a = getOrThrow(score(quarterlyDeductionRubric, events, { period: "2026-Q3", approval }))
    expect(a.approval).toEqual({ ...approval, date: "2026-10-12" })
    const { approval: _, ...computed } = a
    expect(computed).toEqual(getOrThrow(score(quarterlyDeductionRubric, events, { period: "2026-Q3" })))
    expect("approval" in getOrThrow(score(quarterlyDeductionRubric, events, { period: "2026-Q3" }))).toBe(false)
  })

  it("a bad approval is a located issue, never a throw", () => {
    const bad = (value: unknown) => {
      const r = Reflect.apply(score, undefined, [
        quarterlyDeductionRubric,
        events,
        { period: "2026-Q3", approval: value }
      ])
      return r.ok ? [] : r.issues.map((i: { path: ReadonlyArray<string | number> }) => i.path.join("."))
    }
    expect(bad({ ...approval, date: "2026-02-30" })).toEqual(["approval.date"])
    expect(bad({ ...approval, decision: "maybe" })).toEqual(["approval.decision"])
    expect(bad({ ...approval, by: "" })).toEqual(["approval.by"])
    expect(bad("yes")).toEqual(["approval"])
  })
})

describe("approval: property", () => {
  it("never changes a score, rank, grade or award", () => {
    const given = fc.record(
      {
        by: fc.string({ minLength: 1, maxLength: 20 }),
        date: fc.constantFrom("2026-10-01", "2026-10-12", "2027-01-05"),
        decision: fc.constantFrom<"approved" | "returned">("approved", "returned"),
        note: fc.string({ maxLength: 30 })
      },
      { requiredKeys: ["by", "date", "decision"] }
    )
    fc.assert(
      fc.property(quarterEvents(quarterlyDeductionRubric), given, (events, a) => {
        const all = [...roster, ...events]
        const withIt = getOrThrow(score(quarterlyDeductionRubric, all, { period: "2026-Q3", approval: a }))
        const { approval: recorded, ...computed } = withIt
        expect(recorded).toEqual(a)
        expect(computed).toEqual(getOrThrow(score(quarterlyDeductionRubric, all, { period: "2026-Q3" })))
      }),
      { numRuns: 100 }
    )
  })
})
