/**
 * The statute behind the national calendar, as data, by version:
 * 《全国年节及纪念日放假办法》 as promulgated in 1999 and amended in 2007,
 * 2013 and 2024, with each version's statutory days off and the practice of
 * the notices issued under it. Lunar dates and solar terms are not here: the
 * provisional entry (`@tongban/deadline/provisional`) computes them.
 *
 * Glossary: 全国年节及纪念日放假办法 = Regulation on National Annual Holidays
 * and Commemorative Days, 国务院令 = State Council decree, 法定节假日 =
 * statutory holiday, 除夕 = lunar New Year's Eve, 正月初一 = first day of the
 * first lunar month, 清明 = the Qingming solar term, 端午 = fifth day of the
 * fifth lunar month, 中秋 = fifteenth day of the eighth lunar month, 补假 =
 * substitute day off, 调休 = moving rest days, 连续工作 = consecutive working
 * days.
 *
 * @since 0.2.0
 */
import type { Message } from "@tongban/core"

/**
 * The seven national holidays of 《全国年节及纪念日放假办法》 art. 2.
 *
 * @since 0.2.0
 * @category statute
 */
export type HolidayKey =
  | "new_year"
  | "spring_festival"
  | "qingming"
  | "labour_day"
  | "dragon_boat"
  | "mid_autumn"
  | "national_day"

/**
 * How a statutory day is dated: a Gregorian month and day, a lunar month and
 * day, the lunar New Year's Eve (the day before 正月初一), or the day of the
 * Qingming solar term.
 *
 * @since 0.2.0
 * @category statute
 */
export type StatutoryDayRule =
  | { readonly kind: "solar"; readonly month: number; readonly day: number }
  | { readonly kind: "lunar"; readonly month: number; readonly day: number }
  | { readonly kind: "lunar_new_year_eve" }
  | { readonly kind: "qingming" }

/**
 * One holiday of a version of the statute: its name, its statutory days and
 * the article that grants them.
 *
 * @since 0.2.0
 * @category statute
 */
export interface StatutoryHoliday {
  readonly key: HolidayKey
  readonly name: Message
  readonly days: ReadonlyArray<StatutoryDayRule>
  /** The article and its words, e.g. `第二条（二）春节，放假4天（农历除夕、正月初一至初三）`. */
  readonly article: string
}

/**
 * How the notices issued under a version placed the days off around each
 * holiday (放假调休): the length of the 春节, 劳动节 and 国庆节 runs, and the
 * longest run of consecutive working days the notices allowed. Under the
 * 2024 version these are the principles the State Council announced with the
 * amendment; under the earlier versions they are what the notices did.
 *
 * @since 0.2.0
 * @category statute
 */
export interface HolidayPractice {
  /** 春节: the first day off (除夕 or 初一) and the number of consecutive days off. */
  readonly springFestival: { readonly from: "eve" | "first_day"; readonly days: number }
  /**
   * 劳动节: `"statutory"` treats it like the one-day holidays (3 days with a
   * weekend), a number is a run of that many days from 5-1 (from the Saturday
   * before when 5-1 is a Sunday or a Monday), `"learned"` takes the run of the
   * newest announced year (5 days when that run lasted 4 days or more).
   */
  readonly labourDay: "statutory" | "learned" | number
  /** 国庆节: consecutive days off from 10-1; 中秋 within reach adds a day (an 8-day run). */
  readonly nationalDay: number
  /** The longest run of consecutive working days the make-up days may create. */
  readonly maxConsecutiveWork: number
  /** Where the practice is written down or observed. */
  readonly source: string
}

/**
 * One version of 《全国年节及纪念日放假办法》.
 *
 * @since 0.2.0
 * @category statute
 */
export interface StatuteVersion {
  readonly id: "1999" | "2007" | "2013" | "2024"
  /** The decree, e.g. `国务院令第795号`. */
  readonly decree: string
  readonly signed: string
  /** The first day it was in force. */
  readonly inForce: string
  readonly holidays: ReadonlyArray<StatutoryHoliday>
  /** The article on a holiday that falls on a Saturday or a Sunday (补假). */
  readonly substituteArticle: string
  /** The article on moving rest days (调休), art. 7 of the 2024 version. */
  readonly adjustmentArticle?: string
  readonly practice: HolidayPractice
}

const NEW_YEAR: Message = { zh: "元旦", en: "New Year's Day" }
const SPRING: Message = { zh: "春节", en: "Spring Festival" }
const QINGMING: Message = { zh: "清明节", en: "Qingming Festival" }
const LABOUR: Message = { zh: "劳动节", en: "Labour Day" }
const DRAGON: Message = { zh: "端午节", en: "Dragon Boat Festival" }
const MID_AUTUMN: Message = { zh: "中秋节", en: "Mid-Autumn Festival" }
const NATIONAL: Message = { zh: "国庆节", en: "National Day" }

