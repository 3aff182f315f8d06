/**
 * Import and export of whole catalogues: JSON, CSV (the 事项 table) and XLSX
 * workbooks (every table, one sheet each). Input is text or bytes, never a
 * file: reading files is the caller's business (the CLI does it).
 *
 * Hostile input — `__proto__` or `constructor` keys, huge files, deep
 * nesting, text in GBK, a file that is not a workbook — gives issues, never
 * a crash, a hang or a changed prototype.
 *
 * Glossary: 导入 = import, 导出 = export, 工作簿 = workbook, 工作表 = sheet.
 *
 * XLSX is read and written with `@e965/xlsx` (SheetJS Community Edition
 * 0.20.3, pure JavaScript, no native code; it fixes the prototype-pollution
 * and ReDoS advisories of `xlsx@0.18.5`).
 *
 * @since 0.1.0
 */
import { fail, makeIssue, type Result } from "@tongban/core"
import { read, utils, write } from "@e965/xlsx"
import type { Catalogue } from "./Schema.js"
import { catalogueFromMatterTable, catalogueFromTables, catalogueTables, matterTable } from "./Tabular.js"
import { DEFAULT_MAX_BYTES, parseCsv, renderCsvRows, textOf } from "./Text.js"
import { validateCatalogue } from "./Validate.js"

/**
 * Options of the importers.
 *
 * @since 0.1.0
 * @category models
 */
export interface ImportOptions {
  /** Largest input accepted, in bytes (for text: UTF-16 code units). Default 64 MiB. */
  readonly maxBytes?: number
}

/**
 * Reads a catalogue from JSON text or bytes (UTF-8, or GBK when not UTF-8),
 * and validates it (see {@link validateCatalogue}). Malformed JSON is
 * `json_malformed`, input above `maxBytes` `input_too_large`; `__proto__`,
 * `constructor` and `prototype` keys are `json_forbidden_key`.
 *
 * @example
 * ```ts
 * import { catalogueFromJson } from "@tongban/catalog"
 *
 * const r = catalogueFromJson('{"__proto__": {"polluted": true}}')
 * r.ok ? "" : r.issues[0]?.code // "json_forbidden_key"
 * ```
 *
 * @since 0.1.0
 * @category import
 */
export const catalogueFromJson = (input: string | Uint8Array, options?: ImportOptions): Result<Catalogue> => {
  const text = textOf(input, options)
  if (!text.ok) return text
  // Not core's parseJson: its walk of every node (for forbidden keys and
  // depth) costs a path per node and exhausts memory on a 50 MB array.
  // validateCatalogue gives the same protection through strict schemas.
  let value: unknown
  try {
    value = JSON.parse(text.value)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return fail(
      makeIssue({
        code: "json_malformed",
        facts: { detail: detail.slice(0, 200) },
        message: { zh: `JSON 格式错误：${detail.slice(0, 200)}`, en: `malformed JSON: ${detail.slice(0, 200)}` }
      })
    )
  }
  return validateCatalogue(value)
}

/**
 * Writes a catalogue as JSON (two-space indent, a final line break).
 *
 * @example
 * ```ts
 * import { catalogueToJson } from "@tongban/catalog"
 *
 * catalogueToJson({
 *   region: { code: "522600", name: "黔东南州" }, version: "1", asOf: "2026-01-01",
 *   departments: [], windows: [], matters: [], bundles: []
 * }).startsWith("{\n  \"region\"") // true
 * ```
 *
 * @since 0.1.0
 * @category export
 */
export const catalogueToJson = (catalogue: Catalogue): string => `${JSON.stringify(catalogue, null, 2)}\n`

/**
 * Reads a catalogue from a CSV of the 事项 table (see
 * {@link catalogueFromMatterTable}), as text or bytes in UTF-8 or GBK.
 *
 * @example
 * ```ts
 * import { catalogueFromCsv } from "@tongban/catalog"
 *
 * const r = catalogueFromCsv('事项名称,"未闭合')
 * r.ok ? "" : r.issues[0]?.code // "csv_unterminated_quote"
 * ```
 *
 * @since 0.1.0
 * @category import
 */
export const catalogueFromCsv = (input: string | Uint8Array, options?: ImportOptions): Result<Catalogue> => {
  const text = textOf(input, options)
  if (!text.ok) return text
  const rows = parseCsv(text.value)
  if (!rows.ok) return rows
  return catalogueFromMatterTable(rows.value)
}

/**
 * Writes the catalogue's 事项 table as CSV (UTF-8, CRLF). Windows, bundles
 * and declared matter types are not in this table: use XLSX or JSON to keep
 * them.
 *
 * @example
 * ```ts
 * import { catalogueToCsv } from "@tongban/catalog"
 *
 * catalogueToCsv({
 *   region: { code: "522600", name: "黔东南州" }, version: "1", asOf: "2026-01-01",
 *   departments: [], windows: [], matters: [], bundles: []
 * }).startsWith("区划代码,区划名称") // true
 * ```
 *
 * @since 0.1.0
 * @category export
 */
export const catalogueToCsv = (catalogue: Catalogue): string => {
  const table = matterTable(catalogue)
  return renderCsvRows([table.header, ...table.rows])
}

const isZip = (bytes: Uint8Array): boolean =>
  bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

const cellText = (value: unknown): string =>
  typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : ""

/**
 * Reads a catalogue from an XLSX workbook with the sheets of
 * {@link catalogueTables}. Bytes that are not a zip container are
 * `xlsx_not_workbook`; a workbook the reader cannot open is
 * `xlsx_unreadable`.
 *
 * @example
 * ```ts
 * import { catalogueFromXlsx } from "@tongban/catalog"
 *
 * const r = catalogueFromXlsx(new TextEncoder().encode("事项名称,基本编码"))
 * r.ok ? "" : r.issues[0]?.code // "xlsx_not_workbook"
 * ```
 *
 * @since 0.1.0
 * @category import
 */
