/**
 * `tongban calendar` and `tongban due`: working-day calendars and due dates
 * from `@tongban/deadline`.
 *
 * Glossary: 工作日 = working day, 节假日 = holiday, 到期日 = due date,
 * 暂停 = suspension, 延长 = extension, 预警 = warning.
 *
 * @since 0.1.0
 */
import { type Issue, type LocalDate, parseLocalDate, type Result } from "@tongban/core"
import {
  type CaseEvent,
  caseClock,
  listDays,
  parseTimeLimit,
  SUSPENSION_REASONS,
  type SuspensionReason
} from "@tongban/deadline"
import { defineCommand, type Outcome } from "../command.js"
import { type Context, UsageError } from "../context.js"
import { repeatableOption, requiredTextOption, textOption } from "../options.js"
import { announcedThroughOption, calendarFor, layerOption, provisionalOption } from "./shared.js"

const provisionalNote = {
  zh: "注：结果含预测日期（该年通知尚未公布），通知公布后请复核",
  en: "note: the result rests on projected days (that year's notice is not out yet); check it again when the notice is published"
}

const from = requiredTextOption("--from <date>", { zh: "开始日期", en: "first date" })
const to = requiredTextOption("--to <date>", { zh: "结束日期", en: "last date" })

const date = (text: string, name: string): Result<LocalDate> => parseLocalDate(text, { path: [name] })

const failed = (...results: ReadonlyArray<Result<unknown>>): ReadonlyArray<Issue> =>
  results.flatMap((r) => (r.ok ? [] : r.issues))

/** `tongban calendar --from D --to D [--layer FILE]…`: each day of a range, working or not, and why. */
export const calendarCommand = defineCommand({
  name: "calendar",
  description: { zh: "列出日期范围内每天是否工作日及原因", en: "list each day of a range: working or not, and why" },
  formats: ["table", "csv", "json"],
  options: [from, to, layerOption, provisionalOption, announcedThroughOption],
  run: ({ get, ctx }) => {
    const first = date(get(from), "from")
    const last = date(get(to), "to")
    if (!first.ok || !last.ok) return { ok: false, issues: failed(first, last) }
    const provisional = get(provisionalOption)
    const calendar = calendarFor(ctx, get(layerOption), provisional, {
      announcedThrough: get(announcedThroughOption),
      through: Number(last.value.slice(0, 4))
    })
    if (!calendar.ok) return calendar
    const days = listDays(first.value, last.value, { calendar: calendar.value })
    if (!days.ok) return days
    const holiday = (d: (typeof days.value)[number]): string =>
      d.name !== undefined && (d.kind === "day_off" || d.kind === "cancelled_make_up") ? ctx.t(d.name) : ""
    return {
      ok: true,
      value: {
        json: days.value,
        table: provisional
          ? {
              columns: ["date", "working", "holiday", "provisional"],
              rows: days.value.map((d) => [d.date, d.working ? 1 : 0, holiday(d), d.provisional ? 1 : 0])
            }
          : {
              columns: ["date", "working", "holiday"],
              rows: days.value.map((d) => [d.date, d.working ? 1 : 0, holiday(d)])
            }
      }
    }
  }
})

const start = requiredTextOption("--from <date>", {
  zh: "起算日（受理日，当日不计入）",
  en: "start date (acceptance; not counted)"
})
const limitOption = requiredTextOption("--limit <limit>", {
  zh: "时限，如 20wd、15d、3m、20个工作日",
  en: "time limit, e.g. 20wd, 15d, 3m, 20个工作日"
})
const suspend = repeatableOption("--suspend <range>", {
  zh: "暂停区间 A..B[:原因]（可重复）",
  en: "suspended range A..B[:reason] (repeatable)"
})
const extend = repeatableOption("--extend <limit>", {
  zh: "延长期限，如 10wd（可重复）",
  en: "extension, e.g. 10wd (repeatable)"
})
const asOfOption = textOption("--as-of <date>", {
  zh: "查看日（默认起算日）",
  en: "the day the clock is read (default: the start date)"
})

