/**
 * Issue codes registered in tables: each package declares every code it can
 * report once, with its message templates in Chinese and English, the facts
 * the issue carries and its default severity. An issue is built from the
 * table, so a misspelt code or a missing fact is a compile error, and
 * `docs/codes.md` is generated from the tables (`pnpm codes`).
 *
 * A template names facts in braces: `第 {line} 行` becomes `第 3 行` for the
 * fact `line: 3`; a list fact is joined with `、` in Chinese and `, ` in
 * English. A code may carry variants, other templates for the same problem
 * (a month that does not exist and a day that does not exist are both
 * `date_nonexistent`).
 *
 * Glossary: 问题代码 = issue code, 代码表 = code table, 消息模板 = message
 * template.
 *
 * @since 0.2.0
 */
import type { Fact, Issue, Lang, Message, PathSegment, Severity } from "./Issue.js"

/**
 * The kind of a fact: `string`, `number`, `boolean`, `list` (of strings or
 * numbers) or `value` (any fact); with a trailing `?` the fact may be absent.
 *
 * @since 0.2.0
 * @category models
 */
export type FactKind =
  | "string"
  | "number"
  | "boolean"
  | "list"
  | "value"
  | `${"string" | "number" | "boolean" | "list" | "value"}?`

/**
 * One registered code: its message templates, the facts it carries (name to
 * kind), its default severity (`error` unless said) and, if the problem is
 * told in more than one way, the other templates by name.
 *
 * @since 0.2.0
 * @category models
 */
export interface CodeSpec {
  /** The templates in Chinese and English; `{name}` is filled with the fact `name`. */
  readonly message: Message
  /** The facts an issue of this code carries: name to kind (`"number"`, `"string?"`…). */
  readonly facts?: Readonly<Record<string, FactKind>>
  /** The default severity: `error` (the data is wrong) unless `warning` (it is incomplete). */
  readonly severity?: Severity
  /** Other templates for the same problem, by name, chosen with `variant`. */
  readonly variants?: Readonly<Record<string, Message>>
}

/**
 * A group of registered codes: code to spec. A package's table is made of
 * one or more groups (see {@link defineCodes}).
 *
 * @since 0.2.0
 * @category models
 */
export type CodeSpecs = Readonly<Record<string, CodeSpec>>

/**
 * The value type of a fact kind: `"number"` and `"number?"` are numbers, and
 * so on; `"value"` is any {@link Fact}.
 *
 * @since 0.2.0
 * @category models
 */
export type FactValue<K> = K extends "string" | "string?"
  ? string
  : K extends "number" | "number?"
    ? number
    : K extends "boolean" | "boolean?"
      ? boolean
      : K extends "list" | "list?"
        ? ReadonlyArray<string | number>
        : Fact

/**
 * The facts part of a spec (none when it declares none).
 *
 * @since 0.2.0
 * @category models
 */
export type FactSpecOf<S> = S extends {
  /** The spec's facts. */
  readonly facts: infer F
}
  ? F
  : Record<never, never>

/**
 * The names of the facts a spec requires (kinds without `?`).
 *
 * @since 0.2.0
 * @category models
 */
export type RequiredFacts<F> = { [K in keyof F]: F[K] extends `${string}?` ? never : K }[keyof F]

/**
 * The names of the facts a spec allows to be absent (kinds with `?`).
 *
 * @since 0.2.0
 * @category models
 */
export type OptionalFacts<F> = { [K in keyof F]: F[K] extends `${string}?` ? K : never }[keyof F]

/**
 * The facts an issue of a registered code must carry, typed by its spec.
 *
 * @since 0.2.0
 * @category models
 */
export type FactsOf<S> = { readonly [K in RequiredFacts<FactSpecOf<S>>]: FactValue<FactSpecOf<S>[K]> } & {
  readonly [K in OptionalFacts<FactSpecOf<S>>]?: FactValue<FactSpecOf<S>[K]>
}

/**
 * The names of a spec's variants.
 *
 * @since 0.2.0
 * @category models
 */
export type VariantOf<S> = S extends {
  /** The spec's variants. */
  readonly variants: infer V
}
  ? keyof V & string
  : never

/**
 * Where an issue is, its facts (typed by the spec), which variant tells it
 * and a severity that overrides the code's default.
 *
 * @since 0.2.0
 * @category models
 */
export type IssueOptions<S> = {
  /** Where the problem is in the input. */
  readonly path?: ReadonlyArray<PathSegment>
  /** Overrides the code's default severity. */
  readonly severity?: Severity
  /** Tells the problem with this variant's templates. */
  readonly variant?: VariantOf<S>
} & ([RequiredFacts<FactSpecOf<S>>] extends [never]
  ? {
      /** The facts, typed by the spec. */
      readonly facts?: FactsOf<S>
    }
  : {
      /** The facts, typed by the spec. */
      readonly facts: FactsOf<S>
    })

/**
 * The options argument of {@link codeIssue}: required when the spec has
 * required facts, else optional.
 *
 * @since 0.2.0
 * @category models
 */
