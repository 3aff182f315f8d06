/**
 * 2006 年全国节假日与调休安排，依据国办发明电〔2005〕35号、国办发明电〔2006〕49号。
 * China's national days off and make-up working days dated in 2006, from 国办发明电〔2005〕35号, 国办发明电〔2006〕49号.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2006: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2006 } from "@tongban/deadline/china/2006"
 *
 * china2006.coverage // { from: "2006-01-01", to: "2006-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2006: CalendarLayer = {
  id: "cn-2006",
  name: { zh: "全国 2006 年节假日", en: "China national holidays 2006" },
  level: "national",
  coverage: { from: "2006-01-01", to: "2006-12-31" },
  sources: [
    {
      id: "国办发明电〔2005〕35号",
      title: "国务院办公厅关于2006年部分节假日安排的通知",
      signed: "2005-12-16",
      url: "https://zh.wikisource.org/wiki/国务院办公厅关于2006年部分节假日安排的通知"
    },
    { id: "国办发明电〔2006〕49号", title: "国务院办公厅关于2007年部分节假日安排的通知", signed: "2006-12-14" }
  ],
  daysOff: [
    {
      from: "2006-01-01",
      to: "2006-01-03",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2005〕35号"
    },
    {
      from: "2006-01-29",
      to: "2006-02-04",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2005〕35号"
    },
    {
      from: "2006-05-01",
      to: "2006-05-07",
      name: { zh: "劳动节", en: "Labour Day" },
      source: "国办发明电〔2005〕35号"
    },
    {
      from: "2006-10-01",
      to: "2006-10-07",
      name: { zh: "国庆节", en: "National Day" },
      source: "国办发明电〔2005〕35号"
    }
  ],
  workdays: [
    { date: "2006-01-28", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2005〕35号" },
    { date: "2006-02-05", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2005〕35号" },
    { date: "2006-04-29", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2005〕35号" },
    { date: "2006-04-30", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2005〕35号" },
    { date: "2006-09-30", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2005〕35号" },
    { date: "2006-10-08", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2005〕35号" },
    { date: "2006-12-30", name: { zh: "元旦", en: "New Year's Day" }, source: "国办发明电〔2006〕49号" },
    { date: "2006-12-31", name: { zh: "元旦", en: "New Year's Day" }, source: "国办发明电〔2006〕49号" }
  ]
}
