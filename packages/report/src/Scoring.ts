/**
 * Figures of @tongban/scoring results: the distribution of scores, the
 * ranking, and each award winner with the reasons.
 *
 * 考核 = assessment, 排名 = ranking, 服务之星 = Service Star, 等次 = grade.
 *
 * @since 0.1.0
 */
import { type Message, validate } from "@tongban/core"
import * as z from "zod"
import { bilingual, type Cell, type DataTable, type Figure, figureId } from "./Figure.js"
import { type AssessmentView, AssessmentViewSchema } from "./Inputs.js"
import { invalidFigure } from "./internal/invalid.js"
import { FigureOptionsObject } from "./internal/schemas.js"
import { COLOURS, renderSvg } from "./internal/render.js"
import { round } from "./internal/util.js"

/**
 * The distribution of an assessment's scores: how many staff (or windows)
 * fall in each band of `bandWidth` points. An entry that is not a finite
 * number is not counted; a band width that is not a positive number counts
 * as 1 point; scores spread over more than 1,000 bands give none.
 *
 * @example
 * ```ts
 * import { scoreBands } from "@tongban/report"
 *
 * scoreBands([9850, 9900, 10000, 9120], 1) // [{ from: 91, to: 92, count: 1 }, { from: 92, to: 93, count: 0 }, { from: 93, to: 94, count: 0 }, { from: 94, to: 95, count: 0 }, { from: 95, to: 96, count: 0 }, { from: 96, to: 97, count: 0 }, { from: 97, to: 98, count: 0 }, { from: 98, to: 99, count: 1 }, { from: 99, to: 100, count: 1 }, { from: 100, to: 101, count: 1 }]
 * scoreBands([], 1) // []
 * scoreBands([9850, Number.NaN], 0) // [{ from: 98, to: 99, count: 1 }]
 * ```
 *
 * @param hundredths the scores in exact hundredths (as `EntityScore.hundredths`)
 * @since 0.1.0
 * @category rendering
 */
export const scoreBands = (
  hundredths: ReadonlyArray<number>,
  bandWidth: number
): ReadonlyArray<{ readonly from: number; readonly to: number; readonly count: number }> => {
  const width =
    typeof bandWidth === "number" && Number.isFinite(bandWidth) && bandWidth > 0
      ? Math.max(1, Math.round(bandWidth * 100))
      : 100
  const values = Array.isArray(hundredths) ? hundredths.filter((h) => typeof h === "number" && Number.isFinite(h)) : []
  if (values.length === 0) return []
  // A loop, not Math.min(...values): a spread of a long list overflows the stack.
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  for (const v of values) {
    if (v < min) min = v
    if (v > max) max = v
  }
  const lo = Math.floor(min / width)
  const hi = Math.floor(max / width)
  if (hi - lo > 1000) return []
  const counts = Array.from({ length: hi - lo + 1 }, () => 0)
  for (const v of values) {
    const i = Math.floor(v / width) - lo
    counts[i] = (counts[i] ?? 0) + 1
  }
  return counts.map((count, i) => ({ from: ((lo + i) * width) / 100, to: ((lo + i + 1) * width) / 100, count }))
}

