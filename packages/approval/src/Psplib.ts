/**
 * Reading the PSPLIB single-mode format (`.sm`, Kolisch & Sprecher 1997) and
 * its files of optimal or best known makespans (`j30opt.sm`).
 *
 * Glossary: 项目调度问题库 = PSPLIB, the project scheduling problem library;
 * 工序 = job / activity; 紧后工序 = successor; 资源可用量 = resource
 * availability; 最优工期 = optimal makespan.
 *
 * @since 0.1.0
 */
import { codeIssue, fail, type Issue, ok, type Result } from "@tongban/core"
import { psplibCodes } from "./IssueCodes.js"
import { compileProject, type RcpspProject } from "./rcpsp/Project.js"

/**
 * A PSPLIB instance: the project ready for {@link scheduleRcpsp}, with the
 * figures its header states. Job `k` of the file is activity `k − 1`.
 *
 * @since 0.1.0
 * @category models
 */
export interface PsplibInstance {
  readonly project: RcpspProject
  /** The horizon the file states (the sum of durations). */
  readonly horizon: number
  /** The critical-path length the file states (MPM-Time), when present. */
  readonly mpmTime: number | undefined
}

/**
 * Limits on a PSPLIB file, so that a hostile file is refused with an issue.
 *
 * @since 0.1.0
 * @category models
 */
export interface PsplibLimits {
  /** Most characters (default 10,000,000). */
  readonly maxLength?: number
  /** Most jobs (default 100,000). */
  readonly maxJobs?: number
  /** Most resources (default 1,000). */
  readonly maxResources?: number
}

// A text too long, or not text at all (then its length is 0).
const tooLarge = (text: unknown, maxLength: number): Issue =>
  codeIssue(psplibCodes, "psplib_file_too_large", {
    facts: { length: typeof text === "string" ? text.length : 0, maxLength }
  })

const jobOrder = (line: number, expected: number, actual: number): Issue =>
  codeIssue(psplibCodes, "psplib_job_order", { path: ["line", line], facts: { line, expected, actual } })

const numbers = (text: string): Array<number> | undefined => {
  const parts = text
    .trim()
    .split(/\s+/)
    .filter((s) => s !== "")
  const out: Array<number> = []
  for (const s of parts) {
    if (!/^\d{1,9}$/.test(s)) return undefined
    out.push(Number(s))
  }
  return out
}

const headerValue = (
  lines: ReadonlyArray<string>,
  label: RegExp
): { line: number; value: number | undefined } | undefined => {
  for (const [i, l] of lines.entries()) {
    const m = label.exec(l)
    if (m !== null) {
      const v = /:\s*(\d{1,9})\b/.exec(l)
      return { line: i + 1, value: v?.[1] === undefined ? undefined : Number(v[1]) }
    }
  }
  return undefined
}

/**
 * Reads a PSPLIB single-mode file (`.sm`, Latin-1 text: decode the bytes as
 * Latin-1 before calling) into a project. Malformed files give issues located
 * by line (`path: ["line", 17]`); multi-mode files and non-renewable
 * resources are refused with an issue, never read wrongly.
 *
 * @param text - the file's text
 * @param options - size limits
 * @returns the instance, or issues
 *
 * @example
 * ```ts
 * import { parsePsplib } from "@tongban/approval"
 *
 * const text = [
 *   "jobs (incl. supersource/sink ):  3",
 *   "horizon                       :  4",
 *   "  - renewable                 :  1   R",
 *   "  - nonrenewable              :  0   N",
 *   "  - doubly constrained        :  0   D",
 *   "PRECEDENCE RELATIONS:",
 *   "jobnr.    #modes  #successors   successors",
 *   "   1        1          1           2",
 *   "   2        1          1           3",
 *   "   3        1          0",
 *   "REQUESTS/DURATIONS:",
 *   "jobnr. mode duration  R 1",
 *   "------------------------",
 *   "  1      1     0       0",
 *   "  2      1     4       2",
 *   "  3      1     0       0",
 *   "RESOURCEAVAILABILITIES:",
 *   "  R 1",
 *   "    3"
 * ].join("\n")
 * const parsed = parsePsplib(text)
 * parsed.ok && parsed.value.project.activities[1]?.predecessors // [0]
 * parsed.ok && parsed.value.project.capacities // [3]
 * ```
 *
 * @since 0.1.0
 * @category parsing
 */
