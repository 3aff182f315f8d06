/**
 * Replications and confidence intervals: a run over R seeds gives, for
 * every metric, the mean, the standard deviation and a Student-t confidence
 * interval over the replication values (one value per seed); two scenarios
 * run on the same seeds (common random numbers: each seed drives the same
 * random streams in both) are compared by their paired differences; a
 * helper says how many replications reach a target half-width.
 *
 * Glossary: 重复运行 = replication, 置信区间 = confidence interval, 半宽 =
 * half-width, 配对差 = paired difference, 共同随机数 = common random numbers.
 *
 * @since 0.2.0
 */
import { type CsvCell, formatCsv } from "@tongban/core"
import type { RunSummary } from "./Results.js"
import { describeRun, type RunReport, type ShardEntry, type ShardResult } from "./Sweep.js"

/**
 * A metric over replications: mean, sample standard deviation, the
 * Student-t interval of the mean at `ci.level`, and the number of runs
 * that gave a value. With one run the interval is the point itself (no
 * spread can be estimated); with none, every figure is 0.
 *
 * @since 0.2.0
 * @category models
 */
export interface Interval {
  readonly mean: number
  readonly sd: number
  readonly ci: { readonly level: number; readonly low: number; readonly high: number }
  readonly runs: number
}

// ln Γ(x) by Lanczos (g = 7, n = 9), accurate to about 1e-15 for x > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
]
const logGamma = (x: number): number => {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x)
  const z = x - 1
  let a = LANCZOS[0] ?? 1
  const t = z + 7.5
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] ?? 0) / (z + i)
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a)
}

// The continued fraction of the regularised incomplete beta (modified Lentz).
const betaFraction = (a: number, b: number, x: number): number => {
  const tiny = 1e-300
  let c = 1
  let d = 1 - ((a + b) * x) / (a + 1)
  if (Math.abs(d) < tiny) d = tiny
  d = 1 / d
  let h = d
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2))
    d = 1 + aa * d
    if (Math.abs(d) < tiny) d = tiny
    c = 1 + aa / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    h *= d * c
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1))
    d = 1 + aa * d
    if (Math.abs(d) < tiny) d = tiny
    c = 1 + aa / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < 1e-15) break
  }
  return h
}

const incompleteBeta = (a: number, b: number, x: number): number => {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x))
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b
}

/**
 * The distribution function of Student's t with `df` degrees of freedom.
 *
 * @example
 * ```ts
 * import { studentTCdf } from "@tongban/simulation"
 *
 * studentTCdf(0, 5) // 0.5
 * studentTCdf(2.570581835636314, 5).toFixed(6) // "0.975000"
 * ```
 *
 * @since 0.2.0
 * @category statistics
 */
export const studentTCdf = (t: number, df: number): number => {
  if (!(df > 0) || Number.isNaN(t)) return Number.NaN
  if (t === 0) return 0.5
  const tail = 0.5 * incompleteBeta(df / 2, 0.5, df / (df + t * t))
  return t > 0 ? 1 - tail : tail
}

/**
 * The quantile of Student's t with `df` degrees of freedom (the inverse of
 * {@link studentTCdf}), by bisection to 1e-12; NaN outside 0 < p < 1.
 *
 * @example
 * ```ts
 * import { studentTQuantile } from "@tongban/simulation"
 *
 * studentTQuantile(0.975, 19).toFixed(4) // "2.0930"
 * studentTQuantile(0.975, 1).toFixed(4) // "12.7062"
 * studentTQuantile(0.5, 7) // 0
 * ```
 *
 * @since 0.2.0
 * @category statistics
 */
export const studentTQuantile = (p: number, df: number): number => {
  if (!(p > 0 && p < 1) || !(df > 0)) return Number.NaN
  if (p === 0.5) return 0
  if (p < 0.5) return -studentTQuantile(1 - p, df)
  let lo = 0
  let hi = 1
  while (studentTCdf(hi, df) < p && hi < 1e12) hi *= 2
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2
    if (studentTCdf(mid, df) < p) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}

