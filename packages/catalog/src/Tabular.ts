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
import { fail, type Issue, makeIssue, type PathSegment, type Result, sortIssues } from "@tongban/core"
import { formatTimeLimit, parseTimeLimit, type TimeLimit } from "@tongban/deadline"
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
import type { Catalogue, Matter } from "./Schema.js"
import { validateCatalogue } from "./Validate.js"

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

/**
 * The headers of the 事项 table, in order: the CSV layout.
 *
 * @example
 * ```ts
 * import { MATTER_HEADERS } from "@tongban/catalog"
 *
 * MATTER_HEADERS.slice(8, 11) // ["事项名称", "基本编码", "实施编码"]
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const MATTER_HEADERS = [
  "区划代码",
  "区划名称",
  "目录版本",
  "截至日期",
  "部门标识",
  "实施主体",
  "实施主体编码",
  "部门类型",
  "事项名称",
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
  "到现场原因",
  "申请材料",
  "受理条件",
  "办理流程",
  "特别程序",
  "收费",
  "设定依据",
  "办理结果",
  "办理地点",
  "办理时间",
  "咨询电话",
  "监督电话",
  "窗口授权",
  "生效日期",
  "失效日期",
  "事项版本"
] as const

/** Escapes one field of a structured cell: backslash, bar and line breaks. */
const escapeField = (s: string): string =>
  s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\n/g, "\\n").replace(/\r/g, "\\r")

/** Splits a structured cell on an unescaped separator and unescapes the parts. */
const splitEscaped = (s: string, separator: string): Array<string> => {
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

const splitItems = (cell: string): Array<string> =>
  cell.trim() === ""
    ? []
    : cell
        .split(/\r?\n/)
        .filter((l) => l.trim() !== "")
        .map((l) => splitEscaped(l, "\n")[0] ?? "")

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

/** Reads tables back, collecting every cell problem. */
class Reader {
  readonly issues: Array<Issue> = []

  problem(path: ReadonlyArray<PathSegment>, code: string, input: string, zh: string, en: string): void {
    if (this.issues.length < 1000) {
      this.issues.push(makeIssue({ code, path, facts: { input: input.slice(0, 80) }, message: { zh, en } }))
    }
  }

  code(table: ReadonlyArray<CodeEntry>, cell: string, path: ReadonlyArray<PathSegment>, what: string): string {
    const found = lookupCode(table, cell)
    if (found !== undefined) return found.code
    this.problem(path, "cell_unknown_code", cell, `无法识别的${what}“${cell}”`, `unknown ${what} "${cell}"`)
    return cell
  }

  codes(table: ReadonlyArray<CodeEntry>, cell: string, path: ReadonlyArray<PathSegment>, what: string): Array<string> {
    return cell
      .split(/[;；,，\n]/)
      .map((s) => s.trim())
      .filter((s) => s !== "")
      .map((s) => this.code(table, s, path, what))
  }

  limit(cell: string, path: ReadonlyArray<PathSegment>): TimeLimit | undefined {
    const r = parseTimeLimit(cell, { path })
    if (r.ok) return r.value
    this.issues.push(...r.issues)
    return undefined
  }

  int(cell: string, path: ReadonlyArray<PathSegment>): number {
    const text = cell.trim()
    if (/^\d{1,9}$/.test(text)) return Number(text)
    this.problem(
      path,
      "cell_not_integer",
      cell,
      `应为非负整数，收到“${cell}”`,
      `expected a whole number, received "${cell}"`
    )
    return 0
  }
}

const optional = (cell: string | undefined): string | undefined =>
  cell === undefined || cell === "" ? undefined : cell

/** Rows of a table as records keyed by header, located for issues. */
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
  if (missing.length > 0) {
    reader.problem(
      [sheet],
      "table_missing_columns",
      missing.join(","),
      `${sheet}表缺少列：${missing.join("、")}`,
      `the ${sheet} table lacks the columns ${missing.join(", ")}`
    )
    return []
  }
  return rows.map((cells, r) => ({
    row: r + 2,
    get: (h: string) => {
      const at = positions.get(h)
      return at === undefined ? "" : (cells[at] ?? "")
    }
  }))
}

