/**
 * `@tongban/deadline/provisional`: the national calendar past the last State
 * Council notice, projected from 《全国年节及纪念日放假办法》 and labelled as
 * such. Lunar dates and solar terms come from tyme4ts, which only this entry
 * loads: an app that uses announced years only does not ship it.
 *
 * Glossary: 预测 = projection, 尚未公布 = not yet announced, 回测 = backtest,
 * 除夕 = lunar New Year's Eve, 节气 = solar term.
 *
 * @since 0.2.0
 */
import { codeIssue, fail, fromDayNumber, type LocalDate, type Message, ok, type Result } from "@tongban/core"
import { LunarDay, SolarTerm } from "tyme4ts"
import type { CalendarLayer, WorkCalendar } from "./Calendar.js"
import { chinaYears } from "./data/china/index.js"
import { dayNumberOfText, indexOf } from "./internal/calendarIndex.js"
import { type LunarDates, projectYears, statutoryDaysOf } from "./internal/projection.js"
import { provisionalCodes } from "./internal/provisionalCodes.js"
import type { HolidayKey } from "./Statute.js"

/** Years tyme4ts dates reliably and the projection supports. */
const FIRST_YEAR = 2000
const LAST_YEAR = 2100

const dayOfParts = (y: number, m: number, d: number): number =>
  dayNumberOfText(`${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`)

const lunarCache = new Map<number, LunarDates>()

/** The lunar dates of a Gregorian year, from tyme4ts, memoised. */
const lunarDatesOf = (year: number): LunarDates => {
  const hit = lunarCache.get(year)
  if (hit !== undefined) return hit
  const toDay = (l: LunarDay): number => {
    const s = l.getSolarDay()
    return dayOfParts(s.getYear(), s.getMonth(), s.getDay())
  }
  const qm = SolarTerm.fromName(year, "清明").getJulianDay().getSolarDay()
  const dates: LunarDates = {
    springDay1: toDay(LunarDay.fromYmd(year, 1, 1)),
    qingming: dayOfParts(qm.getYear(), qm.getMonth(), qm.getDay()),
    lunar: (month, day) => toDay(LunarDay.fromYmd(year, month, day))
  }
  lunarCache.set(year, dates)
  return dates
}

/**
 * One statutory day off: the date, the holiday, and the article and decree
 * that grant it.
 *
 * @since 0.2.0
 * @category statute
 */
export interface StatutoryDay {
  readonly date: LocalDate
  readonly holiday: HolidayKey
  readonly name: Message
  readonly decree: string
  readonly article: string
}

/**
 * The statutory days off of a year under the version of 《全国年节及纪念日放假办法》
 * in force on its first day, with lunar dates and the Qingming solar term
 * computed by tyme4ts. Only the days the statute grants: the runs around them
 * and the make-up working days come from a notice, or from
 * {@link provisionalChinaCalendar}.
 *
 * @returns the days in date order, or `statute_year_unsupported` outside 2000–2100
 *
 * @example
 * ```ts
 * import { statutoryDays } from "@tongban/deadline/provisional"
 * import { getOrThrow } from "@tongban/core"
 *
 * getOrThrow(statutoryDays(2027)).map((d) => d.date) // ["2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-04-05", "2027-05-01", "2027-05-02", "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-02", "2027-10-03"]
 * getOrThrow(statutoryDays(2027))[1]?.article // "第二条（二）春节，放假4天（农历除夕、正月初一至初三）"
 * ```
 *
 * @since 0.2.0
 * @category statute
 */
