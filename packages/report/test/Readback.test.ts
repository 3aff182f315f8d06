/**
 * The values read back out of each figure's SVG: every point, cell, bar and
 * node ECharts drew sits where its datum puts it on the figure's axes (an
 * affine image of the values, or the exact pixels of a fixed 0–100 axis),
 * and the table beside the chart holds the same values.
 */
import { criticalPath, scheduleFlow } from "@tongban/approval"
import { type Catalogue, catalogueCompleteness, catalogueFromJson, catalogueStats } from "@tongban/catalog"
import { dayOfWeek, getOrThrow, parseLocalDate, toDayNumber } from "@tongban/core"
import { chinaCalendar, listDays } from "@tongban/deadline"
import {
  byHourFigure,
  calendarFigure,
  comparisonFigure,
  completenessFigure,
  departmentSharesFigure,
  distributionFigure,
  flowFigure,
  ganttFigure,
  rankingFigure,
  scenarioFigure,
  sweepFigure
} from "@tongban/report"
import { parseEvents, quarterlyDeductionRubric, score } from "@tongban/scoring"
import { compareScenarios, quantile, replicationReports, summariseSweep } from "@tongban/simulation"
import * as fc from "fast-check"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { barAt, barsOf, isAffine, polylinesOf, symbolsOf, textsOf, whiskersOf } from "./svg.js"
import { kaibanFlow as flow, twoHallsShard as shard } from "./fixtures.js"

const d = (s: string) => getOrThrow(parseLocalDate(s))
const DAY_MS = 86_400_000
const utcMs = (date: string): number => Date.parse(`${date}T00:00:00Z`)
const num = (x: unknown): number => (typeof x === "number" ? x : Number.NaN)
/** The interval figures draw values to 0.001. */
const r3 = (x: number): number => Math.round(x * 1000) / 1000

