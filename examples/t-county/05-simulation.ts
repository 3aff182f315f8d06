/**
 * Section 5: simulation. The T County hall (134 windows, 39 departments, a
 * day's arrival profile, the 企业开办 bundle) today — windows only collect,
 * approvals in series, the applicant walks from department to department —
 * against the reformed hall — authorised general windows, parallel
 * approval, more online. Five working days from 2026-03-02 on the national
 * calendar, 20 replications each on common seeds: every figure with its
 * 95 % interval, the reform's effect as paired differences, the hours of
 * the day with the peak hour named; the schedule risk of the 工程建设 flow;
 * one day's event log as XES; then the engine checked against Erlang C
 * inside its interval.
 */
import { readFileSync } from "node:fs"
import { parseFlow } from "@tongban/approval"
import { getOrThrow, parseLocalDate } from "@tongban/core"
import { chinaCalendar } from "@tongban/deadline"
import {
  compareScenarios,
  erlangC,
  eventLogToXes,
  type Interval,
  intervalOf,
  parseModel,
  replicationReports,
  runShard,
  scheduleRisk,
  simulate,
  simulateMMc,
  summariseSweep
} from "@tongban/simulation"
import { tCountyHall } from "./hall.js"
import { heading, line } from "./print.js"

const RUNS = 20

const pad = (text: string, width: number): string => {
  let w = 0
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1
  return text + " ".repeat(Math.max(0, width - w))
}

// "mean ± half-width" in a metric's unit.
const show = (i: Interval | undefined, scale: number, digits: number, unit = ""): string =>
  i === undefined || i.runs === 0
    ? "-"
    : `${(i.mean * scale).toFixed(digits)} ± ${(((i.ci.high - i.ci.low) / 2) * scale).toFixed(digits)}${unit}`

