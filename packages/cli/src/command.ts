/**
 * One command shape. A command declares its name, the formats it offers,
 * its arguments and options (each with its parser), and a `run` that
 * returns an {@link Outcome}; the shape does the rest the same way for
 * every command: it picks and checks the format, parses the command line,
 * prints the output or the issues, and turns the outcome into the exit code
 * (0 success, 1 invalid input, 2 a wrong command line).
 *
 * @since 0.2.0
 */
import { formatIssues, type Issue, issueToJson, type Message } from "@tongban/core"
import { type Command, Option } from "commander"
import { type Context, ExitCode, FORMATS, type Format } from "./context.js"
import type { ArgSpec, OptionSpec } from "./options.js"
import { renderCsv, renderTable, type Table } from "./render.js"

/**
 * What a command prints: `json` for `--format json`, `table` for table and
 * CSV (JSON is printed when there is none), `text` printed as it is (a
 * Mermaid or DOT diagram), `footer` lines after a table, `warnings`
 * that do not stop the command (standard error, left out of JSON), and
 * `notes`: lines for the user on standard error in every format.
 *
 * @since 0.2.0
 * @category models
 */
export interface Output {
  readonly json?: unknown
  readonly table?: Table
  readonly text?: string
  readonly footer?: ReadonlyArray<string>
  readonly warnings?: ReadonlyArray<Issue>
  readonly notes?: ReadonlyArray<string>
}

/**
 * What a command's `run` returns: the output (exit 0), or the issues of an
 * invalid input (exit 1), optionally beside the part that could be done,
 * which is printed after the issues. A wrong command line is thrown as a
 * {@link UsageError} by the option parsers (exit 2).
 *
 * @since 0.2.0
 * @category models
 */
export type Outcome =
  | { readonly ok: true; readonly value: Output }
  | { readonly ok: false; readonly issues: ReadonlyArray<Issue>; readonly value?: Output }

/**
 * What `run` receives: `get` reads a declared argument or option (parsed by
 * its spec, so typed by it), the format asked for (already checked against
 * the command's formats) and the context.
 *
 * @since 0.2.0
 * @category models
 */
export interface CommandInput {
  readonly get: <T>(spec: OptionSpec<T> | ArgSpec<T>) => T
  readonly format: Format
  readonly ctx: Context
}

/**
 * A command's declaration: see {@link defineCommand}.
 *
 * @since 0.2.0
 * @category models
 */
export interface CommandSpec {
  readonly name: string
  readonly description: Message
  /** The formats offered; the first is the default. */
  readonly formats: readonly [Format, ...ReadonlyArray<Format>]
  readonly args?: ReadonlyArray<ArgSpec<unknown>>
  readonly options?: ReadonlyArray<OptionSpec<unknown>>
  /** Commands under this one (`simulate mmc`); this command's options then stop at their name. */
  readonly subcommands?: ReadonlyArray<CommandDefinition>
  readonly run: (input: CommandInput) => Outcome | Promise<Outcome>
}

/**
 * A defined command, ready to be attached to the program.
 *
 * @since 0.2.0
 * @category models
 */
export interface CommandDefinition {
  readonly name: string
  /** Adds the command under `parent`; `done` receives its exit code. */
  readonly attach: (parent: Command, ctx: Context, done: (code: number) => void) => Command
}

/**
 * Prints an outcome in the format asked for and returns its exit code: the
 * one printer every command goes through.
 *
 * @example
 * ```ts
 * import { makeContext, printOutcome } from "@tongban/cli"
 *
 * const out: Array<string> = []
 * const ctx = makeContext({
 *   lang: "en",
 *   formatOption: undefined,
 *   io: {
 *     stdout: (s) => out.push(s),
 *     stderr: (s) => out.push(s),
 *     env: {},
 *     readFile: () => ({ ok: false, reason: "none" }),
 *     writeFile: () => ({ ok: false, reason: "none" }),
 *     now: () => 0,
 *     clock: () => 0,
 *     cores: 1
 *   }
 * })
 * printOutcome(ctx, { ok: true, value: { json: { a: 1 }, table: { columns: ["a"], rows: [[1]] } } }, "csv") // 0
 * out // ["a\n1\n"]
 * ```
 *
 * @since 0.2.0
 * @category rendering
 */
export const printOutcome = (ctx: Context, outcome: Outcome, format: Format): number => {
  const { io } = ctx
  const printIssues = (issues: ReadonlyArray<Issue>, asJson: boolean): void => {
    if (asJson) io.stdout(`${JSON.stringify({ ok: false, issues: issues.map(issueToJson) }, null, 2)}\n`)
    else io.stderr(`${formatIssues(issues, ctx.lang)}\n`)
  }
  const print = (output: Output): void => {
    if (output.warnings !== undefined && output.warnings.length > 0 && format !== "json") {
      printIssues(output.warnings, false)
    }
    for (const note of output.notes ?? []) io.stderr(`${note}\n`)
    if (output.text !== undefined) io.stdout(`${output.text}\n`)
    else if (format === "json" || output.table === undefined) io.stdout(`${JSON.stringify(output.json, null, 2)}\n`)
    else if (format === "csv") io.stdout(renderCsv(output.table))
    else io.stdout(`${renderTable(output.table)}\n`)
    if (format === "table" && output.footer !== undefined && output.footer.length > 0)
      io.stdout(`${output.footer.join("\n")}\n`)
  }
  if (outcome.ok) {
    print(outcome.value)
    return ExitCode.ok
  }
  if (outcome.value === undefined) {
    printIssues(outcome.issues, format === "json")
  } else {
    printIssues(outcome.issues, false)
    print(outcome.value)
  }
  return ExitCode.invalid
}

