/**
 * Section 6: scoring. T County assesses its window staff every quarter
 * (窗口工作人员季度考核评分标准, 服务之星评分细则: the paper, section 1.1) and
 * wants rating devices at every window with bad reviews followed up in time
 * (section 2.3). A seeded quarter of events (2026-Q3, 134 windows, 400
 * staff; see scoring-events.ts) is scored with the example rubrics of
 * @tongban/scoring, exactly and with the reasons.
 */
import { getOrThrow, parseLocalDate } from "@tongban/core"
import { chinaCalendar } from "@tongban/deadline"
import {
  type Assessment,
  jointLiabilityRubric,
  quarterlyDeductionRubric,
  reviewStats,
  score,
  windowMaximum110Rubric
} from "@tongban/scoring"
import { heading, line } from "./print.js"
import { generateQuarter } from "./scoring-events.js"

const stars = (a: Assessment): void => {
  for (const award of a.awards) {
    line(`${award.name.zh} ${award.name.en} — 名额 quota ${award.quota}; ${award.tieRule.zh} / ${award.tieRule.en}`)
    for (const w of award.winners.slice(0, 5)) {
      const s = a.scores.find((x) => x.id === w.id)
      line(`  ★ ${w.id} (${s?.window ?? ""}) ${w.reasons.map((r) => r.message.zh).join("；")}`)
      line(`    ${w.reasons.map((r) => r.message.en).join("; ")}`)
    }
    if (award.winners.length > 5) line(`  … 另 ${award.winners.length - 5} 人 and ${award.winners.length - 5} more`)
    const vetoed = award.ineligible.filter((x) => x.reasons.some((r) => r.code === "veto"))
    line(
      `  不符合条件 ineligible: ${award.ineligible.length}, 其中一票否决 of them vetoed: ${vetoed.length}${
        vetoed.length > 0
          ? ` (${vetoed
              .slice(0, 6)
              .map((x) => x.id)
              .join(", ")}${vetoed.length > 6 ? " …" : ""})`
          : ""
      }`
    )
  }
}

/** Prints the section and returns the assessments for the report (07-report.ts). */
export const run = () => {
  heading("六、窗口考核与服务之星", "6. Assessing windows and staff, Service Stars")
  const started = performance.now()
  const { events } = generateQuarter({ count: 60_000 })
  line(
    `生成 2026 年第三季度事件 ${events.length} 条（134 个窗口、400 名工作人员，种子固定） / ${events.length} seeded events for 2026-Q3`
  )

  const q = getOrThrow(score(quarterlyDeductionRubric, events, { period: "2026-Q3" }))
  line(`\n${quarterlyDeductionRubric.name.zh} / ${quarterlyDeductionRubric.name.en}`)
  line(
    `排名规则 ranking: ${q.ranking.rule.zh} / ${q.ranking.rule.en}; 并列先比满意度 ties first broken by smoothed satisfaction`
  )
  const grades = new Map<string, number>()
  for (const s of q.scores) grades.set(s.grade?.name.zh ?? "—", (grades.get(s.grade?.name.zh ?? "—") ?? 0) + 1)
  line(`等次 grades: ${[...grades].map(([g, n]) => `${g} ${n}`).join("，")}`)
  const last = q.scores.at(-1)
  if (last !== undefined) {
    line(`末位 lowest: ${last.id} ${last.score}（名次 rank ${last.rank}），扣分明细 itemised:`)
    for (const l of last.lines)
      line(
        `    ${l.points.padStart(7)}  ${l.name.zh}${l.quantity === undefined ? "" : ` × ${l.quantity}`}${l.note === undefined ? "" : `（${l.note.zh}）`}`
      )
  }
  stars(q)
  const quiet = q.scores.filter((s) => s.satisfaction.evaluations > 0 && s.satisfaction.evaluations < 10)
  for (const s of quiet.slice(0, 2)) {
    line(
      `公平性 fairness: ${s.id} 评价 ${s.satisfaction.satisfied}/${s.satisfaction.evaluations}，原始 raw ${s.satisfaction.rate}% → 平滑 smoothed ${s.satisfaction.smoothed}%（拉普拉斯先验 α = β = 1；少于 10 条评价不参评 / under 10 ratings: not eligible）`
    )
  }

  const j = getOrThrow(score(jointLiabilityRubric, events, { period: "2026-Q3" }))
  line(`\n${jointLiabilityRubric.name.zh}`)
  const chief = j.scores.find((s) => s.lines.some((l) => l.kind === "joint"))
  if (chief !== undefined) {
    const joint = chief.lines.filter((l) => l.kind === "joint")
    line(
      `首席代表 chief representative ${chief.id} (${chief.window ?? ""}): ${chief.score}，连带扣分 ${joint.length} 项 joint deductions, 如 e.g. ${joint[0]?.note?.zh ?? ""}`
    )
  }
  for (const id of ["s007", "s013"]) {
    const s = j.scores.find((x) => x.id === id)
    if (s !== undefined) line(`${id}: ${s.score}，一票否决 veto: ${s.vetoes.map((v) => v.name.zh).join("；") || "—"}`)
  }
  stars(j)

  const w = getOrThrow(score(windowMaximum110Rubric, events, { period: "2026-09" }))
  line(
    `\n${windowMaximum110Rubric.name.zh}，2026-09：前五 top five ${w.scores
      .slice(0, 5)
      .map((s) => `${s.id} ${s.score}`)
      .join("，")}`
  )
  stars(w)

  const r = getOrThrow(
    reviewStats(events, {
      calendar: chinaCalendar,
      limit: "5wd",
      period: "2026-Q3",
      asOf: getOrThrow(parseLocalDate("2026-10-31"))
    })
  )
  const t = r.total
  line(
    `\n好差评 reviews 2026-Q3: ${t.evaluations} 条；好评 good ${t.goodRate}%，中评 medium ${t.mediumRate}%，差评 bad ${t.badRate}%，主动评价率 active ${t.activeRate}%`
  )
  line(
    `差评整改（5 个工作日，国家日历） rectification within 5 working days: 已整改 rectified ${t.rectifiedRate}%，按时 on time ${t.onTimeRate}%，回访 followed up ${t.followUpRate}%；申诉成立剔除 removed by appeal ${r.excludedByAppeal}`
  )
  line(`(${(performance.now() - started).toFixed(0)} ms)`)
  return {
    assessments: [
      { name: quarterlyDeductionRubric.name, assessment: q },
      { name: jointLiabilityRubric.name, assessment: j },
      { name: windowMaximum110Rubric.name, assessment: w }
    ]
  }
}
