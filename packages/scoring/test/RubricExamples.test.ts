// Issue 16, point 4: five example rubrics after published public sheet kinds,
// each scored by hand on a small event set. The arithmetic is in the comments;
// a line's figures are in hundredths (100 = 1 point).
import { getOrThrow } from "@tongban/core"
import {
  parseEvents,
  parseRubric,
  redFlagWindowRubric,
  score,
  serviceStarRubric,
  townshipStarRubric,
  unitGradingRubric,
  windowStaffMonthlyRubric
} from "@tongban/scoring"
import { describe, expect, it } from "vitest"

type Raw = Record<string, string | number>
const times = (n: number, e: Raw): Array<Raw> => Array.from({ length: n }, () => e)
const lines = (
  a: { scores: ReadonlyArray<{ id: string; lines: ReadonlyArray<{ kind: string; hundredths: number }> }> },
  id: string
) => a.scores.find((s) => s.id === id)?.lines.map((l) => [l.kind, l.hundredths])

describe("the five example rubrics are valid", () => {
  it.each([
    ["windowStaffMonthlyRubric", windowStaffMonthlyRubric],
    ["redFlagWindowRubric", redFlagWindowRubric],
    ["serviceStarRubric", serviceStarRubric],
    ["unitGradingRubric", unitGradingRubric],
    ["townshipStarRubric", townshipStarRubric]
  ])("%s parses", (_, r) => {
    expect(parseRubric(r).ok).toBe(true)
  })
})

describe("windowStaffMonthlyRubric: window staff monthly sheet, golden month 2026-07", () => {
  const staff = (id: string, window: string): Raw => ({ kind: "staff", date: "2026-07-01", staff: id, window })
  const at = (id: string, code: string, extra: Raw = {}): Raw => ({
    kind: "attendance",
    date: "2026-07-08",
    staff: id,
    code,
    ...extra
  })
  const events = getOrThrow(
    parseEvents([
      staff("s1", "w1"),
      staff("s2", "w1"),
      staff("s3", "w2"),
      staff("s4", "w2"),
      // s1: leave 4 days, 4 − 2 = 2 counted → −2; late within 10 minutes ×2 → −2; late beyond ×1 → −2;
      // 1 commendation +1: 100 − 2 − 2 − 2 + 1 = 95.00
      at("s1", "leave", { quantity: 4 }),
      ...times(2, at("s1", "late_10")),
      at("s1", "late_30"),
      { kind: "commendation", date: "2026-07-09", staff: "s1", code: "letter" },
      // s2: 1 confirmed complaint −5; 7 commendations +7, the bonus category caps at 5 (−2): 100 − 5 + 7 − 2 = 100.00
      { kind: "complaint", date: "2026-07-10", staff: "s2", code: "confirmed" },
      ...times(7, { kind: "commendation", date: "2026-07-11", staff: "s2", code: "letter" }),
      // s3: absent 8 half days × 3 = −24, 到岗 stops at its 20 (+4 back): 100 − 24 + 4 = 80.00, 合格 (80 inclusive);
      // an approved leave is a code no item matches: exempt
      at("s3", "absent", { quantity: 8 }),
      at("s3", "leave_approved", { quantity: 5 })
      // s4: nothing → 100.00
    ])
  )
  const a = getOrThrow(score(windowStaffMonthlyRubric, events, { period: "2026-07" }))

  it("scores, ranks (1224) and grades", () => {
    expect(a.scores.map((s) => [s.id, s.score, s.rank, s.grade?.id])).toEqual([
      ["s2", "100.00", 1, "pass"],
      ["s4", "100.00", 1, "pass"],
      ["s1", "95.00", 3, "pass"],
      ["s3", "80.00", 4, "pass"]
    ])
  })

  it("itemised lines sum to the score", () => {
    // s1: base 10000; leave −200, late_10 −200, late_30 −200 (到岗); commendation +100
    expect(lines(a, "s1")).toEqual([
      ["base", 10000],
      ["item", -200],
      ["item", -200],
      ["item", -200],
      ["item", 100]
    ])
    // s2: 10000 − 500 + 700 − 200 = 10000
    expect(lines(a, "s2")).toEqual([
      ["base", 10000],
      ["item", -500],
      ["item", 700],
      ["category_bonus_cap", -200]
    ])
    // s3: 10000 − 2400 + 400 = 8000
    expect(lines(a, "s3")).toEqual([
      ["base", 10000],
      ["item", -2400],
      ["category_floor", 400]
    ])
  })

  it("a window's score is its staff's mean (窗口人员总得分除以窗口人数)", () => {
    // w1: (9500 + 10000) / 2 = 9750 → 97.50; w2: (8000 + 10000) / 2 = 9000 → 90.00
    expect(a.windows.map((w) => [w.id, w.mean, w.min, w.max, w.rank])).toEqual([
      ["w1", "97.50", "95.00", "100.00", 1],
      ["w2", "90.00", "80.00", "100.00", 2]
    ])
  })
})

