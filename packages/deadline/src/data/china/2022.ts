/**
 * 2022 年全国节假日与调休安排，依据国办发明电〔2021〕11号、国办发明电〔2022〕16号。
 * China's national days off and make-up working days dated in 2022, from 国办发明电〔2021〕11号, 国办发明电〔2022〕16号.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2022: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2022 } from "@tongban/deadline/china/2022"
 *
 * china2022.coverage // { from: "2022-01-01", to: "2022-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2022: CalendarLayer = {
  id: "cn-2022",
  name: { zh: "全国 2022 年节假日", en: "China national holidays 2022" },
  level: "national",
  coverage: { from: "2022-01-01", to: "2022-12-31" },
  sources: [
    { id: "国办发明电〔2021〕11号", title: "国务院办公厅关于2022年部分节假日安排的通知", signed: "2021-10-25" },
    { id: "国办发明电〔2022〕16号", title: "国务院办公厅关于2023年部分节假日安排的通知", signed: "2022-12-08" }
  ],
  daysOff: [
    {
      from: "2022-01-01",
      to: "2022-01-03",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2021〕11号"
    },
    {
      from: "2022-01-31",
      to: "2022-02-06",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2021〕11号"
    },
    {
      from: "2022-04-03",
      to: "2022-04-05",
      name: { zh: "清明节", en: "Qingming Festival" },
      source: "国办发明电〔2021〕11号"
    },
    {
      from: "2022-04-30",
      to: "2022-05-04",
      name: { zh: "劳动节", en: "Labour Day" },
      source: "国办发明电〔2021〕11号"
    },
    {
      from: "2022-06-03",
      to: "2022-06-05",
      name: { zh: "端午节", en: "Dragon Boat Festival" },
      source: "国办发明电〔2021〕11号"
    },
    {
      from: "2022-09-10",
      to: "2022-09-12",
      name: { zh: "中秋节", en: "Mid-Autumn Festival" },
      source: "国办发明电〔2021〕11号"
    },
    {
      from: "2022-10-01",
      to: "2022-10-07",
      name: { zh: "国庆节", en: "National Day" },
      source: "国办发明电〔2021〕11号"
    },
    {
      from: "2022-12-31",
      to: "2022-12-31",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2022〕16号"
    }
  ],
  workdays: [
    { date: "2022-01-29", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2021〕11号" },
    { date: "2022-01-30", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2021〕11号" },
    { date: "2022-04-02", name: { zh: "清明节", en: "Qingming Festival" }, source: "国办发明电〔2021〕11号" },
    { date: "2022-04-24", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2021〕11号" },
    { date: "2022-05-07", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2021〕11号" },
    { date: "2022-10-08", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2021〕11号" },
    { date: "2022-10-09", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2021〕11号" }
  ]
}
