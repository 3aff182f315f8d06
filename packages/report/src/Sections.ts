/**
 * One section per package, built from that package's results: what the
 * T County demo and `tongban report` put in the HTML report. Every input is
 * optional, so a section shows whatever results are at hand.
 *
 * @since 0.1.0
 */
import type { CriticalPathResult, Flow } from "@tongban/approval"
import { type Message, validate } from "@tongban/core"
import type { DayInfo } from "@tongban/deadline"
import type { Comparison, ReplicationReport, ScenarioResult } from "@tongban/simulation"
import * as z from "zod"
import { flowFigure, ganttFigure, type NamedComparison, serialParallelFigure } from "./Approval.js"
import { completenessFigure, departmentSharesFigure, fourReductionsFigure } from "./Catalog.js"
import { caseClockFigure, calendarFigure } from "./Deadline.js"
import type { Figure } from "./Figure.js"
import { invalidFigure } from "./internal/invalid.js"
import { fewEnough, TOO_MANY, Text2 } from "./internal/schemas.js"
import type { Block, Section } from "./Html.js"
import {
  type AssessmentView,
  AssessmentViewSchema,
  type CatalogueStatsView,
  type CompletenessView,
  type FourReductionsView,
  type LabelledClock,
  type ScheduleView
} from "./Inputs.js"
import { awardTable, rankingFigure, scoreDistributionFigure } from "./Scoring.js"
import {
  byHourFigure,
  comparisonFigure,
  distributionFigure,
  type SweepCurve,
  scenarioFigure,
  sweepFigure,
  utilisationFigure
} from "./Simulation.js"

const fig = (figure: Figure): Block => ({ kind: "figure", figure })

/** A list of whatever a figure checks itself. */
const List = z.array(z.unknown()).refine(fewEnough, TOO_MANY).optional()

/**
 * The section `id` titled `title` whose results fail `schema`: one figure
 * carrying the located issues; or undefined when the results fit.
 */
const invalidSection = (
  name: string,
  schema: z.ZodType,
  results: unknown,
  id: string,
  title: Message
): Section | undefined => {
  const invalid = invalidFigure(name, [validate(schema, results, { path: ["results"] })])
  return invalid === undefined ? undefined : { id, title, blocks: [fig(invalid)] }
}

const DeadlineResultsSchema = z.object({
  calendars: z
    .array(z.object({ title: Text2.optional(), days: z.unknown().optional() }))
    .refine(fewEnough, TOO_MANY)
    .optional(),
  clocks: List
})
const ApprovalResultsSchema = z.object({
  comparisons: List,
  schedules: z
    .array(z.object({ schedule: z.unknown().optional(), days: z.unknown().optional() }))
    .refine(fewEnough, TOO_MANY)
    .optional(),
  flows: z
    .array(z.object({ flow: z.unknown().optional(), criticalPath: z.unknown().optional() }))
    .refine(fewEnough, TOO_MANY)
    .optional()
})
const SimulationResultsSchema = z.object({
  results: List,
  replications: List,
  comparisons: List,
  names: z.record(z.string(), z.string()).optional(),
  sweeps: z
    .array(
      z.object({
        title: Text2.optional(),
        x: z.unknown().optional(),
        y: z.unknown().optional(),
        curves: z.unknown().optional()
      })
    )
    .refine(fewEnough, TOO_MANY)
    .optional()
})
const CatalogResultsSchema = z.object({
  diff: z.object({ fourReductions: z.unknown().optional() }).optional(),
  stats: z.unknown().optional(),
  completeness: z.unknown().optional(),
  versions: z.object({ before: z.string(), after: z.string() }).optional()
})
const ScoringResultsSchema = z.object({
  assessments: z
    .array(z.object({ name: Text2.optional(), assessment: z.unknown().optional() }))
    .refine(fewEnough, TOO_MANY)
    .optional()
})

/**
 * The results a deadline section draws.
 *
 * @since 0.1.0
 * @category models
 */
export interface DeadlineResults {
  /** Calendars to draw, each a run of days from `listDays` (a year, say), with a title. */
  readonly calendars?: ReadonlyArray<{ readonly title?: Message; readonly days: ReadonlyArray<DayInfo> }>
  readonly clocks?: ReadonlyArray<LabelledClock>
}

