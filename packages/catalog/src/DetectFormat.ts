/**
 * Which catalogue format a file holds, by its name and, when the name does
 * not say, by its first bytes.
 *
 * Glossary: 事项目录 = matter catalogue.
 *
 * @since 0.2.0
 */
import { type CatalogueFormat, formatOfPath } from "./Io.js"

const isBlank = (byte: number | undefined): boolean => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09

/**
 * The format of a catalogue file: its extension (`.json`, `.csv`,
 * `.xlsx`) when it has one of those, else its first bytes: a ZIP signature
 * (`PK`, the container of every XLSX workbook) is `xlsx`; text whose first
 * character after an optional UTF-8 BOM and blanks is `{` is `json`;
 * anything else is `csv`. Give the result to `readCatalogue`.
 *
 * @example
 * ```ts
 * import { detectCatalogueFormat } from "@tongban/catalog"
 *
 * detectCatalogueFormat("catalogue.CSV", new Uint8Array()) // "csv"
 * detectCatalogueFormat("export", new Uint8Array([0x50, 0x4b, 0x03, 0x04])) // "xlsx"
 * detectCatalogueFormat("export", new TextEncoder().encode('\uFEFF  {"matters": []}')) // "json"
 * detectCatalogueFormat("export", new TextEncoder().encode("事项名称,实施编码")) // "csv"
 * ```
 *
 * @since 0.2.0
 * @category import
 */
export const detectCatalogueFormat = (path: string, bytes: Uint8Array): CatalogueFormat => {
  const byName = typeof path === "string" ? formatOfPath(path) : undefined
  if (byName !== undefined) return byName
  // From plain JavaScript: not bytes says nothing about the format; the CSV reader reports what is wrong.
  const given: unknown = bytes
  if (!(given instanceof Uint8Array)) return "csv"
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "xlsx"
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  while (i < bytes.length && isBlank(bytes[i])) i++
  return bytes[i] === 0x7b ? "json" : "csv"
}
