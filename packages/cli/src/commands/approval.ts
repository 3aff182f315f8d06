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
  parseBpmn,
  parseFlow,
  scheduleFlow,
  toDot,
  toMermaidFlowchart,
  toMermaidGantt,
  type Transform,
  whatIf
} from "@tongban/approval"
import { type Issue, type LocalDate, parseJson, parseLocalDate, type Result } from "@tongban/core"
import { type CalendarLayer, chinaCalendar, parseCalendarLayer, type WorkCalendar, withLayers } from "@tongban/deadline"
import { type Context, ExitCode, type Format } from "../context.js"
import type { Registrar } from "../program.js"
import { addFlowPsplib } from "./psplib.js"

/** A flow read from a file, with the warnings of a BPMN import. */
interface ReadFlow {
  readonly flow: Flow
  readonly warnings: ReadonlyArray<Issue>
}

const looksLikeXml = (file: string, text: string): boolean => /\.(bpmn|xml)$/i.test(file) || /^\uFEFF?\s*</.test(text)

/** Reads a flow file: BPMN 2.0 XML (by extension or content) or flow JSON. */
const readFlow = (ctx: Context, file: string): Result<ReadFlow> => {
  const text = ctx.readText(file)
  if (looksLikeXml(file, text)) return parseBpmn(text)
  const json = parseJson(text, { maxLength: 32 * 1024 * 1024 })
  if (!json.ok) return json
  const flow = parseFlow(json.value)
  return flow.ok ? { ok: true, value: { flow: flow.value, warnings: [] } } : flow
}

const fileArg = (value: unknown): string => (typeof value === "string" ? value : "")
const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined)
const list = (value: unknown): ReadonlyArray<string> =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []
const collect = (value: string, previous: Array<string>): Array<string> => [...previous, value]
const optionsOf = (value: unknown): object => (typeof value === "object" && value !== null ? value : {})

const failWith = (ctx: Context, issues: ReadonlyArray<Issue>, format: Format): number => {
  ctx.printIssues(issues, format)
  return ExitCode.invalid
}

const warn = (ctx: Context, warnings: ReadonlyArray<Issue>, format: Format): void => {
  if (warnings.length > 0 && format !== "json") ctx.printIssues(warnings, "table")
}

/** The national calendar with the layers read from files. */
const calendarWith = (ctx: Context, files: ReadonlyArray<string>): Result<WorkCalendar> => {
  const layers: Array<CalendarLayer> = []
  const issues: Array<Issue> = []
  files.forEach((file, i) => {
    const layer = parseCalendarLayer(ctx.readText(file), { path: ["layer", i] })
    if (layer.ok) layers.push(layer.value)
    else issues.push(...layer.issues)
  })
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: withLayers(chinaCalendar, layers) }
}

