/**
 * Figures of @tongban/approval results: a dated Gantt chart of a schedule
 * on the real calendar (non-working days shaded, the critical path marked),
 * serial against parallel handling, and the flow drawn as a graph.
 *
 * 甘特图 = Gantt chart, 关键路径 = critical path, 串联 = serial, 并联 = parallel,
 * 法定时限 = statutory limit, 承诺时限 = promised limit.
 *
 * @since 0.1.0
 */
import type { CriticalPathResult, Flow, FlowComparison } from "@tongban/approval"
import { type Message, validate } from "@tongban/core"
import { bilingual, type Cell, type Figure, figureId } from "./Figure.js"
import { type ScheduleView, ScheduleViewSchema } from "./Inputs.js"
import { invalidFigure } from "./internal/invalid.js"
import { FigureOptionsObject } from "./internal/schemas.js"
import { COLOURS, renderSvg } from "./internal/render.js"
import { DaysSchema } from "./internal/schemas.js"
import { DAY_MS, finite, utcMs } from "./internal/util.js"
import { CriticalPathInputSchema, FlowInputSchema, NamedComparisonsSchema } from "./internal/views.js"

/**
 * Options of {@link ganttFigure}.
 *
 * @since 0.1.0
 * @category models
 */
export interface GanttFigureOptions {
  readonly title?: Message | undefined
  readonly id?: string | undefined
  /** The calendar's days over the schedule (from `listDays`): non-working days are shaded. */
  readonly days?: ReadonlyArray<{ readonly date: string; readonly working: boolean }> | undefined
}

const GanttOptionsSchema = FigureOptionsObject.extend({ days: DaysSchema.optional() })

interface GanttRenderParams {
  readonly coordSys: { readonly height: number }
}
interface GanttRenderApi {
  value(dim: number): number
  coord(point: ReadonlyArray<number>): ReadonlyArray<number>
  size(value: ReadonlyArray<number>): ReadonlyArray<number>
}

