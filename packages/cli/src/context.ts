/**
 * What every command receives: the language, the output format, the
 * environment, and the ways to read files and write output.
 *
 * @since 0.1.0
 */
import type { Lang, Message } from "@tongban/core"

/**
 * Every output format, in the order help lists them: a command offers some
 * of them (`bpmn` is BPMN 2.0 XML, `mermaid` and `dot` are diagrams).
 *
 * @example
 * ```ts
 * import { FORMATS } from "@tongban/cli"
 *
 * FORMATS.includes("csv") // true
 * ```
 *
 * @since 0.2.0
 * @category constants
 */
export const FORMATS = ["table", "json", "csv", "mermaid", "dot", "bpmn"] as const

/**
 * Output formats a command may offer.
 *
 * @since 0.1.0
 * @category models
 */
export type Format = (typeof FORMATS)[number]

/**
 * The outside world, passed in so that tests run the CLI without a process.
 *
 * @since 0.1.0
 * @category models
 */
export interface Io {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly env: Readonly<Record<string, string | undefined>>
  /** Reads a file as bytes; `undefined` and a reason when it cannot. */
  readonly readFile: (
    path: string
  ) => { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string }
  /** Writes a file; a reason when it cannot. */
  readonly writeFile: (
    path: string,
    data: string | Uint8Array
  ) => { readonly ok: true } | { readonly ok: false; readonly reason: string }
  /** Milliseconds from a monotonic clock, for the timings commands report. */
  readonly now: () => number
  /** Milliseconds since the Unix epoch: the wall clock, for "today" when a command's date is not given. */
  readonly clock: () => number
  /** Processor cores available, for commands that spread work. */
  readonly cores: number
  /** Lists the names in a directory; a reason when it is not one (optional: commands that take directories need it). */
  readonly listDir?: (
    path: string
  ) => { readonly ok: true; readonly names: ReadonlyArray<string> } | { readonly ok: false; readonly reason: string }
}

/**
 * Exit codes: 0 success, 1 the input was read but is invalid (or a date lies
 * outside a calendar's coverage), 2 the command line itself is wrong.
 *
 * @since 0.1.0
 * @category constants
 */
export const ExitCode = { ok: 0, invalid: 1, usage: 2 } as const

/**
 * The error a command throws for a wrong command line; the runner prints it
 * and exits 2.
 *
 * @example
 * ```ts
 * import { UsageError } from "@tongban/cli"
 *
 * new UsageError({ zh: "缺少文件", en: "missing file" })._tag // "UsageError"
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class UsageError extends Error {
  readonly _tag = "UsageError"
  readonly text: Message
  constructor(text: Message) {
    super(text.en)
    this.name = "UsageError"
    this.text = text
  }
}

/**
 * The language of output when `--lang` is not given: Chinese when the
 * locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`, `LANGUAGE`) say `zh`,
 * otherwise English.
 *
 * @example
 * ```ts
 * import { detectLang } from "@tongban/cli"
 *
 * detectLang({ LANG: "zh_CN.UTF-8" }) // "zh"
 * detectLang({ LANG: "en_US.UTF-8" }) // "en"
 * ```
 *
 * @since 0.1.0
 * @category language
 */
export const detectLang = (env: Readonly<Record<string, string | undefined>>): Lang => {
  for (const key of ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"]) {
    const value = env[key]
    if (value !== undefined && value !== "") return /^zh/i.test(value) ? "zh" : "en"
  }
  return "en"
}

/**
 * Everything a command needs to talk to the user.
 *
 * @since 0.1.0
 * @category models
 */
export interface Context {
  readonly lang: Lang
  readonly io: Io
  /** Picks the message of the current language. */
  readonly t: (message: Message) => string
  /** The format asked for, checked against what the command offers. */
  readonly format: (offered: ReadonlyArray<Format>, fallback: Format) => Format
  /** Reads a file's bytes, or throws a usage error naming it: the one "cannot read file". */
  readonly readBytes: (path: string) => Uint8Array
  /** Reads a file as text (UTF-8 unless said otherwise), or throws a usage error naming it. */
  readonly readText: (path: string, encoding?: "utf-8" | "latin1") => string
  /** Writes a file, or throws a usage error naming it: the one "cannot write". */
  readonly writeFile: (path: string, data: string | Uint8Array) => void
}

/**
 * Makes the context for one run of the CLI.
 *
 * @example
 * ```ts
 * import { makeContext } from "@tongban/cli"
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
 * ctx.t({ zh: "你好", en: "hello" }) // "hello"
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeContext = (input: {
  readonly lang: Lang
  readonly formatOption: string | undefined
  readonly io: Io
}): Context => {
  const { lang, io } = input
  const t = (message: Message): string => message[lang]
  const readBytes = (path: string): Uint8Array => {
    const read = io.readFile(path)
    if (!read.ok) {
      throw new UsageError({
        zh: `无法读取文件 ${path}：${read.reason}`,
        en: `cannot read file ${path}: ${read.reason}`
      })
    }
    return read.bytes
  }
  return {
    lang,
    io,
    t,
    format: (offered, fallback) => {
      const asked = input.formatOption
      if (asked === undefined) return fallback
      const found = offered.find((f) => f === asked)
      if (found === undefined) {
        throw new UsageError({
          zh: `此命令不支持 --format ${asked}；可用：${offered.join("、")}`,
          en: `this command does not offer --format ${asked}; choose one of: ${offered.join(", ")}`
        })
      }
      return found
    },
    readBytes,
    readText: (path, encoding = "utf-8") => new TextDecoder(encoding).decode(readBytes(path)),
    writeFile: (path, data) => {
      const written = io.writeFile(path, data)
      if (!written.ok) {
        throw new UsageError({
          zh: `无法写入 ${path}：${written.reason}`,
          en: `cannot write ${path}: ${written.reason}`
        })
      }
    }
  }
}
