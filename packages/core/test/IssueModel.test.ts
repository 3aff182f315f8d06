import {
  all,
  atPath,
  type CodeSpecs,
  checkCodeTable,
  codeIssue,
  compareIssues,
  countIssues,
  defineCodes,
  errorsOf,
  fail,
  flatMap,
  formatIssues,
  formatPath,
  getOrThrow,
  type Issue,
  IssuesError,
  isCodeTable,
  isOk,
  issueToJson,
  makeIssue,
  map,
  type Message,
  ok,
  type PathSegment,
  prefixIssues,
  type Result,
  renderMessage,
  sortIssues,
  warningsOf
} from "@tongban/core"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

// Issues, results and code tables stated by what a caller relies on: the
// order issues are listed in, how a path reads, what a result carries.

const segment: fc.Arbitrary<PathSegment> = fc.oneof(
  fc.integer({ min: 0, max: 12 }),
  fc.constantFrom("a", "b", "B", "", "cases", "a b", "_x", "$y", "x1", "1x", "日期")
)
const issueArb: fc.Arbitrary<Issue> = fc
  .record({
    code: fc.constantFrom("a_code", "b_code", "B_code"),
    path: fc.array(segment, { maxLength: 4 }),
    severity: fc.constantFrom("error" as const, "warning" as const)
  })
  .map(({ code, path, severity }) =>
    makeIssue({ code, path, severity, message: { zh: `错 ${code}`, en: `bad ${code}` } })
  )

// The order of issues, stated independently: paths compared segment by
// segment (numbers before names, numbers by value, names by code unit), a
// path before the paths it starts, then the code.
const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0)
const order = (a: Issue, b: Issue): number => {
  for (let i = 0; i < Math.min(a.path.length, b.path.length); i++) {
    const x = a.path[i]
    const y = b.path[i]
    if (x === y) continue
    if (typeof x === "number" && typeof y === "number") return x < y ? -1 : 1
    if (typeof x === "number") return -1
    if (typeof y === "number") return 1
    return String(x) < String(y) ? -1 : 1
  }
  if (a.path.length !== b.path.length) return a.path.length < b.path.length ? -1 : 1
  return a.code === b.code ? 0 : a.code < b.code ? -1 : 1
}

describe("the order of issues", () => {
  it("compareIssues agrees with path order, then code", () => {
    fc.assert(
      fc.property(issueArb, issueArb, (a, b) => {
        expect(sign(compareIssues(a, b))).toBe(order(a, b))
      }),
      { numRuns: 2000 }
    )
  })

  it("compares indexes by value, not as text", () => {
    const at = (path: ReadonlyArray<PathSegment>) => makeIssue({ code: "c", path, message: { zh: "", en: "" } })
    expect(sortIssues([at([10]), at([2]), at(["a"]), at([])]).map((i) => i.path)).toEqual([[], [2], [10], ["a"]])
    expect(compareIssues(at([3]), at([3]))).toBe(0)
    expect(compareIssues(at(["a", 1]), at(["a"]))).toBeGreaterThan(0)
  })

  it("sortIssues sorts a copy and leaves its input alone", () => {
    fc.assert(
      fc.property(fc.array(issueArb, { maxLength: 8 }), (issues) => {
        const before = [...issues]
        const sorted = sortIssues(issues)
        expect(issues).toEqual(before)
        expect(sorted).toEqual([...issues].sort(order))
      })
    )
  })
})

