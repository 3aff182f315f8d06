/**
 * Schedule risk of an approval flow: its step durations as distributions
 * (fixed, triangular, lognormal, as `@tongban/approval` writes them) give,
 * by seeded Monte Carlo, the distribution of the flow's finish date on the
 * real working calendar (p50, p90), the probability of meeting the
 * promised limit, and each step's criticality index (the share of runs in
 * which it lies on the critical path). Exclusive forks take one branch by
 * its probability, inclusive forks each branch by its own, and rework
 * loops repeat the steps from `to` to `from` with their probability. The
 * critical path method uses only each duration's mode; a skewed flow
 * finishes later on average than that plan says.
 *
 * Glossary: 进度风险 = schedule risk, 关键路径 = critical path, 关键度 =
 * criticality index, 承诺时限 = promised limit, 返工 = rework.
 *
 * @since 0.2.0
 */
import { fail, type Issue, type LocalDate, ok, type Result } from "@tongban/core"
import { criticalPath, type Flow } from "@tongban/approval"
import { addWorkingDays, isWorkingDay, nextWorkingDay, type WorkCalendar } from "@tongban/deadline"
import { sample, type Sampler } from "./Distribution.js"
import { invalid, isCalendarLike, isNumberIn, isRecord } from "./internal/guard.js"
import { durationSampler } from "./internal/plan.js"
import { type Interval, intervalOf } from "./Replications.js"
import { makeRandom } from "./Random.js"

/**
 * Options of {@link scheduleRisk}.
 *
 * @since 0.2.0
 * @category models
 */
export interface ScheduleRiskOptions {
  /** The day the flow starts (if not a working day, the next working day). */
  readonly start: LocalDate
  readonly calendar: WorkCalendar
  /** Monte Carlo runs (default 1000, at most 1,000,000). */
  readonly runs?: number
  /** The seed (default 1): the same flow, options and seed give the same result. */
  readonly seed?: number
  /** The promised limit in working days; default the flow's own `promised`. */
  readonly promised?: number
  /** Level of the interval of the on-time probability (default 0.95). */
  readonly level?: number
}

/**
 * A step's share of runs on the critical path.
 *
 * @since 0.2.0
 * @category models
 */
export interface Criticality {
  readonly id: string
  readonly name: string
  readonly department: string
  /** Share of runs in which the step lay on the critical path (0–1). */
  readonly index: number
}

/**
 * The finish-date distribution of a flow, from {@link scheduleRisk}.
 *
 * @since 0.2.0
 * @category models
 */
export interface ScheduleRisk {
  readonly flow: string
  readonly runs: number
  readonly seed: number
  /** The first working day. */
  readonly start: LocalDate
  /** The critical path method's plan (each duration's mode): makespan and finish. */
  readonly planned: { readonly makespan: number; readonly finish: LocalDate }
  /** Working days from the start to the end of the flow, over the runs. */
  readonly makespan: {
    readonly mean: number
    readonly sd: number
    readonly p10: number
    readonly p50: number
    readonly p90: number
    readonly min: number
    readonly max: number
  }
  /** The finish date's median and 90th percentile, and its distribution (one row per date). */
  readonly finish: {
    readonly p50: LocalDate
    readonly p90: LocalDate
    readonly dates: ReadonlyArray<{ readonly date: LocalDate; readonly share: number; readonly cumulative: number }>
  }
  /** Share of runs that planned finish or earlier. */
  readonly plannedOrEarlier: number
  /** The promised limit (working days), its due date, and the share of runs finishing by it, with its interval. */
  readonly promised: {
    readonly limit: number
    readonly due: LocalDate
    readonly probability: number
    readonly interval: Interval
  } | null
  /** Each step in the flow's order, with its criticality index. */
  readonly criticality: ReadonlyArray<Criticality>
  /**
   * Present when a date of the result (a finish date or the promised due
   * date) lies after the calendar's `announcedThrough`: it rests on days
   * projected from the statute, an estimate until that year's notice is out.
   */
  readonly provisional?: true
}

