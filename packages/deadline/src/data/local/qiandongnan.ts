/**
 * 黔东南苗族侗族自治州 州庆: the prefecture's founding day, 23 July (founded
 * 1956-07-23), two days off every year: a prefecture-level layer. T County's
 * prefecture.
 *
 * Glossary: 自治州 = autonomous prefecture, 州庆 = prefecture founding day,
 * 自治条例 = autonomy regulation, 成立纪念日 = founding anniversary.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

/**
 * Qiandongnan's founding-day holiday: 《黔东南苗族侗族自治州自治条例》 art. 61
 * makes the anniversary of the prefecture's founding (7-23) a holiday of two
 * days; the layer gives 07-23 and 07-24 off every year (as the prefecture's
 * 2018 notice did: Monday 23 and Tuesday 24 July). When the days fall on a
 * weekend the prefecture's yearly notice may add substitute days
 * (补休): add them in a county or centre layer from that notice.
 *
 * @example
 * ```ts
 * import { chinaCalendar, isWorkingDay, qiandongnanFoundingDay, withLayers } from "@tongban/deadline"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const calendar = withLayers(chinaCalendar, [qiandongnanFoundingDay])
 * isWorkingDay(getOrThrow(parseLocalDate("2024-07-23")), { calendar }) // { ok: true, value: false }
 * isWorkingDay(getOrThrow(parseLocalDate("2024-07-25")), { calendar }) // { ok: true, value: true }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const qiandongnanFoundingDay: CalendarLayer = {
  id: "qdn-zhouqing",
  name: { zh: "黔东南州州庆", en: "Qiandongnan Prefecture founding day" },
  level: "prefecture",
  sources: [
    {
      id: "黔东南州自治条例第六十一条",
      title: "黔东南苗族侗族自治州自治条例 第六十一条：每年自治州成立纪念日，假期2天"
    },
    {
      id: "黔东南州2018州庆通知",
      title: "黔东南州人民政府办公室关于黔东南州2018年州庆放假安排的通知（7月23日、24日放假）",
      signed: "2018-07-16"
    }
  ],
  daysOff: [],
  workdays: [],
  annualDaysOff: [
    {
      month: 7,
      day: 23,
      days: 2,
      name: { zh: "黔东南州州庆", en: "Qiandongnan Prefecture founding day" },
      source: "黔东南州自治条例第六十一条",
      fromYear: 2004
    }
  ]
}