describe("issues", () => {
  it("makeIssue fills an empty path, no facts and severity error", () => {
    expect(makeIssue({ code: "x", message: { zh: "甲", en: "a" } })).toEqual({
      code: "x",
      path: [],
      facts: {},
      message: { zh: "甲", en: "a" },
      severity: "error"
    })
    expect(
      makeIssue({ code: "x", message: { zh: "甲", en: "a" }, severity: "warning", facts: { n: 1 } })
    ).toMatchObject({ severity: "warning", facts: { n: 1 } })
  })

  it("errorsOf and warningsOf split issues by severity, and countIssues counts them", () => {
    fc.assert(
      fc.property(fc.array(issueArb, { maxLength: 8 }), (issues) => {
        expect(errorsOf(issues)).toEqual(issues.filter((i) => i.severity === "error"))
        expect(warningsOf(issues)).toEqual(issues.filter((i) => i.severity === "warning"))
        expect(countIssues(issues)).toEqual({ errors: errorsOf(issues).length, warnings: warningsOf(issues).length })
      })
    )
  })

  it("prefixIssues puts the prefix before every path, and an empty prefix changes nothing", () => {
    fc.assert(
      fc.property(fc.array(issueArb, { maxLength: 5 }), fc.array(segment, { maxLength: 3 }), (issues, prefix) => {
        const out = prefixIssues(issues, prefix)
        expect(out.map((i) => i.path)).toEqual(issues.map((i) => [...prefix, ...i.path]))
        expect(out.map((i) => [i.code, i.severity, i.message])).toEqual(
          issues.map((i) => [i.code, i.severity, i.message])
        )
        if (prefix.length === 0) expect(out).toBe(issues)
      })
    )
  })

  it("formatPath writes identifiers after dots, indexes and other names in brackets", () => {
    expect(formatPath(["cases", 3, "received"])).toBe("cases[3].received")
    expect(formatPath([0, "a"])).toBe("[0].a")
    expect(formatPath(["_x", "$y", "x1"])).toBe("_x.$y.x1")
    expect(formatPath(["1x", "", "a-b", "日期"])).toBe('["1x"][""]["a-b"]["日期"]')
    expect(formatPath(["a", "b c"])).toBe('a["b c"]')
  })

  it("formatIssues writes a line per issue, warnings marked in the language asked", () => {
    const warn = makeIssue({ code: "w", path: ["a", 1], severity: "warning", message: { zh: "缺", en: "missing" } })
    const err = makeIssue({ code: "e", message: { zh: "错", en: "wrong" } })
    expect(formatIssues([warn, err], "zh")).toBe("a[1]: 警告：缺 [w]\n(root): 错 [e]")
    expect(formatIssues([warn, err], "en")).toBe("a[1]: warning: missing [w]\n(root): wrong [e]")
    expect(formatIssues([warn, err])).toBe("a[1]: 警告 warning: 缺 / missing [w]\n(root): 错 / wrong [e]")
    expect(formatIssues([])).toBe("")
  })

  it("issueToJson gives the path as people read it and everything else as it is", () => {
    fc.assert(
      fc.property(issueArb, (issue) => {
        expect(issueToJson(issue)).toEqual({
          code: issue.code,
          path: formatPath(issue.path),
          facts: issue.facts,
          message: issue.message,
          severity: issue.severity
        })
      })
    )
  })
})

