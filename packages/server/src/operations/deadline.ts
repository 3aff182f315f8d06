// The operations of @tongban/deadline: due dates with their trace, case
// clocks, and the days of a range (working or not, and why).
//
// Glossary: 到期日 = due date, 办理时限 = time limit, 计时 = case clock,
// 预测 = provisional (projected from the statute, not yet announced).
import { fail, toDayNumber } from "@tongban/core"
import { type CaseEvent, CaseEventSchema, caseClock, explainDueDate, listDays } from "@tongban/deadline"
import * as z from "zod"
import { defineOperation, type Operation } from "../Operation.js"
import { serverCodes } from "../IssueCodes.js"
import { CalendarChoiceSchema, calendarOf, LimitSchema, LocalDateSchema } from "../internal/schemas.js"

const EventListSchema = z.array(CaseEventSchema).min(1).max(10_000)

// The events checked by deadline's own schema, typed as deadline reads them.
const isCaseEvents = (events: unknown): events is Array<CaseEvent> => EventListSchema.safeParse(events).success

const EventsSchema = EventListSchema.pipe(z.custom<Array<CaseEvent>>(isCaseEvents))

const MAX_DAYS = 3_660

/** POST /deadline/due */
const due = defineOperation({
  id: "dueDate",
  path: "/deadline/due",
  tag: "deadline",
  summary: {
    zh: "到期日：从起算日起按时限计算，并说明跳过的每一天（民法典第二百零一至二百零三条）",
    en: "due date of a time limit from a start date, with every skipped day explained (Civil Code arts. 201–203)"
  },
  heavy: false,
  body: z.strictObject({
    start: LocalDateSchema.meta({ description: "the start date (acceptance); not counted under next_day" }),
    limit: LimitSchema,
    startRule: z.enum(["next_day", "same_day"]).exactOptional(),
    calendar: CalendarChoiceSchema.exactOptional()
  }),
  example: { start: "2024-09-20", limit: "15d" },
  invalidExample: { start: "2026-02-30", limit: "20wd" },
  run: (body) => {
    const calendar = calendarOf(body.calendar)
    if (!calendar.ok) return calendar
    return explainDueDate(body.start, body.limit, {
      calendar: calendar.value,
      ...(body.startRule === undefined ? {} : { startRule: body.startRule })
    })
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
