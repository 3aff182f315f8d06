/**
 * Validation of input at a package's boundary with zod, reported as tongban
 * issues with messages in Chinese and English.
 *
 * Glossary: 模式 = schema, 校验 = validation.
 *
 * @since 0.1.0
 */
import type * as z from "zod"
import { en, zhCN } from "zod/locales"
import { type Fact, type Issue, makeIssue, type Message, type PathSegment } from "./Issue.js"
import { codeIssue } from "./Codes.js"
import { zodCodes } from "./internal/codes.js"
import { fail, ok, type Result } from "./Result.js"

// zod's message catalogues, built on first use rather than at module load, so
// that an app which never validates does not carry them in its bundle.
let catalogues:
  | { readonly zh: ReturnType<typeof zhCN>["localeError"]; readonly en: ReturnType<typeof en>["localeError"] }
  | undefined
const localeMaps = () => (catalogues ??= { zh: zhCN().localeError, en: en().localeError })

const textOf = (out: { message: string } | string | undefined | null, fallback: string): string =>
  out === undefined || out === null ? fallback : typeof out === "string" ? out : out.message

const MARK = "\u0000tongban\u0000"

const isMessage = (value: unknown): value is Message =>
  typeof value === "object" &&
  value !== null &&
  typeof Reflect.get(value, "zh") === "string" &&
  typeof Reflect.get(value, "en") === "string"

const decode = (message: string, params: unknown): Message => {
  if (isMessage(params)) return { zh: params.zh, en: params.en }
  if (message.startsWith(MARK)) {
    const parts = message.slice(MARK.length).split(MARK)
    return { zh: parts[0] ?? message, en: parts[1] ?? message }
  }
  return { zh: message, en: message }
}

const FACT_KEYS = ["expected", "minimum", "maximum", "inclusive", "origin", "format", "divisor", "keys", "values"]

const toFact = (value: unknown): Fact | undefined => {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null)
    return value
  if (typeof value === "bigint") return Number(value)
  if (Array.isArray(value)) {
    const items: Array<string | number> = []
    for (const v of value) {
      if (typeof v === "string" || typeof v === "number") items.push(v)
      else items.push(String(v))
    }
    return items
  }
  return undefined
}

const toPath = (path: ReadonlyArray<PropertyKey>): Array<PathSegment> =>
  path.map((p) => (typeof p === "number" ? p : String(p)))

const convert = (zodIssue: z.core.$ZodIssue, prefix: ReadonlyArray<PathSegment>): Issue => {
  const facts: Record<string, Fact> = {}
  for (const key of FACT_KEYS) {
    const fact = toFact(Reflect.get(zodIssue, key))
    if (fact !== undefined) facts[key] = fact
  }
  const params = zodIssue.code === "custom" ? zodIssue.params : undefined
  const code = zodIssue.code === "custom" && typeof params?.code === "string" ? params.code : zodIssue.code
  if (zodIssue.code === "custom" && params !== undefined) {
    for (const [key, value] of Object.entries(params)) {
      const fact = toFact(value)
      if (key !== "zh" && key !== "en" && key !== "code" && fact !== undefined) facts[key] = fact
    }
  }
  return makeIssue({
    code,
    path: [...prefix, ...toPath(zodIssue.path)],
    facts,
    message: decode(zodIssue.message, params)
  })
}

/** Whether a value cannot be read as a number (`+value` throws). */
const unconvertible = (value: unknown): boolean => {
  if ((typeof value !== "object" && typeof value !== "function") || value === null) return false
  try {
    Number(value)
    return false
  } catch {
    return true
  }
}

/** The path of the first `length` in `input` that zod cannot compare with a number, if any. */
const unreadableLength = (input: unknown): ReadonlyArray<PathSegment> | undefined => {
  const seen = new Set<object>()
  const walk = (value: unknown, path: ReadonlyArray<PathSegment>): ReadonlyArray<PathSegment> | undefined => {
    if (typeof value !== "object" || value === null || seen.has(value) || path.length > 256) return undefined
    seen.add(value)
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const found = walk(value[i], [...path, i])
        if (found !== undefined) return found
      }
      return undefined
    }
    if (unconvertible(Reflect.get(value, "length"))) return path
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key !== "string") continue
      const found = walk(Reflect.getOwnPropertyDescriptor(value, key)?.value, [...path, key])
      if (found !== undefined) return found
    }
    return undefined
  }
  return walk(input, [])
}

/**
 * Validates `input` against a zod schema. Never throws: every problem comes
 * back as an issue located by path, with zod's own message in Chinese and
 * English. A refinement can give its own bilingual message and stable code
 * with `params: { code, zh, en }`.
 *
 * @example
 * ```ts
 * import { validate } from "@tongban/core"
 * import * as z from "zod"
 *
 * const Step = z.object({ id: z.string(), days: z.number().int().min(0) })
 * const r = validate(Step, { id: "s1", days: -1 })
 * r.ok ? "" : r.issues[0]?.code // "too_small"
 * r.ok ? [] : r.issues[0]?.path // ["days"]
 * ```
 *
 * @since 0.1.0
 * @category validation
 */
export const validate = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  options?: { readonly path?: ReadonlyArray<PathSegment> }
): Result<z.output<S>> => {
  const prefix = options?.path ?? []
  let result: z.ZodSafeParseResult<z.output<S>>
  try {
    result = schema.safeParse(input, {
      error: (raw) =>
        `${MARK}${textOf(localeMaps().zh(raw), "无效输入")}${MARK}${textOf(localeMaps().en(raw), "Invalid input")}`
    })
  } catch (thrown) {
    // zod's length checks run on any value with a `length` and compare it
    // with a number: a length that cannot become one (an object without a
    // prototype, or JSON's {"valueOf":1,"toString":1}) makes zod throw.
    // That is the input's fault, located; anything else is a defect, rethrown.
    const at = unreadableLength(input)
    if (at === undefined) throw thrown
    return fail(codeIssue(zodCodes, "length_unreadable", { path: [...prefix, ...at] }))
  }
  if (result.success) return ok(result.data)
  return fail(result.error.issues.map((issue) => convert(issue, prefix)))
}
