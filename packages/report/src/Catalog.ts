/**
 * Figures of @tongban/catalog results: the four reductions (四减) before and
 * after a reform, and each department's shares.
 *
 * 四减 = the four reductions (减环节 steps, 减材料 materials, 减时限 time,
 * 减跑动 trips), 即办件 = decided on the spot, 全程网办 = fully online,
 * 最多跑一次 = at most one trip.
 *
 * @since 0.1.0
 */
import { type Message, validate } from "@tongban/core"
import * as z from "zod"
import { bilingual, type Cell, type Figure } from "./Figure.js"
import {
  type CatalogueStatsView,
  CatalogueStatsViewSchema,
  type CompletenessView,
  CompletenessViewSchema,
  FigureOptionsSchema,
  type FourReductionsView,
  FourReductionsViewSchema,
  type MatterStatsView
} from "./Inputs.js"
import { invalidFigure } from "./internal/invalid.js"
import { FigureOptionsObject } from "./internal/schemas.js"
import { COLOURS, renderSvg } from "./internal/render.js"
import { finite, percent, round } from "./internal/util.js"

const REDUCTIONS: ReadonlyArray<{ readonly key: keyof FourReductionsView; readonly name: Message }> = [
  { key: "steps", name: { zh: "减环节", en: "steps" } },
  { key: "materials", name: { zh: "减材料", en: "materials" } },
  { key: "time", name: { zh: "减时限（工作日）", en: "time (working days)" } },
  { key: "trips", name: { zh: "减跑动", en: "trips" } }
]

