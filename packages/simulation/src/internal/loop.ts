/**
 * The event loop of the hall, kept whole for speed: one function whose
 * helpers (start a window, call the next ticket, start a task, resolve a
 * flow) close over the same locals, so V8 keeps them in registers and the
 * loop allocates nothing per event. Payload of an event = id * 8 + kind.
 *
 * Glossary: 叫号 = call the next ticket, 受理 = acceptance, 补正 = return
 * visit, 弃号 = reneging, 转办 = forwarding to the back office.
 */
import { makeSampler, sample } from "../Distribution.js"
import type { Model } from "../Model.js"
import type { Random } from "../Random.js"
import { addValue, makeSummaryBuilder, type SummaryBuilder } from "../Summary.js"
import type { EventLogEntry } from "../Results.js"
import { AWAY, BACK_OFFICE, CaseColumns, DONE, GONE, grownInt, SERVING, TaskColumns, WAITING } from "./columns.js"
import { EventQueue } from "./EventQueue.js"
import { EXCLUSIVE_FORK, type FlowPlan, hourTable, planFlow, STEP } from "./plan.js"

// Event kinds.
const ARRIVAL = 0
const WINDOW_DONE = 1
const RENEGE = 2
const RETURN = 3
const STEP_DONE = 4
const SAMPLE = 5

/** The most events a run may process before it stops with an issue. */
export const MAX_EVENTS = 200_000_000

/** The random streams of a run, one per kind of draw. */
export interface Streams {
  readonly choice: Random
  readonly window: Random
  readonly office: Random
  readonly patience: Random
  readonly materials: Random
  readonly ret: Random
}

/** What the loop leaves behind for judging and summarising. */
export interface LoopState {
  readonly cases: CaseColumns
  readonly log: ReadonlyArray<EventLogEntry>
  readonly wait: SummaryBuilder
  readonly cycle: SummaryBuilder
  readonly trips: SummaryBuilder
  readonly completed: number
  readonly reneged: number
  readonly online: number
  readonly returns: number
  readonly atWindow: number
  readonly events: number
  /** The time of the last event. */
  readonly now: number
  readonly groupBusyMinutes: Float64Array
  readonly deptBusyMinutes: Float64Array
  /** When each window group, each department, was last busy (working minutes). */
  readonly groupLastBusy: Float64Array
  readonly deptLastBusy: Float64Array
  /** Per (working day × 24 + clock hour of the ticket): tickets, wait, waits over the threshold, reneged; queue samples. */
  readonly periods: PeriodColumns
  readonly series: {
    readonly hallQueue: ReadonlyArray<number>
    readonly windowsBusy: ReadonlyArray<number>
    readonly backOfficeQueue: ReadonlyArray<number>
    readonly backOfficeBusy: ReadonlyArray<number>
  }
}

/** Per-period sums, indexed by working day × 24 + clock hour. */
export interface PeriodColumns {
  readonly tickets: Array<number>
  readonly wait: Array<number>
  readonly over: Array<number>
  readonly reneged: Array<number>
  readonly queue: Array<number>
  readonly samples: Array<number>
}

