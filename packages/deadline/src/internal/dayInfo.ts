/**
 * The explanation of one indexed day: working or not, and why.
 *
 * Glossary: 放假 = day off, 调休上班 = make-up working day, 休息日 = rest day.
 *
 * @since 0.1.0
 */
import { isoWeekday, type Message } from "@tongban/core"
import type { DayInfo, DayKind } from "../WorkingDays.js"
import {
  CANCELLED,
  type CalendarIndex,
  DAY_OFF,
  dateAt,
  isProjected,
  MAKE_UP,
  RESTDAY,
  WORKDAY
} from "./calendarIndex.js"

const KINDS: ReadonlyArray<DayKind> = ["workday", "restday", "day_off", "make_up_workday", "cancelled_make_up"]
const WEEKDAYS_ZH = ["", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
const WEEKDAYS_EN = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

const PROJECTED: Message = { zh: "（预测，尚未公布）", en: " (projected, not yet announced)" }

/**
 * The info of the day at an offset of an index; a day after the announced
 * ones says it is projected, unless a local layer set it (then it is that
 * layer's, with its source).
 */
export const infoAt = (ix: CalendarIndex, i: number): DayInfo => {
  const info = announcedInfoAt(ix, i)
  if (!isProjected(ix, i)) return info
  return {
    ...info,
    reason: { zh: `${info.reason.zh}${PROJECTED.zh}`, en: `${info.reason.en}${PROJECTED.en}` },
    provisional: true
  }
}

const announcedInfoAt = (ix: CalendarIndex, i: number): DayInfo => {
  const date = dateAt(ix, i)
  const k = ix.kind[i] ?? WORKDAY
  const kind = KINDS[k] ?? "workday"
  const working = k === WORKDAY || k === MAKE_UP
  const label = ix.labels.get(i)
  if (label === undefined || k === WORKDAY || k === RESTDAY) {
    const wd = isoWeekday(ix.start + i)
    const zh = WEEKDAYS_ZH[wd] ?? ""
    const en = WEEKDAYS_EN[wd] ?? ""
    return {
      date,
      working,
      kind,
      reason: working
        ? { zh: `${zh}，工作日`, en: `${en}, a working day` }
        : { zh: `${zh}，休息日`, en: `${en}, a weekly rest day` }
    }
  }
  const reason: Message =
    k === DAY_OFF
      ? { zh: `${label.name.zh}放假`, en: `${label.name.en} holiday` }
      : k === CANCELLED
        ? { zh: `${label.name.zh}：取消调休上班`, en: `${label.name.en}: make-up working day cancelled` }
        : { zh: `${label.name.zh}调休上班`, en: `make-up working day for ${label.name.en}` }
  return { date, working, kind, reason, name: label.name, source: label.source, layer: label.layer }
}
