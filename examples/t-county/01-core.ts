/**
 * Section 1: dates, bilingual issues, CSV and seeded randomness, the ground
 * every package stands on. T County's new hall opened on 2019-01-23 (the
 * paper, section 1.1). The section also shows the one CSV writer every
 * package exports through (a matter name that starts with "=" cannot become
 * a live formula when the county opens the export in Excel), a month period
 * of 民法典第二百零二条, the registered issue codes, and the one seeded
 * generator the simulation and the scheduler draw from.
 */
import {
  addMonths,
  coreCodes,
  formatCsv,
  formatIssues,
  formatLocalDate,
  getOrThrow,
  makeRandom,
  parseCsv,
  parseLocalDate
} from "@tongban/core"
import { heading, line } from "./print.js"

export const run = (): void => {
  heading("一、日期、问题报告、CSV 与随机数", "1. Dates, issue reports, CSV and random numbers")
  const opened = getOrThrow(parseLocalDate("2019-01-23"))
  line(
    `新大厅启用 / new hall opened: ${formatLocalDate(opened, { style: "zh", weekday: true })} · ${formatLocalDate(opened, { style: "en", weekday: true })}`
  )
  line(
    `一个月后（民法典第二百零二条，无对应日取月末）/ one month on (art. 202, no corresponding day: the month's end): 2024-01-31 → ${addMonths(getOrThrow(parseLocalDate("2024-01-31")), 1)}`
  )
  for (const input of ["2026-02-30", "2026-2-3", ""]) {
    const result = parseLocalDate(input, { path: ["cases", 0, "received"] })
    if (!result.ok) line(formatIssues(result.issues, "both"))
  }

  // CSV out: the formula guard on every text cell, and the BOM Excel needs to read UTF-8.
  const rows = [
    ["事项名称 matter", "承诺时限 promised (working days)"],
    ['=HYPERLINK("http://example.invalid","企业开办")', 3],
    ["个体工商户登记", 1]
  ]
  const csv = formatCsv(rows, { bom: true })
  line(`CSV 导出（防公式注入，带 BOM）/ CSV export (formula guard, BOM): ${JSON.stringify(csv.slice(1, 120))}…`)
  const back = getOrThrow(parseCsv(csv, { unguard: true }))
  line(`读回 / read back: ${back.length} rows, the first matter as written: ${back[1]?.[0] === rows[1]?.[0]}`)
  const broken = parseCsv('事项名称,时限\n"企业开办,3\n')
  if (!broken.ok) line(formatIssues(broken.issues, "both"))
  line(`core 登记的问题代码 / codes core registers: ${Object.keys(coreCodes.codes).length} (docs/codes.md)`)

  // One seeded generator: the same seed and stream, the same numbers, on every machine.
  const arrivals = makeRandom(2019, 0)
  const minutes = Array.from({ length: 5 }, () => (arrivals.exponential() * 4).toFixed(1))
  line(`种子 2019 的到达间隔（分钟，均值 4）/ seed 2019 inter-arrival minutes (mean 4): ${minutes.join(", ")}`)
}
