import { parseJson } from "@tongban/core"
import { modelJsonSchema, parseModel } from "@tongban/simulation"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { richModel } from "./arbitraries/models.js"

const base = {
  departments: [{ id: "market", reviewers: 2 }],
  windows: [{ id: "general", count: 2 }],
  services: [
    { id: "licence", department: "market", arrivals: { perDay: 10 }, windowMinutes: { type: "fixed", value: 5 } }
  ]
}

const codes = (input: unknown): Array<string> => {
  const r = parseModel(input)
  return r.ok ? [] : r.issues.map((i) => i.code)
}

describe("parseModel", () => {
  it("accepts the generated models", () => {
    fc.assert(
      fc.property(richModel, (m) => {
        expect(parseModel(m).ok).toBe(true)
      }),
      { numRuns: 30 }
    )
  }, 60_000)

  it("locates every reference problem", () => {
    const r = parseModel({
      ...base,
      windows: [{ id: "w", count: 1, serves: ["tax"] }],
      services: [
        {
          ...base.services[0],
          department: "police",
          flow: { id: "f", name: "f", steps: [{ id: "a", name: "A", department: "land", duration: 1, reviewers: 3 }] }
        }
      ]
    })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
        ["unknown_department", "windows.0.serves.0"],
        ["unknown_department", "services.0.department"],
        ["unknown_department", "services.0.flow.steps.0.department"]
      ])
      expect(r.issues[0]?.message.zh).toContain("tax")
    }
  }, 60_000)

  it("refuses bad hours, shares, limits, flows and a service no window takes", () => {
    expect(codes({ ...base, openingHours: [{ from: "13:00", to: "12:00" }] })).toContain("opening_hours_order")
    expect(codes({ ...base, openingHours: [{ from: "9:00", to: "12:00" }] })).toContain("clock_malformed")
    expect(
      codes({
        ...base,
        priorities: [
          { id: "a", share: 0.7 },
          { id: "b", share: 0.6 }
        ]
      })
    ).toContain("priority_shares_exceed_one")
    expect(codes({ ...base, services: [{ ...base.services[0], statutory: "soon" }] })).toContain("time_limit_malformed")
    expect(codes({ ...base, windows: [] })).toContain("no_window_for_service")
    expect(
      codes({ ...base, services: [{ ...base.services[0], arrivals: { perDay: 1_000_000 } }], days: 3650 })
    ).toContain("model_too_large")
    expect(codes({ ...base, services: [{ ...base.services[0], arrivals: { perDay: 5, profile: [0, 0] } }] })).toContain(
      "profile_all_zero"
    )
    expect(
      codes({
        ...base,
        services: [
          {
            ...base.services[0],
            flow: {
              id: "f",
              name: "f",
              steps: [{ id: "a", name: "A", department: "market", duration: 1, reviewers: 3 }]
            }
          }
        ]
      })
    ).toContain("step_needs_more_reviewers")
    expect(
      codes({
        ...base,
        services: [
          {
            ...base.services[0],
            flow: {
              id: "f",
              name: "f",
              steps: [{ id: "a", name: "A", department: "market", duration: 1, after: ["a"] }]
            }
          }
        ]
      }).length
    ).toBeGreaterThan(0)
    expect(codes({ ...base, departments: [...base.departments, { id: "market", reviewers: 1 }] })).toContain(
      "duplicate_id"
    )
  }, 60_000)

  it("gives issues, never a throw, for empty, wrong-typed and hostile input", () => {
    for (const input of [
      undefined,
      null,
      "",
      42,
      [],
      {},
      { departments: "x" },
      { ...base, days: 1e9 },
      { ...base, windows: [{ id: "w", count: -1 }] }
    ]) {
      const r = parseModel(input)
      expect(r.ok).toBe(false)
    }
    const hostile = parseJson('{"departments":[],"windows":[],"services":[],"__proto__":{"polluted":true}}')
    expect(hostile.ok).toBe(false)
    const extra = parseModel({ ...base, surprise: 1 })
    expect(extra.ok ? "" : extra.issues[0]?.code).toBe("unrecognized_keys")
    expect(Object.prototype).not.toHaveProperty("polluted")
  }, 60_000)

  it("exports a JSON Schema of the input", () => {
    const schema = modelJsonSchema()
    expect(schema.type).toBe("object")
    expect(Object.keys(Object(schema.properties))).toEqual(
      expect.arrayContaining(["departments", "windows", "services", "openingHours"])
    )
  }, 60_000)
})
