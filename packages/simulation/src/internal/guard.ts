/**
 * Guards of the entry points whose arguments the library builds (a model
 * from parseModel, a flow from parseFlow, a calendar) or a program sets (a
 * seed, a range of seeds): a caller in plain JavaScript can pass anything,
 * and gets located bilingual `argument_invalid` issues instead of a
 * TypeError. The model guard checks every field the engine reads before it
 * allocates or loops, and bounds the work as parseModel does; the entry
 * points keep a last net for what lies deeper (a distribution's or a flow's
 * inside).
 *
 * Glossary: 参数 = argument, 校验 = check.
 */
import type { Issue, PathSegment } from "@tongban/core"
import { DistributionSchema } from "../Distribution.js"
import { simulationCodes } from "../IssueCodes.js"

/** A non-array object. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v)

/** What a value should have been, as a variant of `argument_invalid` (`number` is the default message). */
export type Expected =
  | "number"
  | "integer"
  | "range"
  | "object"
  | "list"
  | "text"
  | "boolean"
  | "model"
  | "flow"
  | "calendar"

/** The `argument_invalid` issue of `name` at `path`. */
export const invalid = (name: string, path: ReadonlyArray<PathSegment>, expected: Expected): Issue =>
  expected === "number"
    ? simulationCodes.issue("argument_invalid", { path, facts: { name } })
    : simulationCodes.issue("argument_invalid", { path, facts: { name }, variant: expected })

const get = (v: Record<string, unknown>, key: string): unknown => (Object.hasOwn(v, key) ? v[key] : undefined)

/** A finite number in [min, max]. */
export const isNumberIn = (v: unknown, min: number, max: number): v is number =>
  typeof v === "number" && Number.isFinite(v) && v >= min && v <= max

/** A safe integer in [min, max]. */
export const isIntegerIn = (v: unknown, min: number, max: number): v is number =>
  Number.isSafeInteger(v) && typeof v === "number" && v >= min && v <= max

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/

/** A working calendar's outline: what `@tongban/deadline` reads first. */
export const isCalendarLike = (v: unknown): boolean => {
  if (!isRecord(v)) return false
  const coverage = get(v, "coverage")
  return (
    typeof get(v, "id") === "string" &&
    isRecord(coverage) &&
    typeof get(coverage, "from") === "string" &&
    typeof get(coverage, "to") === "string"
  )
}

/** The issues of the options of `simulate` (seed, calendar, keepCases, eventLog). */
export const simulateOptionIssues = (options: unknown): ReadonlyArray<Issue> => {
  if (!isRecord(options)) return [invalid("options", ["options"], "object")]
  const issues: Array<Issue> = []
  if (!isNumberIn(get(options, "seed"), -Number.MAX_VALUE, Number.MAX_VALUE))
    issues.push(invalid("seed", ["options", "seed"], "number"))
  const calendar = get(options, "calendar")
  if (calendar !== undefined && !isCalendarLike(calendar))
    issues.push(invalid("calendar", ["options", "calendar"], "calendar"))
  for (const key of ["keepCases", "eventLog"]) {
    const flag = get(options, key)
    if (flag !== undefined && typeof flag !== "boolean") issues.push(invalid(key, ["options", key], "boolean"))
  }
  return issues
}

// The same bound as parseModel's: cases expected over the run.
const MAX_EXPECTED_CASES = 5_000_000

/**
 * The issues of a value passed as a model: empty when every field the engine
 * reads has the type and range parseModel gives it.
 */
