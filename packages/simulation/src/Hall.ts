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
 * @since 0.1.0
 */
import { fail, type Issue, type LocalDate, makeIssue, ok, parseLocalDate, type Result } from "@tongban/core"
import type { Duration } from "@tongban/approval"
import {
  addWorkingDays,
  approximateWorkingDays,
  dueDate,
  isWorkingDay,
  nextWorkingDay,
  type TimeLimit,
  type WorkCalendar,
  workingDaysBetween
} from "@tongban/deadline"
import { makeSampler, sample, type Sampler } from "./Distribution.js"
import type { Model } from "./Model.js"
import { makeRandom } from "./Random.js"
import { addValue, freezeSummary, makeSummaryBuilder, type Summary } from "./Summary.js"
import { EventQueue } from "./internal/EventQueue.js"

/**
 * Options of {@link simulate}.
 *
 * @since 0.1.0
 * @category models
 */
export interface SimulateOptions {
  /** The seed of the run: the same model and seed give the same result. */
  readonly seed: number
  /** A working calendar (e.g. `chinaCalendar`), to turn day indices into dates from the model's `start`. */
  readonly calendar?: WorkCalendar
  /** Keep one record per case (default true; sweeps turn it off). */
  readonly keepCases?: boolean
  /** Keep the event log for process mining (default false). */
  readonly eventLog?: boolean
}

/**
 * One case's story.
 *
 * @since 0.1.0
 * @category models
 */
export interface CaseRecord {
  readonly id: number
  readonly service: string
  readonly channel: "onsite" | "online"
  /** The priority class id, or `"normal"`. */
  readonly priority: string
  /** Working minutes from the first opening. */
  readonly arrival: number
  readonly completed: number | null
  /** Minutes waited for a window over all visits. */
  readonly waitMinutes: number
  /** Submissions (the first and each 补正). */
  readonly visits: number
  /** Trips to the hall or a department. */
  readonly trips: number
  /** Working days from arrival to conclusion. */
  readonly cycleDays: number | null
  readonly reneged: boolean
  readonly arrivalDate: LocalDate | null
  readonly completedDate: LocalDate | null
  readonly statutoryDue: LocalDate | null
  readonly promisedDue: LocalDate | null
  /** Concluded by the statutory limit (null: no limit, or not concluded). */
  readonly onTimeStatutory: boolean | null
  readonly onTimePromised: boolean | null
}

/**
 * One line of the event log: an activity of a case on a resource, with the
 * times it was enabled (ready), started and completed, in working minutes.
 *
 * @since 0.1.0
 * @category models
 */
export interface EventLogEntry {
  readonly case: number
  readonly activity: string
  readonly resource: string
  readonly enabled: number
  readonly started: number
  readonly completed: number
}

/**
 * Busy time of a resource pool over the arrival period.
 *
 * @since 0.1.0
 * @category models
 */
export interface PoolUse {
  readonly id: string
  /** Server-minutes busy within the arrival period. */
  readonly busyMinutes: number
  /** Server-minutes available within the arrival period. */
  readonly capacityMinutes: number
}

/**
 * Queue lengths and busy servers sampled every `every` working minutes over
 * the arrival period; in a merged summary, the sums over runs.
 *
 * @since 0.1.0
 * @category models
 */
export interface Series {
  readonly every: number
  readonly hallQueue: ReadonlyArray<number>
  readonly windowsBusy: ReadonlyArray<number>
  readonly backOfficeQueue: ReadonlyArray<number>
  readonly backOfficeBusy: ReadonlyArray<number>
}

/**
 * The mergeable summary of one or more runs of a model: counts, sums and
 * sketches only, so that runs, shards and machines combine with
 * {@link mergeRunSummaries}.
 *
 * @since 0.1.0
 * @category models
 */
export interface RunSummary {
  readonly runs: number
  readonly cases: number
  readonly completed: number
  readonly reneged: number
  readonly online: number
  /** Submissions sent back for missing materials (补正). */
  readonly returns: number
  /** Cases decided at the window (即办). */
  readonly atWindow: number
  /** Minutes each case waited for windows, over all its visits (on-site cases). */
  readonly wait: Summary
  /** Working days from arrival to conclusion (concluded cases). */
  readonly cycleDays: Summary
  /** Trips per concluded case. */
  readonly trips: Summary
  readonly statutory: { readonly checked: number; readonly onTime: number }
  readonly promised: { readonly checked: number; readonly onTime: number }
  readonly windows: ReadonlyArray<PoolUse>
  readonly departments: ReadonlyArray<PoolUse>
  readonly series: Series
  /** Events processed. */
  readonly events: number
}

