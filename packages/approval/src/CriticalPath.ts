/**
 * The critical-path method (CPM) on an approval flow, in working-day
 * offsets and as dates on a working-day calendar.
 *
 * Glossary:
 * - 关键路径 = critical path; 关键环节 = critical step
 * - 最早开始 / 最早完成 = earliest start / finish (ES / EF)
 * - 最迟开始 / 最迟完成 = latest start / finish (LS / LF)
 * - 总时差 = total float; 自由时差 = free float
 * - 总工期 = makespan; 工作日 = working day
 *
 * Offsets count working days from the start of the flow: a step with
 * `es = 2` and `days = 3` works on working days 2, 3 and 4 (counting from 0)
 * and has `ef = 5`. On the calendar, working day 0 is the start date (or the
 * first working day after it); `start` is the first working day of a step
 * and `finish` its last. A step of zero days (a gateway, a 即办 check) is
 * dated on the day its predecessors finish (the start day if it has none).
 * Exclusive branches are scheduled as if each could be taken (the worst
 * case); the simulation draws one.
 *
 * @since 0.1.0
 */
import { fail, type Issue, type LocalDate, ok, parseLocalDate, type Result } from "@tongban/core"
import { addWorkingDays, isWorkingDay, nextWorkingDay, type WorkCalendar } from "@tongban/deadline"
import type { Flow } from "./Flow.js"
import { flowIndex } from "./internal/index.js"

/**
 * Timing of one step or gateway in working-day offsets.
 *
 * @since 0.1.0
 * @category models
 */
export interface Timing {
  readonly id: string
  readonly kind: "step" | "gateway"
  readonly days: number
  readonly es: number
  readonly ef: number
  readonly ls: number
  readonly lf: number
  readonly totalFloat: number
  readonly freeFloat: number
  readonly critical: boolean
}

/**
 * The result of the critical-path method.
 *
 * @since 0.1.0
 * @category models
 */
export interface CriticalPathResult {
  /** Working days from the start of the flow to the end of its last step. */
  readonly makespan: number
  /** Timing of every step and gateway, in the flow's topological order. */
  readonly timings: ReadonlyArray<Timing>
  /** Every critical path as step ids (gateways left out), up to `maxPaths`. */
  readonly criticalPaths: ReadonlyArray<ReadonlyArray<string>>
  /** Whether there were more critical paths than `maxPaths`. */
  readonly truncated: boolean
  /**
   * Ids of the flow's rework loops, left out: when any are listed, every
   * figure is for the first pass (no 驳回 taken: the steps a loop goes
   * through, its `via`, count zero days), and `note` says so.
   */
  readonly reworkExcluded: ReadonlyArray<string>
  /** A bilingual note on what the figures cover, when rework loops were left out. */
  readonly note: { readonly zh: string; readonly en: string } | undefined
}

/**
 * Options of {@link criticalPath}.
 *
 * @since 0.1.0
 * @category models
 */
export interface CriticalPathOptions {
  /** Most critical paths to list (default 100). */
  readonly maxPaths?: number
}

/**
 * Earliest and latest starts and finishes, floats, every critical path and
 * the makespan of a flow, in working-day offsets. Linear in the size of the
 * flow (apart from listing the paths).
 *
 * @example
 * ```ts
 * import { criticalPath, parseFlow } from "@tongban/approval"
 * import { getOrThrow } from "@tongban/core"
 *
 * const flow = getOrThrow(parseFlow({
 *   id: "f",
 *   name: "示例",
 *   steps: [
 *     { id: "a", name: "受理", department: "中心", duration: 1 },
 *     { id: "b", name: "审图", department: "住建", duration: 5, after: ["a"] },
 *     { id: "c", name: "消防", department: "消防", duration: 3, after: ["a"] },
 *     { id: "d", name: "发证", department: "中心", duration: 1, after: ["b", "c"] }
 *   ]
 * }))
 * const cpm = criticalPath(flow)
 * cpm.makespan // 7
 * cpm.criticalPaths // [["a", "b", "d"]]
 * cpm.timings.find((t) => t.id === "c")?.totalFloat // 2
 * ```
 *
 * @since 0.1.0
 * @category scheduling
 */
