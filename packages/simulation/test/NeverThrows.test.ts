// Issue 11, point 1: every public function of @tongban/simulation that reads
// data from outside (models and scenario files as parsed JSON, shard files
// from other machines, observed durations as CSV, the options a plain
// JavaScript program hands the runners) answers any value with a Result (or,
// for the textbook models, a value), never a throw.
import { parseFlow } from "@tongban/approval"
import { getOrThrow, parseLocalDate } from "@tongban/core"
import { chinaCalendar } from "@tongban/deadline"
import * as simulation from "@tongban/simulation"
import { describe, expect, it } from "vitest"
import {
  type AnyFunction,
  coversEveryExport,
  type EntryPoint,
  entry,
  neverThrows
} from "../../../scripts/neverThrows.js"

// Real arguments beside the drawn ones, so the property also reaches past the first check.
const model = getOrThrow(
  simulation.parseModel({
    departments: [{ id: "d", reviewers: 1 }],
    windows: [{ id: "w", count: 1 }],
    services: [{ id: "s", department: "d", arrivals: { perDay: 5 }, windowMinutes: { type: "fixed", value: 10 } }]
  })
)
const flow = getOrThrow(
  parseFlow({ id: "f", name: "f", steps: [{ id: "a", name: "A", department: "d", duration: 2 }] })
)
const start = getOrThrow(parseLocalDate("2026-03-02"))

// The textbook models answer with a value (a run of zero customers, or
// undefined for Erlang C), never NaN: what they return must be numbers.
const finite = (name: string, fn: AnyFunction, arity: number): EntryPoint => ({
  name,
  arity,
  returns: "value",
  run: (args) => {
    const out: unknown = Reflect.apply(fn, undefined, args)
    const numbers = out === undefined ? [] : Object.values(out ?? { missing: Number.NaN }).flat()
    expect(
      numbers.every((x) => typeof x === "number" && !Number.isNaN(x)),
      `${name}: ${JSON.stringify(out)}`
    ).toBe(true)
    return out
  }
})

const entries: ReadonlyArray<EntryPoint> = [
  entry("parseModel", simulation.parseModel, 2),
  entry("parseScenarioFile", simulation.parseScenarioFile, 2),
  entry("checkShard", simulation.checkShard, 1),
  entry("parseSweepFile", simulation.parseSweepFile, 2),
  entry("calibrate", simulation.calibrate, 2),
  entry("fitDuration", simulation.fitDuration, 2, "value"),
  entry("simulate", simulation.simulate, 2),
  {
    name: "simulate (a real model)",
    arity: 1,
    returns: "result",
    run: ([options]) => Reflect.apply(simulation.simulate, undefined, [model, options])
  },
  entry("runOne", simulation.runOne, 3),
  {
    name: "runOne (a real scenario)",
    arity: 2,
    returns: "result",
    run: ([seed, calendar]) => Reflect.apply(simulation.runOne, undefined, [{ name: "a", model }, seed, calendar])
  },
  entry("runShard", simulation.runShard, 2),
  {
    name: "runShard (real scenarios)",
    arity: 1,
    returns: "result",
    run: ([options]) => Reflect.apply(simulation.runShard, undefined, [[{ name: "a", model }], options])
  },
  entry("scheduleRisk", simulation.scheduleRisk, 2),
  {
    name: "scheduleRisk (a real flow)",
    arity: 1,
    returns: "result",
    run: ([options]) => Reflect.apply(simulation.scheduleRisk, undefined, [flow, options])
  },
  {
    name: "scheduleRisk (a real flow, start and calendar)",
    arity: 1,
    returns: "result",
    run: ([runs]) =>
      Reflect.apply(simulation.scheduleRisk, undefined, [flow, { start, calendar: chinaCalendar, runs, seed: runs }])
  },
  finite("simulateMMc", simulation.simulateMMc, 1),
  finite("simulateForkJoin", simulation.simulateForkJoin, 1),
  finite("erlangC", simulation.erlangC, 3)
]

