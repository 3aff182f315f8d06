/**
 * The catalogue as tables with Chinese headers, in the column layout counties
 * receive from provincial platforms: the 事项 table (one row per matter, the
 * CSV file), and, in a workbook, the 目录, 部门, 窗口, 一件事 and 事项类型
 * sheets. The mapping is in docs/catalog.md, "Spreadsheets".
 *
 * Glossary: 表 = table (sheet), 列 = column, 表头 = header, 单元格 = cell,
 * 申请材料 = materials, 办理流程 = process steps, 设定依据 = legal basis.
 *
 * @since 0.1.0
 */
import {
  fail,
  fromDayNumber,
  type Issue,
  isDayNumber,
  isLocalDate,
  localDateFromParts,
  ok,
  type Result,
  sortIssues,
  validate
} from "@tongban/core"
import { formatTimeLimit, parseTimeLimit, type TimeLimit } from "@tongban/deadline"
import { type ColumnMapping, columnMeaning, ITEM_CODE_HEADER, isProvincialItemCode, MATTER_HEADERS } from "./Headers.js"
import { checkCreditCode, makeImplementationCode } from "./Identifiers.js"
import { catalogCodes } from "./IssueCodes.js"
import {
  type CodeEntry,
  DEPARTMENT_KINDS,
  EXERCISE_LEVELS,
  HANDLING_FORMS,
  HANDLING_KINDS,
  lookupCode,
  MATERIAL_FORMS,
  MATERIAL_MEDIA,
  MATERIAL_NECESSITIES,
  MATERIAL_SOURCES,
  MATTER_TYPES,
  ONLINE_DEPTHS,
  SERVICE_OBJECTS,
  WINDOW_AUTHORITIES,
  WINDOW_KINDS
} from "./Codes.js"
import {
  type Bundle,
  BundleSchema,
  type Catalogue,
  type Fee,
  type ListedCatalogue,
  type ListedDepartment,
  type ListedMatter,
  type Material,
  type Matter,
  type SpecialProcedure,
  type Step,
  type Window,
  WindowSchema
} from "./Schema.js"
import { validateCatalogue, validateListedCatalogue } from "./Validate.js"

/**
 * A table: a header row and data rows of text cells.
 *
 * @since 0.1.0
 * @category models
 */
export interface Table {
  readonly header: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
}

/** Escapes one field of a structured cell: backslash, bar and line breaks. */
const escapeField = (s: string): string =>
  s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\n/g, "\\n").replace(/\r/g, "\\r")

/** Splits a structured cell on an unescaped separator and unescapes the parts. */
const splitEscaped = (s: string, separator: string): Array<string> => {
  // Most cells escape nothing: split them whole, not character by character.
  if (!s.includes("\\")) return s.split(separator)
  const out: Array<string> = []
  let cur = ""
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i)
    if (c === "\\" && i + 1 < s.length) {
      const d = s.charAt(i + 1)
      cur += d === "n" ? "\n" : d === "r" ? "\r" : d
      i++
    } else if (c === separator) {
      out.push(cur)
      cur = ""
    } else cur += c
  }
  out.push(cur)
  return out
}

const joinRecords = (records: ReadonlyArray<ReadonlyArray<string>>): string =>
  records.map((fields) => fields.map(escapeField).join("|")).join("\n")

const splitRecords = (cell: string): Array<Array<string>> =>
  cell.trim() === ""
    ? []
    : cell
        .split(/\r?\n/)
        .filter((l) => l.trim() !== "")
        .map((l) => splitEscaped(l, "|"))

const joinItems = (items: ReadonlyArray<string>): string => items.map(escapeField).join("\n")

const label = (table: ReadonlyArray<CodeEntry>, code: string): string =>
  table.find((e) => e.code === code)?.label.zh ?? code

const labels = (table: ReadonlyArray<CodeEntry>, codes: ReadonlyArray<string>): string =>
  codes.map((c) => label(table, c)).join("；")

const limitText = (limit: TimeLimit | undefined): string => (limit === undefined ? "" : formatTimeLimit(limit, "zh"))

const matterRow = (catalogue: Catalogue, matter: Matter): Array<string> => {
  const d = catalogue.departments.find((x) => x.id === matter.department)
  return [
    catalogue.region.code,
    catalogue.region.name,
    catalogue.version,
    catalogue.asOf,
    matter.department,
    d?.name ?? "",
    d?.creditCode ?? "",
    d === undefined ? "" : label(DEPARTMENT_KINDS, d.kind),
    matter.name,
    matter.basicCode,
    matter.implementationCode,
    matter.localCode ?? "",
    label(MATTER_TYPES, matter.type),
    label(EXERCISE_LEVELS, matter.level),
    labels(SERVICE_OBJECTS, matter.serviceObjects),
    labels(HANDLING_FORMS, matter.handlingForms),
    labels(ONLINE_DEPTHS, matter.onlineDepth),
    label(HANDLING_KINDS, matter.kind),
    limitText(matter.statutoryLimit),
    limitText(matter.promisedLimit),
    String(matter.trips),
    matter.tripsReason ?? "",
    joinRecords(
      matter.materials.map((m) => [
        m.id,
        m.name,
        label(MATERIAL_FORMS, m.form),
        label(MATERIAL_MEDIA, m.medium),
        label(MATERIAL_NECESSITIES, m.necessity),
        label(MATERIAL_SOURCES, m.source),
        String(m.copies),
        m.sharedData ? "是" : "否"
      ])
    ),
    joinItems(matter.conditions),
    joinRecords(matter.steps.map((s) => [s.name, s.actor ?? "", limitText(s.limit), (s.materials ?? []).join(",")])),
    joinRecords(matter.specialProcedures.map((p) => [p.name, limitText(p.limit)])),
    joinRecords(matter.fees.map((f) => [f.name, f.amount === undefined ? "" : String(f.amount), f.basis ?? ""])),
    joinItems(matter.legalBasis),
    matter.result ?? "",
    matter.place ?? "",
    matter.hours ?? "",
    matter.consultPhone ?? "",
    matter.complaintPhone ?? "",
    label(WINDOW_AUTHORITIES, matter.windowAuthority),
    matter.validFrom ?? "",
    matter.validTo ?? "",
    matter.version
  ]
}

/**
 * The 事项 table of a catalogue: one row per matter, with the catalogue's
 * region and version and the matter's department on every row (so the table
 * alone carries them). Codes are written as their Chinese labels, limits as
 * `20个工作日`; materials, steps, special procedures and fees one per line in
 * the cell, their fields separated by `|` (see docs/catalog.md).
 *
 * @example
 * ```ts
 * import { matterTable } from "@tongban/catalog"
 *
 * const t = matterTable({
 *   region: { code: "522600", name: "黔东南州" }, version: "1", asOf: "2026-01-01",
 *   departments: [], windows: [], matters: [], bundles: []
 * })
 * t.header[8] // "事项名称"
 * t.rows.length // 0
 * ```
 *
 * @since 0.1.0
 * @category export
 */
export const matterTable = (catalogue: Catalogue): Table => ({
  header: MATTER_HEADERS,
  rows: catalogue.matters.map((m) => matterRow(catalogue, m))
})

/**
 * Every table of a catalogue, keyed by sheet name: 目录, 部门, 窗口, 事项,
 * 一件事 and, when the catalogue declares its own matter types, 事项类型.
 *
 * @example
 * ```ts
 * import { catalogueTables } from "@tongban/catalog"
 *
 * const tables = catalogueTables({
 *   region: { code: "522600", name: "黔东南州" }, version: "1", asOf: "2026-01-01",
 *   departments: [], windows: [], matters: [], bundles: []
 * })
 * Object.keys(tables) // ["目录", "部门", "窗口", "事项", "一件事"]
 * ```
 *
 * @since 0.1.0
 * @category export
 */
