import { getOrThrow } from "@tongban/core"
import {
  checkShard,
  emptyShard,
  mergeShards,
  parseModel,
  runShard,
  splitSeeds,
  summariseSweep
} from "@tongban/simulation"
import { runSweep } from "../src/node.js"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const model = getOrThrow(
  parseModel({
    departments: [
      { id: "market", reviewers: 2 },
      { id: "tax", reviewers: 1 }
    ],
    windows: [
      { id: "general", count: 2 },
      { id: "tax-desk", count: 1, serves: ["tax"] }
    ],
    priorities: [{ id: "elderly", share: 0.1 }],
    patience: { type: "exponential", mean: 90 },
    services: [
      {
        id: "licence",
        department: "market",
        arrivals: { perDay: 40, profile: [3, 2, 1, 2] },
        online: 0.2,
        incomplete: 0.25,
        windowMinutes: { type: "triangular", min: 4, mode: 8, max: 20 },
        statutory: "20wd",
        promised: "5wd",
        flow: {
          id: "f",
          name: "licence",
          steps: [
            {
              id: "a",
              name: "review",
              department: "market",
              duration: { kind: "triangular", min: 0.5, mode: 1, max: 3 }
            },
            { id: "b", name: "tax", department: "tax", duration: 1, after: ["a"] }
          ]
        }
      },
      { id: "invoice", department: "tax", arrivals: { perDay: 20 }, windowMinutes: { type: "exponential", mean: 6 } }
    ]
  })
)
const scenarios = [
  { name: "today", model },
  { name: "more-windows", model: { ...model, windows: model.windows.map((w) => ({ ...w, count: w.count + 1 })) } }
]

describe("sweeps", () => {
  it("splitSeeds covers the range exactly once, in order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 12 }),
        (from, n, parts) => {
          const ranges = splitSeeds({ from, to: from + n }, parts)
          const seeds = ranges.flatMap((r) => Array.from({ length: r.to - r.from }, (_, i) => r.from + i))
          expect(seeds).toEqual(Array.from({ length: n }, (_, i) => from + i))
          expect(ranges.length).toBeLessThanOrEqual(parts)
        }
      )
    )
  }, 60_000)

  it("a sweep split into shards and merged in any order equals the whole sweep (results do not depend on workers)", () => {
    const whole = getOrThrow(runShard(scenarios, { seeds: { from: 1, to: 7 } }))
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.boolean(), (parts, reverse) => {
        const shards = splitSeeds({ from: 1, to: 7 }, parts).map((seeds) => getOrThrow(runShard(scenarios, { seeds })))
        const ordered = reverse ? [...shards].reverse() : shards
        const merged = ordered.reduce(mergeShards, emptyShard)
        expect(merged).toEqual(whole)
        expect(summariseSweep(merged)).toEqual(summariseSweep(whole))
      }),
      { numRuns: 8 }
    )
  }, 60_000)

  it("mergeShards is associative and commutative, with emptyShard as identity, and ignores a repeated run", () => {
    const [a, b, c] = [1, 2, 3].map((s) => getOrThrow(runShard(scenarios, { seeds: { from: s, to: s + 1 } })))
    if (a === undefined || b === undefined || c === undefined) throw new Error("shards missing")
    expect(mergeShards(mergeShards(a, b), c)).toEqual(mergeShards(a, mergeShards(b, c)))
    expect(mergeShards(a, b)).toEqual(mergeShards(b, a))
    expect(mergeShards(a, emptyShard)).toEqual(a)
    expect(mergeShards(a, a)).toEqual(a)
  }, 60_000)

  it("a shard survives JSON (another machine) and checkShard refuses a broken one", () => {
    const shard = getOrThrow(runShard(scenarios, { seeds: { from: 1, to: 3 } }))
    expect(getOrThrow(checkShard(JSON.parse(JSON.stringify(shard))))).toEqual(shard)
    expect(checkShard({ entries: [{ scenario: "x", seed: 1, summary: {} }] }).ok).toBe(false)
    // A window entry without numbers would turn merged utilisation into NaN: refused, with its path.
    const first = shard.entries[0]
    if (first === undefined) throw new Error("no runs")
    const broken = {
      entries: [
        {
          ...first,
          summary: { ...first.summary, windows: [{ id: "general", busyMinutes: "lots", capacityMinutes: 1 }] }
        }
      ]
    }
    const r = checkShard(broken)
    expect(r.ok ? [] : r.issues[0]?.path).toEqual(["entries", 0, "summary", "windows", 0, "busyMinutes"])
    expect(checkShard(null).ok).toBe(false)
  }, 60_000)

  it("worker threads give the same runs as one thread (2 workers, from the sources)", async () => {
    const progress: Array<number> = []
    const workerUrl = new URL("./worker-from-source.mjs", import.meta.url)
    const threaded = getOrThrow(
      await runSweep(scenarios, {
        seeds: { from: 1, to: 4 },
        workers: 2,
        workerUrl,
        onProgress: (done) => progress.push(done)
      })
    )
    const inline = getOrThrow(await runSweep(scenarios, { seeds: { from: 1, to: 4 }, workers: 0 }))
    expect(threaded).toEqual(inline)
    expect(threaded).toEqual(getOrThrow(runShard(scenarios, { seeds: { from: 1, to: 4 } })))
    expect(progress).toEqual([1, 2, 3, 4, 5, 6])
  }, 60_000)

  it("a worker that cannot start is an issue, not a crash", async () => {
    const r = await runSweep(scenarios, {
      seeds: { from: 1, to: 2 },
      workers: 1,
      workerUrl: new URL("./no-such-worker.mjs", import.meta.url)
    })
    expect(r.ok ? "" : r.issues[0]?.code).toBe("sweep_worker_failed")
  }, 60_000)
})
