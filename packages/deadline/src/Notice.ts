/**
 * When the State Council's notice for a year lands: read it as data (a JSON
 * notice file, validated), see which days changed against the calendar used
 * until then, and which case clocks' due dates move.
 *
 * Glossary: 通知 = notice, 文号 = document number (国办发明电〔2026〕N号),
 * 印发日期 = date signed, 变化 = change, 到期日变动 = due date moved.
 *
 * @since 0.2.0
 */
import {
  type CodeSpecs,
  codeIssue,
  fail,
  type Issue,
  type LocalDate,
  ok,
  type PathSegment,
  parseLocalDate,
  type Result
} from "@tongban/core"
import * as z from "zod"
import type { CalendarLayer, WorkCalendar } from "./Calendar.js"
import { type CaseClockOptions, type CaseEvent, caseClock } from "./CaseClock.js"
import { fromText, validateFile } from "./CalendarSchema.js"
import { dateAt, indexCodes, indexOf } from "./internal/calendarIndex.js"
import { infoAt } from "./internal/dayInfo.js"
import { fileCodes } from "./internal/fileCodes.js"
import type { TimeLimit } from "./TimeLimit.js"
import type { DayInfo } from "./WorkingDays.js"

// The refinements name their code only: `validateFile` builds each issue
// from the deadline code table with the facts read from the value.
const DateText = z.string().refine((s) => parseLocalDate(s).ok, { params: { code: "date_invalid" } })
const Text = z.string().min(1).max(500)
const Name = z.object({ zh: Text, en: Text }).strict()

const NoticeSchema = z
  .object({
    notice: z
      .string()
      .refine((t) => /^国(?:办)?发明电〔\d{4}〕\d{1,3}号$/.test(t), { params: { code: "notice_number_invalid" } }),
    title: Text,
    signed: DateText,
    year: z.number().int().min(2000).max(2100),
    url: z.string().max(2000).exactOptional(),
    daysOff: z
      .array(z.object({ from: DateText, to: DateText, name: Name }).strict())
      .min(1)
      .max(100),
    workdays: z.array(z.object({ date: DateText, name: Name }).strict()).max(100)
  })
  .strict()

/**
 * A State Council holiday notice as a county writes it down the day it is
 * published: its number, title, date signed, the year it arranges, and its
 * days off and make-up working days.
 *
 * @since 0.2.0
 * @category models
 */
export type HolidayNotice = z.infer<typeof NoticeSchema>

/**
 * The codes of notices, calendar diffs and moved cases (`date_invalid` is
 * the index's; `notice_number_invalid`, `range_reversed` and the shape codes
 * are the file codes').
 */
export const noticeCodes = {
  notice_date_outside_year: {
    message: {
      zh: "{date} 不在通知所安排的 {year} 年内（也不在上一年 12 月）",
      en: "{date} is not in the year the notice arranges, {year} (nor in the December before it)"
    },
    facts: { date: "string", year: "number" }
  },
  notice_signed_after_year: {
    message: {
      zh: "印发日期 {signed} 晚于所安排的 {year} 年",
      en: "signed on {signed}, after the year it arranges ({year})"
    },
    facts: { signed: "string", year: "number" }
  },
  calendars_disjoint: {
    message: { zh: "日历 {a} 与 {b} 的覆盖范围不相交", en: "the coverages of {a} and {b} do not meet" },
    facts: { a: "string", b: "string" }
  },
  cases_invalid: {
    message: { zh: "cases 应为数组", en: "cases must be an array" },
    variants: {
      item: {
        zh: "每个案件应为带 id、events、limit 的对象",
        en: "each case must be an object with id, events and limit"
      }
    }
  }
} as const satisfies CodeSpecs

const outside = (path: ReadonlyArray<PathSegment>, date: string, year: number): Issue =>
  codeIssue(noticeCodes, "notice_date_outside_year", { path, facts: { date, year } })

