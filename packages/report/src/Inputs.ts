/**
 * What each figure reads, as plain interfaces with a zod schema each: the
 * packages' own result objects fit them (they are the parts a figure
 * draws), and so do the JSON files the `tongban` command writes (`flow
 * schedule`, `due`, `catalog stats`, `catalog diff`, `score`), where a
 * missing value is an absent key or `null`. Extra fields are accepted and
 * ignored, so a result that gains fields still draws.
 *
 * 视图 = view (the part of a result a figure reads), 模式 = schema.
 *
 * @since 0.2.0
 */
import type { Message } from "@tongban/core"
import * as z from "zod"
import { DateText, FigureOptionsObject, fewEnough, TOO_MANY, Num, Share } from "./internal/schemas.js"

/** A bilingual text. */
export const MessageSchema: z.ZodType<Message> = z.object({ zh: z.string(), en: z.string() })

/**
 * One step of a dated schedule, as {@link ganttFigure} reads it.
 *
 * @since 0.2.0
 * @category models
 */
export interface ScheduledStepView {
  readonly name: string
  readonly department?: string | null | undefined
  readonly start: string
  readonly finish: string
  /** The earliest start, in working days from the flow's start. */
  readonly es: number
  readonly days: number
  readonly totalFloat: number
  readonly critical: boolean
}

/**
 * A dated schedule as {@link ganttFigure} reads it: approval's
 * `FlowSchedule`, or the JSON of `tongban flow schedule --format json`.
 *
 * @since 0.2.0
 * @category models
 */
export interface ScheduleView {
  readonly flow: string
  readonly name: string
  readonly start: string
  readonly finish: string
  readonly makespan: number
  readonly criticalPaths: ReadonlyArray<ReadonlyArray<string>>
  readonly steps: ReadonlyArray<ScheduledStepView>
}

/**
 * The schema of a {@link ScheduleView}.
 *
 * @example
 * ```ts
 * import { ScheduleViewSchema } from "@tongban/report"
 *
 * ScheduleViewSchema.safeParse({ flow: "f", name: "开办", start: "2024-09-30", finish: "2024-09-30", makespan: 1, criticalPaths: [], steps: [] }).success // true
 * ScheduleViewSchema.safeParse({ flow: "f" }).success // false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const ScheduleViewSchema: z.ZodType<ScheduleView> = z.object({
  flow: z.string(),
  name: z.string(),
  start: DateText,
  finish: DateText,
  makespan: Num,
  criticalPaths: z.array(z.array(z.string()).refine(fewEnough, TOO_MANY)).refine(fewEnough, TOO_MANY),
  steps: z
    .array(
      z.object({
        name: z.string(),
        department: z.string().nullish(),
        start: DateText,
        finish: DateText,
        es: Num,
        days: Num,
        totalFloat: Num,
        critical: z.boolean()
      })
    )
    .refine(fewEnough, TOO_MANY)
})

/**
 * A time limit as a figure reads it: an amount and its unit.
 *
 * @since 0.2.0
 * @category models
 */
export interface LimitView {
  readonly amount: number
  readonly unit: string
}

/**
 * A case clock as {@link caseClockFigure} reads it: deadline's `CaseClock`,
 * or the JSON of `tongban due --format json`.
 *
 * @since 0.2.0
 * @category models
 */
export interface ClockView {
  /** The limit with its extensions. */
  readonly limit: LimitView
  readonly due?: string | null | undefined
  readonly elapsed: number
  /** Negative when overdue; absent while the clock has not started. */
  readonly remaining?: number | null | undefined
  readonly level: "normal" | "yellow" | "red" | "overdue"
  /** The suspended periods, each with its days (not counted). */
  readonly excluded: ReadonlyArray<{ readonly days: number }>
}

const LimitSchema = z.object({ amount: Num, unit: z.string() })

