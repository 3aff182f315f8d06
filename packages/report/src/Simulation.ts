/**
 * Figures of @tongban/simulation results: waiting and cycle-time
 * distributions, queue length and waiting by hour with confidence bands,
 * utilisation per window group and department, scenario comparisons and
 * paired differences with interval bars, and sweep curves. The intervals
 * are the simulation package's own (Student t over replications).
 *
 * 等候 = wait, 办结用时 = cycle time, 排队 = queue, 利用率 = utilisation,
 * 场景 = scenario, 重复 = replication.
 *
 * @since 0.1.0
 */
import { type Message, validate } from "@tongban/core"
import * as z from "zod"
import {
  type Comparison,
  type Interval,
  quantile,
  type ReplicationReport,
  type RunReport,
  type ScenarioResult,
  type Summary
} from "@tongban/simulation"
import { bilingual, type Cell, type Figure, figureId } from "./Figure.js"
import { invalidFigure } from "./internal/invalid.js"
import { COLOURS, renderSvg, SERIES_COLOURS } from "./internal/render.js"
import { FigureOptionsObject } from "./internal/schemas.js"
import { finite, percent, round } from "./internal/util.js"
import {
  AxesSchema,
  ComparisonInputSchema,
  DistributionInputSchema,
  hourInputSchema,
  MetricsSchema,
  NamedOptionsSchema,
  own,
  ScenarioInputSchema,
  SweepCurvesSchema,
  UtilisationInputSchema
} from "./internal/views.js"

const QUANTILES: ReadonlyArray<number> = Array.from({ length: 99 }, (_, i) => (i + 1) / 100)

/**
 * The distributions {@link distributionFigure} draws.
 *
 * @since 0.1.0
 * @category models
 */
export type DistributionMetric = "wait" | "cycleDays" | "trips"

const METRIC: Readonly<Record<DistributionMetric, { readonly title: Message; readonly unit: Message }>> = {
  wait: {
    title: { zh: "取号等候时间分布", en: "Distribution of the wait for a window" },
    unit: { zh: "分钟", en: "minutes" }
  },
  cycleDays: {
    title: { zh: "办结用时分布", en: "Distribution of the cycle time" },
    unit: { zh: "工作日", en: "working days" }
  },
  trips: { title: { zh: "跑动次数分布", en: "Distribution of trips per case" }, unit: { zh: "次", en: "trips" } }
}

const summaryOf = (r: ScenarioResult, metric: DistributionMetric): Summary =>
  metric === "wait" ? r.summary.wait : metric === "cycleDays" ? r.summary.cycleDays : r.summary.trips

