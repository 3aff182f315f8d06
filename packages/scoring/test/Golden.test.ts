// Golden cases computed by hand from each example rubric. Each test shows
// the arithmetic it expects, line by line, so a reader can check it.
import { getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import {
  type Assessment,
  jointLiabilityRubric,
  quarterlyDeductionRubric,
  type ScoringEvent,
  score,
  windowMaximum110Rubric
} from "@tongban/scoring"
import { describe, expect, it } from "vitest"

const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))
const times = (n: number, e: ScoringEvent): Array<ScoringEvent> => Array.from({ length: n }, () => e)
const lines = (a: Assessment, id: string) =>
  a.scores.find((s) => s.id === id)?.lines.map((l) => [l.kind, l.rule, l.points]) ?? []
const get = (a: Assessment, id: string) => {
  const s = a.scores.find((x) => x.id === id)
  if (s === undefined) throw new Error(`no score for ${id}`)
  return s
}

describe("quarterly deduction rubric (纪律30/规范25/效能25/内务20, 扣完为止，不计负分; after a public municipal grading rule)", () => {
  const day = d("2026-08-03")
  const at = (staff: string, rest: Omit<ScoringEvent, "date" | "staff" | "window">): ScoringEvent => ({
    date: day,
    staff,
    window: "w1",
    ...rest
  })
  const events: Array<ScoringEvent> = [
    // A: 纪律 3 × late 0.5 + absent 2 person-times × 1 + games 1 = 1.5 + 2 + 1 = 4.5
    ...times(3, at("A", { kind: "attendance", code: "late" })),
    at("A", { kind: "attendance", code: "absent", quantity: 2 }),
    at("A", { kind: "discipline", code: "games_chat" }),
    // A: 规范 quarrel 2 person-times × 3 + confirmed complaint 2 = 8
    at("A", { kind: "discipline", code: "quarrel", quantity: 2 }),
    at("A", { kind: "complaint", code: "confirmed" }),
    // A: 效能 2 overdue × 1 + 1 bad review × 0.5 + negligence 酌情 4.5 (within 3–5) = 7
    ...times(2, at("A", { kind: "case", code: "overdue" })),
    at("A", { kind: "evaluation", level: "dissatisfied" }),
    at("A", { kind: "discipline", code: "negligence", points: "4.5" }),
    // A: 内务 untidy 0.5
    at("A", { kind: "discipline", code: "untidy" }),
    // B: 25 quarrels × 3 = 75 in 规范, which stops at its 25 points: 50 given back.
    ...times(25, at("B", { kind: "discipline", code: "quarrel" })),
    // C … L: ten clean staff members with ratings; C and D tie at 100 (D fewer ratings, the tie breaker is satisfaction).
    ...["C", "D", "E", "F", "G", "H", "I", "J", "K", "L"].flatMap((s, i) =>
      times(i === 1 ? 3 : 20, at(s, { kind: "evaluation", level: i === 2 ? "basically_satisfied" : "very_satisfied" }))
    )
  ]
  const a = getOrThrow(score(quarterlyDeductionRubric, events, { period: "2026-Q3" }))

  it("A: 100 − 4.5 − 8 − 7 − 0.5 = 80.00, grade 合格 (≥ 80)", () => {
    expect(lines(a, "A")).toEqual([
      ["base", "base", "100.00"],
      ["item", "late-early-off-post", "-1.50"],
      ["item", "absent", "-2.00"],
      ["item", "games-chat", "-1.00"],
      ["item", "quarrel", "-6.00"],
      ["item", "complaint", "-2.00"],
      ["item", "overdue", "-2.00"],
      ["item", "bad-review", "-0.50"],
      ["item", "negligence", "-4.50"],
      ["item", "untidy", "-0.50"]
    ])
    expect(get(a, "A").score).toBe("80.00")
    expect(get(a, "A").grade?.name.zh).toBe("合格")
  })

  it("B: 100 − 75 + 50 (规范 stops at 25) = 75.00, grade 基本合格 (60–80)", () => {
    expect(lines(a, "B")).toEqual([
      ["base", "base", "100.00"],
      ["item", "quarrel", "-75.00"],
      ["category_floor", "conduct", "50.00"]
    ])
    expect(get(a, "B").score).toBe("75.00")
    expect(get(a, "B").grade?.name.zh).toBe("基本合格")
  })

  it("ranks: ten at 100 ordered by smoothed satisfaction, then A (80) and B (75); Service Star quota ⌊10% × 12⌋ = 1", () => {
    // Laplace prior α = β = 1: C (20/20): 21/22 = 95.4545…% → 95.45; D (3/3): 4/5 = 80.00%: 3 of 3 ranks below 20 of 20.
    // E (20 基本满意): 1/22 = 4.55%.
    expect(a.prior).toEqual({ alpha: "1.00", beta: "1.00" })
    expect(get(a, "C").satisfaction.smoothed).toBe("95.45")
    expect(get(a, "D").satisfaction.smoothed).toBe("80.00")
    expect(get(a, "E").satisfaction.smoothed).toBe("4.55")
    expect(get(a, "C").rank).toBe(1)
    expect(get(a, "F").rank).toBe(1)
    expect(get(a, "D").rank).toBe(9)
    expect(get(a, "E").rank).toBe(10)
    expect(get(a, "A").rank).toBe(11)
    expect(get(a, "B").rank).toBe(12)
    const star = a.awards[0]
    expect(star?.quota).toBe(1)
    // C and F…L tie (20/20 each) at the top: the tie rule "include" selects all eight.
    expect(star?.winners.map((w) => w.id)).toEqual(["C", "F", "G", "H", "I", "J", "K", "L"])
    expect(star?.tieRule.en).toContain("all selected")
    // A has a confirmed complaint, a 不满意 rating and 1 rating in all; D only 3 ratings.
    expect(star?.ineligible.find((x) => x.id === "A")?.reasons.map((r) => r.code)).toEqual([
      "complaint_confirmed",
      "rating_excluded",
      "too_few_evaluations"
    ])
    expect(star?.ineligible.find((x) => x.id === "D")?.reasons.map((r) => r.code)).toEqual(["too_few_evaluations"])
  })
})

