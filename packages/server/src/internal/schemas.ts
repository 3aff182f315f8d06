// Schemas the operations share: a calendar date (as core's parseLocalDate
// reads it), the calendar a request computes on, a time limit (as
// deadline's parseTimeLimit reads it), and the issue shape of every error.
import { type Fact, type LocalDate, parseLocalDate, type Result } from "@tongban/core"
import {
  CalendarLayerSchema,
  chinaCalendar,
  parseTimeLimit,
  type TimeLimit,
  TimeLimitSchema,
  type WorkCalendar,
  withLayers
} from "@tongban/deadline"
import { provisionalChinaCalendar } from "@tongban/deadline/provisional"
import * as z from "zod"

const refuse = (ctx: z.core.$RefinementCtx, result: Result<unknown>): void => {
  if (result.ok) return
  for (const issue of result.issues) {
    const facts: Record<string, Fact> = { ...issue.facts }
    ctx.addIssue({ code: "custom", path: [...issue.path], params: { ...facts, code: issue.code, ...issue.message } })
  }
}

/** A calendar date `YYYY-MM-DD`, read by core's `parseLocalDate`. */
export const LocalDateSchema = z
  .string()
  .max(10)
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ description: "a calendar date YYYY-MM-DD (1900–2200)", examples: ["2026-03-02"] })
  .transform((text, ctx): LocalDate => {
    const date = parseLocalDate(text)
    if (date.ok) return date.value
    refuse(ctx, date)
    return z.NEVER
  })

/** A time limit as text (`20wd`, `15d`, `3m`, `20个工作日`) or as deadline's TimeLimit object. */
export const LimitSchema = z
  .union([z.string().max(40), TimeLimitSchema])
  .meta({ description: "a time limit: text such as 20wd, 15d, 3m, 20个工作日, or { amount, unit }" })
  .transform((input, ctx): TimeLimit => {
    const limit = parseTimeLimit(input)
    if (limit.ok) return limit.value
    refuse(ctx, limit)
    return z.NEVER
  })

/** Which calendar a request computes on. */
export const CalendarChoiceSchema = z
  .strictObject({
    layers: z
      .array(CalendarLayerSchema)
      .max(20)
      .exactOptional()
      .meta({ description: "local layers over the national calendar (a province's or a centre's own days)" }),
    provisional: z.boolean().exactOptional().meta({
      description:
        "project the years after the last State Council notice from the statute (results then say provisional)"
    }),
    through: z
      .int()
      .min(2004)
      .max(2060)
      .exactOptional()
      .meta({ description: "with provisional: the last year to cover (default five years after the last notice)" })
  })
  .meta({ description: "the calendar: China's national calendar, optionally provisional, with local layers" })

/** The calendar choice of a body, as zod reads it. */
export type CalendarChoice = z.output<typeof CalendarChoiceSchema>

const provisionalCache = new Map<number, Result<WorkCalendar>>()

const provisional = (through: number | undefined): Result<WorkCalendar> => {
  const key = through ?? 0
  const cached = provisionalCache.get(key)
  if (cached !== undefined) return cached
  const made = provisionalChinaCalendar(through === undefined ? {} : { through })
  if (provisionalCache.size < 64) provisionalCache.set(key, made)
  return made
}

/** The calendar a body asks for: the national one (shared, indexed once), provisional, with layers. */
export const calendarOf = (choice: CalendarChoice | undefined): Result<WorkCalendar> => {
  const base = choice?.provisional === true ? provisional(choice.through) : { ok: true as const, value: chinaCalendar }
  if (!base.ok) return base
  const layers = choice?.layers ?? []
  return { ok: true, value: layers.length === 0 ? base.value : withLayers(base.value, layers) }
}

const FactSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.union([z.string(), z.number()]))])

/** One issue, as every package reports it. */
export const IssueSchema = z
  .strictObject({
    code: z.string().meta({ description: "stable snake_case code, for programs (docs/codes.md lists them all)" }),
    path: z.array(z.union([z.string(), z.number()])).meta({ description: "where the problem is in the body" }),
    facts: z.record(z.string(), FactSchema).meta({ description: "the values behind the message" }),
    message: z.strictObject({ zh: z.string(), en: z.string() }),
    severity: z.enum(["error", "warning"])
  })
  .meta({ description: "a problem found in the input, located and told in Chinese and English" })

/** The body of every 4xx and 5xx answer. */
export const FailureSchema = z
  .strictObject({ ok: z.literal(false), issues: z.array(IssueSchema) })
  .meta({ description: "the issues that stopped the request" })
