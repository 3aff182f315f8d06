// The template `tongban score template` prints (minimalRubric), scored by
// hand: it must stay a complete, valid rubric whose every part works.
import { getOrThrow } from "@tongban/core"
import { minimalRubric, parseEvents, parseRubric, score } from "@tongban/scoring"
import { describe, expect, it } from "vitest"

const roster = ["s1", "s2", "s3", "s4"].map((staff) => ({ kind: "staff", date: "2026-07-01", staff, window: "w1" }))
const times = (n: number, e: Record<string, string>) => Array.from({ length: n }, () => e)
const late = (staff: string) => ({ kind: "attendance", date: "2026-07-06", staff, window: "w1", code: "late" })
const praised = (staff: string) => ({ kind: "commendation", date: "2026-07-07", staff, window: "w1", code: "letter" })

describe("minimalRubric (the template)", () => {
  it("is a valid rubric", () => {
    expect(parseRubric(minimalRubric).ok).toBe(true)
  })

  it("golden month 2026-07, computed by hand", () => {
    const events = getOrThrow(
      parseEvents([
        ...roster,
        // s1: 3 late −3, 1 commendation +2 → 100 − 3 + 2 = 99.00
        ...times(3, late("s1")),
        praised("s1"),
        // s2: 25 late −25, but 纪律 deducts only until its 20 points are used up (+5 back) → 80.00, 合格 (80 inclusive)
        ...times(25, late("s2")),
        // s3: 4 commendations +8, the bonus category caps at 5 (−3) → 105.00, which is the maximum
        ...times(4, praised("s3"))
        // s4: nothing → 100.00
      ])
    )
    const a = getOrThrow(score(minimalRubric, events, { period: "2026-07" }))
    expect(a.scores.map((s) => [s.id, s.score, s.rank, s.grade?.id])).toEqual([
      ["s3", "105.00", 1, "pass"],
      ["s4", "100.00", 2, "pass"],
      ["s1", "99.00", 3, "pass"],
      ["s2", "80.00", 4, "pass"]
    ])
    const s2 = a.scores.find((s) => s.id === "s2")
    // 10000 (base) − 2500 (25 × 100) + 500 (category floor) = 8000 hundredths
    expect(s2?.lines.map((l) => [l.kind, l.hundredths])).toEqual([
      ["base", 10000],
      ["item", -2500],
      ["category_floor", 500]
    ])
    const s3 = a.scores.find((s) => s.id === "s3")
    // 10000 + 800 (4 × 200) − 300 (bonus cap 5) = 10500
    expect(s3?.lines.map((l) => [l.kind, l.hundredths])).toEqual([
      ["base", 10000],
      ["item", 800],
      ["category_bonus_cap", -300]
    ])
    // One 服务标兵 a month, by rank: s3.
    expect(a.awards[0]?.winners.map((w) => w.id)).toEqual(["s3"])
  })
})
