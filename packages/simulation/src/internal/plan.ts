/**
 * Planning and arrivals: what `simulate` prepares before the event loop
 * starts. Each back-office flow becomes a plan in flat typed arrays (node
 * kinds, predecessor counts, successor lists, departments, samplers,
 * exclusive-branch probabilities); the model's start becomes the first
 * working day; each service's arrivals become a source of next arrival
 * times (a piecewise-constant Poisson rate over slices of the day, or a
 * trace of working minutes).
 *
 * Glossary: 到达 = arrival, 时段曲线 = time-of-day profile, 轨迹 = trace,
 * 排他网关 = exclusive gateway.
 */
import { fail, type Issue, type LocalDate, ok, parseLocalDate, type Result } from "@tongban/core"
import type { Duration } from "@tongban/approval"
import { isWorkingDay, nextWorkingDay, type WorkCalendar, workingDaysBetween } from "@tongban/deadline"
import { makeSampler, type Sampler } from "../Distribution.js"
import { simulationCodes } from "../IssueCodes.js"
import type { Model } from "../Model.js"
import type { Random } from "../Random.js"

/** A flow node that is a step (work in a department). */
export const STEP = 0
/** A flow node that only passes control on (a parallel gateway, a join). */
export const PASS = 1
/** A flow node that sends control down one of its branches. */
export const EXCLUSIVE_FORK = 2

/** A back-office flow in flat arrays, indexed by node. */
export interface FlowPlan {
  readonly size: number
  readonly kind: Int32Array
  readonly preds: Int32Array
  readonly succStart: Int32Array
  readonly succ: Int32Array
  readonly dept: Int32Array
  readonly units: Int32Array
  readonly trips: Int32Array
  readonly samplers: ReadonlyArray<Sampler>
  readonly names: ReadonlyArray<string>
  /** For an exclusive fork: its branch targets and cumulative probabilities. */
  readonly branchTo: ReadonlyArray<Int32Array>
  readonly branchCum: ReadonlyArray<Float64Array>
  readonly sources: Int32Array
}

/** A step's duration in working days as a sampler of working minutes. */
export const durationSampler = (d: Duration, dayMinutes: number): Sampler => {
  const scaled = makeSampler(
    d.kind === "fixed"
      ? { type: "fixed", value: d.days }
      : d.kind === "triangular"
        ? { type: "triangular", min: d.min, mode: d.mode, max: d.max }
        : { type: "fixed", value: 0 }
  )
  if (d.kind === "lognormal") return { ...scaled, kind: 4, p0: d.mu + Math.log(dayMinutes), p1: d.sigma }
  return { ...scaled, p0: scaled.p0 * dayMinutes, p1: scaled.p1 * dayMinutes, p2: scaled.p2 * dayMinutes }
}

