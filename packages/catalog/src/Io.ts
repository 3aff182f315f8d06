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
import { coreCodes, fail, formatCsv, ok, parseCsv, type Result } from "@tongban/core"
import { type CellObject, read, utils, write } from "@e965/xlsx"
import type { ColumnMapping } from "./Headers.js"
import { sizeText } from "./internal/size.js"
import { inspectZip, type ZipProblem } from "./internal/zip.js"
import type { Catalogue } from "./Schema.js"
import {
  catalogueFromMatterTable,
  catalogueFromTables,
  catalogueTables,
  type ImportedCatalogue,
  importMatterTable,
  importTables,
  matterTable
} from "./Tabular.js"
import { catalogCodes } from "./IssueCodes.js"
import { DEFAULT_MAX_BYTES, textOf } from "./Text.js"
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
  /** Most bytes the entries of a workbook may unpack to, together. Default 256 MiB. */
  readonly maxUnpackedBytes?: number
  /** The user's own column names of the matter table (see {@link ColumnMapping}). */
  readonly columns?: ColumnMapping
}

/**
 * The bounds of the workbook reader: at most 10,000 zip entries, 256 MiB
 * unpacked, 1,000,001 rows and 512 columns a sheet. Within them a workbook
 * of 50,000 matters reads in seconds; beyond them the reader stops with an
 * issue before doing the work.
 *
 * @example
 * ```ts
 * import { XLSX_LIMITS } from "@tongban/catalog"
 *
 * XLSX_LIMITS.maxColumns // 512
 * ```
 *
 * @since 0.2.0
 * @category constants
 */