export const parsePsplib = (text: string, options: PsplibLimits = {}): Result<PsplibInstance> => {
  const maxLength = options?.maxLength ?? 10_000_000
  const maxJobs = options?.maxJobs ?? 100_000
  const maxResources = options?.maxResources ?? 1_000
  if (typeof text !== "string" || text.length > maxLength) {
    return fail(tooLarge(text, maxLength))
  }
  const lines = text.split(/\r\n|\r|\n/)
  const jobsAt = headerValue(lines, /^\s*jobs\b/i)
  if (jobsAt === undefined || jobsAt.value === undefined) {
    return fail(codeIssue(psplibCodes, "psplib_missing_jobs", { path: ["line", jobsAt?.line ?? 1] }))
  }
  const n = jobsAt.value
  if (n < 1 || n > maxJobs) {
    return fail(
      codeIssue(psplibCodes, "psplib_too_large", {
        path: ["line", jobsAt.line],
        facts: { line: jobsAt.line, jobs: n, maxJobs }
      })
    )
  }
  const renewable = headerValue(lines, /^\s*-\s*renewable\b/i)
  if (renewable === undefined || renewable.value === undefined) {
    return fail(codeIssue(psplibCodes, "psplib_missing_resources", { path: ["line", 1] }))
  }
  const R = renewable.value
  if (R > maxResources) {
    return fail(
      codeIssue(psplibCodes, "psplib_too_many_resources", {
        path: ["line", renewable.line],
        facts: { line: renewable.line, resources: R, maxResources }
      })
    )
  }
  const issues: Array<Issue> = []
  for (const [label, variant] of [
    [/^\s*-\s*nonrenewable\b/i, undefined],
    [/^\s*-\s*doubly constrained\b/i, "doubly"]
  ] as const) {
    const other = headerValue(lines, label)
    if (other?.value !== undefined && other.value > 0) {
      issues.push(
        codeIssue(psplibCodes, "psplib_unsupported_resources", {
          path: ["line", other.line],
          facts: { line: other.line, count: other.value },
          ...(variant === undefined ? {} : { variant })
        })
      )
    }
  }
  const horizon = headerValue(lines, /^\s*horizon\b/i)?.value ?? 0
  const section = (label: RegExp): number => lines.findIndex((l) => label.test(l))
  let mpmTime: number | undefined
  const info = section(/^\s*PROJECT INFORMATION/i)
  if (info >= 0) {
    const row = numbers(lines[info + 2] ?? "")
    mpmTime = row !== undefined && row.length >= 6 ? row[5] : undefined
  }
  const successors: Array<Array<number>> = []
  const durations: Array<number> = []
  const demands: Array<Array<number>> = []
  /** The 1-based line of each job's row in the two job sections. */
  const precedenceLine: Array<number> = []
  const requestLine: Array<number> = []
  const precedence = section(/^\s*PRECEDENCE RELATIONS/i)
  const requests = section(/^\s*REQUESTS\/DURATIONS/i)
  const availability = section(/^\s*RESOURCE\s*AVAILABILITIES/i)
  const missing = (index: number, name: string): boolean => {
    if (index >= 0) return false
    issues.push(
      codeIssue(psplibCodes, "psplib_missing_section", { path: ["line", lines.length], facts: { section: name } })
    )
    return true
  }
  if (!missing(precedence, "PRECEDENCE RELATIONS")) {
    // Skip the column header; read n job rows.
    let row = precedence + 2
    for (let job = 1; job <= n; job++, row++) {
      const cells = numbers(lines[row] ?? "")
      const line = row + 1
      if (cells === undefined || cells.length < 3) {
        issues.push(
          codeIssue(psplibCodes, "psplib_bad_row", {
            path: ["line", line],
            facts: { line, job, resources: R, text: (lines[row] ?? "").slice(0, 80) }
          })
        )
        break
      }
      const [nr = 0, modes = 0, count = 0] = cells
      const succ = cells.slice(3)
      if (nr !== job) issues.push(jobOrder(line, job, nr))
      if (modes !== 1)
        issues.push(codeIssue(psplibCodes, "psplib_multi_mode", { path: ["line", line], facts: { line, job, modes } }))
      if (succ.length !== count)
        issues.push(
          codeIssue(psplibCodes, "psplib_successor_count", {
            path: ["line", line],
            facts: { line, job, declared: count, listed: succ.length }
          })
        )
      for (const s of succ) {
        if (s < 1 || s > n)
          issues.push(
            codeIssue(psplibCodes, "psplib_unknown_job", {
              path: ["line", line],
              facts: { line, successor: s, jobs: n }
            })
          )
      }
      successors.push(succ)
      precedenceLine.push(line)
    }
  }
  if (!missing(requests, "REQUESTS/DURATIONS")) {
    let row = requests + 1
    // Skip the column header and the dashed rule under it.
    while (row < lines.length && numbers(lines[row] ?? "") === undefined) row++
    for (let job = 1; job <= n; job++, row++) {
      const cells = numbers(lines[row] ?? "")
      const line = row + 1
      if (cells === undefined || cells.length !== 3 + R) {
        issues.push(
          codeIssue(psplibCodes, "psplib_bad_row", {
            path: ["line", line],
            facts: { line, job, resources: R, text: (lines[row] ?? "").slice(0, 80) },
            variant: "requests"
          })
        )
        break
      }
      const [nr = 0, , duration = 0] = cells
      if (nr !== job) issues.push(jobOrder(line, job, nr))
      durations.push(duration)
      requestLine.push(line)
      demands.push(cells.slice(3))
    }
  }
  let capacities: Array<number> = []
  if (!missing(availability, "RESOURCEAVAILABILITIES")) {
    let row = availability + 1
    while (row < lines.length && numbers(lines[row] ?? "") === undefined) row++
    const cells = numbers(lines[row] ?? "")
    if (cells === undefined || cells.length !== R) {
      issues.push(
        codeIssue(psplibCodes, "psplib_bad_row", {
          path: ["line", row + 1],
          facts: { line: row + 1, job: null, resources: R, text: (lines[row] ?? "").slice(0, 80) },
          variant: "availabilities"
        })
      )
    } else capacities = cells
  }
  if (issues.length > 0) return fail(issues)
  const predecessors: Array<Array<number>> = Array.from({ length: n }, () => [])
  successors.forEach((succ, j) => {
    for (const s of succ) predecessors[s - 1]?.push(j)
  })
  const activities = durations.map((duration, j) => ({
    duration,
    demands: demands[j] ?? [],
    predecessors: predecessors[j] ?? []
  }))
  for (const [j, a] of activities.entries()) {
    a.demands.forEach((d, r) => {
      const cap = capacities[r] ?? 0
      if (d > cap) {
        const line = requestLine[j] ?? 1
        issues.push(
          codeIssue(psplibCodes, "psplib_demand_exceeds_capacity", {
            path: ["line", line],
            facts: { line, job: j + 1, resource: r + 1, demand: d, capacity: cap }
          })
        )
      }
    })
  }
  if (issues.length > 0) return fail(issues)
  const project = { capacities, activities }
  const checked = compileProject(project, { maxActivities: maxJobs, maxResources })
  if (!checked.ok) {
    // Locate what the project check finds (a cycle, a horizon too long) at the job's precedence row.
    return fail(
      checked.issues.map((issue) => {
        const job = issue.path[0] === "activities" && typeof issue.path[1] === "number" ? issue.path[1] : undefined
        const cycle = issue.facts.cycle
        if (issue.code === "rcpsp_cycle" && Array.isArray(cycle)) {
          const jobs = cycle.map((j) => Number(j) + 1)
          const line = precedenceLine[job ?? 0] ?? 1
          return codeIssue(psplibCodes, "psplib_cycle", { path: ["line", line], facts: { line, jobs } })
        }
        return { ...issue, path: ["line", job === undefined ? 1 : (precedenceLine[job] ?? 1)] }
      })
    )
  }
  return ok({ project, horizon, mpmTime })
}