/**
 * `--format` and `--lang` on every command, so that they may follow the
 * command's name (`tongban date 2026-10-01 --format json`) while the program
 * takes its own options only before it (so that a parent's option never
 * swallows a subcommand's option of the same name). Their values are read
 * from the whole command line by the runner.
 */
const addCommonOptions = (command: Command, ctx: Context, formats: ReadonlyArray<Format>): void => {
  command
    .addOption(new Option("--format <format>", ctx.t({ zh: "输出格式", en: "output format" })).choices(formats))
    .addOption(new Option("--lang <lang>", ctx.t({ zh: "输出语言", en: "language of output" })).choices(["zh", "en"]))
}

const collect = (value: string, previous: ReadonlyArray<string>): ReadonlyArray<string> => [...previous, value]

/**
 * Defines a command in the one shape: it declares its arguments and options
 * (each a spec with its parser), and `run` reads them with `get` and returns
 * an {@link Outcome}; the shape checks `--format` against `formats` (the
 * first is the default), checks every option before `run`, prints, and sets
 * the exit code.
 *
 * @example
 * ```ts
 * import { defineCommand, numberOption } from "@tongban/cli"
 *
 * const n = numberOption("--n <n>", { zh: "数", en: "a number" }, 1, { min: 0, max: 100 })
 * const twice = defineCommand({
 *   name: "twice",
 *   description: { zh: "加倍", en: "double a number" },
 *   formats: ["json"],
 *   options: [n],
 *   run: ({ get }) => ({ ok: true, value: { json: get(n) * 2 } })
 * })
 * twice.name // "twice"
 * ```
 *
 * @since 0.2.0
 * @category commands
 */
export const defineCommand = (spec: CommandSpec): CommandDefinition => ({
  name: spec.name,
  attach: (parent, ctx, done) => {
    const command = parent.command(spec.name).description(ctx.t(spec.description))
    addCommonOptions(command, ctx, spec.formats)
    const args = spec.args ?? []
    for (const arg of args) {
      command.argument(arg.variadic ? `<${arg.name}...>` : `<${arg.name}>`, ctx.t(arg.description))
    }
    const options = new Map<OptionSpec<unknown>, Option>()
    for (const declared of spec.options ?? []) {
      const option = new Option(declared.flags, ctx.t(declared.description))
      if (declared.required) option.makeOptionMandatory(true)
      if (declared.repeatable) option.argParser(collect).default([])
      command.addOption(option)
      options.set(declared, option)
    }
    for (const sub of spec.subcommands ?? []) sub.attach(command, ctx, done)
    if (spec.subcommands !== undefined) command.enablePositionalOptions()
    command.action(async () => {
      const format = ctx.format(spec.formats, spec.formats[0])
      const undeclared = (): Error =>
        new Error(`${spec.name}: get() of an argument or option the command does not declare`)
      const get = <T>(wanted: OptionSpec<T> | ArgSpec<T>): T => {
        if ("flags" in wanted) {
          const option = options.get(wanted)
          if (option === undefined) throw undeclared()
          return wanted.parse(command.getOptionValue(option.attributeName()), option.long ?? option.flags)
        }
        const index = args.indexOf(wanted)
        if (index < 0) throw undeclared()
        return wanted.parse(command.processedArgs[index])
      }
      // Every option is checked before run, so a wrong one is refused even when run would not read it.
      for (const option of options.keys()) get(option)
      done(printOutcome(ctx, await spec.run({ get, format, ctx }), format))
    })
    return command
  }
})

/**
 * Defines a command that only groups others (`tongban flow …`, `tongban catalog …`).
 *
 * @example
 * ```ts
 * import { defineGroup } from "@tongban/cli"
 *
 * defineGroup({ name: "flow", description: { zh: "审批流程", en: "approval flows" }, commands: [] }).name // "flow"
 * ```
 *
 * @since 0.2.0
 * @category commands
 */
export const defineGroup = (spec: {
  readonly name: string
  readonly description: Message
  readonly commands: ReadonlyArray<CommandDefinition>
}): CommandDefinition => ({
  name: spec.name,
  attach: (parent, ctx, done) => {
    const group = parent.command(spec.name).description(ctx.t(spec.description))
    addCommonOptions(group, ctx, FORMATS)
    group.enablePositionalOptions()
    for (const sub of spec.commands) sub.attach(group, ctx, done)
    return group
  }
})