/**
 * The deadline section: each calendar and the case clocks.
 *
 * @example
 * ```ts
 * import { deadlineSection } from "@tongban/report"
 *
 * deadlineSection({}).blocks // []
 * deadlineSection({}).title.en // "Deadlines on the working-day calendar"
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const deadlineSection = (results: DeadlineResults): Section => {
  const id = "deadline"
  const title = { zh: "法定期限与工作日历", en: "Deadlines on the working-day calendar" }
  return (
    invalidSection("deadlineSection", DeadlineResultsSchema, results, id, title) ?? {
      id,
      title,
      blocks: [
        ...(results.calendars ?? []).map((c, i) =>
          fig(calendarFigure(c.days, { ...(c.title === undefined ? {} : { title: c.title }), id: `calendar-${i + 1}` }))
        ),
        ...(results.clocks === undefined || results.clocks.length === 0 ? [] : [fig(caseClockFigure(results.clocks))])
      ]
    }
  )
}

/**
 * The results an approval section draws.
 *
 * @since 0.1.0
 * @category models
 */
export interface ApprovalResults {
  readonly comparisons?: ReadonlyArray<NamedComparison>
  /** Dated schedules, each with the calendar's days over it (for the shading). */
  readonly schedules?: ReadonlyArray<{ readonly schedule: ScheduleView; readonly days?: ReadonlyArray<DayInfo> }>
  readonly flows?: ReadonlyArray<{ readonly flow: Flow; readonly criticalPath: CriticalPathResult }>
}

/**
 * The approval section: serial against parallel, each dated Gantt chart,
 * each flow drawn.
 *
 * @example
 * ```ts
 * import { approvalSection } from "@tongban/report"
 *
 * approvalSection({}).id // "approval"
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const approvalSection = (results: ApprovalResults): Section => {
  const id = "approval"
  const title = { zh: "并联审批与关键路径", en: "Parallel approval and the critical path" }
  return (
    invalidSection("approvalSection", ApprovalResultsSchema, results, id, title) ?? {
      id,
      title,
      blocks: [
        ...(results.comparisons === undefined || results.comparisons.length === 0
          ? []
          : [fig(serialParallelFigure(results.comparisons))]),
        ...(results.schedules ?? []).map((s) =>
          fig(ganttFigure(s.schedule, s.days === undefined ? {} : { days: s.days }))
        ),
        ...(results.flows ?? []).map((f) => fig(flowFigure(f.flow, f.criticalPath)))
      ]
    }
  )
}

/**
 * The results a simulation section draws.
 *
 * @since 0.1.0
 * @category models
 */
export interface SimulationResults {
  /** The merged result of each scenario (`summariseSweep`): distributions and utilisation. */
  readonly results?: ReadonlyArray<ScenarioResult>
  /** Each scenario over its replications (`replicationReports`): hours and intervals. */
  readonly replications?: ReadonlyArray<ReplicationReport>
  /** Paired comparisons of two scenarios (`compareScenarios`). */
  readonly comparisons?: ReadonlyArray<Comparison>
  /** Display names of the scenarios. */
  readonly names?: Readonly<Record<string, string>>
  readonly sweeps?: ReadonlyArray<{
    readonly title?: Message
    readonly x: Message
    readonly y: Message
    readonly curves: ReadonlyArray<SweepCurve>
  }>
}

/**
 * The simulation section: distributions of waits and cycle times, queues
 * and waits by hour with bands, scenarios and paired differences with
 * intervals, utilisation, and sweeps.
 *
 * @example
 * ```ts
 * import { simulationSection } from "@tongban/report"
 *
 * simulationSection({}).blocks.length // 0
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const simulationSection = (results: SimulationResults): Section => {
  const id = "simulation"
  const title = { zh: "大厅与审批仿真", en: "Simulating the hall and its back offices" }
  const invalid = invalidSection("simulationSection", SimulationResultsSchema, results, id, title)
  if (invalid !== undefined) return invalid
  const names = results.names === undefined ? {} : { names: results.names }
  const blocks: Array<Block> = []
  const merged = results.results ?? []
  const replications = results.replications ?? []
  if (merged.length > 0) {
    blocks.push(fig(distributionFigure(merged, "wait", names)))
    blocks.push(fig(distributionFigure(merged, "cycleDays", names)))
  }
  if (replications.length > 0) {
    blocks.push(fig(byHourFigure(replications, "meanQueue", names)))
    blocks.push(fig(byHourFigure(replications, "meanWait", names)))
    blocks.push(fig(scenarioFigure(replications, undefined, names)))
  }
  for (const c of results.comparisons ?? []) blocks.push(fig(comparisonFigure(c, undefined, names)))
  if (merged.length > 0) blocks.push(fig(utilisationFigure(merged, names)))
  for (const s of results.sweeps ?? [])
    blocks.push(fig(sweepFigure(s.curves, { x: s.x, y: s.y }, s.title === undefined ? {} : { title: s.title })))
  return { id, title, blocks }
}

/**
 * The results a catalog section draws.
 *
 * @since 0.1.0
 * @category models
 */