/**
 * A dated Gantt chart of a schedule: one row a step, from its start to its
 * finish date (inclusive) on a UTC date axis, critical steps in red, every
 * non-working day of the calendar shaded. The table lists each step's
 * dates, days and float.
 *
 * @example
 * ```ts
 * import { ganttFigure } from "@tongban/report"
 * import { parseFlow, scheduleFlow } from "@tongban/approval"
 * import { chinaCalendar } from "@tongban/deadline"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 *
 * const flow = getOrThrow(parseFlow({ id: "f", name: "开办", steps: [{ id: "a", name: "营业执照", department: "scj", duration: 1 }, { id: "b", name: "刻章", department: "gaj", duration: 1, after: ["a"] }] }))
 * const schedule = getOrThrow(scheduleFlow(flow, { start: getOrThrow(parseLocalDate("2024-09-30")), calendar: chinaCalendar }))
 * ganttFigure(schedule).table.rows // [["营业执照", "scj", "2024-09-30", "2024-09-30", 1, 0, "是 yes"], ["刻章", "gaj", "2024-10-08", "2024-10-08", 1, 0, "是 yes"]]
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const ganttFigure = (schedule: ScheduleView, options: GanttFigureOptions = {}): Figure => {
  const invalid = invalidFigure("ganttFigure", [
    validate(ScheduleViewSchema, schedule, { path: ["schedule"] }),
    validate(GanttOptionsSchema, options, { path: ["options"] })
  ])
  if (invalid !== undefined) return invalid
  const steps = [...schedule.steps].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.es - b.es))
  const names = steps.map((s) => s.name)
  const title = options.title ?? { zh: `甘特图：${schedule.name}`, en: `Gantt chart: ${schedule.name}` }
  const shaded = (options.days ?? [])
    .filter((d) => !d.working && d.date >= schedule.start && d.date <= schedule.finish)
    .map((d) => [{ xAxis: utcMs(d.date) }, { xAxis: utcMs(d.date) + DAY_MS }])
  const width = 1000
  const height = Math.max(200, 110 + steps.length * 26)
  const svg = renderSvg(
    {
      title: {
        text: bilingual(title),
        subtext: `${schedule.start} → ${schedule.finish} · ${schedule.makespan} 个工作日 working days`,
        left: "center",
        textStyle: { fontSize: 14 }
      },
      legend: {
        bottom: 0,
        data: [
          bilingual({ zh: "关键工序", en: "critical step" }),
          bilingual({ zh: "非关键工序", en: "step with float" })
        ]
      },
      grid: { left: 190, right: 30, top: 64, bottom: 56 },
      xAxis: {
        type: "time",
        min: utcMs(schedule.start),
        max: utcMs(schedule.finish) + DAY_MS,
        axisLabel: { fontSize: 10, formatter: "{yyyy}-{MM}-{dd}", hideOverlap: true },
        splitLine: { show: true, lineStyle: { color: "#eef0f4" } }
      },
      yAxis: {
        type: "category",
        data: names,
        inverse: true,
        axisLabel: { width: 170, overflow: "truncate", fontSize: 11 }
      },
      series: [true, false].map((critical) => ({
        type: "custom",
        name: bilingual(
          critical ? { zh: "关键工序", en: "critical step" } : { zh: "非关键工序", en: "step with float" }
        ),
        itemStyle: { color: critical ? COLOURS.critical : COLOURS.primary },
        encode: { x: [1, 2], y: 0 },
        renderItem: (_params: GanttRenderParams, api: GanttRenderApi) => {
          const row = api.value(0)
          const from = api.coord([api.value(1), row])
          const to = api.coord([api.value(2), row])
          const h = (api.size([0, 1])[1] ?? 20) * 0.6
          const x = from[0] ?? 0
          const y = (from[1] ?? 0) - h / 2
          return {
            type: "rect",
            shape: { x, y, width: Math.max(2, (to[0] ?? 0) - x), height: h },
            style: { fill: critical ? COLOURS.critical : COLOURS.primary }
          }
        },
        data: steps
          .map((s, i) => ({ s, i }))
          .filter(({ s }) => s.critical === critical)
          .map(({ s, i }) => ({ name: s.name, value: [i, utcMs(s.start), utcMs(s.finish) + DAY_MS, s.days] })),
        ...(critical && shaded.length > 0
          ? { markArea: { silent: true, itemStyle: { color: "rgba(217, 83, 79, 0.12)" }, data: shaded } }
          : {})
      }))
    },
    width,
    height,
    bilingual(title)
  )
  return {
    id: options.id ?? figureId(`gantt-${schedule.flow}`),
    title,
    caption: {
      zh: `关键路径：${schedule.criticalPaths[0]?.join(" → ") ?? "—"}；浅红底纹为非工作日（周末、节假日）。`,
      en: `Critical path: ${schedule.criticalPaths[0]?.join(" → ") ?? "—"}; light red shading marks non-working days (weekends, holidays).`
    },
    width,
    height,
    svg,
    table: {
      columns: [
        { zh: "工序", en: "step" },
        { zh: "部门", en: "department" },
        { zh: "开始", en: "start" },
        { zh: "完成", en: "finish" },
        { zh: "工作日", en: "working days" },
        { zh: "总时差", en: "total float" },
        { zh: "关键", en: "critical" }
      ],
      rows: steps.map(
        (s): ReadonlyArray<Cell> => [
          s.name,
          s.department ?? "",
          s.start,
          s.finish,
          s.days,
          s.totalFloat,
          s.critical ? "是 yes" : "否 no"
        ]
      )
    }
  }
}

/**
 * A flow's serial-against-parallel comparison to draw, with the flow's name.
 *
 * @since 0.1.0
 * @category models
 */
export interface NamedComparison {
  readonly name: string
  readonly comparison: FlowComparison
}

