/**
 * Resource-constrained scheduling in the terms of approval: review tasks
 * that need reviewers from departments, each department with a limited
 * number of reviewers, and several cases competing for them.
 *
 * Glossary: 审批环节 = approval step / review task; 部门 = department;
 * 审核人员 = reviewer; 并联审批 = parallel approval; 办件 = case;
 * 工期 = makespan (here in working days).
 *
 * @since 0.1.0
 */
import { codeIssue, fail, type Issue, ok, type Result } from "@tongban/core"
import { reviewCodes } from "../IssueCodes.js"
import { shown } from "../internal/shown.js"
import { scheduleRcpsp, type ScheduleRcpspOptions } from "./Solve.js"

/**
 * A review task: its duration (whole working days), the tasks that must
 * finish before it starts, and how many reviewers it holds from each
 * department while it runs.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReviewTask {
  readonly id: string
  readonly duration: number
  readonly predecessors: ReadonlyArray<string>
  /** Reviewers needed per department, e.g. `{ 住建局: 2 }`. */
  readonly demands: Readonly<Record<string, number>>
}

/**
 * Options of {@link scheduleReviewTasks}: the reviewers each department has,
 * and the search options of {@link scheduleRcpsp}.
 *
 * @since 0.1.0
 * @category models
 */
export interface ScheduleReviewOptions extends ScheduleRcpspOptions {
  /** Reviewers per department, e.g. `{ 住建局: 3, 自然资源局: 2 }`. */
  readonly capacities: Readonly<Record<string, number>>
}

/**
 * One task of a review schedule, in working-day offsets from the start.
 *
 * @since 0.1.0
 * @category models
 */
export interface ScheduledReview {
  readonly id: string
  readonly start: number
  readonly finish: number
}

/**
 * A review schedule: when each task runs so that no department needs more
 * reviewers than it has.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReviewSchedule {
  /** Working days until the last task finishes. */
  readonly makespan: number
  /** The tasks in the order given, with their starts and finishes. */
  readonly tasks: ReadonlyArray<ScheduledReview>
  readonly schedulesUsed: number
  /** The makespan with unlimited reviewers (the critical path). */
  readonly criticalPath: number
  /** No schedule is shorter than this. */
  readonly lowerBound: number
  /** True when the makespan equals the lower bound. */
  readonly provenOptimal: boolean
}

/**
 * Schedules review tasks under limited reviewers per department: each task
 * starts after its predecessors finish, and at no time does a department
 * need more reviewers than it has. Several cases compete for the same
 * reviewers when their tasks are given together (prefix the ids per case).
 *
 * @param tasks - the review tasks, with ids, durations, predecessors and demands
 * @param options - `capacities` per department, and budget, seed and method as in {@link scheduleRcpsp}
 * @returns the schedule, or located issues (duplicate ids, unknown predecessors or departments, cycles, a demand above its department's reviewers)
 *
 * @example
 * ```ts
 * import { scheduleReviewTasks } from "@tongban/approval"
 *
 * // Two cases each need the planning bureau's only reviewer for 2 days, then a 1-day sign-off.
 * const tasks = ["A", "B"].flatMap((c) => [
 *   { id: `${c}-规划审查`, duration: 2, predecessors: [], demands: { 自然资源局: 1 } },
 *   { id: `${c}-签批`, duration: 1, predecessors: [`${c}-规划审查`], demands: {} }
 * ])
 * const result = scheduleReviewTasks(tasks, { capacities: { 自然资源局: 1 }, seed: 1 })
 * result.ok && result.value.makespan // 5
 * ```
 *
 * @since 0.1.0
 * @category scheduling
 */
