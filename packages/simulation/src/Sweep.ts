/**
 * Sweeps: scenarios × seeds. A shard is a pure function of (scenarios, seed
 * range); shard results merge associatively and commutatively (a sorted
 * union of per-run summaries), and the final reduction folds runs in
 * (scenario, seed) order, so a sweep gives identical numbers whether it ran
 * on one thread, on all cores, or on many machines.
 *
 * Glossary: 情景 = scenario, 随机种子 = seed, 分片 = shard, 合并 = merge,
 * 利用率 = utilisation, 按时办结率 = on-time rate.
 *
 * @since 0.1.0
 */
import { fail, type Issue, ok, type Result, validate } from "@tongban/core"
import * as z from "zod"
import type { WorkCalendar } from "@tongban/deadline"
import { simulate } from "./Hall.js"
import { invalid, isCalendarLike, isIntegerIn, isNumberIn, isRecord, modelIssues } from "./internal/guard.js"
import type { PeriodUse, RunSummary } from "./Results.js"
import type { Model } from "./Model.js"
import { describeSummary, mergeSummaries, type Stats } from "./Summary.js"

/**
 * A named model in a sweep.
 *
 * @since 0.1.0
 * @category models
 */
export interface Scenario {
  readonly name: string
  readonly model: Model
}

/**
 * A half-open range of seeds, `from` included, `to` excluded.
 *
 * @since 0.1.0
 * @category models
 */
export interface SeedRange {
  readonly from: number
  readonly to: number
}

/**
 * The summary of one run of one scenario.
 *
 * @since 0.1.0
 * @category models
 */
export interface ShardEntry {
  readonly scenario: string
  readonly seed: number
  readonly summary: RunSummary
}

/**
 * The result of a shard: its runs, sorted by scenario name then seed. Plain
 * JSON, so it can be written to a file on one machine and merged on another.
 *
 * @since 0.1.0
 * @category models
 */
export interface ShardResult {
  readonly entries: ReadonlyArray<ShardEntry>
}

/**
 * The shard of no runs (the identity of {@link mergeShards}).
 *
 * @example
 * ```ts
 * import { emptyShard } from "@tongban/simulation"
 *
 * emptyShard.entries.length // 0
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const emptyShard: ShardResult = { entries: [] }

const byKey = (a: ShardEntry, b: ShardEntry): number =>
  a.scenario < b.scenario ? -1 : a.scenario > b.scenario ? 1 : a.seed - b.seed

// runShard's arguments from plain JavaScript: scenarios as a list of named
// models, seeds as a range of safe integers; the models themselves are
// checked by simulate, run by run.
const shardArgumentIssues = (scenarios: unknown, options: unknown): ReadonlyArray<Issue> => {
  if (!Array.isArray(scenarios)) return [invalid("scenarios", ["scenarios"], "list")]
  const issues: Array<Issue> = []
  scenarios.forEach((s: unknown, i) => {
    if (!isRecord(s)) issues.push(invalid(`scenarios[${i}]`, ["scenarios", i], "object"))
    else if (typeof s.name !== "string") issues.push(invalid("name", ["scenarios", i, "name"], "text"))
    else issues.push(...modelIssues(s.model, ["scenarios", i, "model"]))
  })
  if (!isRecord(options)) return [...issues, invalid("options", ["options"], "object")]
  const seeds = options.seeds
  if (!isRecord(seeds)) issues.push(invalid("seeds", ["options", "seeds"], "object"))
  else {
    const from = seeds.from
    if (!isIntegerIn(from, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER))
      issues.push(invalid("from", ["options", "seeds", "from"], "integer"))
    if (!isIntegerIn(seeds.to, typeof from === "number" ? from : Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER))
      issues.push(invalid("to", ["options", "seeds", "to"], "integer"))
  }
  if (options.calendar !== undefined && !isCalendarLike(options.calendar))
    issues.push(invalid("calendar", ["options", "calendar"], "calendar"))
  return issues
}

/**
 * Runs every scenario with every seed of a range: a pure function of its
 * arguments. Fails when a run fails (a date outside the calendar), or with
 * `argument_invalid` when the arguments are not scenarios of models from
 * {@link parseModel} and a range of integer seeds.
 *
 * @param scenarios - named models (from {@link parseModel})
 * @param options - the seed range and an optional calendar
 * @returns the shard's runs, sorted
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { parseModel, runShard } from "@tongban/simulation"
 *
 * const model = getOrThrow(parseModel({
 *   departments: [{ id: "d", reviewers: 1 }],
 *   windows: [{ id: "w", count: 2 }],
 *   services: [{ id: "s", department: "d", arrivals: { perDay: 20 }, windowMinutes: { type: "exponential", mean: 10 } }]
 * }))
 * const shard = getOrThrow(runShard([{ name: "today", model }], { seeds: { from: 1, to: 4 } }))
 * shard.entries.map((e) => e.seed) // [1, 2, 3]
 * ```
 *
 * @since 0.1.0
 * @category sweeps
 */
