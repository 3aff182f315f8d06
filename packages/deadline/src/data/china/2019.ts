/**
 * 2019 年全国节假日与调休安排，依据国办发明电〔2018〕15号、国办发明电〔2019〕3号。
 * China's national days off and make-up working days dated in 2019, from 国办发明电〔2018〕15号, 国办发明电〔2019〕3号.
 *
 * Labour Day follows the change of 国办发明电〔2019〕3号 (2019-03-22): 05-01 …
 * 04 off, Sundays 04-28 and 05-05 worked, in place of the one day of the
 * original notice.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2019: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2019 } from "@tongban/deadline/china/2019"
 *
 * china2019.coverage // { from: "2019-01-01", to: "2019-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2019: CalendarLayer = {
  id: "cn-2019",
  name: { zh: "全国 2019 年节假日", en: "China national holidays 2019" },
  level: "national",
  coverage: { from: "2019-01-01", to: "2019-12-31" },
  sources: [
    { id: "国办发明电〔2018〕15号", title: "国务院办公厅关于2019年部分节假日安排的通知", signed: "2018-12-04" },
    { id: "国办发明电〔2019〕3号", title: "国务院办公厅关于调整2019年劳动节假期安排的通知", signed: "2019-03-22" }
  ],
  daysOff: [
    {
      from: "2019-01-01",
      to: "2019-01-01",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2018〕15号"
    },
    {
      from: "2019-02-04",
      to: "2019-02-10",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2018〕15号"
    },
    {
      from: "2019-04-05",
      to: "2019-04-07",
      name: { zh: "清明节", en: "Qingming Festival" },
      source: "国办发明电〔2018〕15号"
    },
    { from: "2019-05-01", to: "2019-05-04", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2019〕3号" },
    {
      from: "2019-06-07",
      to: "2019-06-09",
      name: { zh: "端午节", en: "Dragon Boat Festival" },
      source: "国办发明电〔2018〕15号"
    },
    {
      from: "2019-09-13",
      to: "2019-09-15",
      name: { zh: "中秋节", en: "Mid-Autumn Festival" },
      source: "国办发明电〔2018〕15号"
    },
    {
      from: "2019-10-01",
      to: "2019-10-07",
      name: { zh: "国庆节", en: "National Day" },
      source: "国办发明电〔2018〕15号"
    }
  ],
  workdays: [
    { date: "2019-02-02", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2018〕15号" },
    { date: "2019-02-03", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2018〕15号" },
    { date: "2019-04-28", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2019〕3号" },
    { date: "2019-05-05", name: { zh: "劳动节", en: "Labour Day" }, source: "国办发明电〔2019〕3号" },
    { date: "2019-09-29", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2018〕15号" },
    { date: "2019-10-12", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2018〕15号" }
  ]
}
