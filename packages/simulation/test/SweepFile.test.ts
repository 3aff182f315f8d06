import { getOrThrow } from "@tongban/core"
import { parseSweepFile, replicationReports, runShard, shardToTidyCsv } from "@tongban/simulation"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const base = {
  departments: [
    { id: "d", reviewers: 1 },
    { id: "t", reviewers: 1 }
  ],
  windows: [
    { id: "general", count: 4 },
    { id: "tax", count: 1, serves: ["t"] }
  ],
  services: [
    {
      id: "s",
      department: "d",
      arrivals: { perDay: 60 },
      approveAtWindow: true,
      windowMinutes: { type: "exponential", mean: 10 }
    },
    { id: "u", department: "t", arrivals: { trace: [0, 5] }, windowMinutes: { type: "fixed", value: 3 } }
  ]
}

describe("sweep files", () => {
  it("the sweep is the product of the varied values, each scenario with its settings applied", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(fc.double({ min: 0.5, max: 2, noNaN: true }), { minLength: 1, maxLength: 3 }),
        fc.uniqueArray(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 3 }),
        (counts, scales, incomplete) => {
          const sweep = getOrThrow(
            parseSweepFile({
              base,
              vary: { "windows.general.count": counts, "arrivals.scale": scales, "services.s.incomplete": incomplete }
            })
          )
          expect(sweep.length).toBe(counts.length * scales.length * incomplete.length)
          expect(new Set(sweep.map((s) => s.name)).size).toBe(sweep.length)
          for (const s of sweep) {
            const settings = Object.fromEntries(s.name.split(",").map((kv) => kv.split("=")))
            expect(s.model.windows.find((w) => w.id === "general")?.count).toBe(
              Number(settings["windows.general.count"])
            )
            const perDay = (id: string) => {
              const a = s.model.services.find((x) => x.id === id)?.arrivals
              return a !== undefined && "perDay" in a ? a.perDay : undefined
            }
            expect(perDay("s")).toBeCloseTo(60 * Number(settings["arrivals.scale"]), 6)
            expect(s.model.services.find((x) => x.id === "s")?.incomplete).toBeCloseTo(
              Number(settings["services.s.incomplete"]),
              9
            )
            // The trace of the other service is not scaled, the other window group not touched.
            expect(s.model.services.find((x) => x.id === "u")?.arrivals).toEqual({ trace: [0, 5] })
            expect(s.model.windows.find((w) => w.id === "tax")?.count).toBe(1)
          }
        }
      ),
      { numRuns: 40 }
    )
  })

  it("a range { from, to, step } is inclusive; the authorised share splits a window group", () => {
    const sweep = getOrThrow(
      parseSweepFile({
        base,
        vary: { "windows.general.count": { from: 4, to: 12, step: 4 }, "windows.general.authorisedShare": [0.5] }
      })
    )
    expect(sweep.map((s) => s.name)).toEqual([
      "windows.general.count=4,windows.general.authorisedShare=0.5",
      "windows.general.count=8,windows.general.authorisedShare=0.5",
      "windows.general.count=12,windows.general.authorisedShare=0.5"
    ])
    expect(sweep[1]?.model.windows.map((w) => [w.id, w.count, w.authorised])).toEqual([
      ["general", 4, true],
      ["general-plain", 4, false],
      ["tax", 1, false]
    ])
  })

  it("refuses parameters outside the grammar, unknown groups, wrong value types and sweeps over 1000 scenarios, with located issues", () => {
    const codes = (vary: Record<string, unknown>) => {
      const r = parseSweepFile({ base, vary })
      return r.ok ? [] : r.issues.map((i) => [i.code, i.path.join(".")])
    }
    expect(codes({ "windows.nope.count": [1] })).toEqual([["sweep_parameter_unknown", "vary.windows.nope.count"]])
    expect(codes({ "colour.of.walls": [1] })).toEqual([["sweep_parameter_unknown", "vary.colour.of.walls"]])
    expect(codes({ "arrivals.scale": ["x"] })).toEqual([["sweep_parameter_unknown", "vary.arrivals.scale"]])
    expect(codes({ "windows.general.count": { from: 1, to: 40 }, days: { from: 1, to: 30 } })).toEqual([
      ["sweep_too_large", "vary"]
    ])
    // A value parseModel refuses is located under the scenario's name.
    const negative = parseSweepFile({ base, vary: { "windows.general.count": [-1] } })
    expect(negative.ok ? [] : negative.issues[0]?.path).toEqual([
      "scenarios",
      "windows.general.count=-1",
      "windows",
      0,
      "count"
    ])
    expect(parseSweepFile({ base, vary: 3 }).ok).toBe(false)
  })

  it("runs as shards into a tidy CSV (scenario × seed × metric) and per-scenario intervals", () => {
    const sweep = getOrThrow(parseSweepFile({ base, vary: { "windows.general.count": [2, 3] } }))
    const shard = getOrThrow(runShard(sweep, { seeds: { from: 1, to: 4 } }))
    const lines = shardToTidyCsv(shard).split("\r\n")
    const waits = lines.filter((l) => l.includes(",wait_mean,"))
    expect(waits.map((l) => l.split(",").slice(0, 2).join(","))).toEqual([
      "windows.general.count=2,1",
      "windows.general.count=2,2",
      "windows.general.count=2,3",
      "windows.general.count=3,1",
      "windows.general.count=3,2",
      "windows.general.count=3,3"
    ])
    expect(replicationReports(shard).map((r) => [r.scenario, r.metrics.wait_mean?.runs])).toEqual([
      ["windows.general.count=2", 3],
      ["windows.general.count=3", 3]
    ])
  })
})
