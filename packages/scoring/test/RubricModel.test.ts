// Issue 16, points 1 and 3: the rubric model. Nested sub-categories with a
// budget at each level, a flat deduction on a rate computed from events,
// exclusive grade bounds, the evidence source of each item, self-scores
// beside the computed score, and composites that mix computed scores with
// votes passed in by the caller. Every figure of the golden month is worked
// by hand in the comments (hundredths: 100 = 1 point). The guarantees hold
// for each: exact lines summing to the score, ranks independent of input
// order, and "adding a deduction event never raises a score", restated for a
// rate as "the score never rises as the rate moves toward the side that is
// deducted".
import { getOrThrow } from "@tongban/core"
import {
  parseEvents,
  parseRubric,
  type Rubric,
  rubricJsonSchema,
  type ScoringEvent,
  score,
  windowCompositeRubric
} from "@tongban/scoring"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as z from "zod"

type Raw = Record<string, string | number>
const times = (n: number, e: Raw): Array<Raw> => Array.from({ length: n }, () => e)
const rubric = windowCompositeRubric
const D = "2026-07-08"
const roster = (staff: string, window: string, role?: string): Raw => ({
  kind: "staff",
  date: "2026-07-01",
  staff,
  window,
  ...(role === undefined ? {} : { role })
})
const disc = (staff: string, code: string): Raw => ({ kind: "discipline", date: D, staff, code })
const rating = (staff: string, level: string): Raw => ({ kind: "evaluation", date: D, staff, level })

const golden = (): Array<Raw> => [
  roster("s1", "w1"),
  roster("s2", "w1"),
  roster("s3", "w2"),
  roster("s4", "w2", "chief_representative"),
  // s1: law ×4 = −8, held to 依法行政's 5 (+3); rules ×2 = −6; conduct ×1 = −4;
  // 思想作风 loses 4 + 5 + 6 = 15, exactly its points: 100 − 15 = 85.00.
  ...times(4, disc("s1", "law_breach")),
  ...times(2, disc("s1", "rule_breach")),
  disc("s1", "conduct_notice"),
  // s2: rules ×4 = −12, held to 遵纪守法's 10 (+2); conduct ×2 = −8; 思想作风
  // would lose 8 + 10 = 18, held to 15 (+3): 85.00. 1 of 5 ratings excellent
  // is 20.00 %, not below 20: no deduction.
  ...times(4, disc("s2", "rule_breach")),
  ...times(2, disc("s2", "conduct_notice")),
  rating("s2", "very_satisfied"),
  ...times(4, rating("s2", "satisfied")),
  // s3: 1 of 10 excellent = 10.00 % < 20: −3 once: 97.00.
  rating("s3", "very_satisfied"),
  ...times(9, rating("s3", "satisfied"))
  // s4: nothing: 100.00 (no ratings: the rate item is not applied, a note says why).
]

const inputs = {
  window_efficiency: { w1: 90, w2: "80" },
  duty_vote: { w1: 95, w2: 85 },
  citizen_vote: { w1: "88.50", w2: 99 }
}

