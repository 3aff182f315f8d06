import { validate } from "@tongban/core"
import { describe, expect, it } from "vitest"
import * as z from "zod"

// validate turns zod's issues into located bilingual issues: the code, the
// path under the caller's prefix, the facts zod knows, zod's own Chinese
// and English messages, and a refinement's own code, facts and messages.

describe("validate's issues", () => {
  it("carries zod's facts of a bound: minimum or maximum, inclusive, origin", () => {
    const r = validate(z.object({ n: z.number().min(3), s: z.string().max(2) }), { n: 1, s: "abc" })
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.facts])).toEqual([
      ["too_small", ["n"], { minimum: 3, inclusive: true, origin: "number" }],
      ["too_big", ["s"], { maximum: 2, inclusive: true, origin: "string" }]
    ])
  })

  it("carries the expected type, the allowed values, a format, a divisor and unknown keys", () => {
    const schema = z.strictObject({
      t: z.string(),
      e: z.enum(["a", "b"]),
      m: z.email(),
      k: z.number().multipleOf(5),
      big: z.bigint().min(10n)
    })
    const r = validate(schema, { t: 1, e: "c", m: "x", k: 7, big: 3n, extra: 1 })
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.facts])).toEqual([
      [["t"], { expected: "string" }],
      [["e"], { values: ["a", "b"] }],
      [["m"], { format: "email", origin: "string" }],
      [["k"], { divisor: 5, origin: "number" }],
      [["big"], { minimum: 10, inclusive: true, origin: "bigint" }],
      [[], { keys: ["extra"] }]
    ])
  })

  it("gives zod's Chinese and English messages, each in its own language", () => {
    const r = validate(z.object({ n: z.number() }), { n: "x" })
    const message = r.ok ? undefined : r.issues[0]?.message
    expect(message?.zh).toMatch(/[\u4e00-\u9fff]/)
    expect(message?.en).toMatch(/^Invalid input: expected number/)
    expect(r.ok ? [] : r.issues[0]?.severity).toBe("error")
  })

  it("keeps a refinement's code and its other params as facts, not its messages", () => {
    const schema = z.number().refine((n) => n > 0, {
      params: { code: "not_positive", zh: "须为正数", en: "must be positive", got: -1, tags: ["a", 2, true] }
    })
    const r = validate(schema, -1, { path: ["cases", 0] })
    expect(r.ok ? undefined : r.issues[0]).toEqual({
      code: "not_positive",
      path: ["cases", 0],
      facts: { got: -1, tags: ["a", 2, "true"] },
      message: { zh: "须为正数", en: "must be positive" },
      severity: "error"
    })
  })

  it("a refinement without its own code or messages is custom, told by its one message in both languages", () => {
    const r = validate(
      z.string().refine((s) => s.length > 3, { message: "too short" }),
      "ab"
    )
    expect(r.ok ? undefined : r.issues[0]).toMatchObject({
      code: "custom",
      message: { zh: "too short", en: "too short" }
    })
    const params = validate(
      z.string().refine((s) => s.length > 3, { params: { zh: 1, en: "x" } }),
      "ab"
    )
    expect(params.ok ? undefined : params.issues[0]?.code).toBe("custom")
  })

  it("paths through arrays keep indexes as numbers, and a symbol key as its text", () => {
    const r = validate(z.object({ list: z.array(z.number()) }), { list: [1, "x"] }, { path: ["in"] })
    expect(r.ok ? [] : r.issues[0]?.path).toEqual(["in", "list", 1])
    const key = Symbol("k")
    const s = validate(z.object({ [key]: z.number() }), { [key]: "x" })
    expect(s.ok ? [] : s.issues[0]?.path).toEqual(["Symbol(k)"])
  })

  it("gives back zod's output, defaults and transforms applied", () => {
    expect(
      validate(z.object({ n: z.number().default(4), s: z.string().transform((x) => x.length) }), { s: "abc" })
    ).toEqual({
      ok: true,
      value: { n: 4, s: 3 }
    })
  })
})
