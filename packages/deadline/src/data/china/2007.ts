/**
 * 2007 年全国节假日与调休安排，依据国办发明电〔2006〕49号、国办发明电〔2007〕52号。
 * China's national days off and make-up working days dated in 2007, from 国办发明电〔2006〕49号, 国办发明电〔2007〕52号.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2007: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2007 } from "@tongban/deadline/china/2007"
 *
 * china2007.coverage // { from: "2007-01-01", to: "2007-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2007: CalendarLayer = {
  id: "cn-2007",
  name: { zh: "全国 2007 年节假日", en: "China national holidays 2007" },
  level: "national",
  coverage: { from: "2007-01-01", to: "2007-12-31" },
  sources: [
    { id: "国办发明电〔2006〕49号", title: "国务院办公厅关于2007年部分节假日安排的通知", signed: "2006-12-14" },
    { id: "国办发明电〔2007〕52号", title: "国务院办公厅关于2008年部分节假日安排的通知", signed: "2007-12" }
  ],
  daysOff: [
    {
      from: "2007-01-01",
      to: "2007-01-03",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2006〕49号"
    },
    {
      from: "2007-02-18",
      to: "2007-02-24",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2006〕49号"
    },
    {
      from: "2007-05-01",
      to: "2007-05-07",
      name: { zh: "劳动节", en: "Labour Day" },
      source: "国办发明电〔2006〕49号"
    },
    {
      from: "2007-10-01",
      to: "2007-10-07",
      name: { zh: "国庆节", en: "National Day" },
      source: "国办发明电〔2006〕49号"
    },
    {
      from: "2007-12-30",
      to: "2007-12-31",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2007〕52号"
    }
  ],
  workdays: [
    { date: "2007-02-17", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2006〕49号" },
    { date: "2007-02-25", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2006〕49号" },
    { date: "2007-04-28", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2006〕49号" },
    { date: "2007-04-29", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2006〕49号" },
    { date: "2007-09-29", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2006〕49号" },
    { date: "2007-09-30", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2006〕49号" },
    { date: "2007-12-29", name: { zh: "元旦", en: "New Year's Day" }, source: "国办发明电〔2007〕52号" }
  ]
}