const validLevel = (level: number | undefined): number => (level !== undefined && level > 0 && level < 1 ? level : 0.95)

/**
 * The mean, standard deviation and Student-t confidence interval of a
 * sample of replication values (non-finite values are left out).
 *
 * @param values - one value per replication
 * @param options - `level` of the interval, default 0.95
 *
 * @example
 * ```ts
 * import { intervalOf } from "@tongban/simulation"
 *
 * const r = intervalOf([10, 12, 14])
 * r.mean // 12
 * r.sd // 2
 * r.ci.high.toFixed(3) // "16.968"
 * intervalOf([5]).ci // { level: 0.95, low: 5, high: 5 }
 * ```
 *
 * @since 0.2.0
 * @category statistics
 */
export const intervalOf = (values: ReadonlyArray<number>, options?: { readonly level?: number }): Interval => {
  const level = validLevel(options?.level)
  let n = 0
  let sum = 0
  for (const v of values)
    if (Number.isFinite(v)) {
      n++
      sum += v
    }
  const mean = n > 0 ? sum / n : 0
  let squares = 0
  for (const v of values) if (Number.isFinite(v)) squares += (v - mean) * (v - mean)
  const sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0
  const half = n > 1 ? (studentTQuantile(1 - (1 - level) / 2, n - 1) * sd) / Math.sqrt(n) : 0
  return { mean, sd, ci: { level, low: mean - half, high: mean + half }, runs: n }
}

/**
 * How many replications give an interval no wider than ±`halfWidth`,
 * judged from a pilot sample's standard deviation: the smallest n ≥ 2 with
 * t(n−1) · s / √n ≤ halfWidth (at most 1,000,000). A pilot of fewer than
 * two values, or a zero spread, needs no more than the pilot (or 2).
 *
 * @param pilot - replication values of a first, small run
 * @param halfWidth - the half-width wanted, in the metric's unit
 *
 * @example
 * ```ts
 * import { replicationsFor } from "@tongban/simulation"
 *
 * replicationsFor([10, 12, 14], 1) // 18
 * replicationsFor([10, 12, 14], 5) // 3
 * ```
 *
 * @since 0.2.0
 * @category statistics
 */
export const replicationsFor = (
  pilot: ReadonlyArray<number>,
  halfWidth: number,
  options?: { readonly level?: number }
): number => {
  const level = validLevel(options?.level)
  const { sd, runs } = intervalOf(pilot, { level })
  if (runs < 2 || sd === 0 || !(halfWidth > 0)) return Math.max(2, runs)
  const z = studentTQuantile(1 - (1 - level) / 2, 1e9)
  let n = Math.max(2, Math.ceil(((z * sd) / halfWidth) ** 2))
  while (n < 1_000_000 && (studentTQuantile(1 - (1 - level) / 2, n - 1) * sd) / Math.sqrt(n) > halfWidth) n++
  return n
}

/**
 * The figures of one run that replications summarise, by name: counts and
 * shares per run, wait and cycle statistics, on-time rates, utilisations
 * (`window_utilisation.<id>`, `department_utilisation.<id>`) and per clock
 * hour (`hour.<h>.mean_wait`, `.waited_longer_share`, `.reneged_share`,
 * `.mean_queue`, `.tickets`). A figure that does not exist in a run (no
 * limit, no ticket in that hour) is absent.
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { parseModel, runMetrics, runOne } from "@tongban/simulation"
 *
 * const model = getOrThrow(parseModel({
 *   departments: [{ id: "d", reviewers: 1 }],
 *   windows: [{ id: "w", count: 1 }],
 *   services: [{ id: "s", department: "d", arrivals: { trace: [0, 1] }, windowMinutes: { type: "fixed", value: 5 } }]
 * }))
 * const m = runMetrics(getOrThrow(runOne({ name: "a", model }, 1)).summary)
 * m.wait_mean // 2
 * m["hour.9.tickets"] // 2
 * m["window_utilisation.w"] // 10 / 420
 * ```
 *
 * @since 0.2.0
 * @category statistics
 */
