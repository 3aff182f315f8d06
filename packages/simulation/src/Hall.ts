/**
 * The hall simulation: cases arrive, take a ticket, wait for a window with
 * the right skill, are accepted (or decided on the spot), come back when
 * their materials are incomplete, and go through their back-office approval
 * flow, department by department, with reviewers as limited resources.
 *
 * Time runs on the working clock: minutes while the hall is open, so a
 * working day is `dayMinutes` long and nights, weekends and holidays take no
 * simulated time. With a start date and a calendar from `@tongban/deadline`,
 * day indices become dates and each case gets its statutory and promised
 * due dates.
 *
 * Glossary: 取号 = ticket, 窗口 = window, 受理 = acceptance, 即办 = decided at
 * the window, 补正 = return visit with missing materials, 跑动次数 = trips,
 * 办结 = concluded, 弃号 = reneged, 并联审批 = parallel approval, 排他网关 =
 * exclusive gateway, 按时办结率 = on-time rate.
 *
 * The work is split by concern: `internal/plan.ts` (flows and arrivals),
 * `internal/columns.ts` (typed-array columns), `internal/loop.ts` (the event
 * loop, kept whole for speed), `internal/judge.ts` (dates and due dates) and
 * `Results.ts` (the result types).
 *
 * @since 0.1.0
 */
import { fail, type Issue, type LocalDate, ok, type Result } from "@tongban/core"
import { invalid, modelIssues, simulateOptionIssues } from "./internal/guard.js"
import { judgeCases } from "./internal/judge.js"
import { simulationCodes } from "./IssueCodes.js"
import { MAX_EVENTS, type PeriodColumns, runLoop } from "./internal/loop.js"
import { clockMinutes, clockSecond, firstWorkingDay, planArrivals } from "./internal/plan.js"
import type { Model } from "./Model.js"
import { makeRandom } from "./Random.js"
import type { PeriodUse, RunSummary, SimulateOptions, SimulationResult } from "./Results.js"
import { freezeSummary } from "./Summary.js"

/**
 * The clock time (HH:MM) of a working minute within its day, given the
 * model's opening hours.
 *
 * @example
 * ```ts
 * import { clockTime } from "@tongban/simulation"
 *
 * const hours = [{ from: "09:00", to: "12:00" }, { from: "13:30", to: "17:30" }]
 * clockTime(200, hours) // "13:50"
 * clockTime(420 + 30, hours) // "09:30"
 * ```
 *
 * @since 0.1.0
 * @category formatting
 */
