import { checkJsonValue, parseJson, validate } from "@tongban/core"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as z from "zod"

describe("parseJson", () => {
  it("parses ordinary JSON", () => {
    expect(parseJson('{"a":[1,2,{"b":null}]}')).toEqual({ ok: true, value: { a: [1, 2, { b: null }] } })
  })

  it("reports malformed, empty and oversized input", () => {
    const empty = parseJson("")
    expect(empty.ok ? "" : empty.issues.map((i) => i.code)).toEqual(["json_malformed"])
    const big = parseJson("[1]", { maxLength: 2 })
    expect(big.ok ? "" : big.issues[0]?.code).toBe("json_too_large")
  })

  it("refuses __proto__, constructor and prototype keys without polluting anything", () => {
    const result = parseJson('{"a":{"__proto__":{"polluted":true}},"constructor":{"prototype":{"x":1}}}')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.issues.map((i) => [i.code, i.path])).toEqual([
        ["json_forbidden_key", ["a", "__proto__"]],
        ["json_forbidden_key", ["constructor"]]
      ])
    }
    expect(Reflect.get({}, "polluted")).toBeUndefined()
  })

  it("reports deep nesting without overflowing the stack", () => {
    const depth = 200_000
    const text = "[".repeat(depth) + "]".repeat(depth)
    const result = parseJson(text)
    expect(result.ok ? "" : result.issues[0]?.code).toBe("json_too_deep")
  })

  it("never throws on arbitrary text or values", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseJson(text)
        expect(typeof result.ok).toBe("boolean")
      }),
      { numRuns: 1000 }
    )
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(Array.isArray(checkJsonValue(value))).toBe(true)
      })
    )
  })
})

describe("validate", () => {
  const Step = z.object({
    id: z.string().min(1),
    days: z.number().int().min(0),
    kind: z.enum(["review", "sign"])
  })

  it("reports every problem with a path and messages in both languages", () => {
    const result = validate(Step, { id: "", days: -1.5, kind: "other" }, { path: ["steps", 4] })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => i.path)).toEqual([
      ["steps", 4, "id"],
      ["steps", 4, "days"],
      ["steps", 4, "kind"]
    ])
    for (const issue of result.issues) {
      expect(issue.message.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(issue.message.en).toMatch(/[A-Za-z]/)
      expect(issue.message.zh).not.toBe(issue.message.en)
    }
  })

  it("carries a refinement's own code and bilingual message", () => {
    const Range = z
      .object({ from: z.number(), to: z.number() })
      .refine((r) => r.from <= r.to, { params: { code: "range_reversed", zh: "起点晚于终点", en: "start after end" } })
    const result = validate(Range, { from: 2, to: 1 })
    expect(result.ok ? null : result.issues[0]).toMatchObject({
      code: "range_reversed",
      message: { zh: "起点晚于终点", en: "start after end" }
    })
  })

  it("returns the parsed value", () => {
    expect(validate(Step, { id: "s", days: 2, kind: "sign", extra: 1 })).toEqual({
      ok: true,
      value: { id: "s", days: 2, kind: "sign" }
    })
  })
})

describe("checkJsonValue on wide input", () => {
  it("walks a million-element array without building a path per element", () => {
    const wide = Array.from({ length: 1_000_000 }, (_, i) => ({ id: i, tags: ["a"] }))
    expect(checkJsonValue(wide)).toEqual([])
    const bad = [...wide.slice(0, 10), JSON.parse('{"__proto__": 1}')]
    expect(checkJsonValue(bad).map((i) => i.path)).toEqual([[10, "__proto__"]])
  })

  it("reports depth at the level where it is exceeded", () => {
    const r = checkJsonValue({ a: { b: { c: {} } } }, { maxDepth: 2 })
    expect(r.map((i) => [i.code, i.path])).toEqual([["json_too_deep", ["a", "b"]]])
  })
})
