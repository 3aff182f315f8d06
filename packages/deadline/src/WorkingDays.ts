/**
 * Working-day arithmetic on a {@link WorkCalendar}: is a day a working day,
 * add or subtract working days, count them, find the next or previous one.
 * Each call is O(1) after the calendar's index is built on first use.
 *
 * Glossary: 工作日 = working day, 休息日 = rest day, 法定节假日 = statutory
 * holiday, 调休上班 = make-up working day.
 *
 * @since 0.1.0
 */
import {
  type CodeSpecs,
  codeIssue,
  fail,
  type Issue,
  type LocalDate,
  type Message,
  ok,
  type PathSegment,
  type Result
} from "@tongban/core"
import type { WorkCalendar } from "./Calendar.js"
import { type CalendarIndex, coverageIssue, dateAt, indexOf, offsetOf } from "./internal/calendarIndex.js"
import { infoAt } from "./internal/dayInfo.js"

/**
 * Options of the working-day functions.
 *
 * @since 0.1.0
 * @category models
 */
export interface CalendarOptions {
  readonly calendar: WorkCalendar
  /** Locates issues in a larger input, e.g. `["cases", 3]`. */
  readonly path?: ReadonlyArray<PathSegment>
}

const NO_PATH: ReadonlyArray<PathSegment> = []

const beyond = (ix: CalendarIndex, date: string, n: number, path: ReadonlyArray<PathSegment>): Issue =>
  coverageIssue(ix, date, path, n > 0 ? "forward" : "backward", { n })

/** The codes of the working-day functions (the coverage codes are the index's). */
export const workingDaysCodes = {
  working_days_invalid: {
    message: { zh: "工作日数必须是整数", en: "the number of working days must be a whole number" },
    facts: { n: "value" }
  }
} as const satisfies CodeSpecs

/**
 * How a value that is not a whole number is named in the issue's facts: a
 * number as itself, another primitive as its text, an object or a function
 * by its kind only, since `String` throws on an object without a prototype
 * or with a `toString` that throws.
 */
const named = (n: unknown): number | string => {
  if (typeof n === "number") return n
  if (n === null) return "null"
  if (Array.isArray(n)) return "array"
  if (typeof n === "object" || typeof n === "function") return typeof n
  return String(n)
}

const notWhole = (n: unknown, path: ReadonlyArray<PathSegment>): Issue =>
  codeIssue(workingDaysCodes, "working_days_invalid", { path, facts: { n: named(n) } })

/**
 * Is `date` a working day?
 *
 * @returns `true` or `false`, or the issue `calendar_out_of_coverage` for a
 * date the calendar does not cover (a malformed date gets its own issue)
 *
 * @example
 * ```ts
 * import { chinaCalendar, isWorkingDay } from "@tongban/deadline"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const calendar = chinaCalendar
 * isWorkingDay(getOrThrow(parseLocalDate("2024-10-01")), { calendar }) // { ok: true, value: false }
 * isWorkingDay(getOrThrow(parseLocalDate("2024-10-12")), { calendar }) // { ok: true, value: true }
 * isWorkingDay(getOrThrow(parseLocalDate("2027-03-01")), { calendar }).ok // false
 * ```
 *
 * @since 0.1.0
 * @category calendars
 */
export const isWorkingDay = (date: LocalDate, options: CalendarOptions): Result<boolean> => {
  const ixr = indexOf(options?.calendar)
  if (!ixr.ok) return ixr
  const ix = ixr.value
  const i = offsetOf(ix, date, options.path ?? NO_PATH)
  if (typeof i !== "number") return fail(i)
  return ok((ix.rank[i + 1] ?? 0) > (ix.rank[i] ?? 0))
}

/**
 * Adds `n` working days to `date`; the date itself is not counted. With `n`
 * positive the result is the n-th working day after `date`; with `n`
 * negative, the |n|-th working day before it; with `n` zero, `date` itself.
 *
 * @returns the date, or `calendar_out_of_coverage` when `date` or the result
 * lies outside the calendar's coverage
 *
 * @example
 * ```ts
 * import { addWorkingDays, chinaCalendar } from "@tongban/deadline"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const calendar = chinaCalendar
 * addWorkingDays(getOrThrow(parseLocalDate("2024-09-27")), 20, { calendar }) // { ok: true, value: "2024-10-30" }
 * addWorkingDays(getOrThrow(parseLocalDate("2024-10-08")), -1, { calendar }) // { ok: true, value: "2024-09-30" }
 * ```
 *
 * @since 0.1.0
 * @category arithmetic
 */
export const addWorkingDays = (date: LocalDate, n: number, options: CalendarOptions): Result<LocalDate> => {
  const ixr = indexOf(options?.calendar)
  if (!ixr.ok) return ixr
  const ix = ixr.value
  const path = options.path ?? NO_PATH
  const i = offsetOf(ix, date, path)
  if (typeof i !== "number") return fail(i)
  if (!Number.isSafeInteger(n)) return fail(notWhole(n, path))
  if (n === 0) return ok(date)
  const at = n > 0 ? (ix.rank[i + 1] ?? 0) + n - 1 : (ix.rank[i] ?? 0) + n
  const j = at >= 0 && at < ix.work.length ? ix.work[at] : undefined
  if (j === undefined) return fail(beyond(ix, date, n, path))
  return ok(dateAt(ix, j))
}

/**
 * Counts the working days after `from` up to and including `to`, so that
 * `workingDaysBetween(d, addWorkingDays(d, n)) = n`. Negative when `to` is
 * before `from`.
 *
 * @example
 * ```ts
 * import { chinaCalendar, workingDaysBetween } from "@tongban/deadline"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const d = (s: string) => getOrThrow(parseLocalDate(s))
 * workingDaysBetween(d("2024-09-27"), d("2024-10-30"), { calendar: chinaCalendar }) // { ok: true, value: 20 }
 * ```
 *
 * @since 0.1.0
 * @category arithmetic
 */