const quantileOf = (sorted: Float64Array, q: number): number =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))] ?? 0)

/**
 * Draws a flow's durations `runs` times and schedules each draw on the
 * calendar. Fails when a date lies outside the calendar's coverage, or with
 * `argument_invalid` when the arguments are not a flow from `parseFlow` and
 * options with a start date and a calendar (nothing throws).
 *
 * @param flow - a flow from `parseFlow` (`@tongban/approval`)
 * @param options - start date, calendar, runs, seed, promised limit
 * @returns the finish-date distribution, the on-time probability and criticality indices
 *
 * @example
 * ```ts
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 * import { parseFlow } from "@tongban/approval"
 * import { chinaCalendar } from "@tongban/deadline"
 * import { scheduleRisk } from "@tongban/simulation"
 *
 * const flow = getOrThrow(parseFlow({
 *   id: "f", name: "f", promised: 8,
 *   steps: [
 *     { id: "a", name: "A", department: "x", duration: { kind: "triangular", min: 2, mode: 3, max: 10 } },
 *     { id: "b", name: "B", department: "y", duration: 4 }
 *   ]
 * }))
 * const risk = getOrThrow(scheduleRisk(flow, { start: getOrThrow(parseLocalDate("2026-03-02")), calendar: chinaCalendar, runs: 2000 }))
 * risk.planned // { makespan: 4, finish: "2026-03-05" }
 * Number(risk.makespan.mean.toFixed(2)) // 5.31
 * risk.criticality.map((c) => c.id) // ["a", "b"]
 * risk.promised?.due // "2026-03-11"
 * ```
 *
 * @since 0.2.0
 * @category scheduling
 */
export const scheduleRisk = (flow: Flow, options: ScheduleRiskOptions): Result<ScheduleRisk> => {
  const wrong = riskArgumentIssues(flow, options)
  if (wrong.length > 0) return fail(wrong)
  try {
    return risk(flow, options)
  } catch {
    // Deeper than the guard reads (a step's duration, a gateway's branches): not a flow parseFlow made.
    return fail([invalid("flow", ["flow"], "flow")])
  }
}

// scheduleRisk's arguments from plain JavaScript: a flow's lists, and options with a date and a calendar.
const riskArgumentIssues = (flow: unknown, options: unknown): ReadonlyArray<Issue> => {
  const issues: Array<Issue> = []
  const lists = ["order", "steps", "gateways", "rework"]
  if (
    !isRecord(flow) ||
    typeof flow.id !== "string" ||
    !lists.every((key) => {
      const items = flow[key]
      return Array.isArray(items) && items.every((item: unknown) => isRecord(item) || typeof item === "string")
    })
  )
    issues.push(invalid("flow", ["flow"], "flow"))
  if (!isRecord(options)) return [...issues, invalid("options", ["options"], "object")]
  if (typeof options.start !== "string") issues.push(invalid("start", ["options", "start"], "text"))
  if (!isCalendarLike(options.calendar)) issues.push(invalid("calendar", ["options", "calendar"], "calendar"))
  for (const key of ["runs", "seed", "promised", "level"]) {
    const v = options[key]
    if (v !== undefined && !isNumberIn(v, -Number.MAX_VALUE, Number.MAX_VALUE))
      issues.push(invalid(key, ["options", key], "number"))
  }
  return issues
}

