/**
 * The issue codes of `@tongban/catalog`: validation of catalogues, codes
 * and identifiers, and the importers (tables, CSV, workbooks).
 *
 * Glossary: 错误码 = issue code, 严重程度 = severity (error: the data is
 * wrong; warning: it is incomplete).
 *
 * @since 0.2.0
 */
import { defineCodes } from "@tongban/core"

/** The rows an implementing-body code issue names: how many, the first ten, the first three matters. */
const BODY_ROWS = {
  zh: "；共 {count} 行，如第 {shown} 行（{names}）",
  en: "; on {count} rows, e.g. rows {shown} ({names})"
} as const

/** The one row an implementing-body code issue names, when the code is on one row only. */
const BODY_ROW = { zh: "；见第 {shown} 行（{names}）", en: "; on row {shown} ({names})" } as const

/** One variant of `implementing_body_code_invalid`: what the code looks like, then its rows. */
const body = (zh: string, en: string) => ({
  zh: `实施主体编码“{bodyCode}”不是有效的统一社会信用代码：${zh}${BODY_ROWS.zh}`,
  en: `implementing body code "{bodyCode}" is not a valid unified social credit code: ${en}${BODY_ROWS.en}`
})

/** The same for a code on one row only. */
const bodyOnOneRow = (zh: string, en: string) => ({
  zh: `实施主体编码“{bodyCode}”不是有效的统一社会信用代码：${zh}${BODY_ROW.zh}`,
  en: `implementing body code "{bodyCode}" is not a valid unified social credit code: ${en}${BODY_ROW.en}`
})

/** What each kind of bad implementing-body code looks like, in words (a single character has its own, singular). */
const BODY_LOOKS = {
  lowercase: ["含小写字母（代码只用数字和大写字母）", "it has lower-case letters (codes use digits and capitals only)"],
  organisation_code: [
    "像 9 位组织机构代码（GB 11714，统一社会信用代码的第 9–17 位），不是 18 位统一社会信用代码",
    "it looks like a 9-character organisation code (GB 11714, characters 9–17 of a credit code), not an 18-character credit code"
  ],
  temporary: ["像临时代码（以 TE 开头）", "it looks like a temporary code (beginning TE)"],
  temporary_check: [
    "像临时代码（以 TE 开头），且校验码不对",
    "it looks like a temporary code (beginning TE) with a wrong check character"
  ],
  too_short: ["太短：{length} 位，应为 18 位", "too short: {length} characters, not 18"],
  too_short_single: ["太短：1 位，应为 18 位", "too short: 1 character, not 18"],
  too_long: ["太长：{length} 位，应为 18 位", "too long: {length} characters, not 18"],
  check: ["校验码不对（GB 32100—2015）", "its check character is wrong (GB 32100—2015)"],
  format: [
    "字符不合规（不能用 I、O、Z、S、V，第 3–8 位应为行政区划代码）",
    "it has characters a credit code cannot have (no I, O, Z, S, V; characters 3–8 a division code)"
  ]
} as const

/**
 * Zod's shape codes as catalog words them: the element's name comes first
 * (`申请材料 › 材料形式：…`, added by the validator), then what is wrong and
 * what is allowed. The code stays zod's, so a program reads the same codes as
 * from `@tongban/core`; only the message is catalog's. The facts are zod's,
 * with the allowed values listed in both languages (`allowed`, `allowedEn`).
 */
