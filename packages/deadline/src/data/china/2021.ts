/**
 * 2021 年全国节假日与调休安排，依据国办发明电〔2020〕27号。
 * China's national days off and make-up working days dated in 2021, from 国办发明电〔2020〕27号.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2021: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2021 } from "@tongban/deadline/china/2021"
 *
 * china2021.coverage // { from: "2021-01-01", to: "2021-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2021: CalendarLayer = {
  id: "cn-2021",
  name: { zh: "全国 2021 年节假日", en: "China national holidays 2021" },
  level: "national",
  coverage: { from: "2021-01-01", to: "2021-12-31" },
  sources: [
    { id: "国办发明电〔2020〕27号", title: "国务院办公厅关于2021年部分节假日安排的通知", signed: "2020-11-25" }
  ],
  daysOff: [
    {
      from: "2021-01-01",
      to: "2021-01-03",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2020〕27号"
    },
    {
      from: "2021-02-11",
      to: "2021-02-17",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2020〕27号"
    },
    {
      from: "2021-04-03",
      to: "2021-04-05",
      name: { zh: "清明节", en: "Qingming Festival" },
      source: "国办发明电〔2020〕27号"
    },
    {
      from: "2021-05-01",
      to: "2021-05-05",
      name: { zh: "劳动节", en: "Labour Day" },
      source: "国办发明电〔2020〕27号"
    },
    {
      from: "2021-06-12",
      to: "2021-06-14",
      name: { zh: "端午节", en: "Dragon Boat Festival" },
      source: "国办发明电〔2020〕27号"
    },
    {
      from: "2021-09-19",
      to: "2021-09-21",
      name: { zh: "中秋节", en: "Mid-Autumn Festival" },
      source: "国办发明电〔2020〕27号"
    },
    {
      from: "2021-10-01",
      to: "2021-10-07",
      name: { zh: "国庆节", en: "National Day" },
      source: "国办发明电〔2020〕27号"
    }
  ],
  workdays: [
    { date: "2021-02-07", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2020〕27号" },
    { date: "2021-02-20", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2020〕27号" },
    { date: "2021-04-25", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2020〕27号" },
    { date: "2021-05-08", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2020〕27号" },
    { date: "2021-09-18", name: { zh: "中秋节", en: "Mid-Autumn Festival" }, source: "国办发明电〔2020〕27号" },
    { date: "2021-09-26", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2020〕27号" },
    { date: "2021-10-09", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2020〕27号" }
  ]
}