/**
 * A distribution of each scenario as its cumulative curve: the share of
 * cases (y) at or under each value (x), read from the run's quantile sketch.
 * The table gives the median, 90th and 99th percentiles.
 *
 * @example
 * ```ts
 * import { distributionFigure } from "@tongban/report"
 * import { parseModel, runShard, summariseSweep } from "@tongban/simulation"
 * import { getOrThrow } from "@tongban/core"
 *
 * const model = getOrThrow(parseModel({ departments: [{ id: "d", reviewers: 1 }], windows: [{ id: "w", count: 2 }], services: [{ id: "s", department: "d", arrivals: { perDay: 60 }, windowMinutes: { type: "exponential", mean: 12 } }] }))
 * const results = summariseSweep(getOrThrow(runShard([{ name: "a", model }], { seeds: { from: 1, to: 3 } })))
 * const figure = distributionFigure(results, "wait")
 * figure.table.rows.length // 1
 * figure.table.rows[0]?.[0] // "a"
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const distributionFigure = (
  results: ReadonlyArray<ScenarioResult>,
  metric: DistributionMetric,
  options: { readonly title?: Message; readonly id?: string; readonly names?: Readonly<Record<string, string>> } = {}
): Figure => {
  const invalid = invalidFigure("distributionFigure", [
    validate(DistributionInputSchema, results, { path: ["results"] }),
    validate(z.enum(["wait", "cycleDays", "trips"]), metric, { path: ["metric"] }),
    validate(NamedOptionsSchema, options, { path: ["options"] })
  ])
  if (invalid !== undefined) return invalid
  const m = METRIC[metric]
  const title = options.title ?? m.title
  const name = (s: string): string => own(options.names, s) ?? s
  const width = 720
  const height = 340
  const svg = renderSvg(
    {
      title: { text: bilingual(title), left: "center", textStyle: { fontSize: 14 } },
      legend: { bottom: 0, data: results.map((r) => name(r.scenario)) },
      grid: { left: 64, right: 24, top: 40, bottom: 64 },
      xAxis: { type: "value", name: bilingual(m.unit), nameLocation: "middle", nameGap: 26 },
      yAxis: {
        type: "value",
        min: 0,
        max: 100,
        name: "累计占比 cumulative share (%)",
        nameLocation: "middle",
        nameGap: 42
      },
      series: results.map((r) => {
        const s = summaryOf(r, metric)
        return {
          type: "line",
          name: name(r.scenario),
          showSymbol: false,
          data: s.count === 0 ? [] : QUANTILES.map((q) => [round(finite(quantile(s, q)), 3), round(q * 100, 0)])
        }
      })
    },
    width,
    height,
    bilingual(title)
  )
  return {
    id: options.id ?? figureId(`distribution-${metric}`),
    title,
    caption: {
      zh: "曲线上一点 (x, y)：y% 的办件不超过 x。",
      en: "A point (x, y) on a curve: y% of cases took at most x."
    },
    width,
    height,
    svg,
    table: {
      columns: [
        { zh: "场景", en: "scenario" },
        { zh: "件数", en: "count" },
        { zh: "均值", en: "mean" },
        { zh: "中位数", en: "p50" },
        { zh: "90分位", en: "p90" },
        { zh: "99分位", en: "p99" }
      ],
      rows: results.map((r): ReadonlyArray<Cell> => {
        const s = summaryOf(r, metric)
        return [
          name(r.scenario),
          s.count,
          round(s.count === 0 ? 0 : s.sum / s.count),
          round(quantile(s, 0.5)),
          round(quantile(s, 0.9)),
          round(quantile(s, 0.99))
        ]
      })
    }
  }
}

/**
 * The hourly measures {@link byHourFigure} draws.
 *
 * @since 0.1.0
 * @category models
 */
export type HourMeasure = "meanQueue" | "meanWait" | "tickets" | "waitedLongerShare"

const HOUR: Readonly<Record<HourMeasure, { readonly title: Message; readonly unit: Message; readonly scale: number }>> =
  {
    meanQueue: {
      title: { zh: "大厅排队人数（按时段）", en: "People queuing in the hall, by hour" },
      unit: { zh: "人", en: "people" },
      scale: 1
    },
    meanWait: {
      title: { zh: "平均等候（按取号时段）", en: "Mean wait by hour of the ticket" },
      unit: { zh: "分钟", en: "minutes" },
      scale: 1
    },
    tickets: { title: { zh: "取号数（按时段）", en: "Tickets by hour" }, unit: { zh: "张", en: "tickets" }, scale: 1 },
    waitedLongerShare: {
      title: { zh: "等候超 15 分钟占比（按时段）", en: "Share waiting longer than 15 minutes, by hour" },
      unit: { zh: "%", en: "%" },
      scale: 100
    }
  }

