import { checkJsonValue, compareIssues, FORBIDDEN_KEYS, type PathSegment, parseJson } from "@tongban/core"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

// checkJsonValue walks its input without recursion; here a plain recursive
// walk states what it must find: a forbidden key where it stands (and
// nothing below it), an array or object nested deeper than maxDepth where it
// starts (the root is level 1), nothing else, in path order.
const reference = (
  value: unknown,
  maxDepth: number,
  forbidden: ReadonlySet<string>
): Array<[string, ReadonlyArray<PathSegment>]> => {
  const out: Array<[string, ReadonlyArray<PathSegment>]> = []
  const walk = (node: object, level: number, path: ReadonlyArray<PathSegment>): void => {
    const entries: Array<[PathSegment, unknown]> = Array.isArray(node)
      ? node.map((child, i): [PathSegment, unknown] => [i, child])
      : Object.keys(node).map((key): [PathSegment, unknown] => [key, Reflect.get(node, key)])
    for (const [segment, child] of entries) {
      if (typeof segment === "string" && forbidden.has(segment)) {
        out.push(["json_forbidden_key", [...path, segment]])
      } else if (typeof child === "object" && child !== null) {
        if (level + 1 > maxDepth) out.push(["json_too_deep", [...path, segment]])
        else walk(child, level + 1, [...path, segment])
      }
    }
  }
  if (typeof value === "object" && value !== null) walk(value, 1, [])
  return out
}

const keys = fc.constantFrom("a", "b", "id", "__proto__", "constructor", "prototype", "x y")
const tree = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.oneof(fc.integer(), fc.string({ maxLength: 3 }), fc.constant(null), fc.boolean()),
    fc.array(tie("node"), { maxLength: 4 }),
    fc.array(fc.tuple(keys, tie("node")), { maxLength: 4 }).map((pairs) => {
      // Own keys as JSON.parse makes them, __proto__ included.
      const object: Record<string, unknown> = {}
      for (const [key, child] of pairs)
        Object.defineProperty(object, key, { value: child, enumerable: true, configurable: true, writable: true })
      return object
    })
  )
})).node

const sortPairs = (pairs: ReadonlyArray<[string, ReadonlyArray<PathSegment>]>) =>
  [...pairs].sort((a, b) =>
    compareIssues(
      { code: a[0], path: a[1], facts: {}, message: { zh: "", en: "" }, severity: "error" },
      { code: b[0], path: b[1], facts: {}, message: { zh: "", en: "" }, severity: "error" }
    )
  )

