/**
 * Resource-constrained project scheduling: one call that checks a project,
 * builds schedules within a budget and returns the best one found.
 *
 * Glossary: 资源受限项目调度 = resource-constrained project scheduling (RCPSP);
 * 工期 = makespan; 进度方案 = schedule; 优先规则 = priority rule;
 * 遗传算法 = genetic algorithm (GA); 双向调整 = forward–backward improvement.
 *
 * @since 0.1.0
 */
import { codeIssue, fail, makeRandom, ok, type Result } from "@tongban/core"
import { rcpspCodes } from "../IssueCodes.js"
import { shown } from "../internal/shown.js"
import { Best, Engine, evaluate } from "./Engine.js"
import { runGenetic } from "./Genetic.js"
import { type CompiledProject, compileProject, type RcpspLimits, type RcpspProject } from "./Project.js"

/**
 * A priority rule for building a schedule: `lft` latest finish time first,
 * `lst` latest start time first, `mts` most total successors first, `grpw`
 * greatest rank positional weight (own duration plus the durations of the
 * immediate successors) first.
 *
 * @since 0.1.0
 * @category models
 */
export type PriorityRule = "lft" | "lst" | "mts" | "grpw"

/**
 * How {@link scheduleRcpsp} searches:
 * - `rule`: one schedule by a priority rule (serial or parallel scheme);
 * - `sampling`: regret-based biased random sampling on the priority rule,
 *   each sample improved by one forward–backward pass;
 * - `genetic`: a genetic algorithm on activity lists (two-point crossover,
 *   forward–backward improvement of every child, the improved order written
 *   back into the child), seeded by sampling.
 *
 * @since 0.1.0
 * @category models
 */
export type RcpspMethod = "rule" | "sampling" | "genetic"

/**
 * Options of {@link scheduleRcpsp}.
 *
 * @since 0.1.0
 * @category models
 */
export interface ScheduleRcpspOptions {
  /** Most schedules to generate; each pass of a schedule generation scheme counts one (default 5,000). */
  readonly schedules?: number
  /** Seed of the random generator (default 1); the same seed gives the same schedule. */
  readonly seed?: number
  /** The search (default `genetic`). */
  readonly method?: RcpspMethod
  /** The priority rule of `rule` and of the sampling (default `lft`). */
  readonly rule?: PriorityRule
  /** The schedule generation scheme of `rule` (default `serial`). */
  readonly scheme?: "serial" | "parallel"
  /** Stop as soon as a schedule reaches the lower bound, which proves it optimal (default true). */
  readonly stopAtLowerBound?: boolean
  /** Size limits on the project. */
  readonly limits?: RcpspLimits
}

/**
 * A schedule of a resource-constrained project.
 *
 * @since 0.1.0
 * @category models
 */
export interface RcpspSchedule {
  /** Finish time of the last activity. */
  readonly makespan: number
  /** Start of each activity, in the order of the project's activities. */
  readonly starts: ReadonlyArray<number>
  /** Schedules generated (serial or parallel SGS passes). */
  readonly schedulesUsed: number
  /** The longest path without resources. */
  readonly criticalPath: number
  /** max(critical path, work ÷ capacity per resource): no schedule is shorter. */
  readonly lowerBound: number
  /** True when the makespan equals the lower bound, so no shorter schedule exists. */
  readonly provenOptimal: boolean
}

