/**
 * Rendering command results as a table, JSON or CSV.
 *
 * @since 0.1.0
 */
import { formatCsv } from "@tongban/core"

/**
 * A cell of a table: text, a number, a flag or nothing.
 *
 * @since 0.1.0
 * @category models
 */
export type Cell = string | number | boolean | null

/**
 * Rows under named columns, the shape every tabular command output takes.
 *
 * @since 0.1.0
 * @category models
 */
export interface Table {
  readonly columns: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<Cell>>
}

const isWide = (codePoint: number): boolean =>
  (codePoint >= 0x1100 && codePoint <= 0x115f) ||
  (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
  (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
  (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
  (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
  (codePoint >= 0xff00 && codePoint <= 0xff60) ||
  (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
  (codePoint >= 0x20000 && codePoint <= 0x3fffd)

/**
 * The width of a string on a terminal: Chinese characters take two columns.
 *
 * @example
 * ```ts
 * import { displayWidth } from "@tongban/cli"
 *
 * displayWidth("营业执照") // 8
 * displayWidth("abc") // 3
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const displayWidth = (text: string): number => {
  let width = 0
  for (const ch of text) width += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1
  return width
}

const cellText = (cell: Cell): string =>
  cell === null ? "" : typeof cell === "boolean" ? (cell ? "1" : "0") : String(cell)

/**
 * Renders a table with aligned columns (numbers to the right).
 *
 * @example
 * ```ts
 * import { renderTable } from "@tongban/cli"
 *
 * renderTable({ columns: ["a", "b"], rows: [["x", 1]] }).split("\n").length // 3
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const renderTable = (table: Table): string => {
  const widths = table.columns.map((c) => displayWidth(c))
  for (const row of table.rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cellText(cell)))
    })
  }
  const line = (cells: ReadonlyArray<Cell>, header: boolean): string =>
    cells
      .map((cell, i) => {
        const text = cellText(cell)
        const pad = " ".repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(text)))
        return !header && typeof cell === "number" ? pad + text : text + pad
      })
      .join("  ")
      .trimEnd()
  const rule = widths.map((w) => "-".repeat(w)).join("  ")
  return [line(table.columns, true), rule, ...table.rows.map((r) => line(r, false))].join("\n")
}

/**
 * Renders a table as CSV with core's writer (RFC 4180, here with `\n` line
 * ends for a terminal): a text cell that a spreadsheet would run as a
 * formula gets a leading `'`; flags are written `1` and `0` as in a table.
 *
 * @example
 * ```ts
 * import { renderCsv } from "@tongban/cli"
 *
 * renderCsv({ columns: ["date", "working"], rows: [["2026-10-01", 0]] }) // "date,working\n2026-10-01,0\n"
 * renderCsv({ columns: ["name"], rows: [["=HYPERLINK()"]] }) // "name\n'=HYPERLINK()\n"
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const renderCsv = (table: Table): string =>
  formatCsv(
    [table.columns, ...table.rows.map((row) => row.map((cell) => (typeof cell === "boolean" ? (cell ? 1 : 0) : cell)))],
    { newline: "\n" }
  )
