// Issue 16, point 1: a threshold before counting starts ("每月请假超过 2 天（不含
// 2 天），每增加 1 天扣 1 分"): the first units of the period are free. The
// guarantees that hold for every item hold for it: exact lines summing to the
// score, ranks independent of input order, and adding a deduction event never
// raises a score (more units past the threshold only deduct more).
import { getOrThrow } from "@tongban/core"
import { parseEvents, parseRubric, type Rubric, type ScoringEvent, score } from "@tongban/scoring"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

const rubric: Rubric = {
  id: "leave-threshold",
  name: { zh: "请假超过 2 天扣分", en: "leave beyond 2 days deducts" },
  subject: "staff",
  period: "month",
  base: 100,
  categories: [{ id: "attendance", name: { zh: "考勤", en: "attendance" }, points: 10 }],
  items: [
    {
      id: "leave",
      category: "attendance",
      name: { zh: "请假超过 2 天（不含 2 天），每增加 1 天扣 1 分", en: "leave beyond 2 days: 1 point a day" },
      effect: "deduct",
      points: 1,
      unit: "person_time",
      threshold: 2,
      match: { kind: "attendance", codes: ["leave"] }
    },
    {
      id: "late",
      category: "attendance",
      name: { zh: "迟到 3 次以上每次扣 0.5 分", en: "late beyond 3 times: 0.5 each" },
      effect: "deduct",
      points: 0.5,
      unit: "occurrence",
      threshold: 3,
      match: { kind: "attendance", codes: ["late"] }
    }
  ]
}

const leave = (staff: string, days: number) => ({
  kind: "attendance",
  date: "2026-07-06",
  staff,
  window: "w1",
  code: "leave",
  quantity: days
})
const late = (staff: string) => ({ kind: "attendance", date: "2026-07-07", staff, window: "w1", code: "late" })

describe("threshold before counting starts", () => {
  it("golden month, by hand: 3 days −1, 2 days 0, 1 + 4 days −3; 4 late −0.5, 3 late 0", () => {
    const events = getOrThrow(
      parseEvents([
        leave("s1", 3), // 3 − 2 = 1 day counted → −1.00 → 99.00
        leave("s2", 2), // 2 − 2 = 0 → 100.00
        leave("s3", 1),
        leave("s3", 4), // 1 + 4 = 5, 5 − 2 = 3 → −3.00 → 97.00
        late("s4"),
        late("s4"),
        late("s4"),
        late("s4"), // 4 − 3 = 1 time counted → −0.50 → 99.50
        late("s5"),
        late("s5"),
        late("s5") // 3 − 3 = 0 → 100.00
      ])
    )
    const a = getOrThrow(score(rubric, events, { period: "2026-07" }))
    expect(a.scores.map((s) => [s.id, s.score, s.rank])).toEqual([
      ["s2", "100.00", 1],
      ["s5", "100.00", 1],
      ["s4", "99.50", 3],
      ["s1", "99.00", 4],
      ["s3", "97.00", 5]
    ])
    const s3 = a.scores.find((s) => s.id === "s3")
    expect(s3?.lines.map((l) => [l.kind, l.hundredths, l.quantity])).toEqual([
      ["base", 10000, undefined],
      ["item", -300, "5"]
    ])
    expect(s3?.lines[1]?.note?.en).toBe("5 counted, the first 2 free, 3 scored")
  })

  it("a threshold with a range, difficulty weights or a metric is refused", () => {
    const item = rubric.items[0]
    if (item === undefined) throw new Error("no item")
    const r = parseRubric({ ...rubric, items: [{ ...item, range: { min: 1, max: 2 } }] })
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ["item_rule_conflict", ["items", 0, "threshold"]]
    ])
  })

  const eventsArb = fc.array(
    fc.oneof(
      fc
        .record({ staff: fc.constantFrom("s1", "s2", "s3"), days: fc.integer({ min: 1, max: 6 }) })
        .map((x) => leave(x.staff, x.days)),
      fc.constantFrom("s1", "s2", "s3").map(late)
    ),
    { maxLength: 40 }
  )
  const scoresOf = (events: ReadonlyArray<ScoringEvent>): Map<string, number> =>
    new Map(getOrThrow(score(rubric, events, { period: "2026-07" })).scores.map((s) => [s.id, s.hundredths]))

  it("adding a deduction event never raises a score, past or before the threshold", () => {
    fc.assert(
      fc.property(
        eventsArb,
        fc.oneof(fc.constantFrom("s1", "s2", "s3").map(late), fc.constant(leave("s1", 2))),
        (raw, extra) => {
          const before = scoresOf(getOrThrow(parseEvents(raw)))
          const after = scoresOf(getOrThrow(parseEvents([...raw, extra])))
          for (const [id, h] of after) expect(h).toBeLessThanOrEqual(before.get(id) ?? 10000)
        }
      ),
      { numRuns: 100 }
    )
  })

  it("lines sum exactly to the score, and ranks do not depend on the order of the events", () => {
    fc.assert(
      fc.property(
        eventsArb.chain((raw) => fc.tuple(fc.constant(raw), fc.shuffledSubarray(raw, { minLength: raw.length }))),
        ([raw, shuffled]) => {
          const a = getOrThrow(score(rubric, getOrThrow(parseEvents(raw)), { period: "2026-07" }))
          const b = getOrThrow(score(rubric, getOrThrow(parseEvents(shuffled)), { period: "2026-07" }))
          for (const s of a.scores) expect(s.lines.reduce((t, l) => t + l.hundredths, 0)).toBe(s.hundredths)
          const ranks = (x: typeof a) => new Map(x.scores.map((s) => [s.id, [s.rank, s.hundredths]]))
          expect(ranks(b)).toEqual(ranks(a))
        }
      ),
      { numRuns: 100 }
    )
  })
})