describe("windowCompositeRubric: golden month, by hand", () => {
  const a = getOrThrow(
    score(rubric, getOrThrow(parseEvents(golden())), {
      period: "2026-07",
      inputs,
      selfScores: { s1: { score: 95, categories: { conduct: 5, law: 0 } }, s3: "97" }
    })
  )
  const of = (id: string) => a.scores.find((s) => s.id === id)

  it("scores, ranks and grades: 85 is not above 85, so s1 and s2 pass and s3, s4 are excellent", () => {
    expect(a.scores.map((s) => [s.id, s.score, s.rank, s.grade?.id])).toEqual([
      ["s4", "100.00", 1, "excellent"],
      ["s3", "97.00", 2, "excellent"],
      ["s1", "85.00", 3, "pass"],
      ["s2", "85.00", 3, "pass"]
    ])
  })

  it("nested lines: each sub-category's floor, then the parent's, each line with its path", () => {
    expect(of("s1")?.lines.map((l) => [l.kind, l.rule, l.hundredths, l.path?.join("/")])).toEqual([
      ["base", "base", 10000, undefined],
      ["item", "conduct-notice", -400, "conduct"],
      ["item", "law-breach", -800, "conduct/law"],
      ["category_floor", "law", 300, "conduct/law"],
      ["item", "rule-breach", -600, "conduct/rules"]
    ])
    expect(of("s2")?.lines.map((l) => [l.kind, l.rule, l.hundredths])).toEqual([
      ["base", "base", 10000],
      ["item", "conduct-notice", -800],
      ["item", "rule-breach", -1200],
      ["category_floor", "rules", 200],
      ["category_floor", "conduct", 300]
    ])
  })

  it("the rate: 10.00 % below 20 deducts 3 once; 20.00 % does not; no ratings is a note", () => {
    const line = of("s3")?.lines.find((l) => l.rule === "excellent-share")
    expect([line?.hundredths, line?.quantity, line?.note?.en]).toEqual([
      -300,
      "10.00",
      "rate 10.00% (1/10), below 20.00%: 3.00 once"
    ])
    expect(of("s2")?.lines.some((l) => l.rule === "excellent-share")).toBe(false)
    expect(of("s4")?.notes.map((n) => n.en)).toEqual([
      "fewer than 20% of ratings excellent: 3 points: the rate's denominator is 0; not applied"
    ])
  })

  it("each item line carries its evidence source", () => {
    expect(
      of("s1")
        ?.lines.filter((l) => l.kind === "item")
        .map((l) => l.evidence?.zh)
    ).toEqual(["中心督查通报", "办件抽查记录", "考勤与巡查记录"])
    expect(of("s3")?.lines.find((l) => l.kind === "item")?.evidence?.en).toBe("the good/bad review system")
  })

  it("self-scores beside the computed score, with the difference computed − self", () => {
    expect(a.scores.map((s) => [s.id, s.selfScore?.score, s.selfScore?.difference])).toEqual([
      ["s4", undefined, undefined],
      ["s3", "97.00", "0.00"],
      ["s1", "95.00", "-10.00"],
      ["s2", undefined, undefined]
    ])
    // By category: what 思想作风 kept is 15 − 4 − 8 + 3 − 6 = 0 (self 5: −5.00); 依法行政 kept 5 − 8 + 3 = 0 (self 0).
    expect(of("s1")?.selfScore?.categories.map((c) => [c.category, c.self, c.computed, c.difference])).toEqual([
      ["conduct", "5.00", "0.00", "-5.00"],
      ["law", "0.00", "0.00", "0.00"]
    ])
    expect(of("s3")?.selfScore?.categories).toEqual([])
  })

  it("服务标兵 by rank, chief representatives excepted: s4 leads but s3 is chosen", () => {
    const award = a.awards[0]
    expect(award?.winners.map((w) => w.id)).toEqual(["s3"])
    expect(award?.ineligible.map((x) => [x.id, x.reasons.map((r) => r.code)])).toEqual([["s4", ["role_not_eligible"]]])
  })

  it("the window composite: efficiency 30 % + staff mean 30 % + votes 20 % + 20 %", () => {
    // w1: 0.3 × 90 = 27.00; 0.3 × (85 + 85) / 2 = 25.50; 0.2 × 95 = 19.00; 0.2 × 88.5 = 17.70; total 89.20.
    // w2: 0.3 × 80 = 24.00; 0.3 × (97 + 100) / 2 = 29.55; 0.2 × 85 = 17.00; 0.2 × 99 = 19.80; total 90.35.
    const c = a.composites[0]
    expect(c?.entries.map((e) => [e.id, e.score, e.rank, e.lines.map((l) => l.hundredths)])).toEqual([
      ["w2", "90.35", 1, [2400, 2955, 1700, 1980]],
      ["w1", "89.20", 2, [2700, 2550, 1900, 1770]]
    ])
    expect(c?.entries[0]?.lines[1]).toMatchObject({ from: "score", value: "98.50", members: ["s3", "s4"] })
  })

  it("without inputs the composite is not computed and says why; the scores stand", () => {
    const b = getOrThrow(score(rubric, getOrThrow(parseEvents(golden())), { period: "2026-07" }))
    expect(b.composites.map((c) => [c.entries.length, c.note?.en])).toEqual([
      [0, "the inputs (window_efficiency, duty_vote, citizen_vote) were not given; not computed"]
    ])
    expect(b.scores.map((s) => s.hundredths)).toEqual(a.scores.map((s) => s.hundredths))
  })
})

