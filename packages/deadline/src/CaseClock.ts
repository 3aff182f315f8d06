/**
 * The case clock: from a case's events and an as-of date, its due date,
 * elapsed and remaining days, the periods not counted, a warning level and a
 * trace naming every day skipped and why.
 *
 * Glossary: 收件 = receipt (received), 补正告知 = notice to supplement
 * materials, 受理 = acceptance, 中止 / 暂停计时 = suspension, 恢复 =
 * resumption, 延长 = extension, 办结 = conclusion, 黄牌 / 红牌 = yellow /
 * red warning, 超期 = overdue, 预警 = warning.
 *
 * @since 0.1.0
 */
import {
  type CodeSpecs,
  codeIssue,
  type Failure,
  fail,
  type Issue,
  type LocalDate,
  type Message,
  ok,
  type PathSegment,
  type Result,
  validate
} from "@tongban/core"
import * as z from "zod"
import {
  type CalendarIndex,
  coverageIssue,
  dateAt,
  dayNumberOfText,
  indexOf,
  isProjected,
  offsetOf
} from "./internal/calendarIndex.js"
import { infoAt } from "./internal/dayInfo.js"
import { dueDate, type StartRule } from "./Period.js"
import { formatTimeLimit, parseTimeLimit, type TimeLimit, TimeLimitSchema } from "./TimeLimit.js"
import type { CalendarOptions } from "./WorkingDays.js"

/**
 * Why a case's clock is suspended. The first eight are the procedures of
 * 行政许可法 art. 45; `supplement` is a request for more materials after
 * acceptance.
 *
 * @since 0.1.0
 * @category case clock
 */
export type SuspensionReason =
  | "hearing"
  | "tender"
  | "auction"
  | "inspection"
  | "testing"
  | "quarantine"
  | "appraisal"
  | "expert_review"
  | "supplement"
  | "other"

/**
 * The names of the suspension reasons.
 *
 * @example
 * ```ts
 * import { SUSPENSION_REASONS } from "@tongban/deadline"
 *
 * SUSPENSION_REASONS.inspection.zh // "检验"
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const SUSPENSION_REASONS: Readonly<Record<SuspensionReason, Message>> = {
  hearing: { zh: "听证", en: "hearing" },
  tender: { zh: "招标", en: "tender" },
  auction: { zh: "拍卖", en: "auction" },
  inspection: { zh: "检验", en: "inspection" },
  testing: { zh: "检测", en: "testing" },
  quarantine: { zh: "检疫", en: "quarantine" },
  appraisal: { zh: "鉴定", en: "appraisal" },
  expert_review: { zh: "专家评审", en: "expert review" },
  supplement: { zh: "补正材料", en: "supplementing materials" },
  other: { zh: "其他法定事由", en: "other statutory reason" }
}

/**
 * One event in the life of a case.
 *
 * @since 0.1.0
 * @category case clock
 */
export type CaseEvent =
  | { readonly type: "received"; readonly date: LocalDate }
  | { readonly type: "supplement_requested"; readonly date: LocalDate }
  | { readonly type: "accepted"; readonly date: LocalDate }
  | { readonly type: "suspended"; readonly date: LocalDate; readonly reason: SuspensionReason; readonly note?: string }
  | { readonly type: "resumed"; readonly date: LocalDate }
  | { readonly type: "extended"; readonly date: LocalDate; readonly by: TimeLimit; readonly approvedBy: string }
  | { readonly type: "concluded"; readonly date: LocalDate }

/**
 * When a warning starts: when at most `remainingDays` days of the limit are
 * left, or at most `remainingShare` (0–1) of it.
 *
 * @since 0.1.0
 * @category case clock
 */
export type Threshold = { readonly remainingDays: number } | { readonly remainingShare: number }

/**
 * The yellow and red warning thresholds.
 *
 * @since 0.1.0
 * @category case clock
 */
export interface WarningThresholds {
  readonly yellow: Threshold
  readonly red: Threshold
}

