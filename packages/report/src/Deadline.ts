/**
 * Figures of @tongban/deadline results: a calendar of working days, rest
 * days, holidays, make-up days (调休) and provisional days; and case clocks
 * as timelines.
 *
 * 工作日 = working day, 休息日 = rest day, 节假日 = holiday, 调休上班 = make-up
 * working day, 预排 = provisional, 中止 = suspended, 延长 = extended, 预警 = warning.
 *
 * @since 0.1.0
 */
import { dayOfWeek, type Message, toDayNumber, validate } from "@tongban/core"
import type { DayInfo, DayKind, WarningLevel } from "@tongban/deadline"
import * as z from "zod"
import { bilingual, type Cell, type Figure, figureId } from "./Figure.js"
import { FigureOptionsSchema, type LabelledClock, LabelledClockSchema } from "./Inputs.js"
import { invalidFigure } from "./internal/invalid.js"
import { COLOURS, renderSvg } from "./internal/render.js"
import { LocalDateText, fewEnough, TOO_MANY, Text2 } from "./internal/schemas.js"
import { finite } from "./internal/util.js"

const KINDS: ReadonlyArray<{ readonly kind: DayKind; readonly name: Message; readonly colour: string }> = [
  { kind: "workday", name: { zh: "工作日", en: "working day" }, colour: COLOURS.working },
  { kind: "restday", name: { zh: "休息日", en: "rest day" }, colour: COLOURS.rest },
  { kind: "day_off", name: { zh: "节假日", en: "holiday" }, colour: COLOURS.holiday },
  { kind: "make_up_workday", name: { zh: "调休上班", en: "make-up working day" }, colour: COLOURS.makeUp },
  { kind: "cancelled_make_up", name: { zh: "取消调休", en: "cancelled make-up day" }, colour: COLOURS.cancelled }
]

const PROVISIONAL: Message = { zh: "预排（通知未发布）", en: "provisional (no notice yet)" }

/**
 * Whether a day of a provisional calendar is projected rather than
 * announced (`DayInfo.provisional`); the calendar figure outlines such days.
 *
 * @example
 * ```ts
 * import { isProvisionalDay } from "@tongban/report"
 * import { chinaCalendar, describeDay } from "@tongban/deadline"
 * import { provisionalChinaCalendar } from "@tongban/deadline/provisional"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const d = (s: string) => getOrThrow(parseLocalDate(s))
 * isProvisionalDay(getOrThrow(describeDay(d("2024-10-01"), { calendar: chinaCalendar }))) // false
 * isProvisionalDay(getOrThrow(describeDay(d("2027-02-05"), { calendar: getOrThrow(provisionalChinaCalendar({ through: 2027 })) }))) // true
 * ```
 *
 * @since 0.1.0
 * @category predicates
 */
export const isProvisionalDay = (day: DayInfo): boolean =>
  typeof day === "object" && day !== null && day.provisional === true

const WEEKDAYS: ReadonlyArray<string> = ["一 Mon", "二 Tue", "三 Wed", "四 Thu", "五 Fri", "六 Sat", "日 Sun"]

/**
 * Options of {@link calendarFigure}.
 *
 * @since 0.1.0
 * @category models
 */
export interface CalendarFigureOptions {
  readonly title?: Message
  readonly id?: string
}

const DayInfosSchema = z
  .array(
    z.object({
      date: LocalDateText,
      working: z.boolean(),
      kind: z.enum(["workday", "restday", "day_off", "make_up_workday", "cancelled_make_up"]),
      reason: Text2,
      name: Text2.optional(),
      source: z.string().optional(),
      provisional: z.literal(true).optional()
    })
  )
  .refine(fewEnough, TOO_MANY)

