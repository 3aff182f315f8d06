/**
 * 好差评 statistics: good, medium and bad rates, the share of ratings the
 * citizens gave themselves, and the rectification of bad reviews on the
 * working-day calendar of `@tongban/deadline`.
 *
 * Glossary: 好差评 = good/bad review system, 好评 = good (非常满意 + 满意),
 * 中评 = medium (基本满意), 差评 = bad (不满意 + 非常不满意), 主动评价率 =
 * active rate (ratings given by the citizen rather than by the default
 * rule), 整改 = rectification, 整改时限 = rectification limit, 按时整改率 =
 * on-time rectification rate, 回访 = follow-up, 回访率 = follow-up rate,
 * 申诉 = appeal (an upheld appeal removes the rating).
 *
 * @since 0.1.0
 */
import { fail, type Issue, type LocalDate, ok, type Result } from "@tongban/core"
import { dueDate, parseTimeLimit, type TimeLimit, type WorkCalendar } from "@tongban/deadline"
import { percentText } from "./internal/decimal.js"
import type { ScoringEvent } from "./Events.js"
import { parseEvents } from "./ReadEvents.js"
import { isEventList } from "./internal/eventLike.js"
import { parsePeriod, type Period } from "./Period.js"
import { type Level, LEVELS } from "./Rubric.js"

/**
 * Options of {@link reviewStats}.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReviewOptions {
  /** The working-day calendar of the due dates, e.g. `chinaCalendar`. */
  readonly calendar: WorkCalendar
  /** The rectification limit: `"5wd"`, `"7个工作日"`, `{ amount: 15, unit: "working_day" }`; default 5 working days. */
  readonly limit?: TimeLimit | string
  /** The levels counted as 好评; default 非常满意 and 满意. */
  readonly satisfied?: ReadonlyArray<Level>
  /** Only evaluations dated in this period (`2026-Q3`); default all. */
  readonly period?: string
  /** The day the statistics are taken: an open bad review past its due date on this day is overdue. */
  readonly asOf?: LocalDate
  /** Break the statistics down by staff member, window or department; default window. */
  readonly groupBy?: "staff" | "window" | "department"
}

/**
 * Counts and rates of one set of evaluations. Rates are percentages with
 * two decimals, rounded half away from zero, undefined when there is
 * nothing to divide by.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReviewTally {
  readonly evaluations: number
  readonly levels: Readonly<Record<Level, number>>
  readonly good: number
  readonly medium: number
  readonly bad: number
  readonly goodRate: string | undefined
  readonly mediumRate: string | undefined
  readonly badRate: string | undefined
  /** Ratings the citizen gave (not the default rule), and their share. */
  readonly active: number
  readonly activeRate: string | undefined
  /** Bad reviews rectified, rectified by the due date, followed up. */
  readonly rectified: number
  readonly rectifiedOnTime: number
  readonly followedUp: number
  /** Shares of all tracked bad reviews. */
  readonly rectifiedRate: string | undefined
  readonly onTimeRate: string | undefined
  readonly followUpRate: string | undefined
}

/**
 * One bad review and its handling.
 *
 * @since 0.1.0
 * @category models
 */
export interface BadReview {
  readonly id: string
  readonly date: LocalDate
  readonly level: Level
  readonly staff: string | undefined
  readonly window: string | undefined
  readonly due: LocalDate
  readonly rectified: LocalDate | undefined
  readonly followUp: LocalDate | undefined
  /** `on_time`, `late` (rectified after the due date), `overdue` (open past the due date on `asOf`) or `open`. */
  readonly status: "on_time" | "late" | "overdue" | "open"
}

/**
 * 好差评 statistics over all evaluations, by group, with every bad review.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReviewStats {
  readonly period: Period | undefined
  readonly limit: TimeLimit
  readonly total: ReviewTally
  readonly groups: ReadonlyArray<{ readonly id: string } & ReviewTally>
  readonly badReviews: ReadonlyArray<BadReview>
  /** Ratings removed by an upheld appeal. */
  readonly excludedByAppeal: number
  /** Bad reviews without an id, whose handling cannot be followed. */
  readonly untracked: number
}

interface Counter {
  evaluations: number
  levels: Record<Level, number>
  active: number
  tracked: number
  rectified: number
  onTime: number
  followedUp: number
}

const newCounter = (): Counter => ({
  evaluations: 0,
  levels: { very_satisfied: 0, satisfied: 0, basically_satisfied: 0, dissatisfied: 0, very_dissatisfied: 0 },
  active: 0,
  tracked: 0,
  rectified: 0,
  onTime: 0,
  followedUp: 0
})

const BAD: ReadonlyArray<Level> = ["dissatisfied", "very_dissatisfied"]

const tally = (c: Counter, satisfied: ReadonlySet<Level>): ReviewTally => {
  let good = 0
  let bad = 0
  for (const l of LEVELS) {
    if (satisfied.has(l)) good += c.levels[l]
    else if (BAD.includes(l)) bad += c.levels[l]
  }
  const medium = c.evaluations - good - bad
  return {
    evaluations: c.evaluations,
    levels: { ...c.levels },
    good,
    medium,
    bad,
    goodRate: percentText(good, c.evaluations),
    mediumRate: percentText(medium, c.evaluations),
    badRate: percentText(bad, c.evaluations),
    active: c.active,
    activeRate: percentText(c.active, c.evaluations),
    rectified: c.rectified,
    rectifiedOnTime: c.onTime,
    followedUp: c.followedUp,
    rectifiedRate: percentText(c.rectified, c.tracked),
    onTimeRate: percentText(c.onTime, c.tracked),
    followUpRate: percentText(c.followedUp, c.tracked)
  }
}

