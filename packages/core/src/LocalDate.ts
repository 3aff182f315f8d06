/**
 * Calendar dates without a time or a zone: `YYYY-MM-DD` strings, and day
 * numbers for arithmetic.
 *
 * Glossary: 日期 = LocalDate, 日序号 = day number (days since 1970-01-01),
 * 星期 = day of week.
 *
 * Nothing here reads the host time zone: every function is plain arithmetic
 * on the proleptic Gregorian calendar.
 *
 * @since 0.1.0
 */
import { codeIssue } from "./Codes.js"
import { dateCodes } from "./internal/codes.js"
import type { Issue, Lang, PathSegment } from "./Issue.js"
import { fail, ok, type Result } from "./Result.js"

declare const LocalDateBrand: unique symbol

/**
 * A calendar date, `YYYY-MM-DD`, known to exist and to lie in 1900–2200.
 * Obtain one from {@link parseLocalDate}, {@link fromDayNumber} or
 * {@link localDateFromParts}.
 *
 * @since 0.1.0
 * @category models
 */
export type LocalDate = string & {
  /** The brand: only the checked constructors make a `LocalDate`. */
  readonly [LocalDateBrand]: "LocalDate"
}

/**
 * The first year a `LocalDate` may have.
 *
 * @since 0.1.0
 * @category constants
 */
export const MIN_YEAR = 1900

/**
 * The last year a `LocalDate` may have.
 *
 * @since 0.1.0
 * @category constants
 */
export const MAX_YEAR = 2200

const daysFromCivil = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/**
 * The day number of 1900-01-01.
 *
 * @since 0.1.0
 * @category constants
 */
export const MIN_DAY_NUMBER = daysFromCivil(MIN_YEAR, 1, 1)

/**
 * The day number of 2200-12-31.
 *
 * @since 0.1.0
 * @category constants
 */
export const MAX_DAY_NUMBER = daysFromCivil(MAX_YEAR, 12, 31)

/**
 * Is `year` a leap year of the Gregorian calendar?
 *
 * @example
 * ```ts
 * import { isLeapYear } from "@tongban/core"
 *
 * isLeapYear(2024) // true
 * isLeapYear(1900) // false
 * isLeapYear(2000) // true
 * ```
 *
 * @since 0.1.0
 * @category predicates
 */
export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * The number of days in a month (1–12) of a year.
 *
 * @example
 * ```ts
 * import { daysInMonth } from "@tongban/core"
 *
 * daysInMonth(2024, 2) // 29
 * daysInMonth(2026, 2) // 28
 * ```
 *
 * @since 0.1.0
 * @category utils
 */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0)

const pad = (n: number, width: number): string => String(n).padStart(width, "0")

const fromValidParts = (year: number, month: number, day: number): LocalDate => {
  const text: string = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
  return brand(text)
}

// The one place a checked string becomes a LocalDate.
function brand(text: string): LocalDate
function brand(text: string): string {
  return text
}

const locate = (path: ReadonlyArray<PathSegment> | undefined): ReadonlyArray<PathSegment> => path ?? []

const describe = (input: unknown): string => {
  if (typeof input === "string")
    return input.length > 40 ? `${JSON.stringify(input.slice(0, 40))}…` : JSON.stringify(input)
  if (input === null) return "null"
  if (Array.isArray(input)) return "array"
  return typeof input
}

const notString = (input: unknown, path: ReadonlyArray<PathSegment>): Issue =>
  codeIssue(dateCodes, "date_not_string", { path, facts: { received: describe(input) } })

const malformed = (input: string, path: ReadonlyArray<PathSegment>): Issue =>
  codeIssue(dateCodes, "date_malformed", { path, facts: { input: input.slice(0, 40) } })

const outOfRange = (input: string, year: number, path: ReadonlyArray<PathSegment>): Issue =>
  codeIssue(dateCodes, "date_out_of_range", { path, facts: { input, year, min: MIN_YEAR, max: MAX_YEAR } })