describe("results", () => {
  const resultArb: fc.Arbitrary<Result<number>> = fc.oneof(
    fc.integer().map((n) => ok(n)),
    fc.array(issueArb, { minLength: 1, maxLength: 3 }).map((issues) => fail(issues))
  )

  it("fail takes one issue or several", () => {
    const issue = makeIssue({ code: "x", message: { zh: "甲", en: "a" } })
    expect(fail(issue)).toEqual({ ok: false, issues: [issue] })
    expect(fail([issue, issue]).issues).toHaveLength(2)
    expect(isOk(ok(1))).toBe(true)
    expect(isOk(fail(issue))).toBe(false)
  })

  it("map and flatMap touch only a success; a failure passes through as it is", () => {
    fc.assert(
      fc.property(resultArb, (r) => {
        const mapped = map(r, (n) => n * 2)
        const chained = flatMap(r, (n) =>
          n > 0 ? ok(String(n)) : fail(makeIssue({ code: "neg", message: { zh: "负", en: "neg" } }))
        )
        if (r.ok) {
          expect(mapped).toEqual(ok(r.value * 2))
          expect(chained.ok).toBe(r.value > 0)
        } else {
          expect(mapped).toBe(r)
          expect(chained).toBe(r)
        }
      })
    )
  })

  it("all keeps the values in order if every result succeeds, else every issue, sorted", () => {
    fc.assert(
      fc.property(fc.array(resultArb, { maxLength: 6 }), (results) => {
        const out = all(results)
        const issues = results.flatMap((r) => (r.ok ? [] : r.issues))
        if (issues.length === 0) expect(out).toEqual(ok(results.map((r) => (r.ok ? r.value : 0))))
        else expect(out).toEqual({ ok: false, issues: [...issues].sort(order) })
      })
    )
    expect(all([])).toEqual(ok([]))
  })

  it("atPath prefixes a failure's paths and leaves a success as it is", () => {
    fc.assert(
      fc.property(resultArb, fc.array(segment, { minLength: 1, maxLength: 2 }), (r, path) => {
        const out = atPath(r, path)
        if (r.ok) expect(out).toBe(r)
        else expect(out).toEqual(fail(prefixIssues(r.issues, path)))
      })
    )
  })

  it("getOrThrow gives the value, or throws an IssuesError telling every issue in both languages", () => {
    expect(getOrThrow(ok("v"))).toBe("v")
    const issues = [makeIssue({ code: "x", path: ["a"], message: { zh: "甲", en: "a" } })]
    let thrown: unknown
    try {
      getOrThrow(fail(issues))
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(IssuesError)
    expect(thrown).toBeInstanceOf(Error)
    expect(thrown).toMatchObject({ _tag: "IssuesError", name: "IssuesError", message: "a: 甲 / a [x]", issues })
  })
})

describe("code tables", () => {
  const table = defineCodes(
    "@tongban/test",
    {
      one: { message: { zh: "一 {n}", en: "one {n}" }, facts: { n: "number" } },
      soft: { message: { zh: "软", en: "soft" }, severity: "warning" },
      told: {
        message: { zh: "说 {a}", en: "say {a}" },
        facts: { a: "list" },
        variants: { other: { zh: "另 {a}", en: "other {a}" } }
      }
    },
    { one: { message: { zh: "后 {n}", en: "later {n}" }, facts: { n: "number" } } }
  )

  it("merges its groups, a later group's spec winning, and says its package", () => {
    expect(Object.keys(table.codes)).toEqual(["one", "soft", "told"])
    expect(table.issue("one", { facts: { n: 2 } }).message).toEqual({ zh: "后 2", en: "later 2" })
    expect(table.package).toBe("@tongban/test")
    expect(table._tag).toBe("CodeTable")
  })

  it("severity: the caller's, else the spec's, else error", () => {
    expect(table.issue("soft").severity).toBe("warning")
    expect(table.issue("soft", { severity: "error" }).severity).toBe("error")
    expect(table.issue("one", { facts: { n: 1 } }).severity).toBe("error")
    expect(table.issue("one", { facts: { n: 1 }, severity: "warning" }).severity).toBe("warning")
  })

  it("a variant's template if it has one, else the code's own; an unknown code tells its name", () => {
    expect(table.issue("told", { facts: { a: ["x", "y"] }, variant: "other" }).message).toEqual({
      zh: "另 x、y",
      en: "other x, y"
    })
    expect(table.issue("told", { facts: { a: [1] }, variant: "none" }).message).toEqual({ zh: "说 1", en: "say 1" })
    const open: CodeSpecs = {}
    expect(codeIssue(open, "gone")).toEqual({
      code: "gone",
      path: [],
      facts: {},
      message: { zh: "gone", en: "gone" },
      severity: "error"
    })
  })

  it("a variant asked of a code that has none, or of no code at all, falls back to the template", () => {
    expect(table.issue("soft", { variant: "other" }).message).toEqual({ zh: "软", en: "soft" })
    const none: Readonly<
      Record<string, { readonly message: Message; readonly variants: Readonly<Record<string, Message>> }>
    > = {}
    expect(codeIssue(none, "gone", { variant: "other" }).message).toEqual({ zh: "gone", en: "gone" })
  })

  it("checkCodeTable knows a kind only whole, with at most a trailing ?, and a blank template as empty", () => {
    const odd = defineCodes("x", {
      odd_kind: { message: { zh: "好", en: "fine" }, facts: JSON.parse('{"a": "stri?ng", "b": "number?"}') },
      blank_en: { message: { zh: "好", en: "   " } }
    })
    expect(checkCodeTable(odd)).toEqual([
      "odd_kind: the fact a has no known kind (stri?ng)",
      "blank_en: the en template is empty"
    ])
  })

  it("renderMessage fills named placeholders only, a missing fact as nothing", () => {
    expect(renderMessage({ zh: "{a}{b}{1c}", en: "{a}-{b}-{ a}" }, { a: true, b: null })).toEqual({
      zh: "truenull{1c}",
      en: "true-null-{ a}"
    })
    expect(renderMessage({ zh: "[{gone}]", en: "[{gone}] {$x}" }, { $x: 0 })).toEqual({ zh: "[]", en: "[] 0" })
  })

  it("isCodeTable wants the tag, a package name and the codes", () => {
    expect(isCodeTable(table)).toBe(true)
    for (const value of [
      null,
      "CodeTable",
      { _tag: "CodeTable", package: "p" },
      { _tag: "CodeTable", package: 1, codes: {} },
      { _tag: "Other", package: "p", codes: {} }
    ]) {
      expect(isCodeTable(value)).toBe(false)
    }
  })

  it("checkCodeTable finds empty templates, in either language and in variants", () => {
    const bad = defineCodes("x", {
      empty_zh: { message: { zh: " ", en: "fine" } },
      empty_en: { message: { zh: "好", en: "" } },
      empty_variant: { message: { zh: "好", en: "fine" }, variants: { v: { zh: "", en: "x" } } },
      fine_code: { message: { zh: "{n}", en: "{n}" }, facts: { n: "number", m: "list?" } },
      named_in_variant: { message: { zh: "好", en: "fine" }, variants: { v: { zh: "{k}", en: "x" } } }
    })
    expect(checkCodeTable(bad)).toEqual([
      "empty_zh: the zh template is empty",
      "empty_en: the en template is empty",
      "empty_variant: the zh template is empty",
      "named_in_variant: the template names {k}, which is not a required fact"
    ])
  })

  it("checkCodeTable wants snake_case codes", () => {
    const names = ["a", "a_b", "a1_b2", "A", "a__b", "_a", "a_", "1a", "aB"]
    const table2 = defineCodes("x", Object.fromEntries(names.map((n) => [n, { message: { zh: "好", en: "fine" } }])))
    expect(checkCodeTable(table2)).toEqual(["A", "a__b", "_a", "a_", "1a", "aB"].map((n) => `${n}: not snake_case`))
  })
})
