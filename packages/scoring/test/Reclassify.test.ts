// Issue 16: reclassification before counting ("半天内缺签按旷工处理"). A
// rubric's `reclassify` rules give an event of one code another code before
// any item counts it; golden case by hand on windowStaffMonthlyRubric, and
// properties: scoring with the rules equals scoring the events reclassified
// by hand with a rubric without them, and the restated guarantee (adding an
// event that, reclassified, is a deduction never raises a score).
import { getOrThrow, parseLocalDate } from "@tongban/core"
import {
  parseEvents,
  parseRubric,
  type Rubric,
  type ScoringEvent,
  score,
  windowStaffMonthlyRubric
} from "@tongban/scoring"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

const day = getOrThrow(parseLocalDate("2026-07-08"))
const roster: ReadonlyArray<ScoringEvent> = ["s1", "s2", "s3"].map((staff) => ({
  kind: "staff",
  date: getOrThrow(parseLocalDate("2026-07-01")),
  staff,
  window: "w1"
}))
const attendance = (staff: string, code: string, quantity?: number): ScoringEvent => ({
  kind: "attendance",
  date: day,
  staff,
  window: "w1",
  code,
  ...(quantity === undefined ? {} : { quantity })
})
const { reclassify: _, ...withoutRules } = windowStaffMonthlyRubric

describe("reclassify: golden case by hand (windowStaffMonthlyRubric, 2026-07)", () => {
  // s1: a missed sign-in of 1 half day counts as absence: −3 → 97.00.
  // s2: absent 1 half day −3 and a missed sign-in of 2 half days −6: 100 − 9 = 91.00.
  // s3: a late within 10 minutes −1, no rule maps it: 99.00.
  const events = [
    ...roster,
    attendance("s1", "missed_sign_in", 1),
    attendance("s2", "absent", 1),
    attendance("s2", "missed_sign_in", 2),
    attendance("s3", "late_10")
  ]
  const a = getOrThrow(score(windowStaffMonthlyRubric, events, { period: "2026-07" }))

  it("counts a missed sign-in as absence, per half day: s1 97.00, s2 91.00, s3 99.00", () => {
    expect(a.scores.map((s) => [s.id, s.score, s.rank])).toEqual([
      ["s3", "99.00", 1],
      ["s1", "97.00", 2],
      ["s2", "91.00", 3]
    ])
  })

  it("itemises the reclassified events under the absence item, citing the same event numbers, lines summing to the score", () => {
    const s2 = a.scores.find((s) => s.id === "s2")
    expect(s2?.lines.map((l) => [l.rule, l.hundredths, l.events])).toEqual([
      ["base", 10000, []],
      ["absent", -900, [4, 5]]
    ])
    for (const s of a.scores) expect(s.lines.reduce((n, l) => n + l.hundredths, 0)).toBe(s.hundredths)
  })

  it("without the rule a missed sign-in is a code no item matches: s1 and s2's extra half days count nothing", () => {
    const b = getOrThrow(score(withoutRules, events, { period: "2026-07" }))
    expect(b.scores.map((s) => [s.id, s.score])).toEqual([
      ["s1", "100.00"],
      ["s3", "99.00"],
      ["s2", "97.00"]
    ])
  })

  it("refuses a rule for a kind whose codes are fixed, and a rule without codes, located", () => {
    const bad = parseRubric({
      ...windowStaffMonthlyRubric,
      reclassify: [
        { id: "x", name: { zh: "x", en: "x" }, match: { kind: "case", codes: ["overdue"] }, code: "on_time" }
      ]
    })
    expect(bad.ok ? [] : bad.issues.map((i) => i.path.join("."))).toEqual(["reclassify.0.match.kind"])
    const empty = parseRubric({
      ...windowStaffMonthlyRubric,
      reclassify: [{ id: "x", name: { zh: "x", en: "x" }, match: { kind: "attendance", codes: [] }, code: "absent" }]
    })
    expect(empty.ok ? [] : empty.issues.map((i) => i.path.join("."))).toEqual(["reclassify.0.match.codes"])
  })
})

const CODES = ["late_10", "late_30", "absent", "missed_sign_in", "leave", "off"] as const
const event = fc
  .tuple(fc.constantFrom("s1", "s2", "s3"), fc.constantFrom(...CODES), fc.integer({ min: 1, max: 6 }))
  .map(([staff, code, q]) => attendance(staff, code, q))
const rules = fc.array(
  fc.record({
    from: fc.uniqueArray(fc.constantFrom(...CODES), { minLength: 1, maxLength: 3 }),
    to: fc.constantFrom(...CODES)
  }),
  { maxLength: 3 }
)
const withRules = (rs: ReadonlyArray<{ from: ReadonlyArray<string>; to: string }>): Rubric => ({
  ...withoutRules,
  reclassify: rs.map((r, i) => ({
    id: `r${i}`,
    name: { zh: `r${i}`, en: `r${i}` },
    match: { kind: "attendance", codes: [...r.from] },
    code: r.to
  }))
})
/** The reference: each event's code by the first rule listing it. */
const byHand = (events: ReadonlyArray<ScoringEvent>, rs: ReadonlyArray<{ from: ReadonlyArray<string>; to: string }>) =>
  events.map((e) => {
    const r = rs.find((x) => e.code !== undefined && x.from.includes(e.code))
    return r === undefined ? e : { ...e, code: r.to }
  })
const deducts = new Set(
  windowStaffMonthlyRubric.items.filter((i) => i.effect === "deduct").flatMap((i) => i.match?.codes ?? [])
)

describe("reclassify: properties", () => {
  it("scores as the rubric without the rules scores the events reclassified by hand", () => {
    fc.assert(
      fc.property(rules, fc.array(event, { maxLength: 20 }), (rs, es) => {
        const events = [...roster, ...es]
        expect(score(withRules(rs), events, { period: "2026-07" })).toEqual(
          score(withoutRules, byHand(events, rs), { period: "2026-07" })
        )
      }),
      { numRuns: 150 }
    )
  })

  it("adding an event that is a deduction once reclassified never raises a score (restated guarantee)", () => {
    fc.assert(
      fc.property(rules, fc.array(event, { maxLength: 20 }), event, (rs, es, extra) => {
        const [counted] = byHand([extra], rs)
        fc.pre(counted?.code !== undefined && deducts.has(counted.code))
        const rubric = withRules(rs)
        const before = getOrThrow(score(rubric, [...roster, ...es], { period: "2026-07" }))
        const after = getOrThrow(score(rubric, [...roster, ...es, extra], { period: "2026-07" }))
        for (const s of after.scores) {
          const was = before.scores.find((b) => b.id === s.id)
          expect(s.hundredths).toBeLessThanOrEqual(was?.hundredths ?? Number.POSITIVE_INFINITY)
        }
      }),
      { numRuns: 150 }
    )
  })
})

describe("reclassify: events from JSON", () => {
  it("reads the missed sign-in of an events file as any other attendance code", () => {
    const events = getOrThrow(
      parseEvents([{ kind: "attendance", date: "2026-07-08", staff: "s1", window: "w1", code: "missed_sign_in" }])
    )
    const a = getOrThrow(score(windowStaffMonthlyRubric, events, { period: "2026-07" }))
    expect(a.scores.map((s) => s.score)).toEqual(["97.00"])
  })
})