/**
 * Reads a notice file (JSON text or a parsed value) into the national layer
 * of its year, every entry citing the notice. Pass it with the shipped years
 * to `chinaCalendarOf([...chinaYears, layer])`, add it with
 * `withLayers(chinaCalendar, [layer])` (a national year right after the
 * coverage extends it), or give it to `provisionalChinaCalendar({ years })`
 * so that the projection starts after it.
 *
 * @returns the layer, or the located issues: shape (`notice_number_invalid`,
 * `date_invalid`, zod codes), `notice_date_outside_year`, `range_reversed`,
 * `notice_signed_after_year`
 *
 * @example
 * ```ts
 * import { parseNotice } from "@tongban/deadline"
 * import { getOrThrow } from "@tongban/core"
 *
 * const layer = getOrThrow(parseNotice({
 *   notice: "国办发明电〔2026〕9号", title: "国务院办公厅关于2027年部分节假日安排的通知", signed: "2026-11-20", year: 2027,
 *   daysOff: [{ from: "2027-01-01", to: "2027-01-03", name: { zh: "元旦", en: "New Year's Day" } }],
 *   workdays: []
 * }))
 * layer.coverage // { from: "2027-01-01", to: "2027-12-31" }
 * layer.daysOff[0]?.source // "国办发明电〔2026〕9号"
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const parseNotice = (
  input: unknown,
  options?: { readonly path?: ReadonlyArray<PathSegment> }
): Result<CalendarLayer> => {
  const path = options?.path ?? []
  const value = fromText(input, path)
  if (!value.ok) return value
  const shaped = validateFile(NoticeSchema, value.value, path)
  if (!shaped.ok) return shaped
  const n = shaped.value
  const first = `${n.year - 1}-12-01`
  const last = `${n.year}-12-31`
  const issues: Array<Issue> = []
  const inYear = (date: string, p: ReadonlyArray<PathSegment>) => {
    if (date < first || date > last) issues.push(outside(p, date, n.year))
  }
  n.daysOff.forEach((d, i) => {
    inYear(d.from, [...path, "daysOff", i, "from"])
    inYear(d.to, [...path, "daysOff", i, "to"])
    if (d.to < d.from) {
      issues.push(
        codeIssue(fileCodes, "range_reversed", { path: [...path, "daysOff", i], facts: { from: d.from, to: d.to } })
      )
    }
  })
  n.workdays.forEach((w, i) => {
    inYear(w.date, [...path, "workdays", i, "date"])
  })
  if (n.signed > last) {
    issues.push(
      codeIssue(noticeCodes, "notice_signed_after_year", {
        path: [...path, "signed"],
        facts: { signed: n.signed, year: n.year }
      })
    )
  }
  if (issues.length > 0) return fail(issues)
  const source =
    n.url === undefined
      ? { id: n.notice, title: n.title, signed: n.signed }
      : { id: n.notice, title: n.title, signed: n.signed, url: n.url }
  return ok({
    id: `cn-${n.year}`,
    name: { zh: `全国 ${n.year} 年节假日`, en: `China national holidays ${n.year}` },
    level: "national",
    coverage: { from: `${n.year}-01-01`, to: last },
    sources: [source],
    daysOff: n.daysOff.map((d) => ({ from: d.from, to: d.to, name: d.name, source: n.notice })),
    workdays: n.workdays.map((w) => ({ date: w.date, name: w.name, source: n.notice }))
  })
}

/** Plain JS may pass anything: a calendar must at least be an object with a coverage, weekdays and layers. */
const isCalendarShaped = (c: unknown): boolean =>
  typeof c === "object" &&
  c !== null &&
  typeof Reflect.get(c, "coverage") === "object" &&
  Reflect.get(c, "coverage") !== null &&
  Array.isArray(Reflect.get(c, "weekdays")) &&
  Array.isArray(Reflect.get(c, "layers"))

const notCalendar = (path: ReadonlyArray<PathSegment>): Issue =>
  codeIssue(indexCodes, "calendar_invalid", { path, variant: "not_calendar" })

/**
 * A day whose working status differs between two calendars.
 *
 * @since 0.2.0
 * @category models
 */
export interface CalendarChange {
  readonly date: LocalDate
  readonly before: DayInfo
  readonly after: DayInfo
}

/**
 * The days, over the coverage both calendars share, that are a working day in
 * one and not in the other: what changed when a provisional year was
 * replaced by its notice, or a layer was added.
 *
 * @returns the changes in date order, or the calendars' own issues, or
 * `calendars_disjoint` when their coverages do not meet
 *
 * @example
 * ```ts
 * import { chinaCalendar, diffCalendars, guangxiSanyuesan, withLayers } from "@tongban/deadline"
 * import { getOrThrow } from "@tongban/core"
 *
 * const changes = getOrThrow(diffCalendars(chinaCalendar, withLayers(chinaCalendar, [guangxiSanyuesan])))
 * changes.filter((c) => c.date.startsWith("2024")).map((c) => c.date) // ["2024-04-11", "2024-04-12"]
 * ```
 *
 * @since 0.2.0
 * @category calendars
 */
