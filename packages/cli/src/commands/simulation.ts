/**
 * `tongban simulate`: run a hall model (one seed or a sweep of seeds over
 * worker threads, with a progress bar), merge shard files from several
 * machines, and the textbook M/M/c run to check the engine against Erlang C.
 *
 * Glossary: 仿真 = simulation, 情景 = scenario, 分片 = shard, 随机种子 = seed.
 *
 * @since 0.1.0
 */
import { parseFlow } from "@tongban/approval"
import { parseJson, parseLocalDate, type Result } from "@tongban/core"
import {
  casesToCsv,
  checkShard,
  emptyShard,
  calibrate,
  compareScenarios,
  erlangC,
  eventLogToCsv,
  eventLogToXes,
  type Interval,
  intervalOf,
  mergeShards,
  type ReplicationReport,
  replicationReports,
  replicationsToCsv,
  scheduleRisk,
  type ShardResult,
  shardToTidyCsv,
  parseScenarioFile,
  parseSweepFile,
  type RunReport,
  type Scenario,
  type ScenarioResult,
  seriesToCsv,
  simulate,
  simulateMMc,
  summariseSweep
} from "@tongban/simulation"
import { runSweep } from "@tongban/simulation/node"
import { defineCommand } from "../command.js"
import type { Context } from "../context.js"
import {
  argument,
  numberOption,
  optionalNumberOption,
  requiredTextOption,
  textOption,
  variadicArgument
} from "../options.js"
import type { Cell, Table } from "../render.js"
import { calendarFor, provisionalOption } from "./shared.js"