const shapeWording = {
  invalid_type: {
    message: { zh: "应为{expected}", en: "must be {expected}" },
    variants: {
      missing: { zh: "缺少此项", en: "missing" },
      one_of: { zh: "应为以下之一：{allowed}", en: "must be one of {allowedEn}" },
      string: { zh: "应为文字", en: "must be text" },
      number: { zh: "应为数字", en: "must be a number" },
      int: { zh: "应为整数", en: "must be a whole number" },
      boolean: { zh: "应为是或否", en: "must be true or false" },
      array: { zh: "应为列表", en: "must be a list" },
      object: { zh: "应为记录", en: "must be a record" }
    },
    facts: { expected: "string", allowed: "list", allowedEn: "list" }
  },
  invalid_value: {
    message: { zh: "应为以下之一：{allowed}", en: "must be one of {allowedEn}" },
    facts: { allowed: "list", allowedEn: "list" }
  },
  too_small: {
    message: { zh: "不能小于 {minimum}", en: "must be at least {minimum}" },
    variants: {
      array: { zh: "至少 {minimum} 项", en: "needs at least {minimum}" },
      empty: { zh: "不能为空", en: "must not be empty" },
      string: { zh: "至少 {minimum} 个字", en: "needs {minimum} characters" }
    },
    facts: { minimum: "value" }
  },
  too_big: {
    message: { zh: "不能大于 {maximum}", en: "must be at most {maximum}" },
    variants: {
      array: { zh: "最多 {maximum} 项", en: "may hold at most {maximum}" },
      string: { zh: "最多 {maximum} 个字", en: "may be at most {maximum} characters long" }
    },
    facts: { maximum: "value" }
  },
  unrecognized_keys: {
    message: { zh: "有模型之外的键：{keys}", en: "has keys outside the model: {keys}" },
    facts: { keys: "list" }
  },
  not_multiple_of: { message: { zh: "应为整数", en: "must be a whole number" } },
  invalid_union: { message: { zh: "值的形式不对", en: "has a value of the wrong form" } },
  invalid_format: { message: { zh: "值的形式不对", en: "has a value of the wrong form" } },
  invalid_key: { message: { zh: "值的形式不对", en: "has a value of the wrong form" } },
  invalid_element: { message: { zh: "值的形式不对", en: "has a value of the wrong form" } }
} as const

/**
 * Every issue code `@tongban/catalog` reports, with its templates, facts
 * and severity. Issues of the importers carry `row`, `column` and `matter`
 * facts besides these when they are located in a file. Zod's shape codes
 * (`invalid_type`, `too_small`, …) are registered here too, with catalog's
 * wording: the element's name first, then what it allows. The other codes of
 * `@tongban/core` (`json_*`, `csv_*`) and of `@tongban/deadline`
 * (`time_limit_*`) pass through unchanged.
 *
 * @example
 * ```ts
 * import { catalogCodes } from "@tongban/catalog"
 *
 * catalogCodes.codes.column_unknown.severity // "warning"
 * catalogCodes.issue("matter_duplicate_code", { path: ["matters", 3, "implementationCode"], facts: { implementationCode: "X", first: 1 } }).message.en
 * // "implementation code X repeats matter 1"
 * ```
 *
 * @since 0.2.0
 * @category codes
 */