/**
 * A calendar of the given days (a year from `listDays`, say): one column a
 * week, one row a weekday, each day coloured by its kind — working day, rest
 * day, holiday, make-up working day, cancelled make-up day — and outlined
 * when it is provisional (projected, no notice yet). The
 * table lists every day that is not an ordinary working or rest day, with
 * its name and notice.
 *
 * @example
 * ```ts
 * import { calendarFigure } from "@tongban/report"
 * import { chinaCalendar, listDays } from "@tongban/deadline"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const d = (s: string) => getOrThrow(parseLocalDate(s))
 * const figure = calendarFigure(getOrThrow(listDays(d("2024-09-23"), d("2024-10-13"), { calendar: chinaCalendar })))
 * figure.svg.startsWith("<svg") // true
 * figure.table.rows.map((row) => row[0]) // ["2024-09-29", "2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-05", "2024-10-06", "2024-10-07", "2024-10-12"]
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const calendarFigure = (days: ReadonlyArray<DayInfo>, options: CalendarFigureOptions = {}): Figure => {
  const invalid = invalidFigure("calendarFigure", [
    validate(DayInfosSchema, days, { path: ["days"] }),
    validate(FigureOptionsSchema, options, { path: ["options"] })
  ])
  if (invalid !== undefined) return invalid
  const first = days[0]
  const firstDay = first === undefined ? 0 : toDayNumber(first.date) - (dayOfWeek(first.date) - 1)
  const last = days[days.length - 1]
  const weeks = first === undefined || last === undefined ? 1 : Math.floor((toDayNumber(last.date) - firstDay) / 7) + 1
  const monthStarts: Array<{ week: number; label: string }> = []
  const byKind = new Map<DayKind, Array<{ value: [number, number]; name: string }>>()
  const provisional: Array<{ value: [number, number]; name: string }> = []
  const rows: Array<ReadonlyArray<Cell>> = []
  for (const day of days) {
    const n = toDayNumber(day.date)
    const week = Math.floor((n - firstDay) / 7)
    const weekday = dayOfWeek(day.date) - 1
    if (day.date.endsWith("-01") || day === first) monthStarts.push({ week, label: day.date.slice(0, 7) })
    const kind = day.kind
    const list = byKind.get(kind) ?? []
    list.push({ value: [week, weekday], name: day.date })
    byKind.set(kind, list)
    if (isProvisionalDay(day)) provisional.push({ value: [week, weekday], name: day.date })
    if (kind !== "workday" && kind !== "restday")
      rows.push([
        day.date,
        `${bilingual(KINDS.find((k) => k.kind === kind)?.name ?? { zh: kind, en: kind })}${isProvisionalDay(day) ? ` · ${bilingual(PROVISIONAL)}` : ""}`,
        day.name === undefined ? bilingual(day.reason) : bilingual(day.name),
        day.source ?? ""
      ])
  }
  const labels = Array.from({ length: weeks }, (_, w) => monthStarts.find((m) => m.week === w)?.label ?? "")
  const title = options.title ?? { zh: "工作日历", en: "Working-day calendar" }
  const width = Math.max(360, Math.min(1100, 80 + weeks * 18))
  const height = 260
  const grid = { left: 60, right: 12, top: 60, bottom: 50 }
  const cellWidth = (width - grid.left - grid.right) / weeks
  const cellHeight = (height - grid.top - grid.bottom) / 7
  const svg = renderSvg(
    {
      title: { text: bilingual(title), left: "center", textStyle: { fontSize: 14 } },
      legend: {
        bottom: 0,
        data: [
          ...KINDS.filter((k) => byKind.has(k.kind)).map((k) => bilingual(k.name)),
          ...(provisional.length > 0 ? [bilingual(PROVISIONAL)] : [])
        ],
        textStyle: { fontSize: 11 }
      },
      grid,
      xAxis: {
        type: "category",
        data: labels,
        position: "top",
        splitArea: { show: false },
        axisTick: { show: false },
        axisLabel: { interval: 0, fontSize: 10 }
      },
      yAxis: {
        type: "category",
        data: WEEKDAYS,
        inverse: true,
        axisTick: { show: false },
        axisLabel: { fontSize: 10 }
      },
      series: [
        ...KINDS.filter((k) => byKind.has(k.kind)).map((k) => ({
          type: "scatter",
          name: bilingual(k.name),
          symbol: "rect",
          symbolSize: [cellWidth - 2, cellHeight - 2],
          data: byKind.get(k.kind) ?? [],
          itemStyle: { color: k.colour, borderColor: "#b8bfcc", borderWidth: 0.5, opacity: 1 }
        })),
        // Provisional days: the same cells again, outlined (their colour still says their kind).
        ...(provisional.length === 0
          ? []
          : [
              {
                type: "scatter",
                name: bilingual(PROVISIONAL),
                symbol: "rect",
                symbolSize: [cellWidth - 5, cellHeight - 5],
                data: provisional,
                itemStyle: {
                  color: "rgba(0,0,0,0)",
                  borderColor: COLOURS.provisional,
                  borderWidth: 1.5,
                  borderType: "dashed"
                }
              }
            ])
      ]
    },
    width,
    height,
    bilingual(title)
  )
  const counts = [
    ...KINDS.map((k) => `${bilingual(k.name)} ${byKind.get(k.kind)?.length ?? 0}`),
    `${bilingual(PROVISIONAL)} ${provisional.length}`
  ].join(" · ")
  return {
    id: options.id ?? figureId(`calendar-${first?.date ?? "empty"}`),
    title,
    caption: { zh: `共 ${days.length} 天：${counts}`, en: `${days.length} days: ${counts}` },
    width,
    height,
    svg,
    table: {
      columns: [
        { zh: "日期", en: "date" },
        { zh: "类别", en: "kind" },
        { zh: "名称", en: "name" },
        { zh: "依据", en: "source" }
      ],
      rows
    }
  }
}

const LEVEL: Readonly<Record<WarningLevel, { readonly name: Message; readonly colour: string }>> = {
  normal: { name: { zh: "正常", en: "normal" }, colour: COLOURS.normal },
  yellow: { name: { zh: "黄牌", en: "yellow" }, colour: COLOURS.yellow },
  red: { name: { zh: "红牌", en: "red" }, colour: COLOURS.red },
  overdue: { name: { zh: "超期", en: "overdue" }, colour: COLOURS.overdue }
}

/**
 * The parts of a case clock's timeline, in the limit's unit: elapsed,
 * suspended (not counted), the remaining days of the original limit, the
 * remaining days granted by an extension, and days overdue. A clock of the
 * wrong shape (from plain JavaScript) has every part 0; the figure reports
 * its issues.
 *
 * @example
 * ```ts
 * import { clockSegments } from "@tongban/report"
 *
 * const clock = { status: "running", limit: { amount: 30, unit: "working_day" }, elapsed: 12, remaining: 18, level: "normal", excluded: [{ suspended: "2024-10-09", resumed: "2024-10-11", reason: "inspection", open: false, days: 2 }], trace: [] }
 * clockSegments({ label: "a", clock, baseLimit: { amount: 20, unit: "working_day" } }) // { elapsed: 12, suspended: 2, remaining: 8, extended: 10, overdue: 0 }
 * clockSegments({ label: "a", clock: { ...clock, elapsed: "12" } }) // { elapsed: 0, suspended: 0, remaining: 0, extended: 0, overdue: 0 }
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const clockSegments = (
  c: LabelledClock
): {
  readonly elapsed: number
  readonly suspended: number
  readonly remaining: number
  readonly extended: number
  readonly overdue: number
} => {
  if (!LabelledClockSchema.safeParse(c).success)
    return { elapsed: 0, suspended: 0, remaining: 0, extended: 0, overdue: 0 }
  const remaining = finite(c.clock.remaining)
  const extension =
    c.baseLimit != null && c.baseLimit.unit === c.clock.limit.unit
      ? Math.max(0, c.clock.limit.amount - c.baseLimit.amount)
      : 0
  const ahead = Math.max(0, remaining)
  const extended = Math.min(extension, ahead)
  return {
    elapsed: Math.max(0, finite(c.clock.elapsed)),
    suspended: c.clock.excluded.reduce((n, e) => n + Math.max(0, finite(e.days)), 0),
    remaining: ahead - extended,
    extended,
    overdue: Math.max(0, -remaining)
  }
}

/**
 * Case clocks as timelines: one stacked bar each — elapsed (coloured by
 * the warning level), suspended, remaining, extended, overdue — with the
 * due date and level in the label and the table.
 *
 * @example
 * ```ts
 * import { caseClockFigure } from "@tongban/report"
 * import { caseClock, chinaCalendar, licensingDecision } from "@tongban/deadline"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const d = (s: string) => getOrThrow(parseLocalDate(s))
 * const clock = getOrThrow(caseClock([{ type: "accepted", date: d("2024-09-27") }], { calendar: chinaCalendar, limit: licensingDecision.limit, asOf: d("2024-10-28") }))
 * const figure = caseClockFigure([{ label: "食品经营许可", clock }])
 * figure.table.rows[0] // ["食品经营许可", "2024-10-30", 18, 0, 2, 0, 0, "黄牌 yellow"]
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const caseClockFigure = (
  clocks: ReadonlyArray<LabelledClock>,
  options: { readonly title?: Message; readonly id?: string } = {}
): Figure => {
  const invalid = invalidFigure("caseClockFigure", [
    validate(z.array(LabelledClockSchema).refine(fewEnough, TOO_MANY), clocks, { path: ["clocks"] }),
    validate(FigureOptionsSchema, options, { path: ["options"] })
  ])
  if (invalid !== undefined) return invalid
  const segments = clocks.map(clockSegments)
  const labels = clocks.map((c) => c.label)
  const title = options.title ?? { zh: "办件时钟", en: "Case clocks" }
  const series = [
    { key: "elapsed", name: { zh: "已用", en: "elapsed" } },
    { key: "suspended", name: { zh: "中止（不计）", en: "suspended (not counted)" } },
    { key: "remaining", name: { zh: "剩余", en: "remaining" } },
    { key: "extended", name: { zh: "延长", en: "extended" } },
    { key: "overdue", name: { zh: "超期", en: "overdue" } }
  ] as const
  const colours: Readonly<Record<(typeof series)[number]["key"], string>> = {
    elapsed: COLOURS.primary,
    suspended: COLOURS.muted,
    remaining: COLOURS.rest,
    extended: COLOURS.makeUp,
    overdue: COLOURS.overdue
  }
  const width = 900
  const height = Math.max(160, 90 + clocks.length * 44)
  const svg = renderSvg(
    {
      title: { text: bilingual(title), left: "center", textStyle: { fontSize: 14 } },
      legend: { bottom: 0, data: series.map((s) => bilingual(s.name)), textStyle: { fontSize: 11 } },
      grid: { left: 200, right: 150, top: 36, bottom: 50 },
      xAxis: { type: "value", name: "天 days", nameLocation: "middle", nameGap: 22 },
      yAxis: {
        type: "category",
        data: labels,
        inverse: true,
        axisLabel: { width: 180, overflow: "truncate", fontSize: 11 }
      },
      series: series.map((s) => ({
        type: "bar",
        name: bilingual(s.name),
        stack: "clock",
        barWidth: 22,
        data: segments.map((seg, i) => ({
          value: seg[s.key],
          itemStyle: {
            color: s.key === "elapsed" ? LEVEL[clocks[i]?.clock.level ?? "normal"].colour : colours[s.key]
          }
        })),
        itemStyle: { color: colours[s.key] },
        ...(s.key === "overdue"
          ? {
              label: {
                show: true,
                position: "right",
                fontSize: 11,
                formatter: (p: { dataIndex: number }): string => {
                  const c = clocks[p.dataIndex]?.clock
                  return c === undefined ? "" : `${c.due ?? "—"} · ${bilingual(LEVEL[c.level].name)}`
                }
              }
            }
          : {})
      }))
    },
    width,
    height,
    bilingual(title)
  )
  return {
    id: options.id ?? "case-clocks",
    title,
    caption: {
      zh: "已用天数的颜色即预警等级：绿 正常、黄 黄牌、红 红牌、深红 超期。",
      en: "The colour of the elapsed part is the warning level: green normal, yellow, red, dark red overdue."
    },
    width,
    height,
    svg,
    table: {
      columns: [
        { zh: "办件", en: "case" },
        { zh: "到期日", en: "due" },
        { zh: "已用", en: "elapsed" },
        { zh: "中止", en: "suspended" },
        { zh: "剩余", en: "remaining" },
        { zh: "延长", en: "extended" },
        { zh: "超期", en: "overdue" },
        { zh: "预警", en: "level" }
      ],
      rows: clocks.map((c, i) => {
        const s = segments[i] ?? { elapsed: 0, suspended: 0, remaining: 0, extended: 0, overdue: 0 }
        return [
          c.label,
          c.clock.due ?? "—",
          s.elapsed,
          s.suspended,
          s.remaining,
          s.extended,
          s.overdue,
          bilingual(LEVEL[c.clock.level].name)
        ]
      })
    }
  }
}