export const runShard = (
  scenarios: ReadonlyArray<Scenario>,
  options: { readonly seeds: SeedRange; readonly calendar?: WorkCalendar }
): Result<ShardResult> => {
  const wrong = shardArgumentIssues(scenarios, options)
  if (wrong.length > 0) return fail(wrong)
  const entries: Array<ShardEntry> = []
  const issues: Array<Issue> = []
  for (const scenario of scenarios) {
    for (let seed = options.seeds.from; seed < options.seeds.to; seed++) {
      const run = runOne(scenario, seed, options.calendar)
      if (run.ok) entries.push(run.value)
      else issues.push(...run.issues)
    }
  }
  if (issues.length > 0) return fail(issues)
  return ok({ entries: entries.sort(byKey) })
}

/**
 * Runs one scenario with one seed, keeping only the summary (what a sweep
 * worker does for each job). Fails as {@link simulate} does, with the
 * paths of its own arguments (`scenario`, `seed`, `calendar`).
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { parseModel, runOne } from "@tongban/simulation"
 *
 * const model = getOrThrow(parseModel({
 *   departments: [{ id: "d", reviewers: 1 }],
 *   windows: [{ id: "w", count: 1 }],
 *   services: [{ id: "s", department: "d", arrivals: { perDay: 10 }, windowMinutes: { type: "fixed", value: 5 } }]
 * }))
 * const entry = getOrThrow(runOne({ name: "a", model }, 7))
 * entry.seed // 7
 * ```
 *
 * @since 0.1.0
 * @category sweeps
 */
export const runOne = (scenario: Scenario, seed: number, calendar?: WorkCalendar): Result<ShardEntry> => {
  if (!isRecord(scenario)) return fail([invalid("scenario", ["scenario"], "object")])
  const wrong = [
    ...(typeof scenario.name === "string" ? [] : [invalid("name", ["scenario", "name"], "text")]),
    ...modelIssues(scenario.model, ["scenario", "model"]),
    ...(isNumberIn(seed, -Number.MAX_VALUE, Number.MAX_VALUE) ? [] : [invalid("seed", ["seed"], "number")]),
    ...(calendar === undefined || isCalendarLike(calendar) ? [] : [invalid("calendar", ["calendar"], "calendar")])
  ]
  if (wrong.length > 0) return fail(wrong)
  const run = simulate(
    scenario.model,
    calendar === undefined ? { seed, keepCases: false } : { seed, keepCases: false, calendar }
  )
  return run.ok ? ok({ scenario: scenario.name, seed, summary: run.value.summary }) : run
}

/**
 * Merges two shard results: the sorted union of their runs. Associative and
 * commutative, with {@link emptyShard} as identity; a run present in both
 * (same scenario and seed) is kept once, since a run is a pure function of
 * its seed.
 *
 * @example
 * ```ts
 * import { emptyShard, mergeShards } from "@tongban/simulation"
 *
 * mergeShards(emptyShard, emptyShard).entries.length // 0
 * ```
 *
 * @since 0.1.0
 * @category sweeps
 */