/**
 * A measure by clock hour, each scenario a line (the mean over its
 * replications) in a band (the Student-t interval the simulation package
 * computed, `replicationReports`).
 *
 * @example
 * ```ts
 * import { byHourFigure } from "@tongban/report"
 * import { parseModel, replicationReports, runShard } from "@tongban/simulation"
 * import { getOrThrow } from "@tongban/core"
 *
 * const model = getOrThrow(parseModel({ departments: [{ id: "d", reviewers: 1 }], windows: [{ id: "w", count: 2 }], services: [{ id: "s", department: "d", arrivals: { perDay: 60 }, windowMinutes: { type: "exponential", mean: 12 } }] }))
 * const reports = replicationReports(getOrThrow(runShard([{ name: "a", model }], { seeds: { from: 1, to: 5 } })))
 * const figure = byHourFigure(reports, "meanQueue")
 * figure.table.rows[0]?.slice(0, 2) // ["a", "09:00"]
 * figure.table.rows.length === reports[0]?.hours.length // true
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const byHourFigure = (
  reports: ReadonlyArray<ReplicationReport>,
  measure: HourMeasure,
  options: { readonly title?: Message; readonly id?: string; readonly names?: Readonly<Record<string, string>> } = {}
): Figure => {
  const invalid = invalidFigure("byHourFigure", [
    validate(z.enum(["meanQueue", "meanWait", "tickets", "waitedLongerShare"]), measure, { path: ["measure"] }),
    validate(hourInputSchema(typeof measure === "string" ? measure : "meanQueue"), reports, { path: ["reports"] }),
    validate(NamedOptionsSchema, options, { path: ["options"] })
  ])
  if (invalid !== undefined) return invalid
  const m = HOUR[measure]
  const name = (s: string): string => own(options.names, s) ?? s
  const hours = [...new Set(reports.flatMap((r) => r.hours.map((h) => h.hour)))].sort((a, b) => a - b)
  const label = (hour: number): string => `${String(hour).padStart(2, "0")}:00`
  const at = (r: ReplicationReport, hour: number): Interval | undefined =>
    r.hours.find((h) => h.hour === hour)?.[measure]
  const v = (x: number): number => round(finite(x) * m.scale, 3)
  const title = options.title ?? m.title
  const level = reports[0]?.level ?? 0.95
  const width = 760
  const height = 340
  const svg = renderSvg(
    {
      title: { text: bilingual(title), left: "center", textStyle: { fontSize: 14 } },
      legend: { bottom: 0, data: reports.map((r) => name(r.scenario)) },
      grid: { left: 60, right: 24, top: 40, bottom: 64 },
      xAxis: {
        type: "category",
        boundaryGap: false,
        data: hours.map(label),
        name: "时段 hour",
        nameLocation: "middle",
        nameGap: 26
      },
      yAxis: { type: "value", min: 0, name: bilingual(m.unit), nameLocation: "middle", nameGap: 40 },
      series: reports.flatMap((r, k) => {
        const colour = SERIES_COLOURS[k % SERIES_COLOURS.length] ?? COLOURS.primary
        return [
          {
            type: "line",
            name: `${name(r.scenario)} low`,
            stack: `band-${k}`,
            symbol: "none",
            silent: true,
            lineStyle: { opacity: 0 },
            data: hours.map((h) => Math.max(0, v(at(r, h)?.ci.low ?? 0)))
          },
          {
            type: "line",
            name: `${name(r.scenario)} band`,
            stack: `band-${k}`,
            symbol: "none",
            silent: true,
            lineStyle: { opacity: 0 },
            areaStyle: { color: colour, opacity: 0.2 },
            data: hours.map((h) => {
              const i = at(r, h)
              return i === undefined ? 0 : round(v(i.ci.high) - Math.max(0, v(i.ci.low)), 3)
            })
          },
          {
            type: "line",
            name: name(r.scenario),
            symbolSize: 5,
            itemStyle: { color: colour },
            lineStyle: { color: colour, width: 2 },
            data: hours.map((h) => v(at(r, h)?.mean ?? 0))
          }
        ]
      })
    },
    width,
    height,
    bilingual(title)
  )
  const runs = reports[0]?.seeds.length ?? 0
  return {
    id: options.id ?? figureId(`by-hour-${measure}`),
    title,
    caption: {
      zh: `实线为 ${runs} 次重复的均值，阴影为其 ${round(level * 100, 1)}% 置信区间（t 分布）。`,
      en: `Lines are the mean over ${runs} replications, bands their ${round(level * 100, 1)}% confidence interval (Student t).`
    },
    width,
    height,
    svg,
    table: {
      columns: [
        { zh: "场景", en: "scenario" },
        { zh: "时段", en: "hour" },
        { zh: "均值", en: "mean" },
        { zh: "下限", en: "low" },
        { zh: "上限", en: "high" }
      ],
      rows: reports.flatMap((r) =>
        r.hours.map(
          (h): ReadonlyArray<Cell> => [
            name(r.scenario),
            label(h.hour),
            v(h[measure].mean),
            v(h[measure].ci.low),
            v(h[measure].ci.high)
          ]
        )
      )
    }
  }
}

/**
 * Utilisation of each window group and each department, one bar group per
 * pool, one bar per scenario.
 *
 * @example
 * ```ts
 * import { utilisationFigure } from "@tongban/report"
 * import { parseModel, runShard, summariseSweep } from "@tongban/simulation"
 * import { getOrThrow } from "@tongban/core"
 *
 * const model = getOrThrow(parseModel({ departments: [{ id: "d", reviewers: 1 }], windows: [{ id: "w", count: 2 }], services: [{ id: "s", department: "d", arrivals: { perDay: 60 }, windowMinutes: { type: "exponential", mean: 12 } }] }))
 * const results = summariseSweep(getOrThrow(runShard([{ name: "a", model }], { seeds: { from: 1, to: 2 } })))
 * utilisationFigure(results).table.rows.map((row) => row.slice(0, 2)) // [["窗口 window", "w"], ["部门 department", "d"]]
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const utilisationFigure = (
  results: ReadonlyArray<ScenarioResult>,
  options: { readonly title?: Message; readonly id?: string; readonly names?: Readonly<Record<string, string>> } = {}
): Figure => {
  const invalid = invalidFigure("utilisationFigure", [
    validate(UtilisationInputSchema, results, { path: ["results"] }),
    validate(NamedOptionsSchema, options, { path: ["options"] })
  ])
  if (invalid !== undefined) return invalid
  const name = (s: string): string => own(options.names, s) ?? s
  const pools = [...new Set(results.flatMap((r) => Object.keys(r.report.windowUtilisation)))].map((id) => ({
    kind: "window" as const,
    id
  }))
  const departments = [...new Set(results.flatMap((r) => Object.keys(r.report.departmentUtilisation)))].map((id) => ({
    kind: "department" as const,
    id
  }))
  const all = [...pools, ...departments]
  const get = (r: RunReport, p: { kind: "window" | "department"; id: string }): number =>
    percent(own(p.kind === "window" ? r.windowUtilisation : r.departmentUtilisation, p.id))
  const title = options.title ?? { zh: "窗口与部门利用率", en: "Utilisation of windows and departments" }
  const width = 900
  const height = Math.max(260, 100 + all.length * (14 + results.length * 8))
  const kindName = (k: "window" | "department"): string => (k === "window" ? "窗口 window" : "部门 department")
  const svg = renderSvg(
    {
      title: { text: bilingual(title), left: "center", textStyle: { fontSize: 14 } },
      legend: { bottom: 0, data: results.map((r) => name(r.scenario)) },
      grid: { left: 170, right: 50, top: 36, bottom: 56 },
      xAxis: { type: "value", min: 0, max: 100, name: "利用率 utilisation (%)", nameLocation: "middle", nameGap: 24 },
      yAxis: {
        type: "category",
        inverse: true,
        data: all.map((p) => `${p.kind === "window" ? "窗口" : "部门"} ${p.id}`),
        axisLabel: { width: 150, overflow: "truncate", fontSize: 10 }
      },
      series: results.map((r) => ({
        type: "bar",
        name: name(r.scenario),
        label: { show: true, position: "right", fontSize: 9, formatter: "{c}%" },
        data: all.map((p) => get(r.report, p))
      }))
    },
    width,
    height,
    bilingual(title)
  )
  return {
    id: options.id ?? "utilisation",
    title,
    caption: {
      zh: "利用率 = 忙碌的服务分钟 ÷ 开放期间可用的服务分钟。",
      en: "Utilisation = busy server-minutes ÷ server-minutes available while open."
    },
    width,
    height,
    svg,
    table: {
      columns: [
        { zh: "类别", en: "kind" },
        { zh: "编号", en: "id" },
        ...results.map((r) => ({ zh: name(r.scenario), en: name(r.scenario) }))
      ],
      rows: all.map((p): ReadonlyArray<Cell> => [kindName(p.kind), p.id, ...results.map((r) => get(r.report, p))])
    }
  }
}

/**
 * A metric of `runMetrics` to compare, with its display name and scale
 * (100 for a share shown in per cent).
 *
 * @since 0.1.0
 * @category models
 */
