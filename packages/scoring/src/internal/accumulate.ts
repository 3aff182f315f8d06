/**
 * The hot loop of scoring: one pass over the events, counting into each
 * subject's accumulator (units per item, veto counts, levels, cases,
 * workload). Plain TypeScript over typed arrays, for speed.
 */
import { codeIssue, type Issue, type LocalDate } from "@tongban/core"
import type { ScoringEvent } from "../Events.js"
import { eventCodes, scoreCodes } from "../IssueCodes.js"
import { formatPoints } from "../Points.js"
import type { Level } from "../Rubric.js"
import type { Compiled, CompiledItem } from "./compile.js"
import { toHundredths } from "./decimal.js"

/** What one pass over the events counts for one subject (a staff member or a window). */
export interface Acc {
  readonly id: string
  window: string | undefined
  department: string | undefined
  role: string | undefined
  /** The type of the window, from the roster (`windowType`). */
  windowType: string | undefined
  presenceFrom: LocalDate | undefined
  presenceTo: LocalDate | undefined
  rostered: boolean
  /** On the roster or named by an event of the period (not only by an earlier one that feeds a year-long veto). */
  seen: boolean
  votes: Map<string, number> | undefined
  readonly units: Float64Array
  readonly explicit: Float64Array
  readonly explicitUnits: Float64Array
  readonly itemEvents: Array<Array<number> | undefined>
  readonly vetoCounts: Int32Array
  readonly vetoEvents: Array<Array<number> | undefined>
  readonly levels: Int32Array
  /** Events counted by each ratio counter. */
  readonly counts: Int32Array
  onTime: number
  overdue: number
  workloadH: number
  complaints: number
}

export const LEVEL_INDEX: Readonly<Record<Level, number>> = {
  very_satisfied: 0,
  satisfied: 1,
  basically_satisfied: 2,
  dissatisfied: 3,
  very_dissatisfied: 4
}

export const newAcc = (id: string, c: Compiled): Acc => ({
  id,
  window: undefined,
  department: undefined,
  role: undefined,
  windowType: undefined,
  presenceFrom: undefined,
  presenceTo: undefined,
  rostered: false,
  seen: false,
  votes: undefined,
  units: new Float64Array(c.items.length),
  explicit: new Float64Array(c.items.length),
  explicitUnits: new Float64Array(c.items.length),
  itemEvents: new Array<Array<number> | undefined>(c.items.length),
  vetoCounts: new Int32Array(c.vetoes.length),
  vetoEvents: new Array<Array<number> | undefined>(c.vetoes.length),
  levels: new Int32Array(5),
  counts: new Int32Array(c.counters.length),
  onTime: 0,
  overdue: 0,
  workloadH: 0,
  complaints: 0
})

export interface AccumulateContext {
  readonly from: LocalDate
  readonly to: LocalDate
  readonly yearFrom: string
  readonly staffSubject: boolean
  readonly rosterWindow: ReadonlyMap<string, string>
  readonly appealed: ReadonlySet<string>
  readonly get: (id: string) => Acc
  readonly issues: Array<Issue>
}

const quantityIssue = (i: number): Issue =>
  codeIssue(eventCodes, "event_quantity_invalid", { path: ["events", i, "quantity"] })

const rangeIssue = (i: number, it: CompiledItem, points: string | number): Issue => {
  const min = formatPoints(it.range?.min ?? 0)
  const max = formatPoints(it.range?.max ?? 0)
  return codeIssue(scoreCodes, "event_points_out_of_range", {
    path: ["events", i, "points"],
    facts: { item: it.id, input: String(points), min, max }
  })
}

/** Feeds one event to the items in `list`. */
const feedItems = (
  c: Compiled,
  a: Acc,
  e: ScoringEvent,
  i: number,
  q: number,
  list: ReadonlyArray<number>,
  issues: Array<Issue>
): void => {
  for (let k = 0; k < list.length; k++) {
    const ii = list[k] ?? 0
    const it = c.items[ii]
    if (it === undefined) continue
    if (it.matterTypes !== undefined && (e.matterType === undefined || !it.matterTypes.has(e.matterType))) continue
    const units = it.unit === "occurrence" ? 1 : q
    if (it.weighted) {
      a.units[ii] =
        (a.units[ii] ?? 0) +
        (e.matterType === undefined ? c.defaultWeightH : (c.weights.get(e.matterType) ?? c.defaultWeightH))
    } else if (it.range !== undefined && e.points !== undefined) {
      const ph = toHundredths(e.points)
      if (ph === undefined || ph < it.range.min || ph > it.range.max) {
        issues.push(rangeIssue(i, it, e.points))
        continue
      }
      a.explicit[ii] = (a.explicit[ii] ?? 0) + ph * units
      a.explicitUnits[ii] = (a.explicitUnits[ii] ?? 0) + units
      a.units[ii] = (a.units[ii] ?? 0) + units
    } else a.units[ii] = (a.units[ii] ?? 0) + units
    const ie = a.itemEvents[ii]
    if (ie === undefined) a.itemEvents[ii] = [i]
    else ie.push(i)
  }
}

