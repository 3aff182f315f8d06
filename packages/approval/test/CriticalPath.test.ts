import { compareFlow, criticalPath, type Flow, parseFlow, serialBaseline } from "@tongban/approval"
import { getOrThrow } from "@tongban/core"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbFlowInput, arbFlowWithExtraEdge } from "./arbitraries/flow.js"

const parse = (input: unknown): Flow => getOrThrow(parseFlow(input))

/** A naive peer: longest path by repeated relaxation until nothing changes. */
const naiveMakespan = (flow: Flow): number => {
  const ef = new Map<string, number>()
  const nodes = [
    ...flow.steps.map((s) => ({ id: s.id, days: s.days, after: s.after })),
    ...flow.gateways.map((g) => ({ id: g.id, days: 0, after: g.after }))
  ]
  let changed = true
  while (changed) {
    changed = false
    for (const node of nodes) {
      const es = Math.max(0, ...node.after.map((p) => ef.get(p) ?? 0))
      if (ef.get(node.id) !== es + node.days) {
        ef.set(node.id, es + node.days)
        changed = true
      }
    }
  }
  return Math.max(0, ...ef.values())
}

describe("criticalPath", () => {
  it("a schedule never breaks a dependency, and floats are consistent", () => {
    fc.assert(
      fc.property(arbFlowInput(), (input) => {
        const flow = parse(input)
        const cpm = criticalPath(flow)
        const byId = new Map(cpm.timings.map((t) => [t.id, t]))
        for (const s of flow.steps) {
          const t = byId.get(s.id)
          expect(t).toBeDefined()
          if (t === undefined) return
          expect(t.ef).toBe(t.es + s.days)
          expect(t.lf).toBe(t.ls + s.days)
          expect(t.ls).toBeGreaterThanOrEqual(t.es)
          expect(t.freeFloat).toBeGreaterThanOrEqual(0)
          expect(t.freeFloat).toBeLessThanOrEqual(t.totalFloat)
          expect(t.lf).toBeLessThanOrEqual(cpm.makespan)
          for (const p of s.after) {
            const pt = byId.get(p)
            expect(pt).toBeDefined()
            expect(t.es).toBeGreaterThanOrEqual(pt?.ef ?? Infinity)
            expect(t.ls).toBeGreaterThanOrEqual(pt?.lf ?? Infinity)
          }
        }
      })
    )
  })

  it("makespan ≥ critical-path length ≥ longest step, and matches a naive longest-path peer", () => {
    fc.assert(
      fc.property(arbFlowInput(), (input) => {
        const flow = parse(input)
        const cpm = criticalPath(flow)
        const days = new Map(flow.steps.map((s) => [s.id, s.days]))
        const longest = Math.max(...flow.steps.map((s) => s.days))
        expect(cpm.criticalPaths.length).toBeGreaterThan(0)
        for (const path of cpm.criticalPaths) {
          const length = path.reduce((sum, id) => sum + (days.get(id) ?? 0), 0)
          expect(cpm.makespan).toBeGreaterThanOrEqual(length)
          expect(length).toBe(cpm.makespan)
          expect(length).toBeGreaterThanOrEqual(longest)
        }
        expect(cpm.makespan).toBe(naiveMakespan(flow))
      })
    )
  })

  it("the serial baseline is never shorter than the parallel makespan", () => {
    fc.assert(
      fc.property(arbFlowInput(), (input) => {
        const flow = parse(input)
        expect(serialBaseline(flow)).toBeGreaterThanOrEqual(criticalPath(flow).makespan)
        const c = compareFlow(flow)
        expect(c.saving).toBe(c.serial - c.parallel)
        expect(c.statutory.days).toBeGreaterThanOrEqual(c.parallel)
      })
    )
  })

  it("adding a dependency never shortens the makespan", () => {
    fc.assert(
      fc.property(arbFlowWithExtraEdge(), ({ input, from, to }) => {
        const before = criticalPath(parse(input)).makespan
        const steps = input.steps.map((s, i) => (i === to ? { ...s, after: [...(s.after ?? []), `s${from}`] } : s))
        const after = criticalPath(parse({ ...input, steps })).makespan
        expect(after).toBeGreaterThanOrEqual(before)
      })
    )
  })

  it("lists every critical path of a diamond with two equal branches", () => {
    const flow = parse({
      id: "d",
      name: "菱形",
      steps: [
        { id: "a", name: "受理", department: "中心", duration: 1 },
        { id: "b", name: "规划", department: "自然资源", duration: 4, after: ["a"] },
        { id: "c", name: "消防", department: "消防", duration: 4, after: ["a"] },
        { id: "e", name: "人防", department: "人防", duration: 2, after: ["a"] },
        { id: "d", name: "发证", department: "中心", duration: 1, after: ["b", "c", "e"] }
      ]
    })
    const cpm = criticalPath(flow)
    expect(cpm.makespan).toBe(6)
    expect(cpm.criticalPaths).toEqual([
      ["a", "b", "d"],
      ["a", "c", "d"]
    ])
    const e = cpm.timings.find((t) => t.id === "e")
    expect(e).toMatchObject({ es: 1, ef: 3, ls: 3, lf: 5, totalFloat: 2, freeFloat: 2, critical: false })
    expect(criticalPath(flow, { maxPaths: 1 })).toMatchObject({ truncated: true, criticalPaths: [["a", "b", "d"]] })
  })

  it("gateways take no time and stay out of the listed paths", () => {
    const flow = parse({
      id: "g",
      name: "网关",
      steps: [
        { id: "a", name: "受理", department: "中心", duration: 1 },
        { id: "b", name: "甲", department: "x", duration: 3, after: ["fork"] },
        { id: "c", name: "乙", department: "y", duration: 2, after: ["fork"] },
        { id: "d", name: "办结", department: "中心", duration: 1, after: ["join"] }
      ],
      gateways: [
        { id: "fork", kind: "parallel", role: "fork", after: ["a"] },
        { id: "join", kind: "parallel", role: "join", fork: "fork", after: ["b", "c"] }
      ]
    })
    const cpm = criticalPath(flow)
    expect(cpm.makespan).toBe(5)
    expect(cpm.criticalPaths).toEqual([["a", "b", "d"]])
  })

  it("handles a chain of 5,000 steps without deep recursion", () => {
    const steps = Array.from({ length: 5000 }, (_, i) => ({
      id: `s${i}`,
      name: `环节${i}`,
      department: "d",
      duration: 1,
      ...(i > 0 ? { after: [`s${i - 1}`] } : {})
    }))
    const cpm = criticalPath(parse({ id: "chain", name: "长链", steps }))
    expect(cpm.makespan).toBe(5000)
    expect(cpm.criticalPaths[0]?.length).toBe(5000)
  })
})
