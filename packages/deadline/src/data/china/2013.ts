/**
 * 2013 年全国节假日与调休安排，依据国办发明电〔2012〕33号。
 * China's national days off and make-up working days dated in 2013, from 国办发明电〔2012〕33号.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2013: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2013 } from "@tongban/deadline/china/2013"
 *
 * china2013.coverage // { from: "2013-01-01", to: "2013-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2013: CalendarLayer = {
  id: "cn-2013",
  name: { zh: "全国 2013 年节假日", en: "China national holidays 2013" },
  level: "national",
  coverage: { from: "2013-01-01", to: "2013-12-31" },
  sources: [
    { id: "国办发明电〔2012〕33号", title: "国务院办公厅关于2013年部分节假日安排的通知", signed: "2012-12-08" }
  ],
  daysOff: [
    {
      from: "2013-01-01",
      to: "2013-01-03",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2012〕33号"
    },
    {
      from: "2013-02-09",
      to: "2013-02-15",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2012〕33号"
    },
    {
      from: "2013-04-04",
      to: "2013-04-06",
      name: { zh: "清明节", en: "Qingming Festival" },
      source: "国办发明电〔2012〕33号"
    },
    {
      from: "2013-04-29",
      to: "2013-05-01",
      name: { zh: "劳动节", en: "Labour Day" },
      source: "国办发明电〔2012〕33号"
    },
    {
      from: "2013-06-10",
      to: "2013-06-12",
      name: { zh: "端午节", en: "Dragon Boat Festival" },
      source: "国办发明电〔2012〕33号"
    },
    {
      from: "2013-09-19",
      to: "2013-09-21",
      name: { zh: "中秋节", en: "Mid-Autumn Festival" },
      source: "国办发明电〔2012〕33号"
    },
    {
      from: "2013-10-01",
      to: "2013-10-07",
      name: { zh: "国庆节", en: "National Day" },
      source: "国办发明电〔2012〕33号"
    }
  ],
  workdays: [
    { date: "2013-01-05", name: { zh: "元旦", en: "New Year's Day" }, source: "国办发明电〔2012〕33号" },
    { date: "2013-01-06", name: { zh: "元旦", en: "New Year's Day" }, source: "国办发明电〔2012〕33号" },
    { date: "2013-02-16", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2012〕33号" },
    { date: "2013-02-17", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2012〕33号" },
    { date: "2013-04-07", name: { zh: "清明节", en: "Qingming Festival" }, source: "国办发明电〔2012〕33号" },
    { date: "2013-04-27", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2012〕33号" },
    { date: "2013-04-28", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2012〕33号" },
    { date: "2013-06-08", name: { zh: "端午节", en: "Dragon Boat Festival" }, source: "国办发明电〔2012〕33号" },
    { date: "2013-06-09", name: { zh: "端午节", en: "Dragon Boat Festival" }, source: "国办发明电〔2012〕33号" },
    { date: "2013-09-22", name: { zh: "中秋节", en: "Mid-Autumn Festival" }, source: "国办发明电〔2012〕33号" },
    { date: "2013-09-29", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2012〕33号" },
    { date: "2013-10-12", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2012〕33号" }
  ]
}
