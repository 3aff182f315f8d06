/**
 * 广西壮族自治区 “壮族三月三” days off, 2023–2026: a province-level layer on
 * top of the national calendar.
 *
 * Glossary: 壮族三月三 = the Zhuang "Third of the Third Month" festival
 * (lunar 3/3), 少数民族习惯节日 = customary festival of an ethnic minority,
 * 补休 = substitute day off, 与周末连休 = joined to the weekend.
 *
 * The regulation, 《广西壮族自治区少数民族习惯节日放假办法》 (自治区人民政府令第98号),
 * gives every resident two days off; the General Office of the autonomous
 * region's government publishes the dates each year.
 *
 * @since 0.1.0
 */
import type { CalendarLayer } from "../../Calendar.js"

const name = { zh: "壮族三月三", en: "Zhuang Sanyuesan festival" }

/**
 * Guangxi's 壮族三月三 days off for 2023–2026, each from the autonomous
 * region's yearly notice. In 2023 the festival took Sunday 04-23, a national
 * make-up working day for Labour Day, so the layer cancels that make-up day.
 * The layer covers 2023-01-01 … 2026-12-31: a calendar with it refuses other
 * years.
 *
 * @example
 * ```ts
 * import { chinaCalendar, guangxiSanyuesan, isWorkingDay, withLayers } from "@tongban/deadline"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const calendar = withLayers(chinaCalendar, [guangxiSanyuesan])
 * isWorkingDay(getOrThrow(parseLocalDate("2024-04-11")), { calendar }) // { ok: true, value: false }
 * isWorkingDay(getOrThrow(parseLocalDate("2023-04-23")), { calendar }) // { ok: true, value: false }
 * calendar.coverage // { from: "2023-01-01", to: "2026-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const guangxiSanyuesan: CalendarLayer = {
  id: "gx-sanyuesan",
  name: { zh: "广西壮族自治区“壮族三月三”", en: "Guangxi Zhuang Autonomous Region, Sanyuesan" },
  level: "province",
  coverage: { from: "2023-01-01", to: "2026-12-31" },
  sources: [
    { id: "桂政令98号", title: "广西壮族自治区少数民族习惯节日放假办法（广西壮族自治区人民政府令第98号）" },
    {
      id: "桂政办2023三月三",
      title: "广西壮族自治区人民政府办公厅关于2023年“壮族三月三”放假的通知",
      signed: "2023-03"
    },
    {
      id: "桂政办2024三月三",
      title: "广西壮族自治区人民政府办公厅关于2024年“壮族三月三”放假的通知",
      signed: "2024-03-22"
    },
    { id: "桂政办2025三月三", title: "广西壮族自治区人民政府办公厅关于2025年“壮族三月三”放假的通知", signed: "2025" },
    { id: "桂政办2026三月三", title: "广西壮族自治区人民政府办公厅关于2026年“壮族三月三”放假的通知", signed: "2026" }
  ],
  daysOff: [
    { from: "2023-04-21", to: "2023-04-22", name, source: "桂政办2023三月三" },
    { from: "2024-04-11", to: "2024-04-12", name, source: "桂政办2024三月三" },
    { from: "2025-03-31", to: "2025-04-01", name, source: "桂政办2025三月三" },
    { from: "2026-04-17", to: "2026-04-17", name, source: "桂政办2026三月三" },
    { from: "2026-04-20", to: "2026-04-20", name, source: "桂政办2026三月三" }
  ],
  workdays: [],
  cancelledWorkdays: [{ date: "2023-04-23", name, source: "桂政办2023三月三" }]
}