const nonexistent = (
  input: string,
  year: number,
  month: number,
  day: number,
  path: ReadonlyArray<PathSegment>
): Issue => {
  const valid = month >= 1 && month <= 12
  const facts = { input, year, month, day, daysInMonth: valid ? daysInMonth(year, month) : 0 }
  return codeIssue(dateCodes, "date_nonexistent", valid ? { path, facts } : { path, facts, variant: "month" })
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Parses a `YYYY-MM-DD` date. Never throws: anything that is not a string,
 * not in that exact form, not a real date, or outside 1900–2200 gives a
 * located issue (`date_not_string`, `date_malformed`, `date_nonexistent`,
 * `date_out_of_range`) with a message in Chinese and English.
 *
 * @param input - any value, typically from JSON or a command line
 * @param options - `path` locates the issue in a larger input
 * @returns the date, or the issue
 *
 * @example
 * ```ts
 * import { parseLocalDate } from "@tongban/core"
 *
 * parseLocalDate("2026-10-01") // { ok: true, value: "2026-10-01" }
 * const bad = parseLocalDate("2026-02-30", { path: ["received"] })
 * bad.ok ? "" : bad.issues[0]?.code // "date_nonexistent"
 * ```
 *
 * @since 0.1.0
 * @category parsing
 */
export const parseLocalDate = (
  input: unknown,
  options?: { readonly path?: ReadonlyArray<PathSegment> }
): Result<LocalDate> => {
  const path = locate(options?.path)
  if (typeof input !== "string") return fail(notString(input, path))
  const match = DATE_PATTERN.exec(input)
  if (match === null) return fail(malformed(input, path))
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (year < MIN_YEAR || year > MAX_YEAR) return fail(outOfRange(input, year, path))
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail(nonexistent(input, year, month, day, path))
  }
  return ok(fromValidParts(year, month, day))
}

/**
 * Is `input` a valid `LocalDate`?
 *
 * @example
 * ```ts
 * import { isLocalDate } from "@tongban/core"
 *
 * isLocalDate("2024-02-29") // true
 * isLocalDate("2023-02-29") // false
 * ```
 *
 * @since 0.1.0
 * @category guards
 */
export const isLocalDate = (input: unknown): input is LocalDate => parseLocalDate(input).ok

/**
 * Builds a date from its year, month (1–12) and day, with the same checks as
 * {@link parseLocalDate}.
 *
 * @example
 * ```ts
 * import { localDateFromParts } from "@tongban/core"
 *
 * localDateFromParts(2026, 2, 3) // { ok: true, value: "2026-02-03" }
 * localDateFromParts(2026, 2, 30).ok // false
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const localDateFromParts = (
  year: number,
  month: number,
  day: number,
  options?: { readonly path?: ReadonlyArray<PathSegment> }
): Result<LocalDate> => {
  const path = locate(options?.path)
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) {
    const part = (value: unknown): string => (typeof value === "number" ? String(value) : typeof value)
    return fail(malformed(`${part(year)}-${part(month)}-${part(day)}`, path))
  }
  const text = `${pad(Math.abs(year), 4)}-${pad(month, 2)}-${pad(day, 2)}`
  if (year < MIN_YEAR || year > MAX_YEAR) return fail(outOfRange(text, year, path))
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail(nonexistent(text, year, month, day, path))
  }
  return ok(fromValidParts(year, month, day))
}

/**
 * The year, month (1–12) and day of a date.
 *
 * @example
 * ```ts
 * import { getOrThrow, parseLocalDate, toParts } from "@tongban/core"
 *
 * toParts(getOrThrow(parseLocalDate("2026-10-01"))) // { year: 2026, month: 10, day: 1 }
 * ```
 *
 * @since 0.1.0
 * @category destructors
 */
export const toParts = (
  date: LocalDate
): {
  /** The year, 1900–2200. */
  readonly year: number
  /** The month, 1–12. */
  readonly month: number
  /** The day of the month, 1–31. */
  readonly day: number
} => ({
  year:
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48),
  month: (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48),
  day: (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48)
})

/**
 * The day number of a date: days since 1970-01-01 (negative before it).
 * Pure arithmetic, independent of the host time zone.
 *
 * @example
 * ```ts
 * import { getOrThrow, parseLocalDate, toDayNumber } from "@tongban/core"
 *
 * toDayNumber(getOrThrow(parseLocalDate("1970-01-02"))) // 1
 * ```
 *
 * @since 0.1.0
 * @category conversions
 */
export const toDayNumber = (date: LocalDate): number => {
  const { year, month, day } = toParts(date)
  return daysFromCivil(year, month, day)
}

