/**
 * The column names real lists use. Provincial portals and county
 * spreadsheets name the same element in several ways (承诺时限 or
 * 承诺办结时限, 统一社会信用代码 or 实施主体编码); this module maps each name
 * to one column of the 事项 table, and a user's own mapping covers the rest.
 *
 * Glossary: 表头 = header, 列名 = column name, 别名 = alias, 序号 = row
 * number (ignored), 事项编码 = item code (its shape tells which code it is),
 * 地方事项编码 = the province's own item code.
 *
 * @since 0.2.0
 */
import { fail, formatCsv, type Issue, ok, type PathSegment, type Result } from "@tongban/core"
import { catalogCodes } from "./IssueCodes.js"

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
  "地方事项编码",
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

/**
 * Other names of the 事项 table's columns, as provincial exports and county
 * lists write them. The canonical name (the key) is always accepted too.
 * `事项编码` is read by shape: 31 characters an implementation code, 12 (or
 * 10, 24) a basic code, anything else a local item code.
 *
 * @example
 * ```ts
 * import { COLUMN_ALIASES } from "@tongban/catalog"
 *
 * COLUMN_ALIASES["承诺办结时限"] // ["承诺时限", "承诺期限", "承诺办理时限"]
 * ```
 *
 * @since 0.2.0
 * @category constants
 */
export const COLUMN_ALIASES: Readonly<Record<string, ReadonlyArray<string>>> = {
  区划代码: ["行政区划代码", "区划编码"],
  区划名称: ["行政区划名称", "行政区划"],
  目录版本: ["清单版本", "版本"],
  截至日期: ["统计日期", "更新日期"],
  部门标识: ["部门编号"],
  实施主体: ["部门名称", "实施机构", "实施主体名称", "实施部门", "实施机关"],
  实施主体编码: ["统一社会信用代码", "实施主体统一社会信用代码", "实施机构统一社会信用代码", "部门统一社会信用代码"],
  部门类型: ["实施主体性质", "实施主体类型"],
  事项名称: ["名称", "事项名", "实施清单名称", "服务事项名称"],
  基本编码: ["事项基本编码", "基本目录编码"],
  实施编码: ["事项实施编码", "实施清单编码"],
  地方事项编码: ["地方编码", "本地事项编码", "省级事项编码"],
  事项类型: ["事项类别", "权力类型", "权力类别"],
  行使层级: ["层级", "行使级别"],
  服务对象: ["面向对象", "服务对象类型"],
  办理形式: ["办理方式"],
  网办深度: ["网上办理深度", "网办程度"],
  办件类型: ["办件类别"],
  法定办结时限: ["法定时限", "法定期限", "法定办理时限"],
  承诺办结时限: ["承诺时限", "承诺期限", "承诺办理时限"],
  到办事现场次数: ["跑动次数", "到现场次数", "到办事现场最多次数", "最多跑动次数"],
  到现场原因: ["到现场理由", "必须现场办理原因说明", "到办事现场原因"],
  申请材料: ["材料", "申请材料清单"],
  受理条件: ["申请条件", "办理条件"],
  办理流程: ["办理环节", "流程"],
  特别程序: [],
  收费: ["收费项目", "收费标准"],
  设定依据: ["法律依据", "实施依据"],
  办理结果: ["审批结果", "结果名称"],
  办理地点: ["受理地点"],
  办理时间: ["受理时间"],
  咨询电话: ["咨询方式"],
  监督电话: ["监督投诉电话", "投诉电话", "监督投诉方式"],
  窗口授权: ["窗口审批授权"],
  生效日期: ["实施日期"],
  失效日期: ["废止日期"],
  事项版本: ["版本号"]
}

/**
 * Column names that are read and ignored without a warning: a row number
 * (序号) carries nothing about the matter.
 *
 * @example
 * ```ts
 * import { IGNORED_COLUMNS } from "@tongban/catalog"
 *
 * IGNORED_COLUMNS.includes("序号") // true
 * ```
 *
 * @since 0.2.0
 * @category constants
 */
export const IGNORED_COLUMNS: ReadonlyArray<string> = ["序号", "编号", "行号"]

/** The header read by shape: 31, 12 (10, 24) characters or another local code. */
export const ITEM_CODE_HEADER = "事项编码"

/**
 * A user's mapping of column names (`--columns mapping.json`): each key is a
 * name in the file, each value a column of the 事项 table (a key of
 * {@link COLUMN_ALIASES}, or `事项编码`, or `序号` to ignore it).
 *
 * @since 0.2.0
 * @category models
 */
export type ColumnMapping = Readonly<Record<string, string>>

/** A header cell as compared: no surrounding or inner white space, no `*` marking a required column. */
const tidy = (header: string): string => header.replace(/[\s\u3000*＊]/g, "")

