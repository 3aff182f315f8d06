import { getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import {
  type Assessment,
  formatPoints,
  jointLiabilityRubric,
  parsePoints,
  quarterlyDeductionRubric,
  type Rubric,
  type ScoringEvent,
  score,
  windowMaximum110Rubric
} from "@tongban/scoring"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { matchingEvent, quarterDate, quarterEvents, STAFF, windowOf } from "./arbitraries/events.js"

const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))

const RUBRICS: ReadonlyArray<[string, Rubric, string]> = [
  ["quarterly deduction", quarterlyDeductionRubric, "2026-Q3"],
  ["window 110", windowMaximum110Rubric, "2026-09"],
  ["joint liability", jointLiabilityRubric, "2026-Q3"]
]

const run = (rubric: Rubric, events: ReadonlyArray<ScoringEvent>, period: string): Assessment =>
  getOrThrow(score(rubric, events, { period }))

const byId = (a: Assessment) => new Map(a.scores.map((s) => [s.id, s]))

/** September dates for the monthly window rubric. */
const forPeriod = (events: ReadonlyArray<ScoringEvent>, period: string): ReadonlyArray<ScoringEvent> =>
  period === "2026-09"
    ? events.map((e) =>
        e.kind === "staff" ? e : { ...e, date: d(`2026-09-${e.date.slice(8)}`.replace("-31", "-30")) }
      )
    : events

describe.each(RUBRICS)("score with the %s rubric: properties", (_, rubric, period) => {
  const maximum = getOrThrow(parsePoints(rubric.maximum ?? rubric.base))

  it("a score stays within [0, maximum] whatever the events", () => {
    fc.assert(
      fc.property(quarterEvents(rubric), (events) => {
        for (const s of run(rubric, forPeriod(events, period), period).scores) {
          expect(s.hundredths).toBeGreaterThanOrEqual(0)
          expect(s.hundredths).toBeLessThanOrEqual(maximum)
        }
      }),
      { numRuns: 60 }
    )
  })

  it("the itemised lines add up to the score exactly, in hundredths and in the printed decimals", () => {
    fc.assert(
      fc.property(quarterEvents(rubric), (events) => {
        const a = run(rubric, forPeriod(events, period), period)
        for (const s of a.scores) {
          const sum = s.lines.reduce((t, l) => t + l.hundredths, 0)
          expect(sum).toBe(s.hundredths)
          expect(s.lines.reduce((t, l) => t + getOrThrow(parsePoints(l.points)), 0)).toBe(
            getOrThrow(parsePoints(s.score))
          )
          expect(formatPoints(sum)).toBe(s.score)
        }
      }),
      { numRuns: 60 }
    )
  })

  it("adding a deduction event never raises anyone's score", () => {
    fc.assert(
      fc.property(quarterEvents(rubric, 40), matchingEvent(rubric, { only: "deduct" }), (events, extra) => {
        const before = byId(run(rubric, forPeriod(events, period), period))
        const after = byId(run(rubric, forPeriod([...events, extra], period), period))
        for (const [id, s] of after)
          expect(s.hundredths).toBeLessThanOrEqual(before.get(id)?.hundredths ?? Number.POSITIVE_INFINITY)
        const target = extra.staff ?? ""
        expect(after.get(target)?.hundredths ?? 0).toBeLessThanOrEqual(
          before.get(target)?.hundredths ?? getOrThrow(parsePoints(rubric.base))
        )
      }),
      { numRuns: 60 }
    )
  })

  it("rankings, grades and award winners do not depend on the order of the events", () => {
    fc.assert(
      fc.property(quarterEvents(rubric), fc.nat(), (events, seed) => {
        const shuffled =
          fc.sample(fc.shuffledSubarray([...events], { minLength: events.length, maxLength: events.length }), {
            seed,
            numRuns: 1
          })[0] ?? []
        const a = run(rubric, forPeriod(events, period), period)
        const b = run(rubric, forPeriod(shuffled, period), period)
        const view = (x: Assessment) => x.scores.map((s) => [s.id, s.score, s.rank, s.grade?.id ?? ""])
        expect(view(b)).toEqual(view(a))
        expect(b.awards.map((w) => w.winners.map((x) => x.id))).toEqual(a.awards.map((w) => w.winners.map((x) => x.id)))
        expect(b.windows).toEqual(a.windows)
      }),
      { numRuns: 40 }
    )
  })

  it("two staff members with identical events tie: same score and the same rank", () => {
    fc.assert(
      fc.property(
        fc.array(matchingEvent(rubric, { staff: fc.constant("twin-a") }), { maxLength: 20 }),
        quarterEvents(rubric, 30),
        (mine, others) => {
          // Twins at windows of their own (no chief representative), so that the rubric's subject, staff or window, is the twin.
          const twin = mine.map((e) => ({ ...e, staff: "twin-b", window: "twin-b" }))
          const events = forPeriod([...others, ...mine.map((e) => ({ ...e, window: "twin-a" })), ...twin], period)
          const s = byId(run(rubric, events, period))
          const a = s.get("twin-a")
          const b = s.get("twin-b")
          expect(a === undefined).toBe(mine.length === 0)
          if (a === undefined || b === undefined) return
          expect(a.score).toBe(b.score)
          expect(a.lines.map((l) => [l.rule, l.points])).toEqual(b.lines.map((l) => [l.rule, l.points]))
          expect(a.rank).toBe(b.rank)
        }
      ),
      { numRuns: 40 }
    )
  })
})

