/**
 * The lazy index of a calendar: one byte per day of the coverage, a prefix
 * count of working days and the list of working days, built once per
 * calendar object and kept in a WeakMap.
 *
 * Glossary: 索引 = index, 工作日序号 = rank of a working day.
 *
 * @since 0.1.0
 */
import {
  type CodeSpecs,
  codeIssue,
  fail,
  fromDayNumber,
  type Issue,
  isoWeekday,
  type LocalDate,
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  type Message,
  ok,
  type PathSegment,
  type Result
} from "@tongban/core"
import type { CalendarLayer, WorkCalendar } from "../Calendar.js"

/** Day kinds stored per day. */
export const WORKDAY = 0
export const RESTDAY = 1
export const DAY_OFF = 2
export const MAKE_UP = 3
export const CANCELLED = 4

/** Why a day is what it is, for days set by a layer. */
export interface DayLabel {
  readonly name: Message
  readonly source: string
  readonly layer: string
  /** Set by a province's, prefecture's, county's or centre's layer: announced locally, never projected. */
  readonly local: boolean
}

export interface CalendarIndex {
  readonly calendar: WorkCalendar
  /** Day number of the first covered day. */
  readonly start: number
  /** Number of covered days. */
  readonly size: number
  readonly kind: Uint8Array
  /** rank[i] = working days in [start, start + i); length size + 1. */
  readonly rank: Int32Array
  /** Offsets of the working days, in order. */
  readonly work: Int32Array
  readonly labels: Map<number, DayLabel>
  readonly dates: Array<LocalDate | undefined>
  /** Offset of the last announced day: the days after it are projected (size − 1 when none is). */
  readonly announced: number
}

const cache = new WeakMap<WorkCalendar, Result<CalendarIndex>>()

/**
 * Whether the day at an offset is projected: after the announced days and
 * not set by a local layer (a county's day off in a projected year is the
 * county's announced data, not an estimate).
 */
export const isProjected = (ix: CalendarIndex, i: number): boolean =>
  i > ix.announced && ix.labels.get(i)?.local !== true

/**
 * The codes of calendar indexes: a calendar's data, dates, coverage. Edit a
 * template here, then run `pnpm codes` (the package's table joins the groups
 * in IssueCodes.ts).
 */
