/**
 * `tongban flow …`: approval flows from `@tongban/approval`.
 *
 * Glossary: 审批流程 = approval flow; 关键路径 = critical path;
 * 串联 / 并联 = serial / parallel; 法定时限 = statutory limit;
 * 承诺时限 = promised limit; 告知承诺 = commitment-based approval;
 * 联合审查 = joint review; 跑动次数 = citizen trips.
 *
 * @since 0.1.0
 */
import {
  compareFlow,
  type Flow,
  flaggedTransforms,
  scheduleFlow,
  toBpmn,
  toDot,
  toMermaidFlowchart,
  toMermaidGantt,
  whatIf
} from "@tongban/approval"
import { type LocalDate, parseLocalDate, type Result } from "@tongban/core"
import { defineCommand, defineGroup } from "../command.js"
import type { Context } from "../context.js"
import { argument, textOption } from "../options.js"
import { psplibCommand } from "./psplib.js"
import { readFlowFile } from "./readers.js"
import { announcedThroughOption, calendarFor, layerOption, provisionalOption } from "./shared.js"

const flowFile = argument("file", { zh: "流程文件（JSON 或 BPMN）", en: "flow file (JSON or BPMN)" })

/** `--start`, or today in China (UTC+8) by the injected clock when it is not given. */
const startDate = (ctx: Context, given: string | undefined): Result<LocalDate> => {
  const today = new Date(ctx.io.clock() + 8 * 3_600_000).toISOString().slice(0, 10)
  return parseLocalDate(given ?? today, { path: ["start"] })
}

const summary = (flow: Flow) => ({
  id: flow.id,
  name: flow.name,
  steps: flow.steps.length,
  gateways: flow.gateways.length,
  departments: flow.departments.length,
  stages: flow.stages.length
})

const check = defineCommand({
  name: "check",
  description: { zh: "校验流程文件（JSON 或 BPMN）", en: "check a flow file (JSON or BPMN)" },
  formats: ["table", "json"],
  args: [flowFile],
  run: ({ get, ctx }) => {
    const read = readFlowFile(ctx, get(flowFile))
    if (!read.ok) return read
    const s = summary(read.value.flow)
    return {
      ok: true,
      value: {
        json: { ok: true, ...s, warnings: read.value.warnings },
        table: {
          columns: ["id", "name", "steps", "gateways", "departments", "stages"],
          rows: [[s.id, s.name, s.steps, s.gateways, s.departments, s.stages]]
        },
        warnings: read.value.warnings
      }
    }
  }
})

const projectedMark = { zh: " [预测]", en: " [projected]" }

const startOption = textOption("--start <date>", {
  zh: "开始日期（默认今天，北京时间）",
  en: "start date (default: today in China)"
})

const schedule = defineCommand({
  name: "schedule",
  description: {
    zh: "按工作日日历计算关键路径排期",
    en: "schedule a flow by the critical-path method on the working-day calendar"
  },
  formats: ["table", "json", "mermaid", "dot"],
  args: [flowFile],
  options: [startOption, layerOption, provisionalOption, announcedThroughOption],
  run: ({ get, ctx, format }) => {
    const read = readFlowFile(ctx, get(flowFile))
    if (!read.ok) return read
    const { flow: f, warnings } = read.value
    if (format === "dot") return { ok: true, value: { text: toDot(f), warnings } }
    const start = startDate(ctx, get(startOption))
    if (!start.ok) return start
    const calendar = calendarFor(ctx, get(layerOption), get(provisionalOption), {
      announcedThrough: get(announcedThroughOption),
      // A flow rarely runs a year; the provisional calendar reaches five years past the last notice anyway.
      through: Number(start.value.slice(0, 4)) + 1
    })
    if (!calendar.ok) return calendar
    const scheduled = scheduleFlow(f, { start: start.value, calendar: calendar.value })
    if (!scheduled.ok) return scheduled
    const s = scheduled.value
    if (format === "mermaid") return { ok: true, value: { text: toMermaidGantt(s), warnings } }
    const rows = s.steps.map((x) => ({
      id: x.id,
      name: x.name,
      department: x.department ?? null,
      stage: x.stage ?? null,
      days: x.days,
      es: x.es,
      ef: x.ef,
      ls: x.ls,
      lf: x.lf,
      totalFloat: x.totalFloat,
      freeFloat: x.freeFloat,
      critical: x.critical,
      start: x.start,
      finish: x.finish,
      lateStart: x.lateStart,
      lateFinish: x.lateFinish,
      provisional: x.provisional,
      projected: x.projected
    }))
    // A date that rests on projected days is marked, as `tongban due` marks its trace.
    const mark = ctx.t(projectedMark)
    const shown = (r: (typeof rows)[number], d: "start" | "finish"): string =>
      r.projected.includes(d) ? `${r[d]}${mark}` : r[d]
    return {
      ok: true,
      value: {
        json: {
          flow: s.flow,
          name: s.name,
          calendar: s.calendar,
          start: s.start,
          finish: s.finish,
          makespan: s.makespan,
          criticalPaths: s.criticalPaths,
          steps: rows,
          provisional: s.provisional,
          ...(s.announcedThrough === undefined ? {} : { announcedThrough: s.announcedThrough }),
          warnings
        },
        table: {
          columns: [
            "id",
            "name",
            "department",
            "days",
            "es",
            "ef",
            "ls",
            "lf",
            "totalFloat",
            "critical",
            "start",
            "finish"
          ],
          rows: rows.map((r) => [
            r.id,
            r.name,
            r.department,
            r.days,
            r.es,
            r.ef,
            r.ls,
            r.lf,
            r.totalFloat,
            r.critical ? "*" : "",
            shown(r, "start"),
            shown(r, "finish")
          ])
        },
        footer: [
          ctx.t({
            zh: `总工期 ${s.makespan} 个工作日（${s.start} 至 ${s.finish}${s.provisional ? mark : ""}）；关键路径：${s.criticalPaths.map((p) => p.join(" → ")).join("；")}`,
            en: `makespan ${s.makespan} working days (${s.start} to ${s.finish}${s.provisional ? mark : ""}); critical path(s): ${s.criticalPaths.map((p) => p.join(" → ")).join("; ")}`
          }),
          ...(s.provisional
            ? [
                ctx.t({
                  zh: `注：标有“预测”的日期落在 ${s.announcedThrough ?? ""} 之后，该年放假通知尚未公布，按《全国年节及纪念日放假办法》预测；通知公布后请复核`,
                  en: `note: the dates marked projected fall after ${s.announcedThrough ?? ""}, a year whose notice is not out yet, and are projected from the statute; check them again when the notice is published`
                })
              ]
            : [])
        ],
        warnings
      }
    }
  }
})

