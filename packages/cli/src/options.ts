/**
 * The option and argument parsers every command declares its command line
 * with: one parser per kind of value, one wording per kind of mistake.
 *
 * A wrong value throws {@link UsageError}, which the runner prints and turns
 * into exit code 2.
 *
 * @since 0.2.0
 */
import type { Message } from "@tongban/core"
import { UsageError } from "./context.js"

/**
 * A command-line option: its flags (`--seed <s>`, `--department <id...>`),
 * help text, and the parser from what commander collected to the typed
 * value the command's `run` reads with `get`.
 *
 * @since 0.2.0
 * @category models
 */
export interface OptionSpec<T> {
  /** The flags, as commander writes them: `--seed <s>`, `--layer <file>`, `--department <id...>`. */
  readonly flags: string
  readonly description: Message
  /** Collects every occurrence into a list (`--layer a --layer b`). */
  readonly repeatable: boolean
  /** Commander itself refuses the command line when the option is missing. */
  readonly required: boolean
  /** From the raw value (`undefined`, a string or a list of strings) to the value; throws {@link UsageError}. */
  readonly parse: (raw: unknown, flag: string) => T
}

/**
 * A positional argument: its name (`file`), help text, whether it takes the
 * rest of the command line, and its parser.
 *
 * @since 0.2.0
 * @category models
 */
export interface ArgSpec<T> {
  readonly name: string
  readonly description: Message
  readonly variadic: boolean
  readonly parse: (raw: unknown) => T
}

const strings = (raw: unknown): ReadonlyArray<string> =>
  Array.isArray(raw) ? raw.filter((v): v is string => typeof v === "string") : typeof raw === "string" ? [raw] : []

const spec = <T>(
  flags: string,
  description: Message,
  parse: (raw: unknown, flag: string) => T,
  kind?: { readonly repeatable?: boolean; readonly required?: boolean }
): OptionSpec<T> => ({
  flags,
  description,
  repeatable: kind?.repeatable === true,
  required: kind?.required === true,
  parse
})

/**
 * An option with its own parser from the text given (`undefined` when the
 * option is absent); the parser throws {@link UsageError} for a wrong value.
 *
 * @example
 * ```ts
 * import { customOption } from "@tongban/cli"
 *
 * const upper = customOption("--code <c>", { zh: "代码", en: "code" }, (text) => text?.toUpperCase())
 * upper.parse("ab", "--code") // "AB"
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const customOption = <T>(
  flags: string,
  description: Message,
  parse: (text: string | undefined, flag: string) => T
): OptionSpec<T> => spec(flags, description, (raw, flag) => parse(typeof raw === "string" ? raw : undefined, flag))

/**
 * A flag without a value (`--provisional`): `true` when given, else `false`.
 *
 * @example
 * ```ts
 * import { flagOption } from "@tongban/cli"
 *
 * flagOption("--provisional", { zh: "暂定", en: "provisional" }).parse(true, "--provisional") // true
 * flagOption("--provisional", { zh: "暂定", en: "provisional" }).parse(undefined, "--provisional") // false
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const flagOption = (flags: string, description: Message): OptionSpec<boolean> =>
  spec(flags, description, (raw) => raw === true)

/**
 * An option taking text; `undefined` when it is not given.
 *
 * @example
 * ```ts
 * import { textOption } from "@tongban/cli"
 *
 * textOption("--from <date>", { zh: "开始日期", en: "first date" }).parse("2026-10-01", "--from") // "2026-10-01"
 * textOption("--from <date>", { zh: "开始日期", en: "first date" }).parse(undefined, "--from") // undefined
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const textOption = (flags: string, description: Message): OptionSpec<string | undefined> =>
  spec(flags, description, (raw) => (typeof raw === "string" ? raw : undefined))

/**
 * An option that must be given (commander refuses the command line without it).
 *
 * @example
 * ```ts
 * import { requiredTextOption } from "@tongban/cli"
 *
 * requiredTextOption("--events <file>", { zh: "事件文件", en: "events file" }).parse("e.csv", "--events") // "e.csv"
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const requiredTextOption = (flags: string, description: Message): OptionSpec<string> =>
  spec(
    flags,
    description,
    (raw, flag) => {
      if (typeof raw !== "string") throw new UsageError({ zh: `缺少 ${flag}`, en: `missing ${flag}` })
      return raw
    },
    { required: true }
  )

/**
 * An option that may be given several times (`--layer a.json --layer b.json`): the list, empty when absent.
 *
 * @example
 * ```ts
 * import { repeatableOption } from "@tongban/cli"
 *
 * repeatableOption("--layer <file>", { zh: "图层", en: "layer" }).parse(["a.json", "b.json"], "--layer") // ["a.json", "b.json"]
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const repeatableOption = (flags: string, description: Message): OptionSpec<ReadonlyArray<string>> =>
  spec(flags, description, strings, { repeatable: true })

/**
 * An option taking one or more values after one flag (`--department a b`); `undefined` when absent.
 *
 * @example
 * ```ts
 * import { listOption } from "@tongban/cli"
 *
 * listOption("--department <id...>", { zh: "部门", en: "departments" }).parse(["a", "b"], "--department") // ["a", "b"]
 * listOption("--department <id...>", { zh: "部门", en: "departments" }).parse(undefined, "--department") // undefined
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const listOption = (flags: string, description: Message): OptionSpec<ReadonlyArray<string> | undefined> =>
  spec(flags, description, (raw) => (raw === undefined ? undefined : strings(raw)))

/**
 * Bounds for a number option: inclusive `min` and `max`; `exclusiveMin`
 * and `exclusiveMax` make a bound strict; `integer` asks for a whole number.
 *
 * @since 0.2.0
 * @category models
 */