export const mergeShards = (a: ShardResult, b: ShardResult): ShardResult => {
  const all = [...a.entries, ...b.entries].sort(byKey)
  const entries: Array<ShardEntry> = []
  for (const e of all) {
    const last = entries[entries.length - 1]
    if (last === undefined || byKey(last, e) !== 0) entries.push(e)
  }
  return { entries }
}

/**
 * Splits a seed range into at most `parts` contiguous ranges of nearly
 * equal size, for machines or workers.
 *
 * @example
 * ```ts
 * import { splitSeeds } from "@tongban/simulation"
 *
 * splitSeeds({ from: 1, to: 11 }, 3) // [{ from: 1, to: 5 }, { from: 5, to: 8 }, { from: 8, to: 11 }]
 * ```
 *
 * @since 0.1.0
 * @category sweeps
 */
export const splitSeeds = (seeds: SeedRange, parts: number): ReadonlyArray<SeedRange> => {
  const n = Math.max(0, seeds.to - seeds.from)
  const k = Math.max(1, Math.min(Number.isInteger(parts) ? parts : 1, n))
  const out: Array<SeedRange> = []
  let from = seeds.from
  for (let i = 0; i < k; i++) {
    const size = Math.floor(n / k) + (i < n % k ? 1 : 0)
    if (size > 0) out.push({ from, to: from + size })
    from += size
  }
  return out
}

const addSeries = (a: ReadonlyArray<number>, b: ReadonlyArray<number>): ReadonlyArray<number> => {
  const n = Math.max(a.length, b.length)
  const out: Array<number> = []
  for (let i = 0; i < n; i++) out.push((a[i] ?? 0) + (b[i] ?? 0))
  return out
}

const mergePools = (a: RunSummary["windows"], b: RunSummary["windows"]): RunSummary["windows"] => {
  const out = a.map((p) => ({ ...p }))
  for (const p of b) {
    const i = out.findIndex((q) => q.id === p.id)
    const q = out[i]
    if (q === undefined) out.push({ ...p })
    else
      out[i] = {
        id: q.id,
        busyMinutes: q.busyMinutes + p.busyMinutes,
        capacityMinutes: q.capacityMinutes + p.capacityMinutes
      }
  }
  return out
}

const addPeriods = (a: ReadonlyArray<PeriodUse>, b: ReadonlyArray<PeriodUse>): ReadonlyArray<PeriodUse> => {
  const out: Array<PeriodUse> = []
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i]
    const y = b[i]
    out.push({
      tickets: (x?.tickets ?? 0) + (y?.tickets ?? 0),
      waitMinutes: (x?.waitMinutes ?? 0) + (y?.waitMinutes ?? 0),
      waitedLonger: (x?.waitedLonger ?? 0) + (y?.waitedLonger ?? 0),
      reneged: (x?.reneged ?? 0) + (y?.reneged ?? 0),
      queueSum: (x?.queueSum ?? 0) + (y?.queueSum ?? 0),
      queueSamples: (x?.queueSamples ?? 0) + (y?.queueSamples ?? 0)
    })
  }
  return out
}

/**
 * Merges the summaries of runs of the same model: counts, sums, sketches,
 * busy time and series add up.
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { mergeRunSummaries, parseModel, runOne } from "@tongban/simulation"
 *
 * const model = getOrThrow(parseModel({
 *   departments: [{ id: "d", reviewers: 1 }],
 *   windows: [{ id: "w", count: 1 }],
 *   services: [{ id: "s", department: "d", arrivals: { perDay: 10 }, windowMinutes: { type: "fixed", value: 5 } }]
 * }))
 * const a = getOrThrow(runOne({ name: "a", model }, 1)).summary
 * const b = getOrThrow(runOne({ name: "a", model }, 2)).summary
 * mergeRunSummaries(a, b).runs // 2
 * [a.cases, b.cases, mergeRunSummaries(a, b).cases] // [8, 13, 21]
 * ```
 *
 * @since 0.1.0
 * @category combinators
 */