/**
 * The schema of a {@link ClockView}.
 *
 * @example
 * ```ts
 * import { ClockViewSchema } from "@tongban/report"
 *
 * ClockViewSchema.safeParse({ limit: { amount: 20, unit: "working_day" }, due: "2026-03-30", elapsed: 0, remaining: 20, level: "normal", excluded: [] }).success // true
 * ClockViewSchema.safeParse({ limit: { amount: 20, unit: "working_day" }, elapsed: 0, level: "green", excluded: [] }).success // false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const ClockViewSchema: z.ZodType<ClockView> = z.object({
  limit: LimitSchema,
  due: DateText.nullish(),
  elapsed: Num,
  remaining: Num.nullish(),
  level: z.enum(["normal", "yellow", "red", "overdue"]),
  excluded: z.array(z.object({ days: Num })).refine(fewEnough, TOO_MANY)
})

/**
 * A case clock to draw, with a label and, when the limit was extended, the
 * limit before the extension.
 *
 * @since 0.1.0
 * @category models
 */
export interface LabelledClock {
  readonly label: string
  readonly clock: ClockView
  /** The limit before any extension (the clock's own `limit` includes extensions). */
  readonly baseLimit?: LimitView | undefined
}

/**
 * The schema of a {@link LabelledClock}.
 *
 * @example
 * ```ts
 * import { LabelledClockSchema } from "@tongban/report"
 *
 * LabelledClockSchema.safeParse({ label: "a", clock: null }).success // false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const LabelledClockSchema: z.ZodType<LabelledClock> = z.object({
  label: z.string(),
  clock: ClockViewSchema,
  baseLimit: LimitSchema.optional()
})

/**
 * The shares of a list of matters a figure draws (catalog's `MatterStats`);
 * a share is absent (or `null`) for an empty list.
 *
 * @since 0.2.0
 * @category models
 */
export interface MatterStatsView {
  readonly matters: number
  readonly immediateShare?: number | null | undefined
  readonly fullyOnlineShare?: number | null | undefined
  readonly atMostOneTripShare?: number | null | undefined
  readonly windowApprovedShare?: number | null | undefined
}

/**
 * A catalogue's statistics as {@link departmentSharesFigure} reads them:
 * catalog's `CatalogueStats`, or the JSON of `tongban catalog stats
 * --format json`.
 *
 * @since 0.2.0
 * @category models
 */
export interface CatalogueStatsView {
  readonly overall: MatterStatsView
  readonly departments: ReadonlyArray<{ readonly name: string; readonly stats: MatterStatsView }>
}

const MatterStatsSchema = z.object({
  matters: Num,
  immediateShare: Share,
  fullyOnlineShare: Share,
  atMostOneTripShare: Share,
  windowApprovedShare: Share
})

/**
 * The schema of a {@link CatalogueStatsView}.
 *
 * @example
 * ```ts
 * import { CatalogueStatsViewSchema } from "@tongban/report"
 *
 * CatalogueStatsViewSchema.safeParse({ overall: { matters: 0 }, departments: [] }).success // true
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const CatalogueStatsViewSchema: z.ZodType<CatalogueStatsView> = z.object({
  overall: MatterStatsSchema,
  departments: z.array(z.object({ name: z.string(), stats: MatterStatsSchema })).refine(fewEnough, TOO_MANY)
})

/**
 * The completeness of a list as {@link completenessFigure} reads it
 * (catalog's `CatalogueCompleteness`, also inside `catalog stats`' JSON).
 *
 * @since 0.2.0
 * @category models
 */
export interface CompletenessView {
  readonly overall: {
    readonly matters: number
    readonly share?: number | null | undefined
    readonly elements: ReadonlyArray<{
      readonly element: string
      readonly label: Message
      readonly carried: number
      readonly share?: number | null | undefined
    }>
  }
}

/**
 * The schema of a {@link CompletenessView}.
 *
 * @example
 * ```ts
 * import { CompletenessViewSchema } from "@tongban/report"
 *
 * CompletenessViewSchema.safeParse({ overall: { matters: 0, elements: [] } }).success // true
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const CompletenessViewSchema: z.ZodType<CompletenessView> = z.object({
  overall: z.object({
    matters: Num,
    share: Share,
    elements: z
      .array(z.object({ element: z.string(), label: MessageSchema, carried: Num, share: Share }))
      .refine(fewEnough, TOO_MANY)
  })
})

/**
 * One of the four reductions: the total before and after.
 *
 * @since 0.2.0
 * @category models
 */
export interface ReductionView {
  readonly before: number
  readonly after: number
  readonly reduction: number
  readonly percent?: number | null | undefined
}

