/**
 * Judging due dates: after the loop, each case's working-day indices become
 * dates (`addWorkingDays` from the first working day), its statutory and
 * promised due dates come from `dueDate` (memoised per service and arrival
 * day), and each concluded case is judged on time or late. Without a
 * calendar, a limit is approximated in working days.
 *
 * Glossary: 法定时限 = statutory limit, 承诺时限 = promised limit, 到期日 =
 * due date, 按时办结 = concluded on time.
 */
import type { Issue, LocalDate } from "@tongban/core"
import { addWorkingDays, approximateWorkingDays, dueDate, type TimeLimit, type WorkCalendar } from "@tongban/deadline"
import type { Model } from "../Model.js"
import type { CaseRecord } from "../Results.js"
import { DONE, GONE } from "./columns.js"
import type { LoopState } from "./loop.js"

/** Cases judged against their limits. */
export interface Judged {
  readonly cases: ReadonlyArray<CaseRecord>
  readonly statutory: { readonly checked: number; readonly onTime: number }
  readonly promised: { readonly checked: number; readonly onTime: number }
  /** The date of each working-day index up to the last event. */
  readonly dates: ReadonlyArray<LocalDate>
  readonly issues: ReadonlyArray<Issue>
}

type Due = { readonly date: LocalDate | null; readonly day: number }

/** Judges every case of a finished loop; keeps their records when `keepCases`. */
export const judgeCases = (
  model: Model,
  loop: LoopState,
  day0: LocalDate | undefined,
  calendar: WorkCalendar | undefined,
  keepCases: boolean
): Judged => {
  const D = model.dayMinutes
  const services = model.services
  const priorityNames = [...model.priorities.map((p) => p.id), "normal"]
  const cs = loop.cases
  const issues: Array<Issue> = []
  const dates = new Map<number, LocalDate | null>()
  const dateOf = (day: number): LocalDate | null => {
    if (day0 === undefined || calendar === undefined) return null
    const known = dates.get(day)
    if (known !== undefined) return known
    const r = addWorkingDays(day0, day, { calendar })
    const value = r.ok ? r.value : null
    if (!r.ok && issues.length === 0) issues.push(...r.issues)
    dates.set(day, value)
    return value
  }
  const statutoryCache = services.map(() => new Map<number, Due>())
  const promisedCache = services.map(() => new Map<number, Due>())
  const due = (arrivalDay: number, limit: TimeLimit, cache: Map<number, Due>): Due => {
    const known = cache.get(arrivalDay)
    if (known !== undefined) return known
    let value: Due
    const start = dateOf(arrivalDay)
    if (start !== null && calendar !== undefined) {
      const r = dueDate(start, limit, { calendar })
      if (!r.ok) {
        if (issues.length === 0) issues.push(...r.issues)
        value = { date: null, day: arrivalDay }
      } else value = { date: r.value, day: Infinity }
    } else value = { date: null, day: arrivalDay + Math.ceil(approximateWorkingDays(limit) - 1e-9) }
    cache.set(arrivalDay, value)
    return value
  }
  const NO_JUDGEMENT = { due: null, onTime: null }
  const judge = (
    limit: TimeLimit | undefined,
    cache: Map<number, Due> | undefined,
    arrivalDay: number,
    done: boolean,
    endDay: number,
    completedDate: LocalDate | null
  ): { readonly due: LocalDate | null; readonly onTime: boolean | null } => {
    if (limit === undefined || cache === undefined) return NO_JUDGEMENT
    const d = due(arrivalDay, limit, cache)
    if (!done) return { due: d.date, onTime: null }
    const onTime = d.date !== null && completedDate !== null ? completedDate <= d.date : endDay <= d.day
    return { due: d.date, onTime }
  }

  let statutoryChecked = 0
  let statutoryOnTime = 0
  let promisedChecked = 0
  let promisedOnTime = 0
  const cases: Array<CaseRecord> = []
  const n = cs.count
  for (let c = 0; c < n; c++) {
    const si = cs.service[c] ?? 0
    const service = services[si]
    const arrival = cs.arrival[c] ?? 0
    const arrivalDay = Math.floor(arrival / D)
    const done = cs.state[c] === DONE
    const end = cs.completed[c] ?? -1
    const endDay = Math.floor(end / D)
    const completedDate = done ? dateOf(endDay) : null
    const statutory = judge(service?.statutory, statutoryCache[si], arrivalDay, done, endDay, completedDate)
    const promised = judge(service?.promised, promisedCache[si], arrivalDay, done, endDay, completedDate)
    if (statutory.onTime !== null) {
      statutoryChecked++
      if (statutory.onTime) statutoryOnTime++
    }
    if (promised.onTime !== null) {
      promisedChecked++
      if (promised.onTime) promisedOnTime++
    }
    if (keepCases) {
      cases.push({
        id: c,
        service: service?.id ?? "",
        channel: (cs.online[c] ?? 0) === 1 ? "online" : "onsite",
        priority: priorityNames[cs.priority[c] ?? 0] ?? "normal",
        arrival,
        completed: done ? end : null,
        waitMinutes: cs.wait[c] ?? 0,
        visits: cs.visits[c] ?? 0,
        trips: cs.trips[c] ?? 0,
        cycleDays: done ? (end - arrival) / D : null,
        reneged: cs.state[c] === GONE,
        arrivalDate: dateOf(arrivalDay),
        completedDate,
        statutoryDue: statutory.due,
        promisedDue: promised.due,
        onTimeStatutory: statutory.onTime,
        onTimePromised: promised.onTime
      })
    }
  }
  const dateList: Array<LocalDate> = []
  if (day0 !== undefined) {
    const lastDay = Math.floor(loop.now / D)
    for (let d = 0; d <= lastDay; d++) {
      const date = dateOf(d)
      if (date === null) break
      dateList.push(date)
    }
  }
  return {
    cases,
    statutory: { checked: statutoryChecked, onTime: statutoryOnTime },
    promised: { checked: promisedChecked, onTime: promisedOnTime },
    dates: dateList,
    issues
  }
}