/**
 * Default thresholds: yellow with 3 days left, red with 1 day left (the due
 * day itself).
 *
 * @example
 * ```ts
 * import { DEFAULT_WARNINGS } from "@tongban/deadline"
 *
 * DEFAULT_WARNINGS.red // { remainingDays: 1 }
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_WARNINGS: WarningThresholds = { yellow: { remainingDays: 3 }, red: { remainingDays: 1 } }

/**
 * A warning level: 正常 / 黄牌 / 红牌 / 超期.
 *
 * @since 0.1.0
 * @category case clock
 */
export type WarningLevel = "normal" | "yellow" | "red" | "overdue"

/**
 * Options of {@link caseClock}.
 *
 * @since 0.1.0
 * @category case clock
 */
export interface CaseClockOptions extends CalendarOptions {
  /** The limit from acceptance, before extensions: a time limit, or its text as `parseTimeLimit` reads it (`"20wd"`, `"20个工作日"`). */
  readonly limit: TimeLimit | string
  /** The day the clock is read ("today"). */
  readonly asOf: LocalDate
  readonly warnings?: WarningThresholds
  readonly startRule?: StartRule
  /** The limit for telling the applicant what to supplement (行政许可法 art. 32: 5 working days). */
  readonly supplementNoticeLimit?: TimeLimit
}

/**
 * A period the clock did not count.
 *
 * @since 0.1.0
 * @category case clock
 */
export interface ExcludedPeriod {
  /** The day the clock stopped (itself counted). */
  readonly suspended: LocalDate
  /** The day the clock restarted from (itself not counted), or the as-of date while still suspended. */
  readonly resumed: LocalDate
  readonly reason: SuspensionReason
  readonly open: boolean
  /** Days of the limit's unit not counted. */
  readonly days: number
}

/**
 * One line of a case clock's trace.
 *
 * @since 0.1.0
 * @category case clock
 */
export interface TraceStep {
  readonly date: LocalDate
  readonly kind: "event" | "skipped" | "excluded" | "due" | "rule"
  readonly message: Message
  readonly source?: string
  /** Present on a projected day (after the calendar's `announcedThrough`). */
  readonly provisional?: true
}

/**
 * A case clock read on a day.
 *
 * @since 0.1.0
 * @category case clock
 */
export interface CaseClock {
  readonly status: "running" | "suspended" | "concluded" | "awaiting_supplement"
  /** The day the limit runs from (acceptance, or receipt under art. 32). */
  readonly start?: LocalDate
  /** The limit with its extensions. */
  readonly limit: TimeLimit
  readonly due?: LocalDate
  /** Days of the limit used up to the as-of (or conclusion) date. */
  readonly elapsed: number
  /** Days left after the as-of (or conclusion) date up to the due date; negative when overdue. */
  readonly remaining?: number
  readonly level: WarningLevel
  readonly excluded: ReadonlyArray<ExcludedPeriod>
  readonly trace: ReadonlyArray<TraceStep>
  /**
   * Present when the clock rests on a projected day (its due date or the
   * as-of date after the calendar's `announcedThrough`): an estimate until the
   * notice for that year is out. The projected days are marked in the trace.
   */
  readonly provisional?: true
}

const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const ReasonSchema = z.enum([
  "hearing",
  "tender",
  "auction",
  "inspection",
  "testing",
  "quarantine",
  "appraisal",
  "expert_review",
  "supplement",
  "other"
])

