/**
 * Serial baseline against the parallel flow, and the statutory and
 * promised ceilings along the critical path.
 *
 * Glossary:
 * - 串联审批 = serial approval (one step after another, the citizen carrying
 *   the file from department to department)
 * - 并联审批 = parallel approval
 * - 法定时限 = statutory time limit; 承诺时限 = promised time limit
 * - 跑动次数 = citizen trips; 压缩率 = compression rate
 *
 * @since 0.1.0
 */
import { criticalPath } from "./CriticalPath.js"
import type { Flow } from "./Flow.js"

/**
 * A limit summed along one critical path.
 *
 * @since 0.1.0
 * @category models
 */
export interface Ceiling {
  /** Working days: the sum of the limits along `path`. */
  readonly days: number
  /** The critical path (step ids) with the largest sum. */
  readonly path: ReadonlyArray<string>
  /** Steps on that path without the limit; their planned days are counted instead. */
  readonly missing: ReadonlyArray<string>
}

/**
 * The comparison of a flow run serially and in parallel.
 *
 * @since 0.1.0
 * @category models
 */
export interface FlowComparison {
  readonly flow: string
  /** Working days if every step ran one after another (all branches counted). */
  readonly serial: number
  /** The makespan of the flow as drawn (the critical-path length). */
  readonly parallel: number
  /** `serial − parallel`. */
  readonly saving: number
  /** `saving / serial` (0 when `serial` is 0). */
  readonly savingRate: number
  /** Sum of statutory limits along the critical path. */
  readonly statutory: Ceiling
  /** Sum of promised limits along the critical path. */
  readonly promised: Ceiling
  /** The flow's own promised limit (e.g. 120 working days), if it states one. */
  readonly target: number | undefined
  /** Whether the parallel makespan stays within `target` (undefined without a target). */
  readonly withinTarget: boolean | undefined
  /** The citizen's trips: the sum of every step's trips. */
  readonly trips: number
  readonly criticalPaths: ReadonlyArray<ReadonlyArray<string>>
}

/**
 * The serial baseline: working days when every step runs one after another,
 * as a centre without parallel approval does it.
 *
 * @example
 * ```ts
 * import { parseFlow, serialBaseline } from "@tongban/approval"
 * import { getOrThrow } from "@tongban/core"
 *
 * const flow = getOrThrow(parseFlow({
 *   id: "f",
 *   name: "示例",
 *   steps: [
 *     { id: "a", name: "甲", department: "d", duration: 2 },
 *     { id: "b", name: "乙", department: "e", duration: 3 }
 *   ]
 * }))
 * serialBaseline(flow) // 5
 * ```
 *
 * @since 0.1.0
 * @category scheduling
 */
export const serialBaseline = (flow: Flow): number => flow.steps.reduce((sum, s) => sum + s.days, 0)

/**
 * Compares the serial baseline, the parallel makespan, and the statutory and
 * promised limits summed along the critical path.
 *
 * @example
 * ```ts
 * import { compareFlow, parseFlow } from "@tongban/approval"
 * import { getOrThrow } from "@tongban/core"
 *
 * const flow = getOrThrow(parseFlow({
 *   id: "f",
 *   name: "示例",
 *   promised: 5,
 *   steps: [
 *     { id: "a", name: "受理", department: "中心", duration: 1, statutory: 5 },
 *     { id: "b", name: "规划", department: "自然资源", duration: 3, after: ["a"], statutory: 20 },
 *     { id: "c", name: "消防", department: "消防", duration: 2, after: ["a"], statutory: 15 }
 *   ]
 * }))
 * const c = compareFlow(flow)
 * c.serial // 6
 * c.parallel // 4
 * c.statutory.days // 25
 * c.withinTarget // true
 * ```
 *
 * @since 0.1.0
 * @category analytics
 */
export const compareFlow = (flow: Flow): FlowComparison => {
  const cpm = criticalPath(flow)
  const serial = serialBaseline(flow)
  const parallel = cpm.makespan
  const steps = new Map(flow.steps.map((s) => [s.id, s]))
  const ceiling = (pick: (id: string) => number | undefined): Ceiling => {
    let best: Ceiling = { days: 0, path: [], missing: [] }
    for (const path of cpm.criticalPaths) {
      let days = 0
      const missing: Array<string> = []
      for (const id of path) {
        const limit = pick(id)
        if (limit === undefined) {
          missing.push(id)
          days += steps.get(id)?.days ?? 0
        } else days += limit
      }
      if (days > best.days || best.path.length === 0) best = { days, path, missing }
    }
    return best
  }
  return {
    flow: flow.id,
    serial,
    parallel,
    saving: serial - parallel,
    savingRate: serial === 0 ? 0 : (serial - parallel) / serial,
    statutory: ceiling((id) => steps.get(id)?.statutory),
    promised: ceiling((id) => steps.get(id)?.promised),
    target: flow.promised,
    withinTarget: flow.promised === undefined ? undefined : parallel <= flow.promised,
    trips: flow.steps.reduce((sum, s) => sum + s.trips, 0),
    criticalPaths: cpm.criticalPaths
  }
}