export const catalogueTables = (catalogue: Catalogue): Readonly<Record<string, Table>> => {
  const tables: Record<string, Table> = {
    目录: {
      header: ["区划代码", "区划名称", "目录版本", "截至日期"],
      rows: [[catalogue.region.code, catalogue.region.name, catalogue.version, catalogue.asOf]]
    },
    部门: {
      header: ["部门标识", "部门名称", "统一社会信用代码", "部门类型"],
      rows: catalogue.departments.map((d) => [d.id, d.name, d.creditCode, label(DEPARTMENT_KINDS, d.kind)])
    },
    窗口: {
      header: ["窗口标识", "窗口名称", "窗口类型", "服务部门"],
      rows: catalogue.windows.map((w) => [w.id, w.name, label(WINDOW_KINDS, w.kind), w.departments.join("；")])
    },
    事项: matterTable(catalogue),
    一件事: {
      header: [
        "一件事标识",
        "一件事名称",
        "牵头部门",
        "协办部门",
        "包含事项",
        "承诺办结时限",
        "到办事现场次数",
        "办理环节数"
      ],
      rows: catalogue.bundles.map((b) => [
        b.id,
        b.name,
        b.lead,
        b.partners.join("；"),
        b.matters.join("\n"),
        limitText(b.promisedLimit),
        String(b.trips),
        b.steps === undefined ? "" : String(b.steps)
      ])
    }
  }
  if (catalogue.matterTypes !== undefined) {
    tables.事项类型 = { header: ["代码", "名称"], rows: catalogue.matterTypes.map((t) => [t.code, t.name]) }
  }
  return tables
}

/**
 * What a lenient import returns: the catalogue as the list carries it, and
 * every issue found, errors (the data is wrong) and warnings (it is
 * incomplete) apart by `severity`.
 *
 * @since 0.2.0
 * @category models
 */
export interface ImportedCatalogue {
  readonly catalogue: ListedCatalogue
  readonly issues: ReadonlyArray<Issue>
}

/**
 * Options of the table readers.
 *
 * @since 0.2.0
 * @category models
 */
export interface TableImportOptions {
  /** The user's own column names (see {@link ColumnMapping}). */
  readonly columns?: ColumnMapping
}

/** Words clerks write for a code, beyond its code and labels. */
const CODE_WORDS: ReadonlyMap<ReadonlyArray<CodeEntry>, Readonly<Record<string, string>>> = new Map<
  ReadonlyArray<CodeEntry>,
  Readonly<Record<string, string>>
>([
  [HANDLING_KINDS, { 即办: "immediate", 即时办结: "immediate", 承诺: "promised" }],
  [MATERIAL_MEDIA, { 均可: "both", 纸质和电子: "both", "纸质、电子": "both", 电子或纸质: "both" }],
  [MATERIAL_FORMS, { 均可: "either", 原件和复印件: "either", "原件、复印件": "either" }],
  [MATERIAL_NECESSITIES, { 必须: "required", 是: "required", 非必须: "optional", 否: "optional", 容缺: "deferrable" }],
  [HANDLING_FORMS, { 窗口: "1", 现场办理: "1", 网上: "2", 网办: "2", 快递: "3", 邮寄: "3" }],
  [
    EXERCISE_LEVELS,
    { 国家: "1", 省: "2", 省级: "2", 市: "3", 县: "4", "县（市、区）级": "4", 区级: "4", 乡镇级: "5", 村级: "6" }
  ],
  [WINDOW_AUTHORITIES, { 是: "approve", 否: "collect", 收件: "collect" }]
])

const lookupWord = <E extends CodeEntry>(table: ReadonlyArray<E>, cell: string): E["code"] | undefined => {
  const found = lookupCode(table, cell)
  if (found !== undefined) return found.code
  const words = CODE_WORDS.get(table)
  const text = cell.trim()
  const word = words !== undefined && Object.hasOwn(words, text) ? words[text] : undefined
  return table.find((e) => e.code === word)?.code
}

/** Placeholders that mean "nothing written" in a limit or count cell. */
const PLACEHOLDER = /^(?:[/／\\—–-]+|无)$/

const CHINESE_COUNT: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5 }

const MAX_ISSUES = 5000

/** The most distinct cells of a column (or records of a cell) a reader keeps the reading of. */
const MAX_CACHED = 100_000

/** Collects the issues of one import; each cell problem located by sheet, row and column, with the matter's name. */
class Reader {
  readonly issues: Array<Issue> = []
  dropped = 0
  /** The row being read: a cell named by its column alone is in it. */
  sheet = ""
  row = 0
  matter = ""
  columns: Columns | undefined
  /** The columns of the current row whose cell was reported unreadable: such a cell is wrong, not empty. */
  readonly unreadable = new Set<string>()
  /** A list repeats a few limits and words on every row: each distinct cell is parsed once. */
  private readonly limits = new Map<string, Result<TimeLimit>>()
  private readonly words = new Map<ReadonlyArray<CodeEntry>, Map<string, string | undefined>>()

  add(found: Issue): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push(found)
    else this.dropped++
  }

  /** How many issues have been found so far: unchanged across a reading means it reported nothing. */
  mark(): number {
    return this.issues.length + this.dropped
  }

  /** A cell's place: a column name means that column of the current row. */
  located(where: Where): CellAt {
    if (typeof where === "function") return where()
    if (typeof where !== "string") return where
    return {
      sheet: this.sheet,
      row: this.row,
      column: this.columns?.at.get(where)?.header ?? where,
      matter: this.matter
    }
  }

  /** Notes a cell of the current row reported unreadable. */
  private reported(at: CellAt): void {
    if (at.sheet === this.sheet && at.row === this.row) this.unreadable.add(at.column)
  }

  /** A cell's issue, of a registered code, located by sheet, row and column with the matter's name. */
  cell(where: Where, code: CellCode, input: string, facts?: Issue["facts"]): void {
    const at = this.located(where)
    this.reported(at)
    this.add(inCell(catalogCodes.issue(code, { facts: { ...facts, input: input.slice(0, 80) } }), at))
  }

  /** The code a cell names, or `undefined`, without reporting anything (each distinct cell looked up once). */
  word<E extends CodeEntry>(table: ReadonlyArray<E>, cell: string): E["code"] | undefined {
    let seen = this.words.get(table)
    if (seen === undefined) {
      seen = new Map()
      this.words.set(table, seen)
    }
    if (seen.has(cell)) {
      const cached = seen.get(cell)
      return cached === undefined ? undefined : table.find((e) => e.code === cached)?.code
    }
    const found = lookupWord(table, cell)
    seen.set(cell, found)
    return found
  }

  code<E extends CodeEntry>(
    table: ReadonlyArray<E>,
    cell: string,
    at: Where,
    what: { zh: string; en: string }
  ): E["code"] | undefined {
    if (cell.trim() === "") return undefined
    const found = this.word(table, cell)
    if (found !== undefined) return found
    this.cell(at, "cell_unknown_code", cell, {
      what: what.zh,
      whatEn: what.en,
      allowed: table.map((e) => e.label.zh),
      allowedEn: table.map((e) => `${e.label.en} (${e.code})`)
    })
    return undefined
  }

  codes<E extends CodeEntry>(
    table: ReadonlyArray<E>,
    cell: string,
    at: Where,
    what: { zh: string; en: string }
  ): Array<E["code"]> {
    const out: Array<E["code"]> = []
    for (const part of cell.split(/[;；,，、\n]/)) {
      const code = this.code(table, part, at, what)
      if (code !== undefined && !out.includes(code)) out.push(code)
    }
    return out
  }

  limit(cell: string, where: Where): TimeLimit | undefined {
    const text = cell.trim()
    if (text === "" || PLACEHOLDER.test(text)) return undefined
    if (/^(?:即办|即办件|即时办结|当场办结|当场办理)$/.test(text)) return { amount: 0, unit: "working_day" }
    let r = this.limits.get(text)
    if (r === undefined) {
      r = parseTimeLimit(text)
      this.limits.set(text, r)
    }
    if (r.ok) return r.value
    const at = this.located(where)
    this.reported(at)
    for (const found of r.issues) this.add(inCell(found, at))
    return undefined
  }

  int(cell: string, at: Where): number | undefined {
    const text = cell.trim().replace(/\s*次$/, "")
    if (text === "" || PLACEHOLDER.test(text)) return undefined
    if (/^\d{1,9}$/.test(text)) return Number(text)
    if (/^\d{1,9}\.0+$/.test(text)) return Number(text)
    const chinese = Object.hasOwn(CHINESE_COUNT, text) ? CHINESE_COUNT[text] : undefined
    if (chinese !== undefined) return chinese
    this.cell(at, "cell_not_integer", cell)
    return undefined
  }

  date(cell: string, at: Where): string | undefined {
    const text = cell.trim()
    if (text === "") return undefined
    const parsed = parseDateCell(text)
    if (parsed !== undefined) return parsed
    this.cell(at, "cell_date_invalid", cell)
    return undefined
  }

  done(): ReadonlyArray<Issue> {
    if (this.dropped === 0) return this.issues
    return [
      ...this.issues,
      catalogCodes.issue("issues_truncated", { facts: { shown: this.issues.length, dropped: this.dropped } })
    ]
  }
}