export const clockTime = (
  minute: number,
  openingHours: ReadonlyArray<{ readonly from: string; readonly to: string }>
): string => {
  let length = 0
  for (const h of openingHours) length += clockMinutes(h.to) - clockMinutes(h.from)
  const within = length > 0 ? minute - Math.floor(minute / length) * length : 0
  const total = Math.floor(clockSecond(within, openingHours) / 60)
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`
}

const emptyPeriod: PeriodUse = {
  tickets: 0,
  waitMinutes: 0,
  waitedLonger: 0,
  reneged: 0,
  queueSum: 0,
  queueSamples: 0
}

// Monday = 0 … Sunday = 6, from the date's digits (no host time zone).
const weekdayOf = (date: LocalDate): number => {
  const day = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))))
  return (day.getUTCDay() + 6) % 7
}

// Folds the loop's (working day × hour) sums into clock hours and, with dates, weekdays.
const periodUse = (
  p: PeriodColumns,
  dates: ReadonlyArray<LocalDate>
): { readonly hours: ReadonlyArray<PeriodUse>; readonly weekdays: ReadonlyArray<PeriodUse> } => {
  const hours: Array<PeriodUse> = Array.from({ length: 24 }, () => emptyPeriod)
  const weekdays: Array<PeriodUse> = Array.from({ length: 7 }, () => emptyPeriod)
  const add = (into: Array<PeriodUse>, i: number, b: number): void => {
    const a = into[i] ?? emptyPeriod
    into[i] = {
      tickets: a.tickets + (p.tickets[b] ?? 0),
      waitMinutes: a.waitMinutes + (p.wait[b] ?? 0),
      waitedLonger: a.waitedLonger + (p.over[b] ?? 0),
      reneged: a.reneged + (p.reneged[b] ?? 0),
      queueSum: a.queueSum + (p.queue[b] ?? 0),
      queueSamples: a.queueSamples + (p.samples[b] ?? 0)
    }
  }
  for (let b = 0; b < p.tickets.length; b++) {
    if ((p.tickets[b] ?? 0) === 0 && (p.samples[b] ?? 0) === 0) continue
    add(hours, b % 24, b)
    const date = dates[Math.floor(b / 24)]
    if (date !== undefined) add(weekdays, weekdayOf(date), b)
  }
  return { hours, weekdays }
}

/**
 * Runs one seeded simulation of a hall model. The failures: a date outside
 * the calendar's coverage (`calendar_out_of_coverage`, from
 * `@tongban/deadline`) when the model has a `start` and a calendar is given,
 * and `argument_invalid` when the arguments are not a model from
 * {@link parseModel} and options with a numeric seed (from plain JavaScript
 * anything can arrive; nothing throws).
 *
 * @param model - a model from {@link parseModel}
 * @param options - the seed, an optional calendar, and what to keep
 * @returns the run's summary, case records and event log
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { parseModel, simulate } from "@tongban/simulation"
 *
 * const model = getOrThrow(parseModel({
 *   departments: [{ id: "market", reviewers: 4 }],
 *   windows: [{ id: "general", count: 2 }],
 *   services: [{ id: "licence", department: "market", arrivals: { perDay: 30 }, windowMinutes: { type: "exponential", mean: 10 } }]
 * }))
 * const run = getOrThrow(simulate(model, { seed: 1 }))
 * run.summary.cases // 37
 * run.cases.length // 37
 * run.summary.completed // 37
 * run.cases[0]?.trips // 1
 * ```
 *
 * @since 0.1.0
 * @category simulation
 */
export const simulate = (model: Model, options: SimulateOptions): Result<SimulationResult> => {
  // From plain JavaScript anything can arrive: a located issue, never a TypeError.
  const wrong = [...modelIssues(model, ["model"]), ...simulateOptionIssues(options)]
  if (wrong.length > 0) return fail(wrong)
  try {
    return run(model, options)
  } catch {
    // Deeper than the guard reads (a distribution's or a flow's inside): not a model parseModel made.
    return fail([invalid("model", ["model"], "model")])
  }
}

const run = (model: Model, options: SimulateOptions): Result<SimulationResult> => {
  const D = model.dayMinutes
  const H = model.days * D
  // A pool's working days: up to the end of the last day it was busy, at least the arrival period.
  const span = (lastBusy: number): number => Math.max(H, D > 0 ? Math.ceil(lastBusy / D - 1e-9) * D : 0)
  const seed = options.seed
  const calendar = options.calendar
  // The streams keep their historical numbers, so a seed gives the same run as before.
  const rngArrival = makeRandom(seed, 0)
  const streams = {
    choice: makeRandom(seed, 1),
    window: makeRandom(seed, 2),
    office: makeRandom(seed, 3),
    patience: makeRandom(seed, 4),
    materials: makeRandom(seed, 5),
    ret: makeRandom(seed, 6)
  }
  const first = firstWorkingDay(model, calendar)
  if (!first.ok) return first
  const day0 = first.value
  const arrivals = planArrivals(model, day0, calendar, rngArrival)
  if (!arrivals.ok) return arrivals
  const loop = runLoop(model, arrivals.value.next, arrivals.value.expected, streams, options.eventLog ?? false)
  const judged = judgeCases(model, loop, day0, calendar, options.keepCases ?? true)
  const issues: Array<Issue> = [...judged.issues]
  if (loop.events >= MAX_EVENTS) {
    issues.push(
      simulationCodes.issue("simulation_event_limit", { path: [], facts: { events: loop.events, limit: MAX_EVENTS } })
    )
  }
  if (issues.length > 0) return fail(issues)
  const summary: RunSummary = {
    runs: 1,
    cases: loop.cases.count,
    completed: loop.completed,
    reneged: loop.reneged,
    online: loop.online,
    returns: loop.returns,
    atWindow: loop.atWindow,
    wait: freezeSummary(loop.wait),
    cycleDays: freezeSummary(loop.cycle),
    trips: freezeSummary(loop.trips),
    statutory: judged.statutory,
    promised: judged.promised,
    windows: model.windows.map((g, i) => ({
      id: g.id,
      busyMinutes: loop.groupBusyMinutes[i] ?? 0,
      capacityMinutes: g.count * span(loop.groupLastBusy[i] ?? 0)
    })),
    departments: model.departments.map((d, i) => ({
      id: d.id,
      busyMinutes: loop.deptBusyMinutes[i] ?? 0,
      capacityMinutes: d.reviewers * d.casesPerReviewer * span(loop.deptLastBusy[i] ?? 0)
    })),
    series: { every: model.sampleEvery, ...loop.series },
    events: loop.events,
    serviceLevelMinutes: model.serviceLevelMinutes,
    ...periodUse(loop.periods, judged.dates)
  }
  return ok({
    summary,
    cases: judged.cases,
    eventLog: loop.log,
    dayMinutes: D,
    openingHours: model.openingHours,
    dates: judged.dates
  })
}