/**
 * Beyond coverage a case clock still knows the working days used so far
 * (the issue's facts `elapsed`, `asOf`, `limit`): the table shows them
 * after the issue. JSON keeps the issue alone, whose facts carry the same.
 */
const beside = (issues: ReadonlyArray<Issue>, ctx: Context, limit: string): Outcome => {
  const known = issues.find((i) => typeof i.facts.elapsed === "number")
  if (known === undefined) return { ok: false, issues }
  const f = known.facts
  const text = (x: unknown) => (typeof x === "string" || typeof x === "number" ? String(x) : "")
  return {
    ok: false,
    issues,
    value: {
      table: {
        columns: ["date", "kind", "note"],
        rows: [
          [
            text(f.asOf),
            "elapsed",
            ctx.t({
              zh: `截至 ${text(f.asOf)} 已用 ${text(f.elapsed)} 个工作日（时限 ${limit}）；到期日在日历覆盖范围之外，见上`,
              en: `${text(f.elapsed)} working days used by ${text(f.asOf)} (limit ${limit}); the due date lies beyond the calendar's coverage, see above`
            })
          ]
        ]
      }
    }
  }
}

const REASONS = Object.keys(SUSPENSION_REASONS)
const isReason = (s: string): s is SuspensionReason => REASONS.includes(s)

/** `tongban due --from D --limit 20wd …`: the due date, remaining days and warning level, with a trace. */
export const dueCommand = defineCommand({
  name: "due",
  description: {
    zh: "计算到期日、剩余工作日和预警等级，并说明跳过的每一天",
    en: "compute a due date, remaining days and warning level, explaining every skipped day"
  },
  formats: ["table", "json"],
  options: [start, limitOption, suspend, extend, asOfOption, layerOption, provisionalOption, announcedThroughOption],
  run: ({ get, ctx, format }) => {
    const first = date(get(start), "from")
    if (!first.ok) return first
    const limit = parseTimeLimit(get(limitOption), { path: ["limit"] })
    if (!limit.ok) return limit
    const asOfText = get(asOfOption)
    const asOf = asOfText === undefined ? first : date(asOfText, "as-of")
    if (!asOf.ok) return asOf
    const events: Array<CaseEvent> = [{ type: "accepted", date: first.value }]
    const issues: Array<Issue> = []
    for (const [i, range] of get(suspend).entries()) {
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
      issues.push(...failed(a, b))
      if (a.ok && b.ok) events.push({ type: "suspended", date: a.value, reason }, { type: "resumed", date: b.value })
    }
    for (const [i, ext] of get(extend).entries()) {
      const by = parseTimeLimit(ext, { path: ["extend", i] })
      if (by.ok)
        events.push({
          type: "extended",
          date: first.value,
          by: by.value,
          approvedBy: ctx.t({ zh: "负责人", en: "the head of the agency" })
        })
      else issues.push(...by.issues)
    }
    if (issues.length > 0) return { ok: false, issues }
    const calendar = calendarFor(ctx, get(layerOption), get(provisionalOption), {
      announcedThrough: get(announcedThroughOption)
    })
    if (!calendar.ok) return calendar
    const clock = caseClock(events, { calendar: calendar.value, limit: limit.value, asOf: asOf.value })
    if (!clock.ok) return format === "table" ? beside(clock.issues, ctx, get(limitOption)) : clock
    const c = clock.value
    return {
      ok: true,
      value: {
        json: {
          due: c.due,
          remaining: c.remaining,
          level: c.level,
          elapsed: c.elapsed,
          start: c.start,
          limit: c.limit,
          excluded: c.excluded,
          trace: c.trace,
          provisional: c.provisional === true
        },
        table: {
          columns: ["date", "kind", "note"],
          rows: [
            ...c.trace.map((s) => [
              s.date,
              s.kind,
              `${ctx.t(s.message)}${s.source === undefined ? "" : ` (${s.source})`}${s.provisional ? ctx.t({ zh: " [预测]", en: " [projected]" }) : ""}`
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
        },
        ...(c.provisional ? { footer: [ctx.t(provisionalNote)] } : {})
      }
    }
  }
})
