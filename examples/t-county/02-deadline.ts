/**
 * Section 2: statutory due dates on the real calendar. T County is in
 * 黔东南州, so its calendar is the national one plus the prefecture's founding
 * day (州庆, 23 July, two days off). Each case prints its due date and the
 * trace a window clerk can read to a citizen: every day skipped, and why.
 * A case accepted on 2026-12-01 ends in 2027, whose notice is not out: the
 * national calendar refuses it and says why; the provisional calendar gives
 * the best estimate, flagged, with the projected days it rests on and the
 * article each comes from.
 */
import { getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import {
  type CaseClock,
  type CaseEvent,
  caseClock,
  chinaCalendar,
  compressionRate,
  formatTimeLimit,
  isWorkingDay,
  licensingDecision,
  petitionHandling,
  qiandongnanFoundingDay,
  type TimeLimit,
  withLayers
} from "@tongban/deadline"
import { provisionalChinaCalendar } from "@tongban/deadline/provisional"
import { heading, line } from "./print.js"

const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))

const calendar = withLayers(chinaCalendar, [qiandongnanFoundingDay], {
  id: "t-county",
  name: { zh: "T县（黔东南州）工作日历", en: "T County (Qiandongnan) working-day calendar" }
})

interface DemoCase {
  readonly title: string
  readonly events: ReadonlyArray<CaseEvent>
  readonly limit: TimeLimit
  readonly asOf: string
  readonly basis: string
}

const cases: ReadonlyArray<DemoCase> = [
  {
    title: "食品经营许可 · accepted Friday 2024-09-27, across the National Day holiday",
    events: [{ type: "accepted", date: d("2024-09-27") }],
    limit: licensingDecision.limit,
    asOf: "2024-10-28",
    basis: `行政许可法${licensingDecision.citation.article}`
  },
  {
    title: "建设工程规划许可 · inspection 10-09…10-11 not counted, +10 working days approved",
    events: [
      { type: "accepted", date: d("2024-09-27") },
      { type: "suspended", date: d("2024-10-09"), reason: "inspection" },
      { type: "resumed", date: d("2024-10-11") },
      { type: "extended", date: d("2024-10-25"), by: { amount: 10, unit: "working_day" }, approvedBy: "县住建局局长" }
    ],
    limit: licensingDecision.limit,
    asOf: "2024-11-12",
    basis: "行政许可法第四十二条、第四十五条"
  },
  {
    title: "个体工商户变更 · promised 5 working days, across 州庆 2024-07-23/24",
    events: [{ type: "accepted", date: d("2024-07-19") }],
    limit: { amount: 5, unit: "working_day" },
    asOf: "2024-07-29",
    basis: "T县承诺时限 · 黔东南州自治条例第六十一条"
  },
  {
    title: "信访事项 · 60 days from 2024-08-05",
    events: [{ type: "accepted", date: d("2024-08-05") }],
    limit: petitionHandling.limit,
    asOf: "2024-09-30",
    basis: `信访工作条例${petitionHandling.citation.article}`
  }
]

/** Prints the section and returns the calendar and the clocks for the report (07-report.ts). */
export const run = () => {
  heading("二、法定期限与到期日", "2. Statutory time limits and due dates")
  const clocks: Array<{ readonly label: string; readonly clock: CaseClock; readonly baseLimit: TimeLimit }> = []
  for (const c of cases) {
    const clock = caseClock(c.events, { calendar, limit: c.limit, asOf: d(c.asOf) })
    line(`\n▸ ${c.title}`)
    if (!clock.ok) {
      line(`  ${clock.issues.map((i) => i.message.zh).join("; ")}`)
      continue
    }
    const k = clock.value
    clocks.push({ label: c.title.split(" · ")[0] ?? c.title, clock: k, baseLimit: c.limit })
    line(`  ${c.basis} · 时限 ${formatTimeLimit(k.limit, "zh")} / ${formatTimeLimit(k.limit, "en")}`)
    line(
      `  到期 due ${k.due ?? "-"} · 截至 as of ${c.asOf}: 已用 elapsed ${k.elapsed}, 剩余 remaining ${String(k.remaining)} · 预警 level ${k.level}`
    )
    for (const step of k.trace) {
      if (step.kind === "event" || step.kind === "due") continue
      line(
        `    ${step.date} ${step.kind.padEnd(8)} ${step.message.zh} / ${step.message.en}${step.source === undefined ? "" : ` [${step.source}]`}`
      )
    }
  }
  const promised: TimeLimit = { amount: 5, unit: "working_day" }
  line(
    `\n承诺 5 个工作日对法定 20 个工作日的压缩率 / compression of a promised 5 against a statutory 20 working days: ${((compressionRate(promised, licensingDecision.limit) ?? 0) * 100).toFixed(0)}%`
  )
  const refused = isWorkingDay(d("2027-01-04"), { calendar })
  if (!refused.ok) line(`2027: ${refused.issues[0]?.message.zh ?? ""} (${refused.issues[0]?.code ?? ""})`)
  provisionalCase()
  return { calendar, clocks }
}

/** A case accepted on 2026-12-01 with 30 working days: refused, then estimated and flagged. */
const provisionalCase = (): void => {
  line("\n▸ 建设工程施工许可 · accepted 2026-12-01, 30 working days: the 2027 notice is not out")
  const events: ReadonlyArray<CaseEvent> = [{ type: "accepted", date: d("2026-12-01") }]
  const limit = "30个工作日"
  const asOf = d("2026-12-02")
  const national = caseClock(events, { calendar, limit, asOf })
  if (!national.ok) {
    const issue = national.issues[0]
    line(`  全国日历 national calendar: ${issue?.code ?? ""}, elapsed ${String(issue?.facts.elapsed)}`)
  }
  const projected = provisionalChinaCalendar({ through: 2031 })
  if (!projected.ok) {
    line(`  ${projected.issues.map((i) => i.message.zh).join("; ")}`)
    return
  }
  const tCounty = withLayers(projected.value, [qiandongnanFoundingDay], {
    id: "t-county-provisional",
    name: { zh: "T县工作日历（2027 年起为预测）", en: "T County calendar (projected from 2027)" }
  })
  const clock = caseClock(events, { calendar: tCounty, limit, asOf })
  if (!clock.ok) {
    line(`  ${clock.issues.map((i) => i.message.zh).join("; ")}`)
    return
  }
  const k = clock.value
  line(
    `  预测到期 provisional due ${k.due ?? "-"} · provisional: ${String(k.provisional === true)} · 截至 as of 2026-12-02: 已用 elapsed ${k.elapsed}, 剩余 remaining ${String(k.remaining)}`
  )
  line("  所依据的预测日 the projected days it rests on:")
  for (const step of k.trace) {
    if (step.provisional !== true || step.kind !== "skipped") continue
    line(
      `    ${step.date} ${step.message.zh} / ${step.message.en}${step.source === undefined ? "" : ` [${step.source}]`}`
    )
  }
  line("  2027 年通知发布后，用 parseNotice 读入通知文件，casesMovedBy 列出到期日变动的案件。")
  line("  When the 2027 notice is out: read it with parseNotice; casesMovedBy lists the cases whose due dates move.")
}
