/**
 * 2016 年全国节假日与调休安排，依据国办发明电〔2015〕18号、国办发明电〔2016〕17号。
 * China's national days off and make-up working days dated in 2016, from 国办发明电〔2015〕18号, 国办发明电〔2016〕17号.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2016: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2016 } from "@tongban/deadline/china/2016"
 *
 * china2016.coverage // { from: "2016-01-01", to: "2016-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2016: CalendarLayer = {
  id: "cn-2016",
  name: { zh: "全国 2016 年节假日", en: "China national holidays 2016" },
  level: "national",
  coverage: { from: "2016-01-01", to: "2016-12-31" },
  sources: [
    { id: "国办发明电〔2015〕18号", title: "国务院办公厅关于2016年部分节假日安排的通知", signed: "2015-12-10" },
    { id: "国办发明电〔2016〕17号", title: "国务院办公厅关于2017年部分节假日安排的通知", signed: "2016-12-01" }
  ],
  daysOff: [
    {
      from: "2016-01-01",
      to: "2016-01-03",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2015〕18号"
    },
    {
      from: "2016-02-07",
      to: "2016-02-13",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2015〕18号"
    },
    {
      from: "2016-04-02",
      to: "2016-04-04",
      name: { zh: "清明节", en: "Qingming Festival" },
      source: "国办发明电〔2015〕18号"
    },
    {
      from: "2016-04-30",
      to: "2016-05-02",
      name: { zh: "劳动节", en: "Labour Day" },
      source: "国办发明电〔2015〕18号"
    },
    {
      from: "2016-06-09",
      to: "2016-06-11",
      name: { zh: "端午节", en: "Dragon Boat Festival" },
      source: "国办发明电〔2015〕18号"
    },
    {
      from: "2016-09-15",
      to: "2016-09-17",
      name: { zh: "中秋节", en: "Mid-Autumn Festival" },
      source: "国办发明电〔2015〕18号"
    },
    {
      from: "2016-10-01",
      to: "2016-10-07",
      name: { zh: "国庆节", en: "National Day" },
      source: "国办发明电〔2015〕18号"
    },
    {
      from: "2016-12-31",
      to: "2016-12-31",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2016〕17号"
    }
  ],
  workdays: [
    { date: "2016-02-06", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2015〕18号" },
    { date: "2016-02-14", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2015〕18号" },
    { date: "2016-06-12", name: { zh: "端午节", en: "Dragon Boat Festival" }, source: "国办发明电〔2015〕18号" },
    { date: "2016-09-18", name: { zh: "中秋节", en: "Mid-Autumn Festival" }, source: "国办发明电〔2015〕18号" },
    { date: "2016-10-08", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2015〕18号" },
    { date: "2016-10-09", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2015〕18号" }
  ]
}
