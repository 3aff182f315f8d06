/**
 * 2017 年全国节假日与调休安排，依据国办发明电〔2016〕17号、国办发明电〔2017〕12号。
 * China's national days off and make-up working days dated in 2017, from 国办发明电〔2016〕17号, 国办发明电〔2017〕12号.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2017: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2017 } from "@tongban/deadline/china/2017"
 *
 * china2017.coverage // { from: "2017-01-01", to: "2017-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2017: CalendarLayer = {
  id: "cn-2017",
  name: { zh: "全国 2017 年节假日", en: "China national holidays 2017" },
  level: "national",
  coverage: { from: "2017-01-01", to: "2017-12-31" },
  sources: [
    { id: "国办发明电〔2016〕17号", title: "国务院办公厅关于2017年部分节假日安排的通知", signed: "2016-12-01" },
    { id: "国办发明电〔2017〕12号", title: "国务院办公厅关于2018年部分节假日安排的通知", signed: "2017-11-30" }
  ],
  daysOff: [
    {
      from: "2017-01-01",
      to: "2017-01-02",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2016〕17号"
    },
    {
      from: "2017-01-27",
      to: "2017-02-02",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2016〕17号"
    },
    {
      from: "2017-04-02",
      to: "2017-04-04",
      name: { zh: "清明节", en: "Qingming Festival" },
      source: "国办发明电〔2016〕17号"
    },
    {
      from: "2017-04-29",
      to: "2017-05-01",
      name: { zh: "劳动节", en: "Labour Day" },
      source: "国办发明电〔2016〕17号"
    },
    {
      from: "2017-05-28",
      to: "2017-05-30",
      name: { zh: "端午节", en: "Dragon Boat Festival" },
      source: "国办发明电〔2016〕17号"
    },
    {
      from: "2017-10-01",
      to: "2017-10-08",
      name: { zh: "国庆节、中秋节", en: "National Day and Mid-Autumn Festival" },
      source: "国办发明电〔2016〕17号"
    },
    {
      from: "2017-12-30",
      to: "2017-12-31",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2017〕12号"
    }
  ],
  workdays: [
    { date: "2017-01-22", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2016〕17号" },
    { date: "2017-02-04", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2016〕17号" },
    { date: "2017-04-01", name: { zh: "清明节", en: "Qingming Festival" }, source: "国办发明电〔2016〕17号" },
    { date: "2017-05-27", name: { zh: "端午节", en: "Dragon Boat Festival" }, source: "国办发明电〔2016〕17号" },
    {
      date: "2017-09-30",
      name: { zh: "国庆节、中秋节", en: "National Day and Mid-Autumn Festival" },
      source: "国办发明电〔2016〕17号"
    }
  ]
}
