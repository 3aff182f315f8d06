/**
 * `tongban flow …`: approval flows from `@tongban/approval`.
 *
 * Glossary: 审批流程 = approval flow; 关键路径 = critical path;
 * 串联 / 并联 = serial / parallel; 法定时限 = statutory limit.
 *
 * @since 0.1.0
 */
import { type Flow, parseFlow } from "@tongban/approval"
import { type Issue, parseJson, type Result } from "@tongban/core"
import { type Context, ExitCode, type Format } from "../context.js"
import type { Registrar } from "../program.js"

/** Reads a flow file (JSON) into a validated flow. */
const readFlow = (ctx: Context, file: string): Result<Flow> => {
  const text = ctx.readText(file)
  const json = parseJson(text, { maxLength: 32 * 1024 * 1024 })
  if (!json.ok) return json
  return parseFlow(json.value)
}

const fileArg = (value: unknown): string => (typeof value === "string" ? value : "")

const summary = (flow: Flow): { id: string; name: string; steps: number; gateways: number; departments: number; stages: number } => ({
  id: flow.id,
  name: flow.name,
  steps: flow.steps.length,
  gateways: flow.gateways.length,
  departments: flow.departments.length,
  stages: flow.stages.length
})

const printFailure = (ctx: Context, issues: ReadonlyArray<Issue>, format: Format): number => {
  ctx.printIssues(issues, format)
  return ExitCode.invalid
}

/**
 * Adds `tongban flow check|schedule|compare` (and the commands of the
 * resource-constrained scheduler).
 *
 * @example
 * ```ts
 * import { run } from "@tongban/cli"
 * // tongban flow check examples/t-county/flows/qiye-kaiban.json
 * typeof run // "function"
 * ```
 *
 * @since 0.1.0
 * @category commands
 */
export const registerApproval = ({ program, ctx, action }: Registrar): void => {
  const flow = program
    .command("flow")
    .description(ctx.t({ zh: "审批流程：校验、关键路径排期、串并联对比", en: "approval flows: check, critical-path schedule, serial vs parallel" }))

  flow
    .command("check")
    .description(ctx.t({ zh: "校验流程文件（JSON 或 BPMN）", en: "check a flow file (JSON or BPMN)" }))
    .argument("<file>", ctx.t({ zh: "流程文件", en: "flow file" }))
    .action(
      action((file) => {
        const format = ctx.format(["table", "json"], "table")
        const read = readFlow(ctx, fileArg(file))
        if (!read.ok) return printFailure(ctx, read.issues, format)
        const s = summary(read.value)
        ctx.print(
          {
            json: { ok: true, ...s },
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
}