export const workingDaysBetween = (from: LocalDate, to: LocalDate, options: CalendarOptions): Result<number> => {
  const ixr = indexOf(options?.calendar)
  if (!ixr.ok) return ixr
  const ix = ixr.value
  const path = options.path ?? NO_PATH
  const i = offsetOf(ix, from, path, "from")
  if (typeof i !== "number") return fail(i)
  const j = offsetOf(ix, to, path, "to")
  if (typeof j !== "number") return fail(j)
  return ok((ix.rank[j + 1] ?? 0) - (ix.rank[i + 1] ?? 0))
}

/**
 * The first working day strictly after `date`.
 *
 * @example
 * ```ts
 * import { chinaCalendar, nextWorkingDay } from "@tongban/deadline"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * nextWorkingDay(getOrThrow(parseLocalDate("2024-09-30")), { calendar: chinaCalendar }) // { ok: true, value: "2024-10-08" }
 * ```
 *
 * @since 0.1.0
 * @category arithmetic
 */
export const nextWorkingDay = (date: LocalDate, options: CalendarOptions): Result<LocalDate> =>
  addWorkingDays(date, 1, options)

/**
 * The last working day strictly before `date`.
 *
 * @example
 * ```ts
 * import { chinaCalendar, previousWorkingDay } from "@tongban/deadline"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * previousWorkingDay(getOrThrow(parseLocalDate("2024-10-08")), { calendar: chinaCalendar }) // { ok: true, value: "2024-09-30" }
 * ```
 *
 * @since 0.1.0
 * @category arithmetic
 */
export const previousWorkingDay = (date: LocalDate, options: CalendarOptions): Result<LocalDate> =>
  addWorkingDays(date, -1, options)

/**
 * What kind of day a date is: a working day by the weekly pattern, a rest day
 * by the weekly pattern, a day off set by a layer (a holiday), a make-up
 * working day, or a rest day whose make-up working day a layer cancelled.
 *
 * @since 0.1.0
 * @category models
 */
export type DayKind = "workday" | "restday" | "day_off" | "make_up_workday" | "cancelled_make_up"

/**
 * A day of a calendar and the reason it is or is not a working day.
 *
 * @since 0.1.0
 * @category models
 */
export interface DayInfo {
  readonly date: LocalDate
  readonly working: boolean
  readonly kind: DayKind
  /** Why: the holiday's name, or the weekday for a weekly rest day. */
  readonly reason: Message
  /** The name of the holiday or exception, for days set by a layer. */
  readonly name?: Message
  /** The document that set the day, for days set by a layer. */
  readonly source?: string
  /** The layer that set the day. */
  readonly layer?: string
  /**
   * Present on a day after the calendar's `announcedThrough`: the day is
   * projected from the statute, no notice has set it yet.
   */
  readonly provisional?: true
}

/**
 * Explains one day: working or not, and why, with the notice that set it.
 *
 * @example
 * ```ts
 * import { chinaCalendar, describeDay } from "@tongban/deadline"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const info = getOrThrow(describeDay(getOrThrow(parseLocalDate("2005-12-31")), { calendar: chinaCalendar }))
 * info.kind // "make_up_workday"
 * info.source // "国办发明电〔2005〕35号"
 * ```
 *
 * @since 0.1.0
 * @category calendars
 */
export const describeDay = (date: LocalDate, options: CalendarOptions): Result<DayInfo> => {
  const ixr = indexOf(options?.calendar)
  if (!ixr.ok) return ixr
  const i = offsetOf(ixr.value, date, options.path ?? NO_PATH)
  if (typeof i !== "number") return fail(i)
  return ok(infoAt(ixr.value, i))
}

/**
 * Every day from `from` to `to` inclusive, explained. At most the whole
 * coverage of the calendar.
 *
 * @example
 * ```ts
 * import { chinaCalendar, listDays } from "@tongban/deadline"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const d = (s: string) => getOrThrow(parseLocalDate(s))
 * const days = getOrThrow(listDays(d("2024-09-29"), d("2024-10-08"), { calendar: chinaCalendar }))
 * days.filter((day) => day.working).map((day) => day.date) // ["2024-09-29", "2024-09-30", "2024-10-08"]
 * ```
 *
 * @since 0.1.0
 * @category calendars
 */
export const listDays = (from: LocalDate, to: LocalDate, options: CalendarOptions): Result<ReadonlyArray<DayInfo>> => {
  const ixr = indexOf(options?.calendar)
  if (!ixr.ok) return ixr
  const ix = ixr.value
  const path = options.path ?? NO_PATH
  const i = offsetOf(ix, from, path, "from")
  if (typeof i !== "number") return fail(i)
  const j = offsetOf(ix, to, path, "to")
  if (typeof j !== "number") return fail(j)
  const days: Array<DayInfo> = []
  for (let k = i; k <= j; k++) days.push(infoAt(ix, k))
  return ok(days)
}

/**
 * Checks a calendar's data (dates, sources, cancellations, coverage) and
 * builds its index now rather than on first use.
 *
 * @returns the calendar, or `calendar_invalid` issues located in its data
 *
 * @example
 * ```ts
 * import { chinaCalendar, checkCalendar } from "@tongban/deadline"
 *
 * checkCalendar(chinaCalendar).ok // true
 * ```
 *
 * @since 0.1.0
 * @category validation
 */
export const checkCalendar = (calendar: WorkCalendar): Result<WorkCalendar> => {
  const ixr = indexOf(calendar)
  return ixr.ok ? ok(calendar) : ixr
}
