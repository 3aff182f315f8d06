/**
 * Periods under the Civil Code (民法典): the due date of a time limit on a
 * working-day calendar, with the days it skips and why.
 *
 * - 第二百零一条 (art. 201): a period in days, months or years starts on the
 *   day after the event; the start day is not counted.
 * - 第二百零二条 (art. 202): a period in months or years ends on the
 *   corresponding day of the last month; without one, on the month's last day.
 * - 第二百零三条 (art. 203): when the last day is a statutory rest day, the
 *   period ends on the first day after it.
 *
 * Glossary: 期间 = period, 期间的最后一日 = last day of a period,
 * 法定休假日 = statutory rest day, 对应日 = corresponding day, 到期日 = due date.
 *
 * @since 0.1.0
 */
import {
  addMonths,
  type CodeSpecs,
  codeIssue,
  fail,
  type LocalDate,
  MAX_YEAR,
  ok,
  type PathSegment,
  type Result,
  toDayNumber,
  toParts
} from "@tongban/core"
import { type CalendarIndex, coverageIssue, dateAt, indexOf, offsetOf } from "./internal/calendarIndex.js"
import { infoAt } from "./internal/dayInfo.js"
import { TIME_UNITS, type TimeLimit } from "./TimeLimit.js"
import type { CalendarOptions, DayInfo } from "./WorkingDays.js"

/**
 * Whether the start day counts: `"next_day"` (the default, 民法典 art. 201:
 * the period starts on the next day) or `"same_day"` (a rule that counts the
 * day of the event itself).
 *
 * @since 0.1.0
 * @category time limits
 */
export type StartRule = "next_day" | "same_day"

/**
 * Options of {@link dueDate}.
 *
 * @since 0.1.0
 * @category models
 */
export interface DueDateOptions extends CalendarOptions {
  readonly startRule?: StartRule
}

/**
 * How a due date was reached.
 *
 * @since 0.1.0
 * @category models
 */
export interface DueDateTrace {
  readonly start: LocalDate
  readonly limit: TimeLimit
  readonly startRule: StartRule
  readonly due: LocalDate
  /** The last day before art. 203 moved it, when it did. */
  readonly nominalEnd?: LocalDate
  /** Working days from the day after `start` to `due` inclusive. */
  readonly workingDays: number
  /** Every day from the start of the period to `due` that is not a working day, and why. */
  readonly skipped: ReadonlyArray<DayInfo>
  /** The rules applied, cited. */
  readonly rules: ReadonlyArray<string>
  /**
   * Present when a day from the start to the due date is projected (after the
   * calendar's `announcedThrough`): the due date is an estimate until the
   * notice for that year is out.
   */
  readonly provisional?: true
}

const ART_201 = "民法典第二百零一条：开始的当日不计入，自下一日开始计算"
const ART_202 = "民法典第二百零二条：按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，为月末日"
const ART_203 = "民法典第二百零三条：期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日"
const SAME_DAY = "开始的当日计入期间（特别规定）"
const WORKING = "按工作日计算，不含法定节假日和休息日"
const HOURS = "按小时计算的期限折算为整日（每 24 小时一日，不足一日按一日计）"

const beyond = (ix: CalendarIndex, start: LocalDate, limit: TimeLimit, path: ReadonlyArray<PathSegment>) =>
  coverageIssue(ix, start, path, "forward", { amount: limit.amount, unit: limit.unit })

/** The codes of periods (the coverage codes are the index's). */
export const periodCodes = {
  time_limit_invalid: {
    message: {
      zh: "时限应为非负整数及有效单位",
      en: "a time limit needs a whole non-negative amount and a valid unit"
    },
    facts: { amount: "string", unit: "string" }
  }
} as const satisfies CodeSpecs

// A fact from a value of any type (plain JavaScript may pass a symbol or an object without a prototype).
const shown = (value: unknown): string =>
  typeof value === "number" || typeof value === "string" ? String(value) : typeof value

const badLimit = (limit: TimeLimit, path: ReadonlyArray<PathSegment>) =>
  codeIssue(periodCodes, "time_limit_invalid", {
    path: [...path, "limit"],
    facts: { amount: shown(limit?.amount), unit: shown(limit?.unit) }
  })

const isWork = (ix: CalendarIndex, i: number): boolean => (ix.rank[i + 1] ?? 0) > (ix.rank[i] ?? 0)

/** The offset of the last day of the period, before art. 203, or undefined beyond 2200. */
const nominal = (ix: CalendarIndex, i: number, start: LocalDate, limit: TimeLimit, sameDay: boolean): number => {
  const shift = sameDay ? -1 : 0
  switch (limit.unit) {
    case "natural_day":
      return i + limit.amount + shift
    case "hour":
      return i + Math.ceil(limit.amount / 24) + shift
    case "month":
    case "year": {
      // Art. 202: the corresponding day of the last month, or its last day (core's addMonths).
      const months = limit.unit === "year" ? limit.amount * 12 : limit.amount
      const { year, month } = toParts(start)
      if (year * 12 + month - 1 + months >= (MAX_YEAR + 1) * 12) return Number.POSITIVE_INFINITY
      return toDayNumber(addMonths(start, months)) - ix.start + (limit.amount === 0 ? 0 : shift)
    }
    case "working_day":
      return i
  }
}