// A sweep file ({ base, vary }) expands into its scenarios; anything else is a scenario file.
const readScenarios = (ctx: Context, path: string): Result<ReadonlyArray<Scenario>> => {
  const json = parseJson(ctx.readText(path))
  if (!json.ok) return json
  const value: unknown = json.value
  const isSweep = typeof value === "object" && value !== null && Object.hasOwn(value, "vary")
  return isSweep ? parseSweepFile(value) : parseScenarioFile(value)
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

const halfWidth = (i: Interval | undefined, digits: number, scale = 1): Cell =>
  i === undefined || i.runs < 2
    ? null
    : `${(i.mean * scale).toFixed(digits)} ± ${(((i.ci.high - i.ci.low) / 2) * scale).toFixed(digits)}`

// Rows of the interval figures (over replications), when a scenario ran more than one seed.
const intervalRows = (r: ReplicationReport, minutes: number): ReadonlyArray<readonly [string, Cell]> => [
  [`wait min mean ± ${r.level * 100}% CI`, halfWidth(r.metrics.wait_mean, 2)],
  [`waited > ${minutes} min % ± CI`, halfWidth(r.metrics.waited_longer_share, 2, 100)],
  [`cycle wd mean ± CI`, halfWidth(r.metrics.cycle_days_mean, 3)],
  [`on time (promised) % ± CI`, halfWidth(r.metrics.on_time_promised, 2, 100)],
  ["peak hour", r.peakHour === null ? null : `${String(r.peakHour).padStart(2, "0")}:00`],
  ["peak hour wait min ± CI", r.peakHour === null ? null : halfWidth(r.metrics[`hour.${r.peakHour}.mean_wait`], 2)]
]

// Each row is labelled by its metric and filled per scenario by label, so
// scenarios with different window groups or departments line up correctly.
const resultsOutput = (
  results: ReadonlyArray<ScenarioResult>,
  shard: ShardResult,
  level: number
): { readonly json: unknown; readonly table: Table } => {
  const replications = replicationReports(shard, { level })
  const first = replications[0]
  const labels: Array<string> = []
  const byScenario = results.map((r) => {
    const rep = replications.find((x) => x.scenario === r.scenario)
    const cells = new Map<string, Cell>([
      ...reportRows(r.report),
      ...(rep === undefined || rep.seeds.length < 2 ? [] : intervalRows(rep, r.report.serviceLevelMinutes))
    ])
    for (const label of cells.keys()) if (!labels.includes(label)) labels.push(label)
    return cells
  })
  const rows: Array<Array<Cell>> = labels.map((label) => [
    label,
    ...byScenario.map((cells) => cells.get(label) ?? null)
  ])
  return {
    json: results.map((r) => {
      const rep = replications.find((x) => x.scenario === r.scenario)
      const versus =
        first === undefined || first.scenario === r.scenario
          ? {}
          : {
              versus: first.scenario,
              differences: compareScenarios(shard, first.scenario, r.scenario, { level }).differences
            }
      return {
        scenario: r.scenario,
        seeds: r.seeds,
        report: r.report,
        intervals: rep?.metrics ?? {},
        peakHour: rep?.peakHour ?? null,
        ...versus
      }
    }),
    table: { columns: ["metric", ...results.map((r) => r.scenario)], rows }
  }
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

const SEED = { integer: true, min: -2_147_483_648, max: 2_147_483_647 } as const

const modelArg = argument("model", {
  zh: '模型 JSON 文件（单个模型，{"scenarios": {名称: 模型}}，或扫描 {"base": 模型, "vary": {参数: 取值}}）',
  en: 'model JSON file (one model, {"scenarios": {name: model}}, or a sweep {"base": model, "vary": {parameter: values}})'
})
const seedOption = numberOption("--seed <s>", { zh: "第一个随机种子（默认 1）", en: "first seed (default 1)" }, 1, SEED)
const runsOption = numberOption(
  "--runs <n>",
  { zh: "运行次数（种子 S…S+N−1，默认 1）", en: "runs (seeds S…S+N−1, default 1)" },
  1,
  { integer: true, min: 1, max: 100_000 }
)
const workersOption = optionalNumberOption(
  "--workers <k>",
  { zh: "工作线程数（默认：多次运行时取 CPU 核数）", en: "worker threads (default: the cores, when runs > 1)" },
  { integer: true, min: 0, max: 256 }
)
const outOption = textOption("--out <dir>", {
  zh: "输出目录（须已存在）：summary.json、shard.json、cases.csv、series.csv、events.csv",
  en: "output directory (must exist): summary.json, shard.json, cases.csv, series.csv, events.csv"
})

const ciOption = numberOption(
  "--ci <level>",
  { zh: "置信水平（默认 0.95）", en: "confidence level of the intervals (default 0.95)" },
  0.95,
  { min: 0, max: 0.9999, exclusiveMin: true }
)

const shardsArg = variadicArgument("shards", { zh: "分片文件", en: "shard files" })

/** `tongban simulate merge SHARD…`: merges shard files from several machines and summarises them. */
const mergeCommand = defineCommand({
  name: "merge",
  description: {
    zh: "合并多台机器上的分片结果（shard.json）并汇总",
    en: "merge shard results (shard.json) from several machines and summarise"
  },
  formats: ["table", "json"],
  args: [shardsArg],
  options: [ciOption],
  run: ({ get, ctx }) => {
    let merged = emptyShard
    for (const [i, path] of get(shardsArg).entries()) {
      const json = parseJson(ctx.readText(path))
      const shard = json.ok ? checkShard(json.value) : json
      if (!shard.ok) {
        return { ok: false, issues: shard.issues.map((issue) => ({ ...issue, path: ["shards", i, ...issue.path] })) }
      }
      merged = mergeShards(merged, shard.value)
    }
    return { ok: true, value: resultsOutput(summariseSweep(merged), merged, get(ciOption)) }
  }
})

const positive = { min: 0, max: 1e9, exclusiveMin: true } as const
const lambdaOption = numberOption(
  "--lambda <rate>",
  { zh: "到达率 λ（默认 9）", en: "arrival rate λ (default 9)" },
  9,
  positive
)
const muOption = numberOption(
  "--mu <rate>",
  { zh: "每台服务率 μ（默认 1）", en: "service rate μ per server (default 1)" },
  1,
  positive
)
const serversOption = numberOption("--servers <c>", { zh: "服务台数 c（默认 10）", en: "servers c (default 10)" }, 10, {
  integer: true,
  min: 1,
  max: 1_000_000
})
const customersOption = numberOption(
  "--customers <n>",
  { zh: "顾客数（默认 200000）", en: "customers (default 200000)" },
  200_000,
  { integer: true, min: 1, max: 50_000_000 }
)
const mmcSeedOption = numberOption("--seed <s>", { zh: "随机种子（默认 1）", en: "seed (default 1)" }, 1, SEED)
const mmcRunsOption = numberOption(
  "--runs <n>",
  {
    zh: "重复次数（种子 S…S+N−1，默认 1）；多于 1 次时给出平均等候的置信区间",
    en: "replications (seeds S…S+N−1, default 1); above 1, the mean wait's confidence interval"
  },
  1,
  { integer: true, min: 1, max: 10_000 }
)

/** `tongban simulate mmc`: the textbook M/M/c queue, checked against Erlang C. */
const mmcCommand = defineCommand({
  name: "mmc",
  description: {
    zh: "教科书 M/M/c 排队仿真，与 Erlang C 公式对照",
    en: "the textbook M/M/c queue, checked against Erlang C"
  },
  formats: ["table", "json"],
  options: [lambdaOption, muOption, serversOption, customersOption, mmcSeedOption, mmcRunsOption, ciOption],
  run: ({ get, ctx }) => {
    const lambda = get(lambdaOption)
    const mu = get(muOption)
    const servers = get(serversOption)
    const customers = get(customersOption)
    const seed = get(mmcSeedOption)
    // Untimed warm-up runs on another seed let the JIT compile the loop
    // first, so `ms` is the simulation's own time, as benchmarks measure it.
    const warmup = Math.min(customers, 200_000)
    for (let i = 0; i < 2; i++) simulateMMc({ lambda, mu, servers, customers: warmup, seed: seed ^ (0x5bd1e995 + i) })
    const started = ctx.io.now()
    const r = simulateMMc({ lambda, mu, servers, customers, seed })
    const ms = ctx.io.now() - started
    const theory = erlangC(lambda, mu, servers)
    const runs = get(mmcRunsOption)
    const replications:
      | { readonly runs: number; readonly meanWaitInterval: Interval; readonly erlangCInside: boolean | null }
      | undefined =
      runs < 2
        ? undefined
        : (() => {
            const waits = [r.meanWait]
            for (let k = 1; k < runs; k++)
              waits.push(simulateMMc({ lambda, mu, servers, customers, seed: seed + k }).meanWait)
            const interval = intervalOf(waits, { level: get(ciOption) })
            return {
              runs,
              meanWaitInterval: interval,
              erlangCInside:
                theory === undefined ? null : interval.ci.low <= theory.meanWait && theory.meanWait <= interval.ci.high
            }
          })()
    const base = {
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
    const json = { ...base, ...(replications ?? {}) }
    return {
      ok: true,
      value: {
        json,
        table: {
          columns: ["metric", "value"],
          rows: [
            ...Object.entries(base).map(
              ([k, v]): Array<Cell> => [k, typeof v === "number" && !Number.isInteger(v) ? Number(v.toFixed(6)) : v]
            ),
            ...(replications !== undefined
              ? [
                  ["runs", replications.runs],
                  [
                    "meanWaitInterval",
                    `${replications.meanWaitInterval.mean.toFixed(6)} [${replications.meanWaitInterval.ci.low.toFixed(6)}, ${replications.meanWaitInterval.ci.high.toFixed(6)}] (${replications.meanWaitInterval.ci.level * 100}%)`
                  ],
                  ["erlangCInside", replications.erlangCInside]
                ]
              : [])
          ]
        }
      }
    }
  }
})

const flowArg = argument("flow", { zh: "审批流程 JSON 文件", en: "approval flow JSON file" })
const flowStartOption = requiredTextOption("--start <date>", {
  zh: "流程开始日期 YYYY-MM-DD",
  en: "the day the flow starts, YYYY-MM-DD"
})
const flowRunsOption = numberOption(
  "--runs <n>",
  { zh: "蒙特卡罗次数（默认 1000）", en: "Monte Carlo runs (default 1000)" },
  1000,
  { integer: true, min: 1, max: 1_000_000 }
)
const flowSeedOption = numberOption("--seed <s>", { zh: "随机种子（默认 1）", en: "seed (default 1)" }, 1, SEED)
const flowPromisedOption = optionalNumberOption(
  "--promised <days>",
  {
    zh: "承诺时限（工作日，默认取流程的 promised）",
    en: "promised limit in working days (default: the flow's promised)"
  },
  { min: 0, max: 100_000 }
)

/** `tongban simulate flow FLOW.json --start DATE --runs N`: the schedule risk of a flow. */
const flowCommand = defineCommand({
  name: "flow",
  description: {
    zh: "流程的进度风险：按工期分布抽样，给出办结日期分布（p50、p90）、按承诺时限办结的概率和各环节关键度",
    en: "a flow's schedule risk: finish-date distribution (p50, p90), chance of meeting the promised limit, criticality of each step"
  },
  formats: ["table", "json"],
  args: [flowArg],
  options: [flowStartOption, flowRunsOption, flowSeedOption, flowPromisedOption, provisionalOption],
  run: ({ get, ctx }) => {
    const start = parseLocalDate(get(flowStartOption), { path: ["--start"] })
    if (!start.ok) return start
    const calendar = calendarFor(ctx, [], get(provisionalOption))
    if (!calendar.ok) return calendar
    const json = parseJson(ctx.readText(get(flowArg)))
    const flow = json.ok ? parseFlow(json.value) : json
    if (!flow.ok) return flow
    const promised = get(flowPromisedOption)
    const risk = scheduleRisk(flow.value, {
      start: start.value,
      calendar: calendar.value,
      runs: get(flowRunsOption),
      seed: get(flowSeedOption),
      ...(promised === undefined ? {} : { promised })
    })
    if (!risk.ok) return risk
    const r = risk.value
    const rows: Array<Array<Cell>> = [
      ["runs", r.runs],
      ["start", r.start],
      ["planned makespan (modes) / finish", `${r.planned.makespan} / ${r.planned.finish}`],
      [
        "makespan mean / p50 / p90",
        `${r.makespan.mean.toFixed(2)} / ${r.makespan.p50.toFixed(2)} / ${r.makespan.p90.toFixed(2)}`
      ],
      ["finish p50 / p90", `${r.finish.p50} / ${r.finish.p90}`],
      ["planned finish or earlier", pct(r.plannedOrEarlier)],
      ...(r.promised === null
        ? []
        : [[`on time (promised ${r.promised.limit} wd, due ${r.promised.due})`, pct(r.promised.probability)]]),
      ...r.criticality.map((c): Array<Cell> => [`criticality ${c.id} ${c.name}`, pct(c.index)])
    ]
    const note = {
      zh: "注：结果含预测日期（该年通知尚未公布），通知公布后请复核",
      en: "note: the result rests on projected days (that year's notice is not out yet); check it again when the notice is published"
    }
    return {
      ok: true,
      value: {
        json: r,
        table: { columns: ["metric", "value"], rows },
        ...(r.provisional === true ? { footer: [ctx.t(note)] } : {})
      }
    }
  }
})

const recordsArg = argument("records", {
  zh: "办件记录 CSV（列：received、accepted、concluded、department、matter）",
  en: "case records CSV (columns received, accepted, concluded, department, matter)"
})
const modelOutOption = textOption("--out <file>", {
  zh: "把标定出的模型写入该文件（JSON）",
  en: "write the calibrated model to this file (JSON)"
})
const windowsOption = optionalNumberOption(
  "--windows <n>",
  {
    zh: "模型中的综合窗口数（默认：记录中同时在窗口的最多件数）",
    en: "general windows in the model (default: the most cases at a window at once)"
  },
  { integer: true, min: 1, max: 100_000 }
)

/** `tongban simulate calibrate RECORDS.csv [--out model.json]`: a hall model fitted to a county's case records. */
const calibrateCommand = defineCommand({
  name: "calibrate",
  description: {
    zh: "由办件记录标定大厅模型：分时段到达曲线、各事项日均件数、窗口与审核用时（对数正态或经验分布，附拟合优度）",
    en: "calibrate a hall model from case records: hourly arrival profile, volume per matter, window and review durations (lognormal or empirical, with goodness of fit)"
  },
  formats: ["table", "json"],
  args: [recordsArg],
  options: [modelOutOption, windowsOption, provisionalOption],
  run: ({ get, ctx }) => {
    const calendar = calendarFor(ctx, [], get(provisionalOption))
    if (!calendar.ok) return calendar
    const windows = get(windowsOption)
    const r = calibrate(ctx.readText(get(recordsArg)), {
      calendar: calendar.value,
      ...(windows === undefined ? {} : { windows })
    })
    if (!r.ok) return r
    const c = r.value
    const out = get(modelOutOption)
    if (out !== undefined) ctx.writeFile(out, `${JSON.stringify(c.model, null, 2)}\n`)
    const fit = (f: (typeof c.matters)[number]["window"], digits: number): Cell =>
      f === null
        ? null
        : `${f.chosen} mean ${f.mean.toFixed(digits)} sd ${f.sd.toFixed(digits)} (KS ${f.ks.toFixed(3)}, p ${f.pValue.toFixed(3)})`
    const rows: Array<Array<Cell>> = [
      ["records / skipped", `${c.records} / ${c.skipped}`],
      ["working days", c.days],
      ["profile (receipts per hour of opening)", c.profile.join(" ")],
      ...c.matters.flatMap(
        (m): Array<Array<Cell>> => [
          [`${m.matter} (${m.department}) per day`, Number(m.perDay.toFixed(2))],
          [`${m.matter} window minutes`, fit(m.window, 1)],
          [`${m.matter} review working days`, fit(m.review, 2)]
        ]
      )
    ]
    return {
      ok: true,
      value: {
        json: {
          records: c.records,
          skipped: c.skipped,
          days: c.days,
          profile: c.profile,
          matters: c.matters,
          model: c.model
        },
        table: { columns: ["metric", "value"], rows },
        ...(c.warnings.length > 0 ? { warnings: c.warnings } : {})
      }
    }
  }
})

/**
 * `tongban simulate MODEL.json`, `tongban simulate merge SHARD…` and
 * `tongban simulate mmc` (e.g. `tongban simulate mmc --lambda 9 --mu 1
 * --servers 10 --customers 200000 --seed 1 --format json`).
 */
export const simulateCommand = defineCommand({
  name: "simulate",
  description: {
    zh: "仿真大厅与后台审批（可多种子并行扫描）；子命令 mmc、merge、flow、calibrate",
    en: "simulate a hall and its back offices (sweeps over seeds in parallel); subcommands mmc, merge, flow, calibrate"
  },
  formats: ["table", "json"],
  args: [modelArg],
  options: [seedOption, runsOption, ciOption, workersOption, outOption, provisionalOption],
  subcommands: [mergeCommand, mmcCommand, flowCommand, calibrateCommand],
  run: async ({ get, ctx }) => {
    const calendar = calendarFor(ctx, [], get(provisionalOption))
    if (!calendar.ok) return calendar
    const seed = get(seedOption)
    const runs = get(runsOption)
    const workers = get(workersOption) ?? (runs > 1 ? Math.min(ctx.io.cores, runs) : 0)
    const out = get(outOption)?.replace(/\/+$/, "")
    const scenarios = readScenarios(ctx, get(modelArg))
    if (!scenarios.ok) return scenarios
    const sweep = await runSweep(scenarios.value, {
      seeds: { from: seed, to: seed + runs },
      workers,
      calendar: calendar.value,
      ...(runs > 1 ? { onProgress: progressBar(ctx) } : {})
    })
    if (!sweep.ok) return sweep
    const results = summariseSweep(sweep.value)
    if (out !== undefined) {
      ctx.writeFile(`${out}/shard.json`, `${JSON.stringify(sweep.value)}\n`)
      ctx.writeFile(`${out}/replications.csv`, shardToTidyCsv(sweep.value))
      ctx.writeFile(
        `${out}/intervals.csv`,
        replicationsToCsv(replicationReports(sweep.value, { level: get(ciOption) }))
      )
      ctx.writeFile(
        `${out}/summary.json`,
        `${JSON.stringify(
          results.map((r) => ({ scenario: r.scenario, seeds: r.seeds, report: r.report })),
          null,
          2
        )}\n`
      )
      // The case records, series and event log of the first seed of each scenario.
      for (const s of scenarios.value) {
        const detailed = simulate(s.model, { seed, calendar: calendar.value, eventLog: true })
        if (!detailed.ok) return detailed
        const prefix = scenarios.value.length > 1 ? `${s.name}-` : ""
        ctx.writeFile(`${out}/${prefix}cases.csv`, casesToCsv(detailed.value))
        ctx.writeFile(`${out}/${prefix}series.csv`, seriesToCsv(detailed.value.summary))
        ctx.writeFile(`${out}/${prefix}events.csv`, eventLogToCsv(detailed.value))
        ctx.writeFile(`${out}/${prefix}events.xes`, eventLogToXes(detailed.value))
      }
    }
    return { ok: true, value: resultsOutput(results, sweep.value, get(ciOption)) }
  }
})
