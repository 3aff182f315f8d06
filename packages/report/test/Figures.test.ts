import { compareFlow, criticalPath, parseFlow, scheduleFlow } from "@tongban/approval"
import { getOrThrow, parseLocalDate } from "@tongban/core"
import { caseClock, chinaCalendar, listDays, licensingDecision } from "@tongban/deadline"
import { provisionalChinaCalendar } from "@tongban/deadline/provisional"
import {
  awardTable,
  byHourFigure,
  calendarFigure,
  caseClockFigure,
  clockSegments,
  comparisonFigure,
  distributionFigure,
  escapeHtml,
  type Figure,
  flowFigure,
  fourReductionsFigure,
  ganttFigure,
  rankingFigure,
  renderHtml,
  scenarioFigure,
  scoreBands,
  scoreDistributionFigure,
  serialParallelFigure,
  sweepFigure,
  utilisationFigure
} from "@tongban/report"
import { quarterlyDeductionRubric, score } from "@tongban/scoring"
import { compareScenarios, replicationReports, summariseSweep } from "@tongban/simulation"
import * as fc from "fast-check"
import { XMLValidator } from "fast-xml-parser"
import { describe, expect, it } from "vitest"
import { barAt, barsOf, textsOf } from "./svg.js"
import { kaibanFlow as flow, twoHallsShard as shard } from "./fixtures.js"

const d = (s: string) => getOrThrow(parseLocalDate(s))
const reduction = (before: number, after: number) => ({
  before,
  after,
  reduction: before - after,
  percent: before === 0 ? undefined : ((before - after) / before) * 100
})

const isXml = (svg: string): boolean => XMLValidator.validate(svg) === true