/** The plan of one service's flow. */
export const planFlow = (model: Model, flow: NonNullable<Model["services"][number]["flow"]>): FlowPlan => {
  const index = new Map<string, number>()
  flow.order.forEach((id, i) => {
    index.set(id, i)
  })
  const size = flow.order.length
  const kind = new Int32Array(size).fill(PASS)
  const preds = new Int32Array(size)
  const dept = new Int32Array(size).fill(-1)
  const units = new Int32Array(size)
  const trips = new Int32Array(size)
  const samplers: Array<Sampler> = new Array<Sampler>(size).fill(makeSampler({ type: "fixed", value: 0 }))
  const names: Array<string> = [...flow.order]
  const branchTo: Array<Int32Array> = new Array<Int32Array>(size).fill(new Int32Array(0))
  const branchCum: Array<Float64Array> = new Array<Float64Array>(size).fill(new Float64Array(0))
  const succLists: Array<Array<number>> = flow.order.map(() => [])
  const deptIndex = new Map(model.departments.map((d, i) => [d.id, i]))
  const link = (id: string, after: ReadonlyArray<string>): void => {
    const to = index.get(id) ?? 0
    for (const a of after) {
      const from = index.get(a)
      if (from === undefined) continue
      succLists[from]?.push(to)
      preds[to] = (preds[to] ?? 0) + 1
    }
  }
  for (const s of flow.steps) {
    const i = index.get(s.id) ?? 0
    kind[i] = STEP
    dept[i] = deptIndex.get(s.department) ?? 0
    units[i] = s.reviewers
    trips[i] = s.trips
    samplers[i] = durationSampler(s.duration, model.dayMinutes)
    names[i] = s.name
    link(s.id, s.after)
  }
  for (const g of flow.gateways) {
    const i = index.get(g.id) ?? 0
    link(g.id, g.after)
    if (g.kind === "exclusive" && g.role === "fork" && g.branches.length > 0) {
      kind[i] = EXCLUSIVE_FORK
      const to = new Int32Array(g.branches.length)
      const cum = new Float64Array(g.branches.length)
      let total = 0
      for (const b of g.branches) total += b.probability
      let acc = 0
      g.branches.forEach((b, j) => {
        to[j] = index.get(b.to) ?? 0
        acc += total > 0 ? b.probability / total : 1 / g.branches.length
        cum[j] = acc
      })
      branchTo[i] = to
      branchCum[i] = cum
    }
  }
  const succStart = new Int32Array(size + 1)
  for (let i = 0; i < size; i++) succStart[i + 1] = (succStart[i] ?? 0) + (succLists[i]?.length ?? 0)
  const succ = new Int32Array(succStart[size] ?? 0)
  for (let i = 0; i < size; i++)
    (succLists[i] ?? []).forEach((t, j) => {
      succ[(succStart[i] ?? 0) + j] = t
    })
  const sourceList: Array<number> = []
  for (let i = 0; i < size; i++) if ((preds[i] ?? 0) === 0) sourceList.push(i)
  return {
    size,
    kind,
    preds,
    succStart,
    succ,
    dept,
    units,
    trips,
    samplers,
    names,
    branchTo,
    branchCum,
    sources: Int32Array.from(sourceList)
  }
}

/** Minutes since midnight of an `HH:MM` clock time. */
export const clockMinutes = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))

/**
 * The clock second (since midnight) of the working minute `within` minutes
 * after the day's first opening, given the opening hours. Floored, with a
 * microsecond's tolerance for the error of float sums (a minute of
 * 59.99999999999 is 10:00:00, not 09:59:59). The CSV log (`HH:MM`) and the
 * XES log (`HH:MM:SS`) both read their clock from here, so they name the
 * same minute.
 */
export const clockSecond = (
  within: number,
  openingHours: ReadonlyArray<{ readonly from: string; readonly to: string }>
): number => {
  let rest = within
  let at = clockMinutes(openingHours[0]?.from ?? "00:00")
  for (const h of openingHours) {
    const from = clockMinutes(h.from)
    const span = clockMinutes(h.to) - from
    if (rest < span) {
      at = from + rest
      rest = 0
      break
    }
    rest -= span
    at = from + span
  }
  const second = Math.floor(at * 60 + 1e-6)
  return Number.isFinite(second) ? Math.max(0, Math.min(24 * 3600 - 1, second)) : 0
}

/**
 * The first working day of the run: the model's start, or the next working
 * day after it; `undefined` without a start or a calendar.
 */
export const firstWorkingDay = (model: Model, calendar: WorkCalendar | undefined): Result<LocalDate | undefined> => {
  if (calendar === undefined || model.start === undefined) return ok(undefined)
  const working = isWorkingDay(model.start, { calendar, path: ["start"] })
  if (!working.ok) return working
  if (working.value) return ok(model.start)
  return nextWorkingDay(model.start, { calendar, path: ["start"] })
}

/** Where each service's next arrival comes from. */
export interface Arrivals {
  /** The next arrival of service `si` after working minute `from` (Infinity: none within the run). */
  readonly next: (si: number, from: number) => number
  /** Cases expected over the run (to size the case columns). */
  readonly expected: number
}

/**
 * The arrival sources of a model: traces turned into working minutes (the
 * working day from the calendar, the minute from the opening hours; closed
 * times move to the next opening), Poisson rates per slice of the day.
 */
