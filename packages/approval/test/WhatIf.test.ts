import {
  applyCommitment,
  criticalPath,
  type Flow,
  makeParallel,
  mergeJointReview,
  mergeJointReviewGroups,
  parseFlow,
  whatIf
} from "@tongban/approval"
import { getOrThrow } from "@tongban/core"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbFlowInput } from "./arbitraries/flow.js"

const parse = (input: unknown): Flow => getOrThrow(parseFlow(input))
const serial = parse({
  id: "kaiban",
  name: "企业开办（串联）",
  steps: [
    { id: "yz", name: "营业执照", department: "市场监管", duration: 3 },
    { id: "kz", name: "公章刻制", department: "公安", duration: 1, after: ["yz"] },
    { id: "fp", name: "发票申领", department: "税务", duration: 2, after: ["kz"], commitment: true },
    { id: "cb", name: "参保登记", department: "人社", duration: 1, after: ["fp"], jointReview: "社保公积金" },
    { id: "gj", name: "公积金登记", department: "公积金", duration: 1, after: ["cb"], jointReview: "社保公积金" },
    { id: "yh", name: "银行开户", department: "银行", duration: 2, after: ["gj"] }
  ]
})

describe("what-if transforms", () => {
  it("making steps parallel keeps what they waited for outside the group", () => {
    const p = getOrThrow(makeParallel(serial, { steps: ["kz", "fp", "cb", "gj", "yh"] }))
    expect(criticalPath(p).makespan).toBe(5)
    for (const id of ["kz", "fp", "cb", "gj", "yh"]) expect(p.steps.find((s) => s.id === id)?.after).toEqual(["yz"])
  })

  it("a step after the group waits for every member it waited for through the group", () => {
    const flow = parse({
      id: "f",
      name: "x",
      steps: [
        { id: "a", name: "a", department: "d", duration: 1 },
        { id: "b", name: "b", department: "d", duration: 4, after: ["a"] },
        { id: "c", name: "c", department: "d", duration: 2, after: ["b"] },
        { id: "d", name: "d", department: "d", duration: 1, after: ["c"] }
      ]
    })
    const p = getOrThrow(makeParallel(flow, { steps: ["b", "c"] }))
    expect(
      p.steps
        .find((s) => s.id === "d")
        ?.after.slice()
        .sort()
    ).toEqual(["b", "c"])
    expect(criticalPath(p).makespan).toBe(6)
  })

  it("no transform lengthens a flow; parallel never adds trips", () => {
    fc.assert(
      fc.property(
        arbFlowInput({ maxSteps: 15 }),
        fc.array(fc.nat(), { minLength: 2, maxLength: 5 }),
        (input, picks) => {
          const flow = parse(input)
          const ids = [...new Set(picks.map((p) => flow.steps[p % flow.steps.length]?.id ?? ""))]
          const before = criticalPath(flow).makespan
          if (ids.length >= 2) {
            const p = makeParallel(flow, { steps: ids })
            expect(p.ok).toBe(true)
            if (p.ok) expect(criticalPath(p.value).makespan).toBeLessThanOrEqual(before)
          }
          const c = getOrThrow(applyCommitment(flow, { steps: ids }))
          expect(criticalPath(c).makespan).toBeLessThanOrEqual(before)
          expect(c.steps.length).toBe(flow.steps.length - ids.length)
        }
      )
    )
  })

  it("merging into a joint review takes the longest member and one trip", () => {
    const merged = getOrThrow(mergeJointReviewGroups(serial))
    const joint = merged.steps.find((s) => s.id === "社保公积金")
    expect(joint).toMatchObject({ days: 1, trips: 1, department: "人社", after: ["fp"] })
    expect(merged.steps.find((s) => s.id === "yh")?.after).toEqual(["社保公积金"])
    expect(criticalPath(merged).makespan).toBe(9)
  })

  it("refuses a merge that would form a cycle, and unknown steps", () => {
    const r = mergeJointReview(serial, { steps: ["yz", "fp"] })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues[0]?.code).toBe("cycle")
    const u = mergeJointReview(serial, { steps: ["yz", "nope"] })
    expect(u.ok || u.issues.map((i) => [i.code, i.path])).toEqual([["unknown_reference", ["steps", 1]]])
    const few = makeParallel(serial, { steps: ["yz"] })
    expect(few.ok || few.issues[0]?.code).toBe("too_few_steps")
  })

  it("告知承诺 removes the marked steps and reconnects their successors", () => {
    const c = getOrThrow(applyCommitment(serial))
    expect(c.steps.map((s) => s.id)).toEqual(["yz", "kz", "cb", "gj", "yh"])
    expect(c.steps.find((s) => s.id === "cb")?.after).toEqual(["kz"])
  })

  it("whatIf reports days and trips saved by each transform", () => {
    const r = getOrThrow(
      whatIf(serial, [
        { kind: "commitment" },
        { kind: "joint_review" },
        { kind: "parallel", steps: ["kz", "社保公积金", "yh"] }
      ])
    )
    expect(r.before).toEqual({ makespan: 10, trips: 6 })
    expect(r.steps.map((s) => [s.daysSaved, s.tripsSaved])).toEqual([
      [2, 1],
      [1, 1],
      [2, 0]
    ])
    expect(r.after).toEqual({ makespan: 5, trips: 4 })
    expect(r.daysSaved).toBe(5)
    const bad = whatIf(serial, [{ kind: "parallel", steps: ["x", "y"] }])
    expect(bad.ok || bad.issues[0]?.path).toEqual(["transforms", 0, "steps", 0])
  })
})
