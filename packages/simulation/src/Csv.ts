/**
 * CSV export of a run: one row per case, the queue-length time series, and
 * the event log (case, activity, resource, enabled, started, completed) that
 * process-mining tools read. Written by `@tongban/core`'s RFC 4180 writer
 * (CRLF line ends, a leading = + - @ in text neutralised against
 * spreadsheet formulas).
 *
 * Glossary: 事件日志 = event log, 过程挖掘 = process mining, 时间序列 =
 * time series.
 *
 * @since 0.1.0
 */
import { type CsvCell, formatCsv } from "@tongban/core"
import { clockTime } from "./Hall.js"
import type { RunSummary, SimulationResult } from "./Results.js"

// Non-integers with four decimals; text goes through core's formula guard.
const cell = (value: string | number | boolean | null): CsvCell =>
  typeof value === "number" && !Number.isInteger(value) ? Number(value.toFixed(4)) : value

const rows = (
  header: ReadonlyArray<string>,
  body: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>
): string => formatCsv([header, ...body.map((r) => r.map(cell))])

/**
 * A working minute as a timestamp: `YYYY-MM-DDTHH:MM` when the run has
 * dates, else `day N HH:MM` (N counts working days from 0).
 *
 * @example
 * ```ts
 * import { formatWorkingMinute } from "@tongban/simulation"
 *
 * const hours = [{ from: "09:00", to: "17:00" }]
 * formatWorkingMinute(490, { dayMinutes: 480, openingHours: hours, dates: [] }) // "day 1 09:10"
 * formatWorkingMinute(490, { dayMinutes: 480, openingHours: hours, dates: ["2026-03-02", "2026-03-03"] }) // "2026-03-03T09:10"
 * ```
 *
 * @since 0.1.0
 * @category formatting
 */
export const formatWorkingMinute = (
  minute: number,
  run: Pick<SimulationResult, "dayMinutes" | "openingHours" | "dates">
): string => {
  const day = run.dayMinutes > 0 ? Math.floor(minute / run.dayMinutes) : 0
  const clock = clockTime(minute, run.openingHours)
  const date = run.dates[day]
  return date === undefined ? `day ${day} ${clock}` : `${date}T${clock}`
}

/**
 * One row per case: service, channel, priority, arrival and conclusion,
 * wait, visits, trips, cycle time in working days, due dates and whether
 * each limit was kept.
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { casesToCsv, parseModel, simulate } from "@tongban/simulation"
 *
 * const model = getOrThrow(parseModel({
 *   departments: [{ id: "d", reviewers: 1 }],
 *   windows: [{ id: "w", count: 1 }],
 *   services: [{ id: "s", department: "d", arrivals: { trace: [5] }, windowMinutes: { type: "fixed", value: 10 } }]
 * }))
 * casesToCsv(getOrThrow(simulate(model, { seed: 1 }))).split("\r\n")[1] // "0,s,onsite,normal,day 0 09:05,day 0 09:15,0,1,1,0.0238,false,,,,,,"
 * ```
 *
 * @since 0.1.0
 * @category export
 */
export const casesToCsv = (run: SimulationResult): string =>
  rows(
    [
      "case",
      "service",
      "channel",
      "priority",
      "arrival",
      "completed",
      "wait_minutes",
      "visits",
      "trips",
      "cycle_working_days",
      "reneged",
      "arrival_date",
      "completed_date",
      "statutory_due",
      "promised_due",
      "on_time_statutory",
      "on_time_promised"
    ],
    run.cases.map((c) => [
      c.id,
      c.service,
      c.channel,
      c.priority,
      formatWorkingMinute(c.arrival, run),
      c.completed === null ? null : formatWorkingMinute(c.completed, run),
      c.waitMinutes,
      c.visits,
      c.trips,
      c.cycleDays,
      c.reneged,
      c.arrivalDate,
      c.completedDate,
      c.statutoryDue,
      c.promisedDue,
      c.onTimeStatutory,
      c.onTimePromised
    ])
  )

/**
 * The event log for process mining: case, activity, resource, and when the
 * activity was enabled, started and completed.
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { eventLogToCsv, parseModel, simulate } from "@tongban/simulation"
 *
 * const model = getOrThrow(parseModel({
 *   departments: [{ id: "d", reviewers: 1 }],
 *   windows: [{ id: "w", count: 1 }],
 *   services: [{ id: "s", department: "d", arrivals: { trace: [0] }, windowMinutes: { type: "fixed", value: 10 } }]
 * }))
 * const lines = eventLogToCsv(getOrThrow(simulate(model, { seed: 1, eventLog: true }))).split("\r\n")
 * lines[0] // "case,activity,resource,enabled,started,completed"
 * lines.slice(1, 5).map((l) => l.split(",")[1]) // ["arrival", "call", "window", "forward"]
 * lines[3] // "0,window,w#1,day 0 09:00,day 0 09:00,day 0 09:10"
 * ```
 *
 * @since 0.1.0
 * @category export
 */
export const eventLogToCsv = (run: SimulationResult): string =>
  rows(
    ["case", "activity", "resource", "enabled", "started", "completed"],
    run.eventLog.map((e) => [
      e.case,
      e.activity,
      e.resource,
      formatWorkingMinute(e.enabled, run),
      formatWorkingMinute(e.started, run),
      formatWorkingMinute(e.completed, run)
    ])
  )

/**
 * The sampled time series (divided by the number of runs, so a merged
 * summary gives the mean over runs): time, hall queue, busy windows,
 * back-office queue and busy reviewers.
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { parseModel, seriesToCsv, simulate } from "@tongban/simulation"
 *
 * const model = getOrThrow(parseModel({
 *   sampleEvery: 240,
 *   departments: [{ id: "d", reviewers: 1 }],
 *   windows: [{ id: "w", count: 1 }],
 *   services: [{ id: "s", department: "d", arrivals: { trace: [] }, windowMinutes: { type: "fixed", value: 10 } }]
 * }))
 * seriesToCsv(getOrThrow(simulate(model, { seed: 1 })).summary) // "minute,hall_queue,windows_busy,back_office_queue,back_office_busy\r\n0,0,0,0,0\r\n240,0,0,0,0\r\n"
 * ```
 *
 * @since 0.1.0
 * @category export
 */
export const seriesToCsv = (summary: RunSummary): string => {
  const s = summary.series
  const runs = Math.max(1, summary.runs)
  return rows(
    ["minute", "hall_queue", "windows_busy", "back_office_queue", "back_office_busy"],
    s.hallQueue.map((q, i) => [
      i * s.every,
      q / runs,
      (s.windowsBusy[i] ?? 0) / runs,
      (s.backOfficeQueue[i] ?? 0) / runs,
      (s.backOfficeBusy[i] ?? 0) / runs
    ])
  )
}
