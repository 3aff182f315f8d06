/**
 * Section 1: dates and bilingual issues, the ground every package stands on.
 * T County's new hall opened on 2019-01-23 (the paper, section 1.1).
 */
import { formatIssues, formatLocalDate, getOrThrow, parseLocalDate } from "@tongban/core"
import { heading, line } from "./print.js"

export const run = (): void => {
  heading("一、日期与问题报告", "1. Dates and issue reports")
  const opened = getOrThrow(parseLocalDate("2019-01-23"))
  line(
    `新大厅启用 / new hall opened: ${formatLocalDate(opened, { style: "zh", weekday: true })} · ${formatLocalDate(opened, { style: "en", weekday: true })}`
  )
  for (const input of ["2026-02-30", "2026-2-3", ""]) {
    const result = parseLocalDate(input, { path: ["cases", 0, "received"] })
    if (!result.ok) line(formatIssues(result.issues, "both"))
  }
}
