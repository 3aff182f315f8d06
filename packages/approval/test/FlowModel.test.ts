import { applyCommitment, criticalPath, flowToInput, parseFlow } from "@tongban/approval"
import { getOrThrow } from "@tongban/core"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

const base = {
  id: "f",
  name: "流程",
  steps: [
    { id: "apply", name: "提交申请", department: "窗口", duration: 1 },
    { id: "review", name: "审核", department: "住建局", duration: 3, after: ["apply"] },
    { id: "issue", name: "发证", department: "窗口", duration: 1, after: ["review"] }
  ]
}

describe("the grown flow model", () => {
  it("会签 in sequence lasts the sum; in parallel the longest, with one reviewer per instance", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 12 }), (days, instances) => {
        const steps = [{ id: "a", name: "会签", department: "d", duration: days }]
        const seq = getOrThrow(
          parseFlow({ id: "s", name: "s", steps: [{ ...steps[0], multiInstance: { mode: "sequential", instances } }] })
        )
        const par = getOrThrow(
          parseFlow({ id: "p", name: "p", steps: [{ ...steps[0], multiInstance: { mode: "parallel", instances } }] })
        )
        expect(seq.steps[0]?.days).toBe(days * instances)
        expect(seq.steps[0]?.reviewers).toBe(1)
        expect(par.steps[0]?.days).toBe(days)
        expect(par.steps[0]?.reviewers).toBe(instances)
        expect(criticalPath(seq).makespan).toBe(days * instances)
      })
    )
  })

  it("a rework loop is kept apart: the critical path is the first pass and says so", () => {
    const flow = getOrThrow(
      parseFlow({ ...base, rework: [{ id: "back", from: "review", to: "apply", probability: 0.3, name: "驳回" }] })
    )
    expect(flow.order).toEqual(["apply", "review", "issue"])
    expect(flow.rework).toEqual([{ id: "back", from: "review", to: "apply", probability: 0.3, name: "驳回" }])
    const cpm = criticalPath(flow)
    expect(cpm.makespan).toBe(5)
    expect(cpm.reworkExcluded).toEqual(["back"])
    expect(cpm.note?.en).toContain("first pass")
    expect(criticalPath(getOrThrow(parseFlow(base))).note).toBeUndefined()
  })

  it("refuses a rework loop that goes forward, one that is always taken, and one to nowhere", () => {
    const codes = (rework: unknown): ReadonlyArray<string> => {
      const r = parseFlow({ ...base, rework: [rework] })
      return r.ok ? [] : r.issues.map((i) => i.code)
    }
    expect(codes({ id: "r", from: "apply", to: "issue", probability: 0.1 })).toEqual(["rework_not_backward"])
    expect(codes({ id: "r", from: "review", to: "apply", probability: 1 })).toHaveLength(1)
    expect(codes({ id: "r", from: "review", to: "nowhere", probability: 0.1 })).toEqual(["unknown_reference"])
    expect(codes({ id: "r", from: "issue", to: "issue", probability: 0.5 })).toEqual([])
  })

  it("an inclusive fork takes every branch by default; given probabilities are independent", () => {
    const input = {
      id: "or",
      name: "包容",
      steps: [
        { id: "a", name: "受理", department: "窗口", duration: 1 },
        { id: "b", name: "消防", department: "消防", duration: 2, after: ["or"] },
        { id: "c", name: "人防", department: "人防", duration: 4, after: ["or"] },
        { id: "d", name: "发证", department: "窗口", duration: 1, after: ["orj"] }
      ],
      gateways: [
        { id: "or", kind: "inclusive", role: "fork", after: ["a"] },
        { id: "orj", kind: "inclusive", role: "join", fork: "or", after: ["b", "c"] }
      ]
    } as const
    const flow = getOrThrow(parseFlow(input))
    expect(flow.gateways[0]?.branches).toEqual([
      { to: "b", probability: 1 },
      { to: "c", probability: 1 }
    ])
    expect(criticalPath(flow).makespan).toBe(6)
    const given = parseFlow({
      ...input,
      gateways: [
        {
          ...input.gateways[0],
          branches: [
            { to: "b", probability: 0.9, condition: "#{fire}" },
            { to: "c", probability: 0.4 }
          ]
        },
        input.gateways[1]
      ]
    })
    expect(given.ok).toBe(true)
    const missing = parseFlow({
      ...input,
      gateways: [{ ...input.gateways[0], branches: [{ to: "b", probability: 0.9 }] }, input.gateways[1]]
    })
    expect(missing.ok || missing.issues.map((i) => i.code)).toEqual(["branch_probabilities_invalid"])
  })

  it("nested sub-processes are stages with a parent; a cycle of parents is refused", () => {
    const stages = [
      { id: "outer", name: "联合审查", subprocess: true },
      { id: "inner", name: "内部会签", subprocess: true, parent: "outer" }
    ]
    const flow = getOrThrow(parseFlow({ ...base, stages }))
    expect(flow.stages).toEqual(stages)
    const bad = parseFlow({
      ...base,
      stages: [
        { id: "x", name: "x", parent: "y" },
        { id: "y", name: "y", parent: "x" }
      ]
    })
    expect(bad.ok || bad.issues.map((i) => i.code)).toEqual(["stage_nesting_cycle", "stage_nesting_cycle"])
  })

  it("flowToInput keeps every new field: parsing it again gives the same flow", () => {
    const flow = getOrThrow(
      parseFlow({
        ...base,
        steps: [
          { ...base.steps[0], kind: "task", role: "窗口人员", candidateGroups: ["window"], description: "收件" },
          {
            ...base.steps[1],
            multiInstance: {
              mode: "parallel",
              instances: 3,
              collection: "reviewers",
              completion: "nrOfCompletedInstances >= 2"
            },
            events: [{ id: "t", name: "超时督办", trigger: "timer", interrupting: false, timer: "P5D", days: 5 }]
          },
          {
            id: "wait",
            name: "公示",
            department: "住建局",
            duration: 5,
            kind: "wait",
            trigger: "timer",
            timer: "P5D",
            after: ["review"]
          },
          { ...base.steps[2], after: ["wait"] }
        ],
        rework: [{ id: "back", from: "review", to: "apply", probability: 0.2 }],
        handoffs: [{ id: "m", from: "issue", to: "申请人", fromDepartment: "窗口", toDepartment: "申请人" }],
        triggers: [{ id: "s", trigger: "message", name: "收到申请" }]
      })
    )
    expect(getOrThrow(parseFlow(flowToInput(flow)))).toEqual(flow)
  })

  it("an event-based fork is decided by the first event: a condition or default flow on it is refused", () => {
    const input = (branch: Record<string, unknown>) => ({
      id: "ev",
      name: "事件网关",
      steps: [
        { id: "a", name: "发出通知", department: "窗口", duration: 0 },
        { id: "b", name: "收到补正", department: "窗口", duration: 0, kind: "event", trigger: "message", after: ["g"] },
        { id: "c", name: "十日期满", department: "窗口", duration: 10, kind: "wait", after: ["g"] }
      ],
      gateways: [
        {
          id: "g",
          kind: "exclusive",
          role: "fork",
          eventBased: true,
          after: ["a"],
          branches: [
            { to: "b", probability: 0.6, ...branch },
            { to: "c", probability: 0.4 }
          ]
        }
      ]
    })
    expect(parseFlow(input({})).ok).toBe(true)
    const bad = parseFlow(input({ isDefault: true }))
    expect(bad.ok || bad.issues.map((i) => i.code)).toEqual(["event_based_branch_condition"])
  })
})

describe("what-if on a flow with rework loops", () => {
  it("a loop back to a step that 告知承诺 removes goes with it; others stay", () => {
    const flow = getOrThrow(
      parseFlow({
        ...base,
        steps: [base.steps[0], { ...base.steps[1], commitment: true }, { ...base.steps[2], after: ["review"] }],
        rework: [
          { id: "back", from: "review", to: "apply", probability: 0.3 },
          { id: "again", from: "issue", to: "issue", probability: 0.1 }
        ]
      })
    )
    const after = applyCommitment(flow)
    expect(after.ok && after.value.rework.map((r) => r.id)).toEqual(["again"])
  })
})