const solar = (month: number, day: number): StatutoryDayRule => ({ kind: "solar", month, day })
const lunar = (month: number, day: number): StatutoryDayRule => ({ kind: "lunar", month, day })
const EVE: StatutoryDayRule = { kind: "lunar_new_year_eve" }
const QM: StatutoryDayRule = { kind: "qingming" }

const SUBSTITUTE = "第六条：全体公民放假的假日，如果适逢星期六、星期日，应当在工作日补假"

const PRACTICE_2013: HolidayPractice = {
  springFestival: { from: "eve", days: 7 },
  labourDay: "learned",
  nationalDay: 7,
  maxConsecutiveWork: 7,
  source: "国务院办公厅历年部分节假日安排的通知（2014–2024 年）的做法"
}

/**
 * Every version of 《全国年节及纪念日放假办法》, oldest first, each holiday
 * cited to its article.
 *
 * @example
 * ```ts
 * import { STATUTE_VERSIONS } from "@tongban/deadline"
 *
 * STATUTE_VERSIONS.map((v) => v.decree) // ["国务院令第270号", "国务院令第513号", "国务院令第644号", "国务院令第795号"]
 * STATUTE_VERSIONS[3]?.holidays[1]?.days.length // 4
 * ```
 *
 * @since 0.2.0
 * @category statute
 */
