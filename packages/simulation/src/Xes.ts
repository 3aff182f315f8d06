/**
 * Event logs for process mining in XES (IEEE 1849-2016): one trace per
 * case, one event per lifecycle transition of each activity of the run's
 * event log (`schedule` when it was enabled before it started, `start`
 * when it took time, `complete`), with the concept, time, lifecycle and
 * organizational extensions, timestamps to the second, and individual
 * resources (each window, each reviewer). The events are exactly those the
 * CSV event log describes (see {@link xesEvents}).
 *
 * Glossary: 过程挖掘 = process mining, 事件日志 = event log, 生命周期 =
 * lifecycle, 资源 = resource.
 *
 * @since 0.2.0
 */
import { clockSecond } from "./internal/plan.js"
import type { EventLogEntry, SimulationResult } from "./Results.js"

/**
 * One XES event: a lifecycle transition of an activity of a case.
 *
 * @since 0.2.0
 * @category models
 */
export interface XesEvent {
  readonly case: number
  readonly activity: string
  readonly resource: string
  readonly transition: "schedule" | "start" | "complete"
  /** Working minutes from the first opening. */
  readonly minute: number
}

/**
 * The XES events of event-log entries, in the order XES writes them: per
 * entry `schedule` (when enabled before started), `start` (when it took
 * time) and `complete`.
 *
 * @example
 * ```ts
 * import { xesEvents } from "@tongban/simulation"
 *
 * xesEvents([{ case: 0, activity: "window", resource: "w#1", enabled: 0, started: 3, completed: 10 }]).map((e) => `${e.transition}@${e.minute}`)
 * // ["schedule@0", "start@3", "complete@10"]
 * xesEvents([{ case: 0, activity: "forward", resource: "w#1", enabled: 10, started: 10, completed: 10 }]).length // 1
 * ```
 *
 * @since 0.2.0
 * @category export
 */
export const xesEvents = (entries: ReadonlyArray<EventLogEntry>): ReadonlyArray<XesEvent> => {
  const out: Array<XesEvent> = []
  for (const e of entries) {
    const base = { case: e.case, activity: e.activity, resource: e.resource }
    if (e.enabled < e.started) out.push({ ...base, transition: "schedule", minute: e.enabled })
    if (e.started < e.completed) out.push({ ...base, transition: "start", minute: e.started })
    out.push({ ...base, transition: "complete", minute: e.completed })
  }
  return out
}

const xml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) =>
    ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : ch === '"' ? "&quot;" : "&apos;"
  )

const two = (n: number): string => String(n).padStart(2, "0")

// The civil date `days` after 2000-01-03 (a Monday), for runs without dates.
const syntheticDate = (days: number): string => new Date(Date.UTC(2000, 0, 3 + days)).toISOString().slice(0, 10)

/**
 * A working minute as an ISO 8601 timestamp to the second with an offset:
 * the run's date of that working day (or, for a run without dates, day N
 * after Monday 2000-01-03, every day counted) and the clock time from the
 * opening hours.
 *
 * @example
 * ```ts
 * import { workingMinuteTimestamp } from "@tongban/simulation"
 *
 * const run = { dayMinutes: 420, openingHours: [{ from: "09:00", to: "12:00" }, { from: "13:30", to: "17:30" }], dates: ["2026-03-02"] }
 * workingMinuteTimestamp(200.5, run) // "2026-03-02T13:50:30+08:00"
 * workingMinuteTimestamp(425, run, "Z") // "2000-01-04T09:05:00Z"
 * ```
 *
 * @since 0.2.0
 * @category formatting
 */
export const workingMinuteTimestamp = (
  minute: number,
  run: Pick<SimulationResult, "dayMinutes" | "openingHours" | "dates">,
  offset = "+08:00"
): string => {
  const D = run.dayMinutes
  const day = D > 0 ? Math.floor(minute / D) : 0
  // The CSV log's clock (formatWorkingMinute) reads the same second, so both name the same minute.
  const seconds = clockSecond(D > 0 ? minute - day * D : 0, run.openingHours)
  const date = run.dates[day] ?? syntheticDate(day)
  return `${date}T${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}${offset}`
}

