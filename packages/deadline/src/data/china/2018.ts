/**
 * 2018 年全国节假日与调休安排，依据国办发明电〔2017〕12号、国办发明电〔2018〕15号。
 * China's national days off and make-up working days dated in 2018, from 国办发明电〔2017〕12号, 国办发明电〔2018〕15号.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2018: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2018 } from "@tongban/deadline/china/2018"
 *
 * china2018.coverage // { from: "2018-01-01", to: "2018-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2018: CalendarLayer = {
  id: "cn-2018",
  name: { zh: "全国 2018 年节假日", en: "China national holidays 2018" },
  level: "national",
  coverage: { from: "2018-01-01", to: "2018-12-31" },
  sources: [
    { id: "国办发明电〔2017〕12号", title: "国务院办公厅关于2018年部分节假日安排的通知", signed: "2017-11-30" },
    { id: "国办发明电〔2018〕15号", title: "国务院办公厅关于2019年部分节假日安排的通知", signed: "2018-12-04" }
  ],
  daysOff: [
    {
      from: "2018-01-01",
      to: "2018-01-01",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2017〕12号"
    },
    {
      from: "2018-02-15",
      to: "2018-02-21",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2017〕12号"
    },
    {
      from: "2018-04-05",
      to: "2018-04-07",
      name: { zh: "清明节", en: "Qingming Festival" },
      source: "国办发明电〔2017〕12号"
    },
    {
      from: "2018-04-29",
      to: "2018-05-01",
      name: { zh: "劳动节", en: "Labour Day" },
      source: "国办发明电〔2017〕12号"
    },
    {
      from: "2018-06-16",
      to: "2018-06-18",
      name: { zh: "端午节", en: "Dragon Boat Festival" },
      source: "国办发明电〔2017〕12号"
    },
    {
      from: "2018-09-22",
      to: "2018-09-24",
      name: { zh: "中秋节", en: "Mid-Autumn Festival" },
      source: "国办发明电〔2017〕12号"
    },
    {
      from: "2018-10-01",
      to: "2018-10-07",
      name: { zh: "国庆节", en: "National Day" },
      source: "国办发明电〔2017〕12号"
    },
    {
      from: "2018-12-30",
      to: "2018-12-31",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2018〕15号"
    }
  ],
  workdays: [
    { date: "2018-02-11", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2017〕12号" },
    { date: "2018-02-24", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2017〕12号" },
    { date: "2018-04-08", name: { zh: "清明节", en: "Qingming Festival" }, source: "国办发明电〔2017〕12号" },
    { date: "2018-04-28", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2017〕12号" },
    { date: "2018-09-29", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2017〕12号" },
    { date: "2018-09-30", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2017〕12号" },
    { date: "2018-12-29", name: { zh: "元旦", en: "New Year's Day" }, source: "国办发明电〔2018〕15号" }
  ]
}
