import { compareIssues } from "@tongban/core"
import { type Catalogue, catalogueJsonSchema, validateCatalogue } from "@tongban/catalog"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbCatalogue } from "./arbitraries/catalogue.js"
import { example } from "./helpers/fixtures.js"

const t2019 = example(2019)

type DeepMutable<T> =
  T extends ReadonlyArray<infer U>
    ? Array<DeepMutable<U>>
    : T extends object
      ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
      : T
type Draft = DeepMutable<Catalogue>

/** The item at `i`, which the test relies on. */
const at = <A>(list: ReadonlyArray<A> | undefined, i: number): A => {
  const item = list?.[i]
  if (item === undefined) throw new RangeError(`no item ${i}`)
  return item
}

/** A deep, mutable copy (readonly is a compile-time promise; a clone owes it nothing). */
function thaw<T>(value: T): DeepMutable<T>
function thaw(value: unknown): unknown {
  return structuredClone(value)
}

/** A copy of the example with `change` applied. */
const broken = (change: (c: Draft) => void): unknown => {
  const copy = thaw(t2019)
  change(copy)
  return copy
}

const codesOf = (input: unknown): Array<string> => {
  const r = validateCatalogue(input)
  return r.ok ? [] : r.issues.map((i) => i.code)
}

describe("validateCatalogue", () => {
  it("accepts the T County example catalogues", () => {
    expect(validateCatalogue(t2019).ok).toBe(true)
    expect(validateCatalogue(example(2020)).ok).toBe(true)
  })

  it("accepts every generated valid catalogue, unchanged", () => {
    fc.assert(
      fc.property(arbCatalogue(), (c) => {
        const r = validateCatalogue(JSON.parse(JSON.stringify(c)))
        expect(r).toEqual({ ok: true, value: c })
      }),
      { numRuns: 60 }
    )
  })

  it.each([
    ["duplicate implementation code", (c: Draft) => c.matters.push(at(c.matters, 0)), "matter_duplicate_code"],
    [
      "implementation code of another department",
      (c: Draft) => (at(c.matters, 0).department = "gaj"),
      "implementation_code_mismatch"
    ],
    [
      "implementation code with another level",
      (c: Draft) => (at(c.matters, 0).level = "3"),
      "implementation_code_mismatch"
    ],
    [
      "bad credit code check character (GB 32100)",
      (c: Draft) => {
        const d = at(c.departments, 0)
        d.creditCode = `${d.creditCode.slice(0, 17)}${d.creditCode.endsWith("0") ? "1" : "0"}`
      },
      "credit_code_check"
    ],
    [
      "promised above statutory after unit normalisation",
      (c: Draft) =>
        Object.assign(at(c.matters, 1), {
          statutoryLimit: { amount: 20, unit: "working_day" },
          promisedLimit: { amount: 1, unit: "month" }
        }),
      "promised_exceeds_statutory"
    ],
    [
      "即办件 with a limit",
      (c: Draft) =>
        Object.assign(at(c.matters, 1), { kind: "immediate", promisedLimit: { amount: 3, unit: "working_day" } }),
      "immediate_with_limit"
    ],
    [
      "fully online with trips",
      (c: Draft) =>
        Object.assign(at(c.matters, 0), {
          handlingForms: ["1", "2"],
          onlineDepth: ["5"],
          trips: 1,
          tripsReason: "核验"
        }),
      "fully_online_with_trips"
    ],
    [
      "trips without a reason",
      (c: Draft) => {
        delete at(
          c.matters.filter((x) => x.trips > 0),
          0
        ).tripsReason
      },
      "trips_without_reason"
    ],
    ["unknown department", (c: Draft) => (at(c.matters, 0).department = "nope"), "unknown_department"],
    [
      "window serving an unknown department",
      (c: Draft) => at(c.windows, 0).departments.push("nope"),
      "unknown_department"
    ],
    ["bundle with an unknown matter", (c: Draft) => at(c.bundles, 0).matters.push("X".repeat(31)), "unknown_matter"],
    [
      "step naming an unknown material",
      (c: Draft) => at(at(c.matters, 1).steps, 0).materials?.push("nope"),
      "unknown_material"
    ],
    ["valid-to before valid-from", (c: Draft) => (at(c.matters, 0).validTo = "2018-01-01"), "dates_out_of_order"],
    ["unknown matter type", (c: Draft) => (at(c.matters, 0).type = "11"), "matter_type_unknown"],
    ["bad region code", (c: Draft) => (c.region.code = "992600"), "region_code_invalid"],
    [
      "duplicate department id",
      (c: Draft) => c.departments.push({ ...at(c.departments, 0), creditCode: at(c.departments, 1).creditCode }),
      "department_duplicate_id"
    ]
  ])("%s", (_, change, code) => {
    expect(codesOf(broken(change))).toContain(code)
  })

  it("accepts a matter type the catalogue declares (行政备案)", () => {
    const input = broken((c) => {
      c.matterTypes = [{ code: "11", name: "行政备案" }]
      at(c.matters, 0).type = "11"
    })
    expect(validateCatalogue(input).ok).toBe(true)
  })

  it("reports every problem at once, sorted by path", () => {
    const input = broken((c) => {
      at(c.matters, 5).department = "nope"
      at(c.matters, 2).trips = -1
      at(c.departments, 3).creditCode = "bad"
      c.region.code = "x"
      at(c.bundles, 0).lead = "nope"
    })
    const r = validateCatalogue(input)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.issues.map((i) => i.path.slice(0, 2))).toEqual([
        ["bundles", 0],
        ["departments", 3],
        ["matters", 2],
        ["matters", 5],
        ["region", "code"]
      ])
      expect([...r.issues].sort(compareIssues)).toEqual(r.issues)
      for (const i of r.issues) expect(i.message.zh.length > 0 && i.message.en.length > 0).toBe(true)
    }
  })

  it("still checks the lists when the outer shape is wrong", () => {
    const input = broken((c) => {
      Object.assign(c, { version: 3 })
      at(c.matters, 0).department = "nope"
    })
    expect(codesOf(input)).toEqual(["unknown_department", "invalid_type"])
  })

  it("never throws on arbitrary JSON, and always answers with located bilingual issues", () => {
    const arbInput = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          region: fc.jsonValue(),
          version: fc.jsonValue(),
          asOf: fc.jsonValue(),
          departments: fc.jsonValue(),
          windows: fc.jsonValue(),
          matters: fc.array(fc.jsonValue()),
          bundles: fc.jsonValue()
        },
        { requiredKeys: [] }
      ),
      fc
        .constantFrom("__proto__", "constructor", "prototype")
        .map((k) => JSON.parse(`{"${k}": {"polluted": true}, "matters": [{"${k}": 1}]}`))
    )
    fc.assert(
      fc.property(arbInput, (input) => {
        const r = validateCatalogue(input)
        if (!r.ok)
          for (const i of r.issues)
            expect(typeof i.code === "string" && Array.isArray(i.path) && i.message.zh !== "").toBe(true)
        expect(Reflect.get({}, "polluted")).toBeUndefined()
      }),
      { numRuns: 200 }
    )
  })

  it("reports __proto__ and constructor keys as json_forbidden_key at their place", () => {
    const text = JSON.stringify(t2019).replace('"name":', '"__proto__":{"polluted":1},"name":')
    const r = validateCatalogue(JSON.parse(text))
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toContainEqual([
      "json_forbidden_key",
      ["region", "__proto__"]
    ])
    expect(Reflect.get({}, "polluted")).toBeUndefined()
  })
})

describe("catalogueJsonSchema", () => {
  it("describes the catalogue and its matters, with patterns and enums", () => {
    const schema = catalogueJsonSchema()
    const text = JSON.stringify(schema)
    expect(schema.type).toBe("object")
    for (const key of [
      "region",
      "departments",
      "windows",
      "matters",
      "bundles",
      "promisedLimit",
      "tripsReason",
      "working_day",
      "^(?:[0-9A-Z]{10}|[0-9A-Z]{12}|[0-9A-Z]{24})$"
    ]) {
      expect(text).toContain(key)
    }
  })
})