describe("redFlagWindowRubric: 红旗窗口 rules, golden quarter 2026-Q3", () => {
  const ev = (window: string, kind: string, code: string, extra: Raw = {}): Raw => ({
    kind,
    date: "2026-08-03",
    window,
    code,
    ...extra
  })
  const events = getOrThrow(
    parseEvents([
      // w1: 2 city praises +6, 1 overdue −2: 100 − 2 + 6 = 104.00
      ...times(2, ev("w1", "commendation", "city_praise")),
      ev("w1", "case", "overdue"),
      // w2: 1 province praise +5, an inspection finding at 4 points (range 1–5) −4: 100 − 4 + 5 = 101.00
      ev("w2", "commendation", "province_praise"),
      ev("w2", "discipline", "inspection_finding", { points: 4 }),
      // w3: 1 city praise +3, 1 confirmed complaint −5: 100 − 5 + 3 = 98.00
      ev("w3", "commendation", "city_praise"),
      ev("w3", "complaint", "confirmed"),
      // w4: province +5 and 2 city +6 = 11, capped at 10 (−1); 3 overdue −6: 100 − 6 + 11 − 1 = 104.00
      ev("w4", "commendation", "province_praise"),
      ...times(2, ev("w4", "commendation", "city_praise")),
      ...times(3, ev("w4", "case", "overdue"))
    ])
  )
  const a = getOrThrow(score(redFlagWindowRubric, events, { period: "2026-Q3" }))

  it("scores and ranks", () => {
    expect(a.scores.map((s) => [s.id, s.score, s.rank])).toEqual([
      ["w1", "104.00", 1],
      ["w4", "104.00", 1],
      ["w2", "101.00", 3],
      ["w3", "98.00", 4]
    ])
    // w4: 10000 − 600 (overdue) + 500 + 600 − 100 (bonus cap) = 10400
    expect(lines(a, "w4")).toEqual([
      ["base", 10000],
      ["item", -600],
      ["item", 600],
      ["item", 500],
      ["category_bonus_cap", -100]
    ])
    // w2: 10000 − 400 (the event's own points) + 500 = 10100
    expect(lines(a, "w2")).toEqual([
      ["base", 10000],
      ["item", -400],
      ["item", 500]
    ])
  })

  it("awards two red flags by rank; w3 is ineligible (complaint, under 100)", () => {
    // Eligible in order: w1, w4 (tied 104, both fit the quota of 2), w2; w3 left out.
    const award = a.awards[0]
    expect(award?.quota).toBe(2)
    expect(award?.winners.map((w) => w.id)).toEqual(["w1", "w4"])
    expect(award?.ineligible.map((x) => [x.id, x.reasons.map((r) => r.code)])).toEqual([
      ["w3", ["complaint_confirmed", "score_too_low"]]
    ])
  })
})

