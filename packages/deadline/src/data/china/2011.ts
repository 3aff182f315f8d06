/**
 * 2011 年全国节假日与调休安排，依据国办发明电〔2010〕40号、国办发明电〔2011〕45号。
 * China's national days off and make-up working days dated in 2011, from 国办发明电〔2010〕40号, 国办发明电〔2011〕45号.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2011: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2011 } from "@tongban/deadline/china/2011"
 *
 * china2011.coverage // { from: "2011-01-01", to: "2011-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2011: CalendarLayer = {
  id: "cn-2011",
  name: { zh: "全国 2011 年节假日", en: "China national holidays 2011" },
  level: "national",
  coverage: { from: "2011-01-01", to: "2011-12-31" },
  sources: [
    { id: "国办发明电〔2010〕40号", title: "国务院办公厅关于2011年部分节假日安排的通知", signed: "2010-12-09" },
    { id: "国办发明电〔2011〕45号", title: "国务院办公厅关于2012年部分节假日安排的通知", signed: "2011-12-05" }
  ],
  daysOff: [
    {
      from: "2011-01-01",
      to: "2011-01-03",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2010〕40号"
    },
    {
      from: "2011-02-02",
      to: "2011-02-08",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2010〕40号"
    },
    {
      from: "2011-04-03",
      to: "2011-04-05",
      name: { zh: "清明节", en: "Qingming Festival" },
      source: "国办发明电〔2010〕40号"
    },
    {
      from: "2011-04-30",
      to: "2011-05-02",
      name: { zh: "劳动节", en: "Labour Day" },
      source: "国办发明电〔2010〕40号"
    },
    {
      from: "2011-06-04",
      to: "2011-06-06",
      name: { zh: "端午节", en: "Dragon Boat Festival" },
      source: "国办发明电〔2010〕40号"
    },
    {
      from: "2011-09-10",
      to: "2011-09-12",
      name: { zh: "中秋节", en: "Mid-Autumn Festival" },
      source: "国办发明电〔2010〕40号"
    },
    {
      from: "2011-10-01",
      to: "2011-10-07",
      name: { zh: "国庆节", en: "National Day" },
      source: "国办发明电〔2010〕40号"
    }
  ],
  workdays: [
    { date: "2011-01-30", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2010〕40号" },
    { date: "2011-02-12", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2010〕40号" },
    { date: "2011-04-02", name: { zh: "清明节", en: "Qingming Festival" }, source: "国办发明电〔2010〕40号" },
    { date: "2011-10-08", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2010〕40号" },
    { date: "2011-10-09", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2010〕40号" },
    { date: "2011-12-31", name: { zh: "元旦", en: "New Year's Day" }, source: "国办发明电〔2011〕45号" }
  ]
}