/**
 * The four reductions (四减) as {@link fourReductionsFigure} reads them:
 * catalog's `FourReductions`, or `fourReductions` in the JSON of
 * `tongban catalog diff --format json`.
 *
 * @since 0.2.0
 * @category models
 */
export interface FourReductionsView {
  readonly steps: ReductionView
  readonly materials: ReductionView
  readonly time: ReductionView
  readonly trips: ReductionView
}

const ReductionSchema = z.object({ before: Num, after: Num, reduction: Num, percent: Share })

/**
 * The schema of a {@link FourReductionsView}.
 *
 * @example
 * ```ts
 * import { FourReductionsViewSchema } from "@tongban/report"
 *
 * const r = { before: 2, after: 1, reduction: 1, percent: 50 }
 * FourReductionsViewSchema.safeParse({ steps: r, materials: r, time: r, trips: r }).success // true
 * FourReductionsViewSchema.safeParse({ steps: r }).success // false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const FourReductionsViewSchema: z.ZodType<FourReductionsView> = z.object({
  steps: ReductionSchema,
  materials: ReductionSchema,
  time: ReductionSchema,
  trips: ReductionSchema
})

/**
 * One assessed staff member (or window) as the scoring figures read it.
 *
 * @since 0.2.0
 * @category models
 */
export interface EntityScoreView {
  readonly id: string
  readonly window?: string | null | undefined
  /** The exact score as text, `"98.50"`. */
  readonly score: string
  /** The exact score in hundredths, `9850`. */
  readonly hundredths: number
  readonly rank: number
  readonly grade?: { readonly name: Message } | null | undefined
}

/**
 * An assessment as the scoring figures read it: scoring's `Assessment`, or
 * the JSON of `tongban score --format json` (with whatever fields it gains).
 *
 * @since 0.2.0
 * @category models
 */
export interface AssessmentView {
  readonly rubric: string
  readonly period: { readonly id: string }
  readonly ranking: { readonly rule: Message }
  readonly scores: ReadonlyArray<EntityScoreView>
  readonly awards: ReadonlyArray<{
    readonly name: Message
    readonly winners: ReadonlyArray<{
      readonly id: string
      readonly reasons: ReadonlyArray<{ readonly message: Message }>
    }>
  }>
}

/**
 * The schema of an {@link AssessmentView}.
 *
 * @example
 * ```ts
 * import { AssessmentViewSchema } from "@tongban/report"
 *
 * const rule = { zh: "并列", en: "ties" }
 * AssessmentViewSchema.safeParse({ rubric: "r", period: { id: "2026-Q3" }, ranking: { rule }, scores: [], awards: [], extra: 1 }).success // true
 * AssessmentViewSchema.safeParse({ rubric: "r", period: { id: "2026-Q3" }, ranking: { rule }, scores: [{ id: "s1" }], awards: [] }).success // false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const AssessmentViewSchema: z.ZodType<AssessmentView> = z.object({
  rubric: z.string(),
  period: z.object({ id: z.string() }),
  ranking: z.object({ rule: MessageSchema }),
  scores: z
    .array(
      z.object({
        id: z.string(),
        window: z.string().nullish(),
        score: z.string(),
        hundredths: Num,
        rank: Num,
        grade: z.object({ name: MessageSchema }).nullish()
      })
    )
    .refine(fewEnough, TOO_MANY),
  awards: z
    .array(
      z.object({
        name: MessageSchema,
        winners: z
          .array(
            z.object({
              id: z.string(),
              reasons: z.array(z.object({ message: MessageSchema })).refine(fewEnough, TOO_MANY)
            })
          )
          .refine(fewEnough, TOO_MANY)
      })
    )
    .refine(fewEnough, TOO_MANY)
})

/**
 * The options every figure takes: its title and its id.
 *
 * @since 0.2.0
 * @category models
 */
export interface FigureOptions {
  readonly title?: Message | undefined
  readonly id?: string | undefined
}

/**
 * The schema of {@link FigureOptions}; a figure's own options extend it.
 *
 * @example
 * ```ts
 * import { FigureOptionsSchema } from "@tongban/report"
 *
 * FigureOptionsSchema.safeParse({ title: { zh: "图", en: "figure" } }).success // true
 * FigureOptionsSchema.safeParse({ title: "figure" }).success // false
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const FigureOptionsSchema: z.ZodType<FigureOptions> = FigureOptionsObject
