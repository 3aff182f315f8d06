/**
 * Working-day calendars: a weekly pattern plus dated exceptions over a
 * declared coverage, composed in layers (national, province, prefecture,
 * county, centre).
 *
 * Glossary: 工作日 = working day, 休息日 = rest day, 法定节假日 = statutory
 * holiday, 调休 = moving a rest day, 调休上班 = make-up working day,
 * 放假 = day off, 覆盖范围 = coverage, 图层 = layer.
 *
 * @since 0.1.0
 */
import { fromDayNumber, type Message } from "@tongban/core"
import { validDayNumber } from "./internal/calendarIndex.js"

/**
 * A date written `YYYY-MM-DD` in calendar data. Data is plain text so that a
 * county can write it in JSON or a literal module; it is checked when the
 * calendar is first used.
 *
 * @since 0.1.0
 * @category models
 */
export type DateText = string

/**
 * An inclusive range of dates.
 *
 * @example
 * ```ts
 * import type { DateRange } from "@tongban/deadline"
 *
 * const year: DateRange = { from: "2024-01-01", to: "2024-12-31" }
 * year.to // "2024-12-31"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface DateRange {
  readonly from: DateText
  readonly to: DateText
}

/**
 * The document a calendar entry comes from: a State Council notice
 * (国办发明电〔2023〕7号), a regulation, a local government's notice.
 *
 * @since 0.1.0
 * @category models
 */
export interface CalendarSource {
  /** Short, unique reference used by entries, e.g. `国办发明电〔2023〕7号`. */
  readonly id: string
  /** Full title of the document. */
  readonly title: string
  /** Date of signature or publication, as precise as known (`2023-10-25`, `2007-12`). */
  readonly signed?: string
  /** Where the text can be read. */
  readonly url?: string
}

/**
 * A run of days off (放假), e.g. the National Day holiday 10-01 … 10-07.
 *
 * @since 0.1.0
 * @category models
 */
export interface DayOff {
  readonly from: DateText
  readonly to: DateText
  readonly name: Message
  /** The `id` of one of the layer's sources. */
  readonly source: string
}

/**
 * A day worked although the weekly pattern makes it a rest day: a make-up
 * working day (调休上班).
 *
 * @since 0.1.0
 * @category models
 */
export interface MakeUpWorkday {
  readonly date: DateText
  /** The holiday the day is worked for. */
  readonly name: Message
  readonly source: string
}

/**
 * A make-up working day of an earlier layer that this layer cancels: the day
 * returns to a rest day (Guangxi did so for 2017-04-01 to join 三月三 and
 * Qingming).
 *
 * @since 0.1.0
 * @category models
 */
export interface CancelledWorkday {
  readonly date: DateText
  readonly name: Message
  readonly source: string
}

/**
 * A day off every year on the same month and day, for a number of days (a
 * prefecture's founding day, 州庆), between two years inclusive.
 *
 * @since 0.1.0
 * @category models
 */
export interface AnnualDayOff {
  readonly month: number
  readonly day: number
  /** Number of consecutive days off from `month`/`day`. */
  readonly days: number
  readonly name: Message
  readonly source: string
  /** First year it applies. */
  readonly fromYear: number
  /** Last year it applies; open-ended within the calendar's coverage when absent. */
  readonly toYear?: number
}

/**
 * Who issues a layer.
 *
 * @since 0.1.0
 * @category models
 */
export type LayerLevel = "national" | "province" | "prefecture" | "county" | "centre"

/**
 * One layer of calendar exceptions. Layers apply in order: each can add days
 * off, add working days and cancel a make-up working day of an earlier layer.
 * A layer with a `coverage` limits the calendar it is added to: its data is
 * only known to be complete over that range.
 *
 * @since 0.1.0
 * @category models
 */
export interface CalendarLayer {
  readonly id: string
  readonly name: Message
  readonly level: LayerLevel
  readonly coverage?: DateRange
  readonly sources: ReadonlyArray<CalendarSource>
  readonly daysOff: ReadonlyArray<DayOff>
  readonly workdays: ReadonlyArray<MakeUpWorkday>
  readonly cancelledWorkdays?: ReadonlyArray<CancelledWorkday>
  readonly annualDaysOff?: ReadonlyArray<AnnualDayOff>
}

