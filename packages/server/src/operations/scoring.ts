// The operations of @tongban/scoring: a period's scores under a rubric
// (a county's own, or a built-in one by name), and 好差评 statistics with
// the rectification of bad reviews on time.
//
// Glossary: 考核 = assessment, 评分细则 = rubric, 好差评 = good/bad review,
// 整改 = rectification.
import { fail, prefixIssues } from "@tongban/core"
import {
  jointLiabilityRubric,
  parseEvents,
  parseRubric,
  quarterlyDeductionRubric,
  type Rubric,
  RubricSchema,
  type ReviewOptions,
  reviewStats,
  ScoringEventSchema,
  score,
  windowMaximum110Rubric
} from "@tongban/scoring"
import * as z from "zod"
import { exampleEvents } from "../internal/examples.js"
import { CalendarChoiceSchema, calendarOf, LimitSchema, LocalDateSchema } from "../internal/schemas.js"
import { defineOperation, type Operation } from "../Operation.js"

const PRESETS = {
  "quarterly-deduction": quarterlyDeductionRubric,
  "window-110": windowMaximum110Rubric,
  "joint-liability": jointLiabilityRubric
} as const satisfies Record<string, Rubric>

const EventsSchema = z.array(ScoringEventSchema).max(200_000)

const scoreOp = defineOperation({
  id: "score",
  path: "/scoring/score",
  tag: "scoring",
  summary: {
    zh: "考核评分：按评分细则（县里自定的 JSON，或内置细则名）给一个考核期的人员或窗口打分，逐项说明加减分理由，并排名",
    en: "score a period: staff or windows under a rubric (a county's own JSON, or a built-in one by name), each point added or deducted with its reason, ranked"
  },
  heavy: false,
  body: z.strictObject({
    rubric: z.union([z.enum(["quarterly-deduction", "window-110", "joint-liability"]), RubricSchema]),
    events: EventsSchema,
    period: z.string().max(20).exactOptional().meta({ description: "the period, e.g. 2026-Q3" })
  }),
  example: { rubric: "quarterly-deduction", events: exampleEvents, period: "2026-Q3" },
  invalidExample: { rubric: "quarterly-deduction", events: [{ kind: "attendance", date: "2026-07-06" }] },
  run: (body) => {
    const rubric =
      typeof body.rubric === "string"
        ? { ok: true as const, value: PRESETS[body.rubric] }
        : parseRubric(body.rubric, { path: ["rubric"] })
    if (!rubric.ok) return rubric
    const events = parseEvents(body.events)
    if (!events.ok) return fail(prefixIssues(events.issues, ["events"]))
    return score(rubric.value, events.value, body.period === undefined ? {} : { period: body.period })
  }
})

const reviews = defineOperation({
  id: "reviewStats",
  path: "/scoring/review-stats",
  tag: "scoring",
  summary: {
    zh: "好差评统计：满意率、差评及其整改是否按期（到期日按工作日历计算），按人员、窗口或部门分列",
    en: "好差评 statistics: satisfaction, bad reviews and whether each was rectified on time (due dates on the working-day calendar), by staff, window or department"
  },
  heavy: false,
  body: z.strictObject({
    events: EventsSchema,
    limit: LimitSchema.exactOptional().meta({ description: "the rectification limit (default 5 working days)" }),
    period: z.string().max(20).exactOptional(),
    asOf: LocalDateSchema.exactOptional(),
    groupBy: z.enum(["staff", "window", "department"]).exactOptional(),
    calendar: CalendarChoiceSchema.exactOptional()
  }),
  example: {
    events: [
      { kind: "evaluation", date: "2026-07-06", staff: "s1", window: "w1", level: "very_satisfied" },
      { kind: "evaluation", date: "2026-07-07", staff: "s1", window: "w1", level: "dissatisfied" }
    ],
    asOf: "2026-07-31"
  },
  invalidExample: { events: [{ kind: "evaluation", date: "2026-07-06", level: "great" }] },
  run: (body) => {
    const events = parseEvents(body.events)
    if (!events.ok) return fail(prefixIssues(events.issues, ["events"]))
    const calendar = calendarOf(body.calendar)
    if (!calendar.ok) return calendar
    const options: ReviewOptions = {
      calendar: calendar.value,
      ...(body.limit === undefined ? {} : { limit: body.limit }),
      ...(body.period === undefined ? {} : { period: body.period }),
      ...(body.asOf === undefined ? {} : { asOf: body.asOf }),
      ...(body.groupBy === undefined ? {} : { groupBy: body.groupBy })
    }
    return reviewStats(events.value, options)
  }
})

/** The operations of `@tongban/scoring`. */
export const scoringOperations: ReadonlyArray<Operation> = [scoreOp, reviews]
