/**
 * 2005 年全国节假日与调休安排，依据国办发明电〔2004〕52号、国办发明电〔2005〕35号。
 * China's national days off and make-up working days dated in 2005, from 国办发明电〔2004〕52号, 国办发明电〔2005〕35号.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2005: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2005 } from "@tongban/deadline/china/2005"
 *
 * china2005.coverage // { from: "2005-01-01", to: "2005-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2005: CalendarLayer = {
  id: "cn-2005",
  name: { zh: "全国 2005 年节假日", en: "China national holidays 2005" },
  level: "national",
  coverage: { from: "2005-01-01", to: "2005-12-31" },
  sources: [
    { id: "国办发明电〔2004〕52号", title: "国务院办公厅关于2005年部分节假日安排的通知", signed: "2004-12-17" },
    {
      id: "国办发明电〔2005〕35号",
      title: "国务院办公厅关于2006年部分节假日安排的通知",
      signed: "2005-12-16",
      url: "https://zh.wikisource.org/wiki/国务院办公厅关于2006年部分节假日安排的通知"
    }
  ],
  daysOff: [
    {
      from: "2005-01-01",
      to: "2005-01-03",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2004〕52号"
    },
    {
      from: "2005-02-09",
      to: "2005-02-15",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2004〕52号"
    },
    {
      from: "2005-05-01",
      to: "2005-05-07",
      name: { zh: "劳动节", en: "Labour Day" },
      source: "国办发明电〔2004〕52号"
    },
    {
      from: "2005-10-01",
      to: "2005-10-07",
      name: { zh: "国庆节", en: "National Day" },
      source: "国办发明电〔2004〕52号"
    }
  ],
  workdays: [
    { date: "2005-02-05", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2004〕52号" },
    { date: "2005-02-06", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2004〕52号" },
    { date: "2005-04-30", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2004〕52号" },
    { date: "2005-05-08", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2004〕52号" },
    { date: "2005-10-08", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2004〕52号" },
    { date: "2005-10-09", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2004〕52号" },
    { date: "2005-12-31", name: { zh: "元旦", en: "New Year's Day" }, source: "国办发明电〔2005〕35号" }
  ]
}
