/**
 * `tongban simulate`: run a hall model (one seed or a sweep of seeds over
 * worker threads, with a progress bar), merge shard files from several
 * machines, and the textbook M/M/c run to check the engine against Erlang C.
 *
 * Glossary: 仿真 = simulation, 情景 = scenario, 分片 = shard, 随机种子 = seed.
 *
 * @since 0.1.0
 */
import { type Issue, parseJson, type Result } from "@tongban/core"
import { chinaCalendar } from "@tongban/deadline"
import {
  casesToCsv,
  checkShard,
  emptyShard,
  erlangC,
  eventLogToCsv,
  mergeShards,
  parseModel,
  type RunReport,
  type Scenario,
  type ScenarioResult,
  seriesToCsv,
  simulate,
  simulateMMc,
  summariseSweep
} from "@tongban/simulation"
import { runSweep } from "@tongban/simulation/node"
import { type Context, ExitCode, type Format, UsageError } from "../context.js"
import type { Registrar } from "../program.js"
import type { Cell } from "../render.js"

const optionsOf = (options: unknown): object => (typeof options === "object" && options !== null ? options : {})

const numberOption = (
  opts: object,
  key: string,
  fallback: number,
  check: { readonly integer?: boolean; readonly min: number; readonly max: number; readonly exclusiveMin?: boolean }
): number => {
  const raw: unknown = Reflect.get(opts, key)
  if (raw === undefined) return fallback
  const n = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : Number.NaN
  const bad =
    !Number.isFinite(n) ||
    (check.integer === true && !Number.isInteger(n)) ||
    (check.exclusiveMin === true ? n <= check.min : n < check.min) ||
    n > check.max
  if (bad) {
    const kind = check.integer === true ? { zh: "整数", en: "a whole number" } : { zh: "数", en: "a number" }
    const low = check.exclusiveMin === true ? `> ${check.min}` : `≥ ${check.min}`
    throw new UsageError({
      zh: `--${key} 应为${kind.zh}，${low} 且 ≤ ${check.max}（收到 ${String(raw)}）`,
      en: `--${key} must be ${kind.en} ${low} and ≤ ${check.max} (got ${String(raw)})`
    })
  }
  return n
}

// A model file holds one model, or named scenarios: { "scenarios": { "today": {…}, "reformed": {…} } }.
const readScenarios = (ctx: Context, path: string): Result<ReadonlyArray<Scenario>> => {
  const json = parseJson(ctx.readText(path))
  if (!json.ok) return json
  const value = json.value
  const named: unknown =
    typeof value === "object" && value !== null && !Array.isArray(value) ? Reflect.get(value, "scenarios") : undefined
  const inputs: Array<[string, unknown]> =
    typeof named === "object" && named !== null && !Array.isArray(named) ? Object.entries(named) : [["model", value]]
  const scenarios: Array<Scenario> = []
  const issues: Array<Issue> = []
  for (const [name, input] of inputs) {
    const model = parseModel(input, { path: named === undefined ? [] : ["scenarios", name] })
    if (model.ok) scenarios.push({ name, model: model.value })
    else issues.push(...model.issues)
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: scenarios }
}

const pct = (x: number | null): Cell => (x === null ? null : `${(x * 100).toFixed(1)}%`)
const num = (x: number, digits = 2): Cell => Number(x.toFixed(digits))

const reportRows = (report: RunReport): ReadonlyArray<readonly [string, Cell]> => [
  ["runs", report.runs],
  ["cases per run", num(report.cases, 1)],
  ["concluded", pct(report.completedShare)],
  ["reneged", pct(report.renegedShare)],
  ["online", pct(report.onlineShare)],
  ["decided at window", pct(report.atWindowShare)],
  ["returns (补正) per case", num(report.returnsPerCase, 3)],
  ["wait min mean / p90", `${report.waitMinutes.mean.toFixed(1)} / ${report.waitMinutes.p90.toFixed(1)}`],
  [
    "cycle wd mean / p50 / p90 / p99",
    `${report.cycleDays.mean.toFixed(2)} / ${report.cycleDays.p50.toFixed(2)} / ${report.cycleDays.p90.toFixed(2)} / ${report.cycleDays.p99.toFixed(2)}`
  ],
  ["trips mean", num(report.trips.mean)],
  ["on time (statutory)", pct(report.onTimeStatutory)],
  ["on time (promised)", pct(report.onTimePromised)],
  ...Object.entries(report.windowUtilisation).map(([id, u]): readonly [string, Cell] => [
    `utilisation window ${id}`,
    pct(u)
  ]),
  ...Object.entries(report.departmentUtilisation).map(([id, u]): readonly [string, Cell] => [
    `utilisation dept ${id}`,
    pct(u)
  ])
]

