/**
 * Text exports of flows and schedules: a dated Mermaid Gantt chart, a
 * Mermaid flowchart and GraphViz DOT.
 *
 * Glossary: 甘特图 = Gantt chart; 流程图 = flowchart; 关键路径 = critical path
 * (marked `crit` in the Gantt chart); 阶段 = stage (a Gantt section).
 *
 * @since 0.1.0
 */
import { addDays } from "@tongban/core"
import type { FlowSchedule, ScheduledStep } from "./CriticalPath.js"
import type { Flow } from "./Flow.js"
import { dotOf, mermaidOf } from "./internal/graph.js"

/** Text safe inside a Mermaid Gantt task or section name. */
const ganttText = (text: string): string =>
  text
    .replace(/[:;#\n\r]/g, (c) => (c === ":" ? "：" : c === ";" ? "；" : " "))
    .replace(/\s+/g, " ")
    .trim() || "-"

/**
 * Options of {@link toMermaidGantt}.
 *
 * @since 0.1.0
 * @category models
 */
export interface GanttOptions {
  /** Title of the chart (default: the flow's name). */
  readonly title?: string
  /** Sections by `stage` (default) or by `department`. */
  readonly sections?: "stage" | "department"
}

/**
 * A Mermaid Gantt chart of a schedule, on its real dates: each step is a bar
 * from its first to its last working day, critical steps are marked `crit`,
 * zero-day steps are milestones, sections are stages (or departments). On a
 * provisional calendar a step whose dates rest on projected days is named
 * with `（预测）` and a comment line says from which day the dates are
 * projected. 预测日历上，日期依赖预测日的环节名后加“（预测）”。
 *
 * @example
 * ```ts
 * import { parseFlow, scheduleFlow, toMermaidGantt } from "@tongban/approval"
 * import { getOrThrow, parseLocalDate } from "@tongban/core"
 * import { chinaCalendar } from "@tongban/deadline"
 *
 * const flow = getOrThrow(parseFlow({
 *   id: "f",
 *   name: "示例",
 *   steps: [{ id: "a", name: "受理", department: "中心", duration: 2 }]
 * }))
 * const s = getOrThrow(scheduleFlow(flow, { start: getOrThrow(parseLocalDate("2024-09-30")), calendar: chinaCalendar }))
 * toMermaidGantt(s).split("\n")[4] // "    受理 :crit, s0, 2024-09-30, 2024-10-09"
 * ```
 *
 * @since 0.1.0
 * @category export
 */
export const toMermaidGantt = (schedule: FlowSchedule, options?: GanttOptions): string => {
  const by = options?.sections ?? "stage"
  const lines = [
    "gantt",
    `    title ${ganttText(options?.title ?? schedule.name)}`,
    "    dateFormat YYYY-MM-DD",
    "    axisFormat %m-%d",
    ...(schedule.provisional
      ? [
          `    %% 预测：${schedule.announcedThrough ?? ""} 之后的日期尚无放假通知 / projected: no notice yet for the days after ${schedule.announcedThrough ?? ""}`
        ]
      : [])
  ]
  const sections = new Map<string, Array<{ step: ScheduledStep; index: number }>>()
  schedule.steps.forEach((step, index) => {
    const key = (by === "stage" ? step.stage : step.department) ?? ""
    const list = sections.get(key)
    if (list === undefined) sections.set(key, [{ step, index }])
    else list.push({ step, index })
  })
  const plain = sections.size === 1 && sections.has("")
  const stageNames = new Map(schedule.stages.map((st) => [st.id, st.name]))
  for (const [key, steps] of sections) {
    const name = by === "stage" ? (stageNames.get(key) ?? key) : key
    if (!plain) lines.push(`    section ${ganttText(name === "" ? "-" : name)}`)
    for (const { step, index } of steps) {
      const tags = [...(step.critical ? ["crit"] : []), ...(step.days === 0 ? ["milestone"] : [])]
      // Mermaid's end date is exclusive: the bar ends the day after `finish`.
      const end = step.days === 0 ? "0d" : addDays(step.finish, 1)
      const label = step.provisional ? `${step.name}（预测）` : step.name
      lines.push(`    ${ganttText(label)} :${[...tags, `s${index}`, step.start, end].join(", ")}`)
    }
  }
  return lines.join("\n")
}

const stepLabel = (name: string, days: number): string => `${name}（${days} 工作日）`

/**
 * Options of {@link toMermaidFlowchart} and {@link toDot}.
 *
 * @since 0.1.0
 * @category models
 */
export interface DiagramOptions {
  /** Layout direction of the Mermaid chart (default `LR`). */
  readonly direction?: "LR" | "TD"
}

const diagram = (flow: Flow) => {
  const ids = [...flow.steps.map((s) => s.id), ...flow.gateways.map((g) => g.id)]
  const at = new Map(ids.map((id, i) => [id, i]))
  const nodes = [
    ...flow.steps.map((s) => ({ label: stepLabel(s.name, s.days), shape: "rectangle" as const })),
    ...flow.gateways.map((g) => ({
      label: g.name ?? `${g.kind === "parallel" ? "+" : "×"} ${g.role === "fork" ? "分支" : "汇聚"}`,
      shape: "diamond" as const
    }))
  ]
  const probability = new Map<string, number>()
  for (const g of flow.gateways) for (const b of g.branches) probability.set(`${g.id}\u0000${b.to}`, b.probability)
  const edges: Array<readonly [number, number, string]> = []
  for (const node of [...flow.steps, ...flow.gateways]) {
    const to = at.get(node.id)
    for (const p of node.after) {
      const from = at.get(p)
      const pr = probability.get(`${p}\u0000${node.id}`)
      if (from !== undefined && to !== undefined) edges.push([from, to, pr === undefined ? "" : `p=${pr}`])
    }
  }
  return { nodes, edges }
}

/**
 * A Mermaid flowchart of a flow: steps as boxes labelled with their working
 * days, gateways as diamonds, exclusive branches labelled with their
 * probability.
 *
 * @example
 * ```ts
 * import { parseFlow, toMermaidFlowchart } from "@tongban/approval"
 * import { getOrThrow } from "@tongban/core"
 *
 * const flow = getOrThrow(parseFlow({
 *   id: "f",
 *   name: "示例",
 *   steps: [
 *     { id: "a", name: "受理", department: "中心", duration: 1 },
 *     { id: "b", name: "审查", department: "局", duration: 3, after: ["a"] }
 *   ]
 * }))
 * toMermaidFlowchart(flow).split("\n") // ["flowchart LR", '  0["受理（1 工作日）"]', '  1["审查（3 工作日）"]', "  0 --> 1"]
 * ```
 *
 * @since 0.1.0
 * @category export
 */
export const toMermaidFlowchart = (flow: Flow, options?: DiagramOptions): string => {
  const { nodes, edges } = diagram(flow)
  return mermaidOf(nodes, edges, options?.direction ?? "LR")
}

/**
 * GraphViz DOT text of a flow, for `dot -Tsvg`.
 *
 * @example
 * ```ts
 * import { parseFlow, toDot } from "@tongban/approval"
 * import { getOrThrow } from "@tongban/core"
 *
 * const flow = getOrThrow(parseFlow({
 *   id: "f",
 *   name: "示例",
 *   steps: [
 *     { id: "a", name: "受理", department: "中心", duration: 1 },
 *     { id: "b", name: "审查", department: "局", duration: 3, after: ["a"] }
 *   ]
 * }))
 * toDot(flow).split("\n")[0] // 'digraph "示例" {'
 * ```
 *
 * @since 0.1.0
 * @category export
 */
export const toDot = (flow: Flow): string => {
  const { nodes, edges } = diagram(flow)
  return dotOf(
    nodes.map((n) => n.label),
    edges,
    flow.name
  )
}