export const criticalPath = (flow: Flow, options?: CriticalPathOptions): CriticalPathResult => {
  const ix = flowIndex(flow)
  const n = ix.ids.length
  // The first pass: the rework steps of a loop (its `via`, 修改申请) are done only when it is taken.
  const reworkSteps = new Set(flow.rework.flatMap((r) => r.via ?? []))
  const daysOf = reworkSteps.size === 0 ? ix.days : ix.days.map((d, i) => (reworkSteps.has(ix.ids[i] ?? "") ? 0 : d))
  const es = new Int32Array(n)
  const ef = new Int32Array(n)
  let makespan = 0
  const { predStart, predList, succStart, succList } = ix
  for (let i = 0; i < n; i++) {
    let start = 0
    for (let k = predStart[i] ?? 0, end = predStart[i + 1] ?? 0; k < end; k++) {
      const f = ef[predList[k] ?? 0] ?? 0
      if (f > start) start = f
    }
    es[i] = start
    const finish = start + (daysOf[i] ?? 0)
    ef[i] = finish
    if (finish > makespan) makespan = finish
  }
  const lf = new Int32Array(n)
  const ls = new Int32Array(n)
  const ff = new Int32Array(n)
  for (let i = n - 1; i >= 0; i--) {
    let latest = makespan
    let earliestNext = makespan
    for (let k = succStart[i] ?? 0, end = succStart[i + 1] ?? 0; k < end; k++) {
      const j = succList[k] ?? 0
      const s = ls[j] ?? 0
      if (s < latest) latest = s
      const e = es[j] ?? 0
      if (e < earliestNext) earliestNext = e
    }
    lf[i] = latest
    ls[i] = latest - (daysOf[i] ?? 0)
    ff[i] = earliestNext - (ef[i] ?? 0)
  }
  const timings: Array<Timing> = []
  for (let i = 0; i < n; i++) {
    const totalFloat = (ls[i] ?? 0) - (es[i] ?? 0)
    timings.push({
      id: ix.ids[i] ?? "",
      kind: ix.isStep[i] === 1 ? "step" : "gateway",
      days: daysOf[i] ?? 0,
      es: es[i] ?? 0,
      ef: ef[i] ?? 0,
      ls: ls[i] ?? 0,
      lf: lf[i] ?? 0,
      totalFloat,
      freeFloat: ff[i] ?? 0,
      critical: totalFloat === 0
    })
  }
  const paths = listCriticalPaths(flow, es, ef, ls, options?.maxPaths ?? 100)
  const reworkExcluded = flow.rework.map((r) => r.id)
  const note =
    reworkExcluded.length === 0
      ? undefined
      : {
          zh: `按首次通过计算：未计入 ${reworkExcluded.length} 个返工环路（${reworkExcluded.join("、")}）`,
          en: `computed on the first pass: ${reworkExcluded.length} rework loop(s) not counted (${reworkExcluded.join(", ")})`
        }
  return { makespan, timings, criticalPaths: paths.paths, truncated: paths.truncated, reworkExcluded, note }
}

const listCriticalPaths = (
  flow: Flow,
  es: Int32Array,
  ef: Int32Array,
  ls: Int32Array,
  maxPaths: number
): { paths: ReadonlyArray<ReadonlyArray<string>>; truncated: boolean } => {
  const ix = flowIndex(flow)
  const n = ix.ids.length
  const critical = (i: number): boolean => ls[i] === es[i]
  const tight = (i: number, j: number): boolean => critical(j) && ef[i] === es[j]
  const next: Array<Array<number>> = []
  const hasTightPred = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    const list: Array<number> = []
    if (critical(i)) {
      for (let k = ix.succStart[i] ?? 0, end = ix.succStart[i + 1] ?? 0; k < end; k++) {
        const j = ix.succList[k] ?? 0
        if (tight(i, j)) {
          list.push(j)
          hasTightPred[j] = 1
        }
      }
    }
    next.push(list)
  }
  const seen = new Set<string>()
  const paths: Array<ReadonlyArray<string>> = []
  let truncated = false
  const limit = Math.max(0, maxPaths)
  // Depth-first over tight edges with an explicit stack (flows can be long).
  for (let s = 0; s < n && !truncated; s++) {
    if (!critical(s) || hasTightPred[s] === 1 || es[s] !== 0) continue
    const trail: Array<number> = [s]
    const cursor: Array<number> = [0]
    while (trail.length > 0) {
      const depth = trail.length - 1
      const node = trail[depth] ?? 0
      const out = next[node] ?? []
      const at = cursor[depth] ?? 0
      if (out.length === 0) {
        const ids = trail.filter((i) => ix.isStep[i] === 1).map((i) => ix.ids[i] ?? "")
        const key = ids.join("\u0000")
        if (ids.length > 0 && !seen.has(key)) {
          if (paths.length >= limit) {
            truncated = true
            break
          }
          seen.add(key)
          paths.push(ids)
        }
        trail.pop()
        cursor.pop()
      } else if (at < out.length) {
        cursor[depth] = at + 1
        trail.push(out[at] ?? 0)
        cursor.push(0)
      } else {
        trail.pop()
        cursor.pop()
      }
    }
  }
  return { paths, truncated }
}

