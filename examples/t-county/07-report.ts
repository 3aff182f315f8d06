/**
 * Section 7: the report. Everything the sections above computed, drawn: a
 * year of T County's calendar and the case clocks, serial against parallel
 * and the dated Gantt chart of the construction flow, the hall's waits,
 * queues and utilisation with intervals over the seeds, a sweep of the
 * window count against Erlang C, the four reductions, and the assessments.
 * One self-contained HTML file (no network when it is opened), printable on
 * A4, written to out/t-county.html.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { readFileSync } from "node:fs"
import { criticalPath } from "@tongban/approval"
import { catalogueCompleteness, importCatalogueCsv } from "@tongban/catalog"
import { getOrThrow, parseLocalDate } from "@tongban/core"
import { listDays, qiandongnanFoundingDay, withLayers } from "@tongban/deadline"
import { provisionalChinaCalendar } from "@tongban/deadline/provisional"
import {
  approvalSection,
  catalogSection,
  deadlineSection,
  renderHtml,
  reportFigures,
  scoringSection,
  simulationSection
} from "@tongban/report"
import { erlangC, simulateMMc } from "@tongban/simulation"
import type { run as approval } from "./04-approval.js"
import type { run as catalog } from "./03-catalog.js"
import type { run as deadline } from "./02-deadline.js"
import { heading, line } from "./print.js"
import type { run as scoring } from "./06-scoring.js"
import type { run as simulation } from "./05-simulation.js"

/** What the sections returned. */
export interface SectionResults {
  readonly deadline: ReturnType<typeof deadline>
  readonly catalog: ReturnType<typeof catalog>
  readonly approval: ReturnType<typeof approval>
  readonly simulation: ReturnType<typeof simulation>
  readonly scoring: ReturnType<typeof scoring>
}

const d = (s: string) => getOrThrow(parseLocalDate(s))
const districtList = readFileSync(new URL("./data/district-list.csv", import.meta.url))

/** Peak-hour windows: Erlang C and the simulated M/M/c wait as the window count grows (λ = 9 per minute, μ = 1). */
const windowSweep = () => {
  const servers = [10, 11, 12, 13, 14]
  return {
    title: { zh: "平均等候与窗口数（M/M/c，λ=9，μ=1）", en: "Mean wait against windows (M/M/c, λ=9, μ=1)" },
    x: { zh: "窗口数", en: "windows" },
    y: { zh: "平均等候（分钟）", en: "mean wait (min)" },
    curves: [
      {
        name: "仿真 simulated",
        points: servers.map((c) => ({
          x: c,
          y: simulateMMc({ lambda: 9, mu: 1, servers: c, customers: 50_000, seed: 1 }).meanWait
        }))
      },
      {
        name: "Erlang C",
        dashed: true,
        points: servers.map((c) => ({ x: c, y: erlangC(9, 1, c)?.meanWait ?? 0 }))
      }
    ]
  }
}

/** Draws the sections' results into out/t-county.html and returns its path. */
export const run = (results: SectionResults): string => {
  heading("七、图文报告", "7. The report")
  const { calendar } = results.deadline
  const year = getOrThrow(listDays(d("2024-01-01"), d("2024-12-31"), { calendar }))
  // 2027 has no State Council notice yet: the provisional calendar projects it, each day flagged.
  const projected = withLayers(getOrThrow(provisionalChinaCalendar({ through: 2027 })), [qiandongnanFoundingDay])
  const next = getOrThrow(listDays(d("2027-01-01"), d("2027-12-31"), { calendar: projected }))
  const { schedule, flow } = results.approval
  const days = getOrThrow(listDays(schedule.start, schedule.finish, { calendar: results.approval.calendar }))
  const report = {
    title: { zh: "T县政务服务中心 · 通办演示报告", en: "T County government service centre · tongban demo report" },
    subtitle: {
      zh: "黔东南州 T 县：工作日历、并联审批、大厅仿真、事项目录与窗口考核（示例数据）",
      en: "T County, Qiandongnan: calendar, parallel approval, hall simulation, catalogue and staff assessment (illustrative data)"
    },
    sections: [
      deadlineSection({
        calendars: [
          {
            title: { zh: "T县 2024 年工作日历（含州庆）", en: "T County working-day calendar 2024 (with 州庆)" },
            days: year
          },
          {
            title: { zh: "T县 2027 年工作日历（预排，通知未发布）", en: "T County 2027, provisional (no notice yet)" },
            days: next
          }
        ],
        clocks: results.deadline.clocks
      }),
      approvalSection({
        comparisons: results.approval.comparisons,
        schedules: [{ schedule, days }],
        flows: [{ flow, criticalPath: criticalPath(flow) }]
      }),
      simulationSection({
        results: results.simulation.results,
        replications: results.simulation.replications,
        comparisons: [results.simulation.comparison],
        names: { today: "现状 today", reformed: "改革后 reformed" },
        sweeps: [windowSweep()]
      }),
      catalogSection({
        ...results.catalog,
        // The district list section 3 reads leniently: what it carries, element by element.
        completeness: catalogueCompleteness(getOrThrow(importCatalogueCsv(districtList)).catalogue)
      }),
      scoringSection(results.scoring)
    ]
  }
  const html = renderHtml(report)
  const dir = resolve("out")
  mkdirSync(dir, { recursive: true })
  const file = resolve(dir, "t-county.html")
  writeFileSync(file, html)
  const figures = reportFigures(report)
  line(`${report.sections.length} 章 sections, ${figures.length} 幅图 figures, ${(html.length / 1024).toFixed(0)} kB`)
  line(`报告 report: ${file}`)
  return file
}
