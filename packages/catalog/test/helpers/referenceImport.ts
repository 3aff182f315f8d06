/**
 * The 事项 table reader as it was before the reader of rows one at a time
 * (the column positions found once, the cells a list repeats read once),
 * kept as the reference that the reader of `src/Tabular.ts` must agree with
 * issue for issue (test/FastImport.test.ts). Not part of the package; do not
 * change it to follow the package. One change of behaviour since, made in
 * both: a cell reported unreadable (an unknown code, a bad limit) is not
 * counted again as an empty cell in `element_missing` (`unreadable` below).
 */
import {
  catalogCodes,
  checkCreditCode,
  type CodeEntry,
  columnMeaning,
  DEPARTMENT_KINDS,
  describeBodyCode,
  EXERCISE_LEVELS,
  type Fee,
  HANDLING_FORMS,
  HANDLING_KINDS,
  ITEM_CODE_HEADER,
  type ImportedCatalogue,
  isProvincialItemCode,
  type ListedCatalogue,
  type ListedDepartment,
  type ListedMatter,
  lookupCode,
  MATERIAL_FORMS,
  MATERIAL_MEDIA,
  MATERIAL_NECESSITIES,
  MATERIAL_SOURCES,
  MATTER_TYPES,
  type Material,
  makeImplementationCode,
  ONLINE_DEPTHS,
  parseDateCell,
  SERVICE_OBJECTS,
  type SpecialProcedure,
  type Step,
  type TableImportOptions,
  validateListedCatalogue,
  WINDOW_AUTHORITIES
} from "@tongban/catalog"
import { type Issue, type Result, sortIssues } from "@tongban/core"
import { parseTimeLimit, type TimeLimit } from "@tongban/deadline"

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

const splitRecords = (cell: string): Array<Array<string>> =>
  cell.trim() === ""
    ? []
    : cell
        .split(/\r?\n/)
        .filter((l) => l.trim() !== "")
        .map((l) => splitEscaped(l, "|"))

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

/** Collects the issues of one import; each cell problem located by sheet, row and column, with the matter's name. */
class Reader {
  readonly issues: Array<Issue> = []
  dropped = 0
  /** The row being read: a cell named by its column alone is in it. */
  current: RowAt | undefined
  /** The columns of the current row whose cell was reported unreadable. */
  readonly unreadable = new Set<string>()
  /** A list repeats a few limits and words on every row: each distinct cell is parsed once. */
  private readonly limits = new Map<string, Result<TimeLimit>>()
  private readonly words = new Map<ReadonlyArray<CodeEntry>, Map<string, string | undefined>>()

