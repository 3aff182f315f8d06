// Issue 16, point 2: periods and roll-ups. A rubric scored month by month
// over a quarter or a year (scorePeriods), the months rolled up by sum,
// mean, last or weights (rollup), cumulative rankings, award rounds per
// period, repeated failure and eligibility by the period before. Golden
// cases are computed by hand in the comments; the properties are the
// guarantees docs/scoring.md states.
import { getOrThrow } from "@tongban/core"
import {
  type Assessment,
  minimalRubric,
  parseEvents,
  type Rollup,
  type RollupRule,
  type Rubric,
  rankBy,
  rollup,
  score,
  scorePeriods,
  scoringCodes
} from "@tongban/scoring"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { matchingEvent, roster } from "./arbitraries/events.js"

const staffLine = (staff: string): Record<string, unknown> => ({
  kind: "staff",
  date: "2026-01-01",
  staff,
  window: "w1"
})
const late = (date: string, staff: string): Record<string, unknown> => ({
  kind: "attendance",
  date,
  staff,
  window: "w1",
  code: "late"
})
const praise = (date: string, staff: string): Record<string, unknown> => ({
  kind: "commendation",
  date,
  staff,
  window: "w1"
})

// minimalRubric: monthly, base 100, late −1, commendation +2, pass ≥ 80.
// s1, s2 on the roster (scored every month); s3 only has a late in February.
// s1: Jan 2 lates → 98; Feb a commendation → 102; Mar nothing → 100.
// s2: Jan 100; Feb a late → 99; Mar a commendation → 102.
// s3: Feb a late → 99.
const golden = getOrThrow(
  parseEvents([
    staffLine("s1"),
    staffLine("s2"),
    late("2026-01-05", "s1"),
    late("2026-01-06", "s1"),
    praise("2026-02-10", "s1"),
    late("2026-02-11", "s2"),
    late("2026-02-12", "s3"),
    praise("2026-03-03", "s2")
  ])
)
const months = getOrThrow(scorePeriods(minimalRubric, golden, { within: "2026-Q1" }))

const totals = (r: Pick<Rollup, "entries">): Array<[string, string, number]> =>
  r.entries.map((e) => [e.id, e.score, e.rank])
const codes = (r: { ok: boolean; issues?: ReadonlyArray<{ code: string }> }): Array<string> =>
  r.ok ? [] : (r.issues ?? []).map((i) => i.code)

