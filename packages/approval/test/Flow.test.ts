import { type FlowInput, flowJsonSchema, flowToInput, parseFlow, plannedDays } from "@tongban/approval"
import { parseJson } from "@tongban/core"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbFlowInput } from "./arbitraries/flow.js"

const step = (id: string, after: ReadonlyArray<string> = [], extra: object = {}) => ({
  id,
  name: id,
  department: "d",
  duration: 1,
  after: [...after],
  ...extra
})
const codes = (input: unknown): ReadonlyArray<string> => {
  const r = parseFlow(input)
  return r.ok ? [] : r.issues.map((i) => i.code)
}

describe("parseFlow", () => {
  it("gives a topological order with every predecessor first", () => {
    fc.assert(
      fc.property(arbFlowInput(), (input) => {
        const r = parseFlow(input)
        expect(r.ok).toBe(true)
        if (!r.ok) return
        const at = new Map(r.value.order.map((id, i) => [id, i]))
        for (const s of r.value.steps)
          for (const p of s.after) expect(at.get(p) ?? Infinity).toBeLessThan(at.get(s.id) ?? -1)
      })
    )
  })

  it("round-trips through flowToInput", () => {
    fc.assert(
      fc.property(arbFlowInput(), (input) => {
        const flow = parseFlow(input)
        if (!flow.ok) return
        expect(parseFlow(flowToInput(flow.value))).toEqual(flow)
      })
    )
  })

  it("names the cycle, and locates it", () => {
    const r = parseFlow({ id: "f", name: "环", steps: [step("a", ["c"]), step("b", ["a"]), step("c", ["b"])] })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.issues).toHaveLength(1)
    expect(r.issues[0]).toMatchObject({
      code: "cycle",
      path: ["steps", 0, "after"],
      facts: { cycle: ["a", "b", "c", "a"] }
    })
    expect(r.issues[0]?.message.zh).toContain("a → b → c → a")
    expect(codes({ id: "f", name: "自环", steps: [step("a", ["a"])] })).toEqual(["cycle"])
  })

  it("reports duplicate ids and unknown references with their paths", () => {
    const r = parseFlow({
      id: "f",
      name: "x",
      stages: [{ id: "s1", name: "阶段" }],
      steps: [step("a"), step("a"), step("b", ["zz"], { stage: "s9" })]
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ["duplicate_id", ["steps", 1, "id"]],
      ["unknown_reference", ["steps", 2, "after", 0]],
      ["unknown_reference", ["steps", 2, "stage"]]
    ])
    expect(codes({ id: "f", name: "x", departments: [{ id: "e", reviewers: 2 }], steps: [step("a")] })).toEqual([
      "unknown_reference"
    ])
  })

  it("reports steps that cannot be reached from the declared start", () => {
    const r = parseFlow({
      id: "f",
      name: "x",
      start: ["a"],
      steps: [step("a"), step("b", ["a"]), step("orphan"), step("c", ["orphan"])]
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.issues.map((i) => [i.code, i.facts.id])).toEqual([
      ["unreachable_step", "orphan"],
      ["unreachable_step", "c"]
    ])
  })

  it("reports a join without its fork, whatever is wrong with it", () => {
    const base = [step("a"), step("b", ["f"]), step("c", ["f"]), step("d", ["j"])]
    const fork = { id: "f", kind: "parallel", role: "fork", after: ["a"] }
    const join = { id: "j", kind: "parallel", role: "join", after: ["b", "c"] }
    expect(codes({ id: "x", name: "x", steps: base, gateways: [fork, { ...join, fork: "f" }] })).toEqual([])
    expect(codes({ id: "x", name: "x", steps: base, gateways: [fork, join] })).toEqual(["join_without_fork"])
    expect(codes({ id: "x", name: "x", steps: base, gateways: [fork, { ...join, fork: "a" }] })).toEqual([
      "join_without_fork"
    ])
    expect(
      codes({
        id: "x",
        name: "x",
        steps: base,
        gateways: [
          { ...fork, kind: "exclusive" },
          { ...join, fork: "f" }
        ]
      })
    ).toEqual(["join_without_fork"])
    const late = {
      id: "x",
      name: "x",
      steps: [...base, step("e", ["j"])],
      gateways: [fork, { ...join, fork: "g" }, { id: "g", kind: "parallel", role: "fork", after: ["d"] }]
    }
    expect(codes(late)).toEqual(["join_without_fork"])
  })

  it("checks exclusive branch probabilities and fills equal shares when none are given", () => {
    const steps = [step("a"), step("b", ["x"]), step("c", ["x"])]
    const gw = (branches?: unknown) => ({
      id: "x",
      kind: "exclusive",
      role: "fork",
      after: ["a"],
      ...(branches === undefined ? {} : { branches })
    })
    const equal = parseFlow({ id: "f", name: "x", steps, gateways: [gw()] })
    expect(equal.ok && equal.value.gateways[0]?.branches).toEqual([
      { to: "b", probability: 0.5 },
      { to: "c", probability: 0.5 }
    ])
    expect(
      codes({
        id: "f",
        name: "x",
        steps,
        gateways: [
          gw([
            { to: "b", probability: 0.6 },
            { to: "c", probability: 0.6 }
          ])
        ]
      })
    ).toEqual(["branch_probabilities_invalid"])
    expect(codes({ id: "f", name: "x", steps, gateways: [gw([{ to: "b", probability: 1 }])] })).toEqual([
      "branch_probabilities_invalid"
    ])
    expect(
      codes({
        id: "f",
        name: "x",
        steps,
        gateways: [
          gw([
            { to: "b", probability: 0.5 },
            { to: "a", probability: 0.5 }
          ])
        ]
      })
    ).toEqual(["branch_probabilities_invalid", "branch_not_successor"])
  })

  it("reads distributions and plans with the mode or median", () => {
    const r = parseFlow({
      id: "f",
      name: "x",
      steps: [
        step("a", [], { duration: { kind: "triangular", min: 1, mode: 2, max: 9 } }),
        step("b", [], { duration: { kind: "lognormal", mu: Math.log(3), sigma: 0.4 } }),
        step("c", [], { duration: { kind: "fixed", days: 4 } })
      ]
    })
    expect(r.ok && r.value.steps.map((s) => s.days)).toEqual([2, 3, 4])
    expect(
      codes({
        id: "f",
        name: "x",
        steps: [step("a", [], { duration: { kind: "triangular", min: 3, mode: 2, max: 9 } })]
      })
    ).toEqual(["triangular_out_of_order"])
    expect(plannedDays({ kind: "lognormal", mu: 0, sigma: 1 })).toBe(1)
  })

  it("refuses bad, hostile and huge input with issues, never a throw", () => {
    expect(codes(null)).toEqual(["invalid_type"])
    expect(codes({})).toContain("invalid_type")
    expect(codes({ id: "f", name: "x", steps: [step("a", [], { duration: -1 })] }).length).toBeGreaterThan(0)
    expect(codes({ id: "f", name: "x", steps: [step("a", [], { typo: 1 })] })).toEqual(["unrecognized_keys"])
    const hostile = parseJson('{"id":"f","name":"x","steps":[],"__proto__":{"polluted":true}}')
    expect(hostile.ok).toBe(false)
    expect(Reflect.get({}, "polluted")).toBeUndefined()
    expect(codes({ id: "f", name: "x", steps: Array.from({ length: 100_001 }, (_, i) => step(`s${i}`)) })).toEqual([
      "too_big"
    ])
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof parseFlow(value).ok).toBe("boolean")
      })
    )
  })

  it("reads time limits in any deadline form and keeps them in working days (行政许可法 art. 42: 二十日, counted in working days by art. 82)", () => {
    const r = parseFlow({
      id: "f",
      name: "x",
      promised: "120个工作日",
      steps: [
        step("a", [], { statutory: "20个工作日", promised: "5wd" }),
        step("b", [], { statutory: { amount: 15, unit: "natural_day" } })
      ]
    })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.promised).toBe(120)
    expect(r.value.steps.map((s) => [s.statutory, s.promised])).toEqual([
      [20, 5],
      [11, undefined]
    ])
    const bad = parseFlow({ id: "f", name: "x", steps: [step("a", [], { statutory: "soon" })] })
    expect(bad.ok || bad.issues[0]?.path).toEqual(["steps", 0, "statutory"])
  })

  it("publishes a JSON Schema that describes steps and gateways", () => {
    const schema = flowJsonSchema()
    expect(schema.type).toBe("object")
    expect(JSON.stringify(schema)).toContain("jointReview")
    const input: FlowInput = { id: "f", name: "x", steps: [] }
    expect(parseFlow(input).ok).toBe(true)
  })
})