/**
 * The optimal (or best known) makespan of one PSPLIB instance.
 *
 * @since 0.1.0
 * @category models
 */
export interface PsplibOptimum {
  /** The instance's name, e.g. `j3010_1` (set, parameter, `_`, instance). */
  readonly instance: string
  readonly parameter: number
  readonly index: number
  readonly makespan: number
}

/**
 * Reads a PSPLIB file of optimal or best known makespans (`j30opt.sm`,
 * `j60hrs.sm`…): rows of parameter, instance, makespan and more. The names
 * are `set + parameter + "_" + instance`, e.g. `j3010_1`.
 *
 * @param text - the file's text
 * @param options - `set`, the instance-name prefix (default `j30`)
 * @returns one entry per row, or issues when no row can be read
 *
 * @example
 * ```ts
 * import { parsePsplibOptima } from "@tongban/approval"
 *
 * const parsed = parsePsplibOptima("Paramter Instance Makespan\n1  1  43  0.30\n10 1  41  0.01", { set: "j30" })
 * parsed.ok && parsed.value.map((o) => `${o.instance}=${o.makespan}`) // ["j301_1=43", "j3010_1=41"]
 * ```
 *
 * @since 0.1.0
 * @category parsing
 */
export const parsePsplibOptima = (
  text: string,
  options: { readonly set?: string; readonly maxLength?: number } = {}
): Result<ReadonlyArray<PsplibOptimum>> => {
  const maxLength = options?.maxLength ?? 10_000_000
  if (typeof text !== "string" || text.length > maxLength) {
    return fail(tooLarge(text, maxLength))
  }
  const set = options?.set ?? "j30"
  const out: Array<PsplibOptimum> = []
  for (const line of text.split(/\r\n|\r|\n/)) {
    const m = /^\s*(\d{1,4})\s+(\d{1,4})\s+(\d{1,9})(\s|$)/.exec(line)
    if (m === null) continue
    const parameter = Number(m[1])
    const index = Number(m[2])
    out.push({ instance: `${set}${parameter}_${index}`, parameter, index, makespan: Number(m[3]) })
  }
  if (out.length === 0) {
    return fail(codeIssue(psplibCodes, "psplib_no_optima", { path: ["line", 1] }))
  }
  return ok(out)
}