/**
 * Serial against parallel handling: for each flow, the working days in
 * series, in parallel, the statutory and the promised limits summed along
 * the critical path, and the reform target when there is one.
 *
 * @example
 * ```ts
 * import { serialParallelFigure } from "@tongban/report"
 * import { compareFlow, parseFlow } from "@tongban/approval"
 * import { getOrThrow } from "@tongban/core"
 *
 * const flow = getOrThrow(parseFlow({ id: "f", name: "开办", steps: [{ id: "a", name: "执照", department: "scj", duration: 2 }, { id: "b", name: "刻章", department: "gaj", duration: 1 }] }))
 * serialParallelFigure([{ name: "开办", comparison: compareFlow(flow) }]).table.rows // [["开办", 3, 2, 1, 2, 2, "—"]]
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const serialParallelFigure = (
  flows: ReadonlyArray<NamedComparison>,
  options: { readonly title?: Message; readonly id?: string } = {}
): Figure => {
  const invalid = invalidFigure("serialParallelFigure", [
    validate(NamedComparisonsSchema, flows, { path: ["flows"] }),
    validate(FigureOptionsObject, options, { path: ["options"] })
  ])
  if (invalid !== undefined) return invalid
  const title = options.title ?? { zh: "串联与并联办理", en: "Serial against parallel handling" }
  const measures = [
    { name: { zh: "串联", en: "serial" }, get: (c: FlowComparison) => c.serial },
    { name: { zh: "并联", en: "parallel" }, get: (c: FlowComparison) => c.parallel },
    {
      name: { zh: "法定时限（关键路径）", en: "statutory (critical path)" },
      get: (c: FlowComparison) => c.statutory.days
    },
    {
      name: { zh: "承诺时限（关键路径）", en: "promised (critical path)" },
      get: (c: FlowComparison) => c.promised.days
    }
  ] as const
  const width = 900
  const height = Math.max(260, 120 + flows.length * 70)
  const svg = renderSvg(
    {
      title: { text: bilingual(title), left: "center", textStyle: { fontSize: 14 } },
      legend: { bottom: 0, data: measures.map((m) => bilingual(m.name)) },
      grid: { left: 200, right: 60, top: 36, bottom: 56 },
      xAxis: { type: "value", name: "工作日 working days", nameLocation: "middle", nameGap: 24 },
      yAxis: {
        type: "category",
        data: flows.map((f) => f.name),
        inverse: true,
        axisLabel: { width: 180, overflow: "truncate" }
      },
      series: measures.map((m, k) => ({
        type: "bar",
        name: bilingual(m.name),
        label: { show: true, position: "right", fontSize: 10 },
        data: flows.map((f) => finite(m.get(f.comparison))),
        ...(k === 1
          ? {
              markLine: {
                symbol: "none",
                label: { formatter: "目标 target {c}" },
                lineStyle: { color: COLOURS.critical, type: "dashed" },
                data: [
                  ...new Set(flows.map((f) => f.comparison.target).filter((t): t is number => typeof t === "number"))
                ].map((t) => ({ xAxis: t }))
              }
            }
          : {})
      }))
    },
    width,
    height,
    bilingual(title)
  )
  return {
    id: options.id ?? "serial-parallel",
    title,
    caption: {
      zh: "红色虚线为改革目标（如企业开办 1–3 个工作日、工程建设项目审批 120 个工作日）。",
      en: "Dashed red lines are the reform targets (e.g. business start-up in 1–3 working days, construction approval in 120)."
    },
    width,
    height,
    svg,
    table: {
      columns: [
        { zh: "流程", en: "flow" },
        { zh: "串联", en: "serial" },
        { zh: "并联", en: "parallel" },
        { zh: "节省", en: "saved" },
        { zh: "法定", en: "statutory" },
        { zh: "承诺", en: "promised" },
        { zh: "目标", en: "target" }
      ],
      rows: flows.map(
        (f): ReadonlyArray<Cell> => [
          f.name,
          f.comparison.serial,
          f.comparison.parallel,
          f.comparison.saving,
          f.comparison.statutory.days,
          f.comparison.promised.days,
          typeof f.comparison.target === "number" ? f.comparison.target : "—"
        ]
      )
    }
  }
}

/**
 * A flow drawn as a graph: steps and gateways in layers from top to bottom
 * by their earliest start (from the critical path result), steps that can
 * run together side by side, edges from each `after` list, critical steps
 * in red, gateways as diamonds.
 *
 * @example
 * ```ts
 * import { flowFigure } from "@tongban/report"
 * import { criticalPath, parseFlow } from "@tongban/approval"
 * import { getOrThrow } from "@tongban/core"
 *
 * const flow = getOrThrow(parseFlow({ id: "f", name: "开办", steps: [{ id: "a", name: "执照", department: "scj", duration: 2 }, { id: "b", name: "刻章", department: "gaj", duration: 1, after: ["a"] }] }))
 * flowFigure(flow, criticalPath(flow)).table.rows // [["a", "执照", "scj", 0, 2, "是 yes", ""], ["b", "刻章", "gaj", 2, 1, "是 yes", "a"]]
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const flowFigure = (
  flow: Flow,
  cpm: CriticalPathResult,
  options: { readonly title?: Message; readonly id?: string } = {}
): Figure => {
  const invalid = invalidFigure("flowFigure", [
    validate(FlowInputSchema, flow, { path: ["flow"] }),
    validate(CriticalPathInputSchema, cpm, { path: ["cpm"] }),
    validate(FigureOptionsObject, options, { path: ["options"] })
  ])
  if (invalid !== undefined) return invalid
  const timing = new Map(cpm.timings.map((t) => [t.id, t]))
  const title = options.title ?? { zh: `流程图：${flow.name}`, en: `Flow: ${flow.name}` }
  type NodeRow = { id: string; name: string; department: string; gateway: boolean; after: ReadonlyArray<string> }
  const nodes: Array<NodeRow> = [
    ...flow.steps.map((s) => ({ id: s.id, name: s.name, department: s.department, gateway: false, after: s.after })),
    ...flow.gateways.map((g) => ({
      id: g.id,
      name: g.name ?? (g.kind === "parallel" ? "+" : "×"),
      department: "",
      gateway: true,
      after: g.after
    }))
  ]
  // Layers top to bottom, one per distinct earliest start; nodes side by side within a layer.
  const layers = [...new Set(nodes.map((n) => finite(timing.get(n.id)?.es)))].sort((x, y) => x - y)
  const inLayer = new Map<number, number>()
  const placed = nodes
    .map((n) => ({ n, es: finite(timing.get(n.id)?.es) }))
    .sort((x, y) => x.es - y.es || (x.n.id < y.n.id ? -1 : 1))
    .map(({ n, es }) => {
      const layer = layers.indexOf(es)
      const slot = inLayer.get(layer) ?? 0
      inLayer.set(layer, slot + 1)
      return { n, es, layer, slot }
    })
  const slots = Math.max(1, ...inLayer.values())
  const width = 1000
  const columnWidth = (width - 40) / slots
  const rowHeight = 46
  const height = Math.max(160, 70 + layers.length * rowHeight)
  const critical = (id: string): boolean => timing.get(id)?.critical === true
  // ECharts keys graph nodes by id: each node gets its own (`n<k>`), so no step id can clash with another or a corner.
  const key = new Map(nodes.map((n, k) => [n.id, `n${k}`]))
  const svg = renderSvg(
    {
      title: { text: bilingual(title), left: "center", textStyle: { fontSize: 14 } },
      series: [
        {
          type: "graph",
          layout: "none",
          // Node coordinates are pixels: the box is the whole chart below the title.
          left: 20,
          right: 20,
          top: 50,
          bottom: 20,
          roam: false,
          nodeScaleRatio: 0,
          edgeSymbol: ["none", "arrow"],
          edgeSymbolSize: 8,
          label: { show: true, fontSize: 10, width: Math.min(220, columnWidth - 16), overflow: "truncate" },
          data: [
            ...placed.map(({ n, layer, slot }) => ({
              id: key.get(n.id) ?? n.id,
              name: n.name,
              x: ((slot + 0.5) * (width - 40)) / (inLayer.get(layer) ?? 1),
              y: layer * rowHeight,
              symbol: n.gateway ? "diamond" : "roundRect",
              symbolSize: n.gateway ? 22 : [Math.min(230, columnWidth - 8), 28],
              itemStyle: { color: n.gateway ? COLOURS.muted : critical(n.id) ? COLOURS.critical : COLOURS.primary },
              label: { color: n.gateway ? "#333333" : "#ffffff" }
            })),
            // Two invisible corners fix the extent, so the pixel coordinates above stay pixels.
            ...[0, 1].map((k) => ({
              id: `corner-${k}`,
              name: "",
              x: k * (width - 40),
              y: k * Math.max(0, layers.length - 1) * rowHeight,
              symbol: "none",
              symbolSize: 0,
              itemStyle: { color: "transparent" },
              label: { color: "transparent" }
            }))
          ],
          edges: nodes.flatMap((n) =>
            n.after.flatMap((a) => {
              const source = key.get(a)
              const target = key.get(n.id)
              return source === undefined || target === undefined
                ? []
                : [
                    {
                      source,
                      target,
                      lineStyle: { color: critical(a) && critical(n.id) ? COLOURS.critical : COLOURS.muted, width: 1.5 }
                    }
                  ]
            })
          )
        }
      ]
    },
    width,
    height,
    bilingual(title)
  )
  return {
    id: options.id ?? figureId(`flow-${flow.id}`),
    title,
    caption: {
      zh: "自上而下按最早开始时间分层，同层可同时办理；红色为关键工序，菱形为网关。",
      en: "Top to bottom by earliest start, steps side by side can run together; critical steps in red, gateways as diamonds."
    },
    width,
    height,
    svg,
    table: {
      columns: [
        { zh: "编号", en: "id" },
        { zh: "名称", en: "name" },
        { zh: "部门", en: "department" },
        { zh: "最早开始", en: "earliest start" },
        { zh: "工作日", en: "days" },
        { zh: "关键", en: "critical" },
        { zh: "前置", en: "after" }
      ],
      rows: placed.map(
        ({ n, es }): ReadonlyArray<Cell> => [
          n.id,
          n.name,
          n.department,
          es,
          finite(timing.get(n.id)?.days),
          critical(n.id) ? "是 yes" : "否 no",
          n.after.join(", ")
        ]
      )
    }
  }
}
