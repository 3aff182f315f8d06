/**
 * Section 4: approval flows. The paper (section 1.2.2) finds that T County's
 * approval is parallel in name only: the citizen carries the file from
 * department to department and each step waits for a head's signature.
 * Reform targets: 企业开办 in one to three working days; 工程建设项目审批
 * within 120 working days over four stages (国办发〔2019〕11号). The flows in
 * ./flows are ILLUSTRATIVE (durations chosen to be plausible, not measured
 * in T County). This section compares serial and parallel handling, applies
 * 告知承诺 and joint review, and writes a dated Mermaid Gantt chart to out/.
 * It also reads ./flows/shigong-xuke.bpmn, a construction-permit flow as a
 * county's modeller (Camunda Modeler) saves it: a lane per department, a
 * three-person 会签, a boundary timer with its escalation, and a rework
 * loop 驳回 → 修改申请 → 重新审核; and writes it back as BPMN to out/.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { fileURLToPath } from "node:url"
import {
  compareFlow,
  criticalPath,
  type Flow,
  type FlowComparison,
  makeParallel,
  parseBpmn,
  parseFlow,
  scheduleFlow,
  toBpmn,
  toMermaidGantt,
  whatIf
} from "@tongban/approval"
import { formatIssues, getOrThrow, parseJson, parseLocalDate } from "@tongban/core"
import { chinaCalendar } from "@tongban/deadline"
import { heading, line } from "./print.js"

const load = (file: string): Flow => {
  const text = readFileSync(fileURLToPath(new URL(`./flows/${file}`, import.meta.url)), "utf8")
  const flow = parseFlow(getOrThrow(parseJson(text)))
  if (!flow.ok) throw new Error(formatIssues(flow.issues, "both"))
  return flow.value
}

const print = (c: FlowComparison, name: string): void => {
  line(`${name}`)
  line(
    `  串联 serial ${c.serial} 工作日 · 并联 parallel ${c.parallel} 工作日 · 节省 saved ${c.saving} (${(c.savingRate * 100).toFixed(0)}%)`
  )
  line(
    `  法定时限累加 statutory along the critical path ${c.statutory.days} · 承诺 promised ${c.promised.days} · ` +
      `目标 target ${c.target ?? "—"} → ${c.withinTarget === true ? "达标 within" : "未达标 over"} · 跑动 trips ${c.trips}`
  )
  line(
    `  关键路径 critical path: ${c.criticalPaths[0]?.join(" → ") ?? "—"}${c.criticalPaths.length > 1 ? ` (+${c.criticalPaths.length - 1})` : ""}`
  )
}

/** Prints the section and returns the comparisons, the schedule and the flow for the report (07-report.ts). */
export const run = () => {
  heading("四、并联审批与关键路径", "4. Parallel approval and the critical path")
  line("流程数据仅作说明 / illustrative flows, durations not measured in T County")

  // 企业开办: serial as the paper describes it, then the same steps in parallel.
  const serial = load("qiye-kaiban-serial.json")
  const comparisons: Array<{ readonly name: string; readonly comparison: FlowComparison }> = []
  const show = (c: FlowComparison, name: string): void => {
    comparisons.push({ name: name.trim().split("·")[0]?.trim() ?? name, comparison: c })
    print(c, name)
  }
  show(compareFlow(serial), "\n企业开办（串联）· business start-up, serial")
  const followers = serial.steps.filter((s) => s.id !== "yyzz").map((s) => s.id)
  const opened = getOrThrow(makeParallel(serial, { steps: followers }))
  line(`  并联后 after making ${followers.length} steps parallel: ${criticalPath(opened).makespan} 工作日`)
  const flags = getOrThrow(
    whatIf(serial, [
      { kind: "commitment" },
      { kind: "joint_review" },
      { kind: "parallel", steps: ["gzkz", "社保公积金登记", "yh"] }
    ])
  )
  for (const s of flags.steps) {
    line(
      `  what-if ${s.transform.kind.padEnd(12)} → ${s.makespan} 工作日, ${s.trips} 次跑动 (saves ${s.daysSaved} days, ${s.tripsSaved} trips)`
    )
  }
  const parallel = load("qiye-kaiban-parallel.json")
  show(compareFlow(parallel), "\n企业开办（一窗受理、并联办理）· business start-up, one window, parallel")

  // A flow drawn in a modeller: lanes are departments, 会签 is multi-instance, the loop back is rework.
  const bpmnText = readFileSync(fileURLToPath(new URL("./flows/shigong-xuke.bpmn", import.meta.url)), "utf8")
  const drawn = getOrThrow(parseBpmn(bpmnText))
  const permit = drawn.flow
  line(`\n${permit.name}（BPMN，Camunda Modeler 绘制）· drawn in a modeller`)
  line(`  泳道即部门 lanes as departments: ${permit.departments.map((d) => d.id).join("、")}`)
  for (const s of permit.steps.filter((x) => x.multiInstance !== undefined)) {
    line(
      `  会签 ${s.name}: ${s.multiInstance?.instances} 人${s.multiInstance?.mode === "parallel" ? "并行" : "依次"}，需 ${s.reviewers} 名审查人，${s.days} 个工作日`
    )
  }
  for (const s of permit.steps.filter((x) => x.events.length > 0)) {
    for (const e of s.events)
      line(`  边界定时器 boundary timer on ${s.name}: ${e.name ?? e.id}, ${e.days ?? "—"} 个工作日时限`)
  }
  for (const w of drawn.warnings) line(`  提示 ${w.message.zh}`)
  const firstPass = criticalPath(permit)
  line(
    `  关键路径 ${firstPass.criticalPaths[0]?.map((id) => permit.steps.find((s) => s.id === id)?.name ?? id).join(" → ") ?? "—"}：${firstPass.makespan} 个工作日（承诺 ${permit.promised ?? "—"}）`
  )
  line(`  ${firstPass.note?.zh ?? ""} / ${firstPass.note?.en ?? ""}`)
  for (const r of permit.rework) {
    line(
      `  返工 rework ${r.id}: 概率 ${r.probability}，经过 ${(r.via ?? []).map((id) => permit.steps.find((s) => s.id === id)?.name ?? id).join("、")}，回到 ${permit.steps.find((s) => s.id === r.to)?.name ?? r.to}`
    )
  }
  const outDir = resolve("out")
  mkdirSync(outDir, { recursive: true })
  const bpmnFile = resolve(outDir, "shigong-xuke.tongban.bpmn")
  writeFileSync(bpmnFile, toBpmn(permit))
  line(`  BPMN 写出 written (opens in bpmn.io / Camunda Modeler): ${bpmnFile}`)

  // 工程建设项目审批: four stages, parallel review, joint drawing review and joint acceptance.
  const build = load("gongcheng-jianshe.json")
  show(compareFlow(build), "\n工程建设项目审批 · construction project approval (four stages)")
  const reform = getOrThrow(whatIf(build, [{ kind: "commitment" }, { kind: "joint_review" }]))
  for (const s of reform.steps) {
    line(
      `  what-if ${s.transform.kind.padEnd(12)} → ${s.makespan} 工作日, ${s.trips} 次跑动 (saves ${s.daysSaved} days, ${s.tripsSaved} trips)`
    )
  }

  // The schedule on the national calendar, from a start across the 2024 National Day.
  const start = getOrThrow(parseLocalDate("2024-09-02"))
  const scheduled = getOrThrow(scheduleFlow(build, { start, calendar: chinaCalendar }))
  line(
    `\n排期 schedule from ${scheduled.start}: 办结 finishes ${scheduled.finish} after ${scheduled.makespan} working days`
  )
  for (const stage of build.stages) {
    const steps = scheduled.steps.filter((s) => s.stage === stage.id)
    const first = steps.reduce((a, b) => (b.start < a ? b.start : a), steps[0]?.start ?? scheduled.start)
    const last = steps.reduce((a, b) => (b.finish > a ? b.finish : a), steps[0]?.finish ?? scheduled.start)
    line(`  ${stage.name.padEnd(10, "　")} ${first} → ${last}`)
  }
  const dir = resolve("out")
  mkdirSync(dir, { recursive: true })
  const file = resolve(dir, "gongcheng-jianshe-gantt.mmd")
  writeFileSync(file, `${toMermaidGantt(scheduled)}\n`)
  line(`  Mermaid 甘特图 Gantt chart written to ${file}`)
  return { comparisons, schedule: scheduled, flow: build, calendar: chinaCalendar, drawn: permit }
}
