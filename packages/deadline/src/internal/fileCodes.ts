/**
 * The codes of calendar files read from outside (a layer, a whole calendar,
 * a notice), and the step that turns zod's findings into them: each issue
 * names the field in the file, what it must be, and comes from the deadline
 * code table in Chinese and English.
 *
 * Glossary: 字段 = field, 文件 = file.
 *
 * @since 0.2.0
 */
import { type CodeSpecs, codeIssue, type Issue, type PathSegment } from "@tongban/core"
import { indexCodes } from "./calendarIndex.js"

/** The codes of calendar, layer and notice files (`date_invalid` is the index's). */
export const fileCodes = {
  calendar_file_invalid: {
    message: {
      zh: "{field} 的值不合要求（应为 {expected}）",
      en: "{field} does not fit the format (expected {expected})"
    },
    facts: { field: "string", expected: "string", received: "string?" },
    variants: {
      missing: { zh: "缺少 {field}（应为 {expected}）", en: "{field} is missing (expected {expected})" },
      type: { zh: "{field} 的类型不对：应为 {expected}", en: "{field} has the wrong type: expected {expected}" },
      value: { zh: "{field} 应为以下之一：{expected}", en: "{field} must be one of {expected}" },
      too_few: { zh: "{field} 至少要有 {expected} 项", en: "{field} needs {expected} or more entries" },
      too_many: { zh: "{field} 最多 {expected} 项", en: "{field} may hold {expected} entries at most" },
      too_short: { zh: "{field} 至少要有 {expected} 个字符", en: "{field} needs at least {expected} characters" },
      too_long: { zh: "{field} 最多 {expected} 个字符", en: "{field} may be at most {expected} characters long" },
      too_low: { zh: "{field} 不能小于 {expected}", en: "{field} must be at least {expected}" },
      too_high: { zh: "{field} 不能大于 {expected}", en: "{field} must be at most {expected}" },
      unknown_key: {
        zh: "{field} 中有格式之外的键：{expected}（请删去或检查拼写）",
        en: "{field} has keys the format does not know: {expected} (remove them or check the spelling)"
      }
    }
  },
  notice_number_invalid: {
    message: {
      zh: "通知文号 {input} 应形如 国办发明电〔2026〕8号",
      en: "the notice number {input} should read like 国办发明电〔2026〕8号"
    },
    facts: { input: "string" }
  },
  range_reversed: {
    message: { zh: "结束日 {to} 早于开始日 {from}", en: "the range ends on {to}, before it starts on {from}" },
    facts: { from: "string", to: "string" }
  },
  source_unknown: {
    message: {
      zh: "来源 {source} 不在 sources 中（应为其中某个 id）",
      en: "the source {source} is not among the sources (it must be one of their ids)"
    },
    facts: { source: "string" }
  }
} as const satisfies CodeSpecs

const fieldOf = (path: ReadonlyArray<PathSegment>): string =>
  path.length === 0
    ? "(root)"
    : path.map((p, i) => (typeof p === "number" ? `[${String(p)}]` : i === 0 ? p : `.${p}`)).join("")

const valueAt = (root: unknown, path: ReadonlyArray<PathSegment>): unknown => {
  let at = root
  for (const p of path) {
    if (typeof at !== "object" || at === null) return undefined
    at = Reflect.get(at, p)
  }
  return at
}

const typeOf = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "array" : typeof value === "undefined" ? "nothing" : typeof value

const text = (value: unknown): string =>
  typeof value === "string"
    ? value
    : typeof value === "number" || typeof value === "boolean"
      ? String(value)
      : typeOf(value)

const listOf = (value: unknown): string =>
  Array.isArray(value) ? value.map((v) => (typeof v === "string" ? v : String(v))).join(" | ") : "?"

const bound = (value: unknown): string => (typeof value === "number" ? String(value) : "?")

type Variant = keyof (typeof fileCodes)["calendar_file_invalid"]["variants"]

const sizeVariant = (small: boolean, origin: unknown): Variant =>
  origin === "array" || origin === "set"
    ? small
      ? "too_few"
      : "too_many"
    : origin === "string"
      ? small
        ? "too_short"
        : "too_long"
      : small
        ? "too_low"
        : "too_high"

/**
 * An issue of a calendar file, from the deadline code table: zod's shape
 * findings become `calendar_file_invalid` (the field, what it must be, what
 * was there), and the refinements (`date_invalid`, `range_reversed`,
 * `source_unknown`, `notice_number_invalid`) get their facts from the value.
 * `root` is the file's value and `prefix` the path the caller put before it.
 */
export const fileIssue = (issue: Issue, root: unknown, prefix: ReadonlyArray<PathSegment>): Issue => {
  const inner = issue.path.slice(prefix.length)
  const at = valueAt(root, inner)
  const path = issue.path
  const f = issue.facts
  const invalid = (variant: Variant | undefined, expected: string): Issue =>
    codeIssue(fileCodes, "calendar_file_invalid", {
      path,
      facts: { field: fieldOf(inner), expected, received: at === undefined ? "nothing" : text(at).slice(0, 80) },
      ...(variant === undefined ? {} : { variant })
    })
  switch (issue.code) {
    case "date_invalid":
      return codeIssue(indexCodes, "date_invalid", { path, facts: { input: text(at) } })
    case "notice_number_invalid":
      return codeIssue(fileCodes, "notice_number_invalid", { path, facts: { input: text(at) } })
    case "range_reversed":
      return codeIssue(fileCodes, "range_reversed", {
        path,
        facts: { from: text(valueAt(at, ["from"])), to: text(valueAt(at, ["to"])) }
      })
    case "source_unknown":
      return codeIssue(fileCodes, "source_unknown", { path, facts: { source: text(at) } })
    case "invalid_type": {
      const expected = f.expected === "int" ? "integer" : typeof f.expected === "string" ? f.expected : "?"
      return invalid(at === undefined ? "missing" : "type", expected)
    }
    case "invalid_value":
      return invalid("value", listOf(f.values))
    case "too_small":
      return invalid(sizeVariant(true, f.origin), bound(f.minimum))
    case "too_big":
      return invalid(sizeVariant(false, f.origin), bound(f.maximum))
    case "unrecognized_keys":
      return invalid("unknown_key", listOf(f.keys))
    case "invalid_union":
      return invalid("value", inner.includes("weekdays") ? "1 | 2 | 3 | 4 | 5 | 6 | 7" : "a form the format allows")
    default:
      return invalid(undefined, issue.code)
  }
}
