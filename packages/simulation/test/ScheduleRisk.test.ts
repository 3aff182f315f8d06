import { getOrThrow, parseLocalDate } from "@tongban/core"
import { parseFlow, scheduleFlow } from "@tongban/approval"
import { chinaCalendar } from "@tongban/deadline"
import { scheduleRisk } from "@tongban/simulation"
import fc from "fast-check"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"

const start = getOrThrow(parseLocalDate("2026-03-02"))
const options = { start, calendar: chinaCalendar }

describe("schedule risk of a flow", () => {
  it("with fixed durations it is the critical path method: one makespan, the same finish as scheduleFlow, criticality 1 on the critical path and 0 off it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (a, b, c) => {
          fc.pre(b !== c)
          const flow = getOrThrow(
            parseFlow({
              id: "f",
              name: "f",
              steps: [
                { id: "a", name: "A", department: "x", duration: a },
                { id: "b", name: "B", department: "x", duration: b, after: ["a"] },
                { id: "c", name: "C", department: "y", duration: c, after: ["a"] },
                { id: "d", name: "D", department: "x", duration: 1, after: ["b", "c"] }
              ]
            })
          )
          const risk = getOrThrow(scheduleRisk(flow, { ...options, runs: 20 }))
          const plan = getOrThrow(scheduleFlow(flow, options))
          expect(risk.makespan.min).toBe(plan.makespan)
          expect(risk.makespan.max).toBe(plan.makespan)
          expect(risk.finish.p90).toBe(plan.finish)
          expect(risk.planned).toEqual({ makespan: plan.makespan, finish: plan.finish })
          expect(risk.criticality.map((s) => s.index)).toEqual([1, b > c ? 1 : 0, c > b ? 1 : 0, 1])
        }
      )
    )
  })

  it("the same seed gives the same result; the finish dates' shares add up to 1", () => {
    const flow = getOrThrow(
      parseFlow(JSON.parse(readFileSync("examples/t-county/flows/gongcheng-jianshe.json", "utf8")))
    )
    const a = getOrThrow(scheduleRisk(flow, { ...options, runs: 500, seed: 9 }))
    expect(getOrThrow(scheduleRisk(flow, { ...options, runs: 500, seed: 9 }))).toEqual(a)
    expect(a.finish.dates.reduce((s, d) => s + d.share, 0)).toBeCloseTo(1, 12)
    expect(a.finish.dates.at(-1)?.cumulative).toBeCloseTo(1, 12)
    expect(a.finish.p50 <= a.finish.p90).toBe(true)
    for (const c of a.criticality) expect(c.index).toBeGreaterThanOrEqual(0)
  })

  it("the parallel 工程建设 flow finishes later on average than the plan of its modes (the defect of flow schedule)", () => {
    const flow = getOrThrow(
      parseFlow(JSON.parse(readFileSync("examples/t-county/flows/gongcheng-jianshe.json", "utf8")))
    )
    const risk = getOrThrow(scheduleRisk(flow, { ...options, runs: 4000, seed: 1 }))
    expect(risk.makespan.mean - risk.planned.makespan).toBeGreaterThan(2)
    expect(risk.plannedOrEarlier).toBeLessThan(0.5)
  })

  it("a triangular step's mean is (min + mode + max) / 3, and the promised limit's probability is its share of runs", () => {
    const flow = getOrThrow(
      parseFlow({
        id: "f",
        name: "f",
        promised: 4,
        steps: [{ id: "a", name: "A", department: "x", duration: { kind: "triangular", min: 1, mode: 2, max: 6 } }]
      })
    )
    const risk = getOrThrow(scheduleRisk(flow, { ...options, runs: 20_000 }))
    expect(risk.makespan.mean).toBeCloseTo(3, 1)
    // P(T ≤ 4) for triangular(1, 2, 6) = 1 − (6 − 4)² / ((6 − 1)(6 − 2)) = 0.8.
    expect(risk.promised?.probability ?? 0).toBeCloseTo(0.8, 1)
    expect(risk.promised?.interval.ci.low ?? 1).toBeLessThan(0.8)
    expect(risk.promised?.interval.ci.high ?? 0).toBeGreaterThan(0.8)
    expect(risk.promised?.due).toBe("2026-03-05")
  })

  it("an exclusive fork sends runs down each branch with its probability (criticality index), an inclusive fork each branch independently", () => {
    const flow = getOrThrow(
      parseFlow({
        id: "f",
        name: "f",
        steps: [
          { id: "a", name: "A", department: "x", duration: 5, after: ["x"] },
          { id: "b", name: "B", department: "x", duration: 1, after: ["x"] },
          { id: "c", name: "C", department: "x", duration: 3, after: ["o"] },
          { id: "d", name: "D", department: "x", duration: 3, after: ["o"] }
        ],
        gateways: [
          {
            id: "x",
            kind: "exclusive",
            role: "fork",
            branches: [
              { to: "a", probability: 0.3 },
              { to: "b", probability: 0.7 }
            ]
          },
          { id: "j", kind: "exclusive", role: "join", fork: "x", after: ["a", "b"] },
          {
            id: "o",
            kind: "inclusive",
            role: "fork",
            after: ["j"],
            branches: [
              { to: "c", probability: 0.5 },
              { to: "d", probability: 0.5 }
            ]
          }
        ]
      })
    )
    const risk = getOrThrow(scheduleRisk(flow, { ...options, runs: 20_000 }))
    const index = (id: string) => risk.criticality.find((c) => c.id === id)?.index ?? NaN
    expect(index("a")).toBeCloseTo(0.3, 1)
    expect(index("b")).toBeCloseTo(0.7, 1)
    // Mean makespan: E[first branch] + 3 × P(c or d taken) = (0.3 × 5 + 0.7 × 1) + 3 × 0.75.
    expect(risk.makespan.mean).toBeCloseTo(2.2 + 2.25, 1)
  })

  it("a rework loop repeats with its probability: a 2-day step redone with p = 0.5 takes 4 days on average", () => {
    const flow = getOrThrow(
      parseFlow({
        id: "f",
        name: "f",
        steps: [{ id: "a", name: "A", department: "x", duration: 2 }],
        rework: [{ id: "r", from: "a", to: "a", probability: 0.5 }]
      })
    )
    const risk = getOrThrow(scheduleRisk(flow, { ...options, runs: 20_000 }))
    expect(risk.makespan.mean).toBeCloseTo(4, 1)
    expect(risk.makespan.min).toBe(2)
  })

  it("a start beyond the calendar's coverage is the issue calendar_out_of_coverage", () => {
    const flow = getOrThrow(
      parseFlow({ id: "f", name: "f", steps: [{ id: "a", name: "A", department: "x", duration: 2 }] })
    )
    const r = scheduleRisk(flow, { start: getOrThrow(parseLocalDate("2099-03-02")), calendar: chinaCalendar })
    expect(r.ok ? "" : r.issues[0]?.code).toBe("calendar_out_of_coverage")
  })
})