/** Priority values (smaller = first) of a rule. */
export const priorityValues = (p: CompiledProject, rule: PriorityRule): Float64Array => {
  const n = p.n
  const v = new Float64Array(n)
  if (rule === "lft") for (let j = 0; j < n; j++) v[j] = p.latestFinish[j] ?? 0
  else if (rule === "lst") for (let j = 0; j < n; j++) v[j] = (p.latestFinish[j] ?? 0) - (p.duration[j] ?? 0)
  else if (rule === "grpw") {
    for (let j = 0; j < n; j++) {
      let w = p.duration[j] ?? 0
      for (let q = p.succStart[j] ?? 0; q < (p.succStart[j + 1] ?? 0); q++) w += p.duration[p.succList[q] ?? 0] ?? 0
      v[j] = -w
    }
  } else {
    // Total successors, 32 targets at a time with bit masks in reverse topological order.
    const mask = new Int32Array(n)
    for (let base = 0; base < n; base += 32) {
      for (let i = n - 1; i >= 0; i--) {
        const j = p.topo[i] ?? 0
        let m = 0
        for (let q = p.succStart[j] ?? 0; q < (p.succStart[j + 1] ?? 0); q++) {
          const s = p.succList[q] ?? 0
          m |= mask[s] ?? 0
          if (s >= base && s < base + 32) m |= 1 << (s - base)
        }
        mask[j] = m
      }
      for (let j = 0; j < n; j++) {
        let m = mask[j] ?? 0
        let c = 0
        while (m !== 0) {
          m &= m - 1
          c++
        }
        v[j] = (v[j] ?? 0) - c
      }
    }
  }
  return v
}

/**
 * Schedules a resource-constrained project: every activity starts after its
 * predecessors finish, and at no time does the demand on a resource exceed
 * its capacity. Returns the shortest schedule found within the budget.
 *
 * @param project - activities (duration, demands, predecessors by position) and capacities
 * @param options - budget in schedules, seed, method
 * @returns the schedule, or issues when the project is malformed or has no schedule
 *
 * @example
 * ```ts
 * import { scheduleRcpsp } from "@tongban/approval"
 *
 * // Two reviews that each need the only reviewer, then a sign-off.
 * const result = scheduleRcpsp({
 *   capacities: [1],
 *   activities: [
 *     { duration: 3, demands: [1], predecessors: [] },
 *     { duration: 2, demands: [1], predecessors: [] },
 *     { duration: 1, demands: [0], predecessors: [0, 1] }
 *   ]
 * }, { schedules: 100, seed: 7 })
 * result.ok && result.value.makespan // 6
 * ```
 *
 * @since 0.1.0
 * @category scheduling
 */
export const scheduleRcpsp = (project: RcpspProject, options: ScheduleRcpspOptions = {}): Result<RcpspSchedule> => {
  const asked = options.schedules ?? 5000
  if (typeof asked !== "number" || !Number.isSafeInteger(asked) || asked < 1) {
    return fail(codeIssue(rcpspCodes, "rcpsp_bad_budget", { path: ["schedules"], facts: { value: shown(asked) } }))
  }
  const compiled = compileProject(project, options.limits)
  if (!compiled.ok) return compiled
  const p = compiled.value
  const budget = asked
  const method = options.method ?? "genetic"
  const stop = options.stopAtLowerBound ?? true
  const eng = new Engine(p)
  const best = new Best(p.n)
  const values = priorityValues(p, options.rule ?? "lft")
  const list = new Int32Array(p.n)
  if (method === "rule" || budget < 3) {
    if (options.scheme === "parallel") best.offer(eng.parallel(values), eng.start)
    else {
      eng.listByPriority(values, list, undefined, 1)
      best.offer(eng.forward(list), eng.start)
    }
  } else {
    const rng = makeRandom(options.seed ?? 1)
    if (method === "sampling") {
      while (eng.count + 3 <= budget && !(stop && best.makespan <= p.lowerBound)) {
        eng.listByPriority(values, list, rng, 1)
        evaluate(eng, list, eng.count + 3, best)
      }
    } else {
      runGenetic(eng, rng, values, budget, best, stop)
    }
  }
  return ok({
    makespan: best.makespan,
    starts: Array.from(best.start),
    schedulesUsed: eng.count,
    criticalPath: p.criticalPath,
    lowerBound: p.lowerBound,
    provenOptimal: best.makespan <= p.lowerBound
  })
}