  add(found: Issue): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push(found)
    else this.dropped++
  }

  /** A cell's issue, of a registered code, located by sheet, row and column with the matter's name. */
  cell(where: Where, code: CellCode, input: string, facts?: Issue["facts"]): void {
    const at = located(where, this.current)
    if (at.sheet === this.current?.sheet && at.row === this.current.row) this.unreadable.add(at.column)
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
    const at = located(where, this.current)
    if (at.sheet === this.current?.sheet && at.row === this.current.row) this.unreadable.add(at.column)
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

/** The row a cell is in, shared by the cells of the row (no object a cell until one has an issue). */
interface RowAt {
  readonly sheet: string
  readonly row: number
  readonly matter: string
  readonly columns: Columns
}

/** A cell's place: a column name means that column of the reader's current row. */
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

const located = (where: Where, current: RowAt | undefined): CellAt => {
  if (typeof where === "function") return where()
  if (typeof where !== "string") return where
  return {
    sheet: current?.sheet ?? "",
    row: current?.row ?? 0,
    column: current?.columns.at.get(where)?.header ?? where,
    matter: current?.matter ?? ""
  }
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

const readMatterTable = (
  sheet: string,
  table: ReadonlyArray<ReadonlyArray<string>>,
  reader: Reader,
  options: TableImportOptions | undefined,
  known: ReadonlyArray<ListedDepartment> | undefined
): MatterRows => {
  const [header = [], ...body] = table
  const columns = resolveColumns(sheet, header, reader, options, true)
  const out: MatterRows = { matters: [], rows: [], departments: [], departmentRows: [], columns }
  if (!columns.at.has("事项名称")) {
    reader.add(columnMissing(sheet, "事项名称", "error"))
    return out
  }
  const has = (c: string): boolean => columns.at.has(c)
  const derivable = (c: string): boolean =>
    (c === "基本编码" && (has("实施编码") || has(ITEM_CODE_HEADER))) ||
    (c === "实施编码" && has("实施主体编码") && has("行使层级") && (has("基本编码") || has(ITEM_CODE_HEADER))) ||
    (c === "实施主体" && (known !== undefined || has("部门标识"))) ||
    ((c === "实施主体编码" || c === "部门类型") && known !== undefined) ||
    (known !== undefined && ["区划代码", "区划名称", "目录版本", "截至日期"].includes(c))
  for (const c of REQUIRED_COLUMNS) if (!has(c) && !derivable(c)) reader.add(columnMissing(sheet, c, "warning"))

  const byKey = new Map<string, number>()
  for (const [j, d] of (known ?? []).entries()) byKey.set(`id:${d.id}`, j)
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
  body.forEach((cells, r) => {
    const row = r + 2
    if (cells.every((c) => c.trim() === "")) return
    const get = (c: string): string => {
      const col = columns.at.get(c)
      return col === undefined ? "" : (cells[col.index] ?? "")
    }
    const name = get("事项名称").trim()
    reader.current = { sheet, row, matter: name, columns }
    reader.unreadable.clear()
    const at = (c: string): string => c
    const cellAt = (c: string): CellAt => located(c, reader.current)
    if (known === undefined && out.matters.length === 0) {
      const code = optional(get("区划代码"))
      const regionName = optional(get("区划名称"))
      if (code !== undefined || regionName !== undefined) {
        Object.assign(out, {
          region: { ...(code === undefined ? {} : { code }), ...(regionName === undefined ? {} : { name: regionName }) }
        })
      }
      const version = optional(get("目录版本"))
      if (version !== undefined) Object.assign(out, { version })
      const asOf = has("截至日期") ? reader.date(get("截至日期"), at("截至日期")) : undefined
      if (asOf !== undefined) Object.assign(out, { asOf })
    }

    // The implementing body: the list's 部门标识, else its name, else its code.
    const idCell = optional(get("部门标识"))
    const bodyName = optional(get("实施主体"))
    const credit = optional(get("实施主体编码"))
    let department: string | undefined
    if (known !== undefined) department = idCell
    else {
      const key =
        idCell !== undefined
          ? `id:${idCell}`
          : bodyName !== undefined
            ? `name:${bodyName}`
            : credit !== undefined
              ? `code:${credit}`
              : undefined
      if (key !== undefined) {
        let j = byKey.get(key)
        if (j === undefined) {
          j = out.departments.length
          byKey.set(key, j)
          const kind = has("部门类型")
            ? reader.code(DEPARTMENT_KINDS, get("部门类型"), at("部门类型"), { zh: "部门类型", en: "department kind" })
            : undefined
          out.departments.push({
            id: idCell ?? `d${j + 1}`,
            ...(bodyName === undefined ? {} : { name: bodyName }),
            ...(credit === undefined ? {} : { creditCode: credit }),
            ...(kind === undefined ? {} : { kind })
          })
          out.departmentRows.push(row)
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
      if (group === undefined)
        badCodes.set(credit, { rows: [row], matters: [name], column: cellAt("实施主体编码").column })
      else {
        group.rows.push(row)
        if (!group.matters.includes(name)) group.matters.push(name)
      }
    } else if (credit === undefined && has("实施主体编码") && known === undefined) noteMissing("实施主体编码", row)

    // Codes: 事项编码 by its shape, then the named columns; derive what is blank and derivable.
    let basicCode = optional(get("基本编码"))
    let implementationCode = optional(get("实施编码"))
    let localCode = optional(get("地方事项编码"))
    const itemCode = optional(get(ITEM_CODE_HEADER))
    if (itemCode !== undefined) {
      if (/^[0-9A-Z]{31}$/.test(itemCode)) implementationCode ??= itemCode
      else if (/^(?:[0-9A-Z]{10}|[0-9A-Z]{12}|[0-9A-Z]{24})$/.test(itemCode)) basicCode ??= itemCode
      else localCode ??= itemCode
    }
    if (basicCode !== undefined && isProvincialItemCode(basicCode) && localCode === undefined) {
      localCode = basicCode
      basicCode = undefined
    }
    const level = reader.code(EXERCISE_LEVELS, get("行使层级"), at("行使层级"), {
      zh: "行使层级",
      en: "exercise level"
    })
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

    const typeCell = optional(get("事项类型"))
    // Absent elements stay as undefined keys: every matter of a list then has one shape, which keeps reads fast.
    const matter: ListedMatter = {
      name,
      basicCode,
      implementationCode,
      localCode,
      type: typeCell === undefined ? undefined : (lookupCode(MATTER_TYPES, typeCell)?.code ?? typeCell),
      level,
      department,
      serviceObjects: nonEmpty(
        reader.codes(SERVICE_OBJECTS, get("服务对象"), at("服务对象"), { zh: "服务对象", en: "service object" })
      ),
      handlingForms: nonEmpty(
        reader.codes(HANDLING_FORMS, get("办理形式"), at("办理形式"), { zh: "办理形式", en: "handling form" })
      ),
      onlineDepth: has("网办深度")
        ? reader.codes(ONLINE_DEPTHS, get("网办深度"), at("网办深度"), { zh: "网办深度", en: "online depth" })
        : undefined,
      kind: reader.code(HANDLING_KINDS, get("办件类型"), at("办件类型"), { zh: "办件类型", en: "handling kind" }),
      statutoryLimit: reader.limit(get("法定办结时限"), at("法定办结时限")),
      promisedLimit: reader.limit(get("承诺办结时限"), at("承诺办结时限")),
      trips: reader.int(get("到办事现场次数"), at("到办事现场次数")),
      tripsReason: optional(get("到现场原因")),
      materials: has("申请材料") ? readMaterials(get("申请材料"), cellAt("申请材料"), reader) : undefined,
      conditions: has("受理条件") ? splitItems(get("受理条件")) : undefined,
      steps: has("办理流程") ? readSteps(get("办理流程"), cellAt("办理流程"), reader) : undefined,
      specialProcedures: has("特别程序") ? readProcedures(get("特别程序"), cellAt("特别程序"), reader) : undefined,
      fees: has("收费") ? readFees(get("收费"), cellAt("收费"), reader) : undefined,
      legalBasis: has("设定依据") ? splitItems(get("设定依据")) : undefined,
      result: optional(get("办理结果")),
      place: optional(get("办理地点")),
      hours: optional(get("办理时间")),
      consultPhone: optional(get("咨询电话")),
      complaintPhone: optional(get("监督电话")),
      windowAuthority: reader.code(WINDOW_AUTHORITIES, get("窗口授权"), at("窗口授权"), {
        zh: "窗口授权",
        en: "window authority"
      }),
      validFrom: has("生效日期") ? reader.date(get("生效日期"), at("生效日期")) : undefined,
      validTo: has("失效日期") ? reader.date(get("失效日期"), at("失效日期")) : undefined,
      version: optional(get("事项版本"))
    }
    for (const c of REQUIRED_COLUMNS) {
      const field = FIELD_OF_COLUMN[c]
      const header = columns.at.get(c)?.header ?? c
      if (
        field !== undefined &&
        field !== "department" &&
        has(c) &&
        Reflect.get(matter, field) === undefined &&
        !reader.unreadable.has(header)
      )
        noteMissing(c, row)
    }
    if (name === "") noteMissing("事项名称", row)
    out.matters.push(matter)
    out.rows.push(row)
  })

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

const nonEmpty = <A>(items: ReadonlyArray<A>): ReadonlyArray<A> | undefined => (items.length === 0 ? undefined : items)

/** A record of a structured cell that lacks a required field: one warning, and the record is left out. */
const incomplete = (reader: Reader, at: CellAt, k: number, missing: ReadonlyArray<string>): void => {
  const column = `${at.column}[${k + 1}]`
  reader.cell({ ...at, column }, "record_incomplete", missing.join(","), { record: k + 1, missing })
}

const readMaterials = (cell: string, at: CellAt, reader: Reader): Array<Material> => {
  const out: Array<Material> = []
  splitRecords(cell).forEach((f, k) => {
    const sub =
      (what: string): (() => CellAt) =>
      () => ({ ...at, column: `${at.column}[${k + 1}].${what}` })
    const id = (f[0] ?? "").trim()
    const name = (f[1] ?? "").trim()
    // Looked up quietly first: the place of a field is built only when it has an issue.
    const form =
      reader.word(MATERIAL_FORMS, f[2] ?? "") ??
      reader.code(MATERIAL_FORMS, f[2] ?? "", sub("材料类型"), { zh: "材料类型", en: "material form" })
    const medium =
      reader.word(MATERIAL_MEDIA, f[3] ?? "") ??
      reader.code(MATERIAL_MEDIA, f[3] ?? "", sub("材料形式"), { zh: "材料形式", en: "material medium" })
    const necessity =
      reader.word(MATERIAL_NECESSITIES, f[4] ?? "") ??
      reader.code(MATERIAL_NECESSITIES, f[4] ?? "", sub("必要性"), { zh: "材料必要性", en: "necessity" })
    const source =
      reader.word(MATERIAL_SOURCES, f[5] ?? "") ??
      reader.code(MATERIAL_SOURCES, f[5] ?? "", sub("来源渠道"), { zh: "来源渠道", en: "source" })
    const copiesText = (f[6] ?? "").trim()
    const copies = /^\d{1,9}$/.test(copiesText) ? Number(copiesText) : reader.int(copiesText, sub("份数"))
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
      return
    }
    out.push({ id, name, form, medium, necessity, source, copies, sharedData: (f[7] ?? "").trim() === "是" })
  })
  return out
}

const readSteps = (cell: string, at: CellAt, reader: Reader): Array<Step> => {
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
    const parsed =
      limit === undefined ? undefined : reader.limit(limit, () => ({ ...at, column: `${at.column}[${k + 1}].时限` }))
    out.push({
      name,
      ...(actor === undefined ? {} : { actor }),
      ...(parsed === undefined ? {} : { limit: parsed }),
      ...(ids.length === 0 ? {} : { materials: ids })
    })
  })
  return out
}

const readProcedures = (cell: string, at: CellAt, reader: Reader): Array<SpecialProcedure> => {
  const out: Array<SpecialProcedure> = []
  splitRecords(cell).forEach((f, k) => {
    const name = (f[0] ?? "").trim()
    if (name === "") {
      incomplete(reader, at, k, ["名称"])
      return
    }
    const limit = optional(f[1])
    const parsed =
      limit === undefined ? undefined : reader.limit(limit, () => ({ ...at, column: `${at.column}[${k + 1}].时限` }))
    out.push({ name, ...(parsed === undefined ? {} : { limit: parsed }) })
  })
  return out
}

const readFees = (cell: string, at: CellAt, reader: Reader): Array<Fee> => {
  const out: Array<Fee> = []
  splitRecords(cell).forEach((f, k) => {
    const name = (f[0] ?? "").trim()
    const amount = optional(f[1])
    const value = amount === undefined ? undefined : Number(amount)
    if (value !== undefined && !Number.isFinite(value)) {
      reader.cell({ ...at, column: `${at.column}[${k + 1}].金额` }, "cell_not_number", amount ?? "")
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

/** The reference lenient import of a 事项 table (see `importMatterTable`). */
export const referenceImportMatterTable = (
  table: ReadonlyArray<ReadonlyArray<string>>,
  options?: TableImportOptions
): ImportedCatalogue => {
  const reader = new Reader()
  const read = readMatterTable("事项", table, reader, options, undefined)
  const catalogue: ListedCatalogue = {
    ...(read.region === undefined ? {} : { region: read.region }),
    ...(read.version === undefined ? {} : { version: read.version }),
    ...(read.asOf === undefined ? {} : { asOf: read.asOf }),
    departments: read.departments,
    windows: [],
    matters: read.matters,
    bundles: []
  }
  const relocate = (i: Issue): Issue => locate(i, "事项", read, false)
  return finishImport(reader, catalogue, relocate, false)
}