export const catalogueFromXlsx = (bytes: Uint8Array, options?: ImportOptions): Result<Catalogue> => {
  const max = options?.maxBytes ?? DEFAULT_MAX_BYTES
  if (bytes.length > max) {
    return fail(
      makeIssue({
        code: "input_too_large",
        facts: { size: bytes.length, max },
        message: {
          zh: `输入过大：${bytes.length} 字节，上限 ${max}`,
          en: `input too large: ${bytes.length} bytes, the limit is ${max}`
        }
      })
    )
  }
  if (!isZip(bytes)) {
    return fail(
      makeIssue({
        code: "xlsx_not_workbook",
        facts: { size: bytes.length },
        message: {
          zh: "输入不是 XLSX 工作簿（不是 zip 容器）",
          en: "the input is not an XLSX workbook (not a zip container)"
        }
      })
    )
  }
  const tables: Record<string, ReadonlyArray<ReadonlyArray<string>>> = {}
  try {
    const book = read(bytes, { type: "array", cellFormula: false, cellHTML: false, cellNF: false, cellStyles: false })
    for (const name of book.SheetNames) {
      const sheet = book.Sheets[name]
      if (sheet === undefined || Object.hasOwn(tables, name)) continue
      const rows: ReadonlyArray<unknown> = utils.sheet_to_json(sheet, {
        header: 1,
        raw: false,
        defval: "",
        blankrows: false
      })
      tables[name] = rows.map((row) => (Array.isArray(row) ? row.map(cellText) : []))
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return fail(
      makeIssue({
        code: "xlsx_unreadable",
        facts: { detail: detail.slice(0, 200) },
        message: {
          zh: `无法读取 XLSX 工作簿：${detail.slice(0, 200)}`,
          en: `cannot read the XLSX workbook: ${detail.slice(0, 200)}`
        }
      })
    )
  }
  return catalogueFromTables(tables)
}

/**
 * Writes a catalogue as an XLSX workbook, one sheet per table of
 * {@link catalogueTables}.
 *
 * @example
 * ```ts
 * import { catalogueToXlsx } from "@tongban/catalog"
 *
 * const bytes = catalogueToXlsx({
 *   region: { code: "522600", name: "黔东南州" }, version: "1", asOf: "2026-01-01",
 *   departments: [], windows: [], matters: [], bundles: []
 * })
 * bytes[0] === 0x50 && bytes[1] === 0x4b // true: a zip container
 * ```
 *
 * @since 0.1.0
 * @category export
 */
export const catalogueToXlsx = (catalogue: Catalogue): Uint8Array => {
  const book = utils.book_new()
  for (const [name, table] of Object.entries(catalogueTables(catalogue))) {
    const sheet = utils.aoa_to_sheet([[...table.header], ...table.rows.map((r) => [...r])], { cellDates: false })
    utils.book_append_sheet(book, sheet, name)
  }
  const out: unknown = write(book, { type: "array", bookType: "xlsx", compression: true })
  return out instanceof ArrayBuffer ? new Uint8Array(out) : new Uint8Array(0)
}

/**
 * The formats a catalogue can be read from and written to.
 *
 * @since 0.1.0
 * @category models
 */
export type CatalogueFormat = "json" | "csv" | "xlsx"

/**
 * Reads a catalogue in the given format from bytes.
 *
 * @example
 * ```ts
 * import { readCatalogue } from "@tongban/catalog"
 *
 * readCatalogue(new TextEncoder().encode("{}"), "json").ok // false: region, version … are missing
 * ```
 *
 * @since 0.1.0
 * @category import
 */
export const readCatalogue = (
  bytes: Uint8Array,
  format: CatalogueFormat,
  options?: ImportOptions
): Result<Catalogue> =>
  format === "xlsx"
    ? catalogueFromXlsx(bytes, options)
    : format === "csv"
      ? catalogueFromCsv(bytes, options)
      : catalogueFromJson(bytes, options)

/**
 * Writes a catalogue in the given format, as bytes (UTF-8 for JSON and CSV).
 *
 * @example
 * ```ts
 * import { writeCatalogue } from "@tongban/catalog"
 *
 * const c = {
 *   region: { code: "522600", name: "黔东南州" }, version: "1", asOf: "2026-01-01",
 *   departments: [], windows: [], matters: [], bundles: []
 * }
 * new TextDecoder().decode(writeCatalogue(c, "json")).includes("522600") // true
 * ```
 *
 * @since 0.1.0
 * @category export
 */
export const writeCatalogue = (catalogue: Catalogue, format: CatalogueFormat): Uint8Array =>
  format === "xlsx"
    ? catalogueToXlsx(catalogue)
    : new TextEncoder().encode(format === "csv" ? catalogueToCsv(catalogue) : catalogueToJson(catalogue))

/**
 * The format a file name suggests (`.json`, `.csv`, `.xlsx`), or `undefined`.
 *
 * @example
 * ```ts
 * import { formatOfPath } from "@tongban/catalog"
 *
 * formatOfPath("t-county.XLSX") // "xlsx"
 * formatOfPath("notes.txt") // undefined
 * ```
 *
 * @since 0.1.0
 * @category utils
 */
export const formatOfPath = (path: string): CatalogueFormat | undefined => {
  const m = /\.(json|csv|xlsx)$/i.exec(path)
  const ext = m?.[1]?.toLowerCase()
  return ext === "json" || ext === "csv" || ext === "xlsx" ? ext : undefined
}