/**
 * A histogram of an assessment's scores.
 *
 * @example
 * ```ts
 * import { scoreDistributionFigure } from "@tongban/report"
 * import { parseEvents, quarterlyDeductionRubric, score } from "@tongban/scoring"
 * import { getOrThrow } from "@tongban/core"
 *
 * const events = getOrThrow(parseEvents([{ kind: "case", date: "2026-07-07", staff: "s1", window: "w1", code: "on_time" }]))
 * const a = getOrThrow(score(quarterlyDeductionRubric, events, { period: "2026-Q3" }))
 * scoreDistributionFigure(a).table.rows.map((row) => row[2]) // [1]
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const scoreDistributionFigure = (
  assessment: AssessmentView,
  options: { readonly title?: Message; readonly id?: string; readonly bandWidth?: number } = {}
): Figure => {
  const invalid = invalidFigure("scoreDistributionFigure", [
    validate(AssessmentViewSchema, assessment, { path: ["assessment"] }),
    validate(FigureOptionsObject.extend({ bandWidth: z.number().optional() }), options, { path: ["options"] })
  ])
  if (invalid !== undefined) return invalid
  const bands = scoreBands(
    assessment.scores.map((s) => s.hundredths),
    options.bandWidth ?? 1
  )
  const title = options.title ?? {
    zh: `得分分布：${assessment.rubric}`,
    en: `Distribution of scores: ${assessment.rubric}`
  }
  const width = 760
  const height = 320
  const svg = renderSvg(
    {
      title: { text: bilingual(title), left: "center", textStyle: { fontSize: 14 } },
      grid: { left: 60, right: 24, top: 40, bottom: 48 },
      xAxis: {
        type: "category",
        data: bands.map((b) => String(b.from)),
        name: "得分 score",
        nameLocation: "middle",
        nameGap: 28
      },
      yAxis: { type: "value", min: 0, minInterval: 1, name: "人数 count", nameLocation: "middle", nameGap: 40 },
      series: [
        {
          type: "bar",
          name: "人数 count",
          barCategoryGap: "10%",
          itemStyle: { color: COLOURS.primary },
          data: bands.map((b) => b.count)
        }
      ]
    },
    width,
    height,
    bilingual(title)
  )
  return {
    id: options.id ?? figureId(`score-distribution-${assessment.rubric}`),
    title,
    caption: {
      zh: `${assessment.scores.length} 个考核对象，考核期 ${assessment.period.id}。`,
      en: `${assessment.scores.length} assessed, period ${assessment.period.id}.`
    },
    width,
    height,
    svg,
    table: {
      columns: [
        { zh: "自", en: "from" },
        { zh: "至（不含）", en: "to (excl.)" },
        { zh: "人数", en: "count" }
      ],
      rows: bands.map((b): ReadonlyArray<Cell> => [b.from, b.to, b.count])
    }
  }
}

/**
 * The top of an assessment's ranking: one bar per staff member (or window),
 * its exact score as the label.
 *
 * @example
 * ```ts
 * import { rankingFigure } from "@tongban/report"
 * import { parseEvents, quarterlyDeductionRubric, score } from "@tongban/scoring"
 * import { getOrThrow } from "@tongban/core"
 *
 * const events = getOrThrow(parseEvents([{ kind: "case", date: "2026-07-07", staff: "s1", window: "w1", code: "on_time" }]))
 * const a = getOrThrow(score(quarterlyDeductionRubric, events, { period: "2026-Q3" }))
 * rankingFigure(a).table.rows // [[1, "s1", "w1", "100.00", "合格 pass"]]
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const rankingFigure = (
  assessment: AssessmentView,
  options: { readonly title?: Message; readonly id?: string; readonly top?: number } = {}
): Figure => {
  const invalid = invalidFigure("rankingFigure", [
    validate(AssessmentViewSchema, assessment, { path: ["assessment"] }),
    validate(FigureOptionsObject.extend({ top: z.number().optional() }), options, { path: ["options"] })
  ])
  if (invalid !== undefined) return invalid
  const top = assessment.scores.slice(0, Math.max(1, Math.min(200, Math.floor(options.top ?? 20))))
  const title = options.title ?? {
    zh: `排名前 ${top.length}：${assessment.rubric}`,
    en: `Top ${top.length} of the ranking: ${assessment.rubric}`
  }
  const values = top.map((s) => round(s.hundredths / 100))
  const min = values.length === 0 ? 0 : Math.floor(Math.min(...values) - 1)
  const width = 760
  const height = Math.max(220, 90 + top.length * 22)
  const svg = renderSvg(
    {
      title: { text: bilingual(title), left: "center", textStyle: { fontSize: 14 } },
      grid: { left: 110, right: 60, top: 40, bottom: 40 },
      xAxis: { type: "value", min, name: "得分 score", nameLocation: "middle", nameGap: 24 },
      yAxis: {
        type: "category",
        inverse: true,
        data: top.map((s) => `${s.rank}. ${s.id}`),
        axisLabel: { fontSize: 10 }
      },
      series: [
        {
          type: "bar",
          name: "得分 score",
          itemStyle: { color: COLOURS.tertiary },
          label: {
            show: true,
            position: "right",
            fontSize: 10,
            formatter: (p: { dataIndex: number }) => top[p.dataIndex]?.score ?? ""
          },
          data: values
        }
      ]
    },
    width,
    height,
    bilingual(title)
  )
  return {
    id: options.id ?? figureId(`ranking-${assessment.rubric}`),
    title,
    caption: { zh: `排名规则：${assessment.ranking.rule.zh}`, en: `Ranking: ${assessment.ranking.rule.en}` },
    width,
    height,
    svg,
    table: {
      columns: [
        { zh: "名次", en: "rank" },
        { zh: "编号", en: "id" },
        { zh: "窗口", en: "window" },
        { zh: "得分", en: "score" },
        { zh: "等次", en: "grade" }
      ],
      rows: top.map(
        (s): ReadonlyArray<Cell> => [
          s.rank,
          s.id,
          s.window ?? "",
          s.score,
          s.grade == null ? "" : bilingual(s.grade.name)
        ]
      )
    }
  }
}

/**
 * Each award's winners with the reasons the rubric gives, as a table (text,
 * not a chart: the reasons are sentences). An assessment of the wrong shape
 * gives an empty table carrying the located issues.
 *
 * @example
 * ```ts
 * import { awardTable } from "@tongban/report"
 * import { parseEvents, quarterlyDeductionRubric, score } from "@tongban/scoring"
 * import { getOrThrow } from "@tongban/core"
 *
 * const events = getOrThrow(parseEvents([{ kind: "case", date: "2026-07-07", staff: "s1", window: "w1", code: "on_time" }]))
 * const a = getOrThrow(score(quarterlyDeductionRubric, events, { period: "2026-Q3" }))
 * awardTable(a).columns.map((c) => c.en) // ["award", "winner", "window", "score", "reasons"]
 * awardTable(JSON.parse('{ "rubric": 1 }')).issues?.[0]?.code // "figure_input_invalid"
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const awardTable = (assessment: AssessmentView): DataTable => {
  const columns: ReadonlyArray<Message> = [
    { zh: "奖项", en: "award" },
    { zh: "获奖者", en: "winner" },
    { zh: "窗口", en: "window" },
    { zh: "得分", en: "score" },
    { zh: "理由", en: "reasons" }
  ]
  const invalid = invalidFigure("awardTable", [validate(AssessmentViewSchema, assessment, { path: ["assessment"] })])
  if (invalid !== undefined)
    return { columns, rows: [], ...(invalid.issues === undefined ? {} : { issues: invalid.issues }) }
  const byId = new Map(assessment.scores.map((s) => [s.id, s]))
  return {
    columns,
    rows: assessment.awards.flatMap((award) =>
      award.winners.map(
        (w): ReadonlyArray<Cell> => [
          bilingual(award.name),
          w.id,
          byId.get(w.id)?.window ?? "",
          byId.get(w.id)?.score ?? "",
          w.reasons.map((r) => `${r.message.zh}（${r.message.en}）`).join("；")
        ]
      )
    )
  }
}
