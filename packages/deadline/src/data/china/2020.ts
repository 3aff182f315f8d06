/**
 * 2020 年全国节假日与调休安排，依据国办发明电〔2019〕16号、国办发明电〔2020〕1号。
 * China's national days off and make-up working days dated in 2020, from 国办发明电〔2019〕16号, 国办发明电〔2020〕1号.
 *
 * The original notice made Saturday 02-01 a make-up working day; the
 * extension (国办发明电〔2020〕1号, 2020-01-26) ran the Spring Festival
 * holiday to Sunday 02-02, so 01-31 … 02-02 are days off and 02-01 is not
 * worked.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2020: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2020 } from "@tongban/deadline/china/2020"
 *
 * china2020.coverage // { from: "2020-01-01", to: "2020-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2020: CalendarLayer = {
  id: "cn-2020",
  name: { zh: "全国 2020 年节假日", en: "China national holidays 2020" },
  level: "national",
  coverage: { from: "2020-01-01", to: "2020-12-31" },
  sources: [
    { id: "国办发明电〔2019〕16号", title: "国务院办公厅关于2020年部分节假日安排的通知", signed: "2019-11-21" },
    { id: "国办发明电〔2020〕1号", title: "国务院办公厅关于延长2020年春节假期的通知", signed: "2020-01-26" }
  ],
  daysOff: [
    {
      from: "2020-01-01",
      to: "2020-01-01",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2019〕16号"
    },
    {
      from: "2020-01-24",
      to: "2020-01-30",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2019〕16号"
    },
    {
      from: "2020-01-31",
      to: "2020-02-02",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2020〕1号"
    },
    {
      from: "2020-04-04",
      to: "2020-04-06",
      name: { zh: "清明节", en: "Qingming Festival" },
      source: "国办发明电〔2019〕16号"
    },
    {
      from: "2020-05-01",
      to: "2020-05-05",
      name: { zh: "劳动节", en: "Labour Day" },
      source: "国办发明电〔2019〕16号"
    },
    {
      from: "2020-06-25",
      to: "2020-06-27",
      name: { zh: "端午节", en: "Dragon Boat Festival" },
      source: "国办发明电〔2019〕16号"
    },
    {
      from: "2020-10-01",
      to: "2020-10-08",
      name: { zh: "国庆节、中秋节", en: "National Day and Mid-Autumn Festival" },
      source: "国办发明电〔2019〕16号"
    }
  ],
  workdays: [
    { date: "2020-01-19", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2019〕16号" },
    { date: "2020-04-26", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2019〕16号" },
    { date: "2020-05-09", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2019〕16号" },
    { date: "2020-06-28", name: { zh: "端午节", en: "Dragon Boat Festival" }, source: "国办发明电〔2019〕16号" },
    {
      date: "2020-09-27",
      name: { zh: "国庆节、中秋节", en: "National Day and Mid-Autumn Festival" },
      source: "国办发明电〔2019〕16号"
    },
    {
      date: "2020-10-10",
      name: { zh: "国庆节、中秋节", en: "National Day and Mid-Autumn Festival" },
      source: "国办发明电〔2019〕16号"
    }
  ]
}