export type IssueArgs<S> = [RequiredFacts<FactSpecOf<S>>] extends [never]
  ? [options?: IssueOptions<S>]
  : [options: IssueOptions<S>]

/**
 * The options of {@link CodeTable.issue}: as {@link IssueOptions}, with the
 * facts checked at run time by the templates rather than typed (type them by
 * building the issue with {@link codeIssue} on the module's group).
 *
 * @since 0.2.0
 * @category models
 */
export interface TableIssueOptions {
  /** Where the problem is in the input. */
  readonly path?: ReadonlyArray<PathSegment>
  /** The facts the code carries. */
  readonly facts?: Readonly<Record<string, Fact>>
  /** Overrides the code's default severity. */
  readonly severity?: Severity
  /** Tells the problem with this variant's templates. */
  readonly variant?: string
}

/**
 * A package's table of codes, made by {@link defineCodes}, typed by the
 * union of its codes: its package, the specs, and `issue(code, options)`,
 * which builds an issue of a registered code (only a registered code
 * compiles) with its message rendered from the templates.
 *
 * @since 0.2.0
 * @category models
 */
export interface CodeTable<C extends string> {
  /** Marks a code table, so the docs generator can find it among a package's exports. */
  readonly _tag: "CodeTable"
  /** The package the codes belong to, e.g. `@tongban/core`. */
  readonly package: string
  /** Every registered code with its spec. */
  readonly codes: Readonly<Record<C, CodeSpec>>
  /** Builds an issue of a registered code. */
  issue(code: C, options?: TableIssueOptions): Issue<C>
}

/**
 * The codes of a table, as a union of string literals.
 *
 * @since 0.2.0
 * @category models
 */
export type CodeOf<T> = T extends CodeTable<infer C> ? C : never

/**
 * The codes of a list of groups, as a union of string literals.
 *
 * @since 0.2.0
 * @category models
 */
export type CodesOf<G extends ReadonlyArray<CodeSpecs>> = { [K in keyof G]: keyof G[K] & string }[number]

const PLACEHOLDER = /\{([A-Za-z_$][\w$]*)\}/g

const show = (fact: Fact | undefined, lang: Lang): string => {
  if (fact === undefined) return ""
  if (Array.isArray(fact)) return fact.join(lang === "zh" ? "、" : ", ")
  return String(fact)
}

/**
 * Fills a message template with facts: `{name}` becomes the fact's value
 * (a list joined with `、` in Chinese, `, ` in English).
 *
 * @param template - the Chinese and English templates
 * @param facts - the values of the placeholders
 * @returns the message
 *
 * @example
 * ```ts
 * import { renderMessage } from "@tongban/core"
 *
 * renderMessage({ zh: "缺少列 {columns}", en: "missing columns {columns}" }, { columns: ["a", "b"] })
 * // { zh: "缺少列 a、b", en: "missing columns a, b" }
 * ```
 *
 * @since 0.2.0
 * @category formatting
 */
export const renderMessage = (template: Message, facts: Readonly<Record<string, Fact>>): Message => ({
  zh: template.zh.replace(PLACEHOLDER, (_, name: string) => show(facts[name], "zh")),
  en: template.en.replace(PLACEHOLDER, (_, name: string) => show(facts[name], "en"))
})

/**
 * Builds an issue of a code in a group of specs: the message rendered from
 * the code's template (or the named variant's), the facts typed by the spec,
 * the severity the spec's default unless given. {@link CodeTable.issue} is
 * this function on the table's codes; a module that must stay small in a
 * bundle calls it on its own group, so that the other groups' templates are
 * left out.
 *
 * @param codes - the group the code is registered in
 * @param code - the code (only a registered one compiles)
 * @param options - path, facts (required when the spec has required facts), severity, variant
 * @returns the issue
 *
 * @example
 * ```ts
 * import { codeIssue, type CodeSpecs } from "@tongban/core"
 *
 * const dates = {
 *   date_late: { message: { zh: "{date} 太晚", en: "{date} is too late" }, facts: { date: "string" } }
 * } as const satisfies CodeSpecs
 * codeIssue(dates, "date_late", { path: ["to"], facts: { date: "2300-01-01" } }).message.zh // "2300-01-01 太晚"
 * ```
 *
 * @since 0.2.0
 * @category constructors
 */
export const codeIssue = <T extends CodeSpecs, C extends keyof T & string>(
  codes: T,
  code: C,
  ...options: IssueArgs<T[C]>
): Issue<C> => {
  const given: TableIssueOptions = options[0] ?? {}
  return build(codes[code], code, given)
}

const build = <C extends string>(spec: CodeSpec | undefined, code: C, given: TableIssueOptions): Issue<C> => {
  const facts = given.facts ?? {}
  const template = (given.variant === undefined ? undefined : spec?.variants?.[given.variant]) ??
    spec?.message ?? { zh: code, en: code }
  return {
    code,
    path: given.path ?? [],
    facts,
    message: renderMessage(template, facts),
    severity: given.severity ?? spec?.severity ?? "error"
  }
}