/** Where a cell is: its sheet, its row in the file (1 is the header), its column as the file names it, its matter. */
interface CellAt {
  readonly sheet: string
  readonly row: number
  readonly column: string
  readonly matter: string
}

/** A cell's place, or a function that makes it (built only when the cell has an issue). */
type Where = CellAt | (() => CellAt) | string

/** The codes a cell of the matter table can have, each with its template in {@link catalogCodes}. */
type CellCode = "cell_unknown_code" | "cell_not_integer" | "cell_not_number" | "cell_date_invalid" | "record_incomplete"

/**
 * An issue placed in the file: its path becomes `[sheet, row, column]`, its
 * facts gain the row, column and matter, and its message starts with where
 * it is (第 7 行“承诺时限”列（临时救助）：…), so a clerk finds the cell.
 */
const inCell = (found: Issue, at: CellAt): Issue => ({
  ...found,
  path: [at.sheet, at.row, at.column],
  facts: { ...found.facts, row: at.row, column: at.column, matter: at.matter },
  message: {
    zh: `第 ${at.row} 行“${at.column}”列${at.matter === "" ? "" : `（${at.matter}）`}：${found.message.zh}`,
    en: `row ${at.row}, column ${at.column}${at.matter === "" ? "" : ` (${at.matter})`}: ${found.message.en}`
  }
})

/**
 * A date as clerks write it: `2026-12-01`, `2026-12-1`, `2026/12/1`,
 * `2026.12.1`, `2026年12月1日`, `20261201`, any of these followed by a time
 * of day as database exports add it (`2026-12-01 00:00:00`, the time is
 * dropped), or an Excel serial day number (46357 is 2026-12-01; a fraction,
 * the time of day, is dropped); `undefined` when it is none of these or does
 * not exist.
 *
 * 办事员写日期的各种方式：`2026-12-01`、`2026/12/1`、`2026.12.1`、`2026年12月1日`、
 * `20261201`，其后可带数据库导出附加的时刻（`2026-12-01 00:00:00`，时刻舍去），
 * 或 Excel 日期序号（46357 即 2026-12-01，小数部分即时刻，舍去）；都不是或日期不存在时为 `undefined`。
 *
 * @example
 * ```ts
 * import { parseDateCell } from "@tongban/catalog"
 *
 * parseDateCell("2026/12/1") // "2026-12-01"
 * parseDateCell("2026年12月1日") // "2026-12-01"
 * parseDateCell("46357") // "2026-12-01"
 * parseDateCell("2026-12-01 00:00:00") // "2026-12-01"
 * parseDateCell("20261201") // "2026-12-01"
 * parseDateCell("46357.5") // "2026-12-01"
 * parseDateCell("2026/2/30") // undefined
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const parseDateCell = (cell: string): string | undefined => {
  const text = cell.trim()
  if (isLocalDate(text)) return text
  const parts =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*[T\s]\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)?$/.exec(
      text
    ) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text)
  if (parts !== null) {
    const r = localDateFromParts(Number(parts[1]), Number(parts[2]), Number(parts[3]))
    return r.ok ? r.value : undefined
  }
  // Excel counts days from 1899-12-30 (its serial 60, 1900-02-29, never existed): 25569 is 1970-01-01.
  const serial = /^(\d{3,6})(?:\.\d{1,15})?$/.exec(text)
  if (serial !== null) {
    const whole = Number(serial[1])
    const day = whole - 25569
    return whole > 60 && isDayNumber(day) ? fromDayNumber(day) : undefined
  }
  return undefined
}

const optional = (cell: string | undefined): string | undefined => {
  const text = cell?.trim()
  return text === undefined || text === "" ? undefined : text
}

/** The elements a strict catalogue requires, by column: a column the list lacks is one warning. */
const REQUIRED_COLUMNS = [
  "区划代码",
  "区划名称",
  "目录版本",
  "截至日期",
  "实施主体",
  "实施主体编码",
  "部门类型",
  "基本编码",
  "实施编码",
  "事项类型",
  "行使层级",
  "服务对象",
  "办理形式",
  "网办深度",
  "办件类型",
  "法定办结时限",
  "承诺办结时限",
  "到办事现场次数",
  "申请材料",
  "受理条件",
  "办理流程",
  "特别程序",
  "收费",
  "设定依据",
  "窗口授权",
  "事项版本"
]

/** The matter element behind each column (for locating validation issues and completeness). */
const FIELD_OF_COLUMN: Readonly<Record<string, string>> = {
  事项名称: "name",
  基本编码: "basicCode",
  实施编码: "implementationCode",
  地方事项编码: "localCode",
  事项类型: "type",
  行使层级: "level",
  服务对象: "serviceObjects",
  办理形式: "handlingForms",
  网办深度: "onlineDepth",
  办件类型: "kind",
  法定办结时限: "statutoryLimit",
  承诺办结时限: "promisedLimit",
  到办事现场次数: "trips",
  到现场原因: "tripsReason",
  申请材料: "materials",
  受理条件: "conditions",
  办理流程: "steps",
  特别程序: "specialProcedures",
  收费: "fees",
  设定依据: "legalBasis",
  办理结果: "result",
  办理地点: "place",
  办理时间: "hours",
  咨询电话: "consultPhone",
  监督电话: "complaintPhone",
  窗口授权: "windowAuthority",
  生效日期: "validFrom",
  失效日期: "validTo",
  事项版本: "version",
  部门标识: "department",
  实施主体: "department",
  实施主体编码: "department"
}

/** The header row of a table resolved: where each column of the 事项 table is, as the file names it. */
interface Columns {
  readonly at: ReadonlyMap<string, { readonly index: number; readonly header: string }>
}

const resolveColumns = (
  sheet: string,
  header: ReadonlyArray<string>,
  reader: Reader,
  options: TableImportOptions | undefined,
  warnUnknown: boolean
): Columns => {
  const at = new Map<string, { index: number; header: string }>()
  header.forEach((raw, index) => {
    const name = raw.trim()
    if (name === "") return
    const meaning = columnMeaning(name, options?.columns)
    if (meaning.kind === "ignored") return
    if (meaning.kind === "unknown") {
      if (warnUnknown) {
        reader.add(
          catalogCodes.issue("column_unknown", { path: [sheet, 1, name], facts: { column: name, position: index + 1 } })
        )
      }
      return
    }
    const existing = at.get(meaning.column)
    if (existing !== undefined) {
      reader.add(
        catalogCodes.issue("column_duplicate", {
          path: [sheet, 1, name],
          facts: { column: name, position: index + 1, first: existing.header }
        })
      )
      return
    }
    at.set(meaning.column, { index, header: name })
  })
  return { at }
}

const columnMissing = (sheet: string, column: string, severity: Issue["severity"]): Issue =>
  catalogCodes.issue("column_missing", {
    path: [sheet, column],
    facts: { column, sheet },
    severity,
    ...(severity === "error" ? { variant: "required" } : {})
  })

/** A temporary code (TE…) of 18 capitals and digits whose check character is wrong. */
/** The template of a bad body code by what it looks like, in the singular for one character and for one row. */
const BODY_VARIANTS = {
  lowercase: ["lowercase", "lowercase_one_row"],
  organisation_code: ["organisation_code", "organisation_code_one_row"],
  temporary: ["temporary", "temporary_one_row"],
  temporary_check: ["temporary_check", "temporary_check_one_row"],
  too_short: ["too_short", "too_short_one_row"],
  too_short_single: ["too_short_single", "too_short_single_one_row"],
  too_long: ["too_long", "too_long_one_row"],
  check: ["check", "check_one_row"],
  format: ["format", "format_one_row"]
} as const

const bodyVariant = (kind: Exclude<keyof typeof BODY_VARIANTS, "too_short_single">, length: number, rows: number) => {
  const [many, one] = BODY_VARIANTS[kind === "too_short" && length === 1 ? "too_short_single" : kind]
  return rows === 1 ? one : many
}

const temporaryWithBadCheck = (code: string): boolean => /^TE[0-9A-Z]{16}$/.test(code) && !checkCreditCode(code).ok

/**
 * What an implementing body's code looks like when it is not a valid
 * unified social credit code: a 9-character organisation code, a temporary
 * code, too short or too long, lower-case letters, or a wrong check
 * character.
 *
 * @example
 * ```ts
 * import { describeBodyCode } from "@tongban/catalog"
 *
 * describeBodyCode("MB1234567").kind // "organisation_code"
 * describeBodyCode("11522600mb12345670").kind // "lowercase"
 * describeBodyCode("1152").kind // "too_short"
 * ```
 *
 * @since 0.2.0
 * @category validation
 */
