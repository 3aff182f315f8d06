/**
 * 2023 年全国节假日与调休安排，依据国办发明电〔2022〕16号、国办发明电〔2023〕7号。
 * China's national days off and make-up working days dated in 2023, from 国办发明电〔2022〕16号, 国办发明电〔2023〕7号.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2023: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2023 } from "@tongban/deadline/china/2023"
 *
 * china2023.coverage // { from: "2023-01-01", to: "2023-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2023: CalendarLayer = {
  id: "cn-2023",
  name: { zh: "全国 2023 年节假日", en: "China national holidays 2023" },
  level: "national",
  coverage: { from: "2023-01-01", to: "2023-12-31" },
  sources: [
    { id: "国办发明电〔2022〕16号", title: "国务院办公厅关于2023年部分节假日安排的通知", signed: "2022-12-08" },
    { id: "国办发明电〔2023〕7号", title: "国务院办公厅关于2024年部分节假日安排的通知", signed: "2023-10-25" }
  ],
  daysOff: [
    {
      from: "2023-01-01",
      to: "2023-01-02",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2022〕16号"
    },
    {
      from: "2023-01-21",
      to: "2023-01-27",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2022〕16号"
    },
    {
      from: "2023-04-05",
      to: "2023-04-05",
      name: { zh: "清明节", en: "Qingming Festival" },
      source: "国办发明电〔2022〕16号"
    },
    {
      from: "2023-04-29",
      to: "2023-05-03",
      name: { zh: "劳动节", en: "Labour Day" },
      source: "国办发明电〔2022〕16号"
    },
    {
      from: "2023-06-22",
      to: "2023-06-24",
      name: { zh: "端午节", en: "Dragon Boat Festival" },
      source: "国办发明电〔2022〕16号"
    },
    {
      from: "2023-09-29",
      to: "2023-10-06",
      name: { zh: "中秋节、国庆节", en: "Mid-Autumn Festival and National Day" },
      source: "国办发明电〔2022〕16号"
    },
    {
      from: "2023-12-30",
      to: "2023-12-31",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2023〕7号"
    }
  ],
  workdays: [
    { date: "2023-01-28", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2022〕16号" },
    { date: "2023-01-29", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2022〕16号" },
    { date: "2023-04-23", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2022〕16号" },
    { date: "2023-05-06", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2022〕16号" },
    { date: "2023-06-25", name: { zh: "端午节", en: "Dragon Boat Festival" }, source: "国办发明电〔2022〕16号" },
    {
      date: "2023-10-07",
      name: { zh: "中秋节、国庆节", en: "Mid-Autumn Festival and National Day" },
      source: "国办发明电〔2022〕16号"
    },
    {
      date: "2023-10-08",
      name: { zh: "中秋节、国庆节", en: "Mid-Autumn Festival and National Day" },
      source: "国办发明电〔2022〕16号"
    }
  ]
}