const aliasIndex = (() => {
  let index: Map<string, string> | undefined
  return (): Map<string, string> => {
    if (index !== undefined) return index
    const built = new Map<string, string>()
    for (const canonical of MATTER_HEADERS) built.set(canonical, canonical)
    for (const [canonical, names] of Object.entries(COLUMN_ALIASES)) {
      for (const name of names) if (!built.has(name)) built.set(name, canonical)
    }
    built.set(ITEM_CODE_HEADER, ITEM_CODE_HEADER)
    index = built
    return built
  }
})()

/**
 * What one header of a file means: a column of the 事项 table, `事项编码`,
 * ignored, or unknown.
 *
 * @since 0.2.0
 * @category models
 */
export type ColumnMeaning =
  | { readonly kind: "column"; readonly column: string }
  | { readonly kind: "ignored" }
  | { readonly kind: "unknown" }

/**
 * What a header of a file means, after the user's mapping and the aliases.
 *
 * @example
 * ```ts
 * import { columnMeaning } from "@tongban/catalog"
 *
 * columnMeaning("承诺时限") // { kind: "column", column: "承诺办结时限" }
 * columnMeaning("*事项名称") // { kind: "column", column: "事项名称" }
 * columnMeaning("序号") // { kind: "ignored" }
 * columnMeaning("备用字段") // { kind: "unknown" }
 * columnMeaning("办理时限", { 办理时限: "承诺办结时限" }) // { kind: "column", column: "承诺办结时限" }
 * ```
 *
 * @since 0.2.0
 * @category import
 */
export const columnMeaning = (header: string, mapping?: ColumnMapping): ColumnMeaning => {
  const name = tidy(header)
  const mapped = mapping !== undefined && Object.hasOwn(mapping, name) ? mapping[name] : undefined
  const target = mapped === undefined ? name : tidy(mapped)
  if (IGNORED_COLUMNS.includes(target)) return { kind: "ignored" }
  const column = aliasIndex().get(target)
  return column === undefined ? { kind: "unknown" } : { kind: "column", column }
}

/**
 * Checks a user's column mapping (the parsed `mapping.json`): an object of
 * names to columns the 事项 table has. Issues: `column_mapping_invalid` for
 * anything but such an object, `column_mapping_unknown_target` for each
 * value that names no column.
 *
 * @example
 * ```ts
 * import { checkColumnMapping } from "@tongban/catalog"
 *
 * checkColumnMapping({ 办理时限: "承诺办结时限" }).ok // true
 * const bad = checkColumnMapping({ 办理时限: "时限" })
 * bad.ok ? "" : bad.issues[0]?.code // "column_mapping_unknown_target"
 * ```
 *
 * @since 0.2.0
 * @category validation
 */
export const checkColumnMapping = (input: unknown): Result<ColumnMapping> => {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return fail(catalogCodes.issue("column_mapping_invalid"))
  }
  const issues: Array<Issue> = []
  const out: Record<string, string> = {}
  for (const key of Object.keys(input)) {
    const value: unknown = Reflect.get(input, key)
    const path: ReadonlyArray<PathSegment> = [key]
    const meaning = typeof value === "string" ? columnMeaning(value) : { kind: "unknown" as const }
    if (typeof value !== "string" || meaning.kind === "unknown") {
      issues.push(
        catalogCodes.issue("column_mapping_unknown_target", {
          path,
          facts: { column: key, target: typeof value === "string" ? value : typeof value }
        })
      )
    } else if (key !== "__proto__") Object.defineProperty(out, tidy(key), { value, enumerable: true })
  }
  return issues.length > 0 ? fail(issues) : ok(out)
}

/**
 * Is this the 14-character shape of a provincial item code, as in
 * `511A0138000000`: a GB/T 2260 province code (2 digits), one digit, one
 * capital, ten digits? The only shape we have seen in a provincial portal's
 * export; other provinces' codes are kept as local codes all the same.
 *
 * @example
 * ```ts
 * import { isProvincialItemCode } from "@tongban/catalog"
 *
 * isProvincialItemCode("511A0138000000") // true
 * isProvincialItemCode("000105001000") // false: a 12-character basic code
 * ```
 *
 * @since 0.2.0
 * @category guards
 */
export const isProvincialItemCode = (code: string): boolean => /^\d{3}[A-Z]\d{10}$/.test(code)

/**
 * The header row of the 事项 table as CSV (`tongban catalog template`): a
 * county fills it in, one matter a row, and imports it.
 *
 * @example
 * ```ts
 * import { matterTemplateCsv } from "@tongban/catalog"
 *
 * matterTemplateCsv().startsWith("区划代码,区划名称,目录版本,截至日期,部门标识") // true
 * matterTemplateCsv().endsWith("事项版本\r\n") // true
 * ```
 *
 * @since 0.2.0
 * @category export
 */
export const matterTemplateCsv = (): string => formatCsv([MATTER_HEADERS])