const risk = (flow: Flow, options: ScheduleRiskOptions): Result<ScheduleRisk> => {
  const { calendar } = options
  const runs = Number.isInteger(options.runs) ? Math.max(1, Math.min(1_000_000, options.runs ?? 1000)) : 1000
  const seed = Number.isFinite(options.seed) ? (options.seed ?? 1) : 1
  const working = isWorkingDay(options.start, { calendar, path: ["start"] })
  if (!working.ok) return working
  const first = working.value ? ok(options.start) : nextWorkingDay(options.start, { calendar, path: ["start"] })
  if (!first.ok) return first
  const day0 = first.value

  // The flow as arrays over its topological order.
  const ids = flow.order
  const n = ids.length
  const index = new Map(ids.map((id, i) => [id, i]))
  const steps = new Map(flow.steps.map((s) => [s.id, s]))
  const gateways = new Map(flow.gateways.map((g) => [g.id, g]))
  const preds: Array<Array<number>> = ids.map(() => [])
  for (const s of flow.steps) for (const a of s.after) preds[index.get(s.id) ?? 0]?.push(index.get(a) ?? 0)
  for (const g of flow.gateways) for (const a of g.after) preds[index.get(g.id) ?? 0]?.push(index.get(a) ?? 0)
  const samplers: Array<Sampler | undefined> = ids.map((id) => {
    const s = steps.get(id)
    return s === undefined ? undefined : durationSampler(s.duration, 1)
  })
  // Forks with branches: who they pass control to, drawn per run.
  const forks = ids.map((id) => {
    const g = gateways.get(id)
    if (g === undefined || g.role !== "fork" || g.branches.length === 0 || g.kind === "parallel") return undefined
    return {
      exclusive: g.kind === "exclusive",
      to: g.branches.map((b) => index.get(b.to) ?? -1),
      p: g.branches.map((b) => b.probability)
    }
  })
  // Rework: after `from`, back to `to`; the loop repeats the nodes between them.
  const rework = flow.rework.flatMap((r) => {
    const from = index.get(r.from)
    const to = index.get(r.to)
    if (from === undefined || to === undefined || to > from) return []
    // Nodes on a path from `to` to `from` (descendants of `to` that are ancestors of `from`).
    const down = new Uint8Array(n)
    down[to] = 1
    for (let i = to + 1; i <= from; i++) if ((preds[i] ?? []).some((p) => down[p] === 1)) down[i] = 1
    const segment: Array<number> = []
    const up = new Uint8Array(n)
    up[from] = 1
    for (let i = from; i >= to; i--) {
      if (up[i] !== 1) continue
      for (const p of preds[i] ?? []) up[p] = 1
      if (down[i] === 1) segment.push(i)
    }
    segment.reverse()
    return [{ from, to, p: r.probability, segment }]
  })
  const reworkAt = new Map(rework.map((r) => [r.from, r]))

  const rng = makeRandom(seed, 0)
  const branchRng = makeRandom(seed, 1)
  const start = new Float64Array(n)
  const end = new Float64Array(n)
  const active = new Uint8Array(n)
  const chosen: Array<Set<number>> = ids.map(() => new Set<number>())
  const critical = new Float64Array(n)
  const makespans = new Float64Array(runs)
  const argPred = new Int32Array(n)

  const duration = (i: number): number => {
    const s = samplers[i]
    return s === undefined ? 0 : sample(s, rng)
  }
  for (let r = 0; r < runs; r++) {
    let finishAt = 0
    let last = -1
    for (let i = 0; i < n; i++) {
      const ps = preds[i] ?? []
      let at = 0
      let arg = -1
      let isActive = ps.length === 0
      for (const p of ps) {
        if (active[p] !== 1) continue
        const f = forks[p]
        if (f !== undefined && !chosen[p]?.has(i)) continue
        isActive = true
        if ((end[p] ?? 0) >= at) {
          at = end[p] ?? 0
          arg = p
        }
      }
      active[i] = isActive ? 1 : 0
      argPred[i] = arg
      start[i] = at
      end[i] = isActive ? at + duration(i) : at
      const f = forks[i]
      if (f !== undefined && isActive) {
        const set = chosen[i] ?? new Set<number>()
        set.clear()
        if (f.exclusive) {
          let total = 0
          for (const p of f.p) total += p
          let u = branchRng.next() * (total > 0 ? total : f.p.length)
          let pick = f.to[f.to.length - 1] ?? -1
          for (let j = 0; j < f.to.length; j++) {
            u -= total > 0 ? (f.p[j] ?? 0) : 1
            if (u < 0) {
              pick = f.to[j] ?? -1
              break
            }
          }
          set.add(pick)
        } else for (let j = 0; j < f.to.length; j++) if (branchRng.next() < (f.p[j] ?? 1)) set.add(f.to[j] ?? -1)
        chosen[i] = set
      }
      const loop = reworkAt.get(i)
      if (loop !== undefined && isActive) {
        // Each repeat redoes the segment from `to` to `from`, after `from` ends.
        let guard = 0
        while (branchRng.next() < loop.p && guard++ < 10_000) {
          let t = end[i] ?? 0
          for (const k of loop.segment) t += active[k] === 1 ? duration(k) : 0
          end[i] = t
        }
      }
      if (isActive && (end[i] ?? 0) >= finishAt) {
        finishAt = end[i] ?? 0
        last = i
      }
    }
    makespans[r] = finishAt
    // The critical path of this run: back from the last finisher through the predecessors that set each start.
    for (let k = last; k >= 0; k = argPred[k] ?? -1) if (steps.has(ids[k] ?? "")) critical[k] = (critical[k] ?? 0) + 1
  }

  const dates = new Map<number, LocalDate>()
  let outside: Result<never> | undefined
  const dateOf = (k: number): LocalDate => {
    const known = dates.get(k)
    if (known !== undefined) return known
    const d = addWorkingDays(day0, k, { calendar, path: ["start"] })
    if (!d.ok) {
      outside ??= d
      return day0
    }
    dates.set(k, d.value)
    return d.value
  }
  // The working day a makespan ends on: a flow of m days ends on day m − 1 (as scheduleFlow counts).
  const endDay = (m: number): number => Math.max(0, Math.ceil(m - 1e-9) - 1)
  const sorted = Float64Array.from(makespans).sort()
  const counts = new Map<number, number>()
  for (const m of sorted) counts.set(endDay(m), (counts.get(endDay(m)) ?? 0) + 1)
  let cumulative = 0
  const finishDates = [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, count]) => {
      cumulative += count
      return { date: dateOf(day), share: count / runs, cumulative: cumulative / runs }
    })
  const planned = criticalPath(flow).makespan
  const limit = options.promised ?? flow.promised
  const onTime: Array<number> =
    limit === undefined ? [] : Array.from(makespans, (m) => (endDay(m) <= endDay(limit) ? 1 : 0))
  const stats = intervalOf(Array.from(makespans))
  const result: ScheduleRisk = {
    flow: flow.id,
    runs,
    seed,
    start: day0,
    planned: { makespan: planned, finish: dateOf(endDay(planned)) },
    makespan: {
      mean: stats.mean,
      sd: stats.sd,
      p10: quantileOf(sorted, 0.1),
      p50: quantileOf(sorted, 0.5),
      p90: quantileOf(sorted, 0.9),
      min: sorted[0] ?? 0,
      max: sorted[sorted.length - 1] ?? 0
    },
    finish: {
      p50: dateOf(endDay(quantileOf(sorted, 0.5))),
      p90: dateOf(endDay(quantileOf(sorted, 0.9))),
      dates: finishDates
    },
    plannedOrEarlier: Array.from(makespans).filter((m) => endDay(m) <= endDay(planned)).length / runs,
    promised:
      limit === undefined
        ? null
        : {
            limit,
            due: dateOf(endDay(limit)),
            probability: onTime.reduce((a, b) => a + b, 0) / runs,
            interval: intervalOf(onTime, { level: options.level ?? 0.95 })
          },
    criticality: flow.steps.map((s) => ({
      id: s.id,
      name: s.name,
      department: s.department,
      index: (critical[index.get(s.id) ?? 0] ?? 0) / runs
    }))
  }
  if (outside !== undefined) return outside
  const announced = calendar.announcedThrough
  const projected = announced !== undefined && [...dates.values()].some((d) => d > announced)
  return ok(projected ? { ...result, provisional: true } : result)
}