describe("scorePeriods: one rubric, the same events, each period within a longer one", () => {
  it("gives the months of a quarter, each scored as score would for that month", () => {
    expect(months.map((a) => a.period.id)).toEqual(["2026-01", "2026-02", "2026-03"])
    expect(months.map((a) => a.scores.map((s) => `${s.id} ${s.score}`))).toEqual([
      ["s2 100.00", "s1 98.00"],
      ["s1 102.00", "s2 99.00", "s3 99.00"],
      ["s2 102.00", "s1 100.00"]
    ])
    const feb = getOrThrow(score(minimalRubric, golden, { period: "2026-02" }))
    expect(months[1]).toEqual(feb)
  })

  it("gives the twelve months of a year and the four quarters of a year", () => {
    expect(getOrThrow(scorePeriods(minimalRubric, golden, { within: "2026" })).map((a) => a.period.id)).toHaveLength(12)
    const quarterly: Rubric = { ...minimalRubric, period: "quarter" }
    const qs = getOrThrow(scorePeriods(quarterly, golden, { within: "2026" }))
    expect(qs.map((a) => a.period.id)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"])
    // Q1 of the quarterly rubric: s1 100 − 2 + 2 = 100, s2 100 − 1 + 2 = 101, s3 99.
    expect(qs[0]?.scores.map((s) => `${s.id} ${s.score}`)).toEqual(["s2 101.00", "s1 100.00", "s3 99.00"])
  })

  it("refuses a period that cannot be divided into the rubric's periods, and a bad period", () => {
    const quarterly: Rubric = { ...minimalRubric, period: "quarter" }
    const r = scorePeriods(quarterly, golden, { within: "2026-02" })
    expect(codes(r)).toEqual(["period_not_within"])
    expect(r.ok ? [] : r.issues[0]?.path).toEqual(["within"])
    expect(codes(scorePeriods(minimalRubric, golden, { within: "2026-13" }))).toEqual(["period_invalid"])
  })
})

describe("rollup: golden cases by hand", () => {
  it("sums the months (default): s2 100 + 99 + 102 = 301, s1 98 + 102 + 100 = 300, s3 99", () => {
    const q1 = getOrThrow(rollup(months))
    expect(totals(q1)).toEqual([
      ["s2", "301.00", 1],
      ["s1", "300.00", 2],
      ["s3", "99.00", 3]
    ])
    expect(q1.periods).toEqual(["2026-01", "2026-02", "2026-03"])
    expect(q1.combine.rule).toBe("sum")
    const s3 = q1.entries[2]
    expect(s3?.parts.map((p) => [p.period, p.score, p.weight])).toEqual([["2026-02", "99.00", "1.00"]])
    expect(s3?.absent).toEqual(["2026-01", "2026-03"])
    // The itemised lines of each month are carried: s1's January has the base and two lates.
    const jan = q1.entries[1]?.parts[0]
    expect(jan?.lines.map((l) => [l.rule, l.points])).toEqual([
      ["base", "100.00"],
      ["late", "-2.00"]
    ])
    expect(jan?.grade?.id).toBe("pass")
  })

  it("averages: s2 301 / 3 = 100.33 (rounded), s1 100.00; s3 99 over its one month, or 33.00 counting absences as 0", () => {
    expect(totals(getOrThrow(rollup(months, { combine: "mean" })))).toEqual([
      ["s2", "100.33", 1],
      ["s1", "100.00", 2],
      ["s3", "99.00", 3]
    ])
    const zero = getOrThrow(rollup(months, { combine: "mean", missing: "zero" }))
    expect(totals(zero)[2]).toEqual(["s3", "33.00", 3])
    expect(zero.entries[2]?.divisor).toBe("3.00")
  })

  it("weights 0.2 / 0.3 / 0.5: s1 19.60 + 30.60 + 50.00 = 100.20, s2 20.00 + 29.70 + 51.00 = 100.70", () => {
    const combine = { weights: { "2026-01": 0.2, "2026-02": "0.3", "2026-03": 0.5 } }
    const w = getOrThrow(rollup(months, { combine }))
    expect(totals(w)).toEqual([
      ["s2", "100.70", 1],
      ["s1", "100.20", 2],
      ["s3", "99.00", 3]
    ])
    // s3 counting its absences as 0: 99 × 0.3 / 1.0 = 29.70.
    expect(totals(getOrThrow(rollup(months, { combine, missing: "zero" })))[2]).toEqual(["s3", "29.70", 3])
    expect(w.combine.weights).toEqual({ "2026-01": "0.20", "2026-02": "0.30", "2026-03": "0.50" })
  })

  it("takes the last: s2 102, s1 100; s3 its February 99, or 0 when the last period must be its own", () => {
    const last = getOrThrow(rollup(months, { combine: "last" }))
    expect(totals(last)).toEqual([
      ["s2", "102.00", 1],
      ["s1", "100.00", 2],
      ["s3", "99.00", 3]
    ])
    expect(last.entries[1]?.parts.map((p) => p.weight)).toEqual(["0.00", "0.00", "1.00"])
    expect(totals(getOrThrow(rollup(months, { combine: "last", missing: "zero" })))[2]).toEqual(["s3", "0.00", 3])
  })

  it("gives the cumulative standing after each month: Jan s2 100, s1 98; Feb s1 200, s2 199, s3 99; Mar s2 301, s1 300", () => {
    const q1 = getOrThrow(rollup(months))
    expect(q1.cumulative.map((c) => [c.period, c.standings.map((s) => `${s.rank} ${s.id} ${s.score}`)])).toEqual([
      ["2026-01", ["1 s2 100.00", "2 s1 98.00"]],
      ["2026-02", ["1 s1 200.00", "2 s2 199.00", "3 s3 99.00"]],
      ["2026-03", ["1 s2 301.00", "2 s1 300.00", "3 s3 99.00"]]
    ])
    expect(q1.cumulative[2]?.standings).toEqual(
      q1.entries.map((e) => ({ id: e.id, score: e.score, hundredths: e.hundredths, rank: e.rank }))
    )
  })

  it("holds an award round each month (quota 1): Jan s2, Feb s1, Mar s2; with no repeat wins March has no one", () => {
    const rule: RollupRule = {
      awards: [
        { id: "monthly", quota: 1 },
        { id: "once", quota: 1, repeat: false },
        { id: "quarter", per: "rollup", quota: 1 }
      ]
    }
    const [monthly, once, quarter] = getOrThrow(rollup(months, rule)).awards
    expect(monthly?.rounds.map((r) => [r.period, r.winners.map((w) => w.id)])).toEqual([
      ["2026-01", ["s2"]],
      ["2026-02", ["s1"]],
      ["2026-03", ["s2"]]
    ])
    expect(once?.rounds.map((r) => r.winners.map((w) => w.id))).toEqual([["s2"], ["s1"], []])
    expect(once?.rounds[2]?.ineligible.map((x) => [x.id, x.reasons.map((r) => r.code)])).toEqual([
      ["s1", ["won_before"]],
      ["s2", ["won_before"]]
    ])
    expect(quarter?.rounds).toEqual([
      {
        period: "2026-01/2026-03",
        winners: [{ id: "s2", score: "301.00", reasons: [expect.objectContaining({ code: "within_quota" })] }],
        ineligible: []
      }
    ])
  })

  it("makes eligibility depend on the month before: full marks (100) before, or the monthly award before", () => {
    const rule: RollupRule = {
      awards: [
        { id: "monthly", quota: 1 },
        { id: "after-full", quota: 1, previous: { minScore: 100 } },
        { id: "after-award", quota: 1, previous: { awards: ["monthly"] } }
      ]
    }
    const [, full, after] = getOrThrow(rollup(months, rule)).awards
    // January: no December result. February: s1 had 98, s3 no January score; s2 had 100 and wins with 99.
    // March: s1 had 102 in February and wins; s2 had 99.
    expect(full?.rounds.map((r) => r.winners.map((w) => w.id))).toEqual([[], ["s2"], ["s1"]])
    expect(full?.rounds[0]?.ineligible.map((x) => x.reasons[0]?.code)).toEqual(["previous_missing", "previous_missing"])
    expect(full?.rounds[1]?.ineligible.map((x) => [x.id, x.reasons[0]?.code])).toEqual([
      ["s1", "previous_below"],
      ["s3", "previous_absent"]
    ])
    expect(full?.rounds[2]?.ineligible.map((x) => [x.id, x.reasons[0]?.code])).toEqual([["s2", "previous_below"]])
    // The monthly winners were s2 (Jan) and s1 (Feb): each alone is eligible the month after.
    expect(after?.rounds.map((r) => r.winners.map((w) => w.id))).toEqual([[], ["s2"], ["s1"]])
  })

  it("makes eligibility depend on earlier wins: monthly winners Jan s2, Feb s1, Mar s2", () => {
    const rule: RollupRule = {
      awards: [
        { id: "monthly", quota: 1 },
        { id: "veteran", quota: 1, earlier: { awards: ["monthly"] } },
        { id: "twice", per: "rollup", quota: 1, earlier: { awards: ["monthly"], count: 2 } }
      ]
    }
    const [, veteran, twice] = getOrThrow(rollup(months, rule)).awards
    // January: nobody won before. February: s2 (January's winner) alone. March: s2 (102) and s1 (100) both won before.
    expect(veteran?.rounds.map((r) => r.winners.map((w) => w.id))).toEqual([[], ["s2"], ["s2"]])
    expect(veteran?.rounds[1]?.ineligible.map((x) => [x.id, x.reasons[0]?.code])).toEqual([
      ["s1", "earlier_award"],
      ["s3", "earlier_award"]
    ])
    // Over the quarter only s2 won twice.
    expect(twice?.rounds[0]?.winners.map((w) => w.id)).toEqual(["s2"])
    expect(twice?.rounds[0]?.ineligible.map((x) => [x.id, x.reasons[0]?.message.en])).toEqual([
      ["s1", "won monthly in 1 earlier period(s), 2 needed"],
      ["s3", "won monthly in 0 earlier period(s), 2 needed"]
    ])
  })

  it("reads the previous award from the periods' own results too, and a grade before", () => {
    const given = months.map((a) => JSON.parse(JSON.stringify(a)))
    // Each month's own award (the rubric's service-model) went to the month's first: s2, s1, s2.
    const r = getOrThrow(
      rollup(given, {
        awards: [
          { id: "after-model", quota: 2, previous: { awards: ["service-model"] } },
          { id: "after-pass", quota: 5, previous: { grades: ["pass"] } }
        ]
      })
    )
    expect(r.awards[0]?.rounds.map((x) => x.winners.map((w) => w.id))).toEqual([[], ["s2"], ["s1"]])
    expect(r.awards[1]?.rounds.map((x) => x.winners.map((w) => w.id))).toEqual([[], ["s1", "s2"], ["s2", "s1"]])
  })

  it("lists repeated failure: below 101 in two consecutive months is s2 (Jan 100, Feb 99); a gap breaks the run", () => {
    const r = getOrThrow(rollup(months, { failure: { below: 101, consecutive: 2 } }))
    expect(r.repeatedFailure?.people).toEqual([{ id: "s2", runs: [["2026-01", "2026-02"]] }])
    expect(r.repeatedFailure?.rule.zh).toBe("连续 2 期得分低于 101.00")
    // s1 failed January (98) and March (100): with February missing they are not consecutive.
    const gap = getOrThrow(rollup([months[0], months[2]], { failure: { below: 101, consecutive: 2 } }))
    expect(gap.repeatedFailure?.people).toEqual([])
    // By grade: two years of 不合格 (a synthetic pair of annual results).
    const year = (id: string, grade: string, h: number) => ({
      rubric: "unit",
      period: { id },
      scores: [{ id: "u1", hundredths: h, grade: { id: grade, name: { zh: grade, en: grade } } }]
    })
    const years = [year("2024", "fail", 5500), year("2025", "fail", 5900), year("2026", "fail", 5000)]
    const y = getOrThrow(rollup(years, { failure: { grades: ["fail"], consecutive: 2 } }))
    expect(y.repeatedFailure?.people).toEqual([{ id: "u1", runs: [["2024", "2025", "2026"]] }])
  })

  it("decides ties at the quota edge by the rule: include takes both, exclude takes neither", () => {
    const period = (id: string) => ({
      rubric: "r",
      period: { id },
      scores: [
        { id: "a", hundredths: 9900 },
        { id: "b", hundredths: 9500 },
        { id: "c", hundredths: 9500 }
      ]
    })
    const r = getOrThrow(
      rollup([period("2026-07")], {
        awards: [
          { id: "in", quota: 2, ties: "include" },
          { id: "out", quota: 2, ties: "exclude" }
        ]
      })
    )
    expect(r.awards[0]?.rounds[0]?.winners.map((w) => w.id)).toEqual(["a", "b", "c"])
    expect(r.awards[1]?.rounds[0]?.winners.map((w) => w.id)).toEqual(["a"])
    expect(r.awards[1]?.rounds[0]?.ineligible.map((x) => [x.id, x.reasons[0]?.code])).toEqual([
      ["b", "tied_at_quota_edge"],
      ["c", "tied_at_quota_edge"]
    ])
    expect(r.entries.map((e) => e.rank)).toEqual([1, 2, 2])
    expect(getOrThrow(rollup([period("2026-07")], { method: "dense" })).ranking.method).toBe("dense")
  })

  it("is JSON-serialisable, and reads the JSON of the periods' results as it reads the results", () => {
    const direct = getOrThrow(rollup(months, { combine: "mean", awards: [{ id: "m", quota: 1 }] }))
    expect(JSON.parse(JSON.stringify(direct))).toEqual(direct)
    const fromJson = getOrThrow(
      rollup(JSON.parse(JSON.stringify(months)), { combine: "mean", awards: [{ id: "m", quota: 1 }] })
    )
    expect(fromJson).toEqual(direct)
  })
})

describe("rollup: bad input is a located bilingual issue from the scoring table", () => {
  const r = (id: string, rubric = "r") => ({ rubric, period: { id }, scores: [{ id: "a", hundredths: 100 }] })
  const cases: ReadonlyArray<[string, unknown, unknown, string, ReadonlyArray<string | number>]> = [
    ["no results", [], undefined, "rollup_empty", ["results"]],
    ["two rubrics", [r("2026-01"), r("2026-02", "other")], undefined, "rollup_rubric_mixed", ["results", 1, "rubric"]],
    [
      "a month and a quarter",
      [r("2026-01"), r("2026-Q2")],
      undefined,
      "rollup_period_kind_mixed",
      ["results", 1, "period", "id"]
    ],
    [
      "a month twice",
      [r("2026-01"), r("2026-01")],
      undefined,
      "rollup_period_duplicate",
      ["results", 1, "period", "id"]
    ],
    [
      "outside the roll-up",
      [r("2025-12")],
      { within: "2026" },
      "rollup_period_outside",
      ["results", 0, "period", "id"]
    ],
    ["a bad period", [r("2026-13")], undefined, "period_invalid", ["results", 0, "period", "id"]],
    [
      "an id twice",
      [
        {
          rubric: "r",
          period: { id: "2026-01" },
          scores: [
            { id: "a", hundredths: 1 },
            { id: "a", hundredths: 2 }
          ]
        }
      ],
      undefined,
      "rollup_entity_duplicate",
      ["results", 0, "scores", 1, "id"]
    ],
    [
      "a weight missing",
      [r("2026-01"), r("2026-02")],
      { combine: { weights: { "2026-01": 1 } } },
      "rollup_weight_missing",
      ["rule", "combine", "weights"]
    ],
    [
      "a weight unused",
      [r("2026-01")],
      { combine: { weights: { "2026-01": 1, "2026-13": 1 } } },
      "rollup_weight_unused",
      ["rule", "combine", "weights", "2026-13"]
    ],
    [
      "a zero weight",
      [r("2026-01")],
      { combine: { weights: { "2026-01": 0 } } },
      "rollup_weight_invalid",
      ["rule", "combine", "weights", "2026-01"]
    ],
    [
      "a roll-up award by the period before",
      [r("2026-01")],
      { awards: [{ id: "x", per: "rollup", quota: 1, previous: {} }] },
      "rollup_award_previous",
      ["rule", "awards", 0, "per"]
    ],
    [
      "a failure rule with no line",
      [r("2026-01")],
      { failure: { consecutive: 2 } },
      "rollup_failure_rule_empty",
      ["rule", "failure"]
    ],
    ["a misspelt key", [r("2026-01")], { combin: "sum" }, "unrecognized_keys", ["rule"]],
    ["not results", "hello", undefined, "invalid_type", ["results"]]
  ]
  for (const [name, results, rule, code, path] of cases) {
    it(`${name}: ${code}`, () => {
      const out = Reflect.apply(rollup, undefined, [results, rule])
      expect(out.ok).toBe(false)
      const issue = out.ok ? undefined : out.issues[0]
      expect(issue?.code).toBe(code)
      expect(issue?.path).toEqual(path)
      expect(issue?.message.zh.length).toBeGreaterThan(0)
      expect(issue?.message.en.length).toBeGreaterThan(0)
      if (code.startsWith("rollup_")) expect(Object.keys(scoringCodes.codes)).toContain(code)
    })
  }
})

// ---------------------------------------------------------------------------
// Properties.

/** Synthetic periods' results: months of 2026, ids a–f, scores in hundredths. */
const syntheticResults = fc
  .uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 })
  .chain((monthsIn) =>
    fc.tuple(
      ...monthsIn.map((m) =>
        fc
          .uniqueArray(
            fc.record({
              id: fc.constantFrom("a", "b", "c", "d", "e", "f"),
              hundredths: fc.integer({ min: 0, max: 11_000 })
            }),
            { selector: (s) => s.id, maxLength: 6 }
          )
          .map((scores) => ({ rubric: "r", period: { id: `2026-${String(m).padStart(2, "0")}` }, scores }))
      )
    )
  )