export interface CatalogResults {
  /** A diff of two versions (`diffCatalogues`): its four reductions are drawn. */
  readonly diff?: { readonly fourReductions: FourReductionsView }
  readonly stats?: CatalogueStatsView
  /** The completeness of a list read leniently (`catalogueCompleteness`). */
  readonly completeness?: CompletenessView
  /** Labels of the two versions a diff compares. */
  readonly versions?: { readonly before: string; readonly after: string }
}

/**
 * The catalog section: the four reductions, the department shares and the
 * completeness of a list.
 *
 * @example
 * ```ts
 * import { catalogSection } from "@tongban/report"
 *
 * catalogSection({}).title.zh // "事项目录与四减"
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const catalogSection = (results: CatalogResults): Section => {
  const id = "catalog"
  const title = { zh: "事项目录与四减", en: "The matter catalogue and the four reductions" }
  return (
    invalidSection("catalogSection", CatalogResultsSchema, results, id, title) ?? {
      id,
      title,
      blocks: [
        ...(results.diff === undefined
          ? []
          : [
              fig(
                fourReductionsFigure(
                  results.diff.fourReductions,
                  results.versions === undefined ? {} : { labels: results.versions }
                )
              )
            ]),
        ...(results.stats === undefined ? [] : [fig(departmentSharesFigure(results.stats))]),
        ...(results.completeness === undefined ? [] : [fig(completenessFigure(results.completeness))])
      ]
    }
  )
}

/**
 * The results a scoring section draws: assessments with a display name.
 *
 * @since 0.1.0
 * @category models
 */
export interface ScoringResults {
  readonly assessments?: ReadonlyArray<{ readonly name?: Message; readonly assessment: AssessmentView }>
}

/**
 * The scoring section: for each assessment, the distribution of scores,
 * the ranking and the award winners with their reasons.
 *
 * @example
 * ```ts
 * import { scoringSection } from "@tongban/report"
 *
 * scoringSection({ assessments: [] }).blocks // []
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const scoringSection = (results: ScoringResults): Section => {
  const id = "scoring"
  const title = { zh: "窗口考核与服务之星", en: "Assessing windows and staff, Service Stars" }
  return (
    invalidSection("scoringSection", ScoringResultsSchema, results, id, title) ?? {
      id,
      title,
      blocks: (results.assessments ?? []).flatMap(({ name, assessment }, i): ReadonlyArray<Block> => {
        const id = `${i + 1}`
        // An assessment of the wrong shape is drawn as its figures' issues, under a title that does not read it.
        const rubric = AssessmentViewSchema.safeParse(assessment).success ? assessment.rubric : `${i + 1}`
        const title = name ?? { zh: rubric, en: rubric }
        const table = awardTable(assessment)
        return [
          fig(
            scoreDistributionFigure(assessment, {
              id: `score-distribution-${id}`,
              title: { zh: `得分分布：${title.zh}`, en: `Distribution of scores: ${title.en}` }
            })
          ),
          fig(
            rankingFigure(assessment, {
              id: `ranking-${id}`,
              title: { zh: `排名前 20：${title.zh}`, en: `Top 20: ${title.en}` }
            })
          ),
          ...(table.rows.length === 0
            ? []
            : [
                {
                  kind: "table" as const,
                  title: { zh: `获奖者及理由：${title.zh}`, en: `Winners and reasons: ${title.en}` },
                  table
                }
              ])
        ]
      })
    }
  )
}
