/**
 * The resource-constrained project: activities with durations, predecessors
 * and demands on renewable resources of limited capacity.
 *
 * Glossary: 资源受限项目调度 = resource-constrained project scheduling (RCPSP);
 * 工序 / 活动 = activity; 紧前工序 = predecessor; 资源 = resource (here: a
 * department's reviewers, 审核人员); 容量 = capacity; 工期 = makespan.
 *
 * @since 0.1.0
 */
import { codeIssue, fail, type Issue, ok, type Result } from "@tongban/core"
import { rcpspCodes } from "../IssueCodes.js"
import { shown } from "../internal/shown.js"

/**
 * One activity of a resource-constrained project. Activities are numbered by
 * their position in {@link RcpspProject.activities}; `predecessors` lists
 * those positions; `demands[r]` is the number of units of resource `r` held
 * for the whole duration.
 *
 * @since 0.1.0
 * @category models
 */
export interface RcpspActivity {
  readonly duration: number
  readonly demands: ReadonlyArray<number>
  readonly predecessors: ReadonlyArray<number>
}

/**
 * A single-mode resource-constrained project: renewable resources with a
 * capacity each, and activities that need them.
 *
 * @since 0.1.0
 * @category models
 */
export interface RcpspProject {
  readonly capacities: ReadonlyArray<number>
  readonly activities: ReadonlyArray<RcpspActivity>
}

/**
 * Limits on a project's size, so that hostile input is refused with an issue
 * instead of exhausting memory.
 *
 * @since 0.1.0
 * @category models
 */
export interface RcpspLimits {
  /** Most activities (default 100,000). */
  readonly maxActivities?: number
  /** Most resources (default 1,000). */
  readonly maxResources?: number
  /** Largest sum of durations, the scheduling horizon (default 10,000,000). */
  readonly maxHorizon?: number
  /** Largest horizon × resources, the size of the resource profile (default 50,000,000). */
  readonly maxProfile?: number
}

/** The project compiled to typed arrays for the hot loop. */
export interface CompiledProject {
  readonly n: number
  readonly resources: number
  readonly duration: Int32Array
  /** `demand[j * resources + r]`. */
  readonly demand: Int32Array
  readonly capacity: Int32Array
  /** Predecessors of `j` are `predList[predStart[j] .. predStart[j + 1])`. */
  readonly predStart: Int32Array
  readonly predList: Int32Array
  readonly succStart: Int32Array
  readonly succList: Int32Array
  /** A topological order and each activity's place in it. */
  readonly topo: Int32Array
  readonly rank: Int32Array
  /** Sum of durations: no activity of a serial-SGS schedule starts later. */
  readonly horizon: number
  /** Earliest start and latest finish without resources (latest against the critical-path length). */
  readonly earliestStart: Int32Array
  readonly latestFinish: Int32Array
  readonly criticalPath: number
  /** max(critical path, ⌈work / capacity⌉ for each resource): no schedule is shorter. */
  readonly lowerBound: number
}

const isCount = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x) && x >= 0

/**
 * Checks a project and compiles it for scheduling: indices in range, whole
 * non-negative numbers, no cycle, no demand above its capacity, and the size
 * limits.
 */