describe("deadline and approval figures", () => {
  it("the calendar: one cell per day in its kind's series and colour, at its week's column and weekday's row", () => {
    const year = getOrThrow(listDays(d("2024-01-01"), d("2024-12-31"), { calendar: chinaCalendar }))
    const f = calendarFigure(year)
    const kinds = [
      { kind: "workday", fill: "#eef1f6" },
      { kind: "restday", fill: "#d9dde5" },
      { kind: "day_off", fill: "#d9534f" },
      { kind: "make_up_workday", fill: "#f0ad4e" },
      { kind: "cancelled_make_up", fill: "#7d5ba6" }
    ].filter((k) => year.some((x) => x.kind === k.kind))
    const cells = symbolsOf(f.svg)
    const firstMonday = toDayNumber(d("2024-01-01")) - (dayOfWeek(d("2024-01-01")) - 1)
    const weeks: Array<number> = []
    const weekdays: Array<number> = []
    const xs: Array<number> = []
    const ys: Array<number> = []
    kinds.forEach((k, s) => {
      const days = year.filter((x) => x.kind === k.kind)
      const drawn = cells.filter((c) => c.series === s)
      expect(drawn.length, k.kind).toBe(days.length)
      for (const c of drawn) {
        expect(c.fill, k.kind).toBe(k.fill)
        const day = days[c.index]
        if (day === undefined) throw new Error(`${k.kind}: no day ${c.index}`)
        weeks.push(Math.floor((toDayNumber(day.date) - firstMonday) / 7))
        weekdays.push(dayOfWeek(day.date))
        xs.push(c.x)
        ys.push(c.y)
      }
    })
    expect(xs.length).toBe(366)
    expect(isAffine(weeks, xs)).toBe(true)
    expect(isAffine(weekdays, ys)).toBe(true)
    // 2024: 30 holidays, 8 make-up working days (国办发明电〔2023〕7号).
    expect(cells.filter((c) => c.fill === "#d9534f").length).toBe(30)
    expect(cells.filter((c) => c.fill === "#f0ad4e").length).toBe(8)
  })

  it("the Gantt chart: one bar per dated step, from its start to the end of its finish day on one time axis", () => {
    const schedule = getOrThrow(scheduleFlow(flow, { start: d("2024-09-27"), calendar: chinaCalendar }))
    const f = ganttFigure(schedule)
    const steps = [...schedule.steps].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.es - b.es))
    const values: Array<number> = []
    const pixels: Array<number> = []
    for (const [series, critical] of [
      [0, true],
      [1, false]
    ] as const) {
      const mine = steps.filter((s) => s.critical === critical)
      expect(mine.length).toBeGreaterThan(0)
      mine.forEach((s, i) => {
        const bar = barAt(f.svg, series, i)
        if (bar === undefined) throw new Error(`no bar for ${s.id}`)
        values.push(utcMs(s.start), utcMs(s.finish) + DAY_MS)
        pixels.push(bar.x, bar.x + bar.width)
      })
    }
    expect(barsOf(f.svg).length).toBe(steps.length)
    expect(isAffine(values, pixels)).toBe(true)
    // 税务登记 runs 09-29 (a make-up Sunday) to 09-30: two days wide; 银行开户 waits for 10-08 after National Day.
    expect(steps.map((s) => [s.id, s.start, s.finish])).toEqual([
      ["yyzz", "2024-09-27", "2024-09-27"],
      ["kz", "2024-09-29", "2024-09-29"],
      ["sw", "2024-09-29", "2024-09-30"],
      ["yh", "2024-10-08", "2024-10-08"]
    ])
    expect(f.table.rows.map((r) => [r[0], r[2], r[3], r[6]])).toEqual(
      steps.map((s) => [s.name, s.start, s.finish, s.critical ? "是 yes" : "否 no"])
    )
  })

  it("the flow: a node per step, one row per earliest start, red when critical, an edge per predecessor", () => {
    const cpm = criticalPath(flow)
    const f = flowFigure(flow, cpm)
    const nodes = symbolsOf(f.svg).filter((m) => m.series === 0 && m.fill !== "none")
    expect(nodes.length).toBe(flow.steps.length)
    const es: Array<number> = []
    const ys: Array<number> = []
    for (const n of nodes) {
      const row = f.table.rows[n.index]
      if (row === undefined) throw new Error(`no row ${n.index}`)
      const timing = cpm.timings.find((t) => t.id === row[0])
      expect(row[3]).toBe(timing?.es)
      expect(n.fill).toBe(timing?.critical === true ? "#c0392b" : "#2f5aa8")
      es.push(num(row[3]))
      ys.push(n.y)
    }
    // Layers by distinct earliest start: 0, 1 (kz and sw side by side), 3.
    const layers = [...new Set(es)].sort((a, b) => a - b)
    expect(
      isAffine(
        es.map((e) => layers.indexOf(e)),
        ys
      )
    ).toBe(true)
    const edges = (f.svg.match(/fill="none"[^>]*stroke-width="1.5"[^>]*ecmeta_ssr_type="chart"/g) ?? []).length
    expect(edges).toBe(flow.steps.reduce((n, s) => n + s.after.length, 0))
  })
})