export interface NumberBounds {
  readonly min: number
  readonly max: number
  readonly integer?: boolean
  readonly exclusiveMin?: boolean
  readonly exclusiveMax?: boolean
}

const parseNumber = (raw: unknown, flag: string, bounds: NumberBounds): number => {
  const text = typeof raw === "string" ? raw.trim() : ""
  const integer = bounds.integer === true
  const n = integer
    ? /^[+-]?\d{1,16}$/.test(text)
      ? Number(text)
      : Number.NaN
    : text === ""
      ? Number.NaN
      : Number(text)
  const low = bounds.exclusiveMin === true ? n <= bounds.min : n < bounds.min
  const high = bounds.exclusiveMax === true ? n >= bounds.max : n > bounds.max
  if (!Number.isFinite(n) || low || high) {
    const kind = integer ? { zh: "整数", en: "a whole number" } : { zh: "数", en: "a number" }
    const lowText = bounds.exclusiveMin === true ? `> ${bounds.min}` : `≥ ${bounds.min}`
    const highText = bounds.exclusiveMax === true ? `< ${bounds.max}` : `≤ ${bounds.max}`
    throw new UsageError({
      zh: `${flag} 应为${kind.zh}，${lowText} 且 ${highText}（收到 ${String(raw)}）`,
      en: `${flag} must be ${kind.en} ${lowText} and ${highText} (got ${String(raw)})`
    })
  }
  return n
}

/**
 * A number option with a default and bounds; a value outside them, or not
 * a number, is a wrong command line.
 *
 * @example
 * ```ts
 * import { numberOption } from "@tongban/cli"
 *
 * const seed = numberOption("--seed <s>", { zh: "种子", en: "seed" }, 1, { integer: true, min: 0, max: 9 })
 * seed.parse("7", "--seed") // 7
 * seed.parse(undefined, "--seed") // 1
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const numberOption = (
  flags: string,
  description: Message,
  fallback: number,
  bounds: NumberBounds
): OptionSpec<number> =>
  spec(flags, description, (raw, flag) => (raw === undefined ? fallback : parseNumber(raw, flag, bounds)))

/**
 * A number option without a default: `undefined` when it is not given.
 *
 * @example
 * ```ts
 * import { optionalNumberOption } from "@tongban/cli"
 *
 * const limit = optionalNumberOption("--limit <n>", { zh: "条数", en: "hits" }, { integer: true, min: 0, max: 100 })
 * limit.parse("5", "--limit") // 5
 * limit.parse(undefined, "--limit") // undefined
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const optionalNumberOption = (
  flags: string,
  description: Message,
  bounds: NumberBounds
): OptionSpec<number | undefined> =>
  spec(flags, description, (raw, flag) => (raw === undefined ? undefined : parseNumber(raw, flag, bounds)))

/**
 * An option taking one of a fixed list of words, with a default.
 *
 * @example
 * ```ts
 * import { choiceOption } from "@tongban/cli"
 *
 * const by = choiceOption("--group-by <key>", { zh: "分组", en: "group by" }, ["staff", "window"], "window")
 * by.parse("staff", "--group-by") // "staff"
 * by.parse(undefined, "--group-by") // "window"
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const choiceOption = <const C extends string>(
  flags: string,
  description: Message,
  choices: ReadonlyArray<C>,
  fallback: C
): OptionSpec<C> =>
  spec(flags, description, (raw, flag) => {
    if (raw === undefined) return fallback
    const found = choices.find((c) => c === raw)
    if (found === undefined) {
      throw new UsageError({
        zh: `${flag} 须为 ${choices.join("、")} 之一（收到 ${String(raw)}）`,
        en: `${flag} must be one of ${choices.join(", ")} (got ${String(raw)})`
      })
    }
    return found
  })

/**
 * A positional argument.
 *
 * @example
 * ```ts
 * import { argument } from "@tongban/cli"
 *
 * argument("file", { zh: "流程文件", en: "flow file" }).parse("flow.json") // "flow.json"
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const argument = (name: string, description: Message): ArgSpec<string> => ({
  name,
  description,
  variadic: false,
  parse: (raw) => (typeof raw === "string" ? raw : "")
})

/**
 * A positional argument taking the rest of the command line (one or more values).
 *
 * @example
 * ```ts
 * import { variadicArgument } from "@tongban/cli"
 *
 * variadicArgument("dates", { zh: "日期", en: "dates" }).parse(["2026-10-01"]) // ["2026-10-01"]
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const variadicArgument = (name: string, description: Message): ArgSpec<ReadonlyArray<string>> => ({
  name,
  description,
  variadic: true,
  parse: strings
})
