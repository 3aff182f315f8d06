import { getOrThrow } from "@tongban/core"
import {
  jointLiabilityRubric,
  parseEvents,
  parsePoints,
  quarterlyDeductionRubric,
  type Rubric,
  score,
  scoreTotals
} from "@tongban/scoring"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { quarterEvents } from "./arbitraries/events.js"

const RUBRICS: ReadonlyArray<[string, Rubric]> = [
  ["quarterly deduction", quarterlyDeductionRubric],
  ["joint liability", jointLiabilityRubric]
]

describe.each(RUBRICS)("scoreTotals with the %s rubric", (_, rubric) => {
  it("base − deducted + added is the score, the base is the rubric's, and neither total is negative", () => {
    const base = getOrThrow(parsePoints(rubric.base))
    fc.assert(
      fc.property(quarterEvents(rubric, 40), (events) => {
        for (const s of getOrThrow(score(rubric, events, { period: "2026-Q3" })).scores) {
          const t = scoreTotals(s)
          expect(t.base).toBe(base)
          expect(t.deducted).toBeGreaterThanOrEqual(0)
          expect(t.added).toBeGreaterThanOrEqual(0)
          expect(t.base - t.deducted + t.added).toBe(s.hundredths)
        }
      }),
      { numRuns: 30 }
    )
  })
})

describe("scoreTotals", () => {
  it("one late arrival under the quarterly deduction rubric: 100 − 0.50", () => {
    const events = getOrThrow(
      parseEvents([
        { kind: "attendance", date: "2026-07-06", staff: "s1", window: "w1", code: "late" },
        { kind: "case", date: "2026-07-07", staff: "s2", window: "w1", code: "on_time" }
      ])
    )
    const a = getOrThrow(score(quarterlyDeductionRubric, events, { period: "2026-Q3" }))
    expect(a.scores.map((s) => [s.id, scoreTotals(s)])).toEqual([
      ["s2", { base: 10000, deducted: 0, added: 0 }],
      ["s1", { base: 10000, deducted: 50, added: 0 }]
    ])
  })

  it("no lines total to zero", () => {
    expect(scoreTotals({ lines: [] })).toEqual({ base: 0, deducted: 0, added: 0 })
  })
})