describe("simulation figures", () => {
  const results = summariseSweep(shard)
  const reports = replicationReports(shard)

  it("distributions: each scenario's curve has a point per percentile, at y = its share and x = its quantile", () => {
    const f = distributionFigure(results, "wait")
    const colours = ["#2f5aa8", "#e39b2d"]
    results.forEach((r, k) => {
      const [line] = polylinesOf(f.svg, colours[k] ?? "")
      if (line === undefined) throw new Error(`no curve for ${r.scenario}`)
      const qs = Array.from({ length: 99 }, (_, i) => (i + 1) / 100)
      expect(line.length).toBe(99)
      // The y axis is fixed, 0–100 % over the grid from y = 276 (bottom) to y = 40 (top).
      for (const [i, [, y]] of line.entries()) expect(Math.abs(y - (276 - (qs[i] ?? 0) * 236))).toBeLessThan(0.6)
      expect(
        isAffine(
          qs.map((q) => Math.round(quantile(r.summary.wait, q) * 1000) / 1000),
          line.map(([x]) => x)
        )
      ).toBe(true)
      const row = f.table.rows[k]
      expect(row?.[1]).toBe(r.summary.wait.count)
      expect(row?.[3]).toBe(Math.round(quantile(r.summary.wait, 0.5) * 100) / 100)
    })
  })

  it("by hour: each scenario's mean line has a point per hour, evenly spaced, at its mean on one value axis", () => {
    const f = byHourFigure(reports, "meanQueue")
    const hours = [...new Set(reports.flatMap((r) => r.hours.map((h) => h.hour)))].sort((a, b) => a - b)
    const means: Array<number> = []
    const ys: Array<number> = []
    reports.forEach((r, k) => {
      const points = symbolsOf(f.svg).filter((m) => m.series === 3 * k + 2)
      expect(points.length).toBe(hours.length)
      expect(
        isAffine(
          points.map((p) => p.index),
          points.map((p) => p.x)
        )
      ).toBe(true)
      for (const p of points) {
        const mean = r.hours.find((h) => h.hour === hours[p.index])?.meanQueue.mean ?? 0
        means.push(Math.round(mean * 1000) / 1000)
        ys.push(p.y)
      }
      expect(f.table.rows.filter((row) => row[0] === r.scenario).map((row) => row[2])).toEqual(
        r.hours.map((h) => Math.round(h.meanQueue.mean * 1000) / 1000)
      )
    })
    expect(isAffine(means, ys)).toBe(true)
  })

  it("scenarios: each bar ends at its mean and each whisker spans its interval, on the panel's axis from 0", () => {
    const f = scenarioFigure(reports)
    for (const [panel, key] of ["wait_mean", "wait_p90", "cycle_days_mean", "trips_mean"].entries()) {
      const values: Array<number> = []
      const pixels: Array<number> = []
      const whiskers = whiskersOf(f.svg, 2 * panel + 1)
      reports.forEach((r, i) => {
        const interval = r.metrics[key]
        const bar = barAt(f.svg, 2 * panel, i)
        const whisker = whiskers.find((w) => w.index === i)
        if (interval === undefined || bar === undefined) throw new Error(`${key} ${i}`)
        values.push(0, r3(interval.mean))
        pixels.push(bar.x, bar.x + bar.dx)
        // An interval of no width (every replication alike) draws no whisker.
        if (r3(interval.ci.low) === r3(interval.ci.high)) return
        if (whisker === undefined) throw new Error(`${key} ${i}: no whisker`)
        values.push(r3(interval.ci.low), r3(interval.ci.high))
        pixels.push(whisker.from, whisker.to)
      })
      expect(isAffine(values, pixels, 1), key).toBe(true)
    }
    // The table beside: one row per metric and scenario, with its replications.
    expect(f.table.rows.map((r) => [r[0], r[5]])).toEqual(
      ["wait_mean", "wait_p90", "cycle_days_mean", "trips_mean"].flatMap((key) =>
        reports.map((r) => [r.scenario, r.metrics[key]?.runs])
      )
    )
    expect(reports[0]?.seeds.length).toBe(f.table.rows[0]?.[5])
  })

  it("a paired comparison: zero, the mean difference and its interval all on one axis", () => {
    const c = compareScenarios(shard, "two", "three")
    const f = comparisonFigure(c)
    for (const [panel, key] of ["wait_mean", "wait_p90", "cycle_days_mean", "trips_mean"].entries()) {
      const i = c.differences[key]
      const bar = barAt(f.svg, 2 * panel, 0)
      const [whisker] = whiskersOf(f.svg, 2 * panel + 1)
      if (i === undefined || bar === undefined) throw new Error(key)
      // Every replication alike (trips here): a difference of zero, with no bar and no whisker to read.
      if (r3(i.ci.low) === r3(i.ci.high) && r3(i.mean) === 0) {
        expect(bar.width).toBe(0)
        continue
      }
      if (whisker === undefined) throw new Error(`${key}: no whisker`)
      // A bar is drawn from zero (x) to its mean (x + dx): leftwards for a negative difference.
      expect(
        isAffine([0, r3(i.mean), r3(i.ci.low), r3(i.ci.high)], [bar.x, bar.x + bar.dx, whisker.from, whisker.to], 1),
        key
      ).toBe(true)
    }
    expect(c.differences.wait_mean?.mean ?? 0).toBeLessThan(0)
  })

  it("a sweep: each point at its (x, y)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 2, maxLength: 12 }),
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 12, maxLength: 12 }),
        (xs, ys) => {
          const points = xs.map((x, i) => ({ x, y: Math.round((ys[i] ?? 0) * 10) / 10 }))
          const f = sweepFigure([{ name: "Wq", points }], {
            x: { zh: "窗口", en: "windows" },
            y: { zh: "等候", en: "wait" }
          })
          const drawn = symbolsOf(f.svg).filter((m) => m.series === 0)
          expect(drawn.length).toBe(points.length)
          const ordered = drawn.map((m) => points[m.index] ?? { x: 0, y: 0 })
          expect(
            isAffine(
              ordered.map((p) => p.x),
              drawn.map((m) => m.x)
            )
          ).toBe(true)
          if (new Set(points.map((p) => p.y)).size > 1)
            expect(
              isAffine(
                ordered.map((p) => p.y),
                drawn.map((m) => m.y)
              )
            ).toBe(true)
          expect(f.table.rows.map((r) => [r[1], r[2]])).toEqual(points.map((p) => [p.x, p.y]))
        }
      ),
      { numRuns: 15 }
    )
  })
})

