// Dates as clerks and their systems write them (issue 13 point 7): a
// provincial export adds a time of day to its dates ("2026-12-01 00:00:00"),
// some systems write 20261201, and an Excel date cell with a time is a serial
// with a fraction. Each reads as its day; a day that does not exist is still
// an issue.
import { importMatterTable, parseDateCell } from "@tongban/catalog"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

describe("dates as clerks write them", () => {
  it.each([
    ["2026-12-01 00:00:00", "2026-12-01"],
    ["2026/12/1 0:00", "2026-12-01"],
    ["2026-12-01T08:30", "2026-12-01"],
    ["2026年12月1日 9:05:00", "2026-12-01"],
    ["20261201", "2026-12-01"],
    ["46357.5", "2026-12-01"],
    ["46357.999988426", "2026-12-01"]
  ])("%s is %s", (cell, day) => {
    expect(parseDateCell(cell)).toBe(day)
    const r = importMatterTable([
      ["事项名称", "部门名称", "生效日期"],
      ["临时救助", "区民政局", cell]
    ])
    expect(r.catalogue?.matters[0]?.validFrom).toBe(day)
    expect(r.issues.filter((i) => i.code === "cell_date_invalid")).toEqual([])
  })

  it.each(["20261301", "20260230", "2026-02-30 00:00:00", "2026-12-01 noon", "46357.", "2026-12-01 25"])(
    "%s is not a day",
    (cell) => {
      expect(parseDateCell(cell)).toBeUndefined()
    }
  )

  it("every day of 1990–2100 written with a time, or as yyyymmdd, reads as that day", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (d, h, m) => {
          const iso = d.toISOString().slice(0, 10)
          const compact = iso.replaceAll("-", "")
          expect(parseDateCell(`${iso} ${h}:${String(m).padStart(2, "0")}:00`)).toBe(iso)
          expect(parseDateCell(compact)).toBe(iso)
        }
      )
    )
  })
})