describe("bars carry their data", () => {
  it("four reductions: each after-bar stands to its before-bar as after to before", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 4,
          maxLength: 4
        }),
        (pairs) => {
          const [steps, materials, time, trips] = pairs.map(([before, share]) =>
            reduction(before, Math.round(before * share))
          )
          if (steps === undefined || materials === undefined || time === undefined || trips === undefined) return
          const f = fourReductionsFigure({ steps, materials, time, trips })
          ;[steps, materials, time, trips].forEach((r, i) => {
            const before = barAt(f.svg, 0, i)
            const after = barAt(f.svg, 1, i)
            expect(before?.height ?? 0).toBeGreaterThan(0)
            // The figure rounds the scaled value to 0.1 (of 100) and the SVG to 0.1 px.
            expect(Math.abs((after?.height ?? 0) / (before?.height ?? 1) - r.after / r.before)).toBeLessThan(0.004)
          })
        }
      ),
      { numRuns: 25 }
    )
  }, 60_000)

  it("score distribution: bar heights are proportional to the counts of each band", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 8000, max: 10_000 }), { minLength: 1, maxLength: 200 }), (hundredths) => {
        const bands = scoreBands(hundredths, 1)
        expect(bands.reduce((n, b) => n + b.count, 0)).toBe(hundredths.length)
        const a = getOrThrow(
          score(
            quarterlyDeductionRubric,
            [{ kind: "case", date: d("2026-07-07"), staff: "s1", window: "w1", code: "on_time" }],
            { period: "2026-Q3" }
          )
        )
        const base = a.scores[0]
        if (base === undefined) throw new Error("the rubric scored nobody")
        const f = scoreDistributionFigure({
          ...a,
          scores: hundredths.map((h, i) => ({ ...base, id: `s${i}`, hundredths: h }))
        })
        const max = Math.max(...bands.map((b) => b.count))
        const tallest = Math.max(...barsOf(f.svg).map((b) => b.height))
        bands.forEach((b, i) => {
          const bar = barAt(f.svg, 0, i)
          expect(Math.abs((bar?.height ?? 0) * max - tallest * b.count)).toBeLessThan(0.2 * max)
        })
      }),
      { numRuns: 20 }
    )
  }, 60_000)

  it("case clocks: each segment's width is its days at one scale", () => {
    const clocks = [
      {
        label: "食品经营许可",
        clock: getOrThrow(
          caseClock([{ type: "accepted", date: d("2024-09-27") }], {
            calendar: chinaCalendar,
            limit: licensingDecision.limit,
            asOf: d("2024-10-28")
          })
        )
      },
      {
        label: "建设工程规划许可",
        baseLimit: licensingDecision.limit,
        clock: getOrThrow(
          caseClock(
            [
              { type: "accepted", date: d("2024-09-27") },
              { type: "suspended", date: d("2024-10-09"), reason: "inspection" },
              { type: "resumed", date: d("2024-10-11") },
              { type: "extended", date: d("2024-10-25"), by: { amount: 10, unit: "working_day" }, approvedBy: "局长" }
            ],
            { calendar: chinaCalendar, limit: licensingDecision.limit, asOf: d("2024-11-12") }
          )
        )
      }
    ]
    const f = caseClockFigure(clocks)
    const keys = ["elapsed", "suspended", "remaining", "extended", "overdue"] as const
    const [plain, extended] = clocks
    if (plain === undefined || extended === undefined) throw new Error("two clocks")
    const first = clockSegments(plain)
    const scale = (barAt(f.svg, 0, 0)?.width ?? 0) / first.elapsed
    expect(scale).toBeGreaterThan(0)
    clocks.forEach((c, i) => {
      const seg = clockSegments(c)
      keys.forEach((k, s) => {
        const bar = barAt(f.svg, s, i)
        expect(Math.abs((bar?.width ?? 0) - seg[k] * scale)).toBeLessThan(0.6)
      })
    })
    // Ten days were granted; three of them lie still ahead on the as-of day.
    expect(extended.clock.limit.amount - licensingDecision.limit.amount).toBe(10)
    expect(clockSegments(extended)).toMatchObject({ extended: Math.min(10, extended.clock.remaining ?? 0) })
    expect(clockSegments(extended).extended).toBe(3)
    expect(f.table.rows[1]?.[3]).toBe(2)
  })

  it("serial against parallel: bar lengths are the working days", () => {
    const c = compareFlow(flow)
    const f = serialParallelFigure([{ name: "企业开办", comparison: c }])
    const serial = barAt(f.svg, 0, 0)
    const parallel = barAt(f.svg, 1, 0)
    expect(c.serial).toBe(5)
    expect(c.parallel).toBe(4)
    expect(Math.abs((parallel?.width ?? 0) / (serial?.width ?? 1) - c.parallel / c.serial)).toBeLessThan(0.01)
  })

  it("utilisation: bars on a 0–100 axis are the percentages simulation reports", () => {
    const results = summariseSweep(shard)
    const f = utilisationFigure(results)
    const full = 900 - 170 - 50
    results.forEach((r, s) => {
      const u = (r.report.windowUtilisation.w ?? 0) * 100
      expect(Math.abs((barAt(f.svg, s, 0)?.width ?? 0) - (u / 100) * full)).toBeLessThan(1)
    })
  })
})