export const scheduleReviewTasks = (
  tasks: ReadonlyArray<ReviewTask>,
  options: ScheduleReviewOptions
): Result<ReviewSchedule> => {
  const issues: Array<Issue> = []
  if (!Array.isArray(tasks)) {
    return fail(
      codeIssue(reviewCodes, "review_tasks_not_array", { path: ["tasks"], facts: { received: shown(tasks) } })
    )
  }
  const caps = options?.capacities
  const departments = typeof caps === "object" && caps !== null ? Object.keys(caps) : []
  const deptIndex = new Map<string, number>()
  for (const [r, d] of departments.entries()) {
    deptIndex.set(d, r)
    const c = caps[d]
    if (typeof c !== "number" || !Number.isInteger(c) || c < 0) {
      issues.push(
        codeIssue(reviewCodes, "review_bad_capacity", {
          path: ["capacities", d],
          facts: { department: d, value: shown(c) }
        })
      )
    }
  }
  const index = new Map<string, number>()
  for (const [i, t] of tasks.entries()) {
    if (typeof t !== "object" || t === null || typeof t.id !== "string") {
      issues.push(codeIssue(reviewCodes, "review_malformed_task", { path: ["tasks", i] }))
    } else if (index.has(t.id)) {
      issues.push(codeIssue(reviewCodes, "review_duplicate_task", { path: ["tasks", i, "id"], facts: { id: t.id } }))
    } else index.set(t.id, i)
  }
  if (issues.length > 0) return fail(issues)
  const activities = tasks.map((t, i) => {
    const predecessors: Array<number> = []
    for (const [k, id] of (Array.isArray(t.predecessors) ? t.predecessors : []).entries()) {
      const p = index.get(id)
      if (p === undefined) {
        issues.push(
          codeIssue(reviewCodes, "review_unknown_predecessor", {
            path: ["tasks", i, "predecessors", k],
            facts: { task: t.id, id: shown(id) }
          })
        )
      } else predecessors.push(p)
    }
    const demands = departments.map(() => 0)
    const asked = typeof t.demands === "object" && t.demands !== null ? t.demands : {}
    for (const d of Object.keys(asked)) {
      const r = deptIndex.get(d)
      const need = asked[d]
      if (r === undefined) {
        issues.push(
          codeIssue(reviewCodes, "review_unknown_department", {
            path: ["tasks", i, "demands", d],
            facts: { task: t.id, department: d }
          })
        )
      } else if (typeof need !== "number" || !Number.isInteger(need) || need < 0) {
        issues.push(
          codeIssue(reviewCodes, "review_bad_demand", {
            path: ["tasks", i, "demands", d],
            facts: { task: t.id, department: d, value: shown(need) }
          })
        )
      } else {
        demands[r] = need
        const cap = caps[d] ?? 0
        if (need > cap) {
          issues.push(
            codeIssue(reviewCodes, "review_demand_exceeds_capacity", {
              path: ["tasks", i, "demands", d],
              facts: { task: t.id, department: d, demand: need, capacity: cap }
            })
          )
        }
      }
    }
    return { duration: t.duration, demands, predecessors }
  })
  if (issues.length > 0) return fail(issues)
  const solved = scheduleRcpsp({ capacities: departments.map((d) => caps[d] ?? 0), activities }, options)
  if (!solved.ok) {
    return fail(
      solved.issues.map((issue) => {
        const [head, j, ...rest] = issue.path
        const path = head === "activities" ? ["tasks", ...(j === undefined ? [] : [j]), ...rest] : issue.path
        const cycle = issue.facts.cycle
        if (issue.code === "rcpsp_cycle" && Array.isArray(cycle)) {
          const ids = cycle.map((k) => tasks[Number(k)]?.id ?? String(k))
          return codeIssue(reviewCodes, "review_cycle", { path, facts: { cycle: ids } })
        }
        return { ...issue, path }
      })
    )
  }
  const s = solved.value
  return ok({
    makespan: s.makespan,
    tasks: tasks.map((t, i) => {
      const start = s.starts[i] ?? 0
      return { id: t.id, start, finish: start + t.duration }
    }),
    schedulesUsed: s.schedulesUsed,
    criticalPath: s.criticalPath,
    lowerBound: s.lowerBound,
    provenOptimal: s.provenOptimal
  })
}
