/**
 * `tongban date`: read a date the way every tongban package does.
 *
 * @since 0.1.0
 */
import { dayOfWeek, formatLocalDate, parseLocalDate, toDayNumber } from "@tongban/core"
import { ExitCode } from "../context.js"
import type { Registrar } from "../program.js"

/**
 * Adds `tongban date DATE…`.
 *
 * @example
 * ```ts
 * import { run } from "@tongban/cli"
 * // tongban date 2026-10-01 --format json
 * typeof run // "function"
 * ```
 *
 * @since 0.1.0
 * @category commands
 */
export const registerCore = ({ program, ctx, action }: Registrar): void => {
  program
    .command("date")
    .description(ctx.t({ zh: "校验并显示日期（YYYY-MM-DD）", en: "check and show dates (YYYY-MM-DD)" }))
    .argument("<dates...>", ctx.t({ zh: "一个或多个日期", en: "one or more dates" }))
    .action(
      action((dates) => {
        const format = ctx.format(["table", "json", "csv"], "table")
        const list = Array.isArray(dates) ? dates : []
        const rows = []
        for (const [i, text] of list.entries()) {
          const parsed = parseLocalDate(text, { path: ["dates", i] })
          if (!parsed.ok) {
            ctx.printIssues(parsed.issues, format)
            return ExitCode.invalid
          }
          const d = parsed.value
          rows.push({
            date: d,
            weekday: dayOfWeek(d),
            dayNumber: toDayNumber(d),
            zh: formatLocalDate(d, { style: "zh", weekday: true }),
            en: formatLocalDate(d, { style: "en", weekday: true })
          })
        }
        ctx.print(
          {
            json: rows,
            table: {
              columns: ["date", "weekday", "dayNumber", "zh", "en"],
              rows: rows.map((r) => [r.date, r.weekday, r.dayNumber, r.zh, r.en])
            }
          },
          format
        )
        return ExitCode.ok
      })
    )
}
