import { type RcpspMethod, type RcpspProject, scheduleRcpsp, type ScheduleRcpspOptions } from "@tongban/approval"
import { getOrThrow } from "@tongban/core"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbRcpspProject, arbRcpspWithExtraEdge } from "./arbitraries/rcpsp.js"

/** The problems of a schedule: broken dependencies and overloaded resources. */
const violations = (project: RcpspProject, starts: ReadonlyArray<number>): Array<string> => {
  const out: Array<string> = []
  const acts = project.activities
  if (starts.length !== acts.length) out.push("length")
  acts.forEach((a, j) => {
    const s = starts[j] ?? -1
    if (!Number.isInteger(s) || s < 0) out.push(`start ${j}`)
    for (const p of a.predecessors) {
      const pa = acts[p]
      if (pa !== undefined && (starts[p] ?? 0) + pa.duration > s) out.push(`dependency ${p}->${j}`)
    }
  })
  const end = Math.max(0, ...acts.map((a, j) => (starts[j] ?? 0) + a.duration))
  for (let t = 0; t < end; t++) {
    project.capacities.forEach((cap, r) => {
      let use = 0
      acts.forEach((a, j) => {
        const s = starts[j] ?? 0
        if (s <= t && t < s + a.duration) use += a.demands[r] ?? 0
      })
      if (use > cap) out.push(`resource ${r} at ${t}: ${use} > ${cap}`)
    })
  }
  return out
}

/** Longest path without resources, computed independently (activities only follow earlier ones). */
const longestPath = (project: RcpspProject): number => {
  const ef: Array<number> = []
  project.activities.forEach((a, j) => {
    ef[j] = Math.max(0, ...a.predecessors.map((p) => ef[p] ?? 0)) + a.duration
  })
  return Math.max(0, ...ef)
}

/**
 * The exact optimum by brute force: the serial SGS over every
 * precedence-feasible activity list reaches an optimal (active) schedule.
 */
const bruteForceOptimum = (project: RcpspProject): number => {
  const acts = project.activities
  const n = acts.length
  const R = project.capacities.length
  const horizon = acts.reduce((s, a) => s + a.duration, 0) + 1
  let best = Infinity
  const list: Array<number> = []
  const placed = new Array<boolean>(n).fill(false)
  const decode = (): number => {
    const use = Array.from({ length: horizon }, () => new Array<number>(R).fill(0))
    const start = new Array<number>(n).fill(0)
    let ms = 0
    for (const j of list) {
      const a = acts[j]
      if (a === undefined) continue
      let t = Math.max(0, ...a.predecessors.map((p) => (start[p] ?? 0) + (acts[p]?.duration ?? 0)))
      const fits = (t0: number): boolean => {
        for (let u = t0; u < t0 + a.duration; u++)
          for (let r = 0; r < R; r++)
            if ((use[u]?.[r] ?? 0) + (a.demands[r] ?? 0) > (project.capacities[r] ?? 0)) return false
        return true
      }
      while (!fits(t)) t++
      for (let u = t; u < t + a.duration; u++)
        for (let r = 0; r < R; r++) {
          const row = use[u]
          if (row !== undefined) row[r] = (row[r] ?? 0) + (a.demands[r] ?? 0)
        }
      start[j] = t
      ms = Math.max(ms, t + a.duration)
    }
    return ms
  }
  const extend = (): void => {
    if (list.length === n) {
      best = Math.min(best, decode())
      return
    }
    for (let j = 0; j < n; j++) {
      if (placed[j] || !(acts[j]?.predecessors ?? []).every((p) => placed[p])) continue
      placed[j] = true
      list.push(j)
      extend()
      list.pop()
      placed[j] = false
    }
  }
  extend()
  return best
}

const methods: ReadonlyArray<ScheduleRcpspOptions> = [
  { method: "rule", rule: "lft" },
  { method: "rule", rule: "lst", scheme: "parallel" },
  { method: "rule", rule: "mts" },
  { method: "rule", rule: "grpw", scheme: "parallel" },
  { method: "sampling", schedules: 60 },
  { method: "genetic", schedules: 200 }
]

