/**
 * The issue codes of `@tongban/core`: dates, JSON, CSV, and the codes zod
 * reports through `validate`.
 *
 * @since 0.2.0
 */
import { defineCodes } from "./Codes.js"

const ZOD = { zh: "（中文消息取自 zod 的中文目录）", en: "(the message is zod's English one)" }
const zod = (zh: string, en: string) => ({ zh: `${zh}${ZOD.zh}`, en: `${en} ${ZOD.en}` })

/**
 * Every issue code `@tongban/core` reports, with its templates, facts and
 * severity. The `date_` codes come from `parseLocalDate`, the `json_` codes
 * from `parseJson` and `checkJsonValue`, the `csv_` codes from `parseCsv`
 * and `forEachCsvRow`; the others are zod's own codes as {@link validate}
 * passes them on (a schema's custom check reports its package's code).
 *
 * @example
 * ```ts
 * import { coreCodes } from "@tongban/core"
 *
 * coreCodes.issue("csv_quote_unclosed", { path: [2], facts: { line: 2, column: 5 } }).message.en
 * // "line 2, column 5: the quote is never closed"
 * coreCodes.codes.date_nonexistent.facts.daysInMonth // "number"
 * ```
 *
 * @since 0.2.0
 * @category codes
 */
export const coreCodes = defineCodes("@tongban/core", {
  date_not_string: {
    message: {
      zh: "日期应为 YYYY-MM-DD 格式的字符串，收到的是 {received}",
      en: "a date must be a YYYY-MM-DD string, received {received}"
    },
    facts: { received: "string" }
  },
  date_malformed: {
    message: {
      zh: '日期 "{input}" 不是 YYYY-MM-DD 格式（年四位、月日两位，例如 2026-02-03）',
      en: 'date "{input}" is not in YYYY-MM-DD form (four-digit year, two-digit month and day, e.g. 2026-02-03)'
    },
    facts: { input: "string" }
  },
  date_out_of_range: {
    message: {
      zh: "日期 {input} 的年份 {year} 超出支持范围 {min}–{max}",
      en: "date {input}: year {year} is outside the supported range {min}–{max}"
    },
    facts: { input: "string", year: "number", min: "number", max: "number" }
  },
  date_nonexistent: {
    message: {
      zh: "日期 {input} 不存在：{year}年{month}月只有 {daysInMonth} 天",
      en: "date {input} does not exist: month {month} of {year} has {daysInMonth} days"
    },
    variants: {
      month: {
        zh: "日期 {input} 的月份 {month} 不存在（应为 01–12）",
        en: "date {input}: month {month} does not exist (01–12)"
      }
    },
    facts: { input: "string", year: "number", month: "number", day: "number", daysInMonth: "number" }
  },
  json_too_large: {
    message: {
      zh: "输入过大：{length} 个字符，上限 {maxLength}",
      en: "input too large: {length} characters, the limit is {maxLength}"
    },
    facts: { length: "number", maxLength: "number" }
  },
  json_malformed: {
    message: { zh: "JSON 格式错误：{detail}", en: "malformed JSON: {detail}" },
    facts: { detail: "string" }
  },
  json_too_deep: {
    message: { zh: "输入嵌套超过 {maxDepth} 层", en: "input is nested deeper than {maxDepth} levels" },
    facts: { maxDepth: "number" }
  },
  json_forbidden_key: {
    message: {
      zh: '输入中不允许使用键名 "{key}"（可能篡改对象原型）',
      en: 'the key "{key}" is not allowed in input (it could tamper with object prototypes)'
    },
    facts: { key: "string" }
  },
  csv_not_text: {
    message: { zh: "CSV 输入必须是文本，收到的是 {type}", en: "the CSV input must be text, received {type}" },
    facts: { type: "string" }
  },
  csv_too_large: {
    message: {
      zh: "CSV 过大：{length} 个字符，上限 {maxLength}",
      en: "the CSV is too large: {length} characters, the limit is {maxLength}"
    },
    facts: { length: "number", maxLength: "number" }
  },
  csv_delimiter_invalid: {
    message: {
      zh: "分隔符必须是一个字符，且不能是引号或换行",
      en: "the delimiter must be one character, not a quote or a line break"
    },
    facts: { delimiter: "string" }
  },
  csv_quote_unclosed: {
    message: {
      zh: "第 {line} 行第 {column} 列：引号没有闭合",
      en: "line {line}, column {column}: the quote is never closed"
    },
    facts: { line: "number", column: "number" }
  },
  csv_text_after_quote: {
    message: {
      zh: "第 {line} 行第 {column} 列：闭合引号后应为分隔符或换行",
      en: "line {line}, column {column}: a closing quote must be followed by a delimiter or a line break"
    },
    facts: { line: "number", column: "number" }
  },
  csv_quote_unexpected: {
    message: {
      zh: "第 {line} 行第 {column} 列：引号出现在未加引号的字段中间（应把整个字段放在引号里，引号写成两个）",
      en: 'line {line}, column {column}: a quote inside an unquoted field (quote the whole field and double the quote: "a""b")'
    },
    facts: { line: "number", column: "number" }
  },
  csv_too_many_columns: {
    message: {
      zh: "第 {line} 行第 {column} 列：字段超过 {maxColumns} 个",
      en: "line {line}, column {column}: more than {maxColumns} fields in a row"
    },
    facts: { line: "number", column: "number", maxColumns: "number" }
  },
  csv_too_many_rows: {
    message: {
      zh: "第 {line} 行：行数超过上限 {maxRows}",
      en: "line {line}: more rows than the limit of {maxRows}"
    },
    facts: { line: "number", maxRows: "number" }
  },
  invalid_type: { message: zod("类型不符", "wrong type"), facts: { expected: "value?" } },
  invalid_value: { message: zod("不是允许的值之一", "not one of the allowed values"), facts: { values: "list?" } },
  invalid_format: { message: zod("格式不符", "wrong format"), facts: { format: "value?" } },
  invalid_union: { message: zod("不符合任何一种允许的形式", "matches none of the allowed shapes") },
  invalid_key: { message: zod("键名无效", "invalid key") },
  invalid_element: { message: zod("集合中的元素无效", "invalid element") },
  too_big: {
    message: zod("过大或过长", "too big or too long"),
    facts: { maximum: "value?", inclusive: "boolean?", origin: "value?" }
  },
  too_small: {
    message: zod("过小或过短", "too small or too short"),
    facts: { minimum: "value?", inclusive: "boolean?", origin: "value?" }
  },
  not_multiple_of: { message: zod("不是所要求的倍数", "not a multiple of the divisor"), facts: { divisor: "value?" } },
  unrecognized_keys: { message: zod("有未知的键", "unknown keys"), facts: { keys: "list?" } },
  custom: { message: zod("自定义检查未通过", "a custom check failed") }
})
