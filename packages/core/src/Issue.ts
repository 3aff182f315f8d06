/**
 * Issues: the one shape every tongban package uses to report a problem with
 * its input.
 *
 * Glossary: 问题 = Issue, 路径 = path, 事实 = facts.
 *
 * @since 0.1.0
 */

/**
 * A language of the bilingual messages.
 *
 * @since 0.1.0
 * @category models
 */
export type Lang = "zh" | "en"

/**
 * A message in Chinese and English.
 *
 * @since 0.1.0
 * @category models
 */
export interface Message {
  /** The message in Chinese. */
  readonly zh: string
  /** The message in English. */
  readonly en: string
}

/**
 * One step of a path into the input: an object key or an array index.
 *
 * @since 0.1.0
 * @category models
 */
export type PathSegment = string | number

/**
 * A fact about an issue: a plain value a program can act on without parsing
 * the message.
 *
 * @since 0.1.0
 * @category models
 */
export type Fact = string | number | boolean | null | ReadonlyArray<string | number>

/**
 * How bad an issue is: `error`, the data is wrong (a bad check character, a
 * promised limit above the statutory one, a real duplicate); `warning`, the
 * data is incomplete (an element the 实施清单 requires but the list does not
 * carry, an unknown column). 严重程度：`error` 数据有错，`warning` 数据不完整。
 *
 * @since 0.2.0
 * @category models
 */
export type Severity = "error" | "warning"

/**
 * A problem found in the input.
 *
 * - `code` is stable snake_case, for programs (`date_invalid`).
 * - `path` locates the problem (`["cases", 3, "received"]`).
 * - `facts` carries the values behind the message (`{ input: "2026-02-30" }`).
 * - `message` says it in Chinese and English, for people.
 * - `severity` is `error` (the data is wrong) or `warning` (it is incomplete).
 *
 * `Code` narrows the code to a package's registered codes (see
 * `defineCodes`); it is any string by default.
 *
 * @since 0.1.0
 * @category models
 */
export interface Issue<Code extends string = string> {
  /** Stable snake_case, for programs. */
  readonly code: Code
  /** Where the problem is in the input. */
  readonly path: ReadonlyArray<PathSegment>
  /** The values behind the message. */
  readonly facts: Readonly<Record<string, Fact>>
  /** The problem told in Chinese and English. */
  readonly message: Message
  /** `error`: the data is wrong; `warning`: it is incomplete. */
  readonly severity: Severity
}

/**
 * Builds an issue. Facts default to none, the path to the root and the
 * severity to `error`.
 *
 * @example
 * ```ts
 * import { makeIssue } from "@tongban/core"
 *
 * const issue = makeIssue({
 *   code: "limit_negative",
 *   path: ["limit"],
 *   facts: { amount: -3 },
 *   message: { zh: "时限不能为负数", en: "a time limit cannot be negative" }
 * })
 * issue.code // "limit_negative"
 * issue.severity // "error"
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeIssue = (input: {
  readonly code: string
  readonly message: Message
  readonly path?: ReadonlyArray<PathSegment>
  readonly facts?: Readonly<Record<string, Fact>>
  readonly severity?: Severity
}): Issue => ({
  code: input.code,
  path: input.path ?? [],
  facts: input.facts ?? {},
  message: input.message,
  severity: input.severity ?? "error"
})

/**
 * The issues that are errors (the data is wrong), in their order.
 *
 * @example
 * ```ts
 * import { errorsOf, makeIssue } from "@tongban/core"
 *
 * const m = { zh: "缺少", en: "missing" }
 * errorsOf([makeIssue({ code: "a", message: m }), makeIssue({ code: "b", message: m, severity: "warning" })]).length // 1
 * ```
 *
 * @since 0.2.0
 * @category filtering
 */
export const errorsOf = (issues: ReadonlyArray<Issue>): ReadonlyArray<Issue> =>
  issues.filter((issue) => issue.severity === "error")

/**
 * The issues that are warnings (the data is incomplete), in their order.
 *
 * @example
 * ```ts
 * import { makeIssue, warningsOf } from "@tongban/core"
 *
 * const m = { zh: "缺少", en: "missing" }
 * warningsOf([makeIssue({ code: "a", message: m }), makeIssue({ code: "b", message: m, severity: "warning" })])[0]?.code // "b"
 * ```
 *
 * @since 0.2.0
 * @category filtering
 */
export const warningsOf = (issues: ReadonlyArray<Issue>): ReadonlyArray<Issue> =>
  issues.filter((issue) => issue.severity === "warning")

/**
 * Counts errors and warnings apart, as the CLI prints them.
 *
 * @example
 * ```ts
 * import { countIssues, makeIssue } from "@tongban/core"
 *
 * const m = { zh: "缺少", en: "missing" }
 * countIssues([makeIssue({ code: "a", message: m }), makeIssue({ code: "b", message: m, severity: "warning" })])
 * // { errors: 1, warnings: 1 }
 * ```
 *
 * @since 0.2.0
 * @category filtering
 */
export const countIssues = (
  issues: ReadonlyArray<Issue>
): {
  /** How many issues are errors. */
  readonly errors: number
  /** How many issues are warnings. */
  readonly warnings: number
} => {
  let errors = 0
  for (const issue of issues) if (issue.severity === "error") errors++
  return { errors, warnings: issues.length - errors }
}