export const compileProject = (project: RcpspProject, limits: RcpspLimits = {}): Result<CompiledProject> => {
  const maxActivities = limits.maxActivities ?? 100_000
  const maxResources = limits.maxResources ?? 1_000
  const maxHorizon = limits.maxHorizon ?? 10_000_000
  const maxProfile = limits.maxProfile ?? 50_000_000
  const issues: Array<Issue> = []
  const acts = project.activities
  const caps = project.capacities
  if (!Array.isArray(acts) || !Array.isArray(caps)) {
    return fail(codeIssue(rcpspCodes, "rcpsp_malformed"))
  }
  const n = acts.length
  const R = caps.length
  if (n === 0) {
    return fail(codeIssue(rcpspCodes, "rcpsp_empty", { path: ["activities"] }))
  }
  if (n > maxActivities || R > maxResources) {
    return fail(
      codeIssue(rcpspCodes, "rcpsp_too_many", { facts: { activities: n, resources: R, maxActivities, maxResources } })
    )
  }
  caps.forEach((c, r) => {
    if (!isCount(c)) {
      issues.push(
        codeIssue(rcpspCodes, "rcpsp_bad_capacity", {
          path: ["capacities", r],
          facts: { resource: r, value: shown(c) }
        })
      )
    }
  })
  let horizon = 0
  let edges = 0
  acts.forEach((a, j) => {
    if (typeof a !== "object" || a === null || !Array.isArray(a.demands) || !Array.isArray(a.predecessors)) {
      issues.push(codeIssue(rcpspCodes, "rcpsp_malformed", { path: ["activities", j], variant: "activity" }))
      return
    }
    if (!isCount(a.duration)) {
      issues.push(
        codeIssue(rcpspCodes, "rcpsp_bad_duration", {
          path: ["activities", j, "duration"],
          facts: { activity: j, value: shown(a.duration) }
        })
      )
    } else horizon += a.duration
    if (a.demands.length !== R) {
      issues.push(
        codeIssue(rcpspCodes, "rcpsp_demand_count", {
          path: ["activities", j, "demands"],
          facts: { activity: j, expected: R, actual: a.demands.length }
        })
      )
    } else {
      a.demands.forEach((d: unknown, r: number) => {
        const cap = caps[r]
        if (!isCount(d)) {
          issues.push(
            codeIssue(rcpspCodes, "rcpsp_bad_demand", {
              path: ["activities", j, "demands", r],
              facts: { activity: j, resource: r, value: shown(d) }
            })
          )
        } else if (isCount(cap) && d > cap) {
          issues.push(
            codeIssue(rcpspCodes, "rcpsp_demand_exceeds_capacity", {
              path: ["activities", j, "demands", r],
              facts: { activity: j, demand: d, capacity: cap, resource: r }
            })
          )
        }
      })
    }
    a.predecessors.forEach((p: unknown, k: number) => {
      if (!isCount(p) || p >= n) {
        issues.push(
          codeIssue(rcpspCodes, "rcpsp_unknown_predecessor", {
            path: ["activities", j, "predecessors", k],
            facts: { activity: j, value: shown(p), activities: n }
          })
        )
      } else if (p === j) {
        issues.push(
          codeIssue(rcpspCodes, "rcpsp_cycle", {
            path: ["activities", j, "predecessors", k],
            facts: { cycle: [j] },
            variant: "self"
          })
        )
      } else edges++
    })
  })
  if (issues.length > 0) return fail(issues)
  if (horizon > maxHorizon || (horizon + 1) * Math.max(R, 1) > maxProfile) {
    return fail(codeIssue(rcpspCodes, "rcpsp_too_large", { facts: { horizon, resources: R, maxHorizon, maxProfile } }))
  }
  const duration = new Int32Array(n)
  const demand = new Int32Array(n * R)
  const capacity = Int32Array.from(caps)
  const predStart = new Int32Array(n + 1)
  const predList = new Int32Array(edges)
  const succCount = new Int32Array(n + 1)
  let e = 0
  acts.forEach((a, j) => {
    duration[j] = a.duration
    for (let r = 0; r < R; r++) demand[j * R + r] = a.demands[r] ?? 0
    predStart[j] = e
    for (const p of a.predecessors) {
      predList[e++] = p
      succCount[p] = (succCount[p] ?? 0) + 1
    }
  })
  predStart[n] = e
  const succStart = new Int32Array(n + 1)
  for (let j = 0; j < n; j++) succStart[j + 1] = (succStart[j] ?? 0) + (succCount[j] ?? 0)
  const fillAt = succStart.slice(0, n)
  const succList = new Int32Array(edges)
  for (let j = 0; j < n; j++) {
    for (let k = predStart[j] ?? 0; k < (predStart[j + 1] ?? 0); k++) {
      const p = predList[k] ?? 0
      succList[fillAt[p] ?? 0] = j
      fillAt[p] = (fillAt[p] ?? 0) + 1
    }
  }
  // Kahn's algorithm, smallest index first so the order is deterministic.
  const indeg = new Int32Array(n)
  for (let j = 0; j < n; j++) indeg[j] = (predStart[j + 1] ?? 0) - (predStart[j] ?? 0)
  const topo = new Int32Array(n)
  let head = 0
  let tail = 0
  for (let j = 0; j < n; j++) if (indeg[j] === 0) topo[tail++] = j
  while (head < tail) {
    const j = topo[head++] ?? 0
    for (let k = succStart[j] ?? 0; k < (succStart[j + 1] ?? 0); k++) {
      const s = succList[k] ?? 0
      indeg[s] = (indeg[s] ?? 0) - 1
      if (indeg[s] === 0) topo[tail++] = s
    }
  }
  if (tail < n) {
    // Peel off what only leads out of the cycles, so what remains is on or between them.
    const left = new Uint8Array(n)
    for (let j = 0; j < n; j++) left[j] = indeg[j] !== 0 ? 1 : 0
    let changed = true
    while (changed) {
      changed = false
      for (let j = 0; j < n; j++) {
        if (left[j] === 0) continue
        let out = false
        for (let k = succStart[j] ?? 0; k < (succStart[j + 1] ?? 0); k++) if (left[succList[k] ?? 0] === 1) out = true
        if (!out) {
          left[j] = 0
          changed = true
        }
      }
    }
    const cycle: Array<number> = []
    for (let j = 0; j < n; j++) if (left[j] === 1) cycle.push(j)
    return fail(
      codeIssue(rcpspCodes, "rcpsp_cycle", { path: ["activities", cycle[0] ?? 0, "predecessors"], facts: { cycle } })
    )
  }
  const rank = new Int32Array(n)
  for (let i = 0; i < n; i++) rank[topo[i] ?? 0] = i
  const earliestStart = new Int32Array(n)
  let criticalPath = 0
  for (let i = 0; i < n; i++) {
    const j = topo[i] ?? 0
    let t = 0
    for (let k = predStart[j] ?? 0; k < (predStart[j + 1] ?? 0); k++) {
      const p = predList[k] ?? 0
      const f = (earliestStart[p] ?? 0) + (duration[p] ?? 0)
      if (f > t) t = f
    }
    earliestStart[j] = t
    if (t + (duration[j] ?? 0) > criticalPath) criticalPath = t + (duration[j] ?? 0)
  }
  const latestFinish = new Int32Array(n)
  for (let i = n - 1; i >= 0; i--) {
    const j = topo[i] ?? 0
    let t = criticalPath
    for (let k = succStart[j] ?? 0; k < (succStart[j + 1] ?? 0); k++) {
      const s = succList[k] ?? 0
      const ls = (latestFinish[s] ?? 0) - (duration[s] ?? 0)
      if (ls < t) t = ls
    }
    latestFinish[j] = t
  }
  let lowerBound = criticalPath
  for (let r = 0; r < R; r++) {
    let work = 0
    for (let j = 0; j < n; j++) work += (duration[j] ?? 0) * (demand[j * R + r] ?? 0)
    const cap = capacity[r] ?? 0
    if (cap > 0) {
      const lb = Math.ceil(work / cap)
      if (lb > lowerBound) lowerBound = lb
    }
  }
  return ok({
    n,
    resources: R,
    duration,
    demand,
    capacity,
    predStart,
    predList,
    succStart,
    succList,
    topo,
    rank,
    horizon,
    earliestStart,
    latestFinish,
    criticalPath,
    lowerBound
  })
}