export const describeBodyCode = (
  code: string
): {
  readonly kind: "organisation_code" | "temporary" | "lowercase" | "too_short" | "too_long" | "check" | "format"
  readonly zh: string
  readonly en: string
} => {
  if (/[a-z]/.test(code)) {
    return {
      kind: "lowercase",
      zh: "含小写字母（代码只用数字和大写字母）",
      en: "it has lower-case letters (codes use digits and capitals only)"
    }
  }
  if (/^[0-9A-Z]{8}-?[0-9X]$/.test(code)) {
    return {
      kind: "organisation_code",
      zh: "像 9 位组织机构代码（GB 11714，统一社会信用代码的第 9–17 位），不是 18 位统一社会信用代码",
      en: "it looks like a 9-character organisation code (GB 11714, characters 9–17 of a credit code), not an 18-character credit code"
    }
  }
  if (/^TE/.test(code)) {
    const check = temporaryWithBadCheck(code)
    return {
      kind: "temporary",
      zh: `像临时代码（以 TE 开头）${check ? "，且校验码不对" : ""}`,
      en: `it looks like a temporary code (beginning TE)${check ? " with a wrong check character" : ""}`
    }
  }
  if (code.length < 18) {
    return {
      kind: "too_short",
      zh: `太短：${code.length} 位，应为 18 位`,
      en: `too short: ${code.length} ${code.length === 1 ? "character" : "characters"}, not 18`
    }
  }
  if (code.length > 18) {
    return {
      kind: "too_long",
      zh: `太长：${code.length} 位，应为 18 位`,
      en: `too long: ${code.length} characters, not 18`
    }
  }
  const r = checkCreditCode(code)
  if (!r.ok && r.issues[0]?.code === "credit_code_check") {
    return { kind: "check", zh: "校验码不对（GB 32100—2015）", en: "its check character is wrong (GB 32100—2015)" }
  }
  return {
    kind: "format",
    zh: "字符不合规（不能用 I、O、Z、S、V，第 3–8 位应为行政区划代码）",
    en: "it has characters a credit code cannot have (no I, O, Z, S, V; characters 3–8 a division code)"
  }
}

/** A list's items from a cell: one a line. */
const splitItems = (cell: string): Array<string> =>
  cell.trim() === ""
    ? []
    : cell
        .split(/\r?\n/)
        .filter((l) => l.trim() !== "")
        .map((l) => (splitEscaped(l, "\n")[0] ?? "").trim())

/** The result of reading a 事项 table: the matters, where each came from, and the departments derived from the rows. */
interface MatterRows {
  readonly matters: Array<ListedMatter>
  readonly rows: Array<number>
  readonly departments: Array<ListedDepartment>
  readonly departmentRows: Array<number>
  readonly columns: Columns
  readonly region?: { code?: string; name?: string }
  readonly version?: string
  readonly asOf?: string
}

/**
 * The readings of a column's distinct cells (or a cell's distinct records),
 * for a list repeats a few values on every row: a reading that reported
 * nothing is kept and given again for the same text (the same value, shared
 * by the rows); one that reported issues is done again, so that every row
 * gets its own located issues. At most {@link MAX_CACHED} readings are kept.
 */
class Readings<A> {
  private readonly kept = new Map<string, { readonly value: A }>()
  private readonly reader: Reader
  private readonly read: (text: string) => A

  constructor(reader: Reader, read: (text: string) => A) {
    this.reader = reader
    this.read = read
  }

  get(text: string): A {
    const hit = this.kept.get(text)
    if (hit !== undefined) return hit.value
    const before = this.reader.mark()
    const value = this.read(text)
    if (this.reader.mark() === before && this.kept.size < MAX_CACHED) this.kept.set(text, { value })
    return value
  }
}

/** A 事项 table being read row by row: a row at a time, then the issues that need every row. */
interface MatterTableReading {
  readonly row: (cells: ReadonlyArray<string>) => void
  readonly finish: () => MatterRows
}

/**
 * Starts reading a 事项 table from its header row; its rows follow one at a
 * time (a sheet's, or a CSV's as it is scanned, so that no table of every
 * cell is built). The columns are found once; a cell a list repeats on every
 * row is read once (see {@link Readings}).
 */