/** `--start`, or today in China (UTC+8) when it is not given. */
const startDate = (value: unknown): Result<LocalDate> => {
  const given = text(value)
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
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

/** The what-if transforms a flow's own flags ask for. */
const flaggedTransforms = (flow: Flow): ReadonlyArray<Transform> => [
  ...(flow.steps.some((s) => s.commitment) ? [{ kind: "commitment" } as const] : []),
  ...(flow.steps.some((s) => s.jointReview !== undefined) ? [{ kind: "joint_review" } as const] : [])
]

/**
 * Adds `tongban flow check|schedule|compare`.
 *
 * @example
 * ```ts
 * import { run } from "@tongban/cli"
 * // tongban flow check examples/t-county/flows/qiye-kaiban-parallel.json
 * // tongban flow schedule flow.bpmn --start 2024-09-30 --format json
 * // tongban flow compare examples/t-county/flows/gongcheng-jianshe.json
 * typeof run // "function"
 * ```
 *
 * @since 0.1.0
 * @category commands
 */
export const registerApproval = ({ program, ctx, action }: Registrar): void => {
  const flow = program.command("flow").description(
    ctx.t({
      zh: "审批流程：校验、关键路径排期、串并联对比",
      en: "approval flows: check, critical-path schedule, serial vs parallel"
    })
  )

  flow
    .command("check")
    .description(ctx.t({ zh: "校验流程文件（JSON 或 BPMN）", en: "check a flow file (JSON or BPMN)" }))
    .argument("<file>", ctx.t({ zh: "流程文件", en: "flow file" }))
    .action(
      action((file) => {
        const format = ctx.format(["table", "json"], "table")
        const read = readFlow(ctx, fileArg(file))
        if (!read.ok) return failWith(ctx, read.issues, format)
        warn(ctx, read.value.warnings, format)
        const s = summary(read.value.flow)
        ctx.print(
          {
            json: { ok: true, ...s, warnings: read.value.warnings },
            table: {
              columns: ["id", "name", "steps", "gateways", "departments", "stages"],
              rows: [[s.id, s.name, s.steps, s.gateways, s.departments, s.stages]]
            }
          },
          format
        )
        return ExitCode.ok
      })
    )

  flow
    .command("schedule")
    .description(
      ctx.t({
        zh: "按工作日日历计算关键路径排期",
        en: "schedule a flow by the critical-path method on the working-day calendar"
      })
    )
    .argument("<file>", ctx.t({ zh: "流程文件（JSON 或 BPMN）", en: "flow file (JSON or BPMN)" }))
    .option(
      "--start <date>",
      ctx.t({ zh: "开始日期（默认今天，北京时间）", en: "start date (default: today in China)" })
    )
    .option(
      "--layer <file>",
      ctx.t({ zh: "地方日历图层（JSON，可重复）", en: "local calendar layer (JSON, repeatable)" }),
      collect,
      []
    )
    .action(
      action((file, opts) => {
        const format = ctx.format(["table", "json", "mermaid", "dot"], "table")
        const o = optionsOf(opts)
        const read = readFlow(ctx, fileArg(file))
        if (!read.ok) return failWith(ctx, read.issues, format)
        warn(ctx, read.value.warnings, format)
        const f = read.value.flow
        if (format === "dot") {
          ctx.io.stdout(`${toDot(f)}\n`)
          return ExitCode.ok
        }
        const start = startDate(Reflect.get(o, "start"))
        if (!start.ok) return failWith(ctx, start.issues, format)
        const calendar = calendarWith(ctx, list(Reflect.get(o, "layer")))
        if (!calendar.ok) return failWith(ctx, calendar.issues, format)
        const scheduled = scheduleFlow(f, { start: start.value, calendar: calendar.value })
        if (!scheduled.ok) return failWith(ctx, scheduled.issues, format)
        const s = scheduled.value
        if (format === "mermaid") {
          ctx.io.stdout(`${toMermaidGantt(s)}\n`)
          return ExitCode.ok
        }
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
          lateFinish: x.lateFinish
        }))
        ctx.print(
          {
            json: {
              flow: s.flow,
              name: s.name,
              calendar: s.calendar,
              start: s.start,
              finish: s.finish,
              makespan: s.makespan,
              criticalPaths: s.criticalPaths,
              steps: rows,
              warnings: read.value.warnings
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
                r.start,
                r.finish
              ])
            }
          },
          format
        )
        if (format === "table") {
          ctx.io.stdout(
            ctx.t({
              zh: `总工期 ${s.makespan} 个工作日（${s.start} 至 ${s.finish}）；关键路径：${s.criticalPaths.map((p) => p.join(" → ")).join("；")}\n`,
              en: `makespan ${s.makespan} working days (${s.start} to ${s.finish}); critical path(s): ${s.criticalPaths.map((p) => p.join(" → ")).join("; ")}\n`
            })
          )
        }
        return ExitCode.ok
      })
    )

  flow
    .command("compare")
    .description(
      ctx.t({
        zh: "对比串联、并联与法定时限，并模拟告知承诺、联合审查的节省",
        en: "compare serial, parallel and statutory; what 告知承诺 and joint review save"
      })
    )
    .argument("<file>", ctx.t({ zh: "流程文件（JSON 或 BPMN）", en: "flow file (JSON or BPMN)" }))
    .action(
      action((file) => {
        const format = ctx.format(["table", "json"], "table")
        const read = readFlow(ctx, fileArg(file))
        if (!read.ok) return failWith(ctx, read.issues, format)
        warn(ctx, read.value.warnings, format)
        const f = read.value.flow
        const c = compareFlow(f)
        const transforms = flaggedTransforms(f)
        const what = whatIf(f, transforms)
        if (!what.ok) return failWith(ctx, what.issues, format)
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
        ctx.print(
          {
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
            table: { columns: ["case", "description", "workingDays", "trips"], rows }
          },
          format
        )
        return ExitCode.ok
      })
    )

  flow
    .command("diagram")
    .description(
      ctx.t({
        zh: "输出流程图（Mermaid 或 GraphViz DOT）",
        en: "print the flow as a Mermaid flowchart or GraphViz DOT"
      })
    )
    .argument("<file>", ctx.t({ zh: "流程文件（JSON 或 BPMN）", en: "flow file (JSON or BPMN)" }))
    .action(
      action((file) => {
        const format = ctx.format(["mermaid", "dot"], "mermaid")
        const read = readFlow(ctx, fileArg(file))
        if (!read.ok) return failWith(ctx, read.issues, "table")
        warn(ctx, read.value.warnings, format)
        ctx.io.stdout(`${format === "dot" ? toDot(read.value.flow) : toMermaidFlowchart(read.value.flow)}\n`)
        return ExitCode.ok
      })
    )
  addFlowPsplib(flow, { program, ctx, action })
}