describe("composites from staff scores: by role, by sum, least and greatest, per subject and per department", () => {
  // "窗口基础分 = 首席代表得分 × 40% + 其余工作人员得分平均 × 60%", and the window's total and least.
  const base: Rubric = {
    ...rubric,
    inputs: [],
    composites: [
      {
        id: "window-base",
        name: { zh: "窗口基础分", en: "window base score" },
        of: "window",
        components: [
          {
            id: "chief",
            name: { zh: "首席代表 40%", en: "chief 40%" },
            weight: 0.4,
            from: "score",
            aggregate: "sum",
            roles: ["chief_representative"]
          },
          {
            id: "staff",
            name: { zh: "其余人员平均 60%", en: "others' mean 60%" },
            weight: 0.6,
            from: "score",
            exceptRoles: ["chief_representative"]
          }
        ]
      },
      {
        id: "spread",
        name: { zh: "最高与最低", en: "greatest and least" },
        of: "department",
        components: [
          { id: "max", name: { zh: "最高", en: "greatest" }, weight: 1, from: "score", aggregate: "max" },
          { id: "min", name: { zh: "最低", en: "least" }, weight: 1, from: "score", aggregate: "min" }
        ]
      },
      {
        id: "own",
        name: { zh: "本人得分的一半", en: "half the own score" },
        of: "subject",
        components: [{ id: "half", name: { zh: "一半", en: "half" }, weight: 0.5, from: "score" }]
      }
    ]
  }
  const events = getOrThrow(
    parseEvents(golden().map((e) => (e.kind === "staff" ? { ...e, department: e.window === "w1" ? "d1" : "d2" } : e)))
  )
  const a = getOrThrow(score(base, events, { period: "2026-07" }))
  const entries = (i: number) => a.composites[i]?.entries.map((e) => [e.id, e.score, e.lines.map((l) => l.hundredths)])

  it("by hand", () => {
    // w1 has no chief: 0 (a note says so); 0.6 × (85 + 85) / 2 = 51.00.
    // w2: 0.4 × 100 (s4, the chief) = 40.00; 0.6 × 97 (s3) = 58.20; 98.20.
    expect(entries(0)).toEqual([
      ["w2", "98.20", [4000, 5820]],
      ["w1", "51.00", [0, 5100]]
    ])
    expect(a.composites[0]?.entries[1]?.lines[0]?.note?.en).toBe("no member qualifies: 0 points")
    // d1 (s1, s2): 85 + 85 = 170.00; d2 (s3, s4): 100 + 97 = 197.00.
    expect(entries(1)).toEqual([
      ["d2", "197.00", [10000, 9700]],
      ["d1", "170.00", [8500, 8500]]
    ])
    // Half of each own score, rounded once: 50.00, 48.50, 42.50, 42.50; s1 and s2 tie at rank 3.
    expect(a.composites[2]?.entries.map((e) => [e.id, e.score, e.rank])).toEqual([
      ["s4", "50.00", 1],
      ["s3", "48.50", 2],
      ["s1", "42.50", 3],
      ["s2", "42.50", 3]
    ])
  })
})