describe("window rubric, base 100 and maximum 110 (after a public county 窗口服务考核实施细则)", () => {
  const day = d("2026-09-14")
  const at = (window: string, rest: Omit<ScoringEvent, "date" | "window">): ScoringEvent => ({
    date: day,
    window,
    ...rest
  })
  const events: Array<ScoringEvent> = [
    // W1: 19 on time (10 instant × 0.5 + 9 commitment × 1 = 14.00 weighted → +0.14), 1 overdue (−5),
    // on-time rate 19/20 = 95% → 5 points under 100% × 1 = −5; 3 commendations × 2 = +6; 40 非常满意.
    ...times(10, at("W1", { kind: "case", code: "on_time", matterType: "instant" })),
    ...times(9, at("W1", { kind: "case", code: "on_time", matterType: "commitment" })),
    at("W1", { kind: "case", code: "overdue", matterType: "commitment" }),
    ...times(3, at("W1", { kind: "commendation", code: "banner" })),
    ...times(40, at("W1", { kind: "evaluation", level: "very_satisfied" })),
    // W2: absent 1 half day (−3), 5 joint cases on time (5 × 2 = 10.00 → +0.10), result error 酌情 3.5 (−3.5),
    // 30 非常满意 + 10 基本满意.
    at("W2", { kind: "attendance", code: "absent" }),
    ...times(5, at("W2", { kind: "case", code: "on_time", matterType: "joint" })),
    at("W2", { kind: "discipline", code: "result_error", points: 3.5 }),
    ...times(30, at("W2", { kind: "evaluation", level: "very_satisfied" })),
    ...times(10, at("W2", { kind: "evaluation", level: "basically_satisfied" })),
    // W3: 10 commendations = +20, bonus capped at 10; no ratings.
    ...times(10, at("W3", { kind: "commendation", code: "letter" }))
  ]
  const a = getOrThrow(score(windowMaximum110Rubric, events, { period: "2026-09" }))

  it("W1: pooled prior α = 10 × 70/80 = 8.75, β = 1.25; smoothed (40 + 8.75) / 50 = 97.50% → +2.50; 100 − 5 − 5 + 0.14 + 6 + 2.5 = 98.64", () => {
    expect(a.prior).toEqual({ alpha: "8.75", beta: "1.25" })
    expect(lines(a, "W1")).toEqual([
      ["base", "base", "100.00"],
      ["item", "overdue", "-5.00"],
      ["item", "on-time-rate", "-5.00"],
      ["item", "commendation", "6.00"],
      ["item", "workload", "0.14"],
      ["item", "satisfaction", "2.50"]
    ])
    expect(get(a, "W1").score).toBe("98.64")
    expect(get(a, "W1").grade?.name.zh).toBe("合格")
  })

  it("W2: 100 − 3 − 3.5 + 0.10 = 93.60; satisfaction (30 + 8.75) / 50 = 77.50% earns nothing", () => {
    expect(get(a, "W2").score).toBe("93.60")
    expect(get(a, "W2").satisfaction.smoothed).toBe("77.50")
  })

  it("W3: 100 + 20 − 10 (bonus cap) = 110.00, the maximum; satisfaction not applied below 30 ratings", () => {
    expect(lines(a, "W3")).toEqual([
      ["base", "base", "100.00"],
      ["item", "commendation", "20.00"],
      ["category_bonus_cap", "bonus", "-10.00"]
    ])
    expect(get(a, "W3").score).toBe("110.00")
    expect(get(a, "W3").notes.map((n) => n.en)).toContain(
      "each percentage point of satisfaction above 95%: 0 evaluations, below the minimum sample of 30; not applied"
    )
  })

  it("Red Flag Window, weighted: W1 0.6 × 100 × 98.64/110 + 0.3 × 97.5 + 0.1 × 100 × 15/15 = 53.80 + 29.25 + 10.00 = 93.05; W2 51.05 + 23.25 + 6.67 = 80.97; W3 too few ratings", () => {
    const flag = a.awards[0]
    expect(flag?.winners.map((w) => [w.id, w.key])).toEqual([
      ["W1", "93.05"],
      ["W2", "80.97"]
    ])
    expect(flag?.ineligible).toEqual([
      { id: "W3", reasons: [expect.objectContaining({ code: "too_few_evaluations" })] }
    ])
    expect(a.scores.map((s) => [s.id, s.rank])).toEqual([
      ["W3", 1],
      ["W1", 2],
      ["W2", 3]
    ])
  })
})