export const runMetrics = (summary: RunSummary): Readonly<Record<string, number>> => {
  const r: RunReport = describeRun(summary)
  const out: Record<string, number> = {
    cases: r.cases,
    completed_share: r.completedShare,
    reneged_share: r.renegedShare,
    online_share: r.onlineShare,
    returns_per_case: r.returnsPerCase,
    at_window_share: r.atWindowShare,
    wait_mean: r.waitMinutes.mean,
    wait_p90: r.waitMinutes.p90,
    waited_longer_share: r.waitedLongerShare,
    cycle_days_mean: r.cycleDays.mean,
    cycle_days_p90: r.cycleDays.p90,
    trips_mean: r.trips.mean
  }
  if (r.onTimeStatutory !== null) out.on_time_statutory = r.onTimeStatutory
  if (r.onTimePromised !== null) out.on_time_promised = r.onTimePromised
  for (const [id, u] of Object.entries(r.windowUtilisation)) out[`window_utilisation.${id}`] = u
  for (const [id, u] of Object.entries(r.departmentUtilisation)) out[`department_utilisation.${id}`] = u
  for (const h of r.hours) {
    out[`hour.${h.period}.tickets`] = h.tickets
    out[`hour.${h.period}.mean_queue`] = h.meanQueue
    if (h.tickets > 0) {
      out[`hour.${h.period}.mean_wait`] = h.meanWait
      out[`hour.${h.period}.waited_longer_share`] = h.waitedLongerShare
      out[`hour.${h.period}.reneged_share`] = h.renegedShare
    }
  }
  for (const w of r.weekdays) {
    if (w.tickets === 0) continue
    out[`weekday.${w.period}.mean_wait`] = w.meanWait
    out[`weekday.${w.period}.waited_longer_share`] = w.waitedLongerShare
    out[`weekday.${w.period}.reneged_share`] = w.renegedShare
  }
  return out
}

/**
 * One clock hour over replications.
 *
 * @since 0.2.0
 * @category models
 */
export interface HourInterval {
  readonly hour: number
  readonly tickets: Interval
  readonly meanWait: Interval
  readonly waitedLongerShare: Interval
  readonly renegedShare: Interval
  readonly meanQueue: Interval
}

/**
 * One scenario over replications: every metric of {@link runMetrics} as an
 * {@link Interval} over its seeds, the clock hours side by side, and the
 * peak hour (the hour with the highest mean wait over the replications;
 * null when no ticket waited).
 *
 * @since 0.2.0
 * @category models
 */
export interface ReplicationReport {
  readonly scenario: string
  readonly seeds: ReadonlyArray<number>
  readonly level: number
  readonly metrics: Readonly<Record<string, Interval>>
  readonly hours: ReadonlyArray<HourInterval>
  readonly peakHour: number | null
}

const byScenario = (shard: ShardResult): Map<string, Array<ShardEntry>> => {
  const groups = new Map<string, Array<ShardEntry>>()
  for (const e of [...shard.entries].sort((a, b) => a.seed - b.seed)) {
    const list = groups.get(e.scenario)
    if (list === undefined) groups.set(e.scenario, [e])
    else list.push(e)
  }
  return groups
}

const intervals = (
  rows: ReadonlyArray<Readonly<Record<string, number>>>,
  level: number
): Readonly<Record<string, Interval>> => {
  const names = new Set<string>()
  for (const r of rows) for (const k of Object.keys(r)) names.add(k)
  const out: Record<string, Interval> = {}
  for (const name of [...names].sort()) {
    const values: Array<number> = []
    for (const r of rows) {
      const v = r[name]
      if (v !== undefined) values.push(v)
    }
    out[name] = intervalOf(values, { level })
  }
  return out
}

const emptyInterval = (level: number): Interval => intervalOf([], { level })

