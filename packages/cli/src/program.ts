/**
 * The `tongban` program: global options, the commands of every package, and
 * the run loop that turns errors into exit codes.
 *
 * @since 0.1.0
 */
import { Command, CommanderError, Option } from "commander"
import type { Lang } from "@tongban/core"
import { commands } from "./commands/index.js"
import { detectLang, ExitCode, FORMATS, type Io, makeContext, UsageError } from "./context.js"

declare const __TONGBAN_VERSION__: string

/**
 * The version of the `tongban` command.
 *
 * @since 0.1.0
 * @category constants
 */
export const VERSION: string = typeof __TONGBAN_VERSION__ === "string" ? __TONGBAN_VERSION__ : "0.0.0-dev"

const langFromArgv = (argv: ReadonlyArray<string>): Lang | undefined => {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === "--") break
    if (arg === "--lang") return argv[i + 1] === "zh" ? "zh" : argv[i + 1] === "en" ? "en" : undefined
    if (arg === "--lang=zh") return "zh"
    if (arg === "--lang=en") return "en"
  }
  return undefined
}

const formatFromArgv = (argv: ReadonlyArray<string>): string | undefined => {
  let found: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === "--") break
    if (arg === "--format") found = argv[i + 1]
    else if (arg?.startsWith("--format=") === true) found = arg.slice("--format=".length)
  }
  return found
}

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit
 * code: 0 success, 1 invalid input, 2 a wrong command line.
 *
 * @example
 * ```ts
 * import { run } from "@tongban/cli"
 *
 * const out: Array<string> = []
 * const code = await run(["--version"], {
 *   stdout: (s) => out.push(s),
 *   stderr: (s) => out.push(s),
 *   env: {},
 *   readFile: () => ({ ok: false, reason: "none" }),
 *   writeFile: () => ({ ok: false, reason: "none" }),
 *   now: () => 0,
 *   clock: () => 0,
 *   cores: 1
 * })
 * code // 0
 * ```
 *
 * @since 0.1.0
 * @category running
 */
export const run = async (argv: ReadonlyArray<string>, io: Io): Promise<number> => {
  const lang = langFromArgv(argv) ?? detectLang(io.env)
  const ctx = makeContext({ lang, formatOption: formatFromArgv(argv), io })
  const zh = lang === "zh"
  let exitCode: number = ExitCode.ok

  const program = new Command("tongban")
    .description(
      zh
        ? "通办：政务服务领域逻辑（工作日期限、事项目录、并联审批、仿真、考核评分）"
        : "tongban: government-service domain logic (working-day deadlines, matter catalogues, parallel approval, simulation, scoring)"
    )
    .version(VERSION, "-V, --version", zh ? "显示版本号" : "print the version")
    .helpOption("-h, --help", zh ? "显示帮助" : "show help")
    .addOption(new Option("--lang <lang>", zh ? "输出语言" : "language of output").choices(["zh", "en"]))
    .addOption(new Option("--format <format>", zh ? "输出格式" : "output format").choices(FORMATS))
    .enablePositionalOptions()
    .showSuggestionAfterError(true)
    .showHelpAfterError(zh ? "（用 tongban --help 查看用法）" : "(run tongban --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
  program.addHelpCommand(zh ? "help [command]" : "help [command]", zh ? "显示命令的帮助" : "show help for a command")

  const done = (code: number): void => {
    exitCode = code
  }
  for (const command of commands) command.attach(program, ctx, done)
  for (const command of program.commands) {
    command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).showSuggestionAfterError(true)
  }

  if (argv.length === 0) {
    io.stdout(program.helpInformation())
    return ExitCode.ok
  }
  try {
    await program.parseAsync([...argv], { from: "user" })
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.code === "commander.help"
      ) {
        return ExitCode.ok
      }
      return ExitCode.usage
    }
    if (error instanceof UsageError) {
      io.stderr(`tongban: ${ctx.t(error.text)}\n`)
      return ExitCode.usage
    }
    throw error
  }
}
