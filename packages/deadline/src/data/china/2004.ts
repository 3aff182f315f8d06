/**
 * 2004 年全国节假日与调休安排，依据国办发明电〔2003〕53号。
 * China's national days off and make-up working days dated in 2004, from 国办发明电〔2003〕53号.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2004: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2004 } from "@tongban/deadline/china/2004"
 *
 * china2004.coverage // { from: "2004-01-01", to: "2004-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2004: CalendarLayer = {
  id: "cn-2004",
  name: { zh: "全国 2004 年节假日", en: "China national holidays 2004" },
  level: "national",
  coverage: { from: "2004-01-01", to: "2004-12-31" },
  sources: [
    { id: "国办发明电〔2003〕53号", title: "国务院办公厅关于2004年部分节假日安排的通知", signed: "2003-12-18" }
  ],
  daysOff: [
    {
      from: "2004-01-01",
      to: "2004-01-01",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2003〕53号"
    },
    {
      from: "2004-01-22",
      to: "2004-01-28",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2003〕53号"
    },
    {
      from: "2004-05-01",
      to: "2004-05-07",
      name: { zh: "劳动节", en: "Labour Day" },
      source: "国办发明电〔2003〕53号"
    },
    {
      from: "2004-10-01",
      to: "2004-10-07",
      name: { zh: "国庆节", en: "National Day" },
      source: "国办发明电〔2003〕53号"
    }
  ],
  workdays: [
    { date: "2004-01-17", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2003〕53号" },
    { date: "2004-01-18", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2003〕53号" },
    { date: "2004-05-08", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2003〕53号" },
    { date: "2004-05-09", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2003〕53号" },
    { date: "2004-10-09", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2003〕53号" },
    { date: "2004-10-10", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2003〕53号" }
  ]
}