interface RawCatalogue {
  region: { code: string; name: string }
  version: string
  asOf: string
  matterTypes?: Array<{ code: string; name: string }>
  departments: Array<{ id: string; name: string; creditCode: string; kind: string }>
  windows: Array<{ id: string; name: string; kind: string; departments: Array<string> }>
  matters: Array<Record<string, unknown>>
  bundles: Array<Record<string, unknown>>
}

const readMatters = (
  table: ReadonlyArray<ReadonlyArray<string>>,
  reader: Reader,
  into: RawCatalogue,
  deriveDepartments: boolean
): void => {
  const required = ["事项名称", "基本编码", "实施编码", "部门标识"]
  const known = new Set(into.departments.map((d) => d.id))
  for (const { row, get } of recordsOf("事项", table, required, reader)) {
    const at = (h: string): Array<PathSegment> => ["事项", row, h]
    if (into.matters.length === 0 && deriveDepartments) {
      into.region = { code: get("区划代码"), name: get("区划名称") }
      into.version = get("目录版本")
      into.asOf = get("截至日期")
    }
    const department = get("部门标识")
    if (deriveDepartments && !known.has(department)) {
      known.add(department)
      into.departments.push({
        id: department,
        name: get("实施主体"),
        creditCode: get("实施主体编码"),
        kind: reader.code(DEPARTMENT_KINDS, get("部门类型"), at("部门类型"), "部门类型")
      })
    }
    const typeCell = get("事项类型")
    const matter: Record<string, unknown> = {
      name: get("事项名称"),
      basicCode: get("基本编码"),
      implementationCode: get("实施编码"),
      type: lookupCode(MATTER_TYPES, typeCell)?.code ?? typeCell.trim(),
      level: reader.code(EXERCISE_LEVELS, get("行使层级"), at("行使层级"), "行使层级"),
      department,
      serviceObjects: reader.codes(SERVICE_OBJECTS, get("服务对象"), at("服务对象"), "服务对象"),
      handlingForms: reader.codes(HANDLING_FORMS, get("办理形式"), at("办理形式"), "办理形式"),
      onlineDepth: reader.codes(ONLINE_DEPTHS, get("网办深度"), at("网办深度"), "网办深度"),
      kind: reader.code(HANDLING_KINDS, get("办件类型"), at("办件类型"), "办件类型"),
      statutoryLimit: reader.limit(get("法定办结时限"), at("法定办结时限")),
      promisedLimit: reader.limit(get("承诺办结时限"), at("承诺办结时限")),
      trips: reader.int(get("到办事现场次数"), at("到办事现场次数")),
      tripsReason: optional(get("到现场原因")),
      materials: splitRecords(get("申请材料")).map((f, k) => {
        const p = ["事项", row, "申请材料", k]
        return {
          id: f[0] ?? "",
          name: f[1] ?? "",
          form: reader.code(MATERIAL_FORMS, f[2] ?? "", [...p, "材料类型"], "材料类型"),
          medium: reader.code(MATERIAL_MEDIA, f[3] ?? "", [...p, "材料形式"], "材料形式"),
          necessity: reader.code(MATERIAL_NECESSITIES, f[4] ?? "", [...p, "必要性"], "材料必要性"),
          source: reader.code(MATERIAL_SOURCES, f[5] ?? "", [...p, "来源渠道"], "来源渠道"),
          copies: reader.int(f[6] ?? "", [...p, "份数"]),
          sharedData: (f[7] ?? "").trim() === "是"
        }
      }),
      conditions: splitItems(get("受理条件")),
      steps: splitRecords(get("办理流程")).map((f, k) => {
        const ids = (f[3] ?? "")
          .split(",")
          .map((s) => s.trim())
          .filter((s) => s !== "")
        const limit = optional(f[2])
        return {
          name: f[0] ?? "",
          ...(optional(f[1]) === undefined ? {} : { actor: f[1] }),
          ...(limit === undefined ? {} : { limit: reader.limit(limit, ["事项", row, "办理流程", k, "时限"]) }),
          ...(ids.length === 0 ? {} : { materials: ids })
        }
      }),
      specialProcedures: splitRecords(get("特别程序")).map((f, k) => {
        const limit = optional(f[1])
        return {
          name: f[0] ?? "",
          ...(limit === undefined ? {} : { limit: reader.limit(limit, ["事项", row, "特别程序", k, "时限"]) })
        }
      }),
      fees: splitRecords(get("收费")).map((f, k) => {
        const amount = optional(f[1])
        const value = amount === undefined ? undefined : Number(amount)
        if (value !== undefined && !Number.isFinite(value)) {
          reader.problem(
            ["事项", row, "收费", k, "金额"],
            "cell_not_number",
            amount ?? "",
            `收费金额应为数字，收到“${amount ?? ""}”`,
            `a fee amount must be a number, received "${amount ?? ""}"`
          )
        }
        return {
          name: f[0] ?? "",
          ...(value === undefined ? {} : { amount: value }),
          ...(optional(f[2]) === undefined ? {} : { basis: f[2] })
        }
      }),
      legalBasis: splitItems(get("设定依据")),
      result: optional(get("办理结果")),
      place: optional(get("办理地点")),
      hours: optional(get("办理时间")),
      consultPhone: optional(get("咨询电话")),
      complaintPhone: optional(get("监督电话")),
      windowAuthority: reader.code(WINDOW_AUTHORITIES, get("窗口授权"), at("窗口授权"), "窗口授权"),
      validFrom: optional(get("生效日期")),
      validTo: optional(get("失效日期")),
      version: get("事项版本")
    }
    for (const key of Object.keys(matter)) if (matter[key] === undefined) delete matter[key]
    into.matters.push(matter)
  }
}