export const indexCodes = {
  date_invalid: {
    message: {
      zh: "{input} 不是有效日期（YYYY-MM-DD，1900–2200 年）",
      en: "{input} is not a valid date (YYYY-MM-DD, years 1900–2200)"
    },
    facts: { input: "string" }
  },
  calendar_invalid: {
    message: { zh: "日历数据有误", en: "the calendar's data is wrong" },
    facts: { source: "string?", from: "string?", to: "string?", date: "string?", received: "string?" },
    variants: {
      source_unknown: { zh: "来源不在该图层的 sources 中", en: "the source is not among the layer's sources" },
      range_reversed: { zh: "放假区间的结束日早于开始日", en: "a day-off range ends before it starts" },
      not_make_up: {
        zh: "该日不是前面图层中的调休上班日，无法取消",
        en: "the day is not a make-up working day of an earlier layer, so it cannot be cancelled"
      },
      coverage_empty: {
        zh: "日历的覆盖范围为空：图层的覆盖范围只会缩小日历的覆盖范围；要延长全国日历，请加入紧接其后的全国年份图层（level 为 national，或用 parseNotice 读入的通知）",
        en: "the calendar's coverage is empty: a layer's coverage only narrows a calendar's; to extend the national calendar add the national year right after it (level national, or a notice read with parseNotice)"
      },
      misshapen: {
        zh: "这一部分不是日历应有的形状：weekdays、layers、sources、daysOff、workdays 应为数组，每条放假或上班记录应有 name（zh 与 en）和 source，annualDaysOff 的月、日、天数和起始年应为数字",
        en: "this part is not shaped as a calendar's: weekdays, layers, sources, daysOff and workdays are arrays, each day-off or workday entry has a name (zh and en) and a source, and annualDaysOff's month, day, days and fromYear are numbers"
      },
      not_calendar: {
        zh: "缺少工作日历，或它不是工作日历（应为含 coverage、weekdays、layers 的对象）",
        en: "no working calendar, or not one (expected an object with coverage, weekdays and layers)"
      }
    }
  },
  calendar_out_of_coverage: {
    message: {
      zh: "{date}：所需的日子超出日历 {calendar} 的覆盖范围 {from} 至 {to}",
      en: "{date}: the days needed fall outside the coverage of calendar {calendar} ({from} to {to})"
    },
    facts: {
      date: "string",
      from: "string",
      to: "string",
      calendar: "string",
      year: "number",
      hint: "string?",
      n: "number?",
      amount: "number?",
      unit: "string?",
      asOf: "string?",
      elapsed: "number?",
      limit: "string?"
    },
    variants: {
      notice: {
        zh: "{date}：所需的日子超出日历 {calendar} 的覆盖范围 {from} 至 {to}；{year} 年的国务院办公厅节假日安排通知尚未发布（通常在上一年 10 至 12 月发布）：可用预测日历 provisionalChinaCalendar（命令行 --provisional）得到标注为预测的估计，或在通知发布后用 parseNotice 读入",
        en: "{date}: the days needed fall outside the coverage of calendar {calendar} ({from} to {to}). The State Council notice for {year} is not published yet (it usually comes in October to December of the year before): use provisionalChinaCalendar (CLI: --provisional) for an estimate flagged provisional, or read the notice with parseNotice once it is out"
      },
      provisional: {
        zh: "{date}：所需的日子超出日历 {calendar} 的覆盖范围 {from} 至 {to}；该预测日历只预测到 {to}，可加大 through（命令行 --provisional 覆盖最后公布年份之后五年）",
        en: "{date}: the days needed fall outside the coverage of calendar {calendar} ({from} to {to}). This provisional calendar projects through {to}; pass a later `through`"
      }
    }
  }
} as const satisfies CodeSpecs

const yearOf = (dayNumber: number): number => Number(fromDayNumber(dayNumber).slice(0, 4))

/**
 * Day number of a `YYYY-MM-DD` text by arithmetic only (days since
 * 1970-01-01); a text that is not a canonical date gives a number whose
 * date differs from the text, which the caller detects.
 */