const printResults = (ctx: Context, results: ReadonlyArray<ScenarioResult>, format: Format): void => {
  const first = results[0]
  const rows: Array<Array<Cell>> = first === undefined ? [] : reportRows(first.report).map(([label]) => [label])
  for (const r of results)
    reportRows(r.report).forEach(([, value], i) => {
      rows[i]?.push(value)
    })
  ctx.print(
    {
      json: results.map((r) => ({ scenario: r.scenario, seeds: r.seeds, report: r.report })),
      table: { columns: ["metric", ...results.map((r) => r.scenario)], rows }
    },
    format
  )
}

const progressBar = (ctx: Context): ((done: number, total: number) => void) => {
  let last = -1
  return (done, total) => {
    const width = 30
    const filled = total > 0 ? Math.round((done / total) * width) : width
    if (filled === last && done !== total) return
    last = filled
    ctx.io.stderr(
      `\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}${done === total ? "\n" : ""}`
    )
  }
}

const write = (ctx: Context, path: string, data: string): void => {
  const w = ctx.io.writeFile(path, data)
  if (!w.ok) throw new UsageError({ zh: `无法写入 ${path}：${w.reason}`, en: `cannot write ${path}: ${w.reason}` })
}

/**
 * Adds `tongban simulate MODEL.json`, `tongban simulate merge SHARD…` and
 * `tongban simulate mmc`.
 *
 * @example
 * ```ts
 * import { run } from "@tongban/cli"
 * // tongban simulate mmc --lambda 9 --mu 1 --servers 10 --customers 200000 --seed 1 --format json
 * typeof run // "function"
 * ```
 *
 * @since 0.1.0
 * @category commands
 */