/**
 * 好差评 statistics: 好评, 中评 and 差评 rates (the satisfied set is
 * configurable; 差评 is 不满意 and 非常不满意 unless counted as satisfied),
 * the 主动评价率, and for each bad review its rectification due date (from
 * `@tongban/deadline`: the start day is not counted), whether it was
 * rectified on time and followed up. A rating with an upheld appeal is left
 * out of every figure. A date outside the calendar's coverage is an issue
 * (`calendar_out_of_coverage`), never a guess.
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { chinaCalendar } from "@tongban/deadline"
 * import { parseEvents, reviewStats } from "@tongban/scoring"
 *
 * const events = getOrThrow(parseEvents([
 *   { kind: "evaluation", date: "2026-09-28", window: "w1", level: "满意", id: "e1" },
 *   { kind: "evaluation", date: "2026-09-29", window: "w1", level: "不满意", id: "e2" },
 *   { kind: "rectification", date: "2026-10-09", ref: "e2" }
 * ]))
 * const s = getOrThrow(reviewStats(events, { calendar: chinaCalendar, limit: "5wd" }))
 * s.total.badRate // "50.00"
 * s.badReviews[0]?.due // "2026-10-12"
 * s.badReviews[0]?.status // "on_time"
 * ```
 *
 * @since 0.1.0
 * @category statistics
 */
export const reviewStats = (events: ReadonlyArray<ScoringEvent>, options: ReviewOptions): Result<ReviewStats> => {
  // From plain JavaScript: not a list of events is what parseEvents reports (or an events file it reads).
  if (!isEventList(events)) {
    const list = parseEvents(events)
    return list.ok ? reviewStats(list.value, options) : list
  }
  const limitR = parseTimeLimit(options?.limit ?? "5wd", { path: ["limit"] })
  if (!limitR.ok) return limitR
  const limit = limitR.value
  let period: Period | undefined
  if (options?.period !== undefined) {
    const p = parsePeriod(options.period, { path: ["period"] })
    if (!p.ok) return p
    period = p.value
  }
  const satisfied: ReadonlySet<Level> = new Set(options?.satisfied ?? ["very_satisfied", "satisfied"])
  const groupBy = options?.groupBy ?? "window"
  const appealed = new Set<string>()
  const rectifiedOn = new Map<string, LocalDate>()
  const followedOn = new Map<string, LocalDate>()
  for (const e of events) {
    if (e.ref === undefined) continue
    if (e.kind === "appeal" && e.code === "upheld") appealed.add(e.ref)
    else if (e.kind === "rectification") {
      const d = rectifiedOn.get(e.ref)
      if (d === undefined || e.date < d) rectifiedOn.set(e.ref, e.date)
    } else if (e.kind === "follow_up") {
      const d = followedOn.get(e.ref)
      if (d === undefined || e.date < d) followedOn.set(e.ref, e.date)
    }
  }
  const total = newCounter()
  const groups = new Map<string, Counter>()
  const badReviews: Array<BadReview> = []
  const issues: Array<Issue> = []
  let excluded = 0
  let untracked = 0
  events.forEach((e, i) => {
    if (e.kind !== "evaluation" || e.level === undefined) return
    if (period !== undefined && (e.date < period.from || e.date > period.to)) return
    if (e.id !== undefined && appealed.has(e.id)) {
      excluded++
      return
    }
    const key = groupBy === "staff" ? e.staff : groupBy === "window" ? e.window : e.department
    let g: Counter | undefined
    if (key !== undefined) {
      g = groups.get(key) ?? newCounter()
      groups.set(key, g)
    }
    const counters = g === undefined ? [total] : [total, g]
    for (const c of counters) {
      c.evaluations++
      c.levels[e.level]++
      if (e.active !== false) c.active++
    }
    if (satisfied.has(e.level) || !BAD.includes(e.level)) return
    if (e.id === undefined) {
      untracked++
      return
    }
    const due = dueDate(e.date, limit, { calendar: options?.calendar, path: ["events", i, "date"] })
    if (!due.ok) {
      if (issues.length < 100) issues.push(...due.issues)
      return
    }
    const rectified = rectifiedOn.get(e.id)
    const followUp = followedOn.get(e.id)
    const status: BadReview["status"] =
      rectified !== undefined
        ? rectified <= due.value
          ? "on_time"
          : "late"
        : options?.asOf !== undefined && options.asOf > due.value
          ? "overdue"
          : "open"
    for (const c of counters) {
      c.tracked++
      if (rectified !== undefined) c.rectified++
      if (status === "on_time") c.onTime++
      if (followUp !== undefined) c.followedUp++
    }
    badReviews.push({
      id: e.id,
      date: e.date,
      level: e.level,
      staff: e.staff,
      window: e.window,
      due: due.value,
      rectified,
      followUp,
      status
    })
  })
  if (issues.length > 0) return fail(issues)
  return ok({
    period,
    limit,
    total: tally(total, satisfied),
    groups: [...groups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, c]) => ({ id, ...tally(c, satisfied) })),
    badReviews: badReviews.sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
    ),
    excludedByAppeal: excluded,
    untracked
  })
}