const emptyRaw = (): RawCatalogue => ({
  region: { code: "", name: "" },
  version: "",
  asOf: "",
  departments: [],
  windows: [],
  matters: [],
  bundles: []
})

const finish = (reader: Reader, raw: RawCatalogue): Result<Catalogue> =>
  reader.issues.length > 0 ? fail(sortIssues(reader.issues)) : validateCatalogue(raw)

/**
 * Reads a catalogue from its 事项 table alone (the CSV layout): the region,
 * version and as-of date come from the first row, the departments from the
 * rows' 部门标识, 实施主体, 实施主体编码 and 部门类型; windows and bundles
 * are empty. Cell problems are issues located as `["事项", row, column]`
 * (row 2 is the first data row); the result is then validated (see
 * {@link validateCatalogue}).
 *
 * @example
 * ```ts
 * import { catalogueFromMatterTable } from "@tongban/catalog"
 *
 * const r = catalogueFromMatterTable([["事项名称"]])
 * r.ok ? "" : r.issues[0]?.code // "table_missing_columns"
 * ```
 *
 * @since 0.1.0
 * @category import
 */
export const catalogueFromMatterTable = (table: ReadonlyArray<ReadonlyArray<string>>): Result<Catalogue> => {
  const reader = new Reader()
  const raw = emptyRaw()
  readMatters(table, reader, raw, true)
  return finish(reader, raw)
}

/**
 * Reads a catalogue from all its tables (see {@link catalogueTables}), as a
 * workbook holds them: 目录, 部门, 事项 are required; 窗口, 一件事 and
 * 事项类型 optional. Cell problems are located as `[sheet, row, column]`.
 *
 * @example
 * ```ts
 * import { catalogueFromTables } from "@tongban/catalog"
 *
 * const r = catalogueFromTables({})
 * r.ok ? "" : r.issues[0]?.code // "table_missing"
 * ```
 *
 * @since 0.1.0
 * @category import
 */
