/**
 * 2010 年全国节假日与调休安排，依据国办发明电〔2009〕27号。
 * China's national days off and make-up working days dated in 2010, from 国办发明电〔2009〕27号.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2010: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2010 } from "@tongban/deadline/china/2010"
 *
 * china2010.coverage // { from: "2010-01-01", to: "2010-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2010: CalendarLayer = {
  id: "cn-2010",
  name: { zh: "全国 2010 年节假日", en: "China national holidays 2010" },
  level: "national",
  coverage: { from: "2010-01-01", to: "2010-12-31" },
  sources: [
    { id: "国办发明电〔2009〕27号", title: "国务院办公厅关于2010年部分节假日安排的通知", signed: "2009-12-07" }
  ],
  daysOff: [
    {
      from: "2010-01-01",
      to: "2010-01-03",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2009〕27号"
    },
    {
      from: "2010-02-13",
      to: "2010-02-19",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2009〕27号"
    },
    {
      from: "2010-04-03",
      to: "2010-04-05",
      name: { zh: "清明节", en: "Qingming Festival" },
      source: "国办发明电〔2009〕27号"
    },
    {
      from: "2010-05-01",
      to: "2010-05-03",
      name: { zh: "劳动节", en: "Labour Day" },
      source: "国办发明电〔2009〕27号"
    },
    {
      from: "2010-06-14",
      to: "2010-06-16",
      name: { zh: "端午节", en: "Dragon Boat Festival" },
      source: "国办发明电〔2009〕27号"
    },
    {
      from: "2010-09-22",
      to: "2010-09-24",
      name: { zh: "中秋节", en: "Mid-Autumn Festival" },
      source: "国办发明电〔2009〕27号"
    },
    {
      from: "2010-10-01",
      to: "2010-10-07",
      name: { zh: "国庆节", en: "National Day" },
      source: "国办发明电〔2009〕27号"
    }
  ],
  workdays: [
    { date: "2010-02-20", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2009〕27号" },
    { date: "2010-02-21", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2009〕27号" },
    { date: "2010-06-12", name: { zh: "端午节", en: "Dragon Boat Festival" }, source: "国办发明电〔2009〕27号" },
    { date: "2010-06-13", name: { zh: "端午节", en: "Dragon Boat Festival" }, source: "国办发明电〔2009〕27号" },
    { date: "2010-09-19", name: { zh: "中秋节", en: "Mid-Autumn Festival" }, source: "国办发明电〔2009〕27号" },
    { date: "2010-09-25", name: { zh: "中秋节", en: "Mid-Autumn Festival" }, source: "国办发明电〔2009〕27号" },
    { date: "2010-09-26", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2009〕27号" },
    { date: "2010-10-09", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2009〕27号" }
  ]
}
