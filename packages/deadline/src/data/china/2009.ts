/**
 * 2009 年全国节假日与调休安排，依据国办发明电〔2008〕42号。
 * China's national days off and make-up working days dated in 2009, from 国办发明电〔2008〕42号.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2009: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2009 } from "@tongban/deadline/china/2009"
 *
 * china2009.coverage // { from: "2009-01-01", to: "2009-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2009: CalendarLayer = {
  id: "cn-2009",
  name: { zh: "全国 2009 年节假日", en: "China national holidays 2009" },
  level: "national",
  coverage: { from: "2009-01-01", to: "2009-12-31" },
  sources: [{ id: "国办发明电〔2008〕42号", title: "国务院办公厅关于2009年部分节假日安排的通知", signed: "2008-12" }],
  daysOff: [
    {
      from: "2009-01-01",
      to: "2009-01-03",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2008〕42号"
    },
    {
      from: "2009-01-25",
      to: "2009-01-31",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2008〕42号"
    },
    {
      from: "2009-04-04",
      to: "2009-04-06",
      name: { zh: "清明节", en: "Qingming Festival" },
      source: "国办发明电〔2008〕42号"
    },
    {
      from: "2009-05-01",
      to: "2009-05-03",
      name: { zh: "劳动节", en: "Labour Day" },
      source: "国办发明电〔2008〕42号"
    },
    {
      from: "2009-05-28",
      to: "2009-05-30",
      name: { zh: "端午节", en: "Dragon Boat Festival" },
      source: "国办发明电〔2008〕42号"
    },
    {
      from: "2009-10-01",
      to: "2009-10-08",
      name: { zh: "国庆节、中秋节", en: "National Day and Mid-Autumn Festival" },
      source: "国办发明电〔2008〕42号"
    }
  ],
  workdays: [
    { date: "2009-01-04", name: { zh: "元旦", en: "New Year's Day" }, source: "国办发明电〔2008〕42号" },
    { date: "2009-01-24", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2008〕42号" },
    { date: "2009-02-01", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2008〕42号" },
    { date: "2009-05-31", name: { zh: "端午节", en: "Dragon Boat Festival" }, source: "国办发明电〔2008〕42号" },
    {
      date: "2009-09-27",
      name: { zh: "国庆节、中秋节", en: "National Day and Mid-Autumn Festival" },
      source: "国办发明电〔2008〕42号"
    },
    {
      date: "2009-10-10",
      name: { zh: "国庆节、中秋节", en: "National Day and Mid-Autumn Festival" },
      source: "国办发明电〔2008〕42号"
    }
  ]
}