export const catalogueFromTables = (
  tables: Readonly<Record<string, ReadonlyArray<ReadonlyArray<string>>>>
): Result<Catalogue> => {
  const reader = new Reader()
  const sheet = (name: string): ReadonlyArray<ReadonlyArray<string>> | undefined =>
    Object.hasOwn(tables, name) ? tables[name] : undefined
  const missing = ["目录", "部门", "事项"].filter((name) => sheet(name) === undefined)
  if (missing.length > 0) {
    return fail(
      makeIssue({
        code: "table_missing",
        path: [],
        facts: { sheets: missing },
        message: { zh: `缺少工作表：${missing.join("、")}`, en: `missing sheets: ${missing.join(", ")}` }
      })
    )
  }
  const raw = emptyRaw()
  const meta = recordsOf("目录", sheet("目录") ?? [], ["区划代码", "区划名称", "目录版本", "截至日期"], reader)[0]
  if (meta !== undefined) {
    raw.region = { code: meta.get("区划代码"), name: meta.get("区划名称") }
    raw.version = meta.get("目录版本")
    raw.asOf = meta.get("截至日期")
  }
  for (const { row, get } of recordsOf(
    "部门",
    sheet("部门") ?? [],
    ["部门标识", "部门名称", "统一社会信用代码", "部门类型"],
    reader
  )) {
    raw.departments.push({
      id: get("部门标识"),
      name: get("部门名称"),
      creditCode: get("统一社会信用代码"),
      kind: reader.code(DEPARTMENT_KINDS, get("部门类型"), ["部门", row, "部门类型"], "部门类型")
    })
  }
  for (const { row, get } of recordsOf(
    "窗口",
    sheet("窗口") ?? [],
    ["窗口标识", "窗口名称", "窗口类型", "服务部门"],
    reader
  )) {
    raw.windows.push({
      id: get("窗口标识"),
      name: get("窗口名称"),
      kind: reader.code(WINDOW_KINDS, get("窗口类型"), ["窗口", row, "窗口类型"], "窗口类型"),
      departments: get("服务部门")
        .split(/[;；,，\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== "")
    })
  }
  const types = sheet("事项类型")
  if (types !== undefined) {
    raw.matterTypes = recordsOf("事项类型", types, ["代码", "名称"], reader).map(({ get }) => ({
      code: get("代码"),
      name: get("名称")
    }))
  }
  readMatters(sheet("事项") ?? [], reader, raw, false)
  const bundleHeaders = [
    "一件事标识",
    "一件事名称",
    "牵头部门",
    "协办部门",
    "包含事项",
    "承诺办结时限",
    "到办事现场次数"
  ]
  for (const { row, get } of recordsOf("一件事", sheet("一件事") ?? [], bundleHeaders, reader)) {
    const steps = optional(get("办理环节数"))
    raw.bundles.push({
      id: get("一件事标识"),
      name: get("一件事名称"),
      lead: get("牵头部门"),
      partners: get("协办部门")
        .split(/[;；,，\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== ""),
      matters: get("包含事项")
        .split(/[;；,，\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== ""),
      promisedLimit: reader.limit(get("承诺办结时限"), ["一件事", row, "承诺办结时限"]),
      trips: reader.int(get("到办事现场次数"), ["一件事", row, "到办事现场次数"]),
      ...(steps === undefined ? {} : { steps: reader.int(steps, ["一件事", row, "办理环节数"]) })
    })
  }
  return finish(reader, raw)
}

/**
 * Is the table's first row the 事项 header (at least its identifying
 * columns)? Lets a reader tell a matter CSV from other CSV.
 *
 * @example
 * ```ts
 * import { isMatterTable } from "@tongban/catalog"
 *
 * isMatterTable([["事项名称", "基本编码", "实施编码", "部门标识"]]) // true
 * isMatterTable([["name"]]) // false
 * ```
 *
 * @since 0.1.0
 * @category guards
 */
export const isMatterTable = (table: ReadonlyArray<ReadonlyArray<string>>): boolean => {
  const header = table[0]?.map((h) => h.trim()) ?? []
  return ["事项名称", "基本编码", "实施编码", "部门标识"].every((h) => header.includes(h))
}