describe("vetoes (一票否决)", () => {
  it("a veto always removes award eligibility, whatever else happened", () => {
    const vetoEvent = fc.record({
      staff: fc.constantFrom(...STAFF),
      date: quarterDate,
      which: fc.constantFrom("negative_notice", "soliciting"),
      early: fc.boolean()
    })
    fc.assert(
      fc.property(quarterEvents(jointLiabilityRubric), vetoEvent, (events, v) => {
        const date = v.which === "negative_notice" && v.early ? d("2026-02-10") : v.date
        const extra: ScoringEvent = {
          kind: "discipline",
          date,
          staff: v.staff,
          window: windowOf(v.staff),
          code: v.which
        }
        const a = run(jointLiabilityRubric, [...events, extra], "2026-Q3")
        for (const award of a.awards) {
          expect(award.winners.map((w) => w.id)).not.toContain(v.staff)
          expect(award.ineligible.find((x) => x.id === v.staff)?.reasons.map((r) => r.code)).toContain("veto")
        }
        if (v.which === "soliciting") expect(byId(a).get(v.staff)?.score).toBe("0.00")
      }),
      { numRuns: 60 }
    )
  })
})

describe("the default period", () => {
  it("is the one holding the latest scored event; a later rectification or roster line does not move it", () => {
    const events: Array<ScoringEvent> = [
      { kind: "case", date: d("2026-09-29"), staff: "s1", window: "w1", code: "on_time" },
      { kind: "rectification", date: d("2026-10-09"), ref: "e1" },
      { kind: "staff", date: d("2026-10-01"), staff: "s1", window: "w1" }
    ]
    expect(getOrThrow(score(quarterlyDeductionRubric, events)).period.id).toBe("2026-Q3")
    const none = score(quarterlyDeductionRubric, [])
    expect(none.ok ? "" : none.issues[0]?.code).toBe("period_unknown")
    expect(getOrThrow(score(quarterlyDeductionRubric, [], { period: "2026-Q1" })).scores).toEqual([])
  })
})

describe("who is scored", () => {
  it("someone named only by an earlier event of the year (a year-long veto) is not scored in a later quarter", () => {
    const events: Array<ScoringEvent> = [
      { kind: "discipline", date: d("2026-02-10"), staff: "gone", window: "w1", code: "negative_notice" },
      { kind: "case", date: d("2026-08-03"), staff: "here", window: "w1", code: "on_time" }
    ]
    expect(getOrThrow(score(jointLiabilityRubric, events, { period: "2026-Q3" })).scores.map((s) => s.id)).toEqual([
      "here"
    ])
  })
})