/**
 * The result of {@link simulate}.
 *
 * @since 0.1.0
 * @category models
 */
export interface SimulationResult {
  readonly summary: RunSummary
  readonly cases: ReadonlyArray<CaseRecord>
  readonly eventLog: ReadonlyArray<EventLogEntry>
  /** Minutes the hall is open per working day (the clock's day length). */
  readonly dayMinutes: number
  readonly openingHours: ReadonlyArray<{ readonly from: string; readonly to: string }>
  /** The date of each working-day index up to the run's last event (empty without a start and calendar). */
  readonly dates: ReadonlyArray<LocalDate>
}

// Event kinds (payload = id * 8 + kind).
const ARRIVAL = 0
const WINDOW_DONE = 1
const RENEGE = 2
const RETURN = 3
const STEP_DONE = 4
const SAMPLE = 5

// Case states.
const WAITING = 1
const SERVING = 2
const BACK_OFFICE = 3
const DONE = 4
const GONE = 5
const AWAY = 6

// Flow node kinds.
const STEP = 0
const PASS = 1
const EXCLUSIVE_FORK = 2

interface FlowPlan {
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

const durationSampler = (d: Duration, dayMinutes: number): Sampler => {
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

const planFlow = (model: Model, flow: NonNullable<Model["services"][number]["flow"]>): FlowPlan => {
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

const clockMinutes = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))

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
  let within = length > 0 ? minute - Math.floor(minute / length) * length : 0
  let at = clockMinutes(openingHours[0]?.from ?? "00:00")
  for (const h of openingHours) {
    const span = clockMinutes(h.to) - clockMinutes(h.from)
    at = clockMinutes(h.from)
    if (within < span) {
      at += within
      within = 0
      break
    }
    within -= span
    at = clockMinutes(h.to)
  }
  const total = Math.floor(at)
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`
}

/**
 * Runs one seeded simulation of a hall model. The only failure is a date
 * outside the calendar's coverage (`calendar_out_of_coverage`, from
 * `@tongban/deadline`) when the model has a `start` and a calendar is given.
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
 * run.summary.cases === run.cases.length // true
 * run.cases.every((c) => c.completed === null || c.completed >= c.arrival) // true
 * ```
 *
 * @since 0.1.0
 * @category simulation
 */
export const simulate = (model: Model, options: SimulateOptions): Result<SimulationResult> => {
  const D = model.dayMinutes
  const H = model.days * D
  const keepCases = options.keepCases ?? true
  const keepLog = options.eventLog ?? false
  const seed = options.seed
  const rngArrival = makeRandom(seed, 0)
  const rngChoice = makeRandom(seed, 1)
  const rngWindow = makeRandom(seed, 2)
  const rngOffice = makeRandom(seed, 3)
  const rngPatience = makeRandom(seed, 4)
  const rngMaterials = makeRandom(seed, 5)
  const rngReturn = makeRandom(seed, 6)

  const departments = model.departments
  const nDept = departments.length
  const deptIndex = new Map(departments.map((d, i) => [d.id, i]))
  // A department's capacity: reviewers × files each works on at once.
  const deptFree = Int32Array.from(departments.map((d) => d.reviewers * d.casesPerReviewer))
  const deptBusyMinutes = new Float64Array(nDept)
  const groups = model.windows
  const nGroup = groups.length
  const groupBusy = new Int32Array(nGroup)
  const groupBusyMinutes = new Float64Array(nGroup)
  // Which groups take a department's tickets: dedicated ones first, then general.
  const eligible: Array<Array<number>> = departments.map((d) => {
    const dedicated: Array<number> = []
    const general: Array<number> = []
    groups.forEach((g, i) => {
      if (g.serves === "all") general.push(i)
      else if (g.serves.includes(d.id)) dedicated.push(i)
    })
    return [...dedicated, ...general]
  })
  const groupDepts: Array<Array<number>> = groups.map((g) =>
    g.serves === "all" ? departments.map((_, i) => i) : g.serves.map((id) => deptIndex.get(id) ?? 0)
  )

  const P = model.priorities.length + 1
  const priorityCum: Array<number> = []
  let pc = 0
  for (const p of model.priorities) {
    pc += p.share
    priorityCum.push(pc)
  }
  const priorityNames = [...model.priorities.map((p) => p.id), "normal"]

  // Ticket queues: one FIFO per (department, priority), lazy removal of reneged cases.
  const qItems: Array<Array<number>> = []
  for (let i = 0; i < nDept * P; i++) qItems.push([])
  const qHead = new Int32Array(nDept * P)
  // Live waiting tickets per department, so a free window skips empty departments.
  const deptWaiting = new Int32Array(nDept)
  let hallQueue = 0
  // Department queues of tasks (strict FIFO).
  const dItems: Array<Array<number>> = departments.map(() => [])
  const dHead = new Int32Array(nDept)
  let officeQueue = 0
  let officeBusy = 0

  const services = model.services
  const plans: Array<FlowPlan | undefined> = services.map((s) =>
    s.flow === undefined ? undefined : planFlow(model, s.flow)
  )
  const windowSamplers = services.map((s) => makeSampler(s.windowMinutes))
  const returnSamplers = services.map((s) => makeSampler(s.returnDays ?? { type: "fixed", value: 1 }))
  const serviceDept = Int32Array.from(services.map((s) => deptIndex.get(s.department) ?? 0))
  const patience = model.patience === undefined ? undefined : makeSampler(model.patience)

  // Dates and due dates, from the calendar when the model has a start.
  const issues: Array<Issue> = []
  const calendar = options.calendar
  let day0: LocalDate | undefined
  if (calendar !== undefined && model.start !== undefined) {
    const working = isWorkingDay(model.start, { calendar, path: ["start"] })
    if (!working.ok) issues.push(...working.issues)
    else if (working.value) day0 = model.start
    else {
      const next = nextWorkingDay(model.start, { calendar, path: ["start"] })
      if (next.ok) day0 = next.value
      else issues.push(...next.issues)
    }
  }
  // Timestamps in traces become working minutes: the working day from the
  // calendar, the minute from the opening hours (closed times move to the next opening).
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
          makeIssue({
            code: "trace_needs_calendar",
            path: ["services", si, "arrivals", "trace", j],
            facts: { input: String(t) },
            message: {
              zh: "时间戳轨迹需要模型的 start 日期和工作日历",
              en: "a trace of timestamps needs the model's start date and a working calendar"
            }
          })
        )
      }
      out[j] = minute ?? 0
    })
    return out.sort()
  })
  if (issues.length > 0) return fail(issues)

  // Arrival sources: piecewise-constant Poisson rates per slice of the day, or a trace.
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
  const nextArrival = (si: number, from: number): number => {
    const trace = traces[si]
    if (trace !== undefined) {
      const k = traceAt[si] ?? 0
      traceAt[si] = k + 1
      return k < trace.length ? (trace[k] ?? Infinity) : Infinity
    }
    const rate = rates[si] ?? new Float64Array(0)
    const slices = rate.length
    const sliceLength = D / slices
    let e = rngArrival.exponential()
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

  // Case and task columns in typed arrays, grown by doubling.
  let expected = 0
  for (const sv of services)
    expected += "perDay" in sv.arrivals ? sv.arrivals.perDay * model.days : sv.arrivals.trace.length
  let capacity = Math.min(8_000_000, Math.max(1024, Math.ceil(expected * 1.2)))
  let cService = new Int32Array(capacity)
  let cOnline = new Uint8Array(capacity)
  let cPriority = new Uint8Array(capacity)
  let cState = new Uint8Array(capacity)
  let cGroup = new Int32Array(capacity)
  let cVisits = new Int32Array(capacity)
  let cTrips = new Int32Array(capacity)
  let cFlowBase = new Int32Array(capacity)
  let cFlowLeft = new Int32Array(capacity)
  let cArrival = new Float64Array(capacity)
  let cTicket = new Float64Array(capacity)
  let cRenegeAt = new Float64Array(capacity)
  let cWait = new Float64Array(capacity)
  let cCompleted = new Float64Array(capacity)
  let caseCount = 0
  const grownInt = (a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> => {
    const b = new Int32Array(n)
    b.set(a)
    return b
  }
  const grownByte = (a: Uint8Array<ArrayBuffer>, n: number): Uint8Array<ArrayBuffer> => {
    const b = new Uint8Array(n)
    b.set(a)
    return b
  }
  const grownFloat = (a: Float64Array<ArrayBuffer>, n: number): Float64Array<ArrayBuffer> => {
    const b = new Float64Array(n)
    b.set(a)
    return b
  }
  const growCases = (): void => {
    capacity *= 2
    cService = grownInt(cService, capacity)
    cOnline = grownByte(cOnline, capacity)
    cPriority = grownByte(cPriority, capacity)
    cState = grownByte(cState, capacity)
    cGroup = grownInt(cGroup, capacity)
    cVisits = grownInt(cVisits, capacity)
    cTrips = grownInt(cTrips, capacity)
    cFlowBase = grownInt(cFlowBase, capacity)
    cFlowLeft = grownInt(cFlowLeft, capacity)
    cArrival = grownFloat(cArrival, capacity)
    cTicket = grownFloat(cTicket, capacity)
    cRenegeAt = grownFloat(cRenegeAt, capacity)
    cWait = grownFloat(cWait, capacity)
    cCompleted = grownFloat(cCompleted, capacity)
  }
  let flowState = new Int32Array(1024)
  let flowUsed = 0
  let taskCapacity = 1024
  let tCase = new Int32Array(taskCapacity)
  let tNode = new Int32Array(taskCapacity)
  let tEnabled = new Float64Array(taskCapacity)
  let tStarted = new Float64Array(taskCapacity)
  let taskCount = 0
  const freeTasks: Array<number> = []

  const log: Array<EventLogEntry> = []
  const heap = new EventQueue(1024)
  const wait = makeSummaryBuilder()
  const cycle = makeSummaryBuilder()
  const tripsSummary = makeSummaryBuilder()
  let completed = 0
  let reneged = 0
  let online = 0
  let returns = 0
  let atWindow = 0
  let events = 0
  let now = 0

  const series = {
    hallQueue: [] as Array<number>,
    windowsBusy: [] as Array<number>,
    backOfficeQueue: [] as Array<number>,
    backOfficeBusy: [] as Array<number>
  }
  let windowsBusyNow = 0

  const clip = (from: number, duration: number): number => {
    const end = from + duration
    return Math.min(end, H) - Math.min(from, H)
  }

  const conclude = (c: number): void => {
    cState[c] = DONE
    cCompleted[c] = now
    completed++
    addValue(cycle, (now - (cArrival[c] ?? 0)) / D)
    addValue(tripsSummary, cTrips[c] ?? 0)
    if ((cOnline[c] ?? 0) === 0) addValue(wait, cWait[c] ?? 0)
  }

  const startWindow = (c: number, g: number): void => {
    groupBusy[g] = (groupBusy[g] ?? 0) + 1
    windowsBusyNow++
    cState[c] = SERVING
    cGroup[c] = g
    const ticket = cTicket[c] ?? now
    cWait[c] = (cWait[c] ?? 0) + (now - ticket)
    const s = sample(windowSamplers[cService[c] ?? 0] ?? makeSampler({ type: "fixed", value: 0 }), rngWindow)
    groupBusyMinutes[g] = (groupBusyMinutes[g] ?? 0) + clip(now, s)
    heap.push(now + s, c * 8 + WINDOW_DONE)
    if (keepLog)
      log.push({
        case: c,
        activity: "window",
        resource: groups[g]?.id ?? "",
        enabled: ticket,
        started: now,
        completed: now + s
      })
  }

  // Takes the best waiting ticket the group can serve: highest priority, then earliest ticket.
  const callNext = (g: number): void => {
    let bestQ = -1
    let bestP = P
    let bestT = Infinity
    for (const d of groupDepts[g] ?? []) {
      if ((deptWaiting[d] ?? 0) === 0) continue
      for (let p = 0; p < P && p <= bestP; p++) {
        const q = d * P + p
        const items = qItems[q] ?? []
        let h = qHead[q] ?? 0
        while (h < items.length && cState[items[h] ?? 0] !== WAITING) h++
        qHead[q] = h
        if (h < items.length) {
          const t = cTicket[items[h] ?? 0] ?? 0
          if (p < bestP || t < bestT) {
            bestQ = q
            bestP = p
            bestT = t
          }
          break
        }
      }
    }
    if (bestQ < 0) return
    const items = qItems[bestQ] ?? []
    const h = qHead[bestQ] ?? 0
    const c = items[h] ?? 0
    qHead[bestQ] = h + 1
    if (h + 1 > 1024 && h + 1 > items.length / 2) {
      items.splice(0, h + 1)
      qHead[bestQ] = 0
    }
    hallQueue--
    const served = serviceDept[cService[c] ?? 0] ?? 0
    deptWaiting[served] = (deptWaiting[served] ?? 0) - 1
    startWindow(c, g)
  }

  const taskStart = (task: number): void => {
    const c = tCase[task] ?? 0
    const node = tNode[task] ?? 0
    const plan = plans[cService[c] ?? 0]
    if (plan === undefined) return
    const d = plan.dept[node] ?? 0
    const u = plan.units[node] ?? 1
    deptFree[d] = (deptFree[d] ?? 0) - u
    officeBusy += u
    tStarted[task] = now
    const s = sample(plan.samplers[node] ?? makeSampler({ type: "fixed", value: 0 }), rngOffice)
    deptBusyMinutes[d] = (deptBusyMinutes[d] ?? 0) + u * clip(now, s)
    heap.push(now + s, task * 8 + STEP_DONE)
  }

  const pumpDepartment = (d: number): void => {
    const items = dItems[d] ?? []
    let h = dHead[d] ?? 0
    while (h < items.length) {
      const task = items[h] ?? 0
      const plan = plans[cService[tCase[task] ?? 0] ?? 0]
      const u = plan?.units[tNode[task] ?? 0] ?? 1
      if ((deptFree[d] ?? 0) < u) break
      h++
      officeQueue--
      taskStart(task)
    }
    if (h > 1024 && h > items.length / 2) {
      items.splice(0, h)
      h = 0
    }
    dHead[d] = h
  }

  const stack: Array<number> = []
  // Resolves flow nodes of case c (pushed on `stack` as node * 2 + done).
  const resolveAll = (c: number, plan: FlowPlan): void => {
    const base = cFlowBase[c] ?? 0
    while (stack.length > 0) {
      const top = stack.pop() ?? 0
      const node = top >> 1
      const done = (top & 1) === 1
      cFlowLeft[c] = (cFlowLeft[c] ?? 0) - 1
      let chosen = -1
      if (done && plan.kind[node] === EXCLUSIVE_FORK) {
        const u = rngOffice.next()
        const cum = plan.branchCum[node] ?? new Float64Array(0)
        const to = plan.branchTo[node] ?? new Int32Array(0)
        chosen = to[to.length - 1] ?? -1
        for (let j = 0; j < cum.length; j++) {
          if (u < (cum[j] ?? 1)) {
            chosen = to[j] ?? -1
            break
          }
        }
      }
      const from = plan.succStart[node] ?? 0
      const to = plan.succStart[node + 1] ?? 0
      for (let j = from; j < to; j++) {
        const next = plan.succ[j] ?? 0
        const remaining = (flowState[base + 2 * next] ?? 0) - 1
        flowState[base + 2 * next] = remaining
        if (done && (chosen < 0 || chosen === next))
          flowState[base + 2 * next + 1] = (flowState[base + 2 * next + 1] ?? 0) + 1
        if (remaining === 0) {
          if ((flowState[base + 2 * next + 1] ?? 0) > 0) activate(c, plan, next)
          else stack.push(next * 2)
        }
      }
    }
    if ((cFlowLeft[c] ?? 0) === 0) conclude(c)
  }

  const activate = (c: number, plan: FlowPlan, node: number): void => {
    if (plan.kind[node] !== STEP) {
      stack.push(node * 2 + 1)
      return
    }
    cTrips[c] = (cTrips[c] ?? 0) + (plan.trips[node] ?? 0)
    let task = freeTasks.pop() ?? -1
    if (task < 0) {
      if (taskCount === taskCapacity) {
        taskCapacity *= 2
        tCase = grownInt(tCase, taskCapacity)
        tNode = grownInt(tNode, taskCapacity)
        tEnabled = grownFloat(tEnabled, taskCapacity)
        tStarted = grownFloat(tStarted, taskCapacity)
      }
      task = taskCount++
    }
    tCase[task] = c
    tNode[task] = node
    tEnabled[task] = now
    tStarted[task] = now
    const d = plan.dept[node] ?? 0
    const items = dItems[d] ?? []
    if ((dHead[d] ?? 0) >= items.length && (deptFree[d] ?? 0) >= (plan.units[node] ?? 1)) taskStart(task)
    else {
      items.push(task)
      officeQueue++
    }
  }

  const forward = (c: number): void => {
    const plan = plans[cService[c] ?? 0]
    if (plan === undefined || plan.size === 0) {
      conclude(c)
      return
    }
    cState[c] = BACK_OFFICE
    // A case's flow state: per node, predecessors unresolved and predecessors done.
    while (flowUsed + 2 * plan.size > flowState.length) flowState = grownInt(flowState, flowState.length * 2)
    const base = flowUsed
    flowUsed += 2 * plan.size
    cFlowBase[c] = base
    cFlowLeft[c] = plan.size
    for (let i = 0; i < plan.size; i++) {
      flowState[base + 2 * i] = plan.preds[i] ?? 0
      flowState[base + 2 * i + 1] = 0
    }
    for (let k = 0; k < plan.sources.length; k++) activate(c, plan, plan.sources[k] ?? 0)
    resolveAll(c, plan)
  }

  const submit = (c: number): void => {
    cVisits[c] = (cVisits[c] ?? 0) + 1
    const si = cService[c] ?? 0
    if ((cOnline[c] ?? 0) === 1) {
      if (rngMaterials.next() < (services[si]?.incomplete ?? 0)) {
        returns++
        cState[c] = AWAY
        heap.push(
          now + sample(returnSamplers[si] ?? makeSampler({ type: "fixed", value: 1 }), rngReturn) * D,
          c * 8 + RETURN
        )
      } else forward(c)
      return
    }
    cTrips[c] = (cTrips[c] ?? 0) + 1
    cTicket[c] = now
    const d = serviceDept[si] ?? 0
    for (const g of eligible[d] ?? []) {
      if ((groupBusy[g] ?? 0) < (groups[g]?.count ?? 0)) {
        startWindow(c, g)
        return
      }
    }
    cState[c] = WAITING
    qItems[d * P + (cPriority[c] ?? 0)]?.push(c)
    hallQueue++
    deptWaiting[d] = (deptWaiting[d] ?? 0) + 1
    if (patience !== undefined) {
      const at = now + sample(patience, rngPatience)
      cRenegeAt[c] = at
      heap.push(at, c * 8 + RENEGE)
    }
  }

  for (let si = 0; si < services.length; si++) {
    const t = nextArrival(si, 0)
    if (t < Infinity) heap.push(t, si * 8 + ARRIVAL)
  }
  const sampleEvery = model.sampleEvery
  if (H > 0) heap.push(0, SAMPLE)

  const MAX_EVENTS = 200_000_000
  while (heap.size > 0 && events < MAX_EVENTS) {
    now = heap.peekTime()
    const payload = heap.pop()
    events++
    const kind = payload & 7
    const id = payload >> 3
    switch (kind) {
      case ARRIVAL: {
        if (caseCount === capacity) growCases()
        const c = caseCount++
        const service = services[id]
        cService[c] = id
        const isOnline = rngChoice.next() < (service?.online ?? 0) ? 1 : 0
        cOnline[c] = isOnline
        if (isOnline === 1) online++
        let prio = P - 1
        if (P > 1 && isOnline === 0) {
          const u = rngChoice.next()
          for (let p = 0; p < P - 1; p++) {
            if (u < (priorityCum[p] ?? 0)) {
              prio = p
              break
            }
          }
        }
        cPriority[c] = prio
        cArrival[c] = now
        cTicket[c] = now
        cRenegeAt[c] = -1
        cGroup[c] = -1
        cCompleted[c] = -1
        submit(c)
        const t = nextArrival(id, now)
        if (t < Infinity) heap.push(t, id * 8 + ARRIVAL)
        break
      }
      case WINDOW_DONE: {
        const c = id
        const g = cGroup[c] ?? 0
        groupBusy[g] = (groupBusy[g] ?? 0) - 1
        windowsBusyNow--
        callNext(g)
        const si = cService[c] ?? 0
        const service = services[si]
        if (rngMaterials.next() < (service?.incomplete ?? 0)) {
          returns++
          cState[c] = AWAY
          heap.push(
            now + sample(returnSamplers[si] ?? makeSampler({ type: "fixed", value: 1 }), rngReturn) * D,
            c * 8 + RETURN
          )
        } else if (groups[g]?.authorised === true && service?.approveAtWindow === true) {
          atWindow++
          conclude(c)
        } else forward(c)
        break
      }
      case RENEGE: {
        const c = id
        if (cState[c] === WAITING && cRenegeAt[c] === now) {
          cState[c] = GONE
          hallQueue--
          const left = serviceDept[cService[c] ?? 0] ?? 0
          deptWaiting[left] = (deptWaiting[left] ?? 0) - 1
          reneged++
        }
        break
      }
      case RETURN:
        submit(id)
        break
      case STEP_DONE: {
        const task = id
        const c = tCase[task] ?? 0
        const node = tNode[task] ?? 0
        const plan = plans[cService[c] ?? 0]
        if (plan === undefined) break
        const d = plan.dept[node] ?? 0
        const u = plan.units[node] ?? 1
        deptFree[d] = (deptFree[d] ?? 0) + u
        officeBusy -= u
        if (keepLog)
          log.push({
            case: c,
            activity: plan.names[node] ?? "",
            resource: departments[d]?.id ?? "",
            enabled: tEnabled[task] ?? 0,
            started: tStarted[task] ?? 0,
            completed: now
          })
        freeTasks.push(task)
        pumpDepartment(d)
        stack.push(node * 2 + 1)
        resolveAll(c, plan)
        break
      }
      default: {
        series.hallQueue.push(hallQueue)
        series.windowsBusy.push(windowsBusyNow)
        series.backOfficeQueue.push(officeQueue)
        series.backOfficeBusy.push(officeBusy)
        if (now + sampleEvery < H) heap.push(now + sampleEvery, SAMPLE)
      }
    }
  }

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
  type Due = { readonly date: LocalDate | null; readonly day: number }
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
  const n = caseCount
  for (let c = 0; c < n; c++) {
    const si = cService[c] ?? 0
    const service = services[si]
    const arrival = cArrival[c] ?? 0
    const arrivalDay = Math.floor(arrival / D)
    const done = cState[c] === DONE
    const end = cCompleted[c] ?? -1
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
        channel: (cOnline[c] ?? 0) === 1 ? "online" : "onsite",
        priority: priorityNames[cPriority[c] ?? 0] ?? "normal",
        arrival,
        completed: done ? end : null,
        waitMinutes: cWait[c] ?? 0,
        visits: cVisits[c] ?? 0,
        trips: cTrips[c] ?? 0,
        cycleDays: done ? (end - arrival) / D : null,
        reneged: cState[c] === GONE,
        arrivalDate: dateOf(arrivalDay),
        completedDate,
        statutoryDue: statutory.due,
        promisedDue: promised.due,
        onTimeStatutory: statutory.onTime,
        onTimePromised: promised.onTime
      })
    }
  }
  if (events >= MAX_EVENTS) {
    issues.push(
      makeIssue({
        code: "simulation_event_limit",
        path: [],
        facts: { events, limit: MAX_EVENTS },
        message: {
          zh: `仿真超过 ${MAX_EVENTS} 个事件仍未结束`,
          en: `the simulation did not finish within ${MAX_EVENTS} events`
        }
      })
    )
  }
  const dateList: Array<LocalDate> = []
  if (day0 !== undefined) {
    const lastDay = Math.floor(now / D)
    for (let d = 0; d <= lastDay; d++) {
      const date = dateOf(d)
      if (date === null) break
      dateList.push(date)
    }
  }
  if (issues.length > 0) return fail(issues)

  const summary: RunSummary = {
    runs: 1,
    cases: n,
    completed,
    reneged,
    online,
    returns,
    atWindow,
    wait: freezeSummary(wait),
    cycleDays: freezeSummary(cycle),
    trips: freezeSummary(tripsSummary),
    statutory: { checked: statutoryChecked, onTime: statutoryOnTime },
    promised: { checked: promisedChecked, onTime: promisedOnTime },
    windows: groups.map((g, i) => ({ id: g.id, busyMinutes: groupBusyMinutes[i] ?? 0, capacityMinutes: g.count * H })),
    departments: departments.map((d, i) => ({
      id: d.id,
      busyMinutes: deptBusyMinutes[i] ?? 0,
      capacityMinutes: d.reviewers * d.casesPerReviewer * H
    })),
    series: { every: sampleEvery, ...series },
    events
  }
  return ok({ summary, cases, eventLog: log, dayMinutes: D, openingHours: model.openingHours, dates: dateList })
}