export interface MetricChoice {
  readonly key: string
  readonly name: Message
  readonly scale?: number
}

/**
 * The metrics {@link scenarioFigure} and {@link comparisonFigure} show
 * unless told otherwise.
 *
 * @example
 * ```ts
 * import { DEFAULT_METRICS } from "@tongban/report"
 *
 * DEFAULT_METRICS.map((m) => m.key) // ["wait_mean", "wait_p90", "cycle_days_mean", "trips_mean"]
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const DEFAULT_METRICS: ReadonlyArray<MetricChoice> = [
  { key: "wait_mean", name: { zh: "平均等候（分钟）", en: "mean wait (min)" } },
  { key: "wait_p90", name: { zh: "等候90分位（分钟）", en: "p90 wait (min)" } },
  { key: "cycle_days_mean", name: { zh: "平均办结用时（工作日）", en: "mean cycle (wd)" } },
  { key: "trips_mean", name: { zh: "平均跑动次数", en: "mean trips" } }
]

interface Whisker {
  readonly label: string
  readonly interval: Interval | undefined
}

const intervalPanels = (
  title: Message,
  panels: ReadonlyArray<{ readonly name: Message; readonly scale: number; readonly rows: ReadonlyArray<Whisker> }>,
  zeroLine: boolean
): { readonly svg: string; readonly width: number; readonly height: number } => {
  const width = 900
  const height = 50 + panels.length * 150
  const svg = renderSvg(
    {
      title: { text: bilingual(title), left: "center", textStyle: { fontSize: 14 } },
      grid: panels.map((_, i) => ({ left: 190, right: 40, top: 40 + i * 150, height: 100 })),
      xAxis: panels.map((p, i) => ({
        type: "value",
        gridIndex: i,
        name: bilingual(p.name),
        nameLocation: "middle",
        nameGap: 22
      })),
      yAxis: panels.map((p, i) => ({
        type: "category",
        gridIndex: i,
        inverse: true,
        data: p.rows.map((r) => r.label)
      })),
      series: panels.flatMap((p, i) => [
        {
          type: "bar",
          name: bilingual(p.name),
          xAxisIndex: i,
          yAxisIndex: i,
          barWidth: 18,
          itemStyle: { color: SERIES_COLOURS[i % SERIES_COLOURS.length] },
          label: { show: true, position: "insideLeft", color: "#ffffff", fontSize: 10 },
          data: p.rows.map((r) => round(finite(r.interval?.mean) * p.scale, 3)),
          ...(zeroLine
            ? {
                markLine: {
                  symbol: "none",
                  silent: true,
                  label: { show: false },
                  lineStyle: { color: "#222222" },
                  data: [{ xAxis: 0 }]
                }
              }
            : {})
        },
        {
          type: "custom",
          name: `${bilingual(p.name)} CI`,
          z: 5,
          xAxisIndex: i,
          yAxisIndex: i,
          encode: { x: [1, 2], y: 0 },
          renderItem: (
            _params: unknown,
            api: { value(d: number): number; coord(point: ReadonlyArray<number>): ReadonlyArray<number> }
          ) => {
            const row = api.value(0)
            const lo = api.coord([api.value(1), row])
            const hi = api.coord([api.value(2), row])
            const y = lo[1] ?? 0
            const x0 = lo[0] ?? 0
            const x1 = hi[0] ?? 0
            const stroke = { stroke: "#222222", lineWidth: 1.5 }
            return {
              type: "group",
              children: [
                { type: "line", shape: { x1: x0, y1: y, x2: x1, y2: y }, style: stroke },
                { type: "line", shape: { x1: x0, y1: y - 6, x2: x0, y2: y + 6 }, style: stroke },
                { type: "line", shape: { x1, y1: y - 6, x2: x1, y2: y + 6 }, style: stroke }
              ]
            }
          },
          data: p.rows.map((r, k) => [
            k,
            round(finite(r.interval?.ci.low) * p.scale, 3),
            round(finite(r.interval?.ci.high) * p.scale, 3)
          ])
        }
      ])
    },
    width,
    height,
    bilingual(title)
  )
  return { svg, width, height }
}

const intervalRows = (
  panels: ReadonlyArray<{ readonly name: Message; readonly scale: number; readonly rows: ReadonlyArray<Whisker> }>
): ReadonlyArray<ReadonlyArray<Cell>> =>
  panels.flatMap((p) =>
    p.rows.map(
      (r): ReadonlyArray<Cell> => [
        r.label,
        bilingual(p.name),
        round(finite(r.interval?.mean) * p.scale),
        round(finite(r.interval?.ci.low) * p.scale),
        round(finite(r.interval?.ci.high) * p.scale),
        r.interval?.runs ?? 0
      ]
    )
  )

const INTERVAL_COLUMNS: ReadonlyArray<Message> = [
  { zh: "场景", en: "scenario" },
  { zh: "指标", en: "measure" },
  { zh: "均值", en: "mean" },
  { zh: "下限", en: "low" },
  { zh: "上限", en: "high" },
  { zh: "重复次数", en: "replications" }
]

/**
 * Scenarios compared metric by metric: a bar for the mean over the
 * replications and a whisker for its confidence interval, both as the
 * simulation package computed them (`replicationReports`).
 *
 * @example
 * ```ts
 * import { scenarioFigure } from "@tongban/report"
 * import { parseModel, replicationReports, runShard } from "@tongban/simulation"
 * import { getOrThrow } from "@tongban/core"
 *
 * const model = getOrThrow(parseModel({ departments: [{ id: "d", reviewers: 1 }], windows: [{ id: "w", count: 2 }], services: [{ id: "s", department: "d", arrivals: { perDay: 60 }, windowMinutes: { type: "exponential", mean: 12 } }] }))
 * const reports = replicationReports(getOrThrow(runShard([{ name: "a", model }], { seeds: { from: 1, to: 5 } })))
 * const row = scenarioFigure(reports).table.rows[0]
 * row?.[0] // "a"
 * row?.[2] === Math.round((reports[0]?.metrics.wait_mean?.mean ?? 0) * 100) / 100 // true
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const scenarioFigure = (
  reports: ReadonlyArray<ReplicationReport>,
  metrics: ReadonlyArray<MetricChoice> = DEFAULT_METRICS,
  options: { readonly title?: Message; readonly id?: string; readonly names?: Readonly<Record<string, string>> } = {}
): Figure => {
  const invalid = invalidFigure("scenarioFigure", [
    validate(ScenarioInputSchema, reports, { path: ["reports"] }),
    validate(MetricsSchema, metrics, { path: ["metrics"] }),
    validate(NamedOptionsSchema, options, { path: ["options"] })
  ])
  if (invalid !== undefined) return invalid
  const name = (s: string): string => own(options.names, s) ?? s
  const level = round((reports[0]?.level ?? 0.95) * 100, 1)
  const title = options.title ?? {
    zh: `场景比较（${level}% 置信区间）`,
    en: `Scenarios compared, with ${level}% intervals`
  }
  const panels = metrics.map((m) => ({
    name: m.name,
    scale: m.scale ?? 1,
    rows: reports.map((r) => ({ label: name(r.scenario), interval: own(r.metrics, m.key) }))
  }))
  const { svg, width, height } = intervalPanels(title, panels, false)
  return {
    id: options.id ?? "scenarios",
    title,
    caption: {
      zh: "条形为各次重复的均值，黑色误差线为置信区间。",
      en: "Bars are the mean over the replications, black whiskers its confidence interval."
    },
    width,
    height,
    svg,
    table: { columns: INTERVAL_COLUMNS, rows: intervalRows(panels) }
  }
}

/**
 * A paired comparison of two scenarios on common seeds: for each metric,
 * the mean difference (alternative − baseline) and its confidence interval
 * (`compareScenarios`); an interval clear of zero is a real difference.
 *
 * @example
 * ```ts
 * import { comparisonFigure } from "@tongban/report"
 *
 * const i = { mean: -2, sd: 1, ci: { level: 0.95, low: -2.5, high: -1.5 }, runs: 8 }
 * const figure = comparisonFigure({ baseline: "two", alternative: "three", seeds: [1], level: 0.95, differences: { wait_mean: i } })
 * figure.table.rows[0] // ["three − two", "平均等候（分钟） mean wait (min)", -2, -2.5, -1.5, 8]
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const comparisonFigure = (
  comparison: Comparison,
  metrics: ReadonlyArray<MetricChoice> = DEFAULT_METRICS,
  options: { readonly title?: Message; readonly id?: string; readonly names?: Readonly<Record<string, string>> } = {}
): Figure => {
  const invalid = invalidFigure("comparisonFigure", [
    validate(ComparisonInputSchema, comparison, { path: ["comparison"] }),
    validate(MetricsSchema, metrics, { path: ["metrics"] }),
    validate(NamedOptionsSchema, options, { path: ["options"] })
  ])
  if (invalid !== undefined) return invalid
  const name = (s: string): string => own(options.names, s) ?? s
  const label = `${name(comparison.alternative)} − ${name(comparison.baseline)}`
  const title = options.title ?? {
    zh: `配对差：${name(comparison.alternative)} 对 ${name(comparison.baseline)}`,
    en: `Paired difference: ${name(comparison.alternative)} against ${name(comparison.baseline)}`
  }
  const panels = metrics
    .filter((m) => own(comparison.differences, m.key) !== undefined)
    .map((m) => ({
      name: m.name,
      scale: m.scale ?? 1,
      rows: [{ label, interval: own(comparison.differences, m.key) }]
    }))
  const { svg, width, height } = intervalPanels(title, panels, true)
  return {
    id: options.id ?? figureId(`comparison-${comparison.baseline}-${comparison.alternative}`),
    title,
    caption: {
      zh: `共同随机数下 ${comparison.seeds.length} 对重复的差值均值及其 ${round(comparison.level * 100, 1)}% 置信区间；区间不含 0 即差异显著。`,
      en: `Mean difference over ${comparison.seeds.length} paired replications on common seeds, with its ${round(comparison.level * 100, 1)}% interval; an interval clear of 0 is a real difference.`
    },
    width,
    height: Math.max(height, 200),
    svg,
    table: { columns: INTERVAL_COLUMNS, rows: intervalRows(panels) }
  }
}

/**
 * One curve of a sweep: points (x, y), each with an optional interval.
 *
 * @since 0.1.0
 * @category models
 */