const startMatterTable = (
  sheet: string,
  header: ReadonlyArray<string>,
  reader: Reader,
  options: TableImportOptions | undefined,
  known: ReadonlyArray<ListedDepartment> | undefined
): MatterTableReading => {
  const columns = resolveColumns(sheet, header, reader, options, true)
  const out: MatterRows = { matters: [], rows: [], departments: [], departmentRows: [], columns }
  if (!columns.at.has("事项名称")) {
    reader.add(columnMissing(sheet, "事项名称", "error"))
    return { row: () => undefined, finish: () => out }
  }
  const has = (c: string): boolean => columns.at.has(c)
  const derivable = (c: string): boolean =>
    (c === "基本编码" && (has("实施编码") || has(ITEM_CODE_HEADER))) ||
    (c === "实施编码" && has("实施主体编码") && has("行使层级") && (has("基本编码") || has(ITEM_CODE_HEADER))) ||
    (c === "实施主体" && (known !== undefined || has("部门标识"))) ||
    ((c === "实施主体编码" || c === "部门类型") && known !== undefined) ||
    (known !== undefined && ["区划代码", "区划名称", "目录版本", "截至日期"].includes(c))
  for (const c of REQUIRED_COLUMNS) if (!has(c) && !derivable(c)) reader.add(columnMissing(sheet, c, "warning"))

  // Where each column is in a row, -1 when the list lacks it.
  const index = (c: string): number => columns.at.get(c)?.index ?? -1
  const col = {
    name: index("事项名称"),
    regionCode: index("区划代码"),
    regionName: index("区划名称"),
    version: index("目录版本"),
    asOf: index("截至日期"),
    departmentId: index("部门标识"),
    body: index("实施主体"),
    credit: index("实施主体编码"),
    departmentKind: index("部门类型"),
    basicCode: index("基本编码"),
    implementationCode: index("实施编码"),
    localCode: index("地方事项编码"),
    itemCode: index(ITEM_CODE_HEADER),
    type: index("事项类型"),
    level: index("行使层级"),
    serviceObjects: index("服务对象"),
    handlingForms: index("办理形式"),
    onlineDepth: index("网办深度"),
    kind: index("办件类型"),
    statutoryLimit: index("法定办结时限"),
    promisedLimit: index("承诺办结时限"),
    trips: index("到办事现场次数"),
    tripsReason: index("到现场原因"),
    materials: index("申请材料"),
    conditions: index("受理条件"),
    steps: index("办理流程"),
    specialProcedures: index("特别程序"),
    fees: index("收费"),
    legalBasis: index("设定依据"),
    result: index("办理结果"),
    place: index("办理地点"),
    hours: index("办理时间"),
    consultPhone: index("咨询电话"),
    complaintPhone: index("监督电话"),
    windowAuthority: index("窗口授权"),
    validFrom: index("生效日期"),
    validTo: index("失效日期"),
    matterVersion: index("事项版本")
  }
  const creditHeader = columns.at.get("实施主体编码")?.header ?? "实施主体编码"

  // Each distinct cell of the columns a list repeats, read once.
  const types = new Readings(reader, (c) => lookupCode(MATTER_TYPES, c)?.code ?? c)
  const levels = new Readings(reader, (c) =>
    reader.code(EXERCISE_LEVELS, c, "行使层级", { zh: "行使层级", en: "exercise level" })
  )
  const serviceObjects = new Readings(reader, (c) =>
    nonEmpty(reader.codes(SERVICE_OBJECTS, c, "服务对象", { zh: "服务对象", en: "service object" }))
  )
  const handlingForms = new Readings(reader, (c) =>
    nonEmpty(reader.codes(HANDLING_FORMS, c, "办理形式", { zh: "办理形式", en: "handling form" }))
  )
  const onlineDepths = new Readings(reader, (c) =>
    reader.codes(ONLINE_DEPTHS, c, "网办深度", { zh: "网办深度", en: "online depth" })
  )
  const kinds = new Readings(reader, (c) =>
    reader.code(HANDLING_KINDS, c, "办件类型", { zh: "办件类型", en: "handling kind" })
  )
  const statutoryLimits = new Readings(reader, (c) => reader.limit(c, "法定办结时限"))
  const promisedLimits = new Readings(reader, (c) => reader.limit(c, "承诺办结时限"))
  const trips = new Readings(reader, (c) => reader.int(c, "到办事现场次数"))
  const materialRecords = new Map<string, Material>()
  const conditions = new Readings(reader, splitItems)
  const steps = new Readings(reader, (c) => readSteps(c, () => reader.located("办理流程"), reader))
  const procedures = new Readings(reader, (c) => readProcedures(c, () => reader.located("特别程序"), reader))
  const fees = new Readings(reader, (c) => readFees(c, () => reader.located("收费"), reader))
  const legalBasis = new Readings(reader, splitItems)
  const authorities = new Readings(reader, (c) =>
    reader.code(WINDOW_AUTHORITIES, c, "窗口授权", { zh: "窗口授权", en: "window authority" })
  )
  const validFroms = new Readings(reader, (c) => reader.date(c, "生效日期"))
  const validTos = new Readings(reader, (c) => reader.date(c, "失效日期"))
  const materialsAt = (): CellAt => reader.located("申请材料")

  // The elements whose empty cells are noted, in the order of REQUIRED_COLUMNS.
  const noted: ReadonlyArray<{ readonly column: string; readonly field: string; readonly header: string }> =
    REQUIRED_COLUMNS.flatMap((column) => {
      const field = FIELD_OF_COLUMN[column]
      const header = columns.at.get(column)?.header ?? column
      return field !== undefined && field !== "department" && has(column) ? [{ column, field, header }] : []
    })

  const byId = new Map<string, number>()
  const byName = new Map<string, number>()
  const byCode = new Map<string, number>()
  const badCodes = new Map<string, { rows: Array<number>; matters: Array<string>; column: string }>()
  // A list repeats a few codes on every row: check each once.
  const creditChecked = new Map<string, boolean>()
  const validCredit = (code: string): boolean => {
    let ok = creditChecked.get(code)
    if (ok === undefined) {
      ok = checkCreditCode(code).ok
      creditChecked.set(code, ok)
    }
    return ok
  }
  const missing = new Map<string, Array<number>>()
  const noteMissing = (column: string, row: number): void => {
    const list = missing.get(column)
    if (list === undefined) missing.set(column, [row])
    else list.push(row)
  }
  let next = 2

  const row = (cells: ReadonlyArray<string>): void => {
    const at = next++
    if (cells.every((c) => c.trim() === "")) return
    const name = cellOf(cells, col.name).trim()
    reader.sheet = sheet
    reader.row = at
    reader.matter = name
    reader.columns = columns
    reader.unreadable.clear()
    if (known === undefined && out.matters.length === 0) {
      const code = optional(cellOf(cells, col.regionCode))
      const regionName = optional(cellOf(cells, col.regionName))
      if (code !== undefined || regionName !== undefined) {
        Object.assign(out, {
          region: { ...(code === undefined ? {} : { code }), ...(regionName === undefined ? {} : { name: regionName }) }
        })
      }
      const version = optional(cellOf(cells, col.version))
      if (version !== undefined) Object.assign(out, { version })
      const asOf = col.asOf >= 0 ? reader.date(cellOf(cells, col.asOf), "截至日期") : undefined
      if (asOf !== undefined) Object.assign(out, { asOf })
    }

    // The implementing body: the list's 部门标识, else its name, else its code.
    const idCell = optional(cellOf(cells, col.departmentId))
    const bodyName = optional(cellOf(cells, col.body))
    const credit = optional(cellOf(cells, col.credit))
    let department: string | undefined
    if (known !== undefined) department = idCell
    else {
      const key = idCell ?? bodyName ?? credit
      const byKey = idCell !== undefined ? byId : bodyName !== undefined ? byName : byCode
      if (key !== undefined) {
        let j = byKey.get(key)
        if (j === undefined) {
          j = out.departments.length
          byKey.set(key, j)
          const kind =
            col.departmentKind >= 0
              ? reader.code(DEPARTMENT_KINDS, cellOf(cells, col.departmentKind), "部门类型", {
                  zh: "部门类型",
                  en: "department kind"
                })
              : undefined
          out.departments.push({
            id: idCell ?? `d${j + 1}`,
            ...(bodyName === undefined ? {} : { name: bodyName }),
            ...(credit === undefined ? {} : { creditCode: credit }),
            ...(kind === undefined ? {} : { kind })
          })
          out.departmentRows.push(at)
        } else {
          const d = out.departments[j]
          if (d !== undefined && d.creditCode === undefined && credit !== undefined) {
            out.departments[j] = { ...d, creditCode: credit }
          }
        }
        department = out.departments[j]?.id
      }
    }
    const creditValid = credit !== undefined && validCredit(credit)
    if (credit !== undefined && !creditValid) {
      const group = badCodes.get(credit)
      if (group === undefined) badCodes.set(credit, { rows: [at], matters: [name], column: creditHeader })
      else {
        group.rows.push(at)
        if (!group.matters.includes(name)) group.matters.push(name)
      }
    } else if (credit === undefined && col.credit >= 0 && known === undefined) noteMissing("实施主体编码", at)

    // Codes: 事项编码 by its shape, then the named columns; derive what is blank and derivable.
    let basicCode = optional(cellOf(cells, col.basicCode))
    let implementationCode = optional(cellOf(cells, col.implementationCode))
    let localCode = optional(cellOf(cells, col.localCode))
    const itemCode = optional(cellOf(cells, col.itemCode))
    if (itemCode !== undefined) {
      if (/^[0-9A-Z]{31}$/.test(itemCode)) implementationCode ??= itemCode
      else if (/^(?:[0-9A-Z]{10}|[0-9A-Z]{12}|[0-9A-Z]{24})$/.test(itemCode)) basicCode ??= itemCode
      else localCode ??= itemCode
    }
    if (basicCode !== undefined && isProvincialItemCode(basicCode) && localCode === undefined) {
      localCode = basicCode
      basicCode = undefined
    }
    const level = levels.get(cellOf(cells, col.level))
    if (basicCode === undefined && implementationCode !== undefined && /^[0-9A-Z]{31}$/.test(implementationCode)) {
      basicCode = implementationCode.slice(19)
    }
    if (
      implementationCode === undefined &&
      credit !== undefined &&
      creditValid &&
      level !== undefined &&
      basicCode !== undefined &&
      basicCode.length === 12
    ) {
      implementationCode = makeImplementationCode(credit, level, basicCode)
    }

    const typeCell = optional(cellOf(cells, col.type))
    // Absent elements stay as undefined keys: every matter of a list then has one shape, which keeps reads fast.
    const matter: ListedMatter = {
      name,
      basicCode,
      implementationCode,
      localCode,
      type: typeCell === undefined ? undefined : types.get(typeCell),
      level,
      department,
      serviceObjects: serviceObjects.get(cellOf(cells, col.serviceObjects)),
      handlingForms: handlingForms.get(cellOf(cells, col.handlingForms)),
      onlineDepth: col.onlineDepth >= 0 ? onlineDepths.get(cellOf(cells, col.onlineDepth)) : undefined,
      kind: kinds.get(cellOf(cells, col.kind)),
      statutoryLimit: statutoryLimits.get(cellOf(cells, col.statutoryLimit)),
      promisedLimit: promisedLimits.get(cellOf(cells, col.promisedLimit)),
      trips: trips.get(cellOf(cells, col.trips)),
      tripsReason: optional(cellOf(cells, col.tripsReason)),
      materials:
        col.materials >= 0
          ? readMaterials(cellOf(cells, col.materials), materialsAt, reader, materialRecords)
          : undefined,
      conditions: col.conditions >= 0 ? conditions.get(cellOf(cells, col.conditions)) : undefined,
      steps: col.steps >= 0 ? steps.get(cellOf(cells, col.steps)) : undefined,
      specialProcedures: col.specialProcedures >= 0 ? procedures.get(cellOf(cells, col.specialProcedures)) : undefined,
      fees: col.fees >= 0 ? fees.get(cellOf(cells, col.fees)) : undefined,
      legalBasis: col.legalBasis >= 0 ? legalBasis.get(cellOf(cells, col.legalBasis)) : undefined,
      result: optional(cellOf(cells, col.result)),
      place: optional(cellOf(cells, col.place)),
      hours: optional(cellOf(cells, col.hours)),
      consultPhone: optional(cellOf(cells, col.consultPhone)),
      complaintPhone: optional(cellOf(cells, col.complaintPhone)),
      windowAuthority: authorities.get(cellOf(cells, col.windowAuthority)),
      validFrom: col.validFrom >= 0 ? validFroms.get(cellOf(cells, col.validFrom)) : undefined,
      validTo: col.validTo >= 0 ? validTos.get(cellOf(cells, col.validTo)) : undefined,
      version: optional(cellOf(cells, col.matterVersion))
    }
    // A cell reported unreadable is wrong, not empty: it is not counted again as missing.
    for (const { column, field, header } of noted) {
      if (Reflect.get(matter, field) === undefined && !reader.unreadable.has(header)) noteMissing(column, at)
    }
    if (name === "") noteMissing("事项名称", at)
    out.matters.push(matter)
    out.rows.push(at)
  }

  const finish = (): MatterRows => {
    for (const [code, group] of badCodes) {
      const looks = describeBodyCode(code)
      reader.add(
        catalogCodes.issue("implementing_body_code_invalid", {
          path: [sheet, group.rows[0] ?? 2, group.column],
          facts: {
            bodyCode: code,
            looksLike: looks.kind,
            length: code.length,
            count: group.rows.length,
            rows: group.rows.slice(0, 100),
            shown: group.rows.slice(0, 10),
            matters: group.matters.slice(0, 100),
            names: group.matters.slice(0, 3)
          },
          variant: bodyVariant(
            temporaryWithBadCheck(code) ? "temporary_check" : looks.kind,
            code.length,
            group.rows.length
          )
        })
      )
    }
    for (const [column, rows] of missing) {
      const header = columns.at.get(column)?.header ?? column
      reader.add(
        catalogCodes.issue("element_missing", {
          path: [sheet, rows[0] ?? 2, header],
          facts: { column, header, count: rows.length, rows: rows.slice(0, 100), shown: rows.slice(0, 10) },
          severity: column === "事项名称" ? "error" : "warning",
          ...(rows.length === 1 ? { variant: "one" } : {})
        })
      )
    }
    return out
  }
  return { row, finish }
}

