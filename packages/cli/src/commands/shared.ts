/**
 * What several command modules declare alike: the calendar layers option
 * and the national calendar with those layers.
 *
 * @since 0.2.0
 */
import type { Issue, Result } from "@tongban/core"
import { type CalendarLayer, chinaCalendar, parseCalendarLayer, type WorkCalendar, withLayers } from "@tongban/deadline"
import type { Context } from "../context.js"
import { repeatableOption } from "../options.js"

/** `--layer FILE`, repeatable: local calendar layers over the national calendar. */
export const layerOption = repeatableOption("--layer <file>", {
  zh: "地方日历图层（JSON，可重复）",
  en: "local calendar layer (JSON, repeatable)"
})

/** The national calendar with the layers read from files. */
export const calendarWith = (ctx: Context, files: ReadonlyArray<string>): Result<WorkCalendar> => {
  const layers: Array<CalendarLayer> = []
  const issues: Array<Issue> = []
  files.forEach((file, i) => {
    const layer = parseCalendarLayer(ctx.readText(file), { path: ["layer", i] })
    if (layer.ok) layers.push(layer.value)
    else issues.push(...layer.issues)
  })
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: withLayers(chinaCalendar, layers) }
}