describe("serviceStarRubric: 服务标兵 rules, golden month 2026-07", () => {
  const ev = (staff: string, kind: string, extra: Raw = {}, date = "2026-07-15"): Raw => ({
    kind,
    date,
    staff,
    window: "w1",
    ...extra
  })
  const praise = (staff: string) => ev(staff, "commendation", { code: "letter" })
  const events = getOrThrow(
    parseEvents([
      // s1: 3 commendations +6 → 106.00
      ...times(3, praise("s1")),
      // s2, s3: 2 commendations +4 → 104.00 each (tied)
      ...times(2, praise("s2")),
      ...times(2, praise("s3")),
      // s4: 3 commendations +6 → 106.00, but a negative notice in March: no awards this year (scope year)
      ...times(3, praise("s4")),
      ev("s4", "discipline", { code: "negative_notice" }, "2026-03-10"),
      // s5: 5 commendations +10 → 110.00, soliciting favours: the veto zeroes it → 0.00
      ...times(5, praise("s5")),
      ev("s5", "discipline", { code: "soliciting" }),
      // s6: 2 commendations +4, 1 dissatisfied review −1 → 103.00
      ...times(2, praise("s6")),
      ev("s6", "evaluation", { level: "dissatisfied" })
    ])
  )
  const a = getOrThrow(score(serviceStarRubric, events, { period: "2026-07" }))

  it("scores and standard competition ranks with ties", () => {
    expect(a.scores.map((s) => [s.id, s.score, s.rank])).toEqual([
      ["s1", "106.00", 1],
      ["s4", "106.00", 1],
      ["s2", "104.00", 3],
      ["s3", "104.00", 3],
      ["s6", "103.00", 5],
      ["s5", "0.00", 6]
    ])
    // s5: 10000 + 1000, then the veto takes the whole 11000
    expect(lines(a, "s5")).toEqual([
      ["base", 10000],
      ["item", 1000],
      ["veto", -11000]
    ])
  })

  it("vetoes remove s4 and s5; the tie of s2 and s3 at the quota edge leaves the second seat empty", () => {
    // Eligible: s1 (106), s2 = s3 (104), s6 (103). Seat 1: s1. Seat 2: s2 and s3 tie and 1 + 2 > 2,
    // so with ties "exclude" neither is named and selection stops.
    const award = a.awards[0]
    expect(award?.winners.map((w) => w.id)).toEqual(["s1"])
    expect(award?.ineligible.map((x) => [x.id, x.reasons.map((r) => r.code)])).toEqual([
      ["s4", ["veto"]],
      ["s5", ["veto"]]
    ])
    expect(a.scores.find((s) => s.id === "s4")?.vetoes.map((v) => v.id)).toEqual(["negative-notice-year"])
  })
})

describe("unitGradingRubric: unit grading scheme, golden year 2026", () => {
  const ev = (unit: string, kind: string, extra: Raw = {}): Raw => ({
    kind,
    date: "2026-05-20",
    window: unit,
    ...extra
  })
  const cases = (unit: string, onTime: number, overdue: number) => [
    ...times(onTime, ev(unit, "case", { code: "on_time" })),
    ...times(overdue, ev(unit, "case", { code: "overdue" }))
  ]
  const bad = (unit: string) => ev(unit, "evaluation", { level: "very_dissatisfied" })
  const missing = (unit: string) => ev(unit, "discipline", { code: "missing_record" })
  const events = getOrThrow(
    parseEvents([
      // u1: 20 of 20 on time (100% ≥ 95%) → 100.00 优秀
      ...cases("u1", 20, 0),
      // u2: 18 of 20 = 90%, 95 − 90 = 5 points below → −5; 3 missing records −6 → 89.00 良好
      ...cases("u2", 18, 2),
      ...times(3, missing("u2")),
      // u3: 15 of 20 = 75% → −20; 4 bad reviews × 0.5 = −2; a violation at 5 (range 3–5) −5 → 73.00 合格
      ...cases("u3", 15, 5),
      ...times(4, bad("u3")),
      ev("u3", "discipline", { code: "violation", points: 5 }),
      // u4: 4 of 20 = 20% → −75, 服务效能 stops at 40 (+35); 12 missing −24, 组织管理 stops at 20 (+4);
      // 2 bad reviews −1: 100 − 40 − 20 − 1 = 39.00 不合格
      ...cases("u4", 4, 16),
      ...times(12, missing("u4")),
      ...times(2, bad("u4"))
    ])
  )
  const a = getOrThrow(score(unitGradingRubric, events, { period: "2026" }))

  it("scores, ranks and grade bands", () => {
    expect(a.scores.map((s) => [s.id, s.score, s.rank, s.grade?.id])).toEqual([
      ["u1", "100.00", 1, "excellent"],
      ["u2", "89.00", 2, "good"],
      ["u3", "73.00", 3, "pass"],
      ["u4", "39.00", 4, "fail"]
    ])
  })

  it("itemised lines, with each category's budget", () => {
    // u2: 10000 − 600 (missing records) − 500 (rate: 100 × (9500·20 − 10000·18) / (100·20) = 500)
    expect(lines(a, "u2")).toEqual([
      ["base", 10000],
      ["item", -600],
      ["item", -500]
    ])
    // u4: 10000 − 2400 + 400 − 7500 + 3500 − 100 = 3900
    expect(lines(a, "u4")).toEqual([
      ["base", 10000],
      ["item", -2400],
      ["category_floor", 400],
      ["item", -7500],
      ["category_floor", 3500],
      ["item", -100]
    ])
  })
})