/**
 * The four reductions: for steps, materials, time and trips, the total
 * before and after as bars scaled to before = 100, each labelled with its
 * real count, and the reduction in the table.
 *
 * @example
 * ```ts
 * import { fourReductionsFigure } from "@tongban/report"
 *
 * const r = (before: number, after: number) => ({ before, after, reduction: before - after, percent: ((before - after) / before) * 100 })
 * const figure = fourReductionsFigure({ steps: r(40, 30), materials: r(100, 60), time: r(400, 100), trips: r(20, 5) })
 * figure.table.rows[1] // ["减材料 materials", 100, 60, 40, 40]
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const fourReductionsFigure = (
  reductions: FourReductionsView,
  options: {
    readonly title?: Message
    readonly id?: string
    readonly labels?: { readonly before: string; readonly after: string }
  } = {}
): Figure => {
  const invalid = invalidFigure("fourReductionsFigure", [
    validate(FourReductionsViewSchema, reductions, { path: ["reductions"] }),
    validate(
      FigureOptionsObject.extend({ labels: z.object({ before: z.string(), after: z.string() }).optional() }),
      options,
      {
        path: ["options"]
      }
    )
  ])
  if (invalid !== undefined) return invalid
  const title = options.title ?? { zh: "四减：改革前后", en: "The four reductions, before and after" }
  const labels = options.labels ?? { before: "改革前 before", after: "改革后 after" }
  const scaled = (x: number, base: number): number => (base > 0 ? round((x / base) * 100, 1) : 0)
  const width = 760
  const height = 340
  const svg = renderSvg(
    {
      title: { text: bilingual(title), left: "center", textStyle: { fontSize: 14 } },
      legend: { bottom: 0, data: [labels.before, labels.after] },
      grid: { left: 60, right: 24, top: 64, bottom: 70 },
      xAxis: {
        type: "category",
        data: REDUCTIONS.map((r) => `${r.name.zh}\n${r.name.en}`),
        axisLabel: { fontSize: 11, interval: 0 }
      },
      yAxis: { type: "value", min: 0, name: "改革前 = 100 before = 100", nameLocation: "middle", nameGap: 40 },
      series: [
        {
          type: "bar",
          name: labels.before,
          itemStyle: { color: COLOURS.muted },
          label: {
            show: true,
            position: "top",
            fontSize: 10,
            formatter: (p: { dataIndex: number }) =>
              String(round(finite(reductions[REDUCTIONS[p.dataIndex]?.key ?? "steps"].before), 1))
          },
          data: REDUCTIONS.map((r) => (finite(reductions[r.key].before) > 0 ? 100 : 0))
        },
        {
          type: "bar",
          name: labels.after,
          itemStyle: { color: COLOURS.primary },
          label: {
            show: true,
            position: "top",
            fontSize: 10,
            formatter: (p: { dataIndex: number }) => {
              const x = reductions[REDUCTIONS[p.dataIndex]?.key ?? "steps"]
              return `${round(finite(x.after), 1)}${x.percent == null ? "" : ` (−${round(x.percent, 1)}%)`}`
            }
          },
          data: REDUCTIONS.map((r) => scaled(finite(reductions[r.key].after), finite(reductions[r.key].before)))
        }
      ]
    },
    width,
    height,
    bilingual(title)
  )
  return {
    id: options.id ?? "four-reductions",
    title,
    caption: {
      zh: "柱高以改革前为 100，柱顶为实际数值及减少的百分比。",
      en: "Bar heights take the total before as 100; labels give the real totals and the percentage reduced."
    },
    width,
    height,
    svg,
    table: {
      columns: [
        { zh: "指标", en: "measure" },
        { zh: "改革前", en: "before" },
        { zh: "改革后", en: "after" },
        { zh: "减少", en: "reduction" },
        { zh: "减少（%）", en: "reduction (%)" }
      ],
      rows: REDUCTIONS.map((r): ReadonlyArray<Cell> => {
        const x = reductions[r.key]
        return [
          bilingual(r.name),
          round(finite(x.before)),
          round(finite(x.after)),
          round(finite(x.reduction)),
          x.percent == null ? "—" : round(x.percent, 1)
        ]
      })
    }
  }
}

const SHARES: ReadonlyArray<{
  readonly name: Message
  readonly get: (s: MatterStatsView) => number | null | undefined
}> = [
  { name: { zh: "即办件", en: "on the spot" }, get: (s) => s.immediateShare },
  { name: { zh: "全程网办", en: "fully online" }, get: (s) => s.fullyOnlineShare },
  { name: { zh: "最多跑一次", en: "at most one trip" }, get: (s) => s.atMostOneTripShare },
  { name: { zh: "窗口授权", en: "decided at the window" }, get: (s) => s.windowApprovedShare }
]

/**
 * Each department's shares of its matters: decided on the spot, fully
 * online, at most one trip, decided at the window; the whole catalogue
 * first.
 *
 * @example
 * ```ts
 * import { departmentSharesFigure } from "@tongban/report"
 * import { catalogueStats } from "@tongban/catalog"
 *
 * const figure = departmentSharesFigure(catalogueStats({ version: "v", departments: [], windows: [], matters: [], bundles: [] }))
 * figure.table.rows // [["全部 all", 0, 0, 0, 0, 0]]
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const departmentSharesFigure = (
  stats: CatalogueStatsView,
  options: { readonly title?: Message; readonly id?: string } = {}
): Figure => {
  const invalid = invalidFigure("departmentSharesFigure", [
    validate(CatalogueStatsViewSchema, stats, { path: ["stats"] }),
    validate(FigureOptionsSchema, options, { path: ["options"] })
  ])
  if (invalid !== undefined) return invalid
  const rows = [
    { name: "全部 all", stats: stats.overall },
    ...stats.departments.map((d) => ({ name: d.name, stats: d.stats }))
  ]
  const title = options.title ?? { zh: "各部门事项占比", en: "Shares of each department's matters" }
  const width = 900
  const height = Math.max(260, 100 + rows.length * 40)
  const svg = renderSvg(
    {
      title: { text: bilingual(title), left: "center", textStyle: { fontSize: 14 } },
      legend: { bottom: 0, data: SHARES.map((s) => bilingual(s.name)) },
      grid: { left: 170, right: 30, top: 36, bottom: 56 },
      xAxis: { type: "value", min: 0, max: 100, name: "占比 share (%)", nameLocation: "middle", nameGap: 24 },
      yAxis: {
        type: "category",
        inverse: true,
        data: rows.map((r) => r.name),
        axisLabel: { width: 150, overflow: "truncate", fontSize: 10 }
      },
      series: SHARES.map((s) => ({
        type: "bar",
        name: bilingual(s.name),
        data: rows.map((r) => percent(s.get(r.stats)))
      }))
    },
    width,
    height,
    bilingual(title)
  )
  return {
    id: options.id ?? "department-shares",
    title,
    width,
    height,
    svg,
    table: {
      columns: [
        { zh: "部门", en: "department" },
        { zh: "事项数", en: "matters" },
        ...SHARES.map((s) => ({ zh: `${s.name.zh}（%）`, en: `${s.name.en} (%)` }))
      ],
      rows: rows.map(
        (r): ReadonlyArray<Cell> => [r.name, r.stats.matters, ...SHARES.map((s) => percent(s.get(r.stats)))]
      )
    }
  }
}

/**
 * The completeness of a list (`catalogueCompleteness`): for each element of
 * the 实施清单, the share of matters that carry it, after the mean of those
 * shares.
 *
 * @example
 * ```ts
 * import { completenessFigure } from "@tongban/report"
 * import { catalogueCompleteness } from "@tongban/catalog"
 *
 * const c = catalogueCompleteness({ departments: [{ id: "d1", name: "县民政局" }], matters: [{ name: "临时救助", department: "d1", trips: 1 }, { name: "最低生活保障", department: "d1" }] })
 * const figure = completenessFigure(c)
 * figure.table.rows.find((row) => row[0] === "trips")?.slice(2) // [1, 50]
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const completenessFigure = (
  completeness: CompletenessView,
  options: { readonly title?: Message; readonly id?: string } = {}
): Figure => {
  const invalid = invalidFigure("completenessFigure", [
    validate(CompletenessViewSchema, completeness, { path: ["completeness"] }),
    validate(FigureOptionsSchema, options, { path: ["options"] })
  ])
  if (invalid !== undefined) return invalid
  const o = completeness.overall
  const title = options.title ?? { zh: "清单完整度", en: "Completeness of the list" }
  const labels = ["各要素平均 mean over the elements", ...o.elements.map((e) => bilingual(e.label))]
  const values = [percent(o.share), ...o.elements.map((e) => percent(e.share))]
  const width = 900
  const height = Math.max(220, 90 + labels.length * 24)
  const svg = renderSvg(
    {
      title: { text: bilingual(title), left: "center", textStyle: { fontSize: 14 } },
      grid: { left: 230, right: 60, top: 40, bottom: 40 },
      xAxis: {
        type: "value",
        min: 0,
        max: 100,
        name: "事项占比 share of matters (%)",
        nameLocation: "middle",
        nameGap: 24
      },
      yAxis: {
        type: "category",
        inverse: true,
        data: labels,
        axisLabel: { width: 210, overflow: "truncate", fontSize: 10 }
      },
      series: [
        {
          type: "bar",
          name: "占比 share",
          itemStyle: { color: COLOURS.tertiary },
          label: { show: true, position: "right", fontSize: 10, formatter: "{c}%" },
          data: values
        }
      ]
    },
    width,
    height,
    bilingual(title)
  )
  return {
    id: options.id ?? "completeness",
    title,
    caption: {
      zh: `${o.matters} 项事项；第一行为各要素占比的平均（清单完整时为 100%）。`,
      en: `${o.matters} matters; the first bar is the mean of the elements' shares (100% for a complete list).`
    },
    width,
    height,
    svg,
    table: {
      columns: [
        { zh: "要素", en: "element" },
        { zh: "名称", en: "label" },
        { zh: "具备的事项", en: "matters carrying it" },
        { zh: "占比（%）", en: "share (%)" }
      ],
      rows: o.elements.map((e): ReadonlyArray<Cell> => [e.element, bilingual(e.label), e.carried, percent(e.share)])
    }
  }
}