/**
 * The dates of a scheduled step, by name.
 *
 * @since 0.2.0
 * @category models
 */
export type ScheduledDate = "start" | "finish" | "lateStart" | "lateFinish"

/**
 * One step or gateway on the calendar: its offsets and floats, and its
 * dates (`start` is the first working day of work, `finish` the last;
 * `lateStart` and `lateFinish` the same for the latest schedule). On a
 * provisional calendar, `projected` names the dates that fall after the last
 * announced day: counting the working days up to them crosses projected
 * days, so they may move when the State Council's notice is published.
 * 预测日期：落在最后一份放假通知之后的日期，通知公布后可能变动。
 *
 * @since 0.1.0
 * @category models
 */
export interface ScheduledStep extends Timing {
  readonly name: string
  readonly department: string | undefined
  readonly stage: string | undefined
  readonly start: LocalDate
  readonly finish: LocalDate
  readonly lateStart: LocalDate
  readonly lateFinish: LocalDate
  /** Whether any of the step's dates rests on projected days (`projected` is not empty). */
  readonly provisional: boolean
  /** The dates that rest on projected days, in the order start, finish, lateStart, lateFinish. */
  readonly projected: ReadonlyArray<ScheduledDate>
}

/**
 * A flow scheduled on a working-day calendar.
 *
 * @since 0.1.0
 * @category models
 */
export interface FlowSchedule {
  readonly flow: string
  readonly name: string
  readonly calendar: string
  /** The first working day of the flow: the start date, or the next working day. */
  readonly start: LocalDate
  /** The last working day of the flow. */
  readonly finish: LocalDate
  readonly makespan: number
  readonly criticalPaths: ReadonlyArray<ReadonlyArray<string>>
  readonly truncated: boolean
  /** The flow's stages, for grouping (e.g. the sections of a Gantt chart). */
  readonly stages: ReadonlyArray<{ readonly id: string; readonly name: string }>
  /** Steps in the flow's order of `steps`. */
  readonly steps: ReadonlyArray<ScheduledStep>
  /** Gateways, scheduled like zero-day steps. */
  readonly gateways: ReadonlyArray<ScheduledStep>
  /**
   * Whether any date of the schedule rests on projected days (the finish
   * falls after the calendar's last announced day); false on a calendar
   * whose every day is announced.
   */
  readonly provisional: boolean
  /** The calendar's last announced day, when it is a provisional calendar. */
  readonly announcedThrough: LocalDate | undefined
}

const DATES: ReadonlyArray<ScheduledDate> = ["start", "finish", "lateStart", "lateFinish"]

/** The calendar's last announced day as a date (undefined when it is none). */
const announcedDay = (text: string): LocalDate | undefined => {
  const parsed = parseLocalDate(text)
  return parsed.ok ? parsed.value : undefined
}

/**
 * Options of {@link scheduleFlow}.
 *
 * @since 0.1.0
 * @category models
 */
export interface ScheduleOptions extends CriticalPathOptions {
  /** The day the flow starts (if not a working day, the next working day). */
  readonly start: LocalDate
  readonly calendar: WorkCalendar
}