/**
 * Declares a package's table of issue codes, from one or more groups of
 * specs (code to spec). `issue(code, { path, facts })` then builds an issue
 * whose code is one of the table's (a typo does not compile), whose facts
 * are the ones the spec names (with their kinds), and whose message is
 * rendered from the templates. A package with a size budget keeps its groups
 * apart, one per module, builds issues with {@link codeIssue} on the module's
 * group and marks the table's `defineCodes(name, a, b)` call with a
 * `#__PURE__` annotation, so that a bundler keeps only the groups an app
 * reaches.
 *
 * @param packageName - the package the codes belong to (`@tongban/core`)
 * @param groups - code to spec, in one object or several; codes are snake_case
 * @returns the table
 *
 * @example
 * ```ts
 * import { defineCodes } from "@tongban/core"
 *
 * const codes = defineCodes("@tongban/example", {
 *   limit_negative: {
 *     message: { zh: "时限 {amount} 不能为负数", en: "a time limit cannot be negative: {amount}" },
 *     facts: { amount: "number" }
 *   },
 *   column_unknown: { message: { zh: "未知的列", en: "unknown column" }, severity: "warning" }
 * })
 * const issue = codes.issue("limit_negative", { path: ["limit"], facts: { amount: -3 } })
 * issue.message.en // "a time limit cannot be negative: -3"
 * codes.issue("column_unknown").severity // "warning"
 * ```
 *
 * @since 0.2.0
 * @category constructors
 */
export const defineCodes = <const G extends ReadonlyArray<CodeSpecs>>(
  packageName: string,
  ...groups: G
): CodeTable<CodesOf<G>> => {
  const codes: Record<string, CodeSpec> = {}
  for (const group of groups) for (const [code, spec] of Object.entries(group)) codes[code] = spec
  return narrow(packageName, codes)
}

// The one place the merged record takes the codes of the groups it merges.
function narrow<C extends string>(packageName: string, codes: CodeSpecs): CodeTable<C>
function narrow(packageName: string, codes: CodeSpecs): CodeTable<string> {
  return {
    _tag: "CodeTable",
    package: packageName,
    codes,
    issue: (code, options) => build(codes[code], code, options ?? {})
  }
}

/**
 * Whether a value is a code table (by its tag, so a table from another copy
 * of this package counts too): what the docs generator looks for among a
 * package's exports.
 *
 * @example
 * ```ts
 * import { coreCodes, isCodeTable } from "@tongban/core"
 *
 * isCodeTable(coreCodes) // true
 * isCodeTable({ codes: {} }) // false
 * ```
 *
 * @since 0.2.0
 * @category guards
 */
export const isCodeTable = (value: unknown): value is CodeTable<string> =>
  typeof value === "object" &&
  value !== null &&
  Reflect.get(value, "_tag") === "CodeTable" &&
  typeof Reflect.get(value, "package") === "string" &&
  typeof Reflect.get(value, "codes") === "object"

const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/
const KINDS = new Set(["string", "number", "boolean", "list", "value"])

/**
 * The problems of a code table, one sentence each (none for a good table):
 * a code that is not snake_case, a fact of no known kind, a template that
 * names a fact the code does not always carry, a template empty in one
 * language. The workspace test runs it on every package's table.
 *
 * @example
 * ```ts
 * import { checkCodeTable, coreCodes, defineCodes } from "@tongban/core"
 *
 * checkCodeTable(coreCodes) // []
 * checkCodeTable(defineCodes("x", { BadCode: { message: { zh: "第 {line} 行", en: "" } } }))
 * // ["BadCode: not snake_case", "BadCode: the template names {line}, which is not a required fact", "BadCode: the en template is empty"]
 * ```
 *
 * @since 0.2.0
 * @category validation
 */
export const checkCodeTable = (table: CodeTable<string>): ReadonlyArray<string> => {
  const problems: Array<string> = []
  for (const [code, spec] of Object.entries(table.codes)) {
    if (!SNAKE.test(code)) problems.push(`${code}: not snake_case`)
    const facts = spec.facts ?? {}
    for (const [name, kind] of Object.entries(facts)) {
      if (!KINDS.has(kind.replace(/\?$/, ""))) problems.push(`${code}: the fact ${name} has no known kind (${kind})`)
    }
    const templates = [spec.message, ...Object.values(spec.variants ?? {})]
    const named = new Set<string>()
    for (const template of templates) {
      for (const text of [template.zh, template.en]) for (const m of text.matchAll(PLACEHOLDER)) named.add(m[1] ?? "")
    }
    for (const name of named) {
      const kind = facts[name]
      if (kind === undefined || kind.endsWith("?")) {
        problems.push(`${code}: the template names {${name}}, which is not a required fact`)
      }
    }
    for (const template of templates) {
      if (template.zh.trim() === "") problems.push(`${code}: the zh template is empty`)
      if (template.en.trim() === "") problems.push(`${code}: the en template is empty`)
    }
  }
  return problems
}