/** Runs the events of one run of `model` until none is left (or {@link MAX_EVENTS}). */
export const runLoop = (
  model: Model,
  nextArrival: (si: number, from: number) => number,
  expected: number,
  rng: Streams,
  keepLog: boolean
): LoopState => {
  const D = model.dayMinutes
  const H = model.days * D
  const hours = hourTable(model)
  const threshold = model.serviceLevelMinutes
  const periods: PeriodColumns = { tickets: [], wait: [], over: [], reneged: [], queue: [], samples: [] }
  // The period of a working minute: working day × 24 + its clock hour.
  const periodOf = (t: number): number => {
    const day = Math.floor(t / D)
    const b = day * 24 + (hours[Math.floor(t - day * D)] ?? 0)
    while (periods.tickets.length <= b) {
      periods.tickets.push(0)
      periods.wait.push(0)
      periods.over.push(0)
      periods.reneged.push(0)
      periods.queue.push(0)
      periods.samples.push(0)
    }
    return b
  }
  // A ticket's wait, counted in the period it was taken, when it is called or leaves.
  const recordWait = (ticket: number, w: number, left: boolean): void => {
    const b = periodOf(ticket)
    periods.tickets[b] = (periods.tickets[b] ?? 0) + 1
    periods.wait[b] = (periods.wait[b] ?? 0) + w
    if (w > threshold) periods.over[b] = (periods.over[b] ?? 0) + 1
    if (left) periods.reneged[b] = (periods.reneged[b] ?? 0) + 1
  }
  const rngChoice = rng.choice
  const rngWindow = rng.window
  const rngOffice = rng.office
  const rngPatience = rng.patience
  const rngMaterials = rng.materials
  const rngRet = rng.ret
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
  const groupLastBusy = new Float64Array(nGroup)
  const deptLastBusy = new Float64Array(nDept)
  // Individual windows and reviewers, tracked for the event log only: free
  // window numbers per group, free reviewer slots per department (slot k
  // belongs to reviewer k mod reviewers, so work spreads over reviewers).
  const freeWindows: Array<Array<number>> = groups.map((g) =>
    keepLog ? Array.from({ length: g.count }, (_, k) => g.count - 1 - k) : []
  )
  const freeSlots: Array<Array<number>> = departments.map((d) => {
    const n = keepLog ? d.reviewers * d.casesPerReviewer : 0
    return Array.from({ length: n }, (_, k) => n - 1 - k)
  })
  const taskSlots: Array<Array<number>> = []
  const windowName = (g: number, c: number): string => `${groups[g]?.id ?? ""}#${(cWindow[c] ?? 0) + 1}`
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

  const cs = new CaseColumns(Math.min(8_000_000, Math.max(1024, Math.ceil(expected * 1.2))))
  const ts = new TaskColumns()
  // The columns as locals (the loop reads them millions of times), re-read after the columns grow.
  let cService = cs.service
  let cOnline = cs.online
  let cPriority = cs.priority
  let cState = cs.state
  let cGroup = cs.group
  let cWindow = cs.window
  let cVisits = cs.visits
  let cTrips = cs.trips
  let cFlowBase = cs.flowBase
  let cFlowLeft = cs.flowLeft
  let cArrival = cs.arrival
  let cTicket = cs.ticket
  let cRenegeAt = cs.renegeAt
  let cWait = cs.wait
  let cCompleted = cs.completed
  let tCase = ts.caseOf
  let tNode = ts.node
  let tEnabled = ts.enabled
  let tStarted = ts.started
  const caseColumnsGrew = (): void => {
    cService = cs.service
    cOnline = cs.online
    cPriority = cs.priority
    cState = cs.state
    cGroup = cs.group
    cWindow = cs.window
    cVisits = cs.visits
    cTrips = cs.trips
    cFlowBase = cs.flowBase
    cFlowLeft = cs.flowLeft
    cArrival = cs.arrival
    cTicket = cs.ticket
    cRenegeAt = cs.renegeAt
    cWait = cs.wait
    cCompleted = cs.completed
  }
  const taskColumnsGrew = (): void => {
    tCase = ts.caseOf
    tNode = ts.node
    tEnabled = ts.enabled
    tStarted = ts.started
  }
  let flowState = new Int32Array(1024)
  let flowUsed = 0

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
    groupBusyMinutes[g] = (groupBusyMinutes[g] ?? 0) + s
    if (now + s > (groupLastBusy[g] ?? 0)) groupLastBusy[g] = now + s
    heap.push(now + s, c * 8 + WINDOW_DONE)
    recordWait(ticket, now - ticket, false)
    if (keepLog) {
      cWindow[c] = freeWindows[g]?.pop() ?? 0
      const resource = windowName(g, c)
      log.push({ case: c, activity: "call", resource, enabled: ticket, started: now, completed: now })
      log.push({ case: c, activity: "window", resource, enabled: ticket, started: now, completed: now + s })
    }
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
    deptBusyMinutes[d] = (deptBusyMinutes[d] ?? 0) + u * s
    if (now + s > (deptLastBusy[d] ?? 0)) deptLastBusy[d] = now + s
    if (keepLog) {
      const free = freeSlots[d] ?? []
      const slots: Array<number> = []
      for (let k = 0; k < u; k++) slots.push(free.pop() ?? 0)
      taskSlots[task] = slots
    }
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
    const task = ts.add()
    if (tCase !== ts.caseOf) taskColumnsGrew()
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

  // An instant activity of case c now, in the event log.
  const note = (c: number, activity: string, resource: string, enabled: number): void => {
    log.push({ case: c, activity, resource, enabled, started: now, completed: now })
  }

  const sendBack = (c: number, si: number): void => {
    returns++
    cState[c] = AWAY
    // The ticket's time is over: it now holds when the case was sent back (for the log).
    cTicket[c] = now
    heap.push(now + sample(returnSamplers[si] ?? makeSampler({ type: "fixed", value: 1 }), rngRet) * D, c * 8 + RETURN)
  }

  const submit = (c: number): void => {
    cVisits[c] = (cVisits[c] ?? 0) + 1
    const si = cService[c] ?? 0
    if ((cOnline[c] ?? 0) === 1) {
      if (rngMaterials.next() < (services[si]?.incomplete ?? 0)) {
        if (keepLog) note(c, "return_materials", "online", now)
        sendBack(c, si)
      } else {
        if (keepLog) note(c, "forward", "online", now)
        forward(c)
      }
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

  while (heap.size > 0 && events < MAX_EVENTS) {
    now = heap.peekTime()
    const payload = heap.pop()
    events++
    const kind = payload & 7
    const id = payload >> 3
    switch (kind) {
      case ARRIVAL: {
        const c = cs.add()
        if (cService !== cs.service) caseColumnsGrew()
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
        if (keepLog) note(c, "arrival", isOnline === 1 ? "online" : "hall", now)
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
        const resource = keepLog ? windowName(g, c) : ""
        if (keepLog) freeWindows[g]?.push(cWindow[c] ?? 0)
        callNext(g)
        const si = cService[c] ?? 0
        const service = services[si]
        if (rngMaterials.next() < (service?.incomplete ?? 0)) {
          if (keepLog) note(c, "return_materials", resource, now)
          sendBack(c, si)
        } else if (groups[g]?.authorised === true && service?.approveAtWindow === true) {
          if (keepLog) note(c, "decide", resource, now)
          atWindow++
          conclude(c)
        } else {
          if (keepLog) note(c, "forward", resource, now)
          forward(c)
        }
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
          // The wait until leaving counts, in the case, the hour and the wait statistics.
          const ticket = cTicket[c] ?? now
          cWait[c] = (cWait[c] ?? 0) + (now - ticket)
          recordWait(ticket, now - ticket, true)
          addValue(wait, cWait[c] ?? 0)
          if (keepLog) note(c, "renege", "hall", ticket)
        }
        break
      }
      case RETURN:
        if (keepLog) note(id, "resubmit", (cOnline[id] ?? 0) === 1 ? "online" : "hall", cTicket[id] ?? now)
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
        if (keepLog) {
          const slots = taskSlots[task] ?? []
          const reviewers = departments[d]?.reviewers ?? 1
          log.push({
            case: c,
            activity: plan.names[node] ?? "",
            resource: `${departments[d]?.id ?? ""}#${((slots[0] ?? 0) % reviewers) + 1}`,
            enabled: tEnabled[task] ?? 0,
            started: tStarted[task] ?? 0,
            completed: now
          })
          for (let k = slots.length - 1; k >= 0; k--) freeSlots[d]?.push(slots[k] ?? 0)
        }
        ts.release(task)
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
        const b = periodOf(now)
        periods.queue[b] = (periods.queue[b] ?? 0) + hallQueue
        periods.samples[b] = (periods.samples[b] ?? 0) + 1
        if (now + sampleEvery < H) heap.push(now + sampleEvery, SAMPLE)
      }
    }
  }

  return {
    cases: cs,
    log,
    wait,
    cycle,
    trips: tripsSummary,
    completed,
    reneged,
    online,
    returns,
    atWindow,
    events,
    now,
    groupBusyMinutes,
    deptBusyMinutes,
    groupLastBusy,
    deptLastBusy,
    periods,
    series
  }
}
