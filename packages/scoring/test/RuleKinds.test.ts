// Issue 16 point 4: the rule kinds of the guide's table that no example
// rubric carries (severity tiers, uncapped deductions, a bonus inside a
// deduction category, points per day present), each in one rubric scored
// by hand, so that the table can cite a case for every rule it says can be
// written.
import { getOrThrow } from "@tongban/core"
import { parseEvents, parseRubric, type Rubric, score } from "@tongban/scoring"
import { describe, expect, it } from "vitest"

const rubric: Rubric = {
  id: "rule-kinds",
  name: { zh: "规则种类示例", en: "rule kinds" },
  source: { zh: "文档规则表", en: "the guide's rule table" },
  subject: "staff",
  period: "month",
  base: 100,
  maximum: 130,
  categories: [
    { id: "discipline", name: { zh: "工作纪律", en: "discipline" }, points: 20 },
    // 扣分不封顶: no points, so nothing stops the deductions but the floor at 0.
    { id: "conduct", name: { zh: "作风（扣分不封顶）", en: "conduct (uncapped)" } },
    { id: "attendance", name: { zh: "出勤", en: "attendance" }, bonusCap: 25 }
  ],
  items: [
    {
      id: "minor",
      category: "conduct",
      name: { zh: "情节较轻的每起扣 1–3 分", en: "minor: 1–3 points each" },
      effect: "deduct",
      points: 1,
      unit: "occurrence",
      range: { min: 1, max: 3 },
      match: { kind: "discipline", codes: ["minor"] }
    },
    {
      id: "serious",
      category: "conduct",
      name: { zh: "情节严重的每起扣 5–10 分", en: "serious: 5–10 points each" },
      effect: "deduct",
      points: 5,
      unit: "occurrence",
      range: { min: 5, max: 10 },
      match: { kind: "discipline", codes: ["serious"] }
    },
    {
      id: "late",
      category: "discipline",
      name: { zh: "迟到每次扣 5 分", en: "late: 5 points each" },
      effect: "deduct",
      points: 5,
      unit: "occurrence",
      match: { kind: "attendance", codes: ["late"] }
    },
    {
      id: "helped",
      category: "discipline",
      name: { zh: "纪律类中的加分：帮带新人每次加 1 分", en: "a bonus inside discipline: 1 point each" },
      effect: "add",
      points: 1,
      unit: "occurrence",
      match: { kind: "commendation", codes: ["helped"] }
    },
    {
      id: "present",
      category: "attendance",
      name: { zh: "实际出勤天数有一天得 1 分", en: "1 point per day present" },
      effect: "add",
      points: 1,
      unit: "person_time",
      match: { kind: "attendance", codes: ["present"] }
    }
  ]
}

const ev = (kind: string, code: string, extra: Record<string, unknown> = {}) => ({
  kind,
  date: "2026-07-06",
  staff: "s1",
  window: "w1",
  code,
  ...extra
})

describe("rule kinds without an example rubric", () => {
  it("is a valid rubric", () => {
    expect(parseRubric(rubric).ok).toBe(true)
  })

  it("golden month, computed by hand", () => {
    const events = getOrThrow(
      parseEvents([
        ev("attendance", "late"),
        ev("attendance", "late"),
        ev("commendation", "helped"),
        ev("discipline", "serious", { points: 10 }),
        ev("discipline", "serious", { points: 10 }),
        ev("discipline", "serious", { points: 8 }),
        ev("discipline", "minor", { points: 2 }),
        ev("attendance", "present", { quantity: 22 })
      ])
    )
    const s = getOrThrow(score(rubric, events, { period: "2026-07" })).scores[0]
    // 100 − 2 × 5 (late) + 1 (helped, inside discipline) − (10 + 10 + 8) (serious) − 2 (minor)
    // + 22 × 1 (days present, under the bonus cap of 25) = 100 − 10 + 1 − 30 + 22 = 83;
    // conduct loses 30 with no category cap (扣分不封顶).
    expect(s?.score).toBe("83.00")
    const byRule = new Map<string, number>()
    for (const l of s?.lines ?? []) byRule.set(l.rule, (byRule.get(l.rule) ?? 0) + l.hundredths)
    expect(Object.fromEntries(byRule)).toMatchObject({
      late: -1000,
      helped: 100,
      serious: -2800,
      minor: -200,
      present: 2200
    })
  })

  it("a tier's points outside its range are a located issue", () => {
    const events = getOrThrow(parseEvents([ev("discipline", "serious", { points: 3 })]))
    const r = score(rubric, events, { period: "2026-07" })
    expect(r.ok ? "" : r.issues[0]?.code).toBe("event_points_out_of_range")
  })
})