/** Prints the section and returns the sweep's shard and results for the report (07-report.ts). */
export const run = () => {
  heading("五、大厅与审批仿真", "5. Simulating the hall and its back offices")
  const scenarios = (["today", "reformed"] as const).map((name) => ({
    name,
    model: getOrThrow(parseModel(tCountyHall(name, { days: 5, start: "2026-03-02" })))
  }))
  const started = performance.now()
  const shard = getOrThrow(runShard(scenarios, { seeds: { from: 1, to: RUNS + 1 }, calendar: chinaCalendar }))
  const ms = performance.now() - started
  const results = summariseSweep(shard)
  const replications = replicationReports(shard)
  const comparison = compareScenarios(shard, "today", "reformed")
  const out = { shard, results, replications, comparison, model: scenarios[0]?.model }
  const today = replications.find((r) => r.scenario === "today")
  const reformed = replications.find((r) => r.scenario === "reformed")
  if (today === undefined || reformed === undefined) return out

  const rows: ReadonlyArray<readonly [string, string, number, number, string?]> = [
    ["申请件数/5日 cases per run", "cases", 1, 0],
    ["网办占比 online", "online_share", 100, 1, "%"],
    ["窗口即办 decided at window", "at_window_share", 100, 1, "%"],
    ["补正次数/件 returns per case", "returns_per_case", 1, 3],
    ["取号等候 wait (min) mean", "wait_mean", 1, 2],
    ["取号等候 wait (min) p90", "wait_p90", 1, 1],
    ["等候超15分钟 waited > 15 min", "waited_longer_share", 100, 2, "%"],
    ["弃号率 reneged", "reneged_share", 100, 2, "%"],
    ["办结用时 cycle (wd) mean", "cycle_days_mean", 1, 2],
    ["跑动次数 trips mean", "trips_mean", 1, 2],
    ["法定时限内 on time (statutory)", "on_time_statutory", 100, 1, "%"],
    ["承诺时限内 on time (promised)", "on_time_promised", 100, 1, "%"],
    ["综合窗口利用率 general windows busy", "window_utilisation.general", 100, 1, "%"],
    ["市场监管审批 market reviewers busy", "department_utilisation.market", 100, 1, "%"],
    ["住建局审批 housing reviewers busy", "department_utilisation.housing", 100, 1, "%"]
  ]
  line(
    `${RUNS} 次重复、共同随机数，均值 ± 95% 置信区间半宽 · ${RUNS} replications on common seeds, mean ± 95 % half-width`
  )
  line(`${pad("指标 metric", 38)}${pad("现状 today", 20)}${pad("改革后 reformed", 20)}配对差 paired difference`)
  for (const [label, key, scale, digits, unit] of rows)
    line(
      `${pad(label, 38)}${pad(show(today.metrics[key], scale, digits, unit), 20)}${pad(show(reformed.metrics[key], scale, digits, unit), 20)}${show(comparison.differences[key], scale, digits, unit)}`
    )
  const events = shard.entries.reduce((n, e) => n + e.summary.events, 0)
  line(`(2 scenarios × ${RUNS} seeds, ${events.toLocaleString("en")} events in ${ms.toFixed(0)} ms)`)

  // The hours of the day, today: where the queue builds up.
  line()
  line(`现状各时段 today by hour of the ticket (mean ± 95 % half-width over ${RUNS} runs):`)
  line(
    `${pad("时段 hour", 12)}${pad("取号 tickets", 18)}${pad("等候 wait (min)", 18)}${pad(">15 分钟 share", 18)}${pad("弃号 reneged", 16)}排队 queue`
  )
  for (const h of today.hours)
    line(
      `${pad(`${String(h.hour).padStart(2, "0")}:00`, 12)}${pad(show(h.tickets, 1, 0), 18)}${pad(show(h.meanWait, 1, 2), 18)}${pad(show(h.waitedLongerShare, 100, 1, "%"), 18)}${pad(show(h.renegedShare, 100, 1, "%"), 16)}${show(h.meanQueue, 1, 1)}`
    )
  const peak = today.hours.find((h) => h.hour === today.peakHour)
  if (peak !== undefined)
    line(
      `高峰时段 peak hour: ${String(peak.hour).padStart(2, "0")}:00–${String(peak.hour + 1).padStart(2, "0")}:00, mean wait ${show(peak.meanWait, 1, 2)} min, ${show(peak.waitedLongerShare, 100, 1, "%")} waited longer than 15 min (reformed: peak hour ${reformed.peakHour === null ? "-" : `${reformed.peakHour}:00`})`
    )

  // The 企业开办 bundle alone, from the case records of seed 1.
  line()
  for (const s of scenarios) {
    const cases = getOrThrow(simulate(s.model, { seed: 1, calendar: chinaCalendar })).cases.filter(
      (c) => c.service === "startup" && c.cycleDays !== null
    )
    const mean = (f: (c: (typeof cases)[number]) => number): string =>
      (cases.reduce((a, c) => a + f(c), 0) / Math.max(1, cases.length)).toFixed(2)
    line(
      `企业开办 startup bundle · ${s.name === "today" ? "现状 today" : "改革后 reformed"} (seed 1): ${cases.length} cases, cycle ${mean((c) => c.cycleDays ?? 0)} wd, trips ${mean((c) => c.trips)}`
    )
  }

  // Schedule risk of the parallel 工程建设 flow: its triangular durations against the plan of their modes.
  const flow = getOrThrow(
    parseFlow(JSON.parse(readFileSync(new URL("./flows/gongcheng-jianshe.json", import.meta.url), "utf8")))
  )
  const risk = getOrThrow(
    scheduleRisk(flow, { start: getOrThrow(parseLocalDate("2026-03-02")), calendar: chinaCalendar, runs: 5000 })
  )
  const critical = risk.criticality
    .filter((c) => c.index >= 0.3 && c.index < 0.95)
    .map((c) => `${c.name} ${(c.index * 100).toFixed(0)}%`)
    .join("、")
  line()
  line(
    `工程建设进度风险 schedule risk of ${flow.name} (5,000 draws from 2026-03-02): plan of the modes ${risk.planned.makespan} wd, finish ${risk.planned.finish}; drawn mean ${risk.makespan.mean.toFixed(1)} wd, finish p50 ${risk.finish.p50}, p90 ${risk.finish.p90}; only ${(risk.plannedOrEarlier * 100).toFixed(0)}% of runs finish by the planned date${risk.promised === null ? "" : `; promised ${risk.promised.limit} wd met in ${(risk.promised.probability * 100).toFixed(1)}%`}`
  )
  if (critical !== "") line(`  sometimes critical 有时处于关键路径: ${critical}`)

  // The event log of one day, as XES for process-mining tools.
  const day = getOrThrow(
    simulate(getOrThrow(parseModel(tCountyHall("today", { days: 1, start: "2026-03-02" }))), {
      seed: 1,
      calendar: chinaCalendar,
      eventLog: true
    })
  )
  const xes = eventLogToXes(day)
  line(
    `XES 事件日志 event log of 2026-03-02: ${day.cases.length.toLocaleString("en")} traces, ${(xes.match(/<event>/g)?.length ?? 0).toLocaleString("en")} events, ${(xes.length / 1024 / 1024).toFixed(1)} MB (IEEE 1849-2016, individual windows and reviewers)`
  )

  const theory = erlangC(9, 1, 10)?.meanWait ?? Number.NaN
  const mmc = Array.from({ length: RUNS }, (_, i) =>
    simulateMMc({ lambda: 9, mu: 1, servers: 10, customers: 100_000, seed: i + 1 })
  )
  const wait = intervalOf(mmc.map((r) => r.meanWait))
  line(
    `M/M/c 校验 check (λ=9, μ=1, c=10, ${RUNS} × 100,000 customers): simulated Wq ${wait.mean.toFixed(4)}, 95 % interval [${wait.ci.low.toFixed(4)}, ${wait.ci.high.toFixed(4)}]; Erlang C ${theory.toFixed(4)} ${wait.ci.low <= theory && theory <= wait.ci.high ? "inside 在区间内" : "OUTSIDE 不在区间内"}`
  )
  return out
}
