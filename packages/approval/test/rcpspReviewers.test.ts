import { type ReviewTask, scheduleReviewTasks } from "@tongban/approval"
import { getOrThrow } from "@tongban/core"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbRcpspProject } from "./arbitraries/rcpsp.js"

/** The project as review tasks of several cases, departments named d0, d1… */
const asTasks = (
  cases: number,
  project: {
    capacities: ReadonlyArray<number>
    activities: ReadonlyArray<{ duration: number; demands: ReadonlyArray<number>; predecessors: ReadonlyArray<number> }>
  }
) => {
  const tasks: Array<ReviewTask> = []
  for (let c = 0; c < cases; c++) {
    project.activities.forEach((a, j) => {
      tasks.push({
        id: `case${c}/step${j}`,
        duration: a.duration,
        predecessors: a.predecessors.map((p) => `case${c}/step${p}`),
        demands: Object.fromEntries(a.demands.map((d, r) => [`d${r}`, d]))
      })
    })
  }
  return { tasks, capacities: Object.fromEntries(project.capacities.map((c, r) => [`d${r}`, c])) }
}

describe("scheduleReviewTasks", () => {
  it("several cases competing for reviewers: no department ever over its reviewers, no step before its predecessors", () => {
    fc.assert(
      fc.property(
        arbRcpspProject({ maxActivities: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer(),
        (project, cases, seed) => {
          const { tasks, capacities } = asTasks(cases, project)
          const s = getOrThrow(scheduleReviewTasks(tasks, { capacities, seed, schedules: 200 }))
          const at = new Map(s.tasks.map((t) => [t.id, t]))
          for (const task of tasks) {
            const me = at.get(task.id)
            expect(me?.finish).toBe((me?.start ?? 0) + task.duration)
            for (const p of task.predecessors)
              expect(at.get(p)?.finish ?? Infinity).toBeLessThanOrEqual(me?.start ?? -1)
          }
          for (let t = 0; t < s.makespan; t++) {
            for (const [dept, cap] of Object.entries(capacities)) {
              const busy = tasks.filter((task) => {
                const me = at.get(task.id)
                return me !== undefined && me.start <= t && t < me.finish
              })
              expect(busy.reduce((sum, task) => sum + (task.demands[dept] ?? 0), 0)).toBeLessThanOrEqual(cap)
            }
          }
          // More cases never finish sooner than one case alone.
          const one = getOrThrow(scheduleReviewTasks(asTasks(1, project).tasks, { capacities, seed, schedules: 200 }))
          expect(s.makespan).toBeGreaterThanOrEqual(one.lowerBound)
        }
      ),
      { numRuns: 40 }
    )
  })

  it("two 企业开办 cases share one market-regulation reviewer: the second waits", () => {
    const tasks = ["A", "B"].flatMap((c) => [
      { id: `${c}-营业执照`, duration: 1, predecessors: [], demands: { 市场监管局: 1 } },
      { id: `${c}-公章刻制`, duration: 1, predecessors: [`${c}-营业执照`], demands: { 公安局: 1 } },
      { id: `${c}-发票申领`, duration: 1, predecessors: [`${c}-营业执照`], demands: { 税务局: 1 } }
    ])
    const s = getOrThrow(scheduleReviewTasks(tasks, { capacities: { 市场监管局: 1, 公安局: 1, 税务局: 1 }, seed: 1 }))
    expect(s.makespan).toBe(3)
    expect(s.criticalPath).toBe(2)
    // The lower bound (2: the critical path, and 2 days of work for one reviewer) is not tight here.
    expect(s.lowerBound).toBe(2)
    expect(s.provenOptimal).toBe(false)
    expect(new Set(s.tasks.filter((t) => t.id.endsWith("营业执照")).map((t) => t.start))).toEqual(new Set([0, 1]))
  })

  it("reports bad tasks at their place, with ids in the messages", () => {
    const codes = (tasks: ReadonlyArray<ReviewTask>, capacities: Record<string, number>) => {
      const r = scheduleReviewTasks(tasks, { capacities })
      return r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join(".")}`)
    }
    const t = (id: string, predecessors: Array<string> = [], demands: Record<string, number> = {}): ReviewTask => ({
      id,
      duration: 1,
      predecessors,
      demands
    })
    expect(codes([t("a"), t("a")], {})).toEqual(["review_duplicate_task@tasks.1.id"])
    expect(codes([t("a", ["zz"])], {})).toEqual(["review_unknown_predecessor@tasks.0.predecessors.0"])
    expect(codes([t("a", [], { 税务局: 1 })], {})).toEqual(["review_unknown_department@tasks.0.demands.税务局"])
    expect(codes([t("a", [], { 税务局: 3 })], { 税务局: 2 })).toEqual([
      "review_demand_exceeds_capacity@tasks.0.demands.税务局"
    ])
    expect(codes([t("a", [], { 税务局: 1.5 })], { 税务局: 2 })).toEqual(["review_bad_demand@tasks.0.demands.税务局"])
    expect(codes([t("a")], { 税务局: -1 })).toEqual(["review_bad_capacity@capacities.税务局"])
    expect(codes([{ ...t("a"), duration: -2 }], {})).toEqual(["rcpsp_bad_duration@tasks.0.duration"])
    const cycle = scheduleReviewTasks([t("a", ["c"]), t("b", ["a"]), t("c", ["b"])], { capacities: {} })
    expect(cycle.ok ? undefined : cycle.issues[0]?.code).toBe("review_cycle")
    expect(cycle.ok ? undefined : cycle.issues[0]?.facts).toEqual({ cycle: ["a", "b", "c"] })
    // @ts-expect-error: deliberately wrong input from an untyped caller
    expect(codes([null, { id: 7 }], {})).toEqual(["review_malformed_task@tasks.0", "review_malformed_task@tasks.1"])
    // A hostile key from parsed JSON is just an unknown department, never a prototype write.
    const hostile: Record<string, number> = JSON.parse('{"__proto__": 1}')
    expect(codes([t("a", [], hostile)], {})).toEqual(["review_unknown_department@tasks.0.demands.__proto__"])
  })
})
