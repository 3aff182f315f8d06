/**
 * 2015 年全国节假日与调休安排，依据国办发明电〔2014〕28号、国发明电〔2015〕1号。
 * China's national days off and make-up working days dated in 2015, from 国办发明电〔2014〕28号, 国发明电〔2015〕1号.
 *
 * The 70th anniversary of the victory (国发明电〔2015〕1号, 2015-05-13) added
 * 09-03 … 05 off and Sunday 09-06 worked.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 国办发明电 = State
 * Council General Office notice.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * The national calendar data for the days of 2015: each day off and make-up
 * working day with the notice that set it. Pass it to `chinaCalendarOf` to
 * build a calendar covering only this year.
 *
 * @example
 * ```ts
 * import { china2015 } from "@tongban/deadline/china/2015"
 *
 * china2015.coverage // { from: "2015-01-01", to: "2015-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const china2015: CalendarLayer = {
  id: "cn-2015",
  name: { zh: "全国 2015 年节假日", en: "China national holidays 2015" },
  level: "national",
  coverage: { from: "2015-01-01", to: "2015-12-31" },
  sources: [
    { id: "国办发明电〔2014〕28号", title: "国务院办公厅关于2015年部分节假日安排的通知", signed: "2014-12-16" },
    {
      id: "国发明电〔2015〕1号",
      title: "国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知",
      signed: "2015-05-13"
    }
  ],
  daysOff: [
    {
      from: "2015-01-01",
      to: "2015-01-03",
      name: { zh: "元旦", en: "New Year's Day" },
      source: "国办发明电〔2014〕28号"
    },
    {
      from: "2015-02-18",
      to: "2015-02-24",
      name: { zh: "春节", en: "Spring Festival" },
      source: "国办发明电〔2014〕28号"
    },
    {
      from: "2015-04-04",
      to: "2015-04-06",
      name: { zh: "清明节", en: "Qingming Festival" },
      source: "国办发明电〔2014〕28号"
    },
    {
      from: "2015-05-01",
      to: "2015-05-03",
      name: { zh: "劳动节", en: "Labour Day" },
      source: "国办发明电〔2014〕28号"
    },
    {
      from: "2015-06-20",
      to: "2015-06-22",
      name: { zh: "端午节", en: "Dragon Boat Festival" },
      source: "国办发明电〔2014〕28号"
    },
    {
      from: "2015-09-03",
      to: "2015-09-05",
      name: {
        zh: "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
        en: "70th anniversary of the victory of the War of Resistance against Japanese Aggression"
      },
      source: "国发明电〔2015〕1号"
    },
    {
      from: "2015-09-26",
      to: "2015-09-27",
      name: { zh: "中秋节", en: "Mid-Autumn Festival" },
      source: "国办发明电〔2014〕28号"
    },
    {
      from: "2015-10-01",
      to: "2015-10-07",
      name: { zh: "国庆节", en: "National Day" },
      source: "国办发明电〔2014〕28号"
    }
  ],
  workdays: [
    { date: "2015-01-04", name: { zh: "元旦", en: "New Year's Day" }, source: "国办发明电〔2014〕28号" },
    { date: "2015-02-15", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2014〕28号" },
    { date: "2015-02-28", name: { zh: "春节", en: "Spring Festival" }, source: "国办发明电〔2014〕28号" },
    {
      date: "2015-09-06",
      name: {
        zh: "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
        en: "70th anniversary of the victory of the War of Resistance against Japanese Aggression"
      },
      source: "国发明电〔2015〕1号"
    },
    { date: "2015-10-10", name: { zh: "国庆节", en: "National Day" }, source: "国办发明电〔2014〕28号" }
  ]
}
