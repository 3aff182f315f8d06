import { parseModel, parseScenarioFile, scenarioFileJsonSchema } from "@tongban/simulation"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const base = {
  departments: [{ id: "market", reviewers: 2 }],
  windows: [{ id: "general", count: 2 }],
  services: [
    { id: "licence", department: "market", arrivals: { perDay: 10 }, windowMinutes: { type: "fixed", value: 5 } }
  ]
}
const withWindows = (count: number) => ({ ...base, windows: [{ id: "general", count }] })

/** Scenario names, including the keys a careless reader would trip on. */
const arbName = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom("__proto__", "constructor", "toString")
)

describe("parseScenarioFile", () => {
  it("one model is the scenario named model, the same as parseModel reads it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), (count) => {
        const r = parseScenarioFile(withWindows(count))
        const m = parseModel(withWindows(count))
        expect(r.ok && m.ok).toBe(true)
        if (r.ok && m.ok) expect(r.value).toEqual([{ name: "model", model: m.value }])
      })
    )
  })

  it("named scenarios keep every name (__proto__ too) in the object's key order, each model its own", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(arbName, fc.integer({ min: 1, max: 9 })), {
          minLength: 1,
          maxLength: 6,
          selector: ([n]) => n
        }),
        (pairs) => {
          const text = `{"scenarios": {${pairs.map(([n, c]) => `${JSON.stringify(n)}: ${JSON.stringify(withWindows(c))}`).join(", ")}}}`
          // JSON.parse, unlike parseJson, keeps a __proto__ key as an own property.
          const input: unknown = JSON.parse(text)
          const r = parseScenarioFile(input)
          expect(r.ok).toBe(true)
          if (!r.ok) return
          // The order of the object's keys (JavaScript puts integer-like keys first).
          const keys = Object.keys(Reflect.get(Object(input), "scenarios"))
          expect(r.value.map((s) => s.name)).toEqual(keys)
          expect(new Set(keys)).toEqual(new Set(pairs.map(([n]) => n)))
          const counts = new Map(pairs)
          for (const s of r.value) expect(s.model.windows[0]?.count).toBe(counts.get(s.name))
        }
      )
    )
  })

  it("a broken scenario's issues are located under its name; the others do not hide them", () => {
    const r = parseScenarioFile({
      scenarios: { today: base, broken: { ...base, windows: [{ id: "w", count: 1, serves: ["tax"] }] } }
    })
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({
        code: "unknown_department",
        path: ["scenarios", "broken", "windows", 0, "serves", 0]
      })
  })

  it("an empty set, a list, a null, or an unknown key beside scenarios is a located issue, not a throw", () => {
    const first = (input: unknown) => {
      const r = parseScenarioFile(input, { path: ["file"] })
      return r.ok ? undefined : { code: r.issues[0]?.code, path: r.issues[0]?.path }
    }
    expect(first({ scenarios: {} })).toEqual({ code: "no_scenarios", path: ["file", "scenarios"] })
    expect(first({ scenarios: [] })?.path).toEqual(["file", "scenarios"])
    expect(first({ scenarios: null })?.path).toEqual(["file", "scenarios"])
    expect(first({ scenarios: { a: base }, extra: 1 })?.code).toBeDefined()
    expect(first({ scenarios: { "": base } })?.path?.slice(0, 2)).toEqual(["file", "scenarios"])
    expect(
      parseScenarioFile({ scenarios: Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`s${i}`, base])) }).ok
    ).toBe(false)
  })

  it("any JSON value gets a value or issues, never a throw", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ scenarios: fc.jsonValue() })), (value) => {
        const r = parseScenarioFile(value)
        expect(r.ok || r.issues.length > 0).toBe(true)
      })
    )
  })
})

describe("scenarioFileJsonSchema", () => {
  it("offers the two forms: named scenarios, or one model", () => {
    const schema = scenarioFileJsonSchema()
    const forms = Array.isArray(schema.anyOf) ? schema.anyOf : []
    expect(forms).toHaveLength(2)
    expect(forms[0]).toMatchObject({
      type: "object",
      required: ["scenarios"],
      properties: { scenarios: { type: "object" } }
    })
    expect(forms[1]).toMatchObject({
      type: "object",
      required: expect.arrayContaining(["departments", "windows", "services"])
    })
  })
})