export const STATUTE_VERSIONS: ReadonlyArray<StatuteVersion> = [
  {
    id: "1999",
    decree: "国务院令第270号",
    signed: "1999-09-18",
    inForce: "1999-09-18",
    holidays: [
      { key: "new_year", name: NEW_YEAR, days: [solar(1, 1)], article: "第二条（一）新年，放假1天（1月1日）" },
      {
        key: "spring_festival",
        name: SPRING,
        days: [lunar(1, 1), lunar(1, 2), lunar(1, 3)],
        article: "第二条（二）春节，放假3天（农历正月初一、初二、初三）"
      },
      {
        key: "labour_day",
        name: LABOUR,
        days: [solar(5, 1), solar(5, 2), solar(5, 3)],
        article: "第二条（三）劳动节，放假3天（5月1日、2日、3日）"
      },
      {
        key: "national_day",
        name: NATIONAL,
        days: [solar(10, 1), solar(10, 2), solar(10, 3)],
        article: "第二条（四）国庆节，放假3天（10月1日、2日、3日）"
      }
    ],
    substituteArticle: SUBSTITUTE,
    practice: {
      springFestival: { from: "first_day", days: 7 },
      labourDay: 7,
      nationalDay: 7,
      maxConsecutiveWork: 7,
      source: "国务院办公厅历年部分节假日安排的通知（2000–2007 年，黄金周）的做法"
    }
  },
  {
    id: "2007",
    decree: "国务院令第513号",
    signed: "2007-12-14",
    inForce: "2008-01-01",
    holidays: [
      { key: "new_year", name: NEW_YEAR, days: [solar(1, 1)], article: "第二条（一）新年，放假1天（1月1日）" },
      {
        key: "spring_festival",
        name: SPRING,
        days: [EVE, lunar(1, 1), lunar(1, 2)],
        article: "第二条（二）春节，放假3天（农历除夕、正月初一、初二）"
      },
      { key: "qingming", name: QINGMING, days: [QM], article: "第二条（三）清明节，放假1天（农历清明当日）" },
      { key: "labour_day", name: LABOUR, days: [solar(5, 1)], article: "第二条（四）劳动节，放假1天（5月1日）" },
      { key: "dragon_boat", name: DRAGON, days: [lunar(5, 5)], article: "第二条（五）端午节，放假1天（农历端午当日）" },
      {
        key: "mid_autumn",
        name: MID_AUTUMN,
        days: [lunar(8, 15)],
        article: "第二条（六）中秋节，放假1天（农历中秋当日）"
      },
      {
        key: "national_day",
        name: NATIONAL,
        days: [solar(10, 1), solar(10, 2), solar(10, 3)],
        article: "第二条（七）国庆节，放假3天（10月1日、2日、3日）"
      }
    ],
    substituteArticle: SUBSTITUTE,
    practice: {
      springFestival: { from: "eve", days: 7 },
      labourDay: "statutory",
      nationalDay: 7,
      maxConsecutiveWork: 7,
      source: "国务院办公厅历年部分节假日安排的通知（2008–2013 年）的做法"
    }
  },
  {
    id: "2013",
    decree: "国务院令第644号",
    signed: "2013-12-11",
    inForce: "2014-01-01",
    holidays: [
      { key: "new_year", name: NEW_YEAR, days: [solar(1, 1)], article: "第二条（一）新年，放假1天（1月1日）" },
      {
        key: "spring_festival",
        name: SPRING,
        days: [lunar(1, 1), lunar(1, 2), lunar(1, 3)],
        article: "第二条（二）春节，放假3天（农历正月初一、初二、初三）"
      },
      { key: "qingming", name: QINGMING, days: [QM], article: "第二条（三）清明节，放假1天（农历清明当日）" },
      { key: "labour_day", name: LABOUR, days: [solar(5, 1)], article: "第二条（四）劳动节，放假1天（5月1日）" },
      { key: "dragon_boat", name: DRAGON, days: [lunar(5, 5)], article: "第二条（五）端午节，放假1天（农历端午当日）" },
      {
        key: "mid_autumn",
        name: MID_AUTUMN,
        days: [lunar(8, 15)],
        article: "第二条（六）中秋节，放假1天（农历中秋当日）"
      },
      {
        key: "national_day",
        name: NATIONAL,
        days: [solar(10, 1), solar(10, 2), solar(10, 3)],
        article: "第二条（七）国庆节，放假3天（10月1日、2日、3日）"
      }
    ],
    substituteArticle: SUBSTITUTE,
    practice: PRACTICE_2013
  },
  {
    id: "2024",
    decree: "国务院令第795号",
    signed: "2024-11-10",
    inForce: "2025-01-01",
    holidays: [
      { key: "new_year", name: NEW_YEAR, days: [solar(1, 1)], article: "第二条（一）元旦，放假1天（1月1日）" },
      {
        key: "spring_festival",
        name: SPRING,
        days: [EVE, lunar(1, 1), lunar(1, 2), lunar(1, 3)],
        article: "第二条（二）春节，放假4天（农历除夕、正月初一至初三）"
      },
      { key: "qingming", name: QINGMING, days: [QM], article: "第二条（三）清明节，放假1天（农历清明当日）" },
      {
        key: "labour_day",
        name: LABOUR,
        days: [solar(5, 1), solar(5, 2)],
        article: "第二条（四）劳动节，放假2天（5月1日、2日）"
      },
      { key: "dragon_boat", name: DRAGON, days: [lunar(5, 5)], article: "第二条（五）端午节，放假1天（农历端午当日）" },
      {
        key: "mid_autumn",
        name: MID_AUTUMN,
        days: [lunar(8, 15)],
        article: "第二条（六）中秋节，放假1天（农历中秋当日）"
      },
      {
        key: "national_day",
        name: NATIONAL,
        days: [solar(10, 1), solar(10, 2), solar(10, 3)],
        article: "第二条（七）国庆节，放假3天（10月1日至3日）"
      }
    ],
    // The decree of 2024-11-10 inserted the 调休 article "作为第七条"; 补假
    // stays art. 6 and 施行 moves to art. 8.
    substituteArticle: SUBSTITUTE,
    adjustmentArticle:
      "第七条：全体公民放假的假日，可合理安排统一放假调休……除个别特殊情形外，法定节假日假期前后连续工作一般不超过6天",
    practice: {
      springFestival: { from: "eve", days: 8 },
      labourDay: 5,
      nationalDay: 7,
      maxConsecutiveWork: 6,
      source:
        "国务院办公厅负责同志就修改《全国年节及纪念日放假办法》答记者问（2024-11-12）：春节自农历除夕起放假调休8天，劳动节放假调休5天，国庆节自10月1日起放假调休7天，元旦、清明节、端午节、中秋节分别与周六、周日连休3天"
    }
  }
]

/**
 * The version of the statute in force on the first day of `year`, or
 * undefined before 2000.
 *
 * @example
 * ```ts
 * import { statuteInForce } from "@tongban/deadline"
 *
 * statuteInForce(2024)?.decree // "国务院令第644号"
 * statuteInForce(2027)?.decree // "国务院令第795号"
 * statuteInForce(1990) // undefined
 * ```
 *
 * @since 0.2.0
 * @category statute
 */
export const statuteInForce = (year: number): StatuteVersion | undefined => {
  if (!Number.isSafeInteger(year) || year < 2000) return undefined
  const first = `${String(year).padStart(4, "0")}-01-01`
  let found: StatuteVersion | undefined
  for (const v of STATUTE_VERSIONS) if (v.inForce <= first) found = v
  return found
}
