import {
  countIssues,
  errorsOf,
  warningsOf,
  all,
  atPath,
  compareIssues,
  fail,
  flatMap,
  formatIssues,
  formatPath,
  getOrThrow,
  type Issue,
  IssuesError,
  issueToJson,
  makeIssue,
  map,
  ok,
  parseLocalDate,
  prefixIssues,
  sortIssues
} from "@tongban/core"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

const message = { zh: "错误", en: "bad" }
const issueArb: fc.Arbitrary<Issue> = fc
  .record({
    code: fc.constantFrom("a_code", "b_code", "c_code"),
    path: fc.array(fc.oneof(fc.nat({ max: 20 }), fc.constantFrom("x", "y", "cases")), { maxLength: 4 })
  })
  .map(({ code, path }) => makeIssue({ code, path, message }))

describe("issues", () => {
  it("formats paths for people", () => {
    expect(formatPath(["cases", 3, "received"])).toBe("cases[3].received")
    expect(formatPath([])).toBe("(root)")
    expect(formatPath(["a b", 0])).toBe('["a b"][0]')
  })

  it("prints in either language or both", () => {
    const issue = makeIssue({ code: "x_y", path: ["from"], message: { zh: "日期无效", en: "invalid date" } })
    expect(formatIssues([issue], "zh")).toBe("from: 日期无效 [x_y]")
    expect(formatIssues([issue], "en")).toBe("from: invalid date [x_y]")
    expect(formatIssues([issue])).toBe("from: 日期无效 / invalid date [x_y]")
    expect(issueToJson(issue)).toEqual({
      code: "x_y",
      path: "from",
      facts: {},
      message: issue.message,
      severity: "error"
    })
  })

  it("keeps errors and warnings apart", () => {
    const m = { zh: "缺少", en: "missing" }
    const issues = [
      makeIssue({ code: "a", message: m }),
      makeIssue({ code: "b", message: m, severity: "warning" }),
      makeIssue({ code: "c", message: m, severity: "error" })
    ]
    expect(errorsOf(issues).map((i) => i.code)).toEqual(["a", "c"])
    expect(warningsOf(issues).map((i) => i.code)).toEqual(["b"])
    expect(countIssues(issues)).toEqual({ errors: 2, warnings: 1 })
    expect(formatIssues(warningsOf(issues), "zh")).toBe("(root): 警告：缺少 [b]")
  })

  it("sorting is a total order: stable under permutation, numeric indexes", () => {
    fc.assert(
      fc.property(fc.array(issueArb), (issues) => {
        const sorted = sortIssues(issues)
        const reversed = sortIssues([...issues].reverse())
        expect(sorted.map(formatPathAndCode)).toEqual(reversed.map(formatPathAndCode))
        for (let i = 1; i < sorted.length; i++) {
          const a = sorted[i - 1]
          const b = sorted[i]
          if (a !== undefined && b !== undefined) expect(compareIssues(a, b)).toBeLessThanOrEqual(0)
        }
      })
    )
    const nine = makeIssue({ code: "a", path: ["m", 9], message })
    const ten = makeIssue({ code: "a", path: ["m", 10], message })
    expect(sortIssues([ten, nine])).toEqual([nine, ten])
  })

  it("prefixing locates issues inside a larger input", () => {
    fc.assert(
      fc.property(fc.array(issueArb), fc.array(fc.string(), { maxLength: 3 }), (issues, prefix) => {
        const out = prefixIssues(issues, prefix)
        out.forEach((issue, i) => {
          expect(issue.path).toEqual([...prefix, ...(issues[i]?.path ?? [])])
        })
      })
    )
  })
})

const formatPathAndCode = (issue: Issue) => `${formatPath(issue.path)}:${issue.code}`

describe("results", () => {
  it("all keeps every issue of every failure", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer().map((n) => ok(n)),
            fc.array(issueArb, { minLength: 1 }).map((is) => fail(is))
          )
        ),
        (results) => {
          const combined = all(results)
          const issueCount = results.reduce((n, r) => n + (r.ok ? 0 : r.issues.length), 0)
          if (issueCount === 0) {
            expect(combined).toEqual(ok(results.map((r) => (r.ok ? r.value : 0))))
          } else {
            expect(combined.ok).toBe(false)
            if (!combined.ok) expect(combined.issues).toHaveLength(issueCount)
          }
        }
      )
    )
  })

  it("map, flatMap and atPath", () => {
    expect(map(ok(2), (n) => n + 1)).toEqual(ok(3))
    const failed = parseLocalDate("x")
    expect(map(failed, () => 1)).toBe(failed)
    expect(flatMap(ok("2026-01-01"), (s) => parseLocalDate(s)).ok).toBe(true)
    const located = atPath(failed, ["events", 2])
    expect(located.ok ? [] : located.issues[0]?.path).toEqual(["events", 2])
  })

  it("getOrThrow throws a tagged error carrying the issues", () => {
    try {
      getOrThrow(parseLocalDate("2026-02-30"))
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(IssuesError)
      if (error instanceof IssuesError) {
        expect(error._tag).toBe("IssuesError")
        expect(error.issues[0]?.code).toBe("date_nonexistent")
        expect(error.message).toContain("2026-02-30")
      }
    }
  })
})