const combines = (ids: ReadonlyArray<string>): fc.Arbitrary<RollupRule["combine"]> =>
  fc.oneof(
    fc.constantFrom("sum" as const, "mean" as const, "last" as const),
    fc
      .array(fc.integer({ min: 1, max: 500 }), { minLength: ids.length, maxLength: ids.length })
      .map((ws) => ({ weights: Object.fromEntries(ids.map((id, i) => [id, (ws[i] ?? 1) / 100])) }))
  )

const shuffled = <A>(list: ReadonlyArray<A>, keys: ReadonlyArray<number>): Array<A> =>
  list
    .map((x, i) => ({ x, k: keys[i % Math.max(1, keys.length)] ?? 0, i }))
    .sort((p, q) => p.k - q.k || p.i - q.i)
    .map((p) => p.x)

const h = (text: string): bigint => {
  const [whole = "0", frac = "00"] = text.replace("-", "").split(".")
  const v = BigInt(whole) * 100n + BigInt(frac)
  return text.startsWith("-") ? -v : v
}

describe("rollup: properties", () => {
  it("by sum equals scoring the concatenated events when the rubric is additive and uncapped", () => {
    // Base 0, no maximum to speak of, bonuses only with no cap: a score is the sum of its events' points.
    const additive: Rubric = {
      ...minimalRubric,
      base: 0,
      maximum: 10_000,
      categories: [{ id: "bonus", name: { zh: "加分", en: "bonus" } }],
      items: minimalRubric.items.filter((it) => it.effect === "add"),
      grades: [{ id: "any", name: { zh: "任何", en: "any" }, min: 0 }],
      awards: []
    }
    const quarterly: Rubric = { ...additive, period: "quarter" }
    fc.assert(
      fc.property(fc.array(matchingEvent(additive), { maxLength: 40 }), (events) => {
        const q = getOrThrow(score(quarterly, events, { period: "2026-Q3" }))
        const m = getOrThrow(scorePeriods(additive, events, { within: "2026-Q3" }))
        const r = getOrThrow(rollup(m))
        const byId = new Map(r.entries.map((e) => [e.id, e]))
        expect(r.entries).toHaveLength(q.scores.length)
        for (const s of q.scores) {
          expect(byId.get(s.id)?.hundredths).toBe(s.hundredths)
          expect(byId.get(s.id)?.rank).toBe(s.rank)
        }
      }),
      { numRuns: 60 }
    )
  })

  it("ranks, standings, awards and failures do not depend on the order of the results or of their scores", () => {
    fc.assert(
      fc.property(
        syntheticResults,
        fc.array(fc.integer(), { minLength: 1, maxLength: 12 }),
        fc.constantFrom("standard_competition" as const, "dense" as const),
        (results, keys, method) => {
          const rule: RollupRule = {
            method,
            awards: [
              { id: "m", quota: 2, repeat: false, ties: "exclude" },
              { id: "p", quota: 1, previous: { minScore: 90 } },
              { id: "y", per: "rollup", quota: 1 }
            ],
            failure: { below: 60, consecutive: 2 }
          }
          const a = getOrThrow(rollup(results, rule))
          const b = getOrThrow(
            rollup(
              shuffled(results, keys).map((x) => ({ ...x, scores: shuffled(x.scores, [...keys].reverse()) })),
              rule
            )
          )
          expect(b).toEqual(a)
          // Ranks are competition (or dense) ranks of the totals.
          const expected = rankBy(a.entries, (x, y) => y.hundredths - x.hundredths, { method })
          expect(a.entries.map((e) => e.rank)).toEqual(expected)
        }
      ),
      { numRuns: 150 }
    )
  })

  it("a roll-up of one period is that period: the same scores, ranks and grades, by any rule", () => {
    fc.assert(
      fc.property(
        fc.array(matchingEvent(minimalRubric), { maxLength: 30 }),
        fc.constantFrom("2026-07", "2026-08", "2026-09"),
        fc.constantFrom<RollupRule["combine"]>("sum", "mean", "last", {
          weights: { "2026-07": 0.3, "2026-08": 0.3, "2026-09": 0.4 }
        }),
        (drawn, period, combine) => {
          const events = [...roster, ...drawn]
          const a = getOrThrow(score(minimalRubric, events, { period }))
          const weights =
            typeof combine === "object" ? { weights: { [period]: combine.weights[period] ?? 1 } } : combine
          const r = getOrThrow(rollup([a], { combine: weights }))
          const byId = new Map(r.entries.map((e) => [e.id, e]))
          const rankOfScore = rankBy(a.scores, (x, y) => y.hundredths - x.hundredths)
          a.scores.forEach((s, i) => {
            const e = byId.get(s.id)
            expect(e?.hundredths).toBe(s.hundredths)
            expect(e?.score).toBe(s.score)
            expect(e?.rank).toBe(rankOfScore[i])
            expect(e?.parts.map((p) => [p.period, p.grade?.id])).toEqual([[period, s.grade?.id]])
          })
          expect(r.entries).toHaveLength(a.scores.length)
        }
      ),
      { numRuns: 60 }
    )
  })

  it("adding a deduction event to any month never raises a roll-up total (for anyone already scored that month)", () => {
    fc.assert(
      fc.property(
        fc.array(matchingEvent(minimalRubric), { maxLength: 30 }),
        matchingEvent(minimalRubric, { only: "deduct" }),
        fc.constantFrom<RollupRule["combine"]>("sum", "mean", "last", {
          weights: { "2026-07": 0.2, "2026-08": 0.3, "2026-09": 0.5 }
        }),
        fc.constantFrom("skip" as const, "zero" as const),
        (drawn, extra, combine, missing) => {
          // The roster scores every staff member in every month, so the extra event adds no period to anyone.
          const events = [...roster, ...drawn]
          const more = [...events, extra]
          const before = getOrThrow(
            rollup(getOrThrow(scorePeriods(minimalRubric, events, { within: "2026-Q3" })), { combine, missing })
          )
          const after = getOrThrow(
            rollup(getOrThrow(scorePeriods(minimalRubric, more, { within: "2026-Q3" })), { combine, missing })
          )
          const was = new Map(before.entries.map((e) => [e.id, e.hundredths]))
          for (const e of after.entries)
            expect(e.hundredths).toBeLessThanOrEqual(was.get(e.id) ?? Number.POSITIVE_INFINITY)
        }
      ),
      { numRuns: 60 }
    )
  })

  it("is exact in hundredths: each total is Σ(weight × score) ÷ divisor rounded half away from zero, and a sum is the parts' sum", () => {
    fc.assert(
      fc.property(
        syntheticResults.chain((results) => fc.tuple(fc.constant(results), combines(results.map((r) => r.period.id)))),
        fc.constantFrom("skip" as const, "zero" as const),
        ([results, combine], missing) => {
          const r = getOrThrow(rollup(results, { combine, missing }))
          for (const e of r.entries) {
            expect(Number.isInteger(e.hundredths)).toBe(true)
            expect(h(e.score)).toBe(BigInt(e.hundredths))
            const num = e.parts.reduce((acc, p) => acc + h(p.weight) * BigInt(p.hundredths), 0n)
            const den = h(e.divisor)
            const neg = num < 0n
            const abs = neg ? -num : num
            const q = (2n * abs + den) / (2n * den)
            expect(BigInt(e.hundredths)).toBe(neg ? -q : q)
            if (combine === "sum") expect(e.parts.reduce((acc, p) => acc + p.hundredths, 0)).toBe(e.hundredths)
          }
        }
      ),
      { numRuns: 200 }
    )
  })
})

