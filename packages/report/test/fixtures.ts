/** A small report with every section, built from the packages' own results (fast enough for a test). */
import { compareFlow, criticalPath, parseFlow, scheduleFlow } from "@tongban/approval"
import { readFileSync } from "node:fs"
import { type Catalogue, catalogueFromJson, catalogueStats, diffCatalogues } from "@tongban/catalog"
import { getOrThrow, parseLocalDate } from "@tongban/core"
import { caseClock, chinaCalendar, licensingDecision, listDays } from "@tongban/deadline"
import {
  approvalSection,
  catalogSection,
  deadlineSection,
  type Report,
  scoringSection,
  simulationSection
} from "@tongban/report"
import { parseEvents, quarterlyDeductionRubric, score } from "@tongban/scoring"
import { compareScenarios, parseModel, replicationReports, runShard, summariseSweep } from "@tongban/simulation"

const d = (s: string) => getOrThrow(parseLocalDate(s))

/** A four-step flow (企业开办) with one parallel pair. */
export const kaibanFlow = getOrThrow(
  parseFlow({
    id: "kaiban",
    name: "企业开办",
    steps: [
      { id: "yyzz", name: "营业执照", department: "scj", duration: 1 },
      { id: "kz", name: "公章刻制", department: "gaj", duration: 1, after: ["yyzz"] },
      { id: "sw", name: "税务登记", department: "sw", duration: 2, after: ["yyzz"] },
      { id: "yh", name: "银行开户", department: "yh", duration: 1, after: ["kz", "sw"] }
    ]
  })
)

/** A one-department hall with `count` windows. */
export const smallHall = (count: number) =>
  getOrThrow(
    parseModel({
      departments: [{ id: "d", reviewers: 1 }],
      windows: [{ id: "w", count }],
      services: [
        { id: "s", department: "d", arrivals: { perDay: 60 }, windowMinutes: { type: "exponential", mean: 12 } }
      ]
    })
  )

/** The small hall with two and with three windows, seeds 1–5. */
export const twoHallsShard = getOrThrow(
  runShard(
    [
      { name: "two", model: smallHall(2) },
      { name: "three", model: smallHall(3) }
    ],
    { seeds: { from: 1, to: 5 } }
  )
)

export const smallReport = (): Report => {
  const flow = kaibanFlow
  const shard = twoHallsShard
  const schedule = getOrThrow(scheduleFlow(flow, { start: d("2024-09-27"), calendar: chinaCalendar }))
  const catalogue = (file: string): Catalogue =>
    getOrThrow(catalogueFromJson(readFileSync(new URL(`../../../examples/t-county/data/${file}`, import.meta.url))))
  const before = catalogue("catalogue-2019.json")
  const after = catalogue("catalogue-2020.json")
  const events = getOrThrow(
    parseEvents([
      { kind: "case", date: "2026-07-07", staff: "s1", window: "w1", code: "on_time" },
      { kind: "case", date: "2026-07-07", staff: "s2", window: "w1", code: "overdue" },
      { kind: "attendance", date: "2026-07-08", staff: "s3", window: "w2", code: "late" }
    ])
  )
  return {
    title: { zh: "测试报告", en: "Test report" },
    sections: [
      deadlineSection({
        calendars: [{ days: getOrThrow(listDays(d("2024-01-01"), d("2024-12-31"), { calendar: chinaCalendar })) }],
        clocks: [
          {
            label: "食品经营许可",
            clock: getOrThrow(
              caseClock([{ type: "accepted", date: d("2024-09-27") }], {
                calendar: chinaCalendar,
                limit: licensingDecision.limit,
                asOf: d("2024-10-28")
              })
            )
          }
        ]
      }),
      approvalSection({
        comparisons: [{ name: "企业开办", comparison: compareFlow(flow) }],
        schedules: [
          { schedule, days: getOrThrow(listDays(schedule.start, schedule.finish, { calendar: chinaCalendar })) }
        ],
        flows: [{ flow, criticalPath: criticalPath(flow) }]
      }),
      simulationSection({
        results: summariseSweep(shard),
        replications: replicationReports(shard),
        comparisons: [compareScenarios(shard, "two", "three")],
        sweeps: [
          {
            x: { zh: "窗口数", en: "windows" },
            y: { zh: "等候", en: "wait" },
            curves: [{ name: "Wq", points: [2, 3, 4].map((x) => ({ x, y: 6 / x })) }]
          }
        ]
      }),
      catalogSection({ diff: diffCatalogues(before, after), stats: catalogueStats(after) }),
      scoringSection({
        assessments: [{ assessment: getOrThrow(score(quarterlyDeductionRubric, events, { period: "2026-Q3" })) }]
      })
    ]
  }
}
