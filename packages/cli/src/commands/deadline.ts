/**
 * `tongban calendar` and `tongban due`: working-day calendars and due dates
 * from `@tongban/deadline`.
 *
 * Glossary: 工作日 = working day, 节假日 = holiday, 到期日 = due date,
 * 暂停 = suspension, 延长 = extension, 预警 = warning.
 *
 * @since 0.1.0
 */
import { type Issue, parseLocalDate, type Result } from "@tongban/core"
import {
  type CalendarLayer,
  type CaseEvent,
  caseClock,
  chinaCalendar,
  listDays,
  parseCalendarLayer,
  parseTimeLimit,
  type SuspensionReason,
  SUSPENSION_REASONS,
  type WorkCalendar,
  withLayers
} from "@tongban/deadline"
import { type Context, ExitCode, type Format, UsageError } from "../context.js"
import type { Registrar } from "../program.js"

const collect = (value: string, previous: Array<string>): Array<string> => [...previous, value]

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined)
const list = (value: unknown): ReadonlyArray<string> =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []

/** The national calendar with the layers read from files. */
const calendarWith = (ctx: Context, files: ReadonlyArray<string>): Result<WorkCalendar> => {
  const layers: Array<CalendarLayer> = []
  const issues: Array<Issue> = []
  files.forEach((file, i) => {
    const layer = parseCalendarLayer(ctx.readText(file), { path: ["layer", i] })
    if (layer.ok) layers.push(layer.value)
    else issues.push(...layer.issues)
  })
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: withLayers(chinaCalendar, layers) }
}

const dateOption = (value: unknown, name: string) => {
  const raw = text(value)
  if (raw === undefined) throw new UsageError({ zh: `缺少 --${name}`, en: `missing --${name}` })
  return parseLocalDate(raw, { path: [name] })
}

const fail = (ctx: Context, issues: ReadonlyArray<Issue>, format: Format): number => {
  ctx.printIssues(issues, format)
  return ExitCode.invalid
}

const REASONS = Object.keys(SUSPENSION_REASONS)
const isReason = (s: string): s is SuspensionReason => REASONS.includes(s)

/**
 * Adds `tongban calendar` and `tongban due`.
 *
 * @example
 * ```ts
 * import { run } from "@tongban/cli"
 * // tongban calendar --from 2024-09-28 --to 2024-10-08 --format csv
 * // tongban due --from 2024-09-27 --limit 20wd --format json
 * typeof run // "function"
 * ```
 *
 * @since 0.1.0
 * @category commands
 */
