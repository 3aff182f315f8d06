/**
 * 2012 年全国节假日与调休安排，依据国办发明电〔2011〕45号。
 * China's national days off and make-up working days dated in 2012, from 国办发明电〔2011〕45号.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2012: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2012 } from "@tongban/deadline/china/2012"
 *
 * china2012.coverage // { from: "2012-01-01", to: "2012-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2012: CalendarLayer = {
  id: "cn-2012",
  name: { zh: "全国 2012 年节假日", en: "China national holidays 2012" },
  level: "national",
  coverage: { from: "2012-01-01", to: "2012-12-31" },
  sources: [
    { id: "国办发明电〔2011〕45号", title: "国务院办公厅关于2012年部分节假日安排的通知", signed: "2011-12-05" }
  ],
  daysOff: [
    {
      from: "2012-01-01",
      to: "2012-01-03",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2011〕45号"
    },
    {
      from: "2012-01-22",
      to: "2012-01-28",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2011〕45号"
    },
    {
      from: "2012-04-02",
      to: "2012-04-04",
      name: { zh: "清明节", en: "Qingming Festival" },
      source: "国办发明电〔2011〕45号"
    },
    {
      from: "2012-04-29",
      to: "2012-05-01",
      name: { zh: "劳动节", en: "Labour Day" },
      source: "国办发明电〔2011〕45号"
    },
    {
      from: "2012-06-22",
      to: "2012-06-24",
      name: { zh: "端午节", en: "Dragon Boat Festival" },
      source: "国办发明电〔2011〕45号"
    },
    {
      from: "2012-09-30",
      to: "2012-10-07",
      name: { zh: "中秋节、国庆节", en: "Mid-Autumn Festival and National Day" },
      source: "国办发明电〔2011〕45号"
    }
  ],
  workdays: [
    { date: "2012-01-21", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2011〕45号" },
    { date: "2012-01-29", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2011〕45号" },
    { date: "2012-03-31", name: { zh: "清明节", en: "Qingming Festival" }, source: "国办发明电〔2011〕45号" },
    { date: "2012-04-01", name: { zh: "清明节", en: "Qingming Festival" }, source: "国办发明电〔2011〕45号" },
    { date: "2012-04-28", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2011〕45号" },
    {
      date: "2012-09-29",
      name: { zh: "中秋节、国庆节", en: "Mid-Autumn Festival and National Day" },
      source: "国办发明电〔2011〕45号"
    }
  ]
}