/**
 * Puts `prefix` in front of the path of every issue, so that an issue found
 * inside a part of the input is located in the whole of it.
 *
 * @example
 * ```ts
 * import { makeIssue, prefixIssues } from "@tongban/core"
 *
 * const inner = [makeIssue({ code: "x", path: ["date"], message: { zh: "错", en: "bad" } })]
 * prefixIssues(inner, ["cases", 2])[0]?.path // ["cases", 2, "date"]
 * ```
 *
 * @since 0.1.0
 * @category combinators
 */
export const prefixIssues = (issues: ReadonlyArray<Issue>, prefix: ReadonlyArray<PathSegment>): ReadonlyArray<Issue> =>
  prefix.length === 0 ? issues : issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }))

const comparePathSegment = (a: PathSegment, b: PathSegment): number => {
  if (typeof a === "number" && typeof b === "number") return a - b
  if (typeof a === "number") return -1
  if (typeof b === "number") return 1
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Orders two issues by path (numbers before names, indexes numerically), then
 * by code: the order in which validators report.
 *
 * @example
 * ```ts
 * import { compareIssues, makeIssue } from "@tongban/core"
 *
 * const m = { zh: "错", en: "bad" }
 * const a = makeIssue({ code: "a", path: ["matters", 10], message: m })
 * const b = makeIssue({ code: "a", path: ["matters", 9], message: m })
 * compareIssues(a, b) > 0 // true: index 9 comes before index 10
 * ```
 *
 * @since 0.1.0
 * @category combinators
 */
export const compareIssues = (a: Issue, b: Issue): number => {
  const n = Math.min(a.path.length, b.path.length)
  for (let i = 0; i < n; i++) {
    const c = comparePathSegment(a.path[i] ?? "", b.path[i] ?? "")
    if (c !== 0) return c
  }
  if (a.path.length !== b.path.length) return a.path.length - b.path.length
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0
}

/**
 * Returns the issues sorted by path, then code (see {@link compareIssues}).
 * The input is not mutated.
 *
 * @example
 * ```ts
 * import { makeIssue, sortIssues } from "@tongban/core"
 *
 * const m = { zh: "错", en: "bad" }
 * sortIssues([makeIssue({ code: "b", path: [1], message: m }), makeIssue({ code: "a", path: [0], message: m })])
 *   .map((i) => i.code) // ["a", "b"]
 * ```
 *
 * @since 0.1.0
 * @category combinators
 */
export const sortIssues = (issues: ReadonlyArray<Issue>): ReadonlyArray<Issue> => [...issues].sort(compareIssues)

/**
 * Formats a path for people: `cases[3].received`; the root is `(root)`.
 *
 * @example
 * ```ts
 * import { formatPath } from "@tongban/core"
 *
 * formatPath(["cases", 3, "received"]) // "cases[3].received"
 * formatPath([]) // "(root)"
 * ```
 *
 * @since 0.1.0
 * @category formatting
 */
export const formatPath = (path: ReadonlyArray<PathSegment>): string => {
  if (path.length === 0) return "(root)"
  let out = ""
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === "" ? segment : `.${segment}`
    else out += `[${JSON.stringify(segment)}]`
  }
  return out
}

/**
 * Formats issues one a line, `path: message`, in the chosen language, or in
 * both (`"both"`: Chinese, then English after ` / `).
 *
 * @example
 * ```ts
 * import { formatIssues, makeIssue } from "@tongban/core"
 *
 * const issue = makeIssue({ code: "x", path: ["from"], message: { zh: "日期无效", en: "invalid date" } })
 * formatIssues([issue], "en") // "from: invalid date [x]"
 * formatIssues([issue], "both") // "from: 日期无效 / invalid date [x]"
 * formatIssues([{ ...issue, severity: "warning" }], "en") // "from: warning: invalid date [x]"
 * ```
 *
 * @since 0.1.0
 * @category formatting
 */
export const formatIssues = (issues: ReadonlyArray<Issue>, lang: Lang | "both" = "both"): string =>
  issues
    .map((issue) => {
      const text = lang === "both" ? `${issue.message.zh} / ${issue.message.en}` : issue.message[lang]
      const mark =
        issue.severity === "warning" ? (lang === "en" ? "warning: " : lang === "zh" ? "警告：" : "警告 warning: ") : ""
      return `${formatPath(issue.path)}: ${mark}${text} [${issue.code}]`
    })
    .join("\n")

/**
 * The plain-JSON form of an issue, as the CLI prints it.
 *
 * @example
 * ```ts
 * import { issueToJson, makeIssue } from "@tongban/core"
 *
 * issueToJson(makeIssue({ code: "x", path: ["a", 0], message: { zh: "错", en: "bad" } })).path // "a[0]"
 * ```
 *
 * @since 0.1.0
 * @category formatting
 */
export const issueToJson = (
  issue: Issue
): {
  /** The issue's code. */
  code: string
  /** The path formatted for people, `cases[3].received`. */
  path: string
  /** The issue's facts. */
  facts: Readonly<Record<string, Fact>>
  /** The message in both languages. */
  message: Message
  /** The issue's severity. */
  severity: Severity
} => ({
  code: issue.code,
  path: formatPath(issue.path),
  facts: issue.facts,
  message: issue.message,
  severity: issue.severity
})