describe("once on matching events, and a ratio per percentage point", () => {
  // "出现吃拿卡要以外的违纪，扣 3 分（一次，不论次数）"; "差评率每高于 5% 一个百分点扣 1 分".
  const flat: Rubric = {
    id: "once-and-ratio",
    name: { zh: "一次性扣分与差评率", en: "flat once and bad-review rate" },
    subject: "staff",
    period: "month",
    base: 100,
    categories: [{ id: "c", name: { zh: "综合", en: "general" } }],
    items: [
      {
        id: "any-breach",
        category: "c",
        name: { zh: "违纪，扣 3 分（一次）", en: "a breach: 3 points once" },
        effect: "deduct",
        points: 3,
        unit: "once",
        match: { kind: "discipline" }
      },
      {
        id: "late-beyond-2",
        category: "c",
        name: { zh: "迟到超过 2 次扣 2 分（一次）", en: "late beyond twice: 2 points once" },
        effect: "deduct",
        points: 2,
        unit: "once",
        threshold: 2,
        match: { kind: "attendance", codes: ["late"] }
      },
      {
        id: "bad-rate",
        category: "c",
        name: { zh: "差评率每高于 5% 一个百分点扣 1 分", en: "1 point per percentage point of bad reviews above 5%" },
        effect: "deduct",
        points: 1,
        unit: "percentage_point",
        // The rate of good reviews below 95% is the rate of the others above 5%.
        metric: {
          name: "ratio",
          threshold: 95,
          numerator: { kind: "evaluation", levels: ["very_satisfied", "satisfied", "basically_satisfied"] },
          denominator: { kind: "evaluation" },
          minCount: 3
        }
      }
    ]
  }
  const late = (staff: string): Raw => ({ kind: "attendance", date: D, staff, code: "late" })
  it("by hand", () => {
    const a = getOrThrow(
      score(
        flat,
        getOrThrow(
          parseEvents([
            // s1: 3 breaches: −3 once; 3 late (beyond 2): −2 once: 95.00.
            ...times(3, disc("s1", "rule_breach")),
            ...times(3, late("s1")),
            // s2: 2 late: not beyond 2; 8 of 10 ratings good = 80 %, 15 points below 95: −15.00: 85.00.
            ...times(2, late("s2")),
            ...times(8, rating("s2", "satisfied")),
            ...times(2, rating("s2", "dissatisfied")),
            // s3: 1 of 3 not good: 66.67 % (2/3), 95 − 66.666… = 28.333… → −28.33: 71.67.
            ...times(2, rating("s3", "very_satisfied")),
            rating("s3", "very_dissatisfied"),
            // s4: 0 of 2 good, but 2 ratings are fewer than minCount 3: not applied, a note says so: 100.00.
            ...times(2, rating("s4", "dissatisfied"))
          ])
        ),
        { period: "2026-07" }
      )
    )
    expect(a.scores.map((s) => [s.id, s.score, s.lines.slice(1).map((l) => [l.rule, l.hundredths])])).toEqual([
      ["s4", "100.00", []],
      [
        "s1",
        "95.00",
        [
          ["any-breach", -300],
          ["late-beyond-2", -200]
        ]
      ],
      ["s2", "85.00", [["bad-rate", -1500]]],
      ["s3", "71.67", [["bad-rate", -2833]]]
    ])
    expect(a.scores[0]?.notes.map((n) => n.en)).toEqual([
      "1 point per percentage point of bad reviews above 5%: the rate's denominator 2 is below 3; not applied"
    ])
  })
})