export const planArrivals = (
  model: Model,
  day0: LocalDate | undefined,
  calendar: WorkCalendar | undefined,
  rng: Random
): Result<Arrivals> => {
  const D = model.dayMinutes
  const H = model.days * D
  const services = model.services
  const issues: Array<Issue> = []
  const segments = model.openingHours.map((h) => ({ from: clockMinutes(h.from), to: clockMinutes(h.to) }))
  const workingMinute = (stamp: string): number | undefined => {
    if (day0 === undefined || calendar === undefined) return undefined
    const date = parseLocalDate(stamp.slice(0, 10))
    if (!date.ok) return undefined
    const working = isWorkingDay(date.value, { calendar })
    const count = workingDaysBetween(day0, date.value, { calendar })
    if (!working.ok || !count.ok) {
      if (issues.length === 0) issues.push(...(working.ok ? [] : working.issues), ...(count.ok ? [] : count.issues))
      return undefined
    }
    if (!working.value) return (count.value + 1) * D
    const clock = clockMinutes(stamp.slice(11, 16))
    let before = 0
    for (const seg of segments) {
      if (clock < seg.from) return count.value * D + before
      if (clock < seg.to) return count.value * D + before + (clock - seg.from)
      before += seg.to - seg.from
    }
    return (count.value + 1) * D
  }
  const traces = services.map((s, si) => {
    if (!("trace" in s.arrivals)) return undefined
    const out = new Float64Array(s.arrivals.trace.length)
    s.arrivals.trace.forEach((t, j) => {
      const minute = typeof t === "number" ? t : workingMinute(t)
      if (minute === undefined && issues.length === 0) {
        issues.push(
          simulationCodes.issue("trace_needs_calendar", {
            path: ["services", si, "arrivals", "trace", j],
            facts: { input: String(t) }
          })
        )
      }
      out[j] = minute ?? 0
    })
    return out.sort()
  })
  if (issues.length > 0) return fail(issues)

  // Piecewise-constant Poisson rates per slice of the day.
  const rates = services.map((s) => {
    const arrivals = s.arrivals
    if (!("perDay" in arrivals)) return new Float64Array(0)
    const profile = arrivals.profile ?? [1]
    let total = 0
    for (const w of profile) total += w
    const slice = D / profile.length
    return Float64Array.from(profile.map((w) => (arrivals.perDay * w) / total / slice))
  })
  const traceAt = new Int32Array(services.length)
  const next = (si: number, from: number): number => {
    const trace = traces[si]
    if (trace !== undefined) {
      const k = traceAt[si] ?? 0
      traceAt[si] = k + 1
      return k < trace.length ? (trace[k] ?? Infinity) : Infinity
    }
    const rate = rates[si] ?? new Float64Array(0)
    const slices = rate.length
    const sliceLength = D / slices
    let e = rng.exponential()
    let x = from
    for (;;) {
      if (x >= H) return Infinity
      const day = Math.floor(x / D)
      const slot = Math.min(slices - 1, Math.floor((x - day * D) / sliceLength))
      const end = slot === slices - 1 ? (day + 1) * D : day * D + (slot + 1) * sliceLength
      const r = rate[slot] ?? 0
      if (r > 0) {
        const need = e / r
        if (x + need < end) return x + need < H ? x + need : Infinity
        e -= (end - x) * r
      }
      x = end > x ? end : x + 1e-9
    }
  }
  let expected = 0
  for (const sv of services)
    expected += "perDay" in sv.arrivals ? sv.arrivals.perDay * model.days : sv.arrivals.trace.length
  return ok({ next, expected })
}

/** The clock hour (0–23) of each whole working minute of a day, from the opening hours. */
export const hourTable = (model: Model): Uint8Array => {
  const table = new Uint8Array(Math.ceil(model.dayMinutes) + 1)
  let at = 0
  for (const h of model.openingHours) {
    const from = clockMinutes(h.from)
    const to = clockMinutes(h.to)
    for (let m = from; m < to; m++) table[at++] = Math.floor(m / 60)
  }
  const last = table[Math.max(0, at - 1)] ?? 0
  for (; at < table.length; at++) table[at] = last
  return table
}
