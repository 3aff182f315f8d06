// zod 4's length checks (.max, .min, .length on strings and arrays) run on
// any value that has a `length` and compare it with a number; a length that
// cannot become a number (an object without a prototype, or JSON's
// {"valueOf":1,"toString":1}) made zod, and so validate, throw a TypeError.
// Found by the report package's hostile-value property.
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as z from "zod"
import { validate } from "../src/index.js"

const schemas = [
  z.array(z.string()).max(3),
  z.string().min(1).max(3),
  z.object({ list: z.array(z.number()).max(2) }),
  z.union([z.string().max(2), z.array(z.string()).min(1)])
]

describe("validate on a value whose length is not a number", () => {
  it("is a located length_unreadable issue, not a TypeError", () => {
    const fromJson: unknown = JSON.parse('{"list":{"length":{"valueOf":1,"toString":1}}}')
    const r = validate(schemas[2] ?? z.never(), fromJson, { path: ["body"] })
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([["length_unreadable", ["body", "list"]]])
    const bare = { length: Object.create(null) }
    const codes = schemas.map((schema) => {
      const s = validate(schema, bare)
      return s.ok ? "ok" : s.issues.map((i) => i.code).join()
    })
    // where zod's type check stops first, its own issue; where it goes on to the length, ours
    expect(codes).toEqual(["length_unreadable", "length_unreadable", "invalid_type", "length_unreadable"])
  })

  it("a length zod can compare is checked as before", () => {
    expect(validate(z.array(z.string()).max(3), { length: 2 }).ok).toBe(false)
    const r = validate(z.array(z.string()).max(1), ["a", "b"])
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(["too_big"])
  })

  it("never throws, whatever the length", () => {
    const length = fc.oneof(
      fc.anything({ withNullPrototype: true, withBoxedValues: true }),
      fc.constant(Object.create(null)),
      fc.constant({ valueOf: 1, toString: 1 })
    )
    fc.assert(
      fc.property(length, fc.boolean(), (value, nested) => {
        const input = nested ? { list: { length: value } } : { length: value }
        for (const schema of schemas) expect(typeof validate(schema, input).ok).toBe("boolean")
      })
    )
  })
})