export const catalogCodes = /* @__PURE__ */ defineCodes("@tongban/catalog", shapeWording, {
  basic_code_invalid: {
    message: {
      zh: "基本编码应为 12 位（旧版 10 位或 24 位）数字或大写字母",
      en: "a basic code is 12 digits or capitals (legacy: 10 or 24)"
    }
  },
  implementation_code_invalid: {
    message: {
      zh: "实施编码应为 31 位（信用代码 18 位 + 行使层级 1 位 + 基本编码 12 位）数字或大写字母",
      en: "an implementation code is 31 digits or capitals (credit code 18 + level 1 + basic code 12)"
    }
  },
  local_code_invalid: {
    message: { zh: "地方事项编码应为 4–40 位数字或大写字母", en: "a local item code is 4–40 digits or capitals" }
  },
  matter_type_invalid: {
    message: { zh: "事项类型代码应为 1–8 位字母或数字", en: "a matter type code is 1–8 letters or digits" }
  },
  identifier_invalid: {
    message: {
      zh: "标识应为 1–64 个字母、数字、下划线、点或连字符，以字母或数字开头",
      en: "an identifier is 1–64 letters, digits, underscores, dots or hyphens, beginning with a letter or digit"
    }
  },
  text_untidy: {
    message: {
      zh: "文字不能以空白开头或结尾，也不能含换行等控制字符",
      en: "text must not begin or end with white space nor contain line breaks or other control characters"
    },
    variants: {
      spaces_only: { zh: "文字不能以空白开头或结尾", en: "text must not begin or end with white space" }
    }
  },
  date_invalid: {
    message: {
      zh: "日期应为存在的 YYYY-MM-DD（1900–2200 年）",
      en: "a date must be an existing YYYY-MM-DD in 1900–2200"
    }
  },
  credit_code_format: {
    message: {
      zh: "统一社会信用代码应为 18 位（数字或除 I、O、Z、S、V 外的大写字母，第 3–8 位为行政区划代码），收到 {input}",
      en: "a unified social credit code is 18 characters (digits or capitals other than I, O, Z, S, V; characters 3–8 a division code), received {input}"
    },
    facts: { input: "string" }
  },
  credit_code_check: {
    message: {
      zh: "统一社会信用代码 {input} 的校验码应为 {expected}，实为 {actual}（GB 32100—2015）",
      en: "the check character of unified social credit code {input} should be {expected}, not {actual} (GB 32100—2015)"
    },
    facts: { input: "string", expected: "string", actual: "string" }
  },
  id_card_format: {
    message: {
      zh: "公民身份号码应为 17 位数字加 1 位校验码（数字或 X），收到 {input}",
      en: "a citizen identity number is 17 digits and a check character (a digit or X), received {input}"
    },
    facts: { input: "string" }
  },
  id_card_birth_date: {
    message: {
      zh: "公民身份号码 {input} 中的出生日期 {birth} 不存在",
      en: "the birth date {birth} in citizen identity number {input} does not exist"
    },
    facts: { input: "string", birth: "string" }
  },
  id_card_check: {
    message: {
      zh: "公民身份号码 {input} 的校验码应为 {expected}，实为 {actual}（GB 11643—1999）",
      en: "the check character of citizen identity number {input} should be {expected}, not {actual} (GB 11643—1999)"
    },
    facts: { input: "string", expected: "string", actual: "string" }
  },
  region_code_invalid: {
    message: {
      zh: "行政区划代码应为 6 位或 12 位数字，以 GB/T 2260 的省级代码开头，收到 {input}",
      en: "an administrative division code is 6 or 12 digits beginning with a GB/T 2260 province code, received {input}"
    },
    facts: { input: "string" }
  },
  department_duplicate_id: {
    message: { zh: "部门标识 {id} 与第 {first} 个部门重复", en: "department id {id} repeats department {first}" },
    facts: { id: "string", first: "number" }
  },
  department_duplicate_credit_code: {
    message: {
      zh: "统一社会信用代码 {creditCode} 与第 {first} 个部门重复",
      en: "unified social credit code {creditCode} repeats department {first}"
    },
    facts: { creditCode: "string", first: "number" }
  },
  window_duplicate_id: {
    message: { zh: "窗口标识 {id} 与第 {first} 个窗口重复", en: "window id {id} repeats window {first}" },
    facts: { id: "string", first: "number" }
  },
  unknown_department: {
    message: { zh: "引用了不存在的部门 {department}", en: "refers to an unknown department {department}" },
    variants: {
      matter: {
        zh: "事项引用了不存在的部门 {department}",
        en: "the matter refers to an unknown department {department}"
      },
      window: {
        zh: "窗口引用了不存在的部门 {department}",
        en: "the window refers to an unknown department {department}"
      },
      lead: { zh: "牵头部门 {department} 不存在", en: "the lead department {department} is unknown" },
      partner: { zh: "协办部门 {department} 不存在", en: "the co-operating department {department} is unknown" }
    },
    facts: { department: "string" }
  },
  matter_duplicate_code: {
    message: {
      zh: "实施编码 {implementationCode} 与第 {first} 个事项重复",
      en: "implementation code {implementationCode} repeats matter {first}"
    },
    facts: { implementationCode: "string", first: "number" }
  },
  implementation_code_mismatch: {
    message: {
      zh: "实施编码应为实施主体信用代码 + 行使层级 + 基本编码，即 {expected}，实为 {actual}",
      en: "the implementation code should be the department's credit code + exercise level + basic code, {expected}, not {actual}"
    },
    facts: { expected: "string", actual: "string" }
  },
  matter_type_unknown: {
    message: {
      zh: "事项类型 {type} 既不在 GB/T 39046 A.1 中，也未在目录的 matterTypes 中声明",
      en: "matter type {type} is neither in GB/T 39046 A.1 nor declared in the catalogue's matterTypes"
    },
    facts: { type: "string" }
  },
  matter_type_duplicate: {
    message: { zh: "事项类型代码 {type} 已存在", en: "matter type code {type} is already defined" },
    facts: { type: "string" }
  },
  promised_exceeds_statutory: {
    message: {
      zh: "承诺时限（约 {promisedWorkingDays} 个工作日）长于法定时限（约 {statutoryWorkingDays} 个工作日）",
      en: "the promised limit (about {promisedWorkingDays} working days) is longer than the statutory one (about {statutoryWorkingDays})"
    },
    facts: { promisedWorkingDays: "number", statutoryWorkingDays: "number" }
  },
  immediate_with_limit: {
    message: { zh: "即办件的承诺时限应为 0", en: "an immediate matter (即办件) must have a promised limit of 0" },
    facts: { amount: "number" }
  },
  fully_online_with_trips: {
    message: {
      zh: "全程网办事项的到办事现场次数应为 0，实为 {trips}",
      en: "a fully online matter needs no trip to the centre, but {trips} are recorded"
    },
    variants: {
      one: {
        zh: "全程网办事项的到办事现场次数应为 0，实为 1",
        en: "a fully online matter needs no trip to the centre, but 1 is recorded"
      }
    },
    facts: { trips: "number" }
  },
  trips_without_reason: {
    message: {
      zh: "到办事现场次数为 {trips}，须说明到现场的理由",
      en: "{trips} trips to the centre need a stated reason"
    },
    variants: {
      one: { zh: "到办事现场次数为 1，须说明到现场的理由", en: "1 trip to the centre needs a stated reason" }
    },
    facts: { trips: "number" },
    severity: "warning"
  },
  material_duplicate_id: {
    message: {
      zh: "材料标识 {id} 与本事项第 {first} 项材料重复",
      en: "material id {id} repeats material {first} of this matter"
    },
    facts: { id: "string", first: "number" }
  },
  unknown_material: {
    message: {
      zh: "环节引用了本事项不存在的材料 {material}",
      en: "the step refers to material {material}, which the matter does not list"
    },
    facts: { material: "string" }
  },
  dates_out_of_order: {
    message: {
      zh: "失效日期 {validTo} 早于生效日期 {validFrom}",
      en: "valid-to {validTo} is before valid-from {validFrom}"
    },
    facts: { validFrom: "string", validTo: "string" }
  },
  bundle_duplicate_id: {
    message: { zh: "一件事标识 {id} 与第 {first} 个重复", en: "bundle id {id} repeats bundle {first}" },
    facts: { id: "string", first: "number" }
  },
  unknown_matter: {
    message: { zh: "一件事引用了不存在的事项 {matter}", en: "the bundle refers to an unknown matter {matter}" },
    facts: { matter: "string" }
  },
  bundle_duplicate_matter: {
    message: { zh: "事项 {matter} 在一件事中重复出现", en: "matter {matter} appears twice in the bundle" },
    facts: { matter: "string" }
  },
  unknown_bundle: {
    message: { zh: "目录中没有一件事 {id}", en: "the catalogue has no bundle {id}" },
    facts: { id: "string" }
  },
  list_too_long: {
    message: {
      zh: "{key} 最多 {maximum} 项，实有 {length} 项",
      en: "{key} may hold at most {maximum} items, not {length}"
    },
    facts: { key: "string", maximum: "number", length: "number" }
  },
  input_too_large: {
    message: { zh: "输入过大：{sizeText}，上限 {maxText}", en: "input too large: {sizeText}, the limit is {maxText}" },
    facts: { size: "number", max: "number", sizeText: "string", maxText: "string" }
  },
  encoding_unknown: {
    message: { zh: "输入既不是 UTF-8 也不是 GBK 编码的文本", en: "the input is text in neither UTF-8 nor GBK" },
    facts: { size: "number" }
  },
  table_missing: {
    message: { zh: "缺少工作表：{sheets}", en: "missing sheets: {sheets}" },
    variants: { no_sheet: { zh: "工作簿中没有工作表", en: "the workbook has no sheet" } },
    facts: { sheets: "list" }
  },
  column_missing: {
    message: {
      zh: "{sheet}表没有“{column}”列：实施清单要求的这一要素整列缺失",
      en: "the {sheet} table has no column {column}: an element the implementation list requires is missing throughout"
    },
    variants: {
      required: {
        zh: "{sheet}表缺少“{column}”列，无法读取",
        en: "the {sheet} table lacks the column {column} and cannot be read"
      }
    },
    facts: { column: "string", sheet: "string" }
  },
  column_unknown: {
    message: {
      zh: "第 {position} 列“{column}”不是事项表的列，已忽略（可用 --columns 映射文件指明它的含义）",
      en: 'column {position}, "{column}", is not a column of the matter table and was ignored (a --columns mapping file can say what it means)'
    },
    facts: { column: "string", position: "number" },
    severity: "warning"
  },
  column_duplicate: {
    message: {
      zh: "第 {position} 列“{column}”与“{first}”是同一列，只读取前者",
      en: 'column {position}, "{column}", is the same column as "{first}"; only the first is read'
    },
    facts: { column: "string", position: "number", first: "string" },
    severity: "warning"
  },
  column_mapping_invalid: {
    message: {
      zh: "列映射应为对象：文件中的列名 → 事项表的列名",
      en: "a column mapping is an object: a name in the file → a column of the matter table"
    }
  },
  column_mapping_unknown_target: {
    message: {
      zh: "列映射把“{column}”映射到了事项表中没有的列“{target}”",
      en: 'the column mapping maps "{column}" to "{target}", which is no column of the matter table'
    },
    facts: { column: "string", target: "string" }
  },
  element_missing: {
    message: {
      zh: "“{header}”列有 {count} 个空单元格，如第 {shown} 行",
      en: "column {header} has {count} empty cells, e.g. rows {shown}"
    },
    variants: {
      one: { zh: "“{header}”列有 1 个空单元格：第 {shown} 行", en: "column {header} has 1 empty cell, on row {shown}" }
    },
    facts: { column: "string", header: "string", count: "number", rows: "list", shown: "list" },
    severity: "warning"
  },
  implementing_body_code_invalid: {
    message: {
      zh: `实施主体编码“{bodyCode}”不是有效的统一社会信用代码${BODY_ROWS.zh}`,
      en: `implementing body code "{bodyCode}" is not a valid unified social credit code${BODY_ROWS.en}`
    },
    variants: {
      lowercase: body(...BODY_LOOKS.lowercase),
      lowercase_one_row: bodyOnOneRow(...BODY_LOOKS.lowercase),
      organisation_code: body(...BODY_LOOKS.organisation_code),
      organisation_code_one_row: bodyOnOneRow(...BODY_LOOKS.organisation_code),
      temporary: body(...BODY_LOOKS.temporary),
      temporary_one_row: bodyOnOneRow(...BODY_LOOKS.temporary),
      temporary_check: body(...BODY_LOOKS.temporary_check),
      temporary_check_one_row: bodyOnOneRow(...BODY_LOOKS.temporary_check),
      too_short: body(...BODY_LOOKS.too_short),
      too_short_one_row: bodyOnOneRow(...BODY_LOOKS.too_short),
      too_short_single: body(...BODY_LOOKS.too_short_single),
      too_short_single_one_row: bodyOnOneRow(...BODY_LOOKS.too_short_single),
      too_long: body(...BODY_LOOKS.too_long),
      too_long_one_row: bodyOnOneRow(...BODY_LOOKS.too_long),
      check: body(...BODY_LOOKS.check),
      check_one_row: bodyOnOneRow(...BODY_LOOKS.check),
      format: body(...BODY_LOOKS.format),
      format_one_row: bodyOnOneRow(...BODY_LOOKS.format)
    },
    facts: {
      bodyCode: "string",
      looksLike: "string",
      length: "number",
      count: "number",
      rows: "list",
      shown: "list",
      matters: "list",
      names: "list"
    }
  },
  cell_unknown_code: {
    message: {
      zh: "无法识别的{what}“{input}”，可用：{allowed}",
      en: 'unknown {whatEn} "{input}"; allowed: {allowedEn}'
    },
    facts: {
      input: "string",
      what: "string",
      whatEn: "string",
      allowed: "list",
      allowedEn: "list",
      row: "number?",
      column: "string?",
      matter: "string?"
    }
  },
  cell_not_integer: {
    message: { zh: "应为非负整数，收到“{input}”", en: 'expected a whole number, received "{input}"' },
    facts: { input: "string", row: "number?", column: "string?", matter: "string?" }
  },
  cell_not_number: {
    message: { zh: "收费金额应为数字，收到“{input}”", en: 'a fee amount must be a number, received "{input}"' },
    facts: { input: "string", row: "number?", column: "string?", matter: "string?" }
  },
  cell_date_invalid: {
    message: {
      zh: "日期应写作 2026-12-01、2026/12/1、2026年12月1日或 Excel 日期序号，且须存在，收到“{input}”",
      en: 'a date is written 2026-12-01, 2026/12/1, 2026年12月1日 or as an Excel serial number, and must exist; received "{input}"'
    },
    facts: { input: "string", row: "number?", column: "string?", matter: "string?" }
  },
  record_incomplete: {
    message: {
      zh: "第 {record} 条缺少{missing}，未读入",
      en: "record {record} lacks {missing} and was left out"
    },
    facts: {
      input: "string",
      record: "number",
      missing: "list",
      row: "number?",
      column: "string?",
      matter: "string?"
    },
    severity: "warning"
  },
  issues_truncated: {
    message: {
      zh: "问题过多：只列出前 {shown} 个，另有 {dropped} 个未列出",
      en: "too many issues: the first {shown} are listed, {dropped} more are not"
    },
    facts: { shown: "number", dropped: "number" },
    severity: "warning"
  },
  xlsx_not_workbook: {
    message: {
      zh: "输入不是 XLSX 工作簿（不是 zip 容器）",
      en: "the input is not an XLSX workbook (not a zip container)"
    },
    facts: { size: "number" }
  },
  xlsx_truncated: {
    message: { zh: "工作簿不完整（文件被截断）：{detailZh}", en: "the workbook is incomplete (cut short): {detail}" },
    facts: { detail: "string", detailZh: "string" }
  },
  xlsx_unsupported: {
    message: {
      zh: "工作簿用了不支持的 zip 特性：{detailZh}",
      en: "the workbook uses a zip feature that is not read: {detail}"
    },
    facts: { detail: "string", detailZh: "string" }
  },
  xlsx_too_many_entries: {
    message: {
      zh: "工作簿含 {entries} 个 zip 条目，上限 {max}",
      en: "the workbook holds {entries} zip entries; the limit is {max}"
    },
    facts: { entries: "number", max: "number" }
  },
  xlsx_too_large_unpacked: {
    message: {
      zh: "工作簿解压后超过 {size}（可能是压缩炸弹）",
      en: "the workbook unpacks to more than {size} (it may be a zip bomb)"
    },
    facts: { max: "number", size: "string" }
  },
  xlsx_corrupt: {
    message: { zh: "工作簿已损坏：{detailZh}", en: "the workbook is damaged: {detail}" },
    facts: { detail: "string", detailZh: "string" }
  },
  xlsx_sheet_too_large: {
    message: {
      zh: "工作表“{sheet}”有 {count} 行，上限 {max}",
      en: "sheet {sheet} has {count} rows; the limit is {max}"
    },
    variants: {
      columns: {
        zh: "工作表“{sheet}”有一行 {count} 列，上限 {max}",
        en: "sheet {sheet} has a row of {count} columns; the limit is {max}"
      }
    },
    facts: { sheet: "string", what: "string", count: "number", max: "number" }
  },
  xlsx_unreadable: {
    message: {
      zh: "无法读取 XLSX 工作簿：表格库 SheetJS 解析不了它的内容（英文原因见 detail）",
      en: "cannot read the XLSX workbook: {detail}"
    },
    facts: { detail: "string" }
  }
})