const compute = (start: LocalDate, limit: TimeLimit, options: DueDateOptions): Result<DueDateTrace> => {
  const ixr = indexOf(options?.calendar)
  if (!ixr.ok) return ixr
  const ix = ixr.value
  const path = options.path ?? []
  const i = offsetOf(ix, start, path, "start")
  if (typeof i !== "number") return fail(i)
  if (!Number.isSafeInteger(limit?.amount) || limit.amount < 0 || !TIME_UNITS.some((unit) => unit === limit.unit))
    return fail(badLimit(limit, path))
  const startRule = options.startRule ?? "next_day"
  const sameDay = startRule === "same_day"
  const rules: Array<string> = [sameDay ? SAME_DAY : ART_201]
  let due: number
  let nominalEnd: number | undefined
  if (limit.amount === 0) {
    due = i
  } else if (limit.unit === "working_day") {
    rules.push(WORKING)
    const at = (sameDay ? (ix.rank[i] ?? 0) : (ix.rank[i + 1] ?? 0)) + limit.amount - 1
    const j = ix.work[at]
    if (at >= ix.work.length || j === undefined) return fail(beyond(ix, start, limit, path))
    due = j
  } else {
    if (limit.unit === "hour") rules.push(HOURS)
    if (limit.unit === "month" || limit.unit === "year") rules.push(ART_202)
    const e = nominal(ix, i, start, limit, sameDay)
    if (!(e < ix.size)) return fail(beyond(ix, start, limit, path))
    if (isWork(ix, e)) {
      due = e
    } else {
      rules.push(ART_203)
      const j = ix.work[ix.rank[e] ?? 0]
      if (j === undefined) return fail(beyond(ix, start, limit, path))
      due = j
      nominalEnd = e
    }
  }
  const from = sameDay ? i : i + 1
  const skipped: Array<DayInfo> = []
  for (let k = from; k <= due; k++) if (!isWork(ix, k)) skipped.push(infoAt(ix, k))
  const workingDays = (ix.rank[due + 1] ?? 0) - (ix.rank[i + 1] ?? 0)
  const base = { start, limit, startRule, due: dateAt(ix, due), workingDays, skipped, rules }
  const withEnd = nominalEnd === undefined ? base : { ...base, nominalEnd: dateAt(ix, nominalEnd) }
  return ok(due > ix.announced ? { ...withEnd, provisional: true } : withEnd)
}

/**
 * The due date (到期日) of a time limit that starts with an event on
 * `start`. The start day is not counted (民法典 art. 201); months and years
 * end on the corresponding day (art. 202); a natural-day, hour, month or year
 * period whose last day is not a working day ends on the next working day
 * (art. 203). Working days skip weekends and holidays and count make-up
 * working days. Hours count as whole days of 24 hours, rounded up. A zero
 * limit is due on `start`.
 *
 * @example
 * ```ts
 * import { chinaCalendar, dueDate } from "@tongban/deadline"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const calendar = chinaCalendar
 * const d = (s: string) => getOrThrow(parseLocalDate(s))
 * dueDate(d("2024-09-27"), { amount: 20, unit: "working_day" }, { calendar }) // { ok: true, value: "2024-10-30" }
 * dueDate(d("2024-09-20"), { amount: 15, unit: "natural_day" }, { calendar }) // { ok: true, value: "2024-10-08" }
 * dueDate(d("2024-01-31"), { amount: 1, unit: "month" }, { calendar }) // { ok: true, value: "2024-02-29" }
 * ```
 *
 * @since 0.1.0
 * @category time limits
 */
export const dueDate = (start: LocalDate, limit: TimeLimit, options: DueDateOptions): Result<LocalDate> => {
  const r = compute(start, limit, options)
  return r.ok ? ok(r.value.due) : r
}

/**
 * The due date with its explanation: the rules applied, the working days
 * counted and every skipped day with the reason (weekend, which holiday and
 * which notice).
 *
 * @example
 * ```ts
 * import { chinaCalendar, explainDueDate } from "@tongban/deadline"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const trace = getOrThrow(explainDueDate(getOrThrow(parseLocalDate("2024-09-20")), { amount: 15, unit: "natural_day" }, { calendar: chinaCalendar }))
 * trace.due // "2024-10-08"
 * trace.nominalEnd // "2024-10-05"
 * trace.skipped.length // 10
 * ```
 *
 * @since 0.1.0
 * @category time limits
 */
export const explainDueDate = (start: LocalDate, limit: TimeLimit, options: DueDateOptions): Result<DueDateTrace> =>
  compute(start, limit, options)
