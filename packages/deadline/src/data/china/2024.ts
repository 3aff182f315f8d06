/**
 * 2024 年全国节假日与调休安排，依据国办发明电〔2023〕7号。
 * China's national days off and make-up working days dated in 2024, from 国办发明电〔2023〕7号.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2024: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2024 } from "@tongban/deadline/china/2024"
 *
 * china2024.coverage // { from: "2024-01-01", to: "2024-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2024: CalendarLayer = {
  id: "cn-2024",
  name: { zh: "全国 2024 年节假日", en: "China national holidays 2024" },
  level: "national",
  coverage: { from: "2024-01-01", to: "2024-12-31" },
  sources: [{ id: "国办发明电〔2023〕7号", title: "国务院办公厅关于2024年部分节假日安排的通知", signed: "2023-10-25" }],
  daysOff: [
    {
      from: "2024-01-01",
      to: "2024-01-01",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2023〕7号"
    },
    {
      from: "2024-02-10",
      to: "2024-02-17",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2023〕7号"
    },
    {
      from: "2024-04-04",
      to: "2024-04-06",
      name: { zh: "清明节", en: "Qingming Festival" },
      source: "国办发明电〔2023〕7号"
    },
    { from: "2024-05-01", to: "2024-05-05", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2023〕7号" },
    {
      from: "2024-06-08",
      to: "2024-06-10",
      name: { zh: "端午节", en: "Dragon Boat Festival" },
      source: "国办发明电〔2023〕7号"
    },
    {
      from: "2024-09-15",
      to: "2024-09-17",
      name: { zh: "中秋节", en: "Mid-Autumn Festival" },
      source: "国办发明电〔2023〕7号"
    },
    {
      from: "2024-10-01",
      to: "2024-10-07",
      name: { zh: "国庆节", en: "National Day" },
      source: "国办发明电〔2023〕7号"
    }
  ],
  workdays: [
    { date: "2024-02-04", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2023〕7号" },
    { date: "2024-02-18", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2023〕7号" },
    { date: "2024-04-07", name: { zh: "清明节", en: "Qingming Festival" }, source: "国办发明电〔2023〕7号" },
    { date: "2024-04-28", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2023〕7号" },
    { date: "2024-05-11", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2023〕7号" },
    { date: "2024-09-14", name: { zh: "中秋节", en: "Mid-Autumn Festival" }, source: "国办发明电〔2023〕7号" },
    { date: "2024-09-29", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2023〕7号" },
    { date: "2024-10-12", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2023〕7号" }
  ]
}
