// The operations of @tongban/deadline: due dates with their trace, case
// clocks, and the days of a range (working or not, and why).
//
// Glossary: 到期日 = due date, 办理时限 = time limit, 计时 = case clock,
// 预测 = provisional (projected from the statute, not yet announced).
import { fail, parseLocalDate, toDayNumber } from "@tongban/core"
import { type CaseEvent, CaseEventSchema, caseClock, explainDueDate, listDays, parseTimeLimit } from "@tongban/deadline"
import * as z from "zod"
import { defineOperation, type Operation } from "../Operation.js"
import { serverCodes } from "../IssueCodes.js"
import { CalendarChoiceSchema, calendarOf, LimitSchema, LocalDateSchema } from "../internal/schemas.js"

const EventListSchema = z.array(CaseEventSchema).min(1).max(10_000)

// The events checked by deadline's own schema, typed as deadline reads them.
const isCaseEvents = (events: unknown): events is Array<CaseEvent> => EventListSchema.safeParse(events).success

const EventsSchema = EventListSchema.pipe(z.custom<Array<CaseEvent>>(isCaseEvents))

const MAX_DAYS = 3_660

const DueBodySchema = z.strictObject({
  start: LocalDateSchema.meta({ description: "the start date (acceptance); not counted under next_day" }),
  limit: LimitSchema,
  startRule: z.enum(["next_day", "same_day"]).exactOptional(),
  calendar: CalendarChoiceSchema.exactOptional(),
  trace: z.boolean().exactOptional().meta({
    description:
      "true: the answer lists every day skipped, with its reason (weekend, which holiday, which notice); default false, the due date without the day-by-day list"
  })
})

type DueBody = z.output<typeof DueBodySchema>

const DATE = /^\d{4}-\d{2}-\d{2}$/

// The body most requests send, read by hand (zod's parse of it cost more
// than the due date): a plain object of `start` and a text `limit`, with
// `startRule` and `trace` or not. The values go through the same
// parseLocalDate and parseTimeLimit as the schema; anything else (a
// calendar, a limit object, an unknown key, any value the schema refuses)
// answers undefined and is read by zod, so each refusal is zod's.
// packages/server/test/DueCheck.test.ts holds it to the schema.
export const checkDueBody = (input: unknown): DueBody | undefined => {
  if (typeof input !== "object" || input === null || Object.getPrototypeOf(input) !== Object.prototype) return undefined
  let start: unknown
  let limit: unknown
  let startRule: unknown
  let trace: unknown
  // A key present with no value is refused, as exactOptional refuses it (null fails every check below).
  for (const key of Object.keys(input)) {
    const value: unknown = Reflect.get(input, key)
    if (key === "start") start = value
    else if (key === "limit") limit = value
    else if (key === "startRule") startRule = value ?? null
    else if (key === "trace") trace = value ?? null
    else return undefined
  }
  if (typeof start !== "string" || start.length > 10 || !DATE.test(start)) return undefined
  if (typeof limit !== "string" || limit.length > 40) return undefined
  if (startRule !== undefined && startRule !== "next_day" && startRule !== "same_day") return undefined
  if (trace !== undefined && typeof trace !== "boolean") return undefined
  const date = parseLocalDate(start)
  const period = parseTimeLimit(limit)
  if (!date.ok || !period.ok) return undefined
  return {
    start: date.value,
    limit: period.value,
    ...(startRule === undefined ? {} : { startRule }),
    ...(trace === undefined ? {} : { trace })
  }
}

/** POST /deadline/due */
const due = defineOperation({
  id: "dueDate",
  path: "/deadline/due",
  tag: "deadline",
  summary: {
    zh: "到期日：从起算日起按时限计算（民法典第二百零一至二百零三条）；trace 为 true 时说明跳过的每一天",
    en: "due date of a time limit from a start date (Civil Code arts. 201–203); with trace: true, every skipped day explained"
  },
  heavy: false,
  body: DueBodySchema,
  example: { start: "2024-09-20", limit: "15d" },
  invalidExample: { start: "2026-02-30", limit: "20wd" },
  check: checkDueBody,
  run: (body) => {
    const calendar = calendarOf(body.calendar)
    if (!calendar.ok) return calendar
    const explained = explainDueDate(body.start, body.limit, {
      calendar: calendar.value,
      ...(body.startRule === undefined ? {} : { startRule: body.startRule })
    })
    if (!explained.ok || body.trace === true) return explained
    // Without the trace: the due date, the working days counted and the rules, not the days one by one.
    const { skipped: _skipped, ...dueDate } = explained.value
    return { ok: true, value: dueDate }
  }
})

/** POST /deadline/case-clock */
const clock = defineOperation({
  id: "caseClock",
  path: "/deadline/case-clock",
  tag: "deadline",
  summary: {
    zh: "办件计时：由收件、受理、暂停、恢复、延长、办结等事件算出到期日、剩余工作日与预警等级",
    en: "case clock: due date, remaining days and warning level from the case's events (received, accepted, suspended, resumed, extended, concluded)"
  },
  heavy: false,
  body: z.strictObject({
    events: EventsSchema,
    limit: LimitSchema,
    asOf: LocalDateSchema.meta({ description: "the day the clock is read (today)" }),
    calendar: CalendarChoiceSchema.exactOptional()
  }),
  example: {
    events: [
      { type: "accepted", date: "2026-03-02" },
      { type: "suspended", date: "2026-03-05", reason: "inspection" },
      { type: "resumed", date: "2026-03-10" }
    ],
    limit: "20wd",
    asOf: "2026-03-20"
  },
  invalidExample: { events: [{ type: "paused", date: "2026-03-02" }], limit: "20wd", asOf: "2026-03-20" },
  run: (body) => {
    const calendar = calendarOf(body.calendar)
    if (!calendar.ok) return calendar
    return caseClock(body.events, { calendar: calendar.value, limit: body.limit, asOf: body.asOf })
  }
})

/** POST /deadline/calendar-days */
const days = defineOperation({
  id: "calendarDays",
  path: "/deadline/calendar-days",
  tag: "deadline",
  summary: {
    zh: "日历：列出日期范围内每天是否工作日及原因（哪个节日、哪份通知；预测日标注 provisional）",
    en: "calendar days: each day of a range, working or not, and why (which holiday, which notice; projected days flagged provisional)"
  },
  heavy: false,
  body: z.strictObject({
    from: LocalDateSchema,
    to: LocalDateSchema,
    calendar: CalendarChoiceSchema.exactOptional()
  }),
  example: { from: "2026-09-28", to: "2026-10-09" },
  invalidExample: { from: "2026-10-01", to: "20261009" },
  run: (body) => {
    const span = toDayNumber(body.to) - toDayNumber(body.from) + 1
    if (span > MAX_DAYS)
      return fail(serverCodes.issue("range_too_long", { path: ["to"], facts: { days: span, maxDays: MAX_DAYS } }))
    const calendar = calendarOf(body.calendar)
    if (!calendar.ok) return calendar
    return listDays(body.from, body.to, { calendar: calendar.value })
  }
})

/** The operations of `@tongban/deadline`. */
export const deadlineOperations: ReadonlyArray<Operation> = [due, clock, days]