/**
 * The zod schema of a case event, for events read from JSON.
 *
 * @example
 * ```ts
 * import { CaseEventSchema } from "@tongban/deadline"
 *
 * CaseEventSchema.safeParse({ type: "suspended", date: "2024-10-09", reason: "inspection" }).success // true
 * CaseEventSchema.safeParse({ type: "paused", date: "2024-10-09" }).success // false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const CaseEventSchema: z.ZodType<{ readonly type: CaseEvent["type"]; readonly date: string }> =
  z.discriminatedUnion("type", [
    z.object({ type: z.literal("received"), date: DateSchema }).strict(),
    z.object({ type: z.literal("supplement_requested"), date: DateSchema }).strict(),
    z.object({ type: z.literal("accepted"), date: DateSchema }).strict(),
    z
      .object({
        type: z.literal("suspended"),
        date: DateSchema,
        reason: ReasonSchema,
        note: z.string().max(500).exactOptional()
      })
      .strict(),
    z.object({ type: z.literal("resumed"), date: DateSchema }).strict(),
    z
      .object({
        type: z.literal("extended"),
        date: DateSchema,
        by: TimeLimitSchema,
        approvedBy: z.string().min(1).max(200)
      })
      .strict(),
    z.object({ type: z.literal("concluded"), date: DateSchema }).strict()
  ])

const EVENT_NAMES: Readonly<Record<CaseEvent["type"], Message>> = {
  received: { zh: "收到申请材料", en: "application received" },
  supplement_requested: { zh: "一次性告知补正材料", en: "applicant told what to supplement" },
  accepted: { zh: "受理", en: "accepted" },
  suspended: { zh: "暂停计时", en: "clock suspended" },
  resumed: { zh: "恢复计时", en: "clock resumed" },
  extended: { zh: "延长期限", en: "limit extended" },
  concluded: { zh: "办结", en: "concluded" }
}

/** The codes of case clocks (the coverage codes are the index's). */
export const caseClockCodes = {
  case_started_after_as_of: {
    message: {
      zh: "收件或受理日 {date} 晚于读取日 {asOf}：尚未收件或受理的案件没有计时",
      en: "the case is received or accepted on {date}, after the as-of date {asOf}: a case not yet received or accepted has no clock"
    },
    facts: { type: "string", date: "string", asOf: "string" }
  },
  case_event_after_conclusion: {
    message: { zh: "办结之后不能再有事件", en: "no event may follow the conclusion" },
    facts: { type: "string", date: "string" }
  },
  case_already_suspended: {
    message: { zh: "计时已暂停，不能再次暂停", en: "the clock is already suspended" },
    facts: { date: "string" }
  },
  case_not_suspended: {
    message: { zh: "计时未暂停，无法恢复", en: "the clock is not suspended" },
    facts: { date: "string" }
  },
  extension_unit_mismatch: {
    message: {
      zh: "延长期限须与时限同为工作日或同为自然日（按月、年计算的时限不能按此延长）",
      en: "an extension must be in working days for a working-day limit, in days or hours for a day or hour limit (month and year limits cannot be extended this way)"
    },
    facts: { unit: "string", limitUnit: "string" }
  },
  case_not_started: {
    message: { zh: "事件中没有收件或受理", en: "the events have neither a receipt nor an acceptance" }
  }
} as const satisfies CodeSpecs

interface Counter {
  readonly working: boolean
  /** Counted days in (a, b]. */
  readonly between: (a: number, b: number) => number
  /** The offset t > p with between(p, t) = n, n ≥ 1; undefined beyond coverage. */
  readonly find: (p: number, n: number) => number | undefined
}

const counterOf = (ix: CalendarIndex, working: boolean): Counter =>
  working
    ? {
        working,
        between: (a, b) => (ix.rank[b + 1] ?? 0) - (ix.rank[a + 1] ?? 0),
        find: (p, n) => ix.work[(ix.rank[p + 1] ?? 0) + n - 1]
      }
    : { working, between: (a, b) => b - a, find: (p, n) => (p + n < ix.size ? p + n : undefined) }

const isWork = (ix: CalendarIndex, i: number): boolean => (ix.rank[i + 1] ?? 0) > (ix.rank[i] ?? 0)

const matches = (t: Threshold, remaining: number, total: number): boolean =>
  "remainingDays" in t ? remaining <= t.remainingDays : total > 0 && remaining / total <= t.remainingShare

