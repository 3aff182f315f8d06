// The groups of core's issue codes, one per module, so that a bundle keeps
// only the templates of the modules it uses (the table in IssueCodes.ts
// joins them). Edit a template here, then run `pnpm codes`.
import type { CodeSpecs } from "../Codes.js"

/** The codes of parseLocalDate and localDateFromParts. */
export const dateCodes = {
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
  }
} as const satisfies CodeSpecs

/** The codes of parseJson and checkJsonValue. */
export const jsonCodes = {
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
  }
} as const satisfies CodeSpecs

/** The codes of parseCsv and forEachCsvRow. */
export const csvCodes = {
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
  }
} as const satisfies CodeSpecs

/** The codes zod reports through validate; the messages are zod's own. */
export const zodCodes = {
  invalid_type: {
    message: { zh: "类型不符（中文消息取自 zod 的中文目录）", en: "wrong type (the message is zod's English one)" },
    facts: { expected: "value?" }
  },
  invalid_value: {
    message: {
      zh: "不是允许的值之一（中文消息取自 zod 的中文目录）",
      en: "not one of the allowed values (the message is zod's English one)"
    },
    facts: { values: "list?" }
  },
  invalid_format: {
    message: { zh: "格式不符（中文消息取自 zod 的中文目录）", en: "wrong format (the message is zod's English one)" },
    facts: { format: "value?" }
  },
  invalid_union: {
    message: {
      zh: "不符合任何一种允许的形式（中文消息取自 zod 的中文目录）",
      en: "matches none of the allowed shapes (the message is zod's English one)"
    }
  },
  invalid_key: {
    message: { zh: "键名无效（中文消息取自 zod 的中文目录）", en: "invalid key (the message is zod's English one)" }
  },
  invalid_element: {
    message: {
      zh: "集合中的元素无效（中文消息取自 zod 的中文目录）",
      en: "invalid element (the message is zod's English one)"
    }
  },
  too_big: {
    message: {
      zh: "过大或过长（中文消息取自 zod 的中文目录）",
      en: "too big or too long (the message is zod's English one)"
    },
    facts: { maximum: "value?", inclusive: "boolean?", origin: "value?" }
  },
  too_small: {
    message: {
      zh: "过小或过短（中文消息取自 zod 的中文目录）",
      en: "too small or too short (the message is zod's English one)"
    },
    facts: { minimum: "value?", inclusive: "boolean?", origin: "value?" }
  },
  not_multiple_of: {
    message: {
      zh: "不是所要求的倍数（中文消息取自 zod 的中文目录）",
      en: "not a multiple of the divisor (the message is zod's English one)"
    },
    facts: { divisor: "value?" }
  },
  unrecognized_keys: {
    message: { zh: "有未知的键（中文消息取自 zod 的中文目录）", en: "unknown keys (the message is zod's English one)" },
    facts: { keys: "list?" }
  },
  custom: {
    message: {
      zh: "自定义检查未通过（中文消息取自 zod 的中文目录）",
      en: "a custom check failed (the message is zod's English one)"
    }
  },
  length_unreadable: {
    message: {
      zh: "此处的 length 是一个无法读成数字的对象（没有可调用的 valueOf 或 toString），这个值无法校验",
      en: "the length here is an object that cannot be read as a number (no callable valueOf or toString), so the value cannot be checked"
    }
  }
} as const satisfies CodeSpecs