export const XLSX_LIMITS = {
  maxEntries: 10_000,
  maxUnpackedBytes: 256 * 1024 * 1024,
  maxRows: 1_000_001,
  maxColumns: 512
} as const

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
    return fail(coreCodes.issue("json_malformed", { facts: { detail: detail.slice(0, 200) } }))
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
 * r.ok ? "" : r.issues[0]?.code // "csv_quote_unclosed"
 * ```
 *
 * @since 0.1.0
 * @category import
 */
export const catalogueFromCsv = (input: string | Uint8Array, options?: ImportOptions): Result<Catalogue> => {
  const rows = csvRows(input, options)
  return rows.ok ? catalogueFromMatterTable(rows.value, tableOptions(options)) : rows
}

const csvRows = (input: string | Uint8Array, options?: ImportOptions): Result<ReadonlyArray<ReadonlyArray<string>>> => {
  const text = textOf(input, options)
  // Our own exports carry core's formula guard (a leading ' before = + - @): read them back unguarded.
  return text.ok ? parseCsv(text.value, { unguard: true }) : text
}

const tableOptions = (options?: ImportOptions): { readonly columns?: ColumnMapping } =>
  options?.columns === undefined ? {} : { columns: options.columns }

/**
 * Reads a CSV of the 事项 table leniently (see {@link importMatterTable}):
 * the catalogue as the list carries it and its issues, errors and warnings
 * apart. Fails only when there is no table to read (`input_too_large`,
 * `encoding_unknown`, and the CSV issues of `parseCsv` in `@tongban/core`, such as `csv_quote_unclosed`).
 *
 * @example
 * ```ts
 * import { importCatalogueCsv } from "@tongban/catalog"
 *
 * const r = importCatalogueCsv("序号,事项名称,承诺时限\n1,临时救助,即办\n")
 * r.ok ? r.value.catalogue.matters.map((m) => m.name) : [] // ["临时救助"]
 * r.ok ? r.value.issues.every((i) => i.severity === "warning") : false // true
 * ```
 *
 * @since 0.2.0
 * @category import
 */
export const importCatalogueCsv = (input: string | Uint8Array, options?: ImportOptions): Result<ImportedCatalogue> => {
  const rows = csvRows(input, options)
  return rows.ok ? ok(importMatterTable(rows.value, tableOptions(options))) : rows
}

/**
 * Writes the catalogue's 事项 table as CSV (UTF-8, CRLF), with the formula
 * guard of `formatCsv` in `@tongban/core`: a cell beginning with `=`, `+`,
 * `-` or `@` gets a leading apostrophe, which the readers here remove.
 * Windows, bundles and declared matter types are not in this table: use XLSX
 * or JSON to keep them.
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
  return formatCsv([table.header, ...table.rows])
}

const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

/** A cell's text: numbers as their value (so an Excel date stays its serial), text as written. */
const cellText = (cell: CellObject | undefined): string => {
  if (cell === undefined) return ""
  const v: unknown = cell.v
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : ""
  if (typeof v === "string") return v
  if (typeof v === "boolean") return v ? "是" : "否"
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10)
  return typeof cell.w === "string" ? cell.w : ""
}

const zipIssue = (problem: ZipProblem) => {
  switch (problem.kind) {
    case "truncated":
      return catalogCodes.issue("xlsx_truncated", { facts: { detail: problem.detail, detailZh: problem.detailZh } })
    case "unsupported":
      return catalogCodes.issue("xlsx_unsupported", { facts: { detail: problem.detail, detailZh: problem.detailZh } })
    case "too_many_entries":
      return catalogCodes.issue("xlsx_too_many_entries", { facts: { entries: problem.entries, max: problem.max } })
    case "too_large_unpacked":
      return catalogCodes.issue("xlsx_too_large_unpacked", { facts: { max: problem.max, size: sizeText(problem.max) } })
    case "corrupt":
      return catalogCodes.issue("xlsx_corrupt", { facts: { detail: problem.detail, detailZh: problem.detailZh } })
  }
}

const workbookTables = (
  bytes: Uint8Array,
  options?: ImportOptions
): Result<Readonly<Record<string, ReadonlyArray<ReadonlyArray<string>>>>> => {
  // From plain JavaScript: what is not bytes is not a workbook.
  const given: unknown = bytes
  if (!(given instanceof Uint8Array)) return fail(catalogCodes.issue("xlsx_not_workbook", { facts: { size: 0 } }))
  const max = options?.maxBytes ?? DEFAULT_MAX_BYTES
  if (bytes.length > max) {
    return fail(
      catalogCodes.issue("input_too_large", {
        facts: { size: bytes.length, max, sizeText: sizeText(bytes.length), maxText: sizeText(max) }
      })
    )
  }
  if (!isZip(bytes)) {
    return fail(catalogCodes.issue("xlsx_not_workbook", { facts: { size: bytes.length } }))
  }
  // SheetJS trusts the container; a cut-short one sends it into an endless loop (see internal/zip.ts).
  const problem = inspectZip(bytes, {
    maxEntries: XLSX_LIMITS.maxEntries,
    maxUnpackedBytes: options?.maxUnpackedBytes ?? XLSX_LIMITS.maxUnpackedBytes
  })
  if (problem !== undefined) return fail(zipIssue(problem))
  const tables: Record<string, ReadonlyArray<ReadonlyArray<string>>> = {}
  try {
    const book = read(bytes, {
      type: "array",
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellNF: false,
      cellStyles: false,
      cellDates: false
    })
    for (const name of book.SheetNames) {
      const sheet = book.Sheets[name]
      if (sheet === undefined || Object.hasOwn(tables, name)) continue
      const data: ReadonlyArray<ReadonlyArray<CellObject | undefined> | undefined> = sheet["!data"] ?? []
      if (data.length > XLSX_LIMITS.maxRows) return fail(sheetTooBig(name, "rows", data.length, XLSX_LIMITS.maxRows))
      const rows: Array<ReadonlyArray<string>> = []
      for (let r = 0; r < data.length; r++) {
        const row = data[r]
        if (row === undefined) {
          rows.push([])
          continue
        }
        if (row.length > XLSX_LIMITS.maxColumns) {
          return fail(sheetTooBig(name, "columns", row.length, XLSX_LIMITS.maxColumns))
        }
        const cells: Array<string> = []
        for (let c = 0; c < row.length; c++) cells.push(cellText(row[c]))
        rows.push(cells)
      }
      // A sheet may be named __proto__: define, never assign.
      Object.defineProperty(tables, name, { value: rows, enumerable: true })
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return fail(catalogCodes.issue("xlsx_unreadable", { facts: { detail: detail.slice(0, 200) } }))
  }
  return ok(tables)
}

const sheetTooBig = (sheet: string, what: "rows" | "columns", count: number, max: number) =>
  catalogCodes.issue("xlsx_sheet_too_large", {
    path: [sheet],
    facts: { sheet, what, count, max },
    ...(what === "columns" ? { variant: "columns" } : {})
  })

/**
 * Reads a catalogue from an XLSX workbook, strictly: the multi-sheet form of
 * {@link catalogueTables}, or a one-sheet list (see {@link importTables}).
 * Bytes that are not a zip container are `xlsx_not_workbook`; a container
 * cut short, damaged, encrypted, or unpacking beyond its limits
 * (`XLSX_LIMITS`) `xlsx_truncated`, `xlsx_corrupt`, `xlsx_unsupported`,
 * `xlsx_too_many_entries`, `xlsx_too_large_unpacked`; a sheet beyond the
 * row or column limit `xlsx_sheet_too_large`; anything else the reader
 * cannot open `xlsx_unreadable`. Each check is bounded by the size of the
 * file: no workbook makes it hang.
 *
 * @example
 * ```ts
 * import { catalogueFromXlsx } from "@tongban/catalog"
 *
 * const r = catalogueFromXlsx(new TextEncoder().encode("事项名称,基本编码"))
 * r.ok ? "" : r.issues[0]?.code // "xlsx_not_workbook"
 * const cut = catalogueFromXlsx(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]))
 * cut.ok ? "" : cut.issues[0]?.code // "xlsx_truncated"
 * ```
 *
 * @since 0.1.0
 * @category import
 */
export const catalogueFromXlsx = (bytes: Uint8Array, options?: ImportOptions): Result<Catalogue> => {
  const tables = workbookTables(bytes, options)
  return tables.ok ? catalogueFromTables(tables.value, tableOptions(options)) : tables
}

/**
 * Reads an XLSX workbook leniently (see {@link importTables}): a one-sheet
 * provincial list like a CSV, or the multi-sheet form. Fails only when there
 * is no workbook to read (see {@link catalogueFromXlsx} for the codes).
 *
 * @example
 * ```ts
 * import { importCatalogueXlsx } from "@tongban/catalog"
 *
 * const r = importCatalogueXlsx(Uint8Array.from([0x50, 0x4b, 0x03, 0x04]))
 * r.ok ? "" : r.issues[0]?.code // "xlsx_truncated"
 * ```
 *
 * @since 0.2.0
 * @category import
 */
export const importCatalogueXlsx = (bytes: Uint8Array, options?: ImportOptions): Result<ImportedCatalogue> => {
  const tables = workbookTables(bytes, options)
  return tables.ok ? importTables(tables.value, tableOptions(options)) : tables
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
 * Reads a catalogue in the given format leniently: CSV and XLSX through
 * {@link importCatalogueCsv} and {@link importCatalogueXlsx}; JSON, written
 * by programs rather than clerks, is read strictly and comes back with no
 * issue when valid.
 *
 * @example
 * ```ts
 * import { importCatalogue } from "@tongban/catalog"
 *
 * const r = importCatalogue(new TextEncoder().encode("事项名称,跑动次数\n临时救助,1\n"), "csv")
 * r.ok ? r.value.catalogue.matters[0]?.trips : undefined // 1
 * ```
 *
 * @since 0.2.0
 * @category import
 */
export const importCatalogue = (
  bytes: Uint8Array,
  format: CatalogueFormat,
  options?: ImportOptions
): Result<ImportedCatalogue> => {
  if (format === "xlsx") return importCatalogueXlsx(bytes, options)
  if (format === "csv") return importCatalogueCsv(bytes, options)
  const r = catalogueFromJson(bytes, options)
  return r.ok ? ok({ catalogue: r.value, issues: [] }) : r
}

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