describe("scorePeriods with events as plain objects", () => {
  it("reads them as parseEvents does", () => {
    const plain = [{ kind: "attendance", date: "2026-07-06", staff: "s1", window: "w1", code: "late" }]
    const r = Reflect.apply(scorePeriods, undefined, [minimalRubric, plain, { within: "2026-Q3" }])
    const a: ReadonlyArray<Assessment> = r.ok ? r.value : []
    expect(a.map((x) => x.scores.map((s) => s.score))).toEqual([["99.00"], [], []])
  })
})

// Windows and departments of a staff rubric, rolled up by the same rule as
// the staff. minimalRubric (late −1, commendation +2); s1, s2 in w1, s3 in
// w2, all three in department d1.
// January: s1 one late → 99, s2 100, s3 two lates → 98.
//   w1 (99 + 100) / 2 = 99.50, w2 98.00; d1 (99 + 100 + 98) / 3 = 99.00.
// February: s1 100, s2 a commendation → 102, s3 a late → 99.
//   w1 (100 + 102) / 2 = 101.00, w2 99.00; d1 301 / 3 = 100.33.
// Sum: w1 99.50 + 101.00 = 200.50, w2 98.00 + 99.00 = 197.00, d1 199.33.
// Mean: w1 100.25, w2 98.50, d1 199.33 / 2 = 99.665 → 99.67 (half away from zero).
// Last: w1 101.00, w2 99.00.
const member = (staff: string, window: string): Record<string, unknown> => ({
  kind: "staff",
  date: "2026-01-01",
  staff,
  window,
  department: "d1"
})
const groupMonths = getOrThrow(
  scorePeriods(
    minimalRubric,
    getOrThrow(
      parseEvents([
        member("s1", "w1"),
        member("s2", "w1"),
        member("s3", "w2"),
        { kind: "attendance", date: "2026-01-05", staff: "s1", window: "w1", code: "late" },
        { kind: "attendance", date: "2026-01-06", staff: "s3", window: "w2", code: "late" },
        { kind: "attendance", date: "2026-01-07", staff: "s3", window: "w2", code: "late" },
        { kind: "commendation", date: "2026-02-10", staff: "s2", window: "w1" },
        { kind: "attendance", date: "2026-02-11", staff: "s3", window: "w2", code: "late" }
      ])
    ),
    { within: "2026-Q1" }
  )
).slice(0, 2)