export const registerSimulation = ({ program, ctx, action }: Registrar): void => {
  const simulateCommand = program
    .command("simulate")
    .description(
      ctx.t({
        zh: "仿真大厅与后台审批（可多种子并行扫描）；子命令 mmc、merge",
        en: "simulate a hall and its back offices (sweeps over seeds in parallel); subcommands mmc, merge"
      })
    )
    .argument(
      "<model>",
      ctx.t({
        zh: '模型 JSON 文件（单个模型，或 {"scenarios": {名称: 模型}}）',
        en: 'model JSON file (one model, or {"scenarios": {name: model}})'
      })
    )
    .option("--seed <s>", ctx.t({ zh: "第一个随机种子（默认 1）", en: "first seed (default 1)" }))
    .option("--runs <n>", ctx.t({ zh: "运行次数（种子 S…S+N−1，默认 1）", en: "runs (seeds S…S+N−1, default 1)" }))
    .option(
      "--workers <k>",
      ctx.t({
        zh: "工作线程数（默认：多次运行时取 CPU 核数）",
        en: "worker threads (default: the cores, when runs > 1)"
      })
    )
    .option(
      "--out <dir>",
      ctx.t({
        zh: "输出目录（须已存在）：summary.json、shard.json、cases.csv、series.csv、events.csv",
        en: "output directory (must exist): summary.json, shard.json, cases.csv, series.csv, events.csv"
      })
    )
    .action(
      action(async (file, options) => {
        const format = ctx.format(["table", "json"], "table")
        const opts = optionsOf(options)
        const seed = numberOption(opts, "seed", 1, { integer: true, min: -2_147_483_648, max: 2_147_483_647 })
        const runs = numberOption(opts, "runs", 1, { integer: true, min: 1, max: 100_000 })
        const workers = numberOption(opts, "workers", runs > 1 ? Math.min(ctx.io.cores, runs) : 0, {
          integer: true,
          min: 0,
          max: 256
        })
        const outRaw: unknown = Reflect.get(opts, "out")
        const out = typeof outRaw === "string" ? outRaw.replace(/\/+$/, "") : undefined
        const scenarios = readScenarios(ctx, String(file))
        if (!scenarios.ok) {
          ctx.printIssues(scenarios.issues, format)
          return ExitCode.invalid
        }
        const sweep = await runSweep(scenarios.value, {
          seeds: { from: seed, to: seed + runs },
          workers,
          calendar: chinaCalendar,
          ...(runs > 1 ? { onProgress: progressBar(ctx) } : {})
        })
        if (!sweep.ok) {
          ctx.printIssues(sweep.issues, format)
          return ExitCode.invalid
        }
        const results = summariseSweep(sweep.value)
        if (out !== undefined) {
          write(ctx, `${out}/shard.json`, `${JSON.stringify(sweep.value)}\n`)
          write(
            ctx,
            `${out}/summary.json`,
            `${JSON.stringify(
              results.map((r) => ({ scenario: r.scenario, seeds: r.seeds, report: r.report })),
              null,
              2
            )}\n`
          )
          // The case records, series and event log of the first seed of each scenario.
          for (const s of scenarios.value) {
            const detailed = simulate(s.model, { seed, calendar: chinaCalendar, eventLog: true })
            if (!detailed.ok) {
              ctx.printIssues(detailed.issues, format)
              return ExitCode.invalid
            }
            const prefix = scenarios.value.length > 1 ? `${s.name}-` : ""
            write(ctx, `${out}/${prefix}cases.csv`, casesToCsv(detailed.value))
            write(ctx, `${out}/${prefix}series.csv`, seriesToCsv(detailed.value.summary))
            write(ctx, `${out}/${prefix}events.csv`, eventLogToCsv(detailed.value))
          }
        }
        printResults(ctx, results, format)
        return ExitCode.ok
      })
    )

  simulateCommand
    .command("merge")
    .description(
      ctx.t({
        zh: "合并多台机器上的分片结果（shard.json）并汇总",
        en: "merge shard results (shard.json) from several machines and summarise"
      })
    )
    .argument("<shards...>", ctx.t({ zh: "分片文件", en: "shard files" }))
    .action(
      action((files) => {
        const format = ctx.format(["table", "json"], "table")
        let merged = emptyShard
        for (const [i, path] of (Array.isArray(files) ? files : []).entries()) {
          const json = parseJson(ctx.readText(String(path)))
          const shard = json.ok ? checkShard(json.value) : json
          if (!shard.ok) {
            ctx.printIssues(
              shard.issues.map((issue) => ({ ...issue, path: ["shards", i, ...issue.path] })),
              format
            )
            return ExitCode.invalid
          }
          merged = mergeShards(merged, shard.value)
        }
        printResults(ctx, summariseSweep(merged), format)
        return ExitCode.ok
      })
    )

  simulateCommand
    .command("mmc")
    .description(
      ctx.t({
        zh: "教科书 M/M/c 排队仿真，与 Erlang C 公式对照",
        en: "the textbook M/M/c queue, checked against Erlang C"
      })
    )
    .option("--lambda <rate>", ctx.t({ zh: "到达率 λ（默认 9）", en: "arrival rate λ (default 9)" }))
    .option("--mu <rate>", ctx.t({ zh: "每台服务率 μ（默认 1）", en: "service rate μ per server (default 1)" }))
    .option("--servers <c>", ctx.t({ zh: "服务台数 c（默认 10）", en: "servers c (default 10)" }))
    .option("--customers <n>", ctx.t({ zh: "顾客数（默认 200000）", en: "customers (default 200000)" }))
    .option("--seed <s>", ctx.t({ zh: "随机种子（默认 1）", en: "seed (default 1)" }))
    .action(
      action((options) => {
        const format = ctx.format(["table", "json"], "table")
        const opts = optionsOf(options)
        const lambda = numberOption(opts, "lambda", 9, { min: 0, max: 1e9, exclusiveMin: true })
        const mu = numberOption(opts, "mu", 1, { min: 0, max: 1e9, exclusiveMin: true })
        const servers = numberOption(opts, "servers", 10, { integer: true, min: 1, max: 1_000_000 })
        const customers = numberOption(opts, "customers", 200_000, { integer: true, min: 1, max: 50_000_000 })
        const seed = numberOption(opts, "seed", 1, { integer: true, min: -2_147_483_648, max: 2_147_483_647 })
        // Untimed warm-up runs on another seed let the JIT compile the loop
        // first, so `ms` is the simulation's own time, as benchmarks measure it.
        const warmup = Math.min(customers, 200_000)
        for (let i = 0; i < 2; i++)
          simulateMMc({ lambda, mu, servers, customers: warmup, seed: seed ^ (0x5bd1e995 + i) })
        const started = ctx.io.now()
        const r = simulateMMc({ lambda, mu, servers, customers, seed })
        const ms = ctx.io.now() - started
        const theory = erlangC(lambda, mu, servers)
        const json = {
          lambda,
          mu,
          servers,
          customers,
          seed,
          meanWait: r.meanWait,
          erlangCMeanWait: theory?.meanWait ?? null,
          relativeError: theory === undefined ? null : r.meanWait / theory.meanWait - 1,
          utilisation: r.utilisation,
          meanInSystem: r.meanInSystem,
          littleRatio: r.littleRatio,
          events: r.events,
          ms,
          warmupCustomers: warmup,
          eventsPerSecond: ms > 0 ? Math.round((r.events / ms) * 1000) : null
        }
        ctx.print(
          {
            json,
            table: {
              columns: ["metric", "value"],
              rows: Object.entries(json).map(
                ([k, v]): Array<Cell> => [k, typeof v === "number" && !Number.isInteger(v) ? Number(v.toFixed(6)) : v]
              )
            }
          },
          format
        )
        return ExitCode.ok
      })
    )
}