const compare = defineCommand({
  name: "compare",
  description: {
    zh: "对比串联、并联与法定时限，并模拟告知承诺、联合审查的节省",
    en: "compare serial, parallel and statutory; what 告知承诺 and joint review save"
  },
  formats: ["table", "json"],
  args: [flowFile],
  run: ({ get, ctx }) => {
    const read = readFlowFile(ctx, get(flowFile))
    if (!read.ok) return read
    const f = read.value.flow
    const c = compareFlow(f)
    const what = whatIf(f, flaggedTransforms(f))
    if (!what.ok) return what
    const w = what.value
    const rows: Array<[string, string, number | null, number | null]> = [
      ["serial", ctx.t({ zh: "串联（逐个办理）", en: "serial (one after another)" }), c.serial, c.trips],
      ["parallel", ctx.t({ zh: "并联（按流程图）", en: "parallel (as drawn)" }), c.parallel, c.trips],
      ...w.steps.map((s): [string, string, number, number] => [
        s.transform.kind,
        s.transform.kind === "commitment"
          ? ctx.t({ zh: "＋告知承诺", en: "+ 告知承诺 (commitment)" })
          : ctx.t({ zh: "＋联合审查", en: "+ joint review" }),
        s.makespan,
        s.trips
      ]),
      [
        "statutory",
        ctx.t({ zh: "法定时限（关键路径累加）", en: "statutory limits along the critical path" }),
        c.statutory.days,
        null
      ],
      [
        "promised",
        ctx.t({ zh: "承诺时限（关键路径累加）", en: "promised limits along the critical path" }),
        c.promised.days,
        null
      ],
      ["target", ctx.t({ zh: "流程承诺总时限", en: "the flow's promised total" }), c.target ?? null, null]
    ]
    return {
      ok: true,
      value: {
        json: {
          ...c,
          whatIf: {
            before: w.before,
            after: w.after,
            daysSaved: w.daysSaved,
            tripsSaved: w.tripsSaved,
            steps: w.steps
          },
          warnings: read.value.warnings
        },
        table: { columns: ["case", "description", "workingDays", "trips"], rows },
        warnings: read.value.warnings
      }
    }
  }
})

const diagram = defineCommand({
  name: "diagram",
  description: {
    zh: "输出流程图（Mermaid、GraphViz DOT，或带布局的 BPMN 2.0，可在 bpmn.io / Camunda Modeler 中打开）",
    en: "print the flow as a Mermaid flowchart, GraphViz DOT, or BPMN 2.0 with a laid-out diagram (opens in bpmn.io / Camunda Modeler)"
  },
  formats: ["mermaid", "dot", "bpmn"],
  args: [flowFile],
  run: ({ get, ctx, format }) => {
    const read = readFlowFile(ctx, get(flowFile))
    if (!read.ok) return read
    const { flow: f, warnings } = read.value
    const text = format === "dot" ? toDot(f) : format === "bpmn" ? toBpmn(f) : toMermaidFlowchart(f)
    return { ok: true, value: { text, warnings } }
  }
})

/** `tongban flow check|schedule|compare|diagram|psplib`. */
export const flowCommand = defineGroup({
  name: "flow",
  description: {
    zh: "审批流程：校验、关键路径排期、串并联对比",
    en: "approval flows: check, critical-path schedule, serial vs parallel"
  },
  commands: [check, schedule, compare, diagram, psplibCommand]
})