describe("scheduleRcpsp", () => {
  it("a schedule never breaks a dependency or a resource limit, whatever the method", () => {
    fc.assert(
      fc.property(arbRcpspProject(), fc.integer(), fc.constantFrom(...methods), (project, seed, options) => {
        const s = getOrThrow(scheduleRcpsp(project, { ...options, seed }))
        expect(violations(project, s.starts)).toEqual([])
        expect(s.makespan).toBe(Math.max(0, ...project.activities.map((a, j) => (s.starts[j] ?? 0) + a.duration)))
        expect(s.schedulesUsed).toBeLessThanOrEqual(Math.max(1, options.schedules ?? 1))
      }),
      { numRuns: 200 }
    )
  })

  it("makespan ≥ lower bound ≥ critical-path length ≥ longest activity", () => {
    fc.assert(
      fc.property(arbRcpspProject(), (project) => {
        const s = getOrThrow(scheduleRcpsp(project, { schedules: 50 }))
        const longest = Math.max(0, ...project.activities.map((a) => a.duration))
        expect(s.criticalPath).toBe(longestPath(project))
        expect(s.criticalPath).toBeGreaterThanOrEqual(longest)
        expect(s.lowerBound).toBeGreaterThanOrEqual(s.criticalPath)
        expect(s.makespan).toBeGreaterThanOrEqual(s.lowerBound)
        expect(s.provenOptimal).toBe(s.makespan === s.lowerBound)
      }),
      { numRuns: 200 }
    )
  })

  it("the same seed gives the same schedule", () => {
    fc.assert(
      fc.property(
        arbRcpspProject({ maxActivities: 20 }),
        fc.integer(),
        fc.constantFrom<RcpspMethod>("sampling", "genetic"),
        (project, seed, method) => {
          const options = { seed, method, schedules: 300, stopAtLowerBound: false }
          expect(scheduleRcpsp(project, options)).toEqual(scheduleRcpsp(project, options))
        }
      ),
      { numRuns: 50 }
    )
  })

  it("the seed reaches the search: different seeds sample different schedules (core's generator)", () => {
    // Ten independent activities, one unit each of a resource of capacity 2: many optimal orders.
    const project: RcpspProject = {
      capacities: [2],
      activities: Array.from({ length: 10 }, (_, j) => ({ duration: 1 + (j % 3), demands: [1], predecessors: [] }))
    }
    for (const method of ["sampling", "genetic"] as const) {
      const starts = new Set(
        [1, 2, 3, 4, 5].map((seed) =>
          getOrThrow(scheduleRcpsp(project, { seed, method, schedules: 40, stopAtLowerBound: false })).starts.join(",")
        )
      )
      expect(starts.size).toBeGreaterThan(1)
    }
  })

  it("finds the brute-force optimum of tiny projects", () => {
    fc.assert(
      fc.property(
        arbRcpspProject({ maxActivities: 6, maxResources: 2, maxDuration: 4 }),
        fc.integer(),
        (project, seed) => {
          const s = getOrThrow(scheduleRcpsp(project, { seed, schedules: 600 }))
          expect(s.makespan).toBe(bruteForceOptimum(project))
        }
      ),
      { numRuns: 60 }
    )
  })

  it("adding a dependency never shortens the optimum (tiny projects, solved exactly)", () => {
    fc.assert(
      fc.property(arbRcpspWithExtraEdge(), ({ project, from, to }) => {
        const before = bruteForceOptimum(project)
        const tighter: RcpspProject = {
          capacities: project.capacities,
          activities: project.activities.map((a, j) =>
            j === to ? { ...a, predecessors: [...new Set([...a.predecessors, from])] } : a
          )
        }
        expect(bruteForceOptimum(tighter)).toBeGreaterThanOrEqual(before)
        expect(getOrThrow(scheduleRcpsp(tighter, { schedules: 600 })).makespan).toBeGreaterThanOrEqual(before)
      }),
      { numRuns: 60 }
    )
  })

  it("one reviewer makes the tasks run one after another", () => {
    const project: RcpspProject = {
      capacities: [1],
      activities: [3, 1, 4, 1, 5].map((duration) => ({ duration, demands: [1], predecessors: [] }))
    }
    expect(getOrThrow(scheduleRcpsp(project)).makespan).toBe(14)
  })

  it("reports malformed projects as located issues", () => {
    const bad = (project: unknown) => {
      // @ts-expect-error: deliberately wrong input from an untyped caller
      const r = scheduleRcpsp(project)
      return r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join(".")}`)
    }
    expect(bad({ capacities: [], activities: [] })).toEqual(["rcpsp_empty@activities"])
    expect(bad({ capacities: [2], activities: [{ duration: 1, demands: [3], predecessors: [] }] })).toEqual([
      "rcpsp_demand_exceeds_capacity@activities.0.demands.0"
    ])
    expect(bad({ capacities: [2], activities: [{ duration: -1, demands: [1, 1], predecessors: [4] }] })).toEqual([
      "rcpsp_bad_duration@activities.0.duration",
      "rcpsp_demand_count@activities.0.demands",
      "rcpsp_unknown_predecessor@activities.0.predecessors.0"
    ])
    expect(bad({ capacities: [1.5], activities: [{ duration: 1, demands: [0], predecessors: [] }] })).toEqual([
      "rcpsp_bad_capacity@capacities.0"
    ])
    expect(bad({ activities: null })).toEqual(["rcpsp_malformed@"])
    expect(bad({ capacities: [1], activities: [null] })).toEqual(["rcpsp_malformed@activities.0"])
    expect(bad({ capacities: [1], activities: [{ duration: 1e9, demands: [0], predecessors: [] }] })).toEqual([
      "rcpsp_too_large@"
    ])
    const cycle = scheduleRcpsp({
      capacities: [1],
      activities: [
        { duration: 1, demands: [0], predecessors: [] },
        { duration: 1, demands: [0], predecessors: [0, 3] },
        { duration: 1, demands: [0], predecessors: [1] },
        { duration: 1, demands: [0], predecessors: [2] },
        { duration: 1, demands: [0], predecessors: [3] }
      ]
    })
    expect(cycle.ok ? undefined : cycle.issues[0]?.facts).toEqual({ cycle: [1, 2, 3] })
    expect(bad({ capacities: [1], activities: [{ duration: 1, demands: [0], predecessors: [0] }] })).toEqual([
      "rcpsp_cycle@activities.0.predecessors.0"
    ])
    const one = { capacities: [1], activities: [{ duration: 1, demands: [1], predecessors: [] }] }
    for (const schedules of [0, -5, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const r = scheduleRcpsp(one, { schedules })
      expect(r.ok ? "ok" : r.issues[0]?.code).toBe("rcpsp_bad_budget")
    }
  })
})