/** Feeds one event to the vetoes in `list`. */
const feedVetoes = (
  c: Compiled,
  a: Acc,
  e: ScoringEvent,
  i: number,
  inPeriod: boolean,
  list: ReadonlyArray<number>
): void => {
  for (let k = 0; k < list.length; k++) {
    const vi = list[k] ?? 0
    const v = c.vetoes[vi]
    if (v === undefined || (!inPeriod && !v.year)) continue
    if (v.matterTypes !== undefined && (e.matterType === undefined || !v.matterTypes.has(e.matterType))) continue
    a.vetoCounts[vi] = (a.vetoCounts[vi] ?? 0) + 1
    const ve = a.vetoEvents[vi]
    if (ve === undefined) a.vetoEvents[vi] = [i]
    else ve.push(i)
  }
}

/** Counts one event in the ratio counters in `list`. */
const feedCounters = (c: Compiled, a: Acc, e: ScoringEvent, list: ReadonlyArray<number>): void => {
  for (let k = 0; k < list.length; k++) {
    const ci = list[k] ?? 0
    const m = c.counters[ci]?.matterTypes
    if (m !== undefined && (e.matterType === undefined || !m.has(e.matterType))) continue
    a.counts[ci] = (a.counts[ci] ?? 0) + 1
  }
}

/** The hot loop: one pass over the events, counting into each subject's accumulator. Returns the events naming no subject. */
export const accumulate = (c: Compiled, events: ReadonlyArray<ScoringEvent>, x: AccumulateContext): number => {
  let unattributed = 0
  const { from, to, yearFrom, staffSubject, rosterWindow, appealed, get, issues } = x
  const itemsByKey = c.itemsByKey
  const vetoesByKey = c.vetoesByKey
  const hasVetoes = c.vetoes.length > 0
  const countersByKey = c.countersByKey
  const hasCounters = c.counters.length > 0
  for (let i = 0; i < events.length; i++) {
    const e = events[i]
    if (e === undefined) continue
    const kind = e.kind
    if (kind === "staff" || kind === "appeal" || kind === "rectification" || kind === "follow_up") continue
    const d = e.date
    if (d > to || d < yearFrom) continue
    const inPeriod = d >= from
    if (!inPeriod && !hasVetoes) continue
    const subjectId = staffSubject
      ? e.staff
      : (e.window ?? (e.staff === undefined ? undefined : rosterWindow.get(e.staff)))
    if (subjectId === undefined) {
      if (inPeriod) unattributed++
      continue
    }
    const a = get(subjectId)
    const sub = (kind === "evaluation" ? e.level : e.code) ?? ""
    if (hasVetoes) {
      const vd = vetoesByKey.get(kind)
      if (vd !== undefined) {
        const vs = vd.bySub.get(sub)
        if (vs !== undefined) feedVetoes(c, a, e, i, inPeriod, vs)
        if (vd.any !== undefined) feedVetoes(c, a, e, i, inPeriod, vd.any)
      }
    }
    if (!inPeriod) continue
    a.seen = true
    if (staffSubject && !a.rostered) {
      if (e.window !== undefined) {
        const votes = a.votes ?? new Map<string, number>()
        a.votes = votes
        votes.set(e.window, (votes.get(e.window) ?? 0) + 1)
      }
      if (e.department !== undefined && a.department === undefined) a.department = e.department
    } else if (!staffSubject && e.department !== undefined && a.department === undefined) a.department = e.department
    if (kind === "evaluation") {
      if (e.id !== undefined && appealed.has(e.id)) continue
      if (e.level !== undefined) {
        const li = LEVEL_INDEX[e.level]
        a.levels[li] = (a.levels[li] ?? 0) + 1
      }
    } else if (kind === "case") {
      if (e.code === "overdue") a.overdue++
      else a.onTime++
      a.workloadH += e.matterType === undefined ? c.defaultWeightH : (c.weights.get(e.matterType) ?? c.defaultWeightH)
    } else if (kind === "complaint" && e.code === "confirmed") a.complaints++
    if (hasCounters) {
      const cd = countersByKey.get(kind)
      if (cd !== undefined) {
        const cs = cd.bySub.get(sub)
        if (cs !== undefined) feedCounters(c, a, e, cs)
        if (cd.any !== undefined) feedCounters(c, a, e, cd.any)
      }
    }
    const dispatch = itemsByKey.get(kind)
    if (dispatch === undefined) continue
    const specific = dispatch.bySub.get(sub)
    if (specific === undefined && dispatch.any === undefined) continue
    const q = e.quantity ?? 1
    if (!Number.isInteger(q) || q < 1 || q > 1000) {
      issues.push(quantityIssue(i))
    } else {
      if (specific !== undefined) feedItems(c, a, e, i, q, specific, issues)
      if (dispatch.any !== undefined) feedItems(c, a, e, i, q, dispatch.any, issues)
    }
    if (issues.length >= 100) break
  }
  return unattributed
}
