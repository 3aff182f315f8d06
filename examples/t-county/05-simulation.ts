/**
 * Section 5: simulation. The T County hall (134 windows, 39 departments, a
 * day's arrival profile, the 企业开办 bundle) today — windows only collect,
 * approvals in series, the applicant walks from department to department —
 * against the reformed hall — authorised general windows, parallel
 * approval, more online. Ten working days from 2026-03-02 on the national
 * calendar, three seeds each; then the engine checked against Erlang C.
 */
import { getOrThrow } from "@tongban/core"
import { chinaCalendar } from "@tongban/deadline"
import {
  erlangC,
  parseModel,
  type RunReport,
  runShard,
  simulate,
  simulateMMc,
  summariseSweep
} from "@tongban/simulation"
import { tCountyHall } from "./hall.js"
import { heading, line } from "./print.js"

const pad = (text: string, width: number): string => {
  let w = 0
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1
  return text + " ".repeat(Math.max(0, width - w))
}

export const run = (): void => {
  heading("五、大厅与审批仿真", "5. Simulating the hall and its back offices")
  const scenarios = (["today", "reformed"] as const).map((name) => ({
    name,
    model: getOrThrow(parseModel(tCountyHall(name, { days: 10, start: "2026-03-02" })))
  }))
  const started = performance.now()
  const shard = getOrThrow(runShard(scenarios, { seeds: { from: 1, to: 4 }, calendar: chinaCalendar }))
  const ms = performance.now() - started
  const results = summariseSweep(shard)
  const today = results.find((r) => r.scenario === "today")?.report
  const reformed = results.find((r) => r.scenario === "reformed")?.report
  if (today === undefined || reformed === undefined) return
  const rows: ReadonlyArray<readonly [string, (r: RunReport) => string]> = [
    ["申请件数/10日 cases per run", (r) => r.cases.toFixed(0)],
    ["网办占比 online", (r) => `${(r.onlineShare * 100).toFixed(1)}%`],
    ["窗口即办 decided at window", (r) => `${(r.atWindowShare * 100).toFixed(1)}%`],
    ["补正次数/件 returns per case", (r) => r.returnsPerCase.toFixed(2)],
    ["取号等候 wait (min) mean / p90", (r) => `${r.waitMinutes.mean.toFixed(1)} / ${r.waitMinutes.p90.toFixed(1)}`],
    ["弃号率 reneged", (r) => `${(r.renegedShare * 100).toFixed(1)}%`],
    ["办结用时 cycle (wd) mean / p90", (r) => `${r.cycleDays.mean.toFixed(2)} / ${r.cycleDays.p90.toFixed(2)}`],
    ["跑动次数 trips mean / p90", (r) => `${r.trips.mean.toFixed(2)} / ${r.trips.p90.toFixed(0)}`],
    ["法定时限内 on time (statutory)", (r) => `${((r.onTimeStatutory ?? 0) * 100).toFixed(1)}%`],
    ["承诺时限内 on time (promised)", (r) => `${((r.onTimePromised ?? 0) * 100).toFixed(1)}%`],
    ["综合窗口利用率 general windows busy", (r) => `${((r.windowUtilisation.general ?? 0) * 100).toFixed(1)}%`],
    ["市场监管审批 market reviewers busy", (r) => `${((r.departmentUtilisation.market ?? 0) * 100).toFixed(1)}%`]
  ]
  line(`${pad("指标 metric", 40)}${pad("现状 today", 18)}改革后 reformed`)
  for (const [label, f] of rows) line(`${pad(label, 40)}${pad(f(today), 18)}${f(reformed)}`)
  const events = shard.entries.reduce((n, e) => n + e.summary.events, 0)
  line(`(2 scenarios × 3 seeds, ${events.toLocaleString("en")} events in ${ms.toFixed(0)} ms)`)

  // The 企业开办 bundle alone, from the case records of seed 1.
  for (const s of scenarios) {
    const cases = getOrThrow(simulate(s.model, { seed: 1, calendar: chinaCalendar })).cases.filter(
      (c) => c.service === "startup" && c.cycleDays !== null
    )
    const mean = (f: (c: (typeof cases)[number]) => number): string =>
      (cases.reduce((a, c) => a + f(c), 0) / Math.max(1, cases.length)).toFixed(2)
    line(
      `企业开办 startup bundle · ${s.name === "today" ? "现状 today" : "改革后 reformed"}: ${cases.length} cases, cycle ${mean((c) => c.cycleDays ?? 0)} wd, trips ${mean((c) => c.trips)}`
    )
  }

  const theory = erlangC(9, 1, 10)
  const mmc = simulateMMc({ lambda: 9, mu: 1, servers: 10, customers: 200_000, seed: 1 })
  line(
    `M/M/c 校验 check (λ=9, μ=1, c=10, 200,000 customers): simulated Wq ${mmc.meanWait.toFixed(4)} vs Erlang C ${theory?.meanWait.toFixed(4) ?? "-"}; utilisation ${mmc.utilisation.toFixed(3)}; Little L/λW ${mmc.littleRatio.toFixed(6)}`
  )
}
