/**
 * What several command modules declare alike: the calendar options
 * (`--layer`, `--provisional`, `--announced-through`) and the calendar they
 * make.
 *
 * @since 0.2.0
 */
import { fail, parseJson, prefixIssues, type Result } from "@tongban/core"
import {
  type CalendarLayer,
  chinaCalendar,
  chinaYears,
  parseCalendarLayer,
  parseNotice,
  type WorkCalendar,
  withLayers
} from "@tongban/deadline"
import { provisionalChinaCalendar } from "@tongban/deadline/provisional"
import { type Context, UsageError } from "../context.js"
import { flagOption, optionalNumberOption, repeatableOption } from "../options.js"

/** `--layer FILE`, repeatable: local calendar layers over the national calendar. */
export const layerOption = repeatableOption("--layer <file>", {
  zh: "地方日历图层（JSON，可重复）",
  en: "local calendar layer (JSON, repeatable)"
})

/** `--provisional`: years after the last notice projected from the statute, and flagged. */
export const provisionalOption = flagOption("--provisional", {
  zh: "最后一份通知之后的年份按《全国年节及纪念日放假办法》预测（结果标注为预测）",
  en: "project the years after the last notice from the statute (results flagged provisional)"
})

/** `--announced-through YEAR`, with `--provisional`: a backtest from that year's notices. */
export const announcedThroughOption = optionalNumberOption(
  "--announced-through <year>",
  {
    zh: "与 --provisional 同用：只用到该年为止的通知，其后各年预测（回测）",
    en: "with --provisional: use the notices up to this year and project the later years (backtest)"
  },
  { integer: true, min: 2004, max: 2100 }
)

/** A `--layer` file: a calendar layer, or a State Council notice file (it has a `notice` number). */
const readLayer = (ctx: Context, file: string, i: number): Result<{ layer: CalendarLayer; notice: boolean }> => {
  const json = parseJson(ctx.readText(file))
  if (!json.ok) return fail(prefixIssues(json.issues, ["layer", i]))
  const value = json.value
  const notice = typeof value === "object" && value !== null && !Array.isArray(value) && Object.hasOwn(value, "notice")
  const layer = notice ? parseNotice(value, { path: ["layer", i] }) : parseCalendarLayer(value, { path: ["layer", i] })
  return layer.ok ? { ok: true, value: { layer: layer.value, notice } } : layer
}

/**
 * The calendar a command computes on: the national one with the `--layer`
 * files on top (a notice file's year extends the coverage), or with
 * `provisional` the provisional one (the notice files join the announced
 * years, later years are projected from `announcedThrough + 1`, through at
 * least `through`) with the other layers on top.
 */
export const calendarFor = (
  ctx: Context,
  files: ReadonlyArray<string>,
  provisional: boolean,
  options?: { readonly announcedThrough?: number | undefined; readonly through?: number }
): Result<WorkCalendar> => {
  if (!provisional && options?.announcedThrough !== undefined)
    throw new UsageError({
      zh: "--announced-through 需与 --provisional 同用",
      en: "--announced-through needs --provisional"
    })
  const read = files.map((file, i) => readLayer(ctx, file, i))
  const issues = read.flatMap((r) => (r.ok ? [] : r.issues))
  if (issues.length > 0) return { ok: false, issues }
  const layers = read.flatMap((r) => (r.ok ? [r.value] : []))
  const notices = layers.filter((l) => l.notice).map((l) => l.layer)
  const others = layers.filter((l) => !l.notice).map((l) => l.layer)
  if (!provisional) return { ok: true, value: withLayers(chinaCalendar, [...notices, ...others]) }
  const announced = options?.announcedThrough
  const years = [...chinaYears, ...notices]
  const last = years.reduce((m, l) => Math.max(m, Number(l.coverage?.to.slice(0, 4) ?? 0)), 0)
  const base = provisionalChinaCalendar({
    years,
    ...(announced === undefined ? {} : { announcedThrough: announced }),
    through: Math.max(options?.through ?? 0, (announced ?? last) + 5)
  })
  if (!base.ok) return base
  return { ok: true, value: withLayers(base.value, others) }
}