describe("townshipStarRubric: township star rating, golden year 2026", () => {
  const ev = (town: string, kind: string, code: string): Raw => ({ kind, date: "2026-09-01", window: town, code })
  const gap = (t: string) => ev(t, "discipline", "standard_gap")
  const notResident = (t: string) => ev(t, "discipline", "matter_not_resident")
  const complaint = (t: string) => ev(t, "complaint", "confirmed")
  const events = getOrThrow(
    parseEvents([
      // t1: 2 innovations +5 (the cap exactly), 1 missing element −2 → 103.00 五星
      ...times(2, ev("t1", "commendation", "innovation")),
      gap("t1"),
      // t2: 5 matters not on site, 5 − 3 = 2 counted → −2; 2 complaints −8 → 90.00 四星
      ...times(5, notResident("t2")),
      ...times(2, complaint("t2")),
      // t3: 6 missing −12, 3 complaints −12, 3 matters not on site (3 − 3 = 0) → 76.00 三星
      ...times(6, gap("t3")),
      ...times(3, complaint("t3")),
      ...times(3, notResident("t3")),
      // t4: 20 missing −40, 标准化建设 stops at 30 (+10); 5 complaints −20 → 50.00 一星 (below 60)
      ...times(20, gap("t4")),
      ...times(5, complaint("t4")),
      // t5: 5 missing −10, 8 matters not on site, 8 − 3 = 5 → −5 → 85.00 四星 (85 inclusive)
      ...times(5, gap("t5")),
      ...times(8, notResident("t5"))
    ])
  )
  const a = getOrThrow(score(townshipStarRubric, events, { period: "2026" }))

  it("scores, ranks and stars", () => {
    expect(a.scores.map((s) => [s.id, s.score, s.rank, s.grade?.name.zh])).toEqual([
      ["t1", "103.00", 1, "五星"],
      ["t2", "90.00", 2, "四星"],
      ["t5", "85.00", 3, "四星"],
      ["t3", "76.00", 4, "三星"],
      ["t4", "50.00", 5, "一星"]
    ])
  })

  it("itemised lines", () => {
    // t4: 10000 − 4000 + 1000 − 2000 = 5000
    expect(lines(a, "t4")).toEqual([
      ["base", 10000],
      ["item", -4000],
      ["category_floor", 1000],
      ["item", -2000]
    ])
    // t1: 10000 − 200 + 500 = 10300; t3: the threshold leaves the 3 matters unscored (no line)
    expect(lines(a, "t1")).toEqual([
      ["base", 10000],
      ["item", -200],
      ["item", 500]
    ])
    expect(lines(a, "t3")).toEqual([
      ["base", 10000],
      ["item", -1200],
      ["item", -1200]
    ])
  })
})