describe("inputs and self-scores from the caller are checked, each problem located", () => {
  const events = getOrThrow(parseEvents(golden()))
  const codes = (options: Record<string, unknown>) => {
    const r = score(rubric, events, { period: "2026-07", ...options })
    return r.ok ? [] : r.issues.map((i) => [i.code, i.path.join(".")])
  }
  it("unknown input, unknown window, missing and out-of-range values", () => {
    expect(
      codes({
        inputs: {
          ...inputs,
          survey: { w1: 1 },
          duty_vote: { w1: 120, w9: 80 },
          citizen_vote: { w1: "abc", w2: 99 }
        }
      })
    ).toEqual([
      ["input_out_of_range", "inputs.duty_vote.w1"],
      ["input_subject_unknown", "inputs.duty_vote.w9"],
      ["input_out_of_range", "inputs.citizen_vote.w1"],
      ["input_unknown", "inputs.survey"],
      // Missing, window by window: w1's vote (120 refused) and citizens' ("abc" refused), then w2's vote.
      ["input_missing", "inputs.duty_vote.w1"],
      ["input_missing", "inputs.citizen_vote.w1"],
      ["input_missing", "inputs.duty_vote.w2"]
    ])
  })
  it("inputs and self-scores of the wrong shape", () => {
    expect(codes({ inputs: [1] })).toEqual([["inputs_invalid", "inputs"]])
    expect(codes({ inputs: { ...inputs, duty_vote: 7 } })).toEqual([
      ["inputs_invalid", "inputs.duty_vote"],
      ["input_missing", "inputs.duty_vote.w1"],
      ["input_missing", "inputs.duty_vote.w2"]
    ])
    expect(codes({ inputs, selfScores: "95" })).toEqual([["self_scores_invalid", "selfScores"]])
    expect(codes({ inputs, selfScores: { s9: 90, s1: -1, s2: 0.125 } })).toEqual([
      ["self_score_subject_unknown", "selfScores.s9"],
      ["self_score_invalid", "selfScores.s1"],
      ["self_score_invalid", "selfScores.s2"]
    ])
    expect(
      codes({
        inputs,
        selfScores: { s1: { score: 90, categories: { nope: 1, law: "x" }, extra: 1 }, s2: { score: [] } }
      })
    ).toEqual([
      ["self_scores_invalid", "selfScores.s1.extra"],
      ["self_score_category_unknown", "selfScores.s1.categories.nope"],
      ["self_score_invalid", "selfScores.s1.categories.law"],
      ["self_score_invalid", "selfScores.s2.score"]
    ])
  })
})

describe("the rubric checks of the new rules", () => {
  const issues = (r: unknown) => {
    const p = parseRubric(r)
    return p.ok ? [] : p.issues.map((i) => [i.code, i.path.join(".")])
  }
  const [conduct, law, rules, quality] = rubric.categories
  const items = rubric.items
  it("a parent that does not exist, and parents that go round", () => {
    if (conduct === undefined || law === undefined || rules === undefined || quality === undefined) throw new Error()
    expect(issues({ ...rubric, categories: [conduct, { ...law, parent: "nope" }, rules, quality] })).toEqual([
      ["category_unknown", "categories.1.parent"]
    ])
    expect(issues({ ...rubric, categories: [{ ...conduct, parent: "rules" }, law, rules, quality] })).toEqual([
      ["category_cycle", "categories.0.parent"],
      ["category_cycle", "categories.2.parent"]
    ])
  })
  it("once needs a metric or a match; when is for once only; ratios need both counts", () => {
    const rate = items[3]
    if (rate === undefined) throw new Error()
    expect(
      issues({
        ...rubric,
        items: [
          { ...rate, match: { kind: "evaluation" } },
          { ...rate, id: "pp", unit: "percentage_point" }
        ]
      })
    ).toEqual([
      ["item_once_source", "items.0"],
      ["item_rule_conflict", "items.1.metric.when"]
    ])
    expect(issues({ ...rubric, items: [{ ...rate, metric: { name: "ratio", threshold: 20 } }] })[0]?.[1]).toMatch(
      /^items\.0\.metric/
    )
  })
  it("a grade bound twice with the same inclusivity is a duplicate; 85 and above 85 are two bounds", () => {
    const pass = { id: "pass", name: { zh: "合格", en: "pass" }, min: 85 }
    const excellent = { id: "excellent", name: { zh: "优秀", en: "excellent" }, min: 85, inclusive: false }
    expect(issues({ ...rubric, grades: [excellent, pass] })).toEqual([])
    expect(issues({ ...rubric, grades: [pass, { ...pass, id: "again" }] })).toEqual([
      ["grade_min_duplicate", "grades.1.min"]
    ])
  })
  it("eligibility by role is for staff rubrics (a window's type is not in the events)", () => {
    expect(issues({ ...rubric, subject: "window", composites: [], inputs: [] })).toEqual([
      ["roles_not_staff", "awards.0.eligibility.0"]
    ])
  })
  it("a composite's input must be declared", () => {
    expect(issues({ ...rubric, inputs: [] })).toEqual([
      ["input_undeclared", "composites.0.components.0.input"],
      ["input_undeclared", "composites.0.components.2.input"],
      ["input_undeclared", "composites.0.components.3.input"]
    ])
  })
})

