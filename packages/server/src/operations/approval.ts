// The operations of @tongban/approval: flow check (with the critical path),
// BPMN import, schedule on the working-day calendar, serial against
// parallel, export (Mermaid, DOT, BPMN), and the resource-constrained review
// schedule (a seeded search, in the worker pool).
//
// Glossary: 审批流程 = approval flow, 关键路径 = critical path,
// 并联审批 = parallel approval, 审查人员 = reviewers.
import {
  compareFlow,
  criticalPath,
  type Flow,
  FlowInputSchema,
  flowToInput,
  parseBpmn,
  parseFlow,
  scheduleFlow,
  scheduleReviewTasks,
  toBpmn,
  toDot,
  toMermaidFlowchart,
  toMermaidGantt
} from "@tongban/approval"
import { fail, ok, prefixIssues, type Result } from "@tongban/core"
import * as z from "zod"
import { exampleFlow } from "../internal/examples.js"
import { serverCodes } from "../IssueCodes.js"
import { CalendarChoiceSchema, calendarOf, LocalDateSchema } from "../internal/schemas.js"
import { defineOperation, type Operation } from "../Operation.js"

const flowOf = (input: unknown): Result<Flow> => {
  const r = parseFlow(input)
  return r.ok ? r : fail(prefixIssues(r.issues, ["flow"]))
}

const check = defineOperation({
  id: "flowCheck",
  path: "/approval/check",
  tag: "approval",
  summary: {
    zh: "流程校验：依赖可解析、无环、网关成对，并给出关键路径与总时长（工作日）",
    en: "check a flow: references resolve, no cycle, gateways paired; with its critical path and makespan in working days"
  },
  heavy: false,
  body: z.strictObject({ flow: FlowInputSchema }),
  example: { flow: exampleFlow },
  invalidExample: {
    flow: { ...exampleFlow, steps: [{ id: "a", name: "A", department: "x", duration: 1, after: ["nowhere"] }] }
  },
  run: (body) => {
    const flow = flowOf(body.flow)
    return flow.ok ? ok(criticalPath(flow.value)) : flow
  }
})

const importBpmn = defineOperation({
  id: "flowImportBpmn",
  path: "/approval/import-bpmn",
  tag: "approval",
  summary: {
    zh: "导入 BPMN 2.0 XML（Activiti、Flowable、Camunda、bpmn.io 等），返回流程 JSON 与不支持元素的警告",
    en: "import BPMN 2.0 XML (Activiti, Flowable, Camunda, bpmn.io…): the flow as JSON, with a warning for every element not carried"
  },
  heavy: false,
  body: z.strictObject({
    xml: z
      .string()
      .min(1)
      .max(4 * 1024 * 1024)
  }),
  example: {
    xml: '<?xml version="1.0" encoding="UTF-8"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><process id="p" name="审批"><startEvent id="s"/><task id="a" name="受理"/><task id="b" name="审查"/><endEvent id="e"/><sequenceFlow id="f1" sourceRef="s" targetRef="a"/><sequenceFlow id="f2" sourceRef="a" targetRef="b"/><sequenceFlow id="f3" sourceRef="b" targetRef="e"/></process></definitions>'
  },
  invalidExample: { xml: "<definitions><process" },
  run: (body) => {
    const r = parseBpmn(body.xml)
    if (!r.ok) return fail(prefixIssues(r.issues, ["xml"]))
    return ok({ flow: flowToInput(r.value.flow), warnings: prefixIssues(r.value.warnings, ["xml"]) })
  }
})

const schedule = defineOperation({
  id: "flowSchedule",
  path: "/approval/schedule",
  tag: "approval",
  summary: {
    zh: "按真实工作日历排期：每个环节的最早、最迟日期、总时差与自由时差，关键路径与完成日",
    en: "schedule a flow on the real working-day calendar: earliest and latest dates, total and free float of each step, the critical path and the finish date"
  },
  heavy: false,
  body: z.strictObject({
    flow: FlowInputSchema,
    start: LocalDateSchema,
    calendar: CalendarChoiceSchema.exactOptional()
  }),
  example: { flow: exampleFlow, start: "2026-09-28" },
  invalidExample: { flow: exampleFlow, start: "2026-13-01" },
  run: (body) => {
    const flow = flowOf(body.flow)
    if (!flow.ok) return flow
    const calendar = calendarOf(body.calendar)
    if (!calendar.ok) return calendar
    return scheduleFlow(flow.value, { start: body.start, calendar: calendar.value })
  }
})