/**
 * The error thrown when a day number is not a whole number or lies outside
 * 1900-01-01 … 2200-12-31: a bug in the calling program, not bad input.
 *
 * @example
 * ```ts
 * import { DayNumberRangeError, fromDayNumber } from "@tongban/core"
 *
 * const thrown = (): unknown => {
 *   try {
 *     return fromDayNumber(1e9)
 *   } catch (e) {
 *     return e
 *   }
 * }
 * const e = thrown()
 * e instanceof DayNumberRangeError ? [e._tag, e.dayNumber] : [] // ["DayNumberRangeError", 1000000000]
 * e instanceof RangeError ? e.message : "" // "day number 1000000000 is not a whole number in -25567..84370 (1900-01-01..2200-12-31)"
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class DayNumberRangeError extends RangeError {
  /** The tag: the class name. */
  readonly _tag = "DayNumberRangeError"
  /** The day number that was out of range. */
  readonly dayNumber: number
  constructor(dayNumber: number) {
    super(
      `day number ${dayNumber} is not a whole number in ${MIN_DAY_NUMBER}..${MAX_DAY_NUMBER} (1900-01-01..2200-12-31)`
    )
    this.name = "DayNumberRangeError"
    this.dayNumber = dayNumber
  }
}

/**
 * The date of a day number (see {@link toDayNumber}). Throws
 * {@link DayNumberRangeError} outside 1900–2200.
 *
 * @example
 * ```ts
 * import { fromDayNumber } from "@tongban/core"
 *
 * fromDayNumber(0) // "1970-01-01"
 * fromDayNumber(20727) // "2026-10-01"
 * ```
 *
 * @since 0.1.0
 * @category conversions
 */
export const fromDayNumber = (dayNumber: number): LocalDate => {
  if (!Number.isInteger(dayNumber) || dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new DayNumberRangeError(dayNumber)
  }
  const z = dayNumber + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  return fromValidParts(year, month, day)
}

/**
 * Is `dayNumber` the number of a `LocalDate` (a whole number in 1900–2200)?
 *
 * @example
 * ```ts
 * import { isDayNumber } from "@tongban/core"
 *
 * isDayNumber(0) // true
 * isDayNumber(0.5) // false
 * ```
 *
 * @since 0.1.0
 * @category guards
 */
export const isDayNumber = (dayNumber: number): boolean =>
  Number.isInteger(dayNumber) && dayNumber >= MIN_DAY_NUMBER && dayNumber <= MAX_DAY_NUMBER

/**
 * Compares two dates: -1 if `a` is earlier, 0 if equal, 1 if later. Usable
 * with `Array.prototype.sort`.
 *
 * @example
 * ```ts
 * import { compareLocalDate, getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const d = (s: string) => getOrThrow(parseLocalDate(s))
 * compareLocalDate(d("2026-01-31"), d("2026-02-01")) // -1
 * ```
 *
 * @since 0.1.0
 * @category ordering
 */
export const compareLocalDate = (a: LocalDate, b: LocalDate): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The day of the week, ISO numbering: 1 = Monday … 7 = Sunday.
 *
 * @example
 * ```ts
 * import { dayOfWeek, getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * dayOfWeek(getOrThrow(parseLocalDate("2026-10-01"))) // 4 (Thursday)
 * ```
 *
 * @since 0.1.0
 * @category utils
 */
export const dayOfWeek = (date: LocalDate): 1 | 2 | 3 | 4 | 5 | 6 | 7 => isoWeekday(toDayNumber(date))

/**
 * The ISO day of the week of a day number: 1 = Monday … 7 = Sunday.
 *
 * @example
 * ```ts
 * import { isoWeekday } from "@tongban/core"
 *
 * isoWeekday(0) // 4: 1970-01-01 was a Thursday
 * ```
 *
 * @since 0.1.0
 * @category utils
 */
export const isoWeekday = (dayNumber: number): 1 | 2 | 3 | 4 | 5 | 6 | 7 => {
  const r = (((dayNumber + 3) % 7) + 7) % 7
  switch (r) {
    case 0:
      return 1
    case 1:
      return 2
    case 2:
      return 3
    case 3:
      return 4
    case 4:
      return 5
    case 5:
      return 6
    default:
      return 7
  }
}

/**
 * Adds natural (calendar) days. Throws {@link DayNumberRangeError} if the
 * result leaves 1900–2200.
 *
 * @example
 * ```ts
 * import { addDays, getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * addDays(getOrThrow(parseLocalDate("2024-02-28")), 2) // "2024-03-01"
 * ```
 *
 * @since 0.1.0
 * @category arithmetic
 */
export const addDays = (date: LocalDate, days: number): LocalDate => fromDayNumber(toDayNumber(date) + days)