describe("checkJsonValue against a recursive walk", () => {
  it("finds exactly the forbidden keys and the too-deep containers, in path order", () => {
    fc.assert(
      fc.property(tree, fc.integer({ min: 1, max: 5 }), (value, maxDepth) => {
        const found = checkJsonValue(value, { maxDepth }).map((i): [string, ReadonlyArray<PathSegment>] => [
          i.code,
          i.path
        ])
        const expected = sortPairs(reference(value, maxDepth, new Set(["__proto__", "constructor", "prototype"])))
        expect(found).toEqual(expected.slice(0, 100))
      }),
      { numRuns: 300 }
    )
  })

  it("takes its own list of forbidden keys instead of the default", () => {
    fc.assert(
      fc.property(tree, fc.subarray(["a", "b", "id", "__proto__"]), (value, list) => {
        const found = checkJsonValue(value, { forbiddenKeys: list, maxDepth: 64 }).map(
          (i): [string, ReadonlyArray<PathSegment>] => [i.code, i.path]
        )
        expect(found).toEqual(sortPairs(reference(value, 64, new Set(list))).slice(0, 100))
      }),
      { numRuns: 200 }
    )
  })

  it("refuses by default the three keys that reach a prototype", () => {
    expect(FORBIDDEN_KEYS).toEqual(["__proto__", "constructor", "prototype"])
  })

  it("refuses an empty key only where there is one", () => {
    const issues = checkJsonValue(JSON.parse('[{"a":1},{"":2},[3]]'), { forbiddenKeys: [""] })
    expect(issues.map((i) => i.path)).toEqual([[1, ""]])
  })

  it("says which key and which limit, as facts", () => {
    const [forbidden] = checkJsonValue(JSON.parse('{"a":{"constructor":1}}'))
    expect(forbidden).toMatchObject({
      code: "json_forbidden_key",
      path: ["a", "constructor"],
      facts: { key: "constructor" }
    })
    expect(forbidden?.severity).toBe("error")
    expect(forbidden?.message.zh).toMatch(/[\u4e00-\u9fff]/)
    const [deep] = checkJsonValue([[[1]]], { maxDepth: 2 })
    expect(deep).toMatchObject({ code: "json_too_deep", path: [0, 0], facts: { maxDepth: 2 } })
  })

  it("accepts 64 levels by default and refuses the 65th", () => {
    const nest = (levels: number): unknown => {
      let value: unknown = []
      for (let i = 1; i < levels; i++) value = [value]
      return value
    }
    expect(checkJsonValue(nest(64))).toEqual([])
    const deep = checkJsonValue(nest(65))
    expect(deep.map((i) => [i.code, i.path.length, i.facts])).toEqual([["json_too_deep", 64, { maxDepth: 64 }]])
  })

  it("reports at most 100 issues, the first ones met", () => {
    const many = Array.from({ length: 150 }, () => JSON.parse('{"__proto__":1}'))
    const issues = checkJsonValue(many)
    expect(issues).toHaveLength(100)
    expect(issues.map((i) => i.path[0])).toEqual(Array.from({ length: 100 }, (_, i) => i))
  })

  it("locates a forbidden key after ordinary elements by its index", () => {
    const bad = [...Array.from({ length: 10 }, (_, i) => ({ id: i, tags: ["a"] })), JSON.parse('{"__proto__": 1}')]
    expect(checkJsonValue(bad).map((i) => i.path)).toEqual([[10, "__proto__"]])
  })

  it("finds nothing in a value that is not an array or object", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined)), (v) => {
        expect(checkJsonValue(v)).toEqual([])
      })
    )
  })
})

describe("parseJson limits", () => {
  it("gives back what JSON.parse gives for any JSON without forbidden keys", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        const text = JSON.stringify(value)
        const parsed: unknown = JSON.parse(text)
        const result = parseJson(text)
        if (checkJsonValue(parsed).length === 0) expect(result).toEqual({ ok: true, value: parsed })
        else expect(result.ok).toBe(false)
      })
    )
  })

  it("accepts text exactly as long as maxLength and refuses one unit more, saying both lengths", () => {
    expect(parseJson("[1]", { maxLength: 3 })).toEqual({ ok: true, value: [1] })
    const big = parseJson("[1] ", { maxLength: 3 })
    expect(big.ok ? [] : big.issues.map((i) => [i.code, i.facts])).toEqual([
      ["json_too_large", { length: 4, maxLength: 3 }]
    ])
  })

  it("refuses text over 64 MiB by default, before parsing it", () => {
    const limit = 64 * 1024 * 1024
    const big = parseJson(" ".repeat(limit + 1))
    expect(big.ok ? [] : big.issues.map((i) => [i.code, i.facts])).toEqual([
      ["json_too_large", { length: limit + 1, maxLength: limit }]
    ])
    const atLimit = parseJson(`${" ".repeat(limit - 1)}1`)
    expect(atLimit).toEqual({ ok: true, value: 1 })
  })

  it("passes its limits on to the check of the parsed value", () => {
    const deep = parseJson("[[[1]]]", { maxDepth: 2 })
    expect(deep.ok ? [] : deep.issues.map((i) => [i.code, i.path])).toEqual([["json_too_deep", [0, 0]]])
    expect(parseJson('{"a":1}', { forbiddenKeys: ["a"] }).ok).toBe(false)
    expect(parseJson('{"__proto__":1}', { forbiddenKeys: [] })).toMatchObject({ ok: true })
  })

  it("tells what JSON.parse said of malformed text, and what a non-string was", () => {
    const bad = parseJson("{")
    expect(bad.ok ? undefined : bad.issues[0]?.facts.detail).toEqual(expect.stringMatching(/JSON|property|end/i))
    // As plain JavaScript may call it.
    const r: ReturnType<typeof parseJson> = Reflect.apply(parseJson, undefined, [42])
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.facts])).toEqual([
      ["json_malformed", { detail: "not text but number" }]
    ])
  })
})
