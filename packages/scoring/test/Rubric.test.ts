import {
  formatPoints,
  jointLiabilityRubric,
  parsePeriod,
  parsePoints,
  parseRubric,
  quarterlyDeductionRubric,
  rubricJsonSchema,
  windowMaximum110Rubric
} from "@tongban/scoring"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

describe("rubrics", () => {
  it("the three example rubrics are valid and carry their source", () => {
    for (const r of [quarterlyDeductionRubric, windowMaximum110Rubric, jointLiabilityRubric]) {
      expect(parseRubric(r).ok).toBe(true)
      expect(r.source?.zh).toMatch(/仿公开/)
    }
  })

  it("cross-references and rules are located issues", () => {
    const codes = (x: unknown) => {
      const r = parseRubric(x)
      return r.ok ? [] : r.issues.map((i) => [i.code, i.path.join(".")])
    }
    const items = quarterlyDeductionRubric.items
    expect(codes({ ...quarterlyDeductionRubric, items: [{ ...items[0], category: "nope" }] })).toEqual([
      ["category_unknown", "items.0.category"]
    ])
    expect(codes({ ...quarterlyDeductionRubric, maximum: 90 })).toEqual([["maximum_below_base", "maximum"]])
    expect(codes({ ...quarterlyDeductionRubric, items: [items[0], items[0]] })).toEqual([
      ["id_duplicate", "items.1.id"]
    ])
    expect(codes({ ...quarterlyDeductionRubric, items: [{ ...items[0], range: { min: 2, max: 3 } }] })).toEqual([
      ["range_invalid", "items.0.range"]
    ])
    expect(
      codes({ ...quarterlyDeductionRubric, items: [{ ...items[0], joint: { share: 0.5 }, effect: "add" }] })
    ).toEqual([["joint_not_deduction", "items.0.joint"]])
    expect(
      codes({
        ...jointLiabilityRubric,
        vetoes: [{ ...jointLiabilityRubric.vetoes?.[2], effect: { capGrade: "gold" } }]
      })
    ).toEqual([["grade_unknown", "vetoes.0.effect.capGrade"]])
    expect(codes({ ...quarterlyDeductionRubric, colour: "red" })[0]?.[0]).toBe("unrecognized_keys")
    expect(codes({ ...quarterlyDeductionRubric, base: 0.125 })).toEqual([["points_invalid", "base"]])
    expect(
      codes({
        ...quarterlyDeductionRubric,
        awards: [{ ...quarterlyDeductionRubric.awards?.[0], quota: { share: 1.5 } }]
      })[0]?.[0]
    ).toBe("share_invalid")
  })

  it("never throws on anything", () => {
    fc.assert(
      fc.property(fc.anything(), (x) => void parseRubric(x)),
      { numRuns: 300 }
    )
  })

  it("exports a JSON Schema", () => {
    const schema = rubricJsonSchema()
    expect(schema.type).toBe("object")
    expect(Object.keys(Reflect.get(schema, "properties") ?? {})).toContain("items")
  })
})

describe("points and periods", () => {
  it("points: two decimals read exactly and printed back", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (h) => {
        expect(parsePoints(formatPoints(h))).toEqual({ ok: true, value: h })
      })
    )
    expect(parsePoints(0.1)).toEqual({ ok: true, value: 10 })
    expect(parsePoints(0.1 + 0.2).ok).toBe(false)
    expect(parsePoints("1e3").ok).toBe(false)
    expect(parsePoints(Number.NaN).ok).toBe(false)
  })

  it("periods: a year, a quarter, a month; anything else is an issue", () => {
    expect(parsePeriod("2026")).toMatchObject({
      ok: true,
      value: { kind: "year", from: "2026-01-01", to: "2026-12-31" }
    })
    expect(parsePeriod("2024-02")).toMatchObject({ ok: true, value: { from: "2024-02-01", to: "2024-02-29" } })
    expect(parsePeriod("2026-Q4")).toMatchObject({ ok: true, value: { from: "2026-10-01", to: "2026-12-31" } })
    for (const bad of ["2026-Q5", "2026-00", "26", "", null, "1899"]) expect(parsePeriod(bad).ok).toBe(false)
  })
})