export const mergeRunSummaries = (a: RunSummary, b: RunSummary): RunSummary => ({
  runs: a.runs + b.runs,
  cases: a.cases + b.cases,
  completed: a.completed + b.completed,
  reneged: a.reneged + b.reneged,
  online: a.online + b.online,
  returns: a.returns + b.returns,
  atWindow: a.atWindow + b.atWindow,
  wait: mergeSummaries(a.wait, b.wait),
  cycleDays: mergeSummaries(a.cycleDays, b.cycleDays),
  trips: mergeSummaries(a.trips, b.trips),
  statutory: { checked: a.statutory.checked + b.statutory.checked, onTime: a.statutory.onTime + b.statutory.onTime },
  promised: { checked: a.promised.checked + b.promised.checked, onTime: a.promised.onTime + b.promised.onTime },
  windows: mergePools(a.windows, b.windows),
  departments: mergePools(a.departments, b.departments),
  series: {
    every: a.series.every,
    hallQueue: addSeries(a.series.hallQueue, b.series.hallQueue),
    windowsBusy: addSeries(a.series.windowsBusy, b.series.windowsBusy),
    backOfficeQueue: addSeries(a.series.backOfficeQueue, b.series.backOfficeQueue),
    backOfficeBusy: addSeries(a.series.backOfficeBusy, b.series.backOfficeBusy)
  },
  events: a.events + b.events,
  serviceLevelMinutes: a.serviceLevelMinutes,
  hours: addPeriods(a.hours, b.hours),
  weekdays: addPeriods(a.weekdays, b.weekdays)
})

/**
 * Readable figures of a run summary (or of several merged runs).
 *
 * @since 0.1.0
 * @category models
 */
export interface RunReport {
  readonly runs: number
  /** Cases per run. */
  readonly cases: number
  readonly completedShare: number
  readonly renegedShare: number
  readonly onlineShare: number
  /** 补正 per case. */
  readonly returnsPerCase: number
  /** Share of cases decided at the window (即办). */
  readonly atWindowShare: number
  readonly waitMinutes: Stats
  readonly cycleDays: Stats
  readonly trips: Stats
  /** Share of concluded cases within the statutory limit (null when none has one). */
  readonly onTimeStatutory: number | null
  readonly onTimePromised: number | null
  readonly windowUtilisation: Readonly<Record<string, number>>
  readonly departmentUtilisation: Readonly<Record<string, number>>
  /** Share of tickets that waited longer than `serviceLevelMinutes` (reneged ones by their wait until leaving). */
  readonly waitedLongerShare: number
  /** The service level's threshold in minutes. */
  readonly serviceLevelMinutes: number
  /** Per clock hour with tickets or queue samples, in hour order. */
  readonly hours: ReadonlyArray<PeriodReport>
  /** Per weekday with tickets (label 1 = Monday … 7 = Sunday); empty when the run has no dates. */
  readonly weekdays: ReadonlyArray<PeriodReport>
  /** The clock hour whose tickets waited longest on average (null: no ticket waited). */
  readonly peakHour: number | null
}

/**
 * Readable figures of one period (a clock hour or a weekday) of a run
 * summary: per run, so merged runs read like one.
 *
 * @since 0.2.0
 * @category models
 */
export interface PeriodReport {
  /** The clock hour (0–23), or the weekday (1 = Monday … 7 = Sunday). */
  readonly period: number
  /** Tickets taken in the period, per run. */
  readonly tickets: number
  /** Mean wait of those tickets in minutes (until called or until leaving). */
  readonly meanWait: number
  /** Share of those tickets that waited longer than the threshold. */
  readonly waitedLongerShare: number
  /** Visitors who left before being called, per run, and as a share of the tickets. */
  readonly reneged: number
  readonly renegedShare: number
  /** Mean sampled hall-queue length in the period. */
  readonly meanQueue: number
}