/**
 * Reads a case's clock on `asOf`: the day it runs from (acceptance; or
 * receipt, when the applicant was not told within the art. 32 limit what to
 * supplement), its due date with extensions and without the suspended
 * periods, the days elapsed and remaining, the warning level, and a trace of
 * every event and every day skipped, with the reason.
 *
 * Suspension: the day of suspension counts; the days after it up to and
 * including the day of resumption do not (the clock restarts the day after,
 * as on acceptance, 民法典 art. 201). Extensions must use the limit's unit.
 *
 * @example
 * ```ts
 * import { caseClock, chinaCalendar } from "@tongban/deadline"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const d = (s: string) => getOrThrow(parseLocalDate(s))
 * const clock = getOrThrow(caseClock(
 *   [
 *     { type: "accepted", date: d("2024-09-27") },
 *     { type: "suspended", date: d("2024-10-09"), reason: "inspection" },
 *     { type: "resumed", date: d("2024-10-11") }
 *   ],
 *   { calendar: chinaCalendar, limit: { amount: 20, unit: "working_day" }, asOf: d("2024-10-28") }
 * ))
 * clock.due // "2024-11-01"
 * clock.remaining // 4
 * clock.level // "normal"
 * ```
 *
 * @since 0.1.0
 * @category case clock
 */