describe("rollup: windows and departments, golden cases by hand", () => {
  it("reads the months' window and department means: Jan w1 99.50, w2 98.00, d1 99.00; Feb w1 101.00, w2 99.00, d1 100.33", () => {
    expect(groupMonths.map((a) => a.windows.map((w) => `${w.id} ${w.mean}`))).toEqual([
      ["w1 99.50", "w2 98.00"],
      ["w1 101.00", "w2 99.00"]
    ])
    expect(groupMonths.map((a) => a.departments.map((d) => `${d.id} ${d.mean}`))).toEqual([["d1 99.00"], ["d1 100.33"]])
  })

  it("sums, averages and takes the last as for staff: w1 200.50 / 100.25 / 101.00, w2 197.00 / 98.50 / 99.00, d1 199.33 / 99.67", () => {
    const sum = getOrThrow(rollup(groupMonths))
    expect(totals(sum.windows)).toEqual([
      ["w1", "200.50", 1],
      ["w2", "197.00", 2]
    ])
    expect(totals(sum.departments)).toEqual([["d1", "199.33", 1]])
    expect(sum.windows.entries[0]?.parts.map((p) => `${p.period} ${p.score} ${p.weight}`)).toEqual([
      "2026-01 99.50 1.00",
      "2026-02 101.00 1.00"
    ])
    const mean = getOrThrow(rollup(groupMonths, { combine: "mean" }))
    expect(mean.windows.entries.map((e) => [e.id, e.score, e.divisor])).toEqual([
      ["w1", "100.25", "2.00"],
      ["w2", "98.50", "2.00"]
    ])
    expect(mean.departments.entries.map((e) => e.score)).toEqual(["99.67"])
    const last = getOrThrow(rollup(groupMonths, { combine: "last" }))
    expect(last.windows.entries.map((e) => e.score)).toEqual(["101.00", "99.00"])
    const weights = getOrThrow(rollup(groupMonths, { combine: { weights: { "2026-01": 1, "2026-02": 3 } } }))
    // w1 (99.50 + 3 × 101.00) / 4 = 402.50 / 4 = 100.625 → 100.63; w2 (98 + 297) / 4 = 98.75.
    expect(weights.windows.entries.map((e) => e.score)).toEqual(["100.63", "98.75"])
  })

  it("gives the windows' cumulative standing and their own award rounds: monthly 红旗窗口 w1, w1; without repeat wins February's is w2", () => {
    const r = getOrThrow(
      rollup(groupMonths, {
        awards: [
          { id: "red-flag", of: "windows", quota: 1 },
          { id: "red-flag-once", of: "windows", quota: 1, repeat: false },
          { id: "star", quota: 1 }
        ]
      })
    )
    expect(r.windows.cumulative.map((c) => c.standings.map((s) => `${s.id} ${s.score} ${s.rank}`))).toEqual([
      ["w1 99.50 1", "w2 98.00 2"],
      ["w1 200.50 1", "w2 197.00 2"]
    ])
    expect(r.windows.awards.map((a) => [a.id, a.rounds.map((x) => x.winners.map((w) => w.id).join())])).toEqual([
      ["red-flag", ["w1", "w1"]],
      ["red-flag-once", ["w1", "w2"]]
    ])
    // The staff's round stays with the staff: January s2 (100), February s2 (102).
    expect(r.awards.map((a) => [a.id, a.rounds.map((x) => x.winners.map((w) => w.id).join())])).toEqual([
      ["star", ["s2", "s2"]]
    ])
    expect(r.departments.awards).toEqual([])
  })

  it("refuses a window twice in one period and a mean that is not points, located", () => {
    const twice = rollup([
      {
        rubric: "r",
        period: { id: "2026-01" },
        scores: [],
        windows: [
          { id: "w1", mean: "1" },
          { id: "w1", mean: "2" }
        ]
      }
    ])
    expect(twice.ok ? [] : twice.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["rollup_entity_duplicate", "results.0.windows.1.id"]
    ])
    const bad = rollup([
      { rubric: "r", period: { id: "2026-01" }, scores: [], departments: [{ id: "d1", mean: "1.234" }] }
    ])
    expect(bad.ok ? [] : bad.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["points_invalid", "results.0.departments.0.mean"]
    ])
  })
})

