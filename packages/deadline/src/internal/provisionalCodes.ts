/**
 * The issue codes of the provisional calendar, apart from it so that the
 * package's table does not load the lunar library.
 *
 * @since 0.2.0
 */
import type { CodeSpecs } from "@tongban/core"

/** The codes of the provisional calendar. */
export const provisionalCodes = {
  statute_year_unsupported: {
    message: {
      zh: "年份 {year} 不受支持：预测仅适用于 {first}–{last} 年的整数年份",
      en: "year {year} is not supported: projection covers whole years {first}–{last}"
    },
    facts: { year: "value", first: "number", last: "number" }
  },
  provisional_years_invalid: {
    message: { zh: "预测日历的年份选项有误", en: "the years of the provisional calendar are wrong" },
    facts: {
      what: "string",
      announcedThrough: "value?",
      through: "value?",
      first: "number?",
      last: "number?"
    },
    variants: {
      options: { zh: "选项应为对象", en: "the options must be an object" },
      years: {
        zh: "years 应为年份数据（含 coverage、sources、daysOff、workdays 的图层）的数组",
        en: "years must be an array of year layers (with coverage, sources, daysOff and workdays)"
      },
      announced: {
        zh: "announcedThrough 应为已公布数据中的年份",
        en: "announcedThrough must be a year of the announced data"
      },
      through: { zh: "through 应晚于最后公布的年份", en: "through must come after the last announced year" }
    }
  }
} as const satisfies CodeSpecs
