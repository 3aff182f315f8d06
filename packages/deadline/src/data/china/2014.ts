/**
 * 2014 年全国节假日与调休安排，依据国办发明电〔2013〕28号。
 * China's national days off and make-up working days dated in 2014, from 国办发明电〔2013〕28号.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2014: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2014 } from "@tongban/deadline/china/2014"
 *
 * china2014.coverage // { from: "2014-01-01", to: "2014-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2014: CalendarLayer = {
  id: "cn-2014",
  name: { zh: "全国 2014 年节假日", en: "China national holidays 2014" },
  level: "national",
  coverage: { from: "2014-01-01", to: "2014-12-31" },
  sources: [
    { id: "国办发明电〔2013〕28号", title: "国务院办公厅关于2014年部分节假日安排的通知", signed: "2013-12-11" }
  ],
  daysOff: [
    {
      from: "2014-01-01",
      to: "2014-01-01",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2013〕28号"
    },
    {
      from: "2014-01-31",
      to: "2014-02-06",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2013〕28号"
    },
    {
      from: "2014-04-05",
      to: "2014-04-07",
      name: { zh: "清明节", en: "Qingming Festival" },
      source: "国办发明电〔2013〕28号"
    },
    {
      from: "2014-05-01",
      to: "2014-05-03",
      name: { zh: "劳动节", en: "Labour Day" },
      source: "国办发明电〔2013〕28号"
    },
    {
      from: "2014-05-31",
      to: "2014-06-02",
      name: { zh: "端午节", en: "Dragon Boat Festival" },
      source: "国办发明电〔2013〕28号"
    },
    {
      from: "2014-09-06",
      to: "2014-09-08",
      name: { zh: "中秋节", en: "Mid-Autumn Festival" },
      source: "国办发明电〔2013〕28号"
    },
    {
      from: "2014-10-01",
      to: "2014-10-07",
      name: { zh: "国庆节", en: "National Day" },
      source: "国办发明电〔2013〕28号"
    }
  ],
  workdays: [
    { date: "2014-01-26", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2013〕28号" },
    { date: "2014-02-08", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2013〕28号" },
    { date: "2014-05-04", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2013〕28号" },
    { date: "2014-09-28", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2013〕28号" },
    { date: "2014-10-11", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2013〕28号" }
  ]
}