describe("rollup: windows and departments, properties", () => {
  /** The same numbers as window means and as department means, so that each level must roll up as the subjects do. */
  const asGroups = (
    results: ReadonlyArray<{
      rubric: string
      period: { id: string }
      scores: ReadonlyArray<{ id: string; hundredths: number }>
    }>
  ) =>
    results.map((r) => {
      const groups = r.scores.map((s) => ({ id: s.id, mean: (s.hundredths / 100).toFixed(2) }))
      return {
        rubric: r.rubric,
        period: r.period,
        scores: r.scores,
        windows: groups,
        departments: [...groups].reverse()
      }
    })
  const level = (l: { entries: Rollup["entries"]; cumulative: Rollup["cumulative"] }) => ({
    entries: l.entries.map((e) => ({ ...e, parts: e.parts.map((p) => [p.period, p.hundredths, p.weight]) })),
    cumulative: l.cumulative
  })

  it("rolls windows and departments up exactly as staff scores of the same hundredths, by any rule, in any input order", () => {
    fc.assert(
      fc.property(
        syntheticResults.chain((results) => fc.tuple(fc.constant(results), combines(results.map((r) => r.period.id)))),
        fc.constantFrom("skip" as const, "zero" as const),
        ([results, combine], missing) => {
          const input = asGroups(results)
          const r = getOrThrow(rollup(input, { combine, missing }))
          const staff = level(r)
          expect(level(r.windows)).toEqual(staff)
          expect(level(r.departments)).toEqual(staff)
          const shuffled = getOrThrow(
            rollup(
              [...input].reverse().map((x) => ({ ...x, windows: [...x.windows].reverse() })),
              { combine, missing }
            )
          )
          expect(level(shuffled.windows)).toEqual(level(r.windows))
          for (const e of r.windows.entries) {
            expect(h(e.score)).toBe(BigInt(e.hundredths))
            if (combine === "sum") expect(e.parts.reduce((acc, p) => acc + p.hundredths, 0)).toBe(e.hundredths)
          }
        }
      ),
      { numRuns: 150 }
    )
  })
})