/**
 * Adds calendar months, keeping the day of the month; when the target month
 * has no such day, the result is its last day (2024-01-31 plus one month is
 * 2024-02-29). This is the corresponding day of 民法典第二百零二条 (Civil
 * Code art. 202: a period in months or years ends on the corresponding day
 * of its last month, or on that month's last day when it has none); the
 * period's start rule (art. 201) and rest days (art. 203) are
 * `@tongban/deadline`'s. Negative `months` go back. Pure arithmetic on the
 * date's parts, independent of the host time zone. Throws
 * {@link DayNumberRangeError} if the result leaves 1900–2200 or `months` is
 * not a whole number.
 *
 * @example
 * ```ts
 * import { addMonths, getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const d = (s: string) => getOrThrow(parseLocalDate(s))
 * addMonths(d("2024-01-31"), 1) // "2024-02-29"
 * addMonths(d("2025-01-31"), 1) // "2025-02-28"
 * addMonths(d("2026-03-15"), -3) // "2025-12-15"
 * addMonths(d("2026-08-31"), 13) // "2027-09-30"
 * ```
 *
 * @since 0.2.0
 * @category arithmetic
 */
export const addMonths = (date: LocalDate, months: number): LocalDate => {
  const { year, month, day } = toParts(date)
  const total = year * 12 + month - 1 + months
  const y = Math.floor(total / 12)
  const m = total - y * 12 + 1
  if (!Number.isInteger(months) || y < MIN_YEAR || y > MAX_YEAR) {
    throw new DayNumberRangeError(Number.isInteger(months) ? daysFromCivil(y, m, 1) : Number.NaN)
  }
  return fromValidParts(y, m, Math.min(day, daysInMonth(y, m)))
}

/**
 * Adds calendar years: {@link addMonths} with twelve months a year, so
 * 29 February goes to 28 February in a common year (民法典第二百零二条).
 *
 * @example
 * ```ts
 * import { addYears, getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * addYears(getOrThrow(parseLocalDate("2024-02-29")), 1) // "2025-02-28"
 * addYears(getOrThrow(parseLocalDate("2024-02-29")), 4) // "2028-02-29"
 * ```
 *
 * @since 0.2.0
 * @category arithmetic
 */
export const addYears = (date: LocalDate, years: number): LocalDate => addMonths(date, years * 12)

/**
 * Natural days from `a` to `b` (negative when `b` is earlier).
 *
 * @example
 * ```ts
 * import { daysBetween, getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const d = (s: string) => getOrThrow(parseLocalDate(s))
 * daysBetween(d("2026-01-01"), d("2027-01-01")) // 365
 * ```
 *
 * @since 0.1.0
 * @category arithmetic
 */
export const daysBetween = (a: LocalDate, b: LocalDate): number => toDayNumber(b) - toDayNumber(a)

const WEEKDAYS_ZH = ["一", "二", "三", "四", "五", "六", "日"]
const WEEKDAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

/**
 * Formats a date for people. `iso` (the default) is the date itself; `zh`
 * is `2026年10月1日`; `en` is `1 Oct 2026`. With `weekday: true` the day of
 * the week follows: `2026年10月1日（星期四）`, `Thu 1 Oct 2026`.
 *
 * @example
 * ```ts
 * import { formatLocalDate, getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const d = getOrThrow(parseLocalDate("2026-10-01"))
 * formatLocalDate(d, { style: "zh", weekday: true }) // "2026年10月1日（星期四）"
 * formatLocalDate(d, { style: "en" }) // "1 Oct 2026"
 * ```
 *
 * @since 0.1.0
 * @category formatting
 */
export const formatLocalDate = (
  date: LocalDate,
  options?: { readonly style?: "iso" | Lang; readonly weekday?: boolean }
): string => {
  const style = options?.style ?? "iso"
  const weekday = dayOfWeek(date) - 1
  const { year, month, day } = toParts(date)
  switch (style) {
    case "zh":
      return `${year}年${month}月${day}日${options?.weekday === true ? `（星期${WEEKDAYS_ZH[weekday]}）` : ""}`
    case "en":
      return `${options?.weekday === true ? `${WEEKDAYS_EN[weekday]} ` : ""}${day} ${MONTHS_EN[month - 1]} ${year}`
    default:
      return options?.weekday === true ? `${date} (${WEEKDAYS_EN[weekday]})` : date
  }
}