// Arguments built by the library: a Model from parseModel, scenarios from
// parseScenarioFile, shards from runShard or checkShard, results, summaries
// and event logs that simulate returned, a generator from makeRandom; or
// numbers the caller's program sets. Those that run a model, a flow or a
// textbook queue (simulate, runOne, runShard, scheduleRisk, simulateMMc,
// simulateForkJoin, erlangC) are entry points above: a caller in plain
// JavaScript can pass them anything.
const internal: Readonly<Record<string, string>> = Object.fromEntries(
  [
    "addValue",
    "casesToCsv",
    "clockTime",
    "compareScenarios",
    "describeRun",
    "describeSummary",
    "distributionMean",
    "eventLogToCsv",
    "eventLogToXes",
    "formatWorkingMinute",
    "freezeSummary",
    "intervalOf",
    "makeRandom",
    "makeSampler",
    "makeSummaryBuilder",
    "mergeRunSummaries",
    "mergeShards",
    "mergeSummaries",
    "modelJsonSchema",
    "normalQuantile",
    "quantile",
    "replicationReports",
    "replicationsFor",
    "replicationsToCsv",
    "runMetrics",
    "sample",
    "scenarioFileJsonSchema",
    "seriesToCsv",
    "shardToTidyCsv",
    "splitSeeds",
    "studentTCdf",
    "studentTQuantile",
    "summariseSweep",
    "workingMinuteTimestamp",
    "xesEvents"
  ].map((name) => [name, "arguments built by the library or set by the caller's program"])
)

describe("@tongban/simulation entry points never throw on data", () => {
  neverThrows(entries)
  coversEveryExport(simulation, entries, internal)

  // Called as plain JavaScript would, with what the types forbid.
  const call = (fn: AnyFunction, ...args: ReadonlyArray<unknown>): unknown => Reflect.apply(fn, undefined, args)
  const wrong = (path: ReadonlyArray<string | number>, en: string) => ({
    ok: false,
    issues: [{ code: "argument_invalid", path, message: { en, zh: expect.any(String) } }]
  })

  it("says which argument is wrong, in Chinese and English", () => {
    expect(call(simulation.simulate, 42, { seed: 1 })).toMatchObject(
      wrong(["model"], "model must be a model that parseModel returned (its content does not fit one)")
    )
    expect(call(simulation.simulate, model, { seed: "1" })).toMatchObject(
      wrong(["options", "seed"], "seed must be a finite number")
    )
    expect(call(simulation.simulate, { ...model, days: 1e9 }, { seed: 1 })).toMatchObject(
      wrong(["model", "days"], "days must be an integer in its range")
    )
    expect(call(simulation.runOne, { name: "a", model }, 1n)).toMatchObject(
      wrong(["seed"], "seed must be a finite number")
    )
    expect(call(simulation.runShard, [{ name: "a", model }], { seeds: { from: 0, to: "3" } })).toMatchObject(
      wrong(["options", "seeds", "to"], "to must be an integer in its range")
    )
    expect(call(simulation.scheduleRisk, flow, { start, calendar: {} })).toMatchObject(
      wrong(["options", "calendar"], "calendar must be a working calendar (e.g. chinaCalendar)")
    )
  })

  it("a model broken inside (a distribution, a flow) is an issue, not a TypeError or a silent answer", () => {
    const services = model.services.map((s) => ({ ...s, windowMinutes: { type: "nope" } }))
    expect(call(simulation.simulate, { ...model, services }, { seed: 1 })).toMatchObject(
      wrong(["model", "services", 0, "windowMinutes"], "windowMinutes must be an object")
    )
    // Deeper than the guard reads: the flow's inside, caught as a whole.
    const broken = model.services.map((s) => ({ ...s, flow: { steps: 3 } }))
    expect(call(simulation.simulate, { ...model, services: broken }, { seed: 1 })).toMatchObject(
      wrong(["model"], "model must be a model that parseModel returned (its content does not fit one)")
    )
  })

  it("the textbook models answer values of the wrong type with an empty run, not a throw or NaN", () => {
    expect(call(simulation.simulateMMc, { lambda: "9", mu: 1, servers: 10, customers: 10, seed: 1 })).toMatchObject({
      customers: 0,
      events: 0,
      meanWait: 0
    })
    expect(call(simulation.simulateMMc, { lambda: 9, mu: 1, servers: 2 ** 53, customers: 10, seed: 1n })).toMatchObject(
      {
        customers: 0
      }
    )
    expect(
      call(simulation.simulateForkJoin, { lambda: 1, departments: "x", signOff: {}, cases: 5, seed: 1 })
    ).toMatchObject({
      cases: 0
    })
    expect(call(simulation.erlangC, 9n, 1, 10)).toBeUndefined()
    expect(call(simulation.erlangC, 9, 1, 1e12)).toBeUndefined()
  })
})
