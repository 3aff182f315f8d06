// The operations of @tongban/simulation, each in the worker pool with a time
// budget and bounded here besides: a hall simulated over a few seeds (with
// intervals), a small sweep (its shard merges with others by `tongban
// simulate merge`), and the schedule risk of a flow.
//
// Glossary: 仿真 = simulation, 重复运行 = replications, 扫描 = sweep,
// 排期风险 = schedule risk, 准时概率 = on-time probability.
import { FlowInputSchema, parseFlow } from "@tongban/approval"
import { fail, ok, prefixIssues } from "@tongban/core"
import {
  ModelSchema,
  parseModel,
  parseSweepFile,
  runShard,
  type Scenario,
  SweepFileSchema,
  scheduleRisk,
  summariseSweep
} from "@tongban/simulation"
import * as z from "zod"
import { exampleFlow, exampleModel } from "../internal/examples.js"
import { CalendarChoiceSchema, calendarOf, LocalDateSchema } from "../internal/schemas.js"
import { serverCodes } from "../IssueCodes.js"
import { defineOperation, type Operation } from "../Operation.js"

/** Runs (scenarios × seeds) one request may ask for: larger sweeps belong to a batch Job. */
export const MAX_RUNS = 200
/** Working days one simulated run may span. */
export const MAX_DAYS = 260

const tooLarge = (path: ReadonlyArray<string>, field: string, value: number, max: number) =>
  fail(serverCodes.issue("work_too_large", { path, facts: { field, value, max } }))

const daysTooMany = (scenarios: ReadonlyArray<Scenario>, at: ReadonlyArray<string>) => {
  const longest = Math.max(...scenarios.map((s) => s.model.days))
  return longest > MAX_DAYS ? tooLarge(at, "days", longest, MAX_DAYS) : undefined
}

const simulate = defineOperation({
  id: "simulate",
  path: "/simulation/simulate",
  tag: "simulation",
  summary: {
    zh: "大厅仿真（有界）：给定模型按若干种子重复运行，返回等候、办结用时、跑动次数、准时率、利用率及其置信区间",
    en: "simulate a hall (bounded): the model run over a few seeds, with waits, cycle times, trips, on-time shares and utilisation, and their intervals"
  },
  heavy: true,
  body: z.strictObject({
    model: ModelSchema,
    seed: z
      .int()
      .min(0)
      .max(2 ** 31)
      .exactOptional()
      .meta({ description: "the first seed (default 1)" }),
    replications: z.int().min(1).max(MAX_RUNS).exactOptional().meta({ description: "seeds to run (default 5)" }),
    calendar: CalendarChoiceSchema.exactOptional()
  }),
  example: { model: exampleModel, seed: 1, replications: 3 },
  invalidExample: { model: { ...exampleModel, windows: [{ id: "general", count: -1 }] } },
  run: (body) => {
    const model = parseModel(body.model)
    if (!model.ok) return fail(prefixIssues(model.issues, ["model"]))
    const scenarios = [{ name: model.value.name ?? "model", model: model.value }]
    const over = daysTooMany(scenarios, ["model", "days"])
    if (over !== undefined) return over
    const calendar = calendarOf(body.calendar)
    if (!calendar.ok) return calendar
    const from = body.seed ?? 1
    const shard = runShard(scenarios, {
      seeds: { from, to: from + (body.replications ?? 5) },
      calendar: calendar.value
    })
    return shard.ok ? ok(summariseSweep(shard.value)[0]) : shard
  }
})

const sweep = defineOperation({
  id: "simulateSweep",
  path: "/simulation/sweep",
  tag: "simulation",
  summary: {
    zh: "小规模扫描：场景 × 种子（至多 200 次运行），返回可与其他分片合并的分片（tongban simulate merge）及各场景汇总；大规模扫描请用批处理 Job",
    en: "a small sweep: scenarios × seeds (at most 200 runs), the shard (mergeable with others by tongban simulate merge) and each scenario's summary; large sweeps belong to a batch Job"
  },
  heavy: true,
  body: z.strictObject({
    sweep: SweepFileSchema,
    seeds: z.strictObject({
      from: z
        .int()
        .min(0)
        .max(2 ** 31),
      to: z
        .int()
        .min(1)
        .max(2 ** 31)
    })
  }),
  example: { sweep: { base: exampleModel, vary: { "windows.general.count": [1, 2] } }, seeds: { from: 1, to: 3 } },
  invalidExample: { sweep: { base: exampleModel, vary: { "windows.tax.count": [1] } }, seeds: { from: 1, to: 3 } },
  run: (body) => {
    const scenarios = parseSweepFile(body.sweep, { path: ["sweep"] })
    if (!scenarios.ok) return scenarios
    const runs = scenarios.value.length * Math.max(0, body.seeds.to - body.seeds.from)
    if (runs > MAX_RUNS) return tooLarge(["seeds"], "runs", runs, MAX_RUNS)
    const over = daysTooMany(scenarios.value, ["sweep", "base", "days"])
    if (over !== undefined) return over
    const shard = runShard(scenarios.value, { seeds: body.seeds })
    return shard.ok ? ok({ shard: shard.value, scenarios: summariseSweep(shard.value) }) : shard
  }
})

const risk = defineOperation({
  id: "scheduleRisk",
  path: "/simulation/schedule-risk",
  tag: "simulation",
  summary: {
    zh: "排期风险：按各环节工期分布抽样并在日历上排期，给出完成日分布、按承诺时限办结的概率及各环节关键度",
    en: "schedule risk: a flow's durations drawn and scheduled on the calendar, giving the finish-date distribution, the probability of finishing within the promised limit and each step's criticality"
  },
  heavy: true,
  body: z.strictObject({
    flow: FlowInputSchema,
    start: LocalDateSchema,
    runs: z.int().min(1).max(100_000).exactOptional().meta({ description: "Monte Carlo runs (default 1000)" }),
    seed: z
      .int()
      .min(0)
      .max(2 ** 31)
      .exactOptional(),
    promised: z.int().min(0).max(10_000).exactOptional(),
    calendar: CalendarChoiceSchema.exactOptional()
  }),
  example: { flow: exampleFlow, start: "2026-03-02", runs: 500 },
  invalidExample: { flow: exampleFlow, start: "2026-03-02", runs: 0 },
  run: (body) => {
    const flow = parseFlow(body.flow)
    if (!flow.ok) return fail(prefixIssues(flow.issues, ["flow"]))
    const calendar = calendarOf(body.calendar)
    if (!calendar.ok) return calendar
    return scheduleRisk(flow.value, {
      start: body.start,
      calendar: calendar.value,
      ...(body.runs === undefined ? {} : { runs: body.runs }),
      ...(body.seed === undefined ? {} : { seed: body.seed }),
      ...(body.promised === undefined ? {} : { promised: body.promised })
    })
  }
})

/** The operations of `@tongban/simulation`. */
export const simulationOperations: ReadonlyArray<Operation> = [simulate, sweep, risk]
