/**
 * 2025 年全国节假日与调休安排，依据国办发明电〔2024〕12号。
 * China's national days off and make-up working days dated in 2025, from 国办发明电〔2024〕12号.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2025: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2025 } from "@tongban/deadline/china/2025"
 *
 * china2025.coverage // { from: "2025-01-01", to: "2025-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2025: CalendarLayer = {
  id: "cn-2025",
  name: { zh: "全国 2025 年节假日", en: "China national holidays 2025" },
  level: "national",
  coverage: { from: "2025-01-01", to: "2025-12-31" },
  sources: [
    { id: "国办发明电〔2024〕12号", title: "国务院办公厅关于2025年部分节假日安排的通知", signed: "2024-11-12" }
  ],
  daysOff: [
    {
      from: "2025-01-01",
      to: "2025-01-01",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2024〕12号"
    },
    {
      from: "2025-01-28",
      to: "2025-02-04",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2024〕12号"
    },
    {
      from: "2025-04-04",
      to: "2025-04-06",
      name: { zh: "清明节", en: "Qingming Festival" },
      source: "国办发明电〔2024〕12号"
    },
    {
      from: "2025-05-01",
      to: "2025-05-05",
      name: { zh: "劳动节", en: "Labour Day" },
      source: "国办发明电〔2024〕12号"
    },
    {
      from: "2025-05-31",
      to: "2025-06-02",
      name: { zh: "端午节", en: "Dragon Boat Festival" },
      source: "国办发明电〔2024〕12号"
    },
    {
      from: "2025-10-01",
      to: "2025-10-08",
      name: { zh: "国庆节、中秋节", en: "National Day and Mid-Autumn Festival" },
      source: "国办发明电〔2024〕12号"
    }
  ],
  workdays: [
    { date: "2025-01-26", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2024〕12号" },
    { date: "2025-02-08", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2024〕12号" },
    { date: "2025-04-27", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2024〕12号" },
    {
      date: "2025-09-28",
      name: { zh: "国庆节、中秋节", en: "National Day and Mid-Autumn Festival" },
      source: "国办发明电〔2024〕12号"
    },
    {
      date: "2025-10-11",
      name: { zh: "国庆节、中秋节", en: "National Day and Mid-Autumn Festival" },
      source: "国办发明电〔2024〕12号"
    }
  ]
}
