// Issue 16, point 1: people out of scope (后台人员、企业派驻人员不参加考核):
// a rubric's scope.excludeRoles leaves them out of the scores, the ranking,
// the window means and the awards, and lists them.
import { getOrThrow } from "@tongban/core"
import { minimalRubric, parseEvents, parseRubric, type Rubric, score } from "@tongban/scoring"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

const rubric: Rubric = { ...minimalRubric, scope: { excludeRoles: ["back_office", "enterprise"] } }

const roster = [
  { kind: "staff", date: "2026-07-01", staff: "s1", window: "w1" },
  { kind: "staff", date: "2026-07-01", staff: "s2", window: "w1" },
  { kind: "staff", date: "2026-07-01", staff: "b1", window: "w1", role: "back_office" },
  { kind: "staff", date: "2026-07-01", staff: "e1", window: "w1", role: "enterprise" }
]
const late = (staff: string) => ({ kind: "attendance", date: "2026-07-06", staff, window: "w1", code: "late" })

describe("people out of scope", () => {
  it("golden, by hand: b1 and e1 are left out; s1 99.00 (one late), s2 100.00; w1's mean (100 + 99) / 2 = 99.50", () => {
    const events = getOrThrow(parseEvents([...roster, late("s1"), late("b1"), late("e1"), late("e1")]))
    const a = getOrThrow(score(rubric, events, { period: "2026-07" }))
    expect(a.scores.map((s) => [s.id, s.score, s.rank])).toEqual([
      ["s2", "100.00", 1],
      ["s1", "99.00", 2]
    ])
    expect(a.outOfScope).toEqual(["b1", "e1"])
    expect(a.windows.map((w) => [w.id, w.mean, w.members])).toEqual([["w1", "99.50", ["s1", "s2"]]])
    expect(a.awards[0]?.winners.map((w) => w.id)).toEqual(["s2"])
    // Without the scope, e1 (100 − 2 = 98) and b1 (99) are scored too.
    expect(getOrThrow(score(minimalRubric, events, { period: "2026-07" })).scores).toHaveLength(4)
  })

  it("a window rubric cannot leave roles out", () => {
    const r = parseRubric({ ...rubric, subject: "window" })
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([["scope_not_staff", ["scope"]]])
  })

  it("the scores of those in scope do not depend on what the people out of scope did", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("s1", "s2", "b1", "e1"), { maxLength: 30 }), (who) => {
        const all = getOrThrow(
          score(rubric, getOrThrow(parseEvents([...roster, ...who.map(late)])), { period: "2026-07" })
        )
        const inScope = who.filter((w) => w === "s1" || w === "s2")
        const only = getOrThrow(
          score(rubric, getOrThrow(parseEvents([...roster, ...inScope.map(late)])), { period: "2026-07" })
        )
        // Lines name events by their index in the list given, which differs; the figures do not.
        const figures = (x: typeof all) =>
          x.scores.map((s) => [s.id, s.hundredths, s.rank, s.lines.map((l) => [l.kind, l.rule, l.hundredths])])
        expect(figures(all)).toEqual(figures(only))
        expect(all.outOfScope).toEqual(["b1", "e1"])
      }),
      { numRuns: 100 }
    )
  })
})