/** Reads a whole 事项 table (see {@link startMatterTable}). */
const readMatterTable = (
  sheet: string,
  table: ReadonlyArray<ReadonlyArray<string>>,
  reader: Reader,
  options: TableImportOptions | undefined,
  known: ReadonlyArray<ListedDepartment> | undefined
): MatterRows => {
  const reading = startMatterTable(sheet, table[0] ?? [], reader, options, known)
  for (let r = 1; r < table.length; r++) reading.row(table[r] ?? [])
  return reading.finish()
}

/** The cell at a column's position in a row: empty when the list lacks the column (-1) or the row is short. */
const cellOf = (cells: ReadonlyArray<string>, i: number): string => (i < 0 ? "" : (cells[i] ?? ""))

const nonEmpty = <A>(items: ReadonlyArray<A>): ReadonlyArray<A> | undefined => (items.length === 0 ? undefined : items)

/** A record of a structured cell that lacks a required field: one warning, and the record is left out. */
const incomplete = (reader: Reader, at: () => CellAt, k: number, missing: ReadonlyArray<string>): void => {
  const cell = at()
  reader.cell({ ...cell, column: `${cell.column}[${k + 1}]` }, "record_incomplete", missing.join(","), {
    record: k + 1,
    missing
  })
}

/** The place of field `what` of record `k` of a structured cell. */
const fieldAt =
  (at: () => CellAt, k: number, what: string): (() => CellAt) =>
  () => {
    const cell = at()
    return { ...cell, column: `${cell.column}[${k + 1}].${what}` }
  }

/**
 * The materials of a cell, one a line. A list repeats its materials from
 * matter to matter: a line read before without an issue is taken from `seen`
 * (the same material, shared by the matters).
 */
const readMaterials = (
  cell: string,
  at: () => CellAt,
  reader: Reader,
  seen: Map<string, Material>
): Array<Material> => {
  const out: Array<Material> = []
  if (cell.trim() === "") return out
  const lines = cell.split("\n")
  let k = 0
  for (let l = 0; l < lines.length; l++) {
    const raw = lines[l] ?? ""
    // Split as on /\r?\n/: a CR belongs to the line break that follows it.
    const line = l < lines.length - 1 && raw.endsWith("\r") ? raw.slice(0, -1) : raw
    if (line.trim() === "") continue
    const hit = seen.get(line)
    if (hit !== undefined) out.push(hit)
    else {
      const before = reader.mark()
      const material = readMaterial(splitEscaped(line, "|"), at, k, reader)
      if (material !== undefined) {
        out.push(material)
        if (reader.mark() === before && seen.size < MAX_CACHED) seen.set(line, material)
      }
    }
    k++
  }
  return out
}

/** One material from the fields of its record, or `undefined` (and a warning) when a required field is missing. */
const readMaterial = (f: ReadonlyArray<string>, at: () => CellAt, k: number, reader: Reader): Material | undefined => {
  const id = (f[0] ?? "").trim()
  const name = (f[1] ?? "").trim()
  // Looked up quietly first: the place of a field is built only when it has an issue.
  const form =
    reader.word(MATERIAL_FORMS, f[2] ?? "") ??
    reader.code(MATERIAL_FORMS, f[2] ?? "", fieldAt(at, k, "材料类型"), { zh: "材料类型", en: "material form" })
  const medium =
    reader.word(MATERIAL_MEDIA, f[3] ?? "") ??
    reader.code(MATERIAL_MEDIA, f[3] ?? "", fieldAt(at, k, "材料形式"), { zh: "材料形式", en: "material medium" })
  const necessity =
    reader.word(MATERIAL_NECESSITIES, f[4] ?? "") ??
    reader.code(MATERIAL_NECESSITIES, f[4] ?? "", fieldAt(at, k, "必要性"), { zh: "材料必要性", en: "necessity" })
  const source =
    reader.word(MATERIAL_SOURCES, f[5] ?? "") ??
    reader.code(MATERIAL_SOURCES, f[5] ?? "", fieldAt(at, k, "来源渠道"), { zh: "来源渠道", en: "source" })
  const copiesText = (f[6] ?? "").trim()
  const copies = /^\d{1,9}$/.test(copiesText) ? Number(copiesText) : reader.int(copiesText, fieldAt(at, k, "份数"))
  if (
    id === "" ||
    name === "" ||
    form === undefined ||
    medium === undefined ||
    necessity === undefined ||
    source === undefined ||
    copies === undefined
  ) {
    const missing = [
      id === "" ? "标识" : "",
      name === "" ? "名称" : "",
      form === undefined ? "材料类型" : "",
      medium === undefined ? "材料形式" : "",
      necessity === undefined ? "必要性" : "",
      source === undefined ? "来源渠道" : "",
      copies === undefined ? "份数" : ""
    ].filter((x) => x !== "")
    incomplete(reader, at, k, missing)
    return undefined
  }
  return { id, name, form, medium, necessity, source, copies, sharedData: (f[7] ?? "").trim() === "是" }
}

const readSteps = (cell: string, at: () => CellAt, reader: Reader): Array<Step> => {
  const out: Array<Step> = []
  splitRecords(cell).forEach((f, k) => {
    const name = (f[0] ?? "").trim()
    if (name === "") {
      incomplete(reader, at, k, ["环节名称"])
      return
    }
    const ids = (f[3] ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "")
    const actor = optional(f[1])
    const limit = optional(f[2])
    const parsed = limit === undefined ? undefined : reader.limit(limit, fieldAt(at, k, "时限"))
    out.push({
      name,
      ...(actor === undefined ? {} : { actor }),
      ...(parsed === undefined ? {} : { limit: parsed }),
      ...(ids.length === 0 ? {} : { materials: ids })
    })
  })
  return out
}

const readProcedures = (cell: string, at: () => CellAt, reader: Reader): Array<SpecialProcedure> => {
  const out: Array<SpecialProcedure> = []
  splitRecords(cell).forEach((f, k) => {
    const name = (f[0] ?? "").trim()
    if (name === "") {
      incomplete(reader, at, k, ["名称"])
      return
    }
    const limit = optional(f[1])
    const parsed = limit === undefined ? undefined : reader.limit(limit, fieldAt(at, k, "时限"))
    out.push({ name, ...(parsed === undefined ? {} : { limit: parsed }) })
  })
  return out
}

const readFees = (cell: string, at: () => CellAt, reader: Reader): Array<Fee> => {
  const out: Array<Fee> = []
  splitRecords(cell).forEach((f, k) => {
    const name = (f[0] ?? "").trim()
    const amount = optional(f[1])
    const value = amount === undefined ? undefined : Number(amount)
    if (value !== undefined && !Number.isFinite(value)) {
      reader.cell(fieldAt(at, k, "金额"), "cell_not_number", amount ?? "")
    }
    if (name === "") {
      incomplete(reader, at, k, ["名称"])
      return
    }
    const basis = optional(f[2])
    out.push({
      name,
      ...(value === undefined || !Number.isFinite(value) ? {} : { amount: value }),
      ...(basis === undefined ? {} : { basis })
    })
  })
  return out
}