describe("catalog and scoring figures", () => {
  const catalogue = (file: string): Catalogue =>
    getOrThrow(catalogueFromJson(readFileSync(new URL(`../../../examples/t-county/data/${file}`, import.meta.url))))
  const after = catalogue("catalogue-2020.json")

  it("department shares: each bar's length on the 0–100 axis is the share in the table", () => {
    const f = departmentSharesFigure(catalogueStats(after))
    const full = 900 - 170 - 30
    expect(f.table.rows.length).toBeGreaterThan(1)
    f.table.rows.forEach((row, r) => {
      for (let s = 0; s < 4; s++) {
        const share = num(row[2 + s])
        expect(Math.abs((barAt(f.svg, s, r)?.width ?? 0) - (share / 100) * full), `${row[0]} ${s}`).toBeLessThan(0.6)
      }
    })
  })

  it("completeness: the first bar is the mean share, each next bar an element's share in the table", () => {
    const c = catalogueCompleteness(after)
    const f = completenessFigure(c)
    const full = 900 - 230 - 60
    expect(Math.abs((barAt(f.svg, 0, 0)?.width ?? 0) - (c.overall.share ?? 0) * full)).toBeLessThan(0.8)
    f.table.rows.forEach((row, i) => {
      expect(Math.abs((barAt(f.svg, 0, i + 1)?.width ?? 0) - (num(row[3]) / 100) * full), String(row[0])).toBeLessThan(
        0.6
      )
    })
  })

  it("the ranking: each bar's length is its score above the axis' start, its exact score as the label", () => {
    const events = getOrThrow(
      parseEvents(
        ["on_time", "overdue", "on_time", "overdue", "overdue", "on_time"].map((code, i) => ({
          kind: "case",
          date: "2026-07-07",
          staff: `s${(i % 4) + 1}`,
          window: "w1",
          code
        }))
      )
    )
    const a = getOrThrow(score(quarterlyDeductionRubric, events, { period: "2026-Q3" }))
    const f = rankingFigure(a)
    const values = a.scores.map((s) => s.hundredths / 100)
    const min = Math.floor(Math.min(...values) - 1)
    const bars = a.scores.map((_, i) => barAt(f.svg, 0, i))
    const x0 = bars[0]?.x ?? 0
    expect(new Set(values).size).toBeGreaterThan(1)
    expect(isAffine([min, ...values], [x0, ...bars.map((b) => (b?.x ?? 0) + (b?.width ?? 0))])).toBe(true)
    for (const s of a.scores) expect(textsOf(f.svg)).toContain(s.score)
    expect(f.table.rows.map((r) => [r[1], r[3]])).toEqual(a.scores.map((s) => [s.id, s.score]))
  })
})
