/**
 * 2026 年全国节假日与调休安排，依据国办发明电〔2025〕7号。
 * China's national days off and make-up working days dated in 2026, from 国办发明电〔2025〕7号.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2026: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2026 } from "@tongban/deadline/china/2026"
 *
 * china2026.coverage // { from: "2026-01-01", to: "2026-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2026: CalendarLayer = {
  id: "cn-2026",
  name: { zh: "全国 2026 年节假日", en: "China national holidays 2026" },
  level: "national",
  coverage: { from: "2026-01-01", to: "2026-12-31" },
  sources: [{ id: "国办发明电〔2025〕7号", title: "国务院办公厅关于2026年部分节假日安排的通知", signed: "2025-11-04" }],
  daysOff: [
    {
      from: "2026-01-01",
      to: "2026-01-03",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2025〕7号"
    },
    {
      from: "2026-02-15",
      to: "2026-02-23",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2025〕7号"
    },
    {
      from: "2026-04-04",
      to: "2026-04-06",
      name: { zh: "清明节", en: "Qingming Festival" },
      source: "国办发明电〔2025〕7号"
    },
    { from: "2026-05-01", to: "2026-05-05", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2025〕7号" },
    {
      from: "2026-06-19",
      to: "2026-06-21",
      name: { zh: "端午节", en: "Dragon Boat Festival" },
      source: "国办发明电〔2025〕7号"
    },
    {
      from: "2026-09-25",
      to: "2026-09-27",
      name: { zh: "中秋节", en: "Mid-Autumn Festival" },
      source: "国办发明电〔2025〕7号"
    },
    {
      from: "2026-10-01",
      to: "2026-10-07",
      name: { zh: "国庆节", en: "National Day" },
      source: "国办发明电〔2025〕7号"
    }
  ],
  workdays: [
    { date: "2026-01-04", name: { zh: "元旦", en: "New Year's Day" }, source: "国办发明电〔2025〕7号" },
    { date: "2026-02-14", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2025〕7号" },
    { date: "2026-02-28", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2025〕7号" },
    { date: "2026-05-09", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2025〕7号" },
    { date: "2026-09-20", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2025〕7号" },
    { date: "2026-10-10", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2025〕7号" }
  ]
}