export const statutoryDays = (year: number): Result<ReadonlyArray<StatutoryDay>> => {
  if (!Number.isSafeInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return fail(unsupported(year, ["year"]))
  const out: Array<StatutoryDay> = []
  for (const h of statutoryDaysOf(year, lunarDatesOf(year))) {
    for (const n of h.days) {
      out.push({
        date: fromDayNumber(n),
        holiday: h.holiday.key,
        name: h.holiday.name,
        decree: h.version.decree,
        article: h.holiday.article
      })
    }
  }
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  return ok(out)
}

const unsupported = (year: unknown, path: ReadonlyArray<string>) =>
  codeIssue(provisionalCodes, "statute_year_unsupported", {
    path,
    facts: {
      year: typeof year === "number" || typeof year === "string" ? year : typeof year,
      first: FIRST_YEAR,
      last: LAST_YEAR
    }
  })

/** Plain JS may pass anything: a year of data must at least have a coverage and its lists. */
const isLayerShaped = (l: unknown): boolean => {
  if (typeof l !== "object" || l === null) return false
  const c: unknown = Reflect.get(l, "coverage")
  return (
    typeof c === "object" &&
    c !== null &&
    typeof Reflect.get(c, "from") === "string" &&
    typeof Reflect.get(c, "to") === "string" &&
    ["sources", "daysOff", "workdays"].every((k) => Array.isArray(Reflect.get(l, k)))
  )
}

const yearsInvalid = (path: ReadonlyArray<string | number>, what: "options" | "years") =>
  codeIssue(provisionalCodes, "provisional_years_invalid", { path, facts: { what }, variant: what })

const NOTICE_YEAR = /关于(?:调整|延长)?(\d{4})年/

/**
 * The announced layers up to `year`, without the entries of notices for
 * later years (a notice for Y can set days at the end of Y−1).
 */
const announcedUpTo = (layers: ReadonlyArray<CalendarLayer>, year: number): ReadonlyArray<CalendarLayer> => {
  const last = `${String(year).padStart(4, "0")}-12-31`
  return layers
    .filter((l) => l.coverage !== undefined && l.coverage.to <= last)
    .map((l) => {
      const later = new Set(
        l.sources.filter((s) => Number(NOTICE_YEAR.exec(s.title)?.[1] ?? "0") > year).map((s) => s.id)
      )
      if (later.size === 0) return l
      return {
        ...l,
        sources: l.sources.filter((s) => !later.has(s.id)),
        daysOff: l.daysOff.filter((d) => !later.has(d.source)),
        workdays: l.workdays.filter((w) => !later.has(w.source))
      }
    })
}

/**
 * Options of {@link provisionalChinaCalendar}.
 *
 * @since 0.2.0
 * @category provisional
 */
export interface ProvisionalOptions {
  /** The last year to cover (projected). Default: five years after the last announced year. */
  readonly through?: number
  /**
   * The last year taken from the notices; later years are projected. Default:
   * the newest year of `years`. Earlier years drop the entries of notices for
   * later years, as if those notices were not out (for backtests).
   */
  readonly announcedThrough?: number
  /** The announced year modules, contiguous. Default: every national year shipped (`chinaYears`). */
  readonly years?: ReadonlyArray<CalendarLayer>
}

/**
 * China's national calendar with the years after the last notice projected
 * from the statute in force (《全国年节及纪念日放假办法》, 国务院令第795号 from
 * 2025): an honest best estimate, labelled. `chinaCalendar` still refuses
 * those years; this calendar covers them, and its `announcedThrough` says
 * where the notices end, so that `describeDay`, `explainDueDate` and
 * `caseClock` mark every result that rests on a projected day
 * (`provisional: true`, with the article in the trace).
 *
 * How a year is projected (docs/deadlines.md has the steps and the backtest):
 * the statutory days from the statute in force, lunar dates and the Qingming
 * term from tyme4ts; runs of days off as the statute's practice sets them
 * (2024 version: 春节 8 days from 除夕, 劳动节 5, 国庆节 7 from 10-1, the others
 * 3 with a weekend); make-up working days on the weekend days near each run,
 * as many as the run takes beyond the statutory days, placed so that no run
 * of work exceeds 6 days (7 under the 2013 practice), with no lone working
 * or rest day, and runs as even as possible.
 *
 * @returns the calendar, or `statute_year_unsupported`,
 * `provisional_years_invalid` when `announcedThrough` is not among the years
 * or `through` is before it
 *
 * @example
 * ```ts
 * import { addWorkingDays, describeDay } from "@tongban/deadline"
 * import { provisionalChinaCalendar } from "@tongban/deadline/provisional"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const calendar = getOrThrow(provisionalChinaCalendar({ through: 2031 }))
 * calendar.coverage // { from: "2004-01-01", to: "2031-12-31" }
 * calendar.announcedThrough // "2026-12-31"
 * addWorkingDays(getOrThrow(parseLocalDate("2026-12-01")), 30, { calendar }) // { ok: true, value: "2027-01-13" }
 * getOrThrow(describeDay(getOrThrow(parseLocalDate("2027-02-05")), { calendar })).provisional // true
 * ```
 *
 * @since 0.2.0
 * @category provisional
 */
export const provisionalChinaCalendar = (options?: ProvisionalOptions): Result<WorkCalendar> => {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    return fail(yearsInvalid([], "options"))
  }
  const years = options?.years ?? chinaYears
  const malformed = Array.isArray(years) ? years.findIndex((l) => !isLayerShaped(l)) : 0
  if (!Array.isArray(years) || malformed >= 0) {
    return fail(yearsInvalid(Array.isArray(years) ? ["years", malformed] : ["years"], "years"))
  }
  const lastAnnounced = years.reduce((m, l) => Math.max(m, Number(l.coverage?.to.slice(0, 4) ?? 0)), 0)
  const firstAnnounced = years.reduce(
    (m, l) => Math.min(m, Number(l.coverage?.from.slice(0, 4) ?? Number.MAX_SAFE_INTEGER)),
    Number.MAX_SAFE_INTEGER
  )
  const announced = options?.announcedThrough ?? lastAnnounced
  const through = options?.through ?? announced + 5
  if (!Number.isSafeInteger(announced) || announced < firstAnnounced || announced > lastAnnounced) {
    return fail(
      codeIssue(provisionalCodes, "provisional_years_invalid", {
        path: ["announcedThrough"],
        facts: { what: "announced", announcedThrough: String(announced), first: firstAnnounced, last: lastAnnounced },
        variant: "announced"
      })
    )
  }
  if (!Number.isSafeInteger(through) || through > LAST_YEAR) return fail(unsupported(through, ["through"]))
  if (through <= announced) {
    return fail(
      codeIssue(provisionalCodes, "provisional_years_invalid", {
        path: ["through"],
        facts: { what: "through", through, announcedThrough: announced },
        variant: "through"
      })
    )
  }
  const kept = announcedUpTo(years, announced)
  const base: WorkCalendar = {
    id: "cn-announced",
    name: { zh: "全国工作日历", en: "China national working-day calendar" },
    weekdays: [1, 2, 3, 4, 5],
    coverage: {
      from: kept[0]?.coverage?.from ?? `${firstAnnounced}-01-01`,
      to: `${String(announced).padStart(4, "0")}-12-31`
    },
    layers: kept
  }
  const ixr = indexOf(base)
  if (!ixr.ok) return ixr
  const ix = ixr.value
  const known = (n: number): boolean | undefined => {
    const i = n - ix.start
    if (i < 0 || i >= ix.size) return undefined
    return (ix.rank[i + 1] ?? 0) > (ix.rank[i] ?? 0)
  }
  const projected = projectYears(announced + 1, through, lunarDatesOf, known)
  const announcedThrough = base.coverage.to
  return ok({
    id: `cn-provisional-${announced + 1}-${through}`,
    name: {
      zh: `全国工作日历（${announced + 1}–${through} 年为预测，尚未公布）`,
      en: `China national working-day calendar (${announced + 1}–${through} projected, not yet announced)`
    },
    weekdays: [1, 2, 3, 4, 5],
    coverage: { from: base.coverage.from, to: `${through}-12-31` },
    announcedThrough,
    layers: [...kept, ...projected]
  })
}

