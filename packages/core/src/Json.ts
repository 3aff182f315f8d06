/**
 * Reading JSON that came from outside: size and depth limits, and keys that
 * could reach an object's prototype, reported as issues instead of crashes.
 *
 * Glossary: 输入 = input, 嵌套深度 = nesting depth.
 *
 * @since 0.1.0
 */
import { codeIssue } from "./Codes.js"
import { jsonCodes } from "./internal/codes.js"
import { type Issue, type PathSegment, sortIssues } from "./Issue.js"
import { fail, ok, type Result } from "./Result.js"

/**
 * Limits for {@link parseJson}.
 *
 * @since 0.1.0
 * @category models
 */
export interface JsonLimits {
  /** Largest accepted text, in UTF-16 code units. Default 64 MiB. */
  readonly maxLength?: number
  /** Deepest accepted nesting of arrays and objects. Default 64. */
  readonly maxDepth?: number
  /** Keys refused anywhere in the input. Default `__proto__`, `constructor`, `prototype`. */
  readonly forbiddenKeys?: ReadonlyArray<string>
}

/**
 * The keys refused by default: through them, careless code can reach and
 * change `Object.prototype`.
 *
 * @since 0.1.0
 * @category constants
 */
export const FORBIDDEN_KEYS: ReadonlyArray<string> = ["__proto__", "constructor", "prototype"]

const MAX_REPORTED = 100

/**
 * Checks an already-parsed value: nesting depth and forbidden keys, without
 * recursion (so a hostile depth cannot overflow the stack). Returns every
 * problem found, up to 100.
 *
 * @example
 * ```ts
 * import { checkJsonValue } from "@tongban/core"
 *
 * checkJsonValue(JSON.parse('{"a":{"__proto__":{"x":1}}}'))[0]?.code // "json_forbidden_key"
 * ```
 *
 * @since 0.1.0
 * @category validation
 */
export const checkJsonValue = (value: unknown, limits?: JsonLimits): ReadonlyArray<Issue> => {
  const maxDepth = limits?.maxDepth ?? 64
  const forbidden = new Set(limits?.forbiddenKeys ?? FORBIDDEN_KEYS)
  const issues: Array<Issue> = []
  if (typeof value !== "object" || value === null) return issues
  // One frame per open array or object on the way down: the stack never
  // holds more than maxDepth frames, however wide the input, and a path is
  // only built when there is something to report.
  interface Frame {
    readonly container: object
    readonly keys: ReadonlyArray<string> | undefined
    readonly length: number
    next: number
    readonly segment: PathSegment
  }
  const open = (container: object, segment: PathSegment): Frame => {
    const keys = Array.isArray(container) ? undefined : Object.keys(container)
    return {
      container,
      keys,
      length: keys === undefined && Array.isArray(container) ? container.length : (keys?.length ?? 0),
      next: 0,
      segment
    }
  }
  const stack: Array<Frame> = [open(value, "")]
  const pathTo = (last: PathSegment): Array<PathSegment> => [...stack.slice(1).map((f) => f.segment), last]
  while (stack.length > 0 && issues.length < MAX_REPORTED) {
    const frame = stack[stack.length - 1]
    if (frame === undefined) break
    if (frame.next >= frame.length) {
      stack.pop()
      continue
    }
    const i = frame.next++
    const segment: PathSegment = frame.keys === undefined ? i : (frame.keys[i] ?? "")
    if (typeof segment === "string" && forbidden.has(segment)) {
      issues.push(codeIssue(jsonCodes, "json_forbidden_key", { path: pathTo(segment), facts: { key: segment } }))
      continue
    }
    const child: unknown = Reflect.get(frame.container, segment)
    if (typeof child !== "object" || child === null) continue
    if (stack.length >= maxDepth) {
      issues.push(codeIssue(jsonCodes, "json_too_deep", { path: pathTo(segment), facts: { maxDepth } }))
      continue
    }
    stack.push(open(child, segment))
  }
  return sortIssues(issues)
}

/**
 * Parses JSON text from outside. Never throws: text too long, malformed
 * JSON, nesting too deep and forbidden keys are issues
 * (`json_too_large`, `json_malformed`, `json_too_deep`,
 * `json_forbidden_key`).
 *
 * @example
 * ```ts
 * import { parseJson } from "@tongban/core"
 *
 * parseJson('{"a": 1}') // { ok: true, value: { a: 1 } }
 * const bad = parseJson("{")
 * bad.ok ? "" : bad.issues[0]?.code // "json_malformed"
 * ```
 *
 * @since 0.1.0
 * @category parsing
 */
export const parseJson = (text: string, limits?: JsonLimits): Result<unknown> => {
  if (typeof text !== "string") {
    return fail(codeIssue(jsonCodes, "json_malformed", { facts: { detail: `not text but ${typeof text}` } }))
  }
  const maxLength = limits?.maxLength ?? 64 * 1024 * 1024
  if (text.length > maxLength) {
    return fail(codeIssue(jsonCodes, "json_too_large", { facts: { length: text.length, maxLength } }))
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return fail(codeIssue(jsonCodes, "json_malformed", { facts: { detail } }))
  }
  const issues = checkJsonValue(value, limits)
  return issues.length > 0 ? fail(issues) : ok(value)
}