const compare = defineOperation({
  id: "flowCompare",
  path: "/approval/compare",
  tag: "approval",
  summary: {
    zh: "串联与并联对比：逐个办理的总时长、并联办理的关键路径时长、节省的工作日与比例，法定时限与承诺时限",
    en: "serial against parallel: the one-after-another total, the parallel critical path, the days and share saved, and the statutory and promised limits"
  },
  heavy: false,
  body: z.strictObject({ flow: FlowInputSchema }),
  example: { flow: exampleFlow },
  invalidExample: { flow: { ...exampleFlow, steps: [{ id: "a", name: "A", department: "x", duration: -2 }] } },
  run: (body) => {
    const flow = flowOf(body.flow)
    return flow.ok ? ok(compareFlow(flow.value)) : flow
  }
})

const exportFlow = defineOperation({
  id: "flowExport",
  path: "/approval/export",
  tag: "approval",
  summary: {
    zh: "导出流程：Mermaid 流程图、Mermaid 甘特图（需起始日）、GraphViz DOT 或 BPMN 2.0 XML（带布局）",
    en: "export a flow: Mermaid flowchart, Mermaid Gantt (needs a start date), GraphViz DOT, or BPMN 2.0 XML with a laid-out diagram"
  },
  heavy: false,
  body: z.strictObject({
    flow: FlowInputSchema,
    format: z.enum(["mermaid", "gantt", "dot", "bpmn"]),
    start: LocalDateSchema.exactOptional().meta({ description: "for gantt: the day the flow starts" }),
    calendar: CalendarChoiceSchema.exactOptional()
  }),
  example: { flow: exampleFlow, format: "mermaid" },
  invalidExample: { flow: exampleFlow, format: "svg" },
  run: (body) => {
    const flow = flowOf(body.flow)
    if (!flow.ok) return flow
    switch (body.format) {
      case "mermaid":
        return ok({ format: body.format, text: toMermaidFlowchart(flow.value) })
      case "dot":
        return ok({ format: body.format, text: toDot(flow.value) })
      case "bpmn":
        return ok({ format: body.format, text: toBpmn(flow.value) })
      case "gantt": {
        const calendar = calendarOf(body.calendar)
        if (!calendar.ok) return calendar
        if (body.start === undefined) return fail(serverCodes.issue("start_required", { path: ["start"] }))
        const s = scheduleFlow(flow.value, { start: body.start, calendar: calendar.value })
        return s.ok ? ok({ format: body.format, text: toMermaidGantt(s.value) }) : s
      }
    }
  }
})

const TaskSchema = z.strictObject({
  id: z.string().min(1).max(200),
  duration: z.int().min(0).max(10_000),
  predecessors: z.array(z.string().min(1).max(200)).max(1000),
  demands: z.record(z.string().min(1).max(200), z.int().min(0).max(10_000))
})

const reviewers = defineOperation({
  id: "flowScheduleReviewers",
  path: "/approval/schedule-reviewers",
  tag: "approval",
  summary: {
    zh: "资源受限排期（RCPSP）：各部门审查人员有限时，多个案件的审查任务如何排，使全部办完最早（带种子的确定性搜索，在工作线程中运行）",
    en: "resource-constrained schedule (RCPSP): review tasks of several cases under each department's limited reviewers, finishing all as early as possible (a seeded, deterministic search, in the worker pool)"
  },
  heavy: true,
  body: z.strictObject({
    tasks: z.array(TaskSchema).min(1).max(2000),
    capacities: z.record(z.string().min(1).max(200), z.int().min(0).max(10_000)),
    seed: z
      .int()
      .min(0)
      .max(2 ** 31)
      .exactOptional(),
    schedules: z.int().min(1).max(100_000).exactOptional()
  }),
  example: {
    tasks: ["A", "B"].flatMap((c) => [
      { id: `${c}-规划审查`, duration: 2, predecessors: [], demands: { 自然资源局: 1 } },
      { id: `${c}-签批`, duration: 1, predecessors: [`${c}-规划审查`], demands: {} }
    ]),
    capacities: { 自然资源局: 1 },
    seed: 1
  },
  invalidExample: {
    tasks: [{ id: "a", duration: 1, predecessors: ["missing"], demands: { 自然资源局: 1 } }],
    capacities: { 自然资源局: 1 }
  },
  run: (body) => {
    const r = scheduleReviewTasks(body.tasks, {
      capacities: body.capacities,
      ...(body.seed === undefined ? {} : { seed: body.seed }),
      ...(body.schedules === undefined ? {} : { schedules: body.schedules })
    })
    return r.ok ? r : fail(prefixIssues(r.issues, ["tasks"]))
  }
})

/** The operations of `@tongban/approval`. */
export const approvalOperations: ReadonlyArray<Operation> = [
  check,
  importBpmn,
  schedule,
  compare,
  exportFlow,
  reviewers
]