describe("figures from the packages' own results", () => {
  const schedule = getOrThrow(scheduleFlow(flow, { start: d("2024-09-27"), calendar: chinaCalendar }))
  const days = getOrThrow(listDays(schedule.start, schedule.finish, { calendar: chinaCalendar }))
  const replications = replicationReports(shard)
  const a = getOrThrow(
    score(
      quarterlyDeductionRubric,
      [
        { kind: "case", date: d("2026-07-07"), staff: "s1", window: "w1", code: "on_time" },
        { kind: "case", date: d("2026-07-07"), staff: "s2", window: "w1", code: "overdue" }
      ],
      { period: "2026-Q3" }
    )
  )
  const all = (): ReadonlyArray<Figure> => [
    calendarFigure(getOrThrow(listDays(d("2024-01-01"), d("2024-12-31"), { calendar: chinaCalendar }))),
    ganttFigure(schedule, { days }),
    flowFigure(flow, criticalPath(flow)),
    distributionFigure(summariseSweep(shard), "wait"),
    byHourFigure(replications, "meanQueue"),
    scenarioFigure(replications),
    comparisonFigure(compareScenarios(shard, "two", "three")),
    sweepFigure([{ name: "Wq", points: [{ x: 2, y: 3 }] }], {
      x: { zh: "窗口", en: "windows" },
      y: { zh: "等候", en: "wait" }
    }),
    rankingFigure(a)
  ]

  it("the Gantt chart shades every non-working day and draws each step from start to finish", () => {
    const f = ganttFigure(schedule, { days })
    // Friday 09-27, then Sunday 09-29: a make-up working day before National Day.
    expect(schedule.steps.find((s) => s.id === "kz")?.start).toBe("2024-09-29")
    const rows = f.table.rows.map((r) => r[0])
    expect(rows).toEqual(["营业执照", "公章刻制", "税务登记", "银行开户"])
    // 09-28 (Saturday) and 10-01 … 10-07 (National Day): 09-29 is a make-up working day.
    const off = days.filter((x) => !x.working).map((x) => x.date)
    expect(off).toEqual(["2024-09-28", ...[1, 2, 3, 4, 5, 6, 7].map((n) => `2024-10-0${n}`)])
    expect((f.svg.match(/fill="rgba\(217,83,79,0\.12\)"|fill-opacity="0\.12"/g) ?? []).length).toBeGreaterThanOrEqual(1)
    expect(textsOf(f.svg)).toContain("营业执照")
  })

  it("the calendar draws each day once, in its kind's colour", () => {
    const year = getOrThrow(listDays(d("2024-01-01"), d("2024-12-31"), { calendar: chinaCalendar }))
    const f = calendarFigure(year)
    const cells = f.svg.match(/ecmeta_ssr_type="chart"/g) ?? []
    expect(cells.length).toBe(366)
    expect(f.table.rows.filter((r) => r[1] === "调休上班 make-up working day").map((r) => r[0])).toEqual(
      year.filter((x) => x.kind === "make_up_workday").map((x) => x.date)
    )
  })

  it("a provisional year keeps each day's kind and outlines every projected day", () => {
    const calendar = getOrThrow(provisionalChinaCalendar({ through: 2027 }))
    const year = getOrThrow(listDays(d("2027-01-01"), d("2027-12-31"), { calendar }))
    const f = calendarFigure(year)
    const kinds = new Set(year.map((x) => x.kind)).size
    // One series per kind, then the outline series over the projected days.
    const outlined = (f.svg.match(/ecmeta_series_index="(\d+)"[^>]*ecmeta_ssr_type="chart"/g) ?? []).filter((m) =>
      m.startsWith(`ecmeta_series_index="${kinds}"`)
    )
    expect(outlined.length).toBe(year.filter((x) => x.provisional === true).length)
    expect(outlined.length).toBeGreaterThan(300)
    expect(f.table.rows.some((r) => String(r[1]).startsWith("节假日 holiday · 预排"))).toBe(true)
  })

  it("every figure is well-formed standalone SVG, with a title a screen reader reads", () => {
    for (const f of all()) {
      expect(isXml(f.svg), f.id).toBe(true)
      expect(f.svg).toMatch(/^<svg /)
      expect(f.svg).toContain("aria-label")
      expect(f.svg).not.toMatch(/<script|href="http/)
      expect(f.table.columns.length).toBeGreaterThan(0)
    }
  })

  it("the same figures under any host time zone", () => {
    const saved = process.env.TZ
    try {
      const under = (tz: string): ReadonlyArray<string> => {
        process.env.TZ = tz
        return all().map((f) => f.svg)
      }
      const utc = under("UTC")
      expect(under("America/Los_Angeles")).toEqual(utc)
      expect(under("Asia/Shanghai")).toEqual(utc)
    } finally {
      if (saved === undefined) delete process.env.TZ
      else process.env.TZ = saved
    }
    // Three renders of every figure: the machine is shared, so the default 5 s is too tight.
  }, 60_000)
})

describe("hostile and empty input", () => {
  const hostile = ['<script>alert("x")</script>', "&amp; & ' \"", "__proto__", "constructor", "\u0000\u001f"]

  it("names with markup, quotes and control characters stay text", () => {
    for (const name of hostile) {
      const f = getOrThrow(
        parseFlow({
          id: "x",
          name,
          steps: [{ id: "a", name, department: name.replace(/\W/g, "") || "d", duration: 1 }]
        })
      )
      const figures = [
        flowFigure(f, criticalPath(f)),
        serialParallelFigure([{ name, comparison: compareFlow(f) }]),
        sweepFigure([{ name, points: [{ x: 1, y: 1 }] }], { x: { zh: name, en: name }, y: { zh: name, en: name } })
      ]
      for (const fig of figures) {
        expect(isXml(fig.svg), `${fig.id}: ${JSON.stringify(name)}`).toBe(true)
        expect(fig.svg).not.toContain("<script")
      }
      const html = renderHtml({
        title: { zh: name, en: name },
        sections: [
          { id: name, title: { zh: name, en: name }, blocks: figures.map((figure) => ({ kind: "figure", figure })) }
        ]
      })
      expect(html).not.toContain("<script")
    }
  })

  it("empty results give empty figures, not a throw", () => {
    const empty = [
      calendarFigure([]),
      caseClockFigure([]),
      serialParallelFigure([]),
      distributionFigure([], "wait"),
      byHourFigure([], "meanWait"),
      scenarioFigure([]),
      utilisationFigure([]),
      sweepFigure([], { x: { zh: "x", en: "x" }, y: { zh: "y", en: "y" } }),
      fourReductionsFigure({
        steps: reduction(0, 0),
        materials: reduction(0, 0),
        time: reduction(0, 0),
        trips: reduction(0, 0)
      })
    ]
    for (const f of empty) {
      expect(isXml(f.svg), f.id).toBe(true)
      expect(f.table.rows.length === 0 || f.id === "four-reductions").toBe(true)
    }
  })
})

describe("a figure that could not be drawn, in the HTML report", () => {
  it("shows its issues as a visible bilingual note in its place, not a blank chart", () => {
    const broken = ganttFigure(JSON.parse('{ "flow": "f", "name": "开办", "steps": [{ "name": "执照" }] }'))
    const award = awardTable(JSON.parse('{ "rubric": 7 }'))
    const good = sweepFigure([{ name: "Wq", points: [{ x: 2, y: 3 }] }], {
      x: { zh: "窗口", en: "windows" },
      y: { zh: "等候", en: "wait" }
    })
    expect(broken.issues?.[0]?.code).toBe("figure_input_invalid")
    expect(award.issues?.[0]?.code).toBe("figure_input_invalid")
    const html = renderHtml({
      title: { zh: "报告", en: "Report" },
      sections: [
        {
          id: "s",
          title: { zh: "一", en: "One" },
          blocks: [
            { kind: "figure", figure: broken },
            { kind: "figure", figure: good },
            { kind: "table", title: { zh: "获奖者", en: "Winners" }, table: award }
          ]
        }
      ]
    })
    const figure = (id: string): string =>
      new RegExp(`<figure[^>]*data-figure="${id}"[\\s\\S]*?</figure>`).exec(html)?.[0] ?? ""
    const note = figure(broken.id)
    expect(note).toContain('class="issues" role="note"')
    expect(note).toContain("此处的图无法绘制")
    expect(note).toContain("could not be drawn")
    expect(note).not.toContain("<svg")
    for (const issue of broken.issues ?? []) {
      expect(note).toContain(`<code>${issue.code}</code>`)
      expect(note).toContain(`<code>${issue.path.join(".") || "·"}</code>`)
      expect(note).toContain(escapeHtml(issue.message.en))
    }
    // The figure beside it is drawn as ever, and the table with issues shows the note instead of an empty table.
    expect(figure(good.id)).toContain("<svg")
    expect(figure(good.id)).not.toContain('class="issues"')
    const table = /<div class="table-block">[\s\S]*?<\/div><\/div>/.exec(html)?.[0] ?? ""
    expect(table).toContain('class="issues" role="note"')
    expect(table).not.toContain("<table>")
    // The note is styled to be seen on screen and on paper.
    expect(html).toMatch(/\.issues \{[^}]*border/)
  })

  it("a block of the wrong shape becomes such a note; the report around it still renders", () => {
    const html = renderHtml({
      title: { zh: "报告", en: "Report" },
      sections: [
        {
          id: "s",
          title: { zh: "一", en: "One" },
          blocks: [
            JSON.parse('{ "kind": "figure", "figure": { "id": 3 } }'),
            { kind: "text", text: { zh: "正文", en: "body" } }
          ]
        }
      ]
    })
    expect(html).toContain('data-figure="invalid-1-1"')
    expect(html).toContain("<code>report.sections.0.blocks.0.figure.id</code>")
    expect(html).toContain("正文")
  })
})