/**
 * An ISO weekday: 1 = Monday … 7 = Sunday.
 *
 * @since 0.1.0
 * @category models
 */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

/**
 * A working-day calendar: the weekdays that are working days, the layers of
 * dated exceptions, and the coverage over which the calendar is known. A date
 * outside `coverage` gets the issue `calendar_out_of_coverage`, never a guess.
 *
 * Plain data: write it as a literal, build it with {@link withLayers} or
 * `chinaCalendarOf`, or read it from JSON with `parseCalendar`. Its index is
 * built on first use and kept for the life of the object, so treat a calendar
 * as immutable.
 *
 * @example
 * ```ts
 * import { chinaCalendar } from "@tongban/deadline"
 *
 * chinaCalendar.coverage // { from: "2004-01-01", to: "2026-12-31" }
 * chinaCalendar.weekdays // [1, 2, 3, 4, 5]
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface WorkCalendar {
  readonly id: string
  readonly name: Message
  readonly weekdays: ReadonlyArray<Weekday>
  readonly coverage: DateRange
  readonly layers: ReadonlyArray<CalendarLayer>
  /**
   * The last day the notices set; the days after it, up to the end of the
   * coverage, are projected (a provisional calendar). Absent: every day is
   * announced.
   */
  readonly announcedThrough?: DateText
}

const later = (a: DateText, b: DateText): DateText => (a > b ? a : b)
const earlier = (a: DateText, b: DateText): DateText => (a < b ? a : b)

/** The day after a date, or undefined for a text that is not a date. */
const dayAfter = (date: DateText): DateText | undefined => {
  const n = validDayNumber(date)
  return n === undefined ? undefined : fromDayNumber(n + 1)
}

/**
 * Adds layers on top of a calendar (a province's, a prefecture's, a centre's
 * closures). The coverage shrinks to the part every layer with a coverage
 * vouches for, with one exception: a `national` layer whose coverage starts
 * the day after the calendar's ends (the year of a new State Council notice,
 * read with `parseNotice`) extends the coverage to its end.
 *
 * @param calendar - the calendar to extend, usually `chinaCalendar`
 * @param layers - applied in order, after the calendar's own layers
 * @param options - `id` and `name` of the new calendar
 * @returns a new calendar; the arguments are not changed
 *
 * @example
 * ```ts
 * import { chinaCalendar, withLayers } from "@tongban/deadline"
 *
 * const centre = withLayers(chinaCalendar, [{
 *   id: "t-county-centre",
 *   name: { zh: "T县政务服务中心", en: "T County service centre" },
 *   level: "centre",
 *   coverage: { from: "2019-01-23", to: "2030-12-31" },
 *   sources: [{ id: "T县中心通知", title: "关于大厅停电检修暂停服务的通知" }],
 *   daysOff: [{ from: "2024-03-12", to: "2024-03-12", name: { zh: "停电检修", en: "power maintenance" }, source: "T县中心通知" }],
 *   workdays: []
 * }])
 * centre.coverage // { from: "2019-01-23", to: "2026-12-31" }
 * ```
 *
 * @since 0.1.0
 * @category calendars
 */
export const withLayers = (
  calendar: WorkCalendar,
  layers: ReadonlyArray<CalendarLayer>,
  options?: { readonly id?: string; readonly name?: Message }
): WorkCalendar => {
  let from = calendar.coverage.from
  let to = calendar.coverage.to
  for (const layer of layers) {
    if (layer.coverage === undefined) continue
    if (layer.level === "national" && layer.coverage.from === dayAfter(to) && layer.coverage.to > to) {
      to = layer.coverage.to
      continue
    }
    from = later(from, layer.coverage.from)
    to = earlier(to, layer.coverage.to)
  }
  const extended: WorkCalendar = {
    id: options?.id ?? [calendar.id, ...layers.map((l) => l.id)].join("+"),
    name: options?.name ?? calendar.name,
    weekdays: calendar.weekdays,
    coverage: { from, to },
    layers: [...calendar.layers, ...layers]
  }
  return calendar.announcedThrough === undefined
    ? extended
    : { ...extended, announcedThrough: calendar.announcedThrough }
}
