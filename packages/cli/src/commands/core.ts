/**
 * `tongban date`: read a date the way every tongban package does.
 *
 * @since 0.1.0
 */
import { dayOfWeek, formatLocalDate, parseLocalDate, toDayNumber } from "@tongban/core"
import { defineCommand } from "../command.js"
import { variadicArgument } from "../options.js"

const dates = variadicArgument("dates", { zh: "一个或多个日期", en: "one or more dates" })

/** `tongban date DATE…`: checks dates and shows them in both languages (`tongban date 2026-10-01 --format json`). */
export const dateCommand = defineCommand({
  name: "date",
  description: { zh: "校验并显示日期（YYYY-MM-DD）", en: "check and show dates (YYYY-MM-DD)" },
  formats: ["table", "json", "csv"],
  args: [dates],
  run: ({ get }) => {
    const rows = []
    for (const [i, text] of get(dates).entries()) {
      const parsed = parseLocalDate(text, { path: ["dates", i] })
      if (!parsed.ok) return parsed
      const d = parsed.value
      rows.push({
        date: d,
        weekday: dayOfWeek(d),
        dayNumber: toDayNumber(d),
        zh: formatLocalDate(d, { style: "zh", weekday: true }),
        en: formatLocalDate(d, { style: "en", weekday: true })
      })
    }
    return {
      ok: true,
      value: {
        json: rows,
        table: {
          columns: ["date", "weekday", "dayNumber", "zh", "en"],
          rows: rows.map((r) => [r.date, r.weekday, r.dayNumber, r.zh, r.en])
        }
      }
    }
  }
})