const periodReports = (
  periods: ReadonlyArray<PeriodUse>,
  runs: number,
  label: (i: number) => number
): ReadonlyArray<PeriodReport> => {
  const out: Array<PeriodReport> = []
  periods.forEach((p, i) => {
    if (p.tickets === 0 && p.queueSamples === 0) return
    out.push({
      period: label(i),
      tickets: share(p.tickets, runs),
      meanWait: share(p.waitMinutes, p.tickets),
      waitedLongerShare: share(p.waitedLonger, p.tickets),
      reneged: share(p.reneged, runs),
      renegedShare: share(p.reneged, p.tickets),
      meanQueue: share(p.queueSum, p.queueSamples)
    })
  })
  return out
}

const peakOf = (hours: ReadonlyArray<PeriodReport>): number | null => {
  let best: PeriodReport | undefined
  for (const h of hours) if (h.meanWait > 0 && (best === undefined || h.meanWait > best.meanWait)) best = h
  return best?.period ?? null
}

const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0)

/**
 * The readable figures of a run summary: shares, distributions (mean, p50,
 * p90, p99) and utilisations.
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { describeRun, parseModel, runOne } from "@tongban/simulation"
 *
 * const model = getOrThrow(parseModel({
 *   departments: [{ id: "d", reviewers: 1 }],
 *   windows: [{ id: "w", count: 1 }],
 *   services: [{ id: "s", department: "d", arrivals: { perDay: 10 }, windowMinutes: { type: "fixed", value: 5 } }]
 * }))
 * describeRun(getOrThrow(runOne({ name: "a", model }, 1)).summary).completedShare // 1
 * ```
 *
 * @since 0.1.0
 * @category statistics
 */
export const describeRun = (s: RunSummary): RunReport => ({
  runs: s.runs,
  cases: share(s.cases, s.runs),
  completedShare: share(s.completed, s.cases),
  renegedShare: share(s.reneged, s.cases),
  onlineShare: share(s.online, s.cases),
  returnsPerCase: share(s.returns, s.cases),
  atWindowShare: share(s.atWindow, s.cases),
  waitMinutes: describeSummary(s.wait),
  cycleDays: describeSummary(s.cycleDays),
  trips: describeSummary(s.trips),
  onTimeStatutory: s.statutory.checked > 0 ? s.statutory.onTime / s.statutory.checked : null,
  onTimePromised: s.promised.checked > 0 ? s.promised.onTime / s.promised.checked : null,
  windowUtilisation: Object.fromEntries(s.windows.map((p) => [p.id, share(p.busyMinutes, p.capacityMinutes)])),
  departmentUtilisation: Object.fromEntries(s.departments.map((p) => [p.id, share(p.busyMinutes, p.capacityMinutes)])),
  ...periodsReport(s)
})

const periodsReport = (
  s: RunSummary
): Pick<RunReport, "waitedLongerShare" | "serviceLevelMinutes" | "hours" | "weekdays" | "peakHour"> => {
  const hours = periodReports(s.hours, s.runs, (i) => i)
  let tickets = 0
  let longer = 0
  for (const h of s.hours) {
    tickets += h.tickets
    longer += h.waitedLonger
  }
  return {
    waitedLongerShare: share(longer, tickets),
    serviceLevelMinutes: s.serviceLevelMinutes,
    hours,
    weekdays: periodReports(s.weekdays, s.runs, (i) => i + 1),
    peakHour: peakOf(hours)
  }
}

/**
 * One scenario's merged runs.
 *
 * @since 0.1.0
 * @category models
 */
export interface ScenarioResult {
  readonly scenario: string
  readonly seeds: ReadonlyArray<number>
  readonly summary: RunSummary
  readonly report: RunReport
}