export const caseClock = (events: ReadonlyArray<CaseEvent>, options: CaseClockOptions): Result<CaseClock> => {
  const path = Array.isArray(options?.path) ? options.path : []
  const ixr = indexOf(options?.calendar)
  if (!ixr.ok) return ixr
  const ix = ixr.value
  const checked = validate(z.array(CaseEventSchema).max(10_000), events, { path: [...path, "events"] })
  if (!checked.ok) return checked
  const limitOk =
    typeof options.limit === "string"
      ? parseTimeLimit(options.limit, { path: [...path, "limit"] })
      : validate(TimeLimitSchema, options.limit, { path: [...path, "limit"] })
  if (!limitOk.ok) return limitOk
  const issues: Array<Issue> = []
  const at = (date: unknown, p: ReadonlyArray<PathSegment>): number => {
    const i = offsetOf(ix, date, p)
    if (typeof i === "number") return i
    issues.push(i)
    return -1
  }
  const asOf = at(options.asOf, [...path, "asOf"])
  const offsets = events.map((e, k) => at(e.date, [...path, "events", k, "date"]))
  if (issues.length > 0) return fail(issues)
  // A case read before it was received or accepted has no clock yet.
  offsets.forEach((i, k) => {
    const type = events[k]?.type
    if (i <= asOf || (type !== "received" && type !== "accepted")) return
    issues.push(
      codeIssue(caseClockCodes, "case_started_after_as_of", {
        path: [...path, "events", k, "date"],
        facts: { type: String(events[k]?.type), date: String(events[k]?.date), asOf: String(options.asOf) }
      })
    )
  })
  if (issues.length > 0) return fail(issues)
  const order = events.map((_, k) => k).sort((a, b) => (offsets[a] ?? 0) - (offsets[b] ?? 0) || a - b)

  const limit = limitOk.value
  const working = limit.unit === "working_day"
  const counter = counterOf(ix, working)
  const trace: Array<TraceStep> = []
  const step = (i: number, kind: TraceStep["kind"], message: Message, source?: string): void => {
    const s: TraceStep =
      source === undefined ? { date: dateAt(ix, i), kind, message } : { date: dateAt(ix, i), kind, message, source }
    trace.push(isProjected(ix, i) ? { ...s, provisional: true } : s)
  }

  let received: number | undefined
  let supplement: number | undefined
  let accepted: number | undefined
  let concluded: number | undefined
  const suspensions: Array<{ s: number; r: number | undefined; reason: SuspensionReason }> = []
  let extra = 0
  for (const k of order) {
    const e = events[k]
    const i = offsets[k] ?? 0
    if (e === undefined) continue
    const p = [...path, "events", k]
    if (concluded !== undefined) {
      issues.push(
        codeIssue(caseClockCodes, "case_event_after_conclusion", { path: p, facts: { type: e.type, date: e.date } })
      )
      continue
    }
    const open = suspensions.length > 0 && suspensions[suspensions.length - 1]?.r === undefined
    let note = EVENT_NAMES[e.type]
    switch (e.type) {
      case "received":
        received = i
        break
      case "supplement_requested":
        supplement = i
        break
      case "accepted":
        accepted = i
        break
      case "suspended":
        if (open) {
          issues.push(codeIssue(caseClockCodes, "case_already_suspended", { path: p, facts: { date: e.date } }))
          continue
        }
        suspensions.push({ s: i, r: undefined, reason: e.reason })
        note = {
          zh: `暂停计时：${SUSPENSION_REASONS[e.reason].zh}`,
          en: `clock suspended: ${SUSPENSION_REASONS[e.reason].en}`
        }
        break
      case "resumed": {
        const last = suspensions[suspensions.length - 1]
        if (!open || last === undefined) {
          issues.push(codeIssue(caseClockCodes, "case_not_suspended", { path: p, facts: { date: e.date } }))
          continue
        }
        last.r = i
        break
      }
      case "extended": {
        const days = (u: TimeLimit["unit"]): boolean => u === "natural_day" || u === "hour"
        const same = (working && e.by.unit === "working_day") || (days(limit.unit) && days(e.by.unit))
        if (!same) {
          issues.push(
            codeIssue(caseClockCodes, "extension_unit_mismatch", {
              path: [...p, "by"],
              facts: { unit: e.by.unit, limitUnit: limit.unit }
            })
          )
          continue
        }
        extra += e.by.unit === "hour" ? Math.ceil(e.by.amount / 24) : e.by.amount
        note = {
          zh: `延长${formatTimeLimit(e.by, "zh")}（${e.approvedBy}批准）`,
          en: `extended by ${formatTimeLimit(e.by, "en")} (approved by ${e.approvedBy})`
        }
        break
      }
      case "concluded":
        concluded = i
        break
    }
    step(i, "event", note)
  }
  if (issues.length > 0) return fail(issues)

  // The day the limit runs from: acceptance, or receipt under 行政许可法 art. 32.
  let start = accepted
  if (received !== undefined && supplement !== undefined) {
    const noticeLimit = options.supplementNoticeLimit ?? { amount: 5, unit: "working_day" }
    const noticeDue = dueDate(dateAt(ix, received), noticeLimit, { calendar: options.calendar })
    if (noticeDue.ok && supplement > dayNumberOfText(noticeDue.value) - ix.start) {
      start = received
      step(supplement, "rule", {
        zh: `补正告知晚于 ${noticeDue.value}（收件后${formatTimeLimit(noticeLimit, "zh")}），自收到申请材料之日起即为受理（行政许可法第三十二条）`,
        en: `the supplement notice came after ${noticeDue.value} (${formatTimeLimit(noticeLimit, "en")} from receipt), so the application counts as accepted on receipt (Administrative Licensing Law art. 32)`
      })
    }
  } else if (start === undefined && received !== undefined) {
    start = received
  }
  const totalBase = limit.unit === "hour" ? Math.ceil(limit.amount / 24) : limit.amount
  const total = totalBase + extra
  const totalLimit: TimeLimit =
    limit.unit === "hour"
      ? { amount: limit.amount + extra * 24, unit: "hour" }
      : { amount: limit.amount + extra, unit: limit.unit }
  if (start === undefined) {
    if (supplement !== undefined) {
      return ok({ status: "awaiting_supplement", limit: totalLimit, elapsed: 0, level: "normal", excluded: [], trace })
    }
    return fail(codeIssue(caseClockCodes, "case_not_started", { path: [...path, "events"] }))
  }
  const s0 = start
  const startRule = options.startRule ?? "next_day"
  const origin = startRule === "same_day" ? s0 - 1 : s0

  const end = Math.min(asOf, concluded ?? asOf)
  const periods = suspensions
    .map((x) => ({ s: Math.max(x.s, origin), r: x.r ?? end, open: x.r === undefined, reason: x.reason }))
    .filter((x) => x.r > x.s)
  const suspendedTotal = periods.reduce((sum, x) => sum + counter.between(x.s, Math.min(x.r, end)), 0)
  const elapsed = end > origin ? counter.between(origin, end) - suspendedTotal : 0
  // Beyond the coverage: the issue still says what is known, the days used so far.
  const beyondCoverage = (): Failure =>
    fail(
      coverageIssue(ix, dateAt(ix, s0), [...path, "limit"], "forward", {
        asOf: dateAt(ix, end),
        elapsed,
        limit: formatTimeLimit(totalLimit, "en")
      })
    )

  // Months and years become natural days on the calendar (民法典 art. 202).
  let n = total
  if (limit.unit === "month" || limit.unit === "year") {
    const nominal = dueDate(
      dateAt(ix, s0),
      { amount: limit.amount, unit: limit.unit },
      { calendar: options.calendar, startRule }
    )
    if (!nominal.ok)
      return nominal.issues.some((i) => i.code === "calendar_out_of_coverage") ? beyondCoverage() : nominal
    n = dayNumberOfText(nominal.value) - ix.start - origin
  }

  // Due date: count n days after the origin, skipping each suspended period.
  let p = origin
  let left = n
  for (const x of periods) {
    if (x.s < p) {
      p = Math.max(p, x.r)
      continue
    }
    const avail = counter.between(p, x.s)
    if (left <= avail) break
    left -= avail
    p = x.r
  }
  let due: number | undefined = left === 0 ? Math.max(p, s0) : counter.find(p, left)
  if (due === undefined || due >= ix.size) return beyondCoverage()
  if (!working && n > 0 && !isWork(ix, due)) {
    const nominalEnd = due
    const next = ix.work[ix.rank[due] ?? 0]
    if (next === undefined) return beyondCoverage()
    due = next
    step(nominalEnd, "rule", {
      zh: `期间最后一日 ${dateAt(ix, nominalEnd)} 为休息日，顺延至 ${dateAt(ix, due)}（民法典第二百零三条）`,
      en: `the last day ${dateAt(ix, nominalEnd)} is a rest day, so the period ends on ${dateAt(ix, due)} (Civil Code art. 203)`
    })
  }
  const dueAt = due

  // Every day from the origin to the due date (or to the end, if later) that is not counted, and why.
  const excluded: Array<ExcludedPeriod> = periods.map((x) => ({
    suspended: dateAt(ix, x.s),
    resumed: dateAt(ix, x.r),
    reason: x.reason,
    open: x.open,
    days: counter.between(x.s, x.r)
  }))
  const last = Math.max(dueAt, end)
  for (let k = origin + 1; k <= last; k++) {
    const x = periods.find((q) => k > q.s && k <= q.r)
    if (x !== undefined) {
      if (!working || isWork(ix, k)) {
        step(k, "excluded", {
          zh: `不计入：${SUSPENSION_REASONS[x.reason].zh}期间`,
          en: `not counted: ${SUSPENSION_REASONS[x.reason].en}`
        })
      }
    } else if (working && !isWork(ix, k)) {
      const info = infoAt(ix, k)
      step(k, "skipped", info.reason, info.source)
    }
  }
  step(dueAt, "due", {
    zh: `到期日（${formatTimeLimit(totalLimit, "zh")}）`,
    en: `due (${formatTimeLimit(totalLimit, "en")})`
  })
  trace.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))

  const remaining = end <= dueAt ? counter.between(end, dueAt) : -counter.between(dueAt, end)
  const thresholds = options.warnings ?? DEFAULT_WARNINGS
  const level: WarningLevel =
    end > dueAt
      ? "overdue"
      : concluded !== undefined
        ? "normal"
        : matches(thresholds.red, remaining, n)
          ? "red"
          : matches(thresholds.yellow, remaining, n)
            ? "yellow"
            : "normal"
  const status = concluded !== undefined ? "concluded" : periods.some((x) => x.open) ? "suspended" : "running"
  const clock: CaseClock = {
    status,
    start: dateAt(ix, s0),
    limit: totalLimit,
    due: dateAt(ix, dueAt),
    elapsed,
    remaining,
    level,
    excluded,
    trace
  }
  return ok(Math.max(dueAt, end) > ix.announced ? { ...clock, provisional: true } : clock)
}