/** The column a matter element is read from, as the file names it. */
const headerOf = (columns: Columns, field: string): string => {
  for (const [column, field2] of Object.entries(FIELD_OF_COLUMN)) {
    if (field2 === field && columns.at.has(column)) return columns.at.get(column)?.header ?? column
  }
  const canonical = Object.entries(FIELD_OF_COLUMN).find(([, f]) => f === field)?.[0]
  return canonical ?? field
}

const DEPARTMENT_COLUMN: Readonly<Record<string, string>> = {
  id: "部门标识",
  name: "实施主体",
  creditCode: "实施主体编码",
  kind: "部门类型"
}
const DEPARTMENT_SHEET_COLUMN: Readonly<Record<string, string>> = {
  id: "部门标识",
  name: "部门名称",
  creditCode: "统一社会信用代码",
  kind: "部门类型"
}

/** Moves an issue from the model (`matters[5].promisedLimit`) to the file (`["事项", 7, "承诺时限"]`), with the matter's name. */
const locate = (found: Issue, sheet: string, read: MatterRows, departmentSheet: boolean): Issue => {
  const [head, index, key, ...rest] = found.path
  if (typeof index !== "number") {
    if (head === "region" || head === "version" || head === "asOf") {
      return {
        ...found,
        path: [
          departmentSheet ? "目录" : sheet,
          2,
          head === "region" ? "区划代码" : head === "version" ? "目录版本" : "截至日期"
        ]
      }
    }
    return found
  }
  if (head === "matters") {
    const row = read.rows[index] ?? index + 2
    const matter = read.matters[index]?.name ?? ""
    const column = typeof key === "string" ? headerOf(read.columns, key) : "事项名称"
    return {
      ...found,
      path: [sheet, row, column, ...rest],
      facts: { ...found.facts, row, column, matter },
      message: {
        zh: `第 ${row} 行“${column}”列${matter === "" ? "" : `（${matter}）`}：${found.message.zh}`,
        en: `row ${row}, column ${column}${matter === "" ? "" : ` (${matter})`}: ${found.message.en}`
      }
    }
  }
  if (head === "departments") {
    const fromSheet = departmentSheet
    const row = fromSheet ? index + 2 : (read.departmentRows[index] ?? index + 2)
    const names = fromSheet ? DEPARTMENT_SHEET_COLUMN : DEPARTMENT_COLUMN
    const canonical = typeof key === "string" && Object.hasOwn(names, key) ? (names[key] ?? key) : "部门标识"
    const column = fromSheet ? canonical : (read.columns.at.get(canonical)?.header ?? canonical)
    const target = fromSheet ? "部门" : sheet
    return {
      ...found,
      path: [target, row, column, ...rest],
      facts: { ...found.facts, row, column },
      message: {
        zh: `${target}表第 ${row} 行“${column}”列：${found.message.zh}`,
        en: `${target} table, row ${row}, column ${column}: ${found.message.en}`
      }
    }
  }
  if (head === "windows" || head === "bundles") {
    const target = head === "windows" ? "窗口" : "一件事"
    return { ...found, path: [target, index + 2, ...(key === undefined ? [] : [key]), ...rest] }
  }
  return found
}

const strictOf = (imported: ImportedCatalogue, relocate: (i: Issue) => Issue): Result<Catalogue> => {
  if (imported.issues.length > 0) return fail(imported.issues)
  const r = validateCatalogue(imported.catalogue)
  return r.ok ? r : fail(sortIssues(r.issues.map(relocate)))
}

const finishImport = (
  reader: Reader,
  catalogue: ListedCatalogue,
  relocate: (i: Issue) => Issue,
  creditCodes: boolean
): ImportedCatalogue => {
  const checked = validateListedCatalogue(catalogue, { creditCodes }).map(relocate)
  return { catalogue, issues: dedupe(sortIssues([...reader.done(), ...checked])) }
}

