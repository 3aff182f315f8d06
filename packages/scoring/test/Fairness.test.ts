import { getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import { type Rubric, type ScoringEvent, score } from "@tongban/scoring"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))
const ratings = (staff: string, good: number, bad: number): Array<ScoringEvent> => [
  ...Array.from(
    { length: good },
    (): ScoringEvent => ({ kind: "evaluation", date: d("2026-07-10"), staff, window: "w", level: "very_satisfied" })
  ),
  ...Array.from(
    { length: bad },
    (): ScoringEvent => ({ kind: "evaluation", date: d("2026-07-10"), staff, window: "w", level: "dissatisfied" })
  )
]

const starBySatisfaction = (prior: NonNullable<Rubric["satisfaction"]>["prior"], minSample: number): Rubric => ({
  id: "fair",
  name: { zh: "满意度评星", en: "stars by satisfaction" },
  subject: "staff",
  period: "quarter",
  base: 100,
  categories: [{ id: "c", name: { zh: "类", en: "c" }, points: 100 }],
  items: [
    {
      id: "x",
      category: "c",
      name: { zh: "违纪", en: "discipline" },
      effect: "deduct",
      points: 1,
      unit: "occurrence",
      match: { kind: "discipline" }
    }
  ],
  awards: [
    {
      id: "star",
      name: { zh: "服务之星", en: "Service Star" },
      method: "weighted",
      weights: { score: 0, satisfaction: 1, workload: 0 },
      quota: { count: 1 }
    }
  ],
  satisfaction: { minSample, ...(prior === undefined ? {} : { prior }) }
})

describe("fairness of the satisfaction estimate", () => {
  it("with a pooled prior 3 of 3 stays near the pool, so the minimum-sample guard decides", () => {
    const events = [...ratings("few", 3, 0), ...ratings("many", 295, 5)]
    const a = getOrThrow(score(starBySatisfaction({ pooled: 10 }, 0), events, { period: "2026-Q3" }))
    // Pooled 298/303; α = 10 × 298/303 = 9.835, β = 0.165.
    // few: (3 + 9.835) / 13 = 98.73%; many: (295 + 9.835) / 310 = 98.33%: the pool alone does not settle it.
    const few = a.scores.find((s) => s.id === "few")
    const many = a.scores.find((s) => s.id === "many")
    expect(few?.satisfaction.rate).toBe("100.00")
    expect(few?.satisfaction.smoothed).toBe("98.73")
    expect(many?.satisfaction.rate).toBe("98.33")
    expect(many?.satisfaction.smoothed).toBe("98.33")
    const guarded = getOrThrow(score(starBySatisfaction({ pooled: 10 }, 10), events, { period: "2026-Q3" }))
    expect(guarded.awards[0]?.winners.map((w) => w.id)).toEqual(["many"])
    expect(guarded.awards[0]?.ineligible.map((x) => x.id)).toEqual(["few"])
  })

  it("3 of 3 does not outrank 295 of 300 with the default Laplace prior (α = β = 1): 4/5 = 80% against 296/302 = 98.01%", () => {
    const events = [...ratings("few", 3, 0), ...ratings("many", 295, 5)]
    const a = getOrThrow(score(starBySatisfaction(undefined, 0), events, { period: "2026-Q3" }))
    expect(a.scores.find((s) => s.id === "few")?.satisfaction.smoothed).toBe("80.00")
    expect(a.scores.find((s) => s.id === "many")?.satisfaction.smoothed).toBe("98.01")
    expect(a.awards[0]?.winners.map((w) => w.id)).toEqual(["many"])
  })

  it("the smoothed rate lies between the raw rate and the prior mean, and moves toward the raw rate as ratings grow", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 5 }),
        (bad, good, scale) => {
          const rubric = starBySatisfaction({ alpha: 1, beta: 1 }, 0)
          const small = getOrThrow(score(rubric, ratings("s", good, bad), { period: "2026-Q3" })).scores[0]
            ?.satisfaction
          const big = getOrThrow(
            score(rubric, ratings("s", good * (scale + 1), bad * (scale + 1)), { period: "2026-Q3" })
          ).scores[0]?.satisfaction
          const raw = good / (good + bad)
          const s1 = Number(small?.smoothed) / 100
          const s2 = Number(big?.smoothed) / 100
          expect(s1).toBeGreaterThanOrEqual(Math.min(raw, 0.5) - 0.00005)
          expect(s1).toBeLessThanOrEqual(Math.max(raw, 0.5) + 0.00005)
          expect(Math.abs(s2 - raw)).toBeLessThanOrEqual(Math.abs(s1 - raw) + 0.0001)
        }
      ),
      { numRuns: 100 }
    )
  })

  it("workload by matter difficulty: weights per matter type, unknown types at the default weight", () => {
    const rubric: Rubric = {
      ...starBySatisfaction(undefined, 0),
      workload: { weights: { joint: 2, instant: 0.5 }, defaultWeight: 1 },
      awards: [
        {
          id: "busy",
          name: { zh: "办件能手", en: "most work" },
          method: "weighted",
          weights: { score: 0, satisfaction: 0, workload: 1 },
          quota: { count: 1 }
        }
      ]
    }
    const cases = (staff: string, matterType: string, n: number): Array<ScoringEvent> =>
      Array.from({ length: n }, () => ({
        kind: "case",
        date: d("2026-07-10"),
        staff,
        window: "w",
        code: "on_time",
        matterType
      }))
    // a: 10 joint × 2 = 20.00; b: 30 instant × 0.5 = 15.00; c: 18 other × 1 = 18.00 — more cases is not more work.
    const a = getOrThrow(
      score(rubric, [...cases("a", "joint", 10), ...cases("b", "instant", 30), ...cases("c", "other", 18)], {
        period: "2026-Q3"
      })
    )
    expect(a.scores.map((s) => [s.id, s.workload]).sort()).toEqual([
      ["a", "20.00"],
      ["b", "15.00"],
      ["c", "18.00"]
    ])
    expect(a.awards[0]?.winners.map((w) => [w.id, w.key])).toEqual([["a", "100.00"]])
  })
})