export interface SweepCurve {
  readonly name: string
  readonly points: ReadonlyArray<{
    readonly x: number
    readonly y: number
    readonly low?: number
    readonly high?: number
  }>
  /** Draw the curve dashed (a theoretical reference, say). */
  readonly dashed?: boolean
}

/**
 * A sweep: one or more curves of a measure against a parameter (peak wait
 * against the number of windows, say); intervals, where given, are listed in
 * the table beside it.
 *
 * @example
 * ```ts
 * import { sweepFigure } from "@tongban/report"
 *
 * const figure = sweepFigure([{ name: "Wq", points: [{ x: 10, y: 0.67 }, { x: 11, y: 0.2 }] }], { x: { zh: "窗口数", en: "windows" }, y: { zh: "等候", en: "wait" } })
 * figure.table.rows // [["Wq", 10, 0.67, "", ""], ["Wq", 11, 0.2, "", ""]]
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const sweepFigure = (
  curves: ReadonlyArray<SweepCurve>,
  axes: { readonly x: Message; readonly y: Message },
  options: { readonly title?: Message; readonly id?: string; readonly logY?: boolean } = {}
): Figure => {
  const invalid = invalidFigure("sweepFigure", [
    validate(SweepCurvesSchema, curves, { path: ["curves"] }),
    validate(AxesSchema, axes, { path: ["axes"] }),
    validate(FigureOptionsObject.extend({ logY: z.boolean().optional() }), options, { path: ["options"] })
  ])
  if (invalid !== undefined) return invalid
  const title = options.title ?? { zh: `${axes.y.zh}与${axes.x.zh}`, en: `${axes.y.en} against ${axes.x.en}` }
  const width = 720
  const height = 340
  const svg = renderSvg(
    {
      title: { text: bilingual(title), left: "center", textStyle: { fontSize: 14 } },
      legend: { bottom: 0, data: curves.map((c) => c.name) },
      grid: { left: 70, right: 24, top: 40, bottom: 64 },
      xAxis: {
        type: "value",
        scale: true,
        name: bilingual(axes.x),
        nameLocation: "middle",
        nameGap: 26,
        minInterval: 1
      },
      yAxis:
        options.logY === true
          ? { type: "log", name: bilingual(axes.y), nameLocation: "middle", nameGap: 48 }
          : { type: "value", min: 0, name: bilingual(axes.y), nameLocation: "middle", nameGap: 48 },
      series: curves.map((c) => ({
        type: "line",
        name: c.name,
        symbolSize: 6,
        lineStyle: { type: c.dashed === true ? "dashed" : "solid", width: 2 },
        data: c.points.map((p) => [p.x, round(p.y, 4)])
      }))
    },
    width,
    height,
    bilingual(title)
  )
  return {
    id: options.id ?? figureId(`sweep-${axes.x.en}-${axes.y.en}`),
    title,
    width,
    height,
    svg,
    table: {
      columns: [{ zh: "曲线", en: "curve" }, axes.x, axes.y, { zh: "下限", en: "low" }, { zh: "上限", en: "high" }],
      rows: curves.flatMap((c) =>
        c.points.map(
          (p): ReadonlyArray<Cell> => [
            c.name,
            p.x,
            round(p.y, 4),
            p.low === undefined ? "" : round(p.low, 4),
            p.high === undefined ? "" : round(p.high, 4)
          ]
        )
      )
    }
  }
}