/** Issues equal in code, path and facts are one issue. */
const dedupe = (issues: ReadonlyArray<Issue>): ReadonlyArray<Issue> => {
  const seen = new Set<string>()
  return issues.filter((i) => {
    const key = JSON.stringify([i.code, i.path, i.facts])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const matterTableImport = (
  sheet: string,
  table: ReadonlyArray<ReadonlyArray<string>>,
  options: TableImportOptions | undefined
): { readonly imported: ImportedCatalogue; readonly relocate: (i: Issue) => Issue } => {
  const reader = new Reader()
  const read = readMatterTable(sheet, table, reader, options, undefined)
  const catalogue: ListedCatalogue = {
    ...(read.region === undefined ? {} : { region: read.region }),
    ...(read.version === undefined ? {} : { version: read.version }),
    ...(read.asOf === undefined ? {} : { asOf: read.asOf }),
    departments: read.departments,
    windows: [],
    matters: read.matters,
    bundles: []
  }
  const relocate = (i: Issue): Issue => locate(i, sheet, read, false)
  return { imported: finishImport(reader, catalogue, relocate, false), relocate }
}

/**
 * Reads a 事项 table leniently, as counties receive it: the catalogue as the
 * list carries it, and every issue, errors and warnings apart. Provincial
 * column names are recognised (see {@link COLUMN_ALIASES}), a user mapping
 * covers others, `序号` is ignored; a column the model lacks is one
 * `column_unknown` warning, a column the 实施清单 requires but the list lacks
 * one `column_missing` warning, and empty cells of a required element one
 * `element_missing` warning per column. An empty cell stays absent. Codes:
 * `事项编码` is read by its shape, a 14-character provincial code kept as
 * `localCode`, the basic and implementation codes derived when blank and
 * derivable; each distinct bad implementing-body code is one
 * `implementing_body_code_invalid` error with its rows and matters. Every
 * issue is located as `[sheet, row, column]` in the file (row 1 is the
 * header), with the matter's name in its facts and message.
 *
 * @example
 * ```ts
 * import { importMatterTable } from "@tongban/catalog"
 *
 * const { catalogue, issues } = importMatterTable([
 *   ["序号", "事项名称", "部门名称", "统一社会信用代码", "事项编码"],
 *   ["1", "临时救助", "县民政局", "MB1234567", "511A0138000000"]
 * ])
 * catalogue.matters[0]?.localCode // "511A0138000000"
 * issues.find((i) => i.code === "implementing_body_code_invalid")?.facts.looksLike // "organisation_code"
 * issues.filter((i) => i.severity === "error").length // 1
 * ```
 *
 * @since 0.2.0
 * @category import
 */
export const importMatterTable = (
  table: ReadonlyArray<ReadonlyArray<string>>,
  options?: TableImportOptions
): ImportedCatalogue => matterTableImport("事项", table, options).imported

/**
 * Reads a catalogue from its 事项 table alone (the CSV layout), strictly:
 * the lenient import ({@link importMatterTable}) with no issue at all, then
 * validated (see {@link validateCatalogue}); otherwise every issue, located
 * as `["事项", row, column]` (row 2 is the first data row).
 *
 * @example
 * ```ts
 * import { catalogueFromMatterTable } from "@tongban/catalog"
 *
 * const r = catalogueFromMatterTable([["序号", "名单"]])
 * r.ok ? "" : r.issues.find((i) => i.severity === "error")?.code // "column_missing"
 * ```
 *
 * @since 0.1.0
 * @category import
 */
export const catalogueFromMatterTable = (
  table: ReadonlyArray<ReadonlyArray<string>>,
  options?: TableImportOptions
): Result<Catalogue> => {
  const { imported, relocate } = matterTableImport("事项", table, options)
  return strictOf(imported, relocate)
}

const splitList = (cell: string): Array<string> =>
  cell
    .split(/[;；,，\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "")

/** Rows of a small sheet as records keyed by canonical header; one issue for each missing column. */
const recordsOf = (
  sheet: string,
  table: ReadonlyArray<ReadonlyArray<string>>,
  required: ReadonlyArray<string>,
  reader: Reader
): Array<{ readonly row: number; readonly get: (header: string) => string }> => {
  const [header, ...rows] = table
  if (header === undefined) return []
  const positions = new Map<string, number>()
  header.forEach((h, i) => {
    const name = h.trim()
    if (!positions.has(name)) positions.set(name, i)
  })
  const missing = required.filter((h) => !positions.has(h))
  for (const column of missing) reader.add(columnMissing(sheet, column, "error"))
  if (missing.length > 0) return []
  return rows.map((cells, r) => ({
    row: r + 2,
    get: (h: string) => {
      const at = positions.get(h)
      return at === undefined ? "" : (cells[at] ?? "")
    }
  }))
}

const sheetOf = (
  tables: Readonly<Record<string, ReadonlyArray<ReadonlyArray<string>>>>,
  name: string
): ReadonlyArray<ReadonlyArray<string>> | undefined => (Object.hasOwn(tables, name) ? tables[name] : undefined)

const tablesImport = (
  tables: Readonly<Record<string, ReadonlyArray<ReadonlyArray<string>>>>,
  options: TableImportOptions | undefined
): Result<{ readonly imported: ImportedCatalogue; readonly relocate: (i: Issue) => Issue }> => {
  const names = Object.keys(tables)
  const first = names[0]
  // The usual provincial export: one sheet, or sheets without a 目录 sheet: the first is the matter table.
  if (sheetOf(tables, "目录") === undefined && first !== undefined) {
    const only = sheetOf(tables, "事项") === undefined ? first : "事项"
    return ok(matterTableImport(only, sheetOf(tables, only) ?? [], options))
  }
  const missing = ["目录", "部门", "事项"].filter((name) => sheetOf(tables, name) === undefined)
  if (missing.length > 0) {
    return fail(catalogCodes.issue("table_missing", { path: [], facts: { sheets: missing } }))
  }
  const reader = new Reader()
  const meta = recordsOf(
    "目录",
    sheetOf(tables, "目录") ?? [],
    ["区划代码", "区划名称", "目录版本", "截至日期"],
    reader
  )[0]
  const departments: Array<ListedDepartment> = []
  for (const { row, get } of recordsOf(
    "部门",
    sheetOf(tables, "部门") ?? [],
    ["部门标识", "部门名称", "统一社会信用代码", "部门类型"],
    reader
  )) {
    const at: CellAt = { sheet: "部门", row, column: "部门类型", matter: "" }
    const kind = reader.code(DEPARTMENT_KINDS, get("部门类型"), at, { zh: "部门类型", en: "department kind" })
    const name = optional(get("部门名称"))
    const creditCode = optional(get("统一社会信用代码"))
    departments.push({
      id: get("部门标识").trim(),
      ...(name === undefined ? {} : { name }),
      ...(creditCode === undefined ? {} : { creditCode }),
      ...(kind === undefined ? {} : { kind })
    })
  }
  const windows: Array<Window> = []
  for (const { row, get } of recordsOf(
    "窗口",
    sheetOf(tables, "窗口") ?? [],
    ["窗口标识", "窗口名称", "窗口类型", "服务部门"],
    reader
  )) {
    const kind = reader.code(
      WINDOW_KINDS,
      get("窗口类型"),
      { sheet: "窗口", row, column: "窗口类型", matter: "" },
      { zh: "窗口类型", en: "window kind" }
    )
    const r = validate(
      WindowSchema,
      { id: get("窗口标识"), name: get("窗口名称"), kind, departments: splitList(get("服务部门")) },
      { path: ["窗口", row] }
    )
    if (r.ok) windows.push(r.value)
    else for (const i of r.issues) reader.add(i)
  }
  const types = sheetOf(tables, "事项类型")
  const matterTypes =
    types === undefined
      ? undefined
      : recordsOf("事项类型", types, ["代码", "名称"], reader).map(({ get }) => ({
          code: get("代码"),
          name: get("名称")
        }))
  const read = readMatterTable("事项", sheetOf(tables, "事项") ?? [], reader, options, departments)
  const bundles: Array<Bundle> = []
  const bundleHeaders = [
    "一件事标识",
    "一件事名称",
    "牵头部门",
    "协办部门",
    "包含事项",
    "承诺办结时限",
    "到办事现场次数"
  ]
  for (const { row, get } of recordsOf("一件事", sheetOf(tables, "一件事") ?? [], bundleHeaders, reader)) {
    const at = (column: string): CellAt => ({ sheet: "一件事", row, column, matter: get("一件事名称") })
    const steps = optional(get("办理环节数"))
    const value = {
      id: get("一件事标识"),
      name: get("一件事名称"),
      lead: get("牵头部门"),
      partners: splitList(get("协办部门")),
      matters: splitList(get("包含事项")),
      promisedLimit: reader.limit(get("承诺办结时限"), at("承诺办结时限")),
      trips: reader.int(get("到办事现场次数"), at("到办事现场次数")),
      ...(steps === undefined ? {} : { steps: reader.int(steps, at("办理环节数")) })
    }
    const r = validate(BundleSchema, value, { path: ["一件事", row] })
    if (r.ok) bundles.push(r.value)
    else for (const i of r.issues) reader.add(i)
  }
  const region =
    meta === undefined ? undefined : { code: meta.get("区划代码").trim(), name: meta.get("区划名称").trim() }
  const version = optional(meta?.get("目录版本"))
  const asOf =
    meta === undefined
      ? undefined
      : reader.date(meta.get("截至日期"), { sheet: "目录", row: 2, column: "截至日期", matter: "" })
  const catalogue: ListedCatalogue = {
    ...(region === undefined ? {} : { region }),
    ...(version === undefined ? {} : { version }),
    ...(asOf === undefined ? {} : { asOf }),
    ...(matterTypes === undefined ? {} : { matterTypes }),
    departments,
    windows,
    matters: read.matters,
    bundles
  }
  const relocate = (i: Issue): Issue => locate(i, "事项", read, true)
  return ok({ imported: finishImport(reader, catalogue, relocate, true), relocate })
}

/**
 * Reads a workbook's tables leniently (see {@link importMatterTable}). A
 * workbook with a 目录 sheet is the multi-sheet form of
 * {@link catalogueTables} (目录, 部门, 事项 required; 窗口, 一件事, 事项类型
 * optional); any other workbook, the usual one-sheet provincial export, is
 * read from its 事项 sheet or else its first sheet, like a CSV. Fails only
 * when there is no sheet at all, or the multi-sheet form lacks a sheet.
 *
 * @example
 * ```ts
 * import { importTables } from "@tongban/catalog"
 *
 * const r = importTables({ Sheet1: [["事项名称", "承诺时限"], ["临时救助", "即办"]] })
 * r.ok ? r.value.catalogue.matters[0]?.promisedLimit : undefined // { amount: 0, unit: "working_day" }
 * ```
 *
 * @since 0.2.0
 * @category import
 */
export const importTables = (
  tables: Readonly<Record<string, ReadonlyArray<ReadonlyArray<string>>>>,
  options?: TableImportOptions
): Result<ImportedCatalogue> => {
  if (Object.keys(tables).length === 0) {
    return fail(catalogCodes.issue("table_missing", { facts: { sheets: ["事项"] }, variant: "no_sheet" }))
  }
  const r = tablesImport(tables, options)
  return r.ok ? ok(r.value.imported) : r
}

/**
 * Reads a catalogue from all its tables (see {@link catalogueTables}),
 * strictly: {@link importTables} with no issue at all, then validated. A
 * workbook without a 目录 sheet is read from its matter table alone.
 *
 * @example
 * ```ts
 * import { catalogueFromTables } from "@tongban/catalog"
 *
 * const r = catalogueFromTables({ 目录: [] })
 * r.ok ? "" : r.issues[0]?.code // "table_missing"
 * ```
 *
 * @since 0.1.0
 * @category import
 */
export const catalogueFromTables = (
  tables: Readonly<Record<string, ReadonlyArray<ReadonlyArray<string>>>>,
  options?: TableImportOptions
): Result<Catalogue> => {
  const r = tablesImport(tables, options)
  return r.ok ? strictOf(r.value.imported, r.value.relocate) : r
}

/**
 * Is the table's first row a 事项 header: does it have a matter-name column
 * (事项名称 or a name provincial lists use for it)? Lets a reader tell a
 * matter CSV from other CSV.
 *
 * @example
 * ```ts
 * import { isMatterTable } from "@tongban/catalog"
 *
 * isMatterTable([["序号", "事项名称", "实施机构"]]) // true
 * isMatterTable([["name"]]) // false
 * ```
 *
 * @since 0.1.0
 * @category guards
 */
export const isMatterTable = (table: ReadonlyArray<ReadonlyArray<string>>): boolean =>
  (table[0] ?? []).some((h) => {
    const m = columnMeaning(h)
    return m.kind === "column" && m.column === "事项名称"
  })
