/**
 * China's national working-day calendar, 2004–2026, composed of one data
 * module per year, each citing the State Council notices (国办发明电) that set
 * its days off and make-up working days.
 *
 * Glossary: 全国 = national, 国务院办公厅 = General Office of the State
 * Council, 部分节假日安排 = arrangement of certain holidays.
 *
 * @since 0.1.0
 */
import { type CodeSpecs, codeIssue, fail, ok, type Result } from "@tongban/core"
import type { CalendarLayer, WorkCalendar } from "../../Calendar.js"
import { china2004 } from "./2004.js"
import { china2005 } from "./2005.js"
import { china2006 } from "./2006.js"
import { china2007 } from "./2007.js"
import { china2008 } from "./2008.js"
import { china2009 } from "./2009.js"
import { china2010 } from "./2010.js"
import { china2011 } from "./2011.js"
import { china2012 } from "./2012.js"
import { china2013 } from "./2013.js"
import { china2014 } from "./2014.js"
import { china2015 } from "./2015.js"
import { china2016 } from "./2016.js"
import { china2017 } from "./2017.js"
import { china2018 } from "./2018.js"
import { china2019 } from "./2019.js"
import { china2020 } from "./2020.js"
import { china2021 } from "./2021.js"
import { china2022 } from "./2022.js"
import { china2023 } from "./2023.js"
import { china2024 } from "./2024.js"
import { china2025 } from "./2025.js"
import { china2026 } from "./2026.js"

/** The codes of chinaCalendarOf. */
export const chinaCodes = {
  calendar_year_without_coverage: {
    message: { zh: "年份数据须声明覆盖范围（coverage）", en: "a year of data must declare its coverage" }
  },
  calendar_years_empty: { message: { zh: "至少需要一个年份的数据", en: "at least one year of data is needed" } },
  calendar_years_not_contiguous: {
    message: {
      zh: "年份数据不连续：{after} 之后是 {next}",
      en: "the years are not contiguous: {next} follows {after}"
    },
    facts: { after: "string", next: "string" }
  }
} as const satisfies CodeSpecs

/**
 * Every national year module, in order.
 *
 * @example
 * ```ts
 * import { chinaYears } from "@tongban/deadline"
 *
 * chinaYears.length // 23
 * chinaYears[0]?.id // "cn-2004"
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const chinaYears: ReadonlyArray<CalendarLayer> = [
  china2004,
  china2005,
  china2006,
  china2007,
  china2008,
  china2009,
  china2010,
  china2011,
  china2012,
  china2013,
  china2014,
  china2015,
  china2016,
  china2017,
  china2018,
  china2019,
  china2020,
  china2021,
  china2022,
  china2023,
  china2024,
  china2025,
  china2026
]

/**
 * China's national working-day calendar: Monday to Friday, with every day off
 * and make-up working day from the State Council notices, covering
 * 2004-01-01 to 2026-12-31. A date outside is refused with
 * `calendar_out_of_coverage` (the 2027 notice is not yet out).
 *
 * @example
 * ```ts
 * import { chinaCalendar, isWorkingDay } from "@tongban/deadline"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * isWorkingDay(getOrThrow(parseLocalDate("2026-02-14")), { calendar: chinaCalendar }) // { ok: true, value: true }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const chinaCalendar: WorkCalendar = {
  id: "cn",
  name: { zh: "全国工作日历", en: "China national working-day calendar" },
  weekdays: [1, 2, 3, 4, 5],
  coverage: { from: "2004-01-01", to: "2026-12-31" },
  layers: chinaYears
}

/**
 * A national calendar over only some years, for an app that should not ship
 * every year: import the year modules you need
 * (`@tongban/deadline/china/2026`) and pass them in. The years must follow
 * one another without a gap.
 *
 * @returns the calendar, or `calendar_years_not_contiguous`,
 * `calendar_years_empty` or `calendar_year_without_coverage`
 *
 * @example
 * ```ts
 * import { chinaCalendarOf } from "@tongban/deadline"
 * import { china2025 } from "@tongban/deadline/china/2025"
 * import { china2026 } from "@tongban/deadline/china/2026"
 * import { getOrThrow } from "@tongban/core"
 *
 * getOrThrow(chinaCalendarOf([china2025, china2026])).coverage // { from: "2025-01-01", to: "2026-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category calendars
 */
export const chinaCalendarOf = (years: ReadonlyArray<CalendarLayer>): Result<WorkCalendar> => {
  const uncovered = years.findIndex((y) => y.coverage === undefined)
  if (uncovered >= 0) {
    return fail(codeIssue(chinaCodes, "calendar_year_without_coverage", { path: ["years", uncovered] }))
  }
  const sorted = [...years].sort((a, b) => ((a.coverage?.from ?? "") < (b.coverage?.from ?? "") ? -1 : 1))
  const first = sorted[0]?.coverage
  const last = sorted[sorted.length - 1]?.coverage
  if (first === undefined || last === undefined) {
    return fail(codeIssue(chinaCodes, "calendar_years_empty", { path: ["years"] }))
  }
  for (let k = 1; k < sorted.length; k++) {
    const prev = sorted[k - 1]?.coverage?.to ?? ""
    const next = sorted[k]?.coverage?.from ?? ""
    const expected = `${String(Number(prev.slice(0, 4)) + 1)}-01-01`
    if (!prev.endsWith("-12-31") || next !== expected) {
      return fail(
        codeIssue(chinaCodes, "calendar_years_not_contiguous", { path: ["years", k], facts: { after: prev, next } })
      )
    }
  }
  return ok({
    id: `cn-${first.from.slice(0, 4)}-${last.to.slice(0, 4)}`,
    name: { zh: "全国工作日历", en: "China national working-day calendar" },
    weekdays: [1, 2, 3, 4, 5],
    coverage: { from: first.from, to: last.to },
    layers: sorted
  })
}