export const dayNumberOfText = (s: string): number => {
  const y =
    (s.charCodeAt(0) - 48) * 1000 + (s.charCodeAt(1) - 48) * 100 + (s.charCodeAt(2) - 48) * 10 + (s.charCodeAt(3) - 48)
  const m = (s.charCodeAt(5) - 48) * 10 + (s.charCodeAt(6) - 48)
  const d = (s.charCodeAt(8) - 48) * 10 + (s.charCodeAt(9) - 48)
  // Years counted from March, so that the leap day ends the year; years are
  // positive here, so truncation (| 0) is floor and no era is needed.
  const yy = m <= 2 ? y - 1 : y
  const doy = (((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) | 0) + d - 1
  return yy * 365 + ((yy / 4) | 0) - ((yy / 100) | 0) + ((yy / 400) | 0) + doy - 719468
}

/**
 * The day number of a valid `YYYY-MM-DD` date (years 1900–2200), or
 * undefined: arithmetic plus one round trip, without building issues.
 */
export const validDayNumber = (text: unknown): number | undefined => {
  if (typeof text !== "string" || text.length !== 10) return undefined
  const n = dayNumberOfText(text)
  return n >= MIN_DAY_NUMBER && n <= MAX_DAY_NUMBER && fromDayNumber(n) === text ? n : undefined
}

/** The issue for a value that is not a valid date. */
export const invalidDate = (input: unknown, path: ReadonlyArray<PathSegment>): Issue => {
  const shown = typeof input === "string" ? input.slice(0, 40) : input === null ? "null" : typeof input
  return codeIssue(indexCodes, "date_invalid", { path, facts: { input: shown } })
}

const dayOf = (text: unknown, path: ReadonlyArray<PathSegment>, issues: Array<Issue>): number | undefined => {
  const n = validDayNumber(text)
  if (n === undefined) issues.push(invalidDate(text, path))
  return n
}

const applyLayer = (
  layer: CalendarLayer,
  li: number,
  start: number,
  size: number,
  kind: Uint8Array,
  labels: Map<number, DayLabel>,
  issues: Array<Issue>
): void => {
  const base: ReadonlyArray<PathSegment> = ["layers", li]
  const sources = new Set(layer.sources.map((s) => s.id))
  const label = (name: Message, source: string, path: ReadonlyArray<PathSegment>): DayLabel | undefined => {
    if (!sources.has(source)) {
      issues.push(
        codeIssue(indexCodes, "calendar_invalid", {
          path: [...path, "source"],
          facts: { source },
          variant: "source_unknown"
        })
      )
      return undefined
    }
    return { name, source, layer: layer.id, local: layer.level !== "national" }
  }
  const setRange = (from: number, to: number, value: number, l: DayLabel): void => {
    const a = Math.max(from - start, 0)
    const b = Math.min(to - start, size - 1)
    for (let i = a; i <= b; i++) {
      kind[i] = value
      labels.set(i, l)
    }
  }
  layer.daysOff.forEach((d, i) => {
    const path = [...base, "daysOff", i]
    const from = dayOf(d.from, [...path, "from"], issues)
    const to = dayOf(d.to, [...path, "to"], issues)
    const l = label(d.name, d.source, path)
    if (from === undefined || to === undefined || l === undefined) return
    if (to < from) {
      issues.push(
        codeIssue(indexCodes, "calendar_invalid", {
          path,
          facts: { from: d.from, to: d.to },
          variant: "range_reversed"
        })
      )
      return
    }
    setRange(from, to, DAY_OFF, l)
  })
  for (const [i, a] of (layer.annualDaysOff ?? []).entries()) {
    const path = [...base, "annualDaysOff", i]
    const l = label(a.name, a.source, path)
    if (l === undefined) continue
    const firstYear = Math.max(a.fromYear, yearOf(start))
    const lastYear = Math.min(a.toYear ?? Number.MAX_SAFE_INTEGER, yearOf(start + size - 1))
    for (let y = firstYear; y <= lastYear; y++) {
      const from = dayOf(
        `${String(y).padStart(4, "0")}-${String(a.month).padStart(2, "0")}-${String(a.day).padStart(2, "0")}`,
        path,
        issues
      )
      if (from === undefined) break
      setRange(from, from + a.days - 1, DAY_OFF, l)
    }
  }
  layer.workdays.forEach((w, i) => {
    const path = [...base, "workdays", i]
    const day = dayOf(w.date, [...path, "date"], issues)
    const l = label(w.name, w.source, path)
    if (day === undefined || l === undefined) return
    setRange(day, day, MAKE_UP, l)
  })
  for (const [i, c] of (layer.cancelledWorkdays ?? []).entries()) {
    const path = [...base, "cancelledWorkdays", i]
    const day = dayOf(c.date, [...path, "date"], issues)
    const l = label(c.name, c.source, path)
    if (day === undefined || l === undefined) continue
    const at = day - start
    if (at < 0 || at >= size) continue
    if (kind[at] !== MAKE_UP) {
      issues.push(
        codeIssue(indexCodes, "calendar_invalid", {
          path: [...path, "date"],
          facts: { date: c.date },
          variant: "not_make_up"
        })
      )
      continue
    }
    setRange(day, day, CANCELLED, l)
  }
}

const build = (calendar: WorkCalendar): Result<CalendarIndex> => {
  const issues: Array<Issue> = []
  const from = dayOf(calendar.coverage.from, ["coverage", "from"], issues)
  const to = dayOf(calendar.coverage.to, ["coverage", "to"], issues)
  if (from === undefined || to === undefined) return fail(issues)
  if (to < from) {
    return fail(
      codeIssue(indexCodes, "calendar_invalid", {
        path: ["coverage"],
        facts: { from: calendar.coverage.from, to: calendar.coverage.to },
        variant: "coverage_empty"
      })
    )
  }
  const start = from
  const size = to - from + 1
  let announced = size - 1
  if (calendar.announcedThrough !== undefined) {
    const a = dayOf(calendar.announcedThrough, ["announcedThrough"], issues)
    if (a === undefined) return fail(issues)
    announced = Math.min(Math.max(a - start, -1), size - 1)
  }
  const working = new Set<number>(calendar.weekdays)
  const kind = new Uint8Array(size)
  for (let i = 0; i < size; i++) kind[i] = working.has(isoWeekday(start + i)) ? WORKDAY : RESTDAY
  const labels = new Map<number, DayLabel>()
  calendar.layers.forEach((layer, li) => {
    applyLayer(layer, li, start, size, kind, labels, issues)
  })
  if (issues.length > 0) return fail(issues)
  const rank = new Int32Array(size + 1)
  const workList: Array<number> = []
  for (let i = 0; i < size; i++) {
    const k = kind[i]
    const isWork = k === WORKDAY || k === MAKE_UP
    rank[i + 1] = (rank[i] ?? 0) + (isWork ? 1 : 0)
    if (isWork) workList.push(i)
  }
  return ok({ calendar, start, size, kind, rank, work: Int32Array.from(workList), labels, dates: [], announced })
}

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === "object" && v !== null
const isEntry = (v: unknown): boolean =>
  isRecord(v) &&
  typeof v.source === "string" &&
  isRecord(v.name) &&
  typeof v.name.zh === "string" &&
  typeof v.name.en === "string"
const isAnnual = (v: unknown): boolean =>
  isEntry(v) &&
  isRecord(v) &&
  [v.month, v.day, v.days, v.fromYear].every((n) => typeof n === "number") &&
  (v.toYear === undefined || typeof v.toYear === "number")
const LAYER_LISTS = [
  ["daysOff", isEntry, true],
  ["workdays", isEntry, true],
  ["cancelledWorkdays", isEntry, false],
  ["annualDaysOff", isAnnual, false]
] as const

/**
 * Where a calendar handed over from plain JavaScript or JSON is not shaped
 * as one (the path of its first wrong part), before the index reads it.
 */
const misshapen = (calendar: {
  readonly weekdays?: unknown
  readonly layers?: unknown
}): ReadonlyArray<PathSegment> | undefined => {
  if (!Array.isArray(calendar.weekdays)) return ["weekdays"]
  const layers: unknown = calendar.layers
  if (!Array.isArray(layers)) return ["layers"]
  for (let li = 0; li < layers.length; li++) {
    const layer: unknown = layers[li]
    if (!isRecord(layer)) return ["layers", li]
    const sources: unknown = layer.sources
    if (!Array.isArray(sources) || !sources.every(isRecord)) return ["layers", li, "sources"]
    for (const [key, isItem, required] of LAYER_LISTS) {
      const list: unknown = layer[key]
      if (list === undefined && !required) continue
      if (!Array.isArray(list)) return ["layers", li, key]
      const at = list.findIndex((e: unknown) => !isItem(e))
      if (at >= 0) return ["layers", li, key, at]
    }
  }
  return undefined
}

/** The index of a calendar, built on first use. */
export const indexOf = (calendar: WorkCalendar): Result<CalendarIndex> => {
  // From plain JavaScript or JSON: not a calendar at all is an issue, not a TypeError.
  const coverage: unknown = typeof calendar === "object" && calendar !== null ? calendar.coverage : undefined
  if (typeof coverage !== "object" || coverage === null) {
    return fail(
      codeIssue(indexCodes, "calendar_invalid", {
        path: ["calendar"],
        facts: { received: calendar === null ? "null" : typeof calendar },
        variant: "not_calendar"
      })
    )
  }
  const hit = cache.get(calendar)
  if (hit !== undefined) return hit
  const wrong = misshapen(calendar)
  const built =
    wrong === undefined
      ? build(calendar)
      : fail(
          codeIssue(indexCodes, "calendar_invalid", { path: ["calendar", ...wrong], facts: {}, variant: "misshapen" })
        )
  cache.set(calendar, built)
  return built
}

/** The date at an offset of the coverage, cached. */
export const dateAt = (ix: CalendarIndex, i: number): LocalDate => {
  const hit = ix.dates[i]
  if (hit !== undefined) return hit
  const d = fromDayNumber(ix.start + i)
  ix.dates[i] = d
  return d
}

/**
 * For a national calendar and a year after its coverage: `notice` when the
 * notice for that year is not published yet, `provisional` when a
 * provisional calendar ends before it; undefined otherwise.
 */
const hintOf = (ix: CalendarIndex, year: number): "notice" | "provisional" | undefined => {
  const endYear = Number(ix.calendar.coverage.to.slice(0, 4))
  if (!(year > endYear) || !ix.calendar.layers.some((l) => l.level === "national")) return undefined
  return ix.calendar.announcedThrough === undefined ? "notice" : "provisional"
}

/** The facts a coverage issue may carry besides the coverage. */
export interface CoverageFacts {
  readonly n?: number
  readonly amount?: number
  readonly unit?: string
  readonly asOf?: string
  readonly elapsed?: number
  readonly limit?: string
}

/**
 * The issue `calendar_out_of_coverage`: for `date` itself, or (`span`) for a
 * period from `date` that ends past the coverage (forward) or before it
 * (backward). Past a national calendar,
 * it says the notice for that year is not published yet, when notices come
 * and how to go on.
 */
export const coverageIssue = (
  ix: CalendarIndex,
  date: string,
  path: ReadonlyArray<PathSegment>,
  span: false | "forward" | "backward",
  extra?: CoverageFacts
): Issue => {
  const year = span === false ? Number(date.slice(0, 4)) : Number(ix.calendar.coverage.to.slice(0, 4)) + 1
  const hint = span === "backward" ? undefined : hintOf(ix, year)
  const facts = {
    date,
    from: ix.calendar.coverage.from,
    to: ix.calendar.coverage.to,
    calendar: ix.calendar.id,
    year,
    ...extra,
    ...(hint === undefined ? {} : { hint: hint === "notice" ? "notice_not_published" : "provisional_through" })
  }
  return hint === undefined
    ? codeIssue(indexCodes, "calendar_out_of_coverage", { path, facts })
    : codeIssue(indexCodes, "calendar_out_of_coverage", { path, facts, variant: hint })
}

/** The issue for a date outside the coverage. */
export const outOfCoverage = (ix: CalendarIndex, date: string, path: ReadonlyArray<PathSegment>): Issue =>
  coverageIssue(ix, date, path, false)

/**
 * The offset of a date in the coverage, or the issue: `date_invalid` when it
 * is not a valid date, `calendar_out_of_coverage` when it lies outside.
 * The fast path is arithmetic plus one string comparison; `key`, appended to
 * `path` only when there is an issue, saves an allocation per call.
 */
export const offsetOf = (
  ix: CalendarIndex,
  date: unknown,
  path: ReadonlyArray<PathSegment>,
  key?: PathSegment
): number | Issue => {
  if (typeof date === "string" && date.length === 10) {
    const i = dayNumberOfText(date) - ix.start
    if (i >= 0 && i < ix.size && dateAt(ix, i) === date) return i
  }
  const at = key === undefined ? path : [...path, key]
  const n = validDayNumber(date)
  return n === undefined ? invalidDate(date, at) : outOfCoverage(ix, fromDayNumber(n), at)
}