/**
 * The run's event log as an XES document (IEEE 1849-2016): a `log` with
 * the concept, time, lifecycle and org extensions, one `trace` per case
 * (its `concept:name` the case id, with the service, channel and priority
 * when the run kept its cases), and per activity its lifecycle events with
 * `concept:name`, `lifecycle:transition`, `org:resource` and
 * `time:timestamp`. Run `simulate` with `eventLog: true`.
 *
 * @param run - a run of {@link simulate} with its event log
 * @param options - the UTC offset of the timestamps (default `+08:00`, China)
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { eventLogToXes, parseModel, simulate } from "@tongban/simulation"
 *
 * const model = getOrThrow(parseModel({
 *   departments: [{ id: "d", reviewers: 1 }],
 *   windows: [{ id: "w", count: 1 }],
 *   services: [{ id: "s", department: "d", arrivals: { trace: [0] }, windowMinutes: { type: "fixed", value: 10 } }]
 * }))
 * const xes = eventLogToXes(getOrThrow(simulate(model, { seed: 1, eventLog: true })))
 * xes.split("\n")[1] // '<log xes.version="1849-2016" xes.features="" xmlns="http://www.xes-standard.org/">'
 * xes.match(/<event>/g)?.length // 5
 * xes.match(/2000-01-03T[\d:]+\+08:00/g)?.map((t) => t.slice(11, 16)) // ["09:00", "09:00", "09:00", "09:10", "09:10"]
 * ```
 *
 * @since 0.2.0
 * @category export
 */
export const eventLogToXes = (run: SimulationResult, options?: { readonly offset?: string }): string => {
  const offset = options?.offset ?? "+08:00"
  const lines: Array<string> = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<log xes.version="1849-2016" xes.features="" xmlns="http://www.xes-standard.org/">',
    '  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>',
    '  <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>',
    '  <extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>',
    '  <extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>',
    '  <global scope="trace">',
    '    <string key="concept:name" value=""/>',
    "  </global>",
    '  <global scope="event">',
    '    <string key="concept:name" value=""/>',
    '    <string key="lifecycle:transition" value="complete"/>',
    '    <string key="org:resource" value=""/>',
    '    <date key="time:timestamp" value="1970-01-01T00:00:00Z"/>',
    "  </global>",
    '  <classifier name="Activity" keys="concept:name"/>',
    '  <classifier name="Activity and transition" keys="concept:name lifecycle:transition"/>',
    '  <string key="concept:name" value="tongban simulation"/>'
  ]
  const byCase = new Map<number, Array<XesEvent>>()
  for (const e of xesEvents(run.eventLog)) {
    const list = byCase.get(e.case)
    if (list === undefined) byCase.set(e.case, [e])
    else list.push(e)
  }
  for (const id of [...byCase.keys()].sort((a, b) => a - b)) {
    // Stable: events at the same minute keep the log's order.
    const events = (byCase.get(id) ?? []).map((e, i) => ({ e, i })).sort((a, b) => a.e.minute - b.e.minute || a.i - b.i)
    lines.push("  <trace>", `    <string key="concept:name" value="${id}"/>`)
    const record = run.cases[id]
    if (record !== undefined && record.id === id) {
      lines.push(
        `    <string key="service" value="${xml(record.service)}"/>`,
        `    <string key="channel" value="${record.channel}"/>`,
        `    <string key="priority" value="${xml(record.priority)}"/>`
      )
    }
    for (const { e } of events) {
      lines.push(
        "    <event>",
        `      <string key="concept:name" value="${xml(e.activity)}"/>`,
        `      <string key="lifecycle:transition" value="${e.transition}"/>`,
        `      <string key="org:resource" value="${xml(e.resource)}"/>`,
        `      <date key="time:timestamp" value="${workingMinuteTimestamp(e.minute, run, offset)}"/>`,
        "    </event>"
      )
    }
    lines.push("  </trace>")
  }
  lines.push("</log>", "")
  return lines.join("\n")
}
