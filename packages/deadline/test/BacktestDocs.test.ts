// The backtest table of docs/deadlines.md (issue 12 point 2) is the one the
// code computes: each row's count of wrong days and the days it lists, and
// the summary line's average and worst year (2020 reported apart).
import { readFileSync } from "node:fs"
import { getOrThrow } from "@tongban/core"
import { backtestYear } from "@tongban/deadline/provisional"
import { describe, expect, it } from "vitest"

const docs = readFileSync(new URL("../../../docs/deadlines.md", import.meta.url), "utf8")
const section = docs.slice(docs.indexOf("### 回测 Backtest"), docs.indexOf("### 通知发布之后"))
const rows = [...section.matchAll(/^\| (\d{4}) +\| (\d+)[^|]*\|([^|]*)\|$/gm)].map((m) => ({
  year: Number(m[1]),
  wrong: Number(m[2]),
  days: [...(m[3] ?? "").matchAll(/\b(\d{2}-\d{2})\b/g)].map((x) => `${m[1]}-${x[1]}`)
}))

describe("the backtest table in docs/deadlines.md", () => {
  it("has a row per year 2015–2026", () => {
    expect(rows.map((r) => r.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])
  })

  it.each(rows.map((r) => [r.year, r] as const))(
    "%i: the count and the days listed are the computed ones",
    (year, row) => {
      const computed = getOrThrow(backtestYear(year))
      expect(row.wrong).toBe(computed.wrong)
      expect(row.days).toEqual(computed.days.map((x) => x.date))
    }
  )

  it("the summary line's average and worst year, 2020 apart, are the table's and meet the goal", () => {
    const usual = rows.filter((r) => r.year !== 2020)
    const total = usual.reduce((s, r) => s + r.wrong, 0)
    const average = (total / usual.length).toFixed(1)
    const worst = Math.max(...usual.map((r) => r.wrong))
    expect(section).toContain(
      `The average, 2020 apart, is ${average} wrong days a year (${String(total)} in ${String(usual.length)} years), ${String(worst)} at worst`
    )
    expect(section).toContain(
      `除 2020 年外平均每年 ${average} 天（${String(usual.length)} 年共 ${String(total)} 天），最多 ${String(worst)} 天`
    )
    expect(Number(average)).toBeLessThanOrEqual(3)
    expect(worst).toBeLessThanOrEqual(6)
  })
})