it("the JSON Schema follows: it accepts windowCompositeRubric and refuses its misspelt keys", () => {
  const schema = z.fromJSONSchema(rubricJsonSchema())
  expect(schema.safeParse(rubric).success).toBe(true)
  const [conduct, ...rest] = rubric.categories
  expect(schema.safeParse({ ...rubric, categories: [{ ...conduct, parnet: "x" }, ...rest] }).success).toBe(false)
  expect(
    schema.safeParse({ ...rubric, grades: [{ id: "g", name: { zh: "优", en: "g" }, min: 85, inclusive: "no" }] })
      .success
  ).toBe(false)
  expect(
    schema.safeParse({ ...rubric, composites: [{ id: "c", name: conduct?.name, of: "window", components: [] }] })
      .success
  ).toBe(false)
})

describe("properties of the new rules", () => {
  const STAFF = ["s1", "s2", "s3", "s4"] as const
  const staff = fc.constantFrom(...STAFF)
  const deduction = fc
    .record({ s: staff, code: fc.constantFrom("law_breach", "rule_breach", "conduct_notice") })
    .map(({ s, code }) => disc(s, code))
  const evaluation = fc
    .record({ s: staff, level: fc.constantFrom("very_satisfied", "satisfied", "dissatisfied") })
    .map(({ s, level }) => rating(s, level))
  const base = [roster("s1", "w1"), roster("s2", "w1"), roster("s3", "w2"), roster("s4", "w2", "chief_representative")]
  const eventsArb = fc.array(fc.oneof(deduction, evaluation), { maxLength: 60 }).map((xs) => [...base, ...xs])
  const voteArb = fc.record({ w1: fc.integer({ min: 0, max: 10000 }), w2: fc.integer({ min: 0, max: 10000 }) })
  const votes = fc.record({ window_efficiency: voteArb, duty_vote: voteArb, citizen_vote: voteArb })
  const asPoints = (v: { w1: number; w2: number }) => ({ w1: v.w1 / 100, w2: v.w2 / 100 })
  const inputsOf = (v: {
    window_efficiency: typeof v.duty_vote
    duty_vote: { w1: number; w2: number }
    citizen_vote: typeof v.duty_vote
  }) => ({
    window_efficiency: asPoints(v.window_efficiency),
    duty_vote: asPoints(v.duty_vote),
    citizen_vote: asPoints(v.citizen_vote)
  })
  const run = (raw: ReadonlyArray<Raw>, r: Rubric = rubric, v?: Parameters<typeof inputsOf>[0]) =>
    getOrThrow(
      score(r, getOrThrow(parseEvents(raw)), {
        period: "2026-07",
        ...(v === undefined ? {} : { inputs: inputsOf(v) })
      })
    )
  const scoresOf = (a: ReturnType<typeof run>): Map<string, number> =>
    new Map(a.scores.map((s) => [s.id, s.hundredths]))

  it("lines sum exactly to scores and composites; ranks and composites do not depend on the order of events", () => {
    fc.assert(
      fc.property(
        eventsArb.chain((raw) => fc.tuple(fc.constant(raw), fc.shuffledSubarray(raw, { minLength: raw.length }))),
        votes,
        ([raw, shuffled], v) => {
          const a = run(raw, rubric, v)
          const b = run(shuffled, rubric, v)
          for (const s of a.scores) expect(s.lines.reduce((t, l) => t + l.hundredths, 0)).toBe(s.hundredths)
          for (const e of a.composites[0]?.entries ?? [])
            expect(e.lines.reduce((t, l) => t + l.hundredths, 0)).toBe(e.hundredths)
          const ranks = (x: typeof a) => new Map(x.scores.map((s) => [s.id, [s.rank, s.hundredths, s.grade?.id]]))
          expect(ranks(b)).toEqual(ranks(a))
          expect(b.composites).toEqual(a.composites)
        }
      ),
      { numRuns: 60 }
    )
  })

  it("budgets hold at each level: a sub-category never loses more than its points, nor its parent", () => {
    fc.assert(
      fc.property(eventsArb, (raw) => {
        for (const s of run(raw).scores) {
          const lost = (prefix: string) =>
            -s.lines
              .filter((l) => l.path !== undefined && `${l.path.join("/")}/`.startsWith(`${prefix}/`))
              .reduce((t, l) => t + l.hundredths, 0)
          expect(lost("conduct")).toBeLessThanOrEqual(1500)
          expect(lost("conduct/law")).toBeLessThanOrEqual(500)
          expect(lost("conduct/rules")).toBeLessThanOrEqual(1000)
        }
      }),
      { numRuns: 80 }
    )
  })

  it("adding a deduction event never raises a score nor a composite", () => {
    fc.assert(
      fc.property(eventsArb, deduction, votes, (raw, extra, v) => {
        const before = run(raw, rubric, v)
        const after = run([...raw, extra], rubric, v)
        const b = scoresOf(before)
        for (const [id, h] of scoresOf(after)) expect(h).toBeLessThanOrEqual(b.get(id) ?? 10000)
        const cb = new Map((before.composites[0]?.entries ?? []).map((e) => [e.id, e.hundredths]))
        for (const e of after.composites[0]?.entries ?? []) expect(e.hundredths).toBeLessThanOrEqual(cb.get(e.id) ?? 0)
      }),
      { numRuns: 60 }
    )
  })

  it("a rate: an excellent rating (the rate rises) never lowers a score, any other (it falls) never raises one", () => {
    fc.assert(
      fc.property(eventsArb, staff, fc.constantFrom("satisfied", "dissatisfied"), (raw, s, other) => {
        const before = scoresOf(run(raw))
        const up = scoresOf(run([...raw, rating(s, "very_satisfied")]))
        const down = scoresOf(run([...raw, rating(s, other)]))
        expect(up.get(s) ?? 0).toBeGreaterThanOrEqual(before.get(s) ?? 0)
        expect(down.get(s) ?? 0).toBeLessThanOrEqual(before.get(s) ?? 0)
      }),
      { numRuns: 80 }
    )
  })

  it("grades never fall as scores rise, and a score exactly on an exclusive bound does not reach it", () => {
    fc.assert(
      fc.property(eventsArb, (raw) => {
        const order = ["excellent", "pass", "fail"]
        const ss = run(raw).scores
        for (const x of ss) {
          if (x.hundredths === 8500) expect(x.grade?.id).toBe("pass")
          for (const y of ss)
            if (x.hundredths > y.hundredths)
              expect(order.indexOf(x.grade?.id ?? "")).toBeLessThanOrEqual(order.indexOf(y.grade?.id ?? ""))
        }
      }),
      { numRuns: 80 }
    )
  })

  it("raising a vote never lowers a composite", () => {
    fc.assert(
      fc.property(
        eventsArb,
        votes,
        fc.constantFrom("window_efficiency", "duty_vote", "citizen_vote"),
        (raw, v, which) => {
          const higher = { ...v, [which]: { w1: 10000, w2: 10000 } }
          const a = new Map((run(raw, rubric, v).composites[0]?.entries ?? []).map((e) => [e.id, e.hundredths]))
          for (const e of run(raw, rubric, higher).composites[0]?.entries ?? [])
            expect(e.hundredths).toBeGreaterThanOrEqual(a.get(e.id) ?? 0)
        }
      ),
      { numRuns: 40 }
    )
  })
})

// The evidence of a rubric without sub-categories stays off the path: flat rubrics keep their lines as before.
it("a flat rubric's lines carry no path", () => {
  const flat: Rubric = { ...rubric, categories: rubric.categories.map(({ parent: _, ...c }) => c) }
  const events: ReadonlyArray<ScoringEvent> = getOrThrow(parseEvents(golden()))
  const a = getOrThrow(score(flat, events, { period: "2026-07", inputs }))
  expect(a.scores.flatMap((s) => s.lines).some((l) => l.path !== undefined)).toBe(false)
})