export const registerDeadline = ({ program, ctx, action }: Registrar): void => {
  program
    .command("calendar")
    .description(
      ctx.t({ zh: "列出日期范围内每天是否工作日及原因", en: "list each day of a range: working or not, and why" })
    )
    .option("--from <date>", ctx.t({ zh: "开始日期", en: "first date" }))
    .option("--to <date>", ctx.t({ zh: "结束日期", en: "last date" }))
    .option(
      "--layer <file>",
      ctx.t({ zh: "地方日历图层（JSON，可重复）", en: "local calendar layer (JSON, repeatable)" }),
      collect,
      []
    )
    .action(
      action((opts) => {
        const format = ctx.format(["table", "csv", "json"], "table")
        const o = typeof opts === "object" && opts !== null ? opts : {}
        const from = dateOption(Reflect.get(o, "from"), "from")
        const to = dateOption(Reflect.get(o, "to"), "to")
        if (!from.ok || !to.ok) return fail(ctx, [...(from.ok ? [] : from.issues), ...(to.ok ? [] : to.issues)], format)
        const calendar = calendarWith(ctx, list(Reflect.get(o, "layer")))
        if (!calendar.ok) return fail(ctx, calendar.issues, format)
        const days = listDays(from.value, to.value, { calendar: calendar.value })
        if (!days.ok) return fail(ctx, days.issues, format)
        const holiday = (d: (typeof days.value)[number]): string =>
          d.name !== undefined && (d.kind === "day_off" || d.kind === "cancelled_make_up") ? ctx.t(d.name) : ""
        ctx.print(
          {
            json: days.value,
            table: {
              columns: ["date", "working", "holiday"],
              rows: days.value.map((d) => [d.date, d.working ? 1 : 0, holiday(d)])
            }
          },
          format
        )
        return ExitCode.ok
      })
    )

  program
    .command("due")
    .description(
      ctx.t({
        zh: "计算到期日、剩余工作日和预警等级，并说明跳过的每一天",
        en: "compute a due date, remaining days and warning level, explaining every skipped day"
      })
    )
    .option("--from <date>", ctx.t({ zh: "起算日（受理日，当日不计入）", en: "start date (acceptance; not counted)" }))
    .option(
      "--limit <limit>",
      ctx.t({ zh: "时限，如 20wd、15d、3m、20个工作日", en: "time limit, e.g. 20wd, 15d, 3m, 20个工作日" })
    )
    .option(
      "--suspend <range>",
      ctx.t({ zh: "暂停区间 A..B[:原因]（可重复）", en: "suspended range A..B[:reason] (repeatable)" }),
      collect,
      []
    )
    .option(
      "--extend <limit>",
      ctx.t({ zh: "延长期限，如 10wd（可重复）", en: "extension, e.g. 10wd (repeatable)" }),
      collect,
      []
    )
    .option(
      "--as-of <date>",
      ctx.t({ zh: "查看日（默认起算日）", en: "the day the clock is read (default: the start date)" })
    )
    .option(
      "--layer <file>",
      ctx.t({ zh: "地方日历图层（JSON，可重复）", en: "local calendar layer (JSON, repeatable)" }),
      collect,
      []
    )
    .action(
      action((opts) => {
        const format = ctx.format(["table", "json"], "table")
        const o = typeof opts === "object" && opts !== null ? opts : {}
        const from = dateOption(Reflect.get(o, "from"), "from")
        if (!from.ok) return fail(ctx, from.issues, format)
        const limitText = text(Reflect.get(o, "limit"))
        if (limitText === undefined) throw new UsageError({ zh: "缺少 --limit", en: "missing --limit" })
        const limit = parseTimeLimit(limitText, { path: ["limit"] })
        if (!limit.ok) return fail(ctx, limit.issues, format)
        const asOfText = text(Reflect.get(o, "asOf"))
        const asOf = asOfText === undefined ? from : parseLocalDate(asOfText, { path: ["as-of"] })
        if (!asOf.ok) return fail(ctx, asOf.issues, format)
        const events: Array<CaseEvent> = [{ type: "accepted", date: from.value }]
        const issues: Array<Issue> = []
        for (const [i, range] of list(Reflect.get(o, "suspend")).entries()) {
          const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})(?::([a-z_]+))?$/.exec(range)
          if (m === null)
            throw new UsageError({
              zh: `--suspend 应写作 A..B 或 A..B:原因，而不是 ${range}`,
              en: `--suspend takes A..B or A..B:reason, not ${range}`
            })
          const reason = m[3] ?? "other"
          if (!isReason(reason))
            throw new UsageError({
              zh: `未知的暂停原因 ${reason}（可用：${REASONS.join(", ")}）`,
              en: `unknown suspension reason ${reason} (one of ${REASONS.join(", ")})`
            })
          const a = parseLocalDate(m[1], { path: ["suspend", i, "from"] })
          const b = parseLocalDate(m[2], { path: ["suspend", i, "to"] })
          if (!a.ok) issues.push(...a.issues)
          if (!b.ok) issues.push(...b.issues)
          if (a.ok && b.ok)
            events.push({ type: "suspended", date: a.value, reason }, { type: "resumed", date: b.value })
        }
        for (const [i, ext] of list(Reflect.get(o, "extend")).entries()) {
          const by = parseTimeLimit(ext, { path: ["extend", i] })
          if (by.ok)
            events.push({
              type: "extended",
              date: from.value,
              by: by.value,
              approvedBy: ctx.t({ zh: "负责人", en: "the head of the agency" })
            })
          else issues.push(...by.issues)
        }
        if (issues.length > 0) return fail(ctx, issues, format)
        const calendar = calendarWith(ctx, list(Reflect.get(o, "layer")))
        if (!calendar.ok) return fail(ctx, calendar.issues, format)
        const clock = caseClock(events, { calendar: calendar.value, limit: limit.value, asOf: asOf.value })
        if (!clock.ok) return fail(ctx, clock.issues, format)
        const c = clock.value
        ctx.print(
          {
            json: {
              due: c.due,
              remaining: c.remaining,
              level: c.level,
              elapsed: c.elapsed,
              start: c.start,
              limit: c.limit,
              excluded: c.excluded,
              trace: c.trace
            },
            table: {
              columns: ["date", "kind", "note"],
              rows: [
                ...c.trace.map((s) => [
                  s.date,
                  s.kind,
                  s.source === undefined ? ctx.t(s.message) : `${ctx.t(s.message)} (${s.source})`
                ]),
                ["", "", ""],
                [
                  c.due ?? "",
                  "due",
                  ctx.t({
                    zh: `剩余 ${String(c.remaining)}，预警 ${c.level}`,
                    en: `remaining ${String(c.remaining)}, level ${c.level}`
                  })
                ]
              ]
            }
          },
          format
        )
        return ExitCode.ok
      })
    )
}