/**
 * Folds a shard's runs per scenario, in seed order, into one summary and
 * report each. Because the order is fixed, the numbers are the same however
 * the runs were spread over workers or machines.
 *
 * @example
 * ```ts
 * import { emptyShard, summariseSweep } from "@tongban/simulation"
 *
 * summariseSweep(emptyShard) // []
 * ```
 *
 * @since 0.1.0
 * @category sweeps
 */
export const summariseSweep = (shard: ShardResult): ReadonlyArray<ScenarioResult> => {
  const sorted = [...shard.entries].sort(byKey)
  const out: Array<ScenarioResult> = []
  let i = 0
  while (i < sorted.length) {
    const first = sorted[i]
    if (first === undefined) break
    let summary = first.summary
    const seeds = [first.seed]
    let j = i + 1
    for (; j < sorted.length; j++) {
      const e = sorted[j]
      if (e === undefined || e.scenario !== first.scenario) break
      summary = mergeRunSummaries(summary, e.summary)
      seeds.push(e.seed)
    }
    out.push({ scenario: first.scenario, seeds, summary, report: describeRun(summary) })
    i = j
  }
  return out
}

const count = z.number().int().min(0)
const finite = z.number().finite()
const SummarySchema = z.strictObject({
  count,
  sum: finite,
  sumSquares: finite,
  min: finite,
  max: finite,
  zeros: count,
  offset: z.number().int(),
  bins: z.array(count).max(100_000)
})
const PoolSchema = z.strictObject({
  id: z.string().max(200),
  busyMinutes: finite.min(0),
  capacityMinutes: finite.min(0)
})
const PeriodSchema = z.strictObject({
  tickets: count,
  waitMinutes: finite.min(0),
  waitedLonger: count,
  reneged: count,
  queueSum: finite.min(0),
  queueSamples: count
})
const ShardSchema = z.strictObject({
  entries: z
    .array(
      z.strictObject({
        scenario: z.string().max(500),
        seed: z.number().int(),
        summary: z.strictObject({
          runs: count,
          cases: count,
          completed: count,
          reneged: count,
          online: count,
          returns: count,
          atWindow: count,
          wait: SummarySchema,
          cycleDays: SummarySchema,
          trips: SummarySchema,
          statutory: z.strictObject({ checked: count, onTime: count }),
          promised: z.strictObject({ checked: count, onTime: count }),
          windows: z.array(PoolSchema).max(1000),
          departments: z.array(PoolSchema).max(1000),
          series: z.strictObject({
            every: finite.positive(),
            hallQueue: z.array(finite).max(1_000_000),
            windowsBusy: z.array(finite).max(1_000_000),
            backOfficeQueue: z.array(finite).max(1_000_000),
            backOfficeBusy: z.array(finite).max(1_000_000)
          }),
          events: count,
          serviceLevelMinutes: finite.min(0),
          hours: z.array(PeriodSchema).max(24),
          weekdays: z.array(PeriodSchema).max(7)
        })
      })
    )
    .max(1_000_000)
})

/**
 * Checks a value read from outside (a shard file from another machine)
 * against the shape of a shard result, field by field, so that a broken or
 * hostile file is a located issue rather than NaN in the merged figures.
 *
 * @example
 * ```ts
 * import { checkShard } from "@tongban/simulation"
 *
 * checkShard({ entries: [] }) // { ok: true, value: { entries: [] } }
 * const bad = checkShard({ entries: 3 })
 * bad.ok ? [] : bad.issues.map((i) => [i.code, i.path]) // [["invalid_type", ["entries"]]]
 * ```
 *
 * @since 0.1.0
 * @category validation
 */
export const checkShard = (value: unknown): Result<ShardResult> => {
  const checked = validate(ShardSchema, value)
  return checked.ok ? ok({ entries: [...checked.value.entries].sort(byKey) }) : checked
}