/**
 * Summarises each scenario of a shard over its seeds: every metric with its
 * mean, standard deviation and Student-t interval (level default 0.95), the
 * clock hours, and the peak hour. Scenarios come in name order.
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { parseModel, replicationReports, runShard } from "@tongban/simulation"
 *
 * const model = getOrThrow(parseModel({
 *   departments: [{ id: "d", reviewers: 1 }],
 *   windows: [{ id: "w", count: 2 }],
 *   services: [{ id: "s", department: "d", arrivals: { perDay: 60 }, windowMinutes: { type: "exponential", mean: 12 } }]
 * }))
 * const shard = getOrThrow(runShard([{ name: "today", model }], { seeds: { from: 1, to: 11 } }))
 * const [today] = replicationReports(shard)
 * today?.metrics.wait_mean?.runs // 10
 * today?.metrics.wait_mean?.ci.level // 0.95
 * const wait = today?.metrics.wait_mean
 * wait === undefined ? [] : [wait.ci.low, wait.mean, wait.ci.high].map((v) => Number(v.toFixed(2))) // [7.97, 16.72, 25.48]
 * ```
 *
 * @since 0.2.0
 * @category statistics
 */
export const replicationReports = (
  shard: ShardResult,
  options?: { readonly level?: number }
): ReadonlyArray<ReplicationReport> => {
  const level = validLevel(options?.level)
  const out: Array<ReplicationReport> = []
  for (const [scenario, entries] of [...byScenario(shard)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const rows = entries.map((e) => runMetrics(e.summary))
    const metrics = intervals(rows, level)
    const hours: Array<HourInterval> = []
    for (let h = 0; h < 24; h++) {
      const tickets = metrics[`hour.${h}.tickets`]
      if (tickets === undefined) continue
      const get = (name: string): Interval => metrics[`hour.${h}.${name}`] ?? emptyInterval(level)
      hours.push({
        hour: h,
        tickets,
        meanWait: get("mean_wait"),
        waitedLongerShare: get("waited_longer_share"),
        renegedShare: get("reneged_share"),
        meanQueue: get("mean_queue")
      })
    }
    let peak: HourInterval | undefined
    for (const h of hours)
      if (h.meanWait.mean > 0 && (peak === undefined || h.meanWait.mean > peak.meanWait.mean)) peak = h
    out.push({
      scenario,
      seeds: entries.map((e) => e.seed),
      level,
      metrics,
      hours,
      peakHour: peak?.hour ?? null
    })
  }
  return out
}

/**
 * Two scenarios compared seed by seed: for every metric both have, the
 * interval of the paired differences (alternative − baseline) over the
 * seeds both ran. Because a seed drives the same random streams in both
 * (common random numbers), the paired interval is usually much narrower
 * than the two separate intervals.
 *
 * @since 0.2.0
 * @category models
 */
export interface Comparison {
  readonly baseline: string
  readonly alternative: string
  readonly seeds: ReadonlyArray<number>
  readonly level: number
  readonly differences: Readonly<Record<string, Interval>>
}

/**
 * Compares two scenarios of a shard on their common seeds by paired
 * differences (alternative − baseline) with Student-t intervals.
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { compareScenarios, parseModel, runShard } from "@tongban/simulation"
 *
 * const hall = (count: number) => getOrThrow(parseModel({
 *   departments: [{ id: "d", reviewers: 1 }],
 *   windows: [{ id: "w", count }],
 *   services: [{ id: "s", department: "d", arrivals: { perDay: 60 }, windowMinutes: { type: "exponential", mean: 12 } }]
 * }))
 * const shard = getOrThrow(runShard([{ name: "two", model: hall(2) }, { name: "three", model: hall(3) }], { seeds: { from: 1, to: 9 } }))
 * const c = compareScenarios(shard, "two", "three")
 * c.seeds.length // 8
 * const fewerWait = c.differences.wait_mean
 * fewerWait === undefined ? [] : [fewerWait.ci.low, fewerWait.mean, fewerWait.ci.high].map((v) => Number(v.toFixed(2))) // [-21.94, -13.9, -5.85]
 * ```
 *
 * @since 0.2.0
 * @category statistics
 */
export const compareScenarios = (
  shard: ShardResult,
  baseline: string,
  alternative: string,
  options?: { readonly level?: number }
): Comparison => {
  const level = validLevel(options?.level)
  const groups = byScenario(shard)
  const base = new Map((groups.get(baseline) ?? []).map((e) => [e.seed, runMetrics(e.summary)]))
  const seeds: Array<number> = []
  const rows: Array<Record<string, number>> = []
  for (const e of groups.get(alternative) ?? []) {
    const b = base.get(e.seed)
    if (b === undefined) continue
    seeds.push(e.seed)
    const a = runMetrics(e.summary)
    const row: Record<string, number> = {}
    for (const [k, v] of Object.entries(a)) {
      const w = b[k]
      if (w !== undefined) row[k] = v - w
    }
    rows.push(row)
  }
  return { baseline, alternative, seeds, level, differences: intervals(rows, level) }
}

const fixed = (x: number): number => (Number.isInteger(x) ? x : Number(x.toPrecision(10)))

/**
 * A shard as tidy data: one row per (scenario, seed, metric) with the
 * run's value of every metric of {@link runMetrics}, as CSV (RFC 4180, by
 * `@tongban/core`), for R, pandas or a spreadsheet.
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { parseModel, runShard, shardToTidyCsv } from "@tongban/simulation"
 *
 * const model = getOrThrow(parseModel({
 *   departments: [{ id: "d", reviewers: 1 }],
 *   windows: [{ id: "w", count: 1 }],
 *   services: [{ id: "s", department: "d", arrivals: { trace: [0, 1] }, windowMinutes: { type: "fixed", value: 5 } }]
 * }))
 * const csv = shardToTidyCsv(getOrThrow(runShard([{ name: "a", model }], { seeds: { from: 1, to: 3 } })))
 * csv.split("\r\n")[0] // "scenario,seed,metric,value"
 * csv.split("\r\n").filter((l) => l.includes(",wait_mean,")) // ["a,1,wait_mean,2", "a,2,wait_mean,2"]
 * ```
 *
 * @since 0.2.0
 * @category export
 */
export const shardToTidyCsv = (shard: ShardResult): string => {
  const rows: Array<ReadonlyArray<CsvCell>> = [["scenario", "seed", "metric", "value"]]
  for (const e of [...shard.entries].sort((a, b) =>
    a.scenario < b.scenario ? -1 : a.scenario > b.scenario ? 1 : a.seed - b.seed
  )) {
    const metrics = runMetrics(e.summary)
    for (const name of Object.keys(metrics).sort()) rows.push([e.scenario, e.seed, name, fixed(metrics[name] ?? 0)])
  }
  return formatCsv(rows)
}

/**
 * Per-scenario summaries with intervals as CSV: one row per (scenario,
 * metric) with mean, sd, the interval's level, low and high, and runs.
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { parseModel, replicationReports, replicationsToCsv, runShard } from "@tongban/simulation"
 *
 * const model = getOrThrow(parseModel({
 *   departments: [{ id: "d", reviewers: 1 }],
 *   windows: [{ id: "w", count: 1 }],
 *   services: [{ id: "s", department: "d", arrivals: { trace: [0, 1] }, windowMinutes: { type: "fixed", value: 5 } }]
 * }))
 * const reports = replicationReports(getOrThrow(runShard([{ name: "a", model }], { seeds: { from: 1, to: 3 } })))
 * const csv = replicationsToCsv(reports)
 * csv.split("\r\n")[0] // "scenario,metric,mean,sd,level,low,high,runs"
 * csv.split("\r\n").find((l) => l.startsWith("a,wait_mean,")) // "a,wait_mean,2,0,0.95,2,2,2"
 * ```
 *
 * @since 0.2.0
 * @category export
 */
export const replicationsToCsv = (reports: ReadonlyArray<ReplicationReport>): string => {
  const rows: Array<ReadonlyArray<CsvCell>> = [["scenario", "metric", "mean", "sd", "level", "low", "high", "runs"]]
  for (const r of reports)
    for (const [name, i] of Object.entries(r.metrics))
      rows.push([r.scenario, name, fixed(i.mean), fixed(i.sd), i.ci.level, fixed(i.ci.low), fixed(i.ci.high), i.runs])
  return formatCsv(rows)
}
