/**
 * Results: what a function that can fail on expected input returns, in every
 * tongban package.
 *
 * Glossary: 结果 = Result, 成功 = ok, 失败 = failure.
 *
 * @since 0.1.0
 */
import { formatIssues, type Issue, type PathSegment, prefixIssues, sortIssues } from "./Issue.js"

/**
 * Success: the value.
 *
 * @since 0.1.0
 * @category models
 */
export interface Ok<A> {
  /** Always `true`: the input was good. */
  readonly ok: true
  /** What was computed. */
  readonly value: A
}

/**
 * Failure: every issue found, never empty.
 *
 * @since 0.1.0
 * @category models
 */
export interface Failure {
  /** Always `false`: the input had problems. */
  readonly ok: false
  /** The problems, at least one. */
  readonly issues: ReadonlyArray<Issue>
}

/**
 * `{ ok: true, value } | { ok: false, issues }`.
 *
 * @since 0.1.0
 * @category models
 */
export type Result<A> = Ok<A> | Failure

/**
 * Wraps a value as a success.
 *
 * @example
 * ```ts
 * import { ok } from "@tongban/core"
 *
 * ok(42) // { ok: true, value: 42 }
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const ok = <A>(value: A): Ok<A> => ({ ok: true, value })

/**
 * Wraps one issue or several as a failure.
 *
 * @example
 * ```ts
 * import { fail, makeIssue } from "@tongban/core"
 *
 * const r = fail(makeIssue({ code: "x", message: { zh: "错", en: "bad" } }))
 * r.ok // false
 * r.issues.length // 1
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const fail = (issues: Issue | ReadonlyArray<Issue>): Failure => ({
  ok: false,
  issues: isIssueArray(issues) ? issues : [issues]
})

const isIssueArray = (input: Issue | ReadonlyArray<Issue>): input is ReadonlyArray<Issue> => Array.isArray(input)

/**
 * Is the result a success?
 *
 * @example
 * ```ts
 * import { fail, isOk, makeIssue, ok } from "@tongban/core"
 *
 * isOk(ok(1)) // true
 * isOk(fail(makeIssue({ code: "x", message: { zh: "错", en: "bad" } }))) // false
 * ```
 *
 * @since 0.1.0
 * @category guards
 */
export const isOk = <A>(result: Result<A>): result is Ok<A> => result.ok

/**
 * Transforms the value of a success; a failure passes through.
 *
 * @example
 * ```ts
 * import { map, ok } from "@tongban/core"
 *
 * map(ok(2), (n) => n * 10) // { ok: true, value: 20 }
 * ```
 *
 * @since 0.1.0
 * @category combinators
 */
export const map = <A, B>(result: Result<A>, f: (a: A) => B): Result<B> => (result.ok ? ok(f(result.value)) : result)

/**
 * Chains a step that can itself fail.
 *
 * @example
 * ```ts
 * import { flatMap, ok, parseLocalDate } from "@tongban/core"
 *
 * flatMap(ok("2026-10-01"), (s) => parseLocalDate(s)) // { ok: true, value: "2026-10-01" }
 * const bad = flatMap(ok("2026-02-30"), (s) => parseLocalDate(s))
 * bad.ok ? "" : bad.issues[0]?.code // "date_nonexistent"
 * ```
 *
 * @since 0.1.0
 * @category combinators
 */
export const flatMap = <A, B>(result: Result<A>, f: (a: A) => Result<B>): Result<B> =>
  result.ok ? f(result.value) : result

/**
 * Combines results: all values when every one succeeded, otherwise every
 * issue of every failure (nothing is lost), sorted by path.
 *
 * @example
 * ```ts
 * import { all, ok } from "@tongban/core"
 *
 * all([ok(1), ok(2)]) // { ok: true, value: [1, 2] }
 * ```
 *
 * @since 0.1.0
 * @category combinators
 */
export const all = <A>(results: ReadonlyArray<Result<A>>): Result<ReadonlyArray<A>> => {
  const values: Array<A> = []
  const issues: Array<Issue> = []
  for (const result of results) {
    if (result.ok) values.push(result.value)
    else issues.push(...result.issues)
  }
  return issues.length > 0 ? fail(sortIssues(issues)) : ok(values)
}

/**
 * Locates every issue of a failure under `path`; a success passes through.
 *
 * @example
 * ```ts
 * import { atPath, parseLocalDate } from "@tongban/core"
 *
 * const r = atPath(parseLocalDate("2026-02-30"), ["events", 0, "date"])
 * r.ok ? [] : r.issues[0]?.path // ["events", 0, "date"]
 * ```
 *
 * @since 0.1.0
 * @category combinators
 */
export const atPath = <A>(result: Result<A>, path: ReadonlyArray<PathSegment>): Result<A> =>
  result.ok ? result : fail(prefixIssues(result.issues, path))

/**
 * The error thrown by {@link getOrThrow}: a program chose to treat bad input
 * as a bug.
 *
 * @example
 * ```ts
 * import { IssuesError, getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const thrown = (): unknown => {
 *   try {
 *     return getOrThrow(parseLocalDate("2026-02-30"))
 *   } catch (e) {
 *     return e
 *   }
 * }
 * const e = thrown()
 * e instanceof IssuesError ? [e._tag, e.issues[0]?.code] : [] // ["IssuesError", "date_nonexistent"]
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class IssuesError extends Error {
  /** The tag: the class name. */
  readonly _tag = "IssuesError"
  /** The issues of the failed result. */
  readonly issues: ReadonlyArray<Issue>
  constructor(issues: ReadonlyArray<Issue>) {
    super(formatIssues(issues, "both"))
    this.name = "IssuesError"
    this.issues = issues
  }
}

/**
 * The value of a success; throws {@link IssuesError} on a failure. For
 * scripts, tests and data known to be good; libraries should handle the
 * failure instead.
 *
 * @example
 * ```ts
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * getOrThrow(parseLocalDate("2026-10-01")) // "2026-10-01"
 * ```
 *
 * @since 0.1.0
 * @category destructors
 */
export const getOrThrow = <A>(result: Result<A>): A => {
  if (result.ok) return result.value
  throw new IssuesError(result.issues)
}