/**
 * Schedules a flow on a working-day calendar: the critical-path method, then
 * each offset turned into a date. On a provisional calendar
 * (`provisionalChinaCalendar` from `@tongban/deadline/provisional`) every
 * date after the last announced day is flagged: the step's `projected`
 * names it and the schedule is `provisional`. 在预测日历上，落在最后一份
 * 通知之后的日期逐一标注为预测。
 *
 * @returns the schedule, or `calendar_out_of_coverage` when the flow runs
 * past the calendar's coverage
 *
 * @example
 * ```ts
 * import { parseFlow, scheduleFlow } from "@tongban/approval"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 * import { chinaCalendar } from "@tongban/deadline"
 *
 * const flow = getOrThrow(parseFlow({
 *   id: "f",
 *   name: "示例",
 *   steps: [
 *     { id: "a", name: "受理", department: "中心", duration: 1 },
 *     { id: "b", name: "审查", department: "局", duration: 3, after: ["a"] }
 *   ]
 * }))
 * const s = getOrThrow(scheduleFlow(flow, { start: getOrThrow(parseLocalDate("2024-09-30")), calendar: chinaCalendar }))
 * s.steps[1]?.start // "2024-10-08"
 * s.finish // "2024-10-10"
 * s.provisional // false
 * ```
 *
 * @since 0.1.0
 * @category scheduling
 */
export const scheduleFlow = (flow: Flow, options: ScheduleOptions): Result<FlowSchedule> => {
  const { calendar } = options
  const working = isWorkingDay(options.start, { calendar, path: ["start"] })
  if (!working.ok) return working
  const first = working.value ? ok(options.start) : nextWorkingDay(options.start, { calendar, path: ["start"] })
  if (!first.ok) return first
  const day0 = first.value
  const cache = new Map<number, LocalDate>([[0, day0]])
  const issues: Array<Issue> = []
  const dateOf = (k: number): LocalDate => {
    const cached = cache.get(k)
    if (cached !== undefined) return cached
    const r = addWorkingDays(day0, k, { calendar, path: ["start"] })
    if (!r.ok) {
      if (issues.length === 0) issues.push(...r.issues)
      return day0
    }
    cache.set(k, r.value)
    return r.value
  }
  const announced = calendar.announcedThrough
  const isProjected = (date: LocalDate): boolean => announced !== undefined && date > announced
  const cpm = criticalPath(flow, options)
  const steps = new Map(flow.steps.map((s) => [s.id, s]))
  const gateways = new Map(flow.gateways.map((g) => [g.id, g]))
  const place = (t: Timing): ScheduledStep => {
    const step = steps.get(t.id)
    const gateway = gateways.get(t.id)
    const dates = {
      start: dateOf(t.days > 0 ? t.es : Math.max(0, t.es - 1)),
      finish: dateOf(Math.max(0, t.ef - 1)),
      lateStart: dateOf(t.days > 0 ? t.ls : Math.max(0, t.ls - 1)),
      lateFinish: dateOf(Math.max(0, t.lf - 1))
    }
    const projected = DATES.filter((d) => isProjected(dates[d]))
    return {
      id: t.id,
      kind: t.kind,
      days: t.days,
      es: t.es,
      ef: t.ef,
      ls: t.ls,
      lf: t.lf,
      totalFloat: t.totalFloat,
      freeFloat: t.freeFloat,
      critical: t.critical,
      name: step?.name ?? gateway?.name ?? t.id,
      department: step?.department,
      stage: step?.stage ?? gateway?.stage,
      ...dates,
      provisional: projected.length > 0,
      projected
    }
  }
  const placed = new Map(cpm.timings.map((t) => [t.id, place(t)]))
  const finish = dateOf(Math.max(0, cpm.makespan - 1))
  if (issues.length > 0) return fail(issues)
  const pick = (id: string): ReadonlyArray<ScheduledStep> => {
    const p = placed.get(id)
    return p === undefined ? [] : [p]
  }
  return ok({
    flow: flow.id,
    name: flow.name,
    calendar: calendar.id,
    start: day0,
    finish,
    makespan: cpm.makespan,
    criticalPaths: cpm.criticalPaths,
    truncated: cpm.truncated,
    stages: flow.stages,
    steps: flow.steps.flatMap((s) => pick(s.id)),
    gateways: flow.gateways.flatMap((g) => pick(g.id)),
    provisional: isProjected(finish),
    announcedThrough: announced === undefined ? undefined : announcedDay(announced)
  })
}