describe("joint liability and a year-long veto (after a public county 窗口工作人员考核评分标准: 每次扣2分、首席代表扣1分; 负面通报取消本年度评先选优资格)", () => {
  const day = d("2026-08-20")
  const at = (staff: string, window: string, rest: Omit<ScoringEvent, "date" | "staff" | "window">): ScoringEvent => ({
    date: day,
    staff,
    window,
    ...rest
  })
  const rosterLine = (staff: string, window: string, extra: Partial<ScoringEvent> = {}): ScoringEvent => ({
    kind: "staff",
    date: d("2026-07-01"),
    staff,
    window,
    ...extra
  })
  const events: Array<ScoringEvent> = [
    rosterLine("C", "W", { role: "chief_representative" }),
    rosterLine("M1", "W"),
    rosterLine("M2", "W", { from: d("2026-08-17") }),
    ...["M3", "M4", "M5", "F1", "F2", "F3", "F4"].map((s) => rosterLine(s, "W2")),
    // M1: 2 overdue × 2 = −4 (C −2), 1 confirmed complaint −3 (C −1.5), 2 late × 1 = −2 → 91.00
    ...times(2, at("M1", "W", { kind: "case", code: "overdue" })),
    at("M1", "W", { kind: "complaint", code: "confirmed" }),
    ...times(2, at("M1", "W", { kind: "attendance", code: "late" })),
    // M2: a negative notice in March (the veto lasts the year, the deduction belongs to Q1), 3 commendations = +3;
    // present 2026-08-17 … 09-30 = 45 of 92 days → maximum 100 + 5 × 45/92 = 102.45 (2.4456… rounded) → 103 held to 102.45.
    { kind: "discipline", code: "negative_notice", date: d("2026-03-10"), staff: "M2", window: "W" },
    ...times(3, at("M2", "W", { kind: "commendation", code: "letter" })),
    // C: own late −1, joint −2 −1.5 → 95.50; 12 ratings.
    at("C", "W", { kind: "attendance", code: "late" }),
    ...times(12, at("C", "W", { kind: "evaluation", level: "satisfied" })),
    // M3: 1 commendation → 101.00, 12 ratings: the one full score.
    at("M3", "W2", { kind: "commendation", code: "banner" }),
    ...times(12, at("M3", "W2", { kind: "evaluation", level: "very_satisfied" })),
    // M4: soliciting favours → zero. M5: 2 confirmed complaints −6 → 94.00, grade capped at 基本合格.
    at("M4", "W2", { kind: "discipline", code: "soliciting" }),
    ...times(2, at("M5", "W2", { kind: "complaint", code: "confirmed" }))
  ]
  const a = getOrThrow(score(jointLiabilityRubric, events, { period: "2026-Q3" }))

  it("the chief representative loses half of each joint deduction: 100 − 1 − 2 − 1.5 = 95.50", () => {
    expect(get(a, "M1").score).toBe("91.00")
    expect(lines(a, "C")).toEqual([
      ["base", "base", "100.00"],
      ["joint", "overdue", "-2.00"],
      ["joint", "complaint", "-1.50"],
      ["item", "late", "-1.00"]
    ])
    expect(get(a, "C").score).toBe("95.50")
    expect(get(a, "C").lines.find((l) => l.kind === "joint")?.member).toBe("M1")
  })

  it("pro-rating: M2 present 45 of 92 days, maximum 102.45; the March notice vetoes awards all year", () => {
    expect(lines(a, "M2")).toEqual([
      ["base", "base", "100.00"],
      ["item", "commendation", "3.00"],
      ["maximum", "maximum", "-0.55"]
    ])
    expect(get(a, "M2").score).toBe("102.45")
    expect(get(a, "M2").vetoes.map((v) => v.id)).toEqual(["negative-notice-year"])
    const why = a.awards[0]?.ineligible.find((x) => x.id === "M2")?.reasons.map((r) => r.code)
    expect(why).toEqual(["veto", "presence_too_short", "too_few_evaluations"])
  })

  it("vetoes: soliciting zeroes M4 (the line says so); two complaints cap M5 at 基本合格 although 94 ≥ 80", () => {
    expect(lines(a, "M4")).toEqual([
      ["base", "base", "100.00"],
      ["veto", "soliciting", "-100.00"]
    ])
    expect(get(a, "M5").score).toBe("94.00")
    expect(get(a, "M5").grade?.name.zh).toBe("基本合格")
  })

  it("Service Star by full score: quota ⌊10% × 10⌋ = 1, M3 (101.00, 12 ratings) is the only full score with 10 ratings and no complaint", () => {
    const star = a.awards[0]
    expect(star?.quota).toBe(1)
    expect(star?.winners.map((w) => w.id)).toEqual(["M3"])
    expect(star?.ineligible.find((x) => x.id === "F1")?.reasons.map((r) => r.code)).toEqual(["too_few_evaluations"])
    expect(star?.ineligible.find((x) => x.id === "C")?.reasons.map((r) => r.code)).toEqual(["not_full_score"])
    // Ranks (1224): M2 102.45, M3 101, F1–F4 tie at 100 (3), C 95.5 (7), M5 94 (8), M1 91 (9), M4 0 (10).
    expect(a.scores.map((s) => [s.id, s.rank])).toEqual([
      ["M2", 1],
      ["M3", 2],
      ["F1", 3],
      ["F2", 3],
      ["F3", 3],
      ["F4", 3],
      ["C", 7],
      ["M5", 8],
      ["M1", 9],
      ["M4", 10]
    ])
  })
})
