/**
 * 2008 年全国节假日与调休安排，依据国办发明电〔2007〕52号。
 * China's national days off and make-up working days dated in 2008, from 国办发明电〔2007〕52号.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2008: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2008 } from "@tongban/deadline/china/2008"
 *
 * china2008.coverage // { from: "2008-01-01", to: "2008-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2008: CalendarLayer = {
  id: "cn-2008",
  name: { zh: "全国 2008 年节假日", en: "China national holidays 2008" },
  level: "national",
  coverage: { from: "2008-01-01", to: "2008-12-31" },
  sources: [{ id: "国办发明电〔2007〕52号", title: "国务院办公厅关于2008年部分节假日安排的通知", signed: "2007-12" }],
  daysOff: [
    {
      from: "2008-01-01",
      to: "2008-01-01",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2007〕52号"
    },
    {
      from: "2008-02-06",
      to: "2008-02-12",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2007〕52号"
    },
    {
      from: "2008-04-04",
      to: "2008-04-06",
      name: { zh: "清明节", en: "Qingming Festival" },
      source: "国办发明电〔2007〕52号"
    },
    {
      from: "2008-05-01",
      to: "2008-05-03",
      name: { zh: "劳动节", en: "Labour Day" },
      source: "国办发明电〔2007〕52号"
    },
    {
      from: "2008-06-07",
      to: "2008-06-09",
      name: { zh: "端午节", en: "Dragon Boat Festival" },
      source: "国办发明电〔2007〕52号"
    },
    {
      from: "2008-09-13",
      to: "2008-09-15",
      name: { zh: "中秋节", en: "Mid-Autumn Festival" },
      source: "国办发明电〔2007〕52号"
    },
    {
      from: "2008-09-29",
      to: "2008-10-05",
      name: { zh: "国庆节", en: "National Day" },
      source: "国办发明电〔2007〕52号"
    }
  ],
  workdays: [
    { date: "2008-02-02", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2007〕52号" },
    { date: "2008-02-03", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2007〕52号" },
    { date: "2008-05-04", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2007〕52号" },
    { date: "2008-09-27", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2007〕52号" },
    { date: "2008-09-28", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2007〕52号" }
  ]
}