export const modelIssues = (model: unknown, path: ReadonlyArray<PathSegment>): ReadonlyArray<Issue> => {
  const name = path.map(String).join(".")
  if (!isRecord(model)) return [invalid(name, path, "model")]
  const issues: Array<Issue> = []
  const at = (key: string): ReadonlyArray<PathSegment> => [...path, key]
  const days = get(model, "days")
  if (!isIntegerIn(days, 1, 3650)) issues.push(invalid("days", at("days"), "integer"))
  if (!isNumberIn(get(model, "dayMinutes"), 1, 1440)) issues.push(invalid("dayMinutes", at("dayMinutes"), "range"))
  if (!isNumberIn(get(model, "sampleEvery"), 1, 100_000))
    issues.push(invalid("sampleEvery", at("sampleEvery"), "range"))
  if (!isNumberIn(get(model, "serviceLevelMinutes"), 0, 100_000))
    issues.push(invalid("serviceLevelMinutes", at("serviceLevelMinutes"), "range"))
  const start = get(model, "start")
  if (start !== undefined && typeof start !== "string") issues.push(invalid("start", at("start"), "text"))
  // Each list: an array of records, each record checked by `each`.
  const list = (
    key: string,
    max: number,
    each: (item: Record<string, unknown>, p: ReadonlyArray<PathSegment>) => void
  ) => {
    const items = get(model, key)
    if (!Array.isArray(items) || items.length > max) {
      issues.push(invalid(key, at(key), "list"))
      return
    }
    items.forEach((item: unknown, i) => {
      const p = [...path, key, i]
      if (!isRecord(item)) issues.push(invalid(`${key}[${i}]`, p, "object"))
      else each(item, p)
    })
  }
  const text = (item: Record<string, unknown>, key: string, p: ReadonlyArray<PathSegment>): void => {
    if (typeof get(item, key) !== "string") issues.push(invalid(key, [...p, key], "text"))
  }
  const integer = (
    item: Record<string, unknown>,
    key: string,
    min: number,
    max: number,
    p: ReadonlyArray<PathSegment>
  ) => {
    if (!isIntegerIn(get(item, key), min, max)) issues.push(invalid(key, [...p, key], "integer"))
  }
  const share = (item: Record<string, unknown>, key: string, p: ReadonlyArray<PathSegment>): void => {
    if (!isNumberIn(get(item, key), 0, 1)) issues.push(invalid(key, [...p, key], "range"))
  }
  const record = (item: Record<string, unknown>, key: string, p: ReadonlyArray<PathSegment>, optional: boolean) => {
    const v = get(item, key)
    if (!(isRecord(v) || (optional && v === undefined))) issues.push(invalid(key, [...p, key], "object"))
  }
  // A distribution the samplers compile: checked whole, as parseModel does.
  const distribution = (
    item: Record<string, unknown>,
    key: string,
    p: ReadonlyArray<PathSegment>,
    optional: boolean
  ) => {
    const v = get(item, key)
    if (!((optional && v === undefined) || DistributionSchema.safeParse(v).success))
      issues.push(invalid(key, [...p, key], "object"))
  }
  list("openingHours", 12, (h, p) => {
    for (const key of ["from", "to"]) {
      const clock = get(h, key)
      if (typeof clock !== "string" || !CLOCK.test(clock)) issues.push(invalid(key, [...p, key], "text"))
    }
  })
  list("departments", 1000, (d, p) => {
    text(d, "id", p)
    integer(d, "reviewers", 1, 100_000, p)
    integer(d, "casesPerReviewer", 1, 10_000, p)
  })
  list("windows", 1000, (w, p) => {
    text(w, "id", p)
    integer(w, "count", 0, 100_000, p)
    const serves = get(w, "serves")
    if (serves !== "all" && !(Array.isArray(serves) && serves.every((s: unknown) => typeof s === "string")))
      issues.push(invalid("serves", [...p, "serves"], "list"))
    if (typeof get(w, "authorised") !== "boolean") issues.push(invalid("authorised", [...p, "authorised"], "boolean"))
  })
  list("priorities", 20, (q, p) => {
    text(q, "id", p)
    share(q, "share", p)
  })
  distribution(model, "patience", path, true)
  let expected = 0
  list("services", 10_000, (s, p) => {
    text(s, "id", p)
    text(s, "department", p)
    share(s, "online", p)
    share(s, "incomplete", p)
    distribution(s, "windowMinutes", p, false)
    distribution(s, "returnDays", p, true)
    record(s, "flow", p, true)
    record(s, "statutory", p, true)
    record(s, "promised", p, true)
    if (typeof get(s, "approveAtWindow") !== "boolean")
      issues.push(invalid("approveAtWindow", [...p, "approveAtWindow"], "boolean"))
    const arrivals = get(s, "arrivals")
    const perDay = isRecord(arrivals) ? get(arrivals, "perDay") : undefined
    const trace = isRecord(arrivals) ? get(arrivals, "trace") : undefined
    const profile = isRecord(arrivals) ? get(arrivals, "profile") : undefined
    if (isNumberIn(perDay, 0, 1_000_000) && trace === undefined) {
      expected += perDay * (isIntegerIn(days, 1, 3650) ? days : 1)
      if (
        profile !== undefined &&
        !(
          Array.isArray(profile) &&
          profile.length >= 1 &&
          profile.length <= 1440 &&
          profile.every((w: unknown) => isNumberIn(w, 0, Number.MAX_VALUE))
        )
      )
        issues.push(invalid("profile", [...p, "arrivals", "profile"], "list"))
    } else if (Array.isArray(trace) && trace.length <= MAX_EXPECTED_CASES && perDay === undefined) {
      expected += trace.length
      if (!trace.every((t: unknown) => typeof t === "string" || isNumberIn(t, 0, Number.MAX_VALUE)))
        issues.push(invalid("trace", [...p, "arrivals", "trace"], "list"))
    } else issues.push(invalid("arrivals", [...p, "arrivals"], "object"))
  })
  if (expected > MAX_EXPECTED_CASES) issues.push(invalid("services", at("services"), "range"))
  return issues
}