/**
 * One year of the backtest: the days whose working status the projection got
 * wrong against the real calendar.
 *
 * @since 0.2.0
 * @category provisional
 */
export interface BacktestYear {
  readonly year: number
  /** Number of days of the year whose working status differs. */
  readonly wrong: number
  /** Each wrong day: what the projection said and what the notices set. */
  readonly days: ReadonlyArray<{ readonly date: LocalDate; readonly projected: boolean; readonly actual: boolean }>
}

/**
 * Backtests the projection on one year: projects `year` from the notices up
 * to `year − 1` and compares every day with the real calendar.
 *
 * @returns the wrong days, or `provisional_years_invalid` for a year without
 * a year of data before it and after it
 *
 * @example
 * ```ts
 * import { backtestYear } from "@tongban/deadline/provisional"
 * import { getOrThrow } from "@tongban/core"
 *
 * getOrThrow(backtestYear(2025)).wrong // 0
 * ```
 *
 * @since 0.2.0
 * @category provisional
 */
export const backtestYear = (year: number, options?: { readonly years?: ReadonlyArray<CalendarLayer> }) => {
  const years = options?.years ?? chinaYears
  const projected = provisionalChinaCalendar({ years, announcedThrough: year - 1, through: year })
  if (!projected.ok) return projected
  const real: WorkCalendar = {
    id: "cn",
    name: { zh: "全国工作日历", en: "China national working-day calendar" },
    weekdays: [1, 2, 3, 4, 5],
    coverage: projected.value.coverage,
    layers: years.filter((l) => l.coverage !== undefined && l.coverage.to <= `${year}-12-31`)
  }
  const a = indexOf(projected.value)
  const b = indexOf(real)
  if (!a.ok) return a
  if (!b.ok) return b
  const from = dayNumberOfText(`${year}-01-01`)
  const to = dayNumberOfText(`${year}-12-31`)
  const days: Array<{ date: LocalDate; projected: boolean; actual: boolean }> = []
  for (let n = from; n <= to; n++) {
    const i = n - a.value.start
    const j = n - b.value.start
    const p = (a.value.rank[i + 1] ?? 0) > (a.value.rank[i] ?? 0)
    const r = (b.value.rank[j + 1] ?? 0) > (b.value.rank[j] ?? 0)
    if (p !== r) days.push({ date: fromDayNumber(n), projected: p, actual: r })
  }
  const result: BacktestYear = { year, wrong: days.length, days }
  return ok(result)
}