export const diffCalendars = (a: WorkCalendar, b: WorkCalendar): Result<ReadonlyArray<CalendarChange>> => {
  const bad = [a, b].findIndex((c) => !isCalendarShaped(c))
  if (bad >= 0) return fail(notCalendar([bad === 0 ? "a" : "b"]))
  const ar = indexOf(a)
  const br = indexOf(b)
  if (!ar.ok) return ar
  if (!br.ok) return br
  const x = ar.value
  const y = br.value
  const from = Math.max(x.start, y.start)
  const to = Math.min(x.start + x.size, y.start + y.size) - 1
  if (to < from) {
    return fail(codeIssue(noticeCodes, "calendars_disjoint", { facts: { a: a.id, b: b.id } }))
  }
  const changes: Array<CalendarChange> = []
  for (let n = from; n <= to; n++) {
    const i = n - x.start
    const j = n - y.start
    const wa = (x.rank[i + 1] ?? 0) > (x.rank[i] ?? 0)
    const wb = (y.rank[j + 1] ?? 0) > (y.rank[j] ?? 0)
    if (wa !== wb) changes.push({ date: dateAt(x, i), before: infoAt(x, i), after: infoAt(y, j) })
  }
  return ok(changes)
}

/**
 * A case to re-read: an id, its events and its limit.
 *
 * @since 0.2.0
 * @category case clock
 */
export interface TrackedCase {
  readonly id: string
  readonly events: ReadonlyArray<CaseEvent>
  readonly limit: TimeLimit | string
}

/**
 * A case whose due date differs between two calendars; `before` or `after`
 * is absent when that calendar could not date it (outside its coverage).
 *
 * @since 0.2.0
 * @category case clock
 */
export interface MovedCase {
  readonly id: string
  readonly before?: LocalDate
  readonly after?: LocalDate
}

/**
 * The cases whose due dates move from one calendar to another: read each
 * case's clock on both (usually the provisional calendar and the same with
 * the year's notice) and keep those that differ. A case neither calendar can
 * date, or whose events are wrong, is an issue located at its index.
 *
 * @example
 * ```ts
 * import { casesMovedBy, chinaCalendar, guangxiSanyuesan, withLayers } from "@tongban/deadline"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const d = (s: string) => getOrThrow(parseLocalDate(s))
 * const cases = [
 *   { id: "A", events: [{ type: "accepted" as const, date: d("2024-04-08") }], limit: "5wd" },
 *   { id: "B", events: [{ type: "accepted" as const, date: d("2024-05-06") }], limit: "5wd" }
 * ]
 * getOrThrow(casesMovedBy(cases, chinaCalendar, withLayers(chinaCalendar, [guangxiSanyuesan]), { asOf: d("2024-05-07") })) // [{ id: "A", before: "2024-04-15", after: "2024-04-17" }]
 * ```
 *
 * @since 0.2.0
 * @category case clock
 */
export const casesMovedBy = (
  cases: ReadonlyArray<TrackedCase>,
  before: WorkCalendar,
  after: WorkCalendar,
  options: Omit<CaseClockOptions, "calendar" | "limit">
): Result<ReadonlyArray<MovedCase>> => {
  if (!Array.isArray(cases)) {
    return fail(codeIssue(noticeCodes, "cases_invalid", { path: ["cases"] }))
  }
  const bad = [before, after].findIndex((c) => !isCalendarShaped(c))
  if (bad >= 0) return fail(notCalendar([bad === 0 ? "before" : "after"]))
  const issues: Array<Issue> = []
  const moved: Array<MovedCase> = []
  cases.forEach((c, k) => {
    if (typeof c !== "object" || c === null || typeof c.id !== "string") {
      issues.push(codeIssue(noticeCodes, "cases_invalid", { path: ["cases", k], variant: "item" }))
      return
    }
    const read = (calendar: WorkCalendar) =>
      caseClock(c.events, { ...options, calendar, limit: c.limit, path: ["cases", k] })
    const a = read(before)
    const b = read(after)
    if (!a.ok && !b.ok) {
      issues.push(...b.issues)
      return
    }
    const da = a.ok ? a.value.due : undefined
    const db = b.ok ? b.value.due : undefined
    if (da === db) return
    moved.push({
      id: c.id,
      ...(da === undefined ? {} : { before: da }),
      ...(db === undefined ? {} : { after: db })
    })
  })
  return issues.length > 0 ? fail(issues) : ok(moved)
}
