/**
 * CSV: the one reader and the one writer every tongban package uses
 * (catalogues, event logs, scoring events, simulation results).
 *
 * - The reader follows RFC 4180: fields separated by commas, a field in
 *   double quotes may hold commas, line breaks and `""` for a quote; rows end
 *   in CRLF or LF; a UTF-8 byte-order mark is dropped; empty lines are
 *   skipped. It runs in one pass, linear in the input, and reports a broken
 *   file (an unclosed quote, text after a closing quote, a quote inside an
 *   unquoted field, too many rows or columns) as a located issue, never a
 *   throw or a guess.
 * - The writer quotes what needs quoting and guards every text cell that a
 *   spreadsheet would run as a formula (one starting with `=`, `+`, `-`,
 *   `@`, a tab or a carriage return gets a leading `'`, as OWASP
 *   recommends), and can start the file with the byte-order mark Excel needs
 *   to read UTF-8.
 * - Reading with `unguard: true` takes the guard off again, so that what the
 *   writer wrote reads back exactly.
 *
 * Glossary: 逗号分隔值 = CSV, 公式注入 = formula injection, 字节顺序标记 =
 * byte-order mark (BOM).
 *
 * @since 0.2.0
 */
import { codeIssue } from "./Codes.js"
import { csvCodes } from "./internal/codes.js"
import type { Issue } from "./Issue.js"
import type { Result } from "./Result.js"

/**
 * Options of the CSV reader.
 *
 * - `delimiter`: the field separator, `,` by default (`;` and tab are the
 *   other common ones).
 * - `maxLength`: the longest text accepted, in UTF-16 code units (default
 *   no limit beyond the engine's own).
 * - `maxRows`: the most rows read (default no limit); one more is
 *   `csv_too_many_rows`.
 * - `maxColumns`: the most fields in a row (default 16384, Excel's limit);
 *   one more is `csv_too_many_columns`.
 * - `unguard`: take off the formula guard of {@link formatCsv} (a leading
 *   `'` before `'`s and one of `= + - @`, tab, carriage return).
 *
 * @since 0.2.0
 * @category models
 */
export interface CsvReadOptions {
  /** The field separator, one character (default `,`). */
  readonly delimiter?: string
  /** The longest text accepted, in UTF-16 code units (default no limit). */
  readonly maxLength?: number
  /** The most rows read (default no limit). */
  readonly maxRows?: number
  /** The most fields in a row (default 16384, Excel's limit). */
  readonly maxColumns?: number
  /** Take off the formula guard the writer added (default false). */
  readonly unguard?: boolean
}

/**
 * Options of the CSV writer.
 *
 * - `bom`: start with the UTF-8 byte-order mark (U+FEFF), which Excel needs
 *   to open a UTF-8 file as UTF-8 rather than the system code page
 *   (default false).
 * - `newline`: `"\r\n"` (RFC 4180, the default) or `"\n"`.
 * - `delimiter`: the field separator, `,` by default.
 *
 * @since 0.2.0
 * @category models
 */
export interface CsvWriteOptions {
  /** Start with the UTF-8 byte-order mark Excel needs (default false). */
  readonly bom?: boolean
  /** The line ending: CRLF (RFC 4180, the default) or LF. */
  readonly newline?: "\r\n" | "\n"
  /** The field separator (default `,`). */
  readonly delimiter?: string
}

/**
 * A value the writer accepts in a cell: text, a number (written as
 * `String(n)`), a boolean (`true`/`false`), or nothing (`null` or
 * `undefined`, an empty cell).
 *
 * @since 0.2.0
 * @category models
 */
export type CsvCell = string | number | boolean | null | undefined

/**
 * What the callback of {@link forEachCsvRow} returns: `false` stops the
 * reading, anything else (or nothing) goes on.
 *
 * @since 0.2.0
 * @category models
 */
export type CsvRowCallback = (cells: Array<string>, line: number) => unknown

const QUOTE = 34
const LF = 10
const CR = 13

const guarded = /^'+[=+\-@\t\r]/
const formula = /^'*[=+\-@\t\r]/

const unguardCell = (cell: string): string => (guarded.test(cell) ? cell.slice(1) : cell)

/**
 * Reads CSV text row by row, calling `onRow(cells, line)` with the fields of
 * each row and the line (from 1) it starts on, and stops early when the
 * callback returns `false`. Returns the number of rows read, or the issue
 * that stopped the reading. Use it for large files: no table of all rows is
 * built.
 *
 * @param text - the CSV text (a leading byte-order mark is dropped)
 * @param onRow - called once per non-empty row, in order
 * @param options - see {@link CsvReadOptions}
 * @returns the number of rows passed to `onRow`, or the issue
 *
 * @example
 * ```ts
 * import { forEachCsvRow } from "@tongban/core"
 *
 * const lines: Array<number> = []
 * forEachCsvRow('a,b\n"x\ny",z\nlast,row\n', (_cells, line) => { lines.push(line) }) // { ok: true, value: 3 }
 * lines // [1, 2, 4]
 * forEachCsvRow("a\nb\nc\n", () => false) // { ok: true, value: 1 }
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const forEachCsvRow = (text: string, onRow: CsvRowCallback, options?: CsvReadOptions): Result<number> => {
  const fail = (issue: Issue): Result<number> => ({ ok: false, issues: [issue] })
  if (typeof text !== "string") {
    return fail(codeIssue(csvCodes, "csv_not_text", { facts: { type: typeof text } }))
  }
  const maxLength = options?.maxLength ?? Number.POSITIVE_INFINITY
  if (text.length > maxLength) {
    return fail(codeIssue(csvCodes, "csv_too_large", { facts: { length: text.length, maxLength } }))
  }
  const delimiter = options?.delimiter ?? ","
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n" || delimiter === "\r") {
    return fail(codeIssue(csvCodes, "csv_delimiter_invalid", { path: ["delimiter"], facts: { delimiter } }))
  }
  const DELIM = delimiter.charCodeAt(0)
  const maxRows = options?.maxRows ?? Number.POSITIVE_INFINITY
  const maxColumns = options?.maxColumns ?? 16384
  const unguard = options?.unguard === true
  const n = text.length
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  let lineStart = i
  let rows = 0
  let nextLf = text.indexOf("\n", i)
  while (i < n) {
    // Skip empty lines.
    let c = text.charCodeAt(i)
    if (c === LF) {
      i++
      line++
      lineStart = i
      continue
    }
    if (c === CR && text.charCodeAt(i + 1) === LF) {
      i += 2
      line++
      lineStart = i
      continue
    }
    const rowLine = line
    const cells: Array<string> = []
    for (;;) {
      // One field starts at i.
      if (cells.length >= maxColumns) {
        return fail(
          codeIssue(csvCodes, "csv_too_many_columns", {
            path: [rowLine],
            facts: { line: rowLine, column: i - lineStart + 1, maxColumns }
          })
        )
      }
      c = i < n ? text.charCodeAt(i) : -1
      let cell: string
      if (c === QUOTE) {
        const openLine = line
        const openColumn = i - lineStart + 1
        i++
        let chunk = i
        cell = ""
        for (;;) {
          const q = text.indexOf('"', i)
          if (q < 0) {
            return fail(
              codeIssue(csvCodes, "csv_quote_unclosed", {
                path: [openLine],
                facts: { line: openLine, column: openColumn }
              })
            )
          }
          // Count the line breaks inside the quoted part for the line numbers. The next
          // line break is remembered across fields, so a long line is scanned once.
          if (nextLf !== -1 && nextLf < i) nextLf = text.indexOf("\n", i)
          while (nextLf !== -1 && nextLf < q) {
            line++
            lineStart = nextLf + 1
            nextLf = text.indexOf("\n", nextLf + 1)
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            cell += text.slice(chunk, q + 1)
            i = q + 2
            chunk = i
            continue
          }
          cell += text.slice(chunk, q)
          i = q + 1
          break
        }
        c = i < n ? text.charCodeAt(i) : -1
        const atLineEnd = c === LF || c === -1 || (c === CR && (i + 1 === n || text.charCodeAt(i + 1) === LF))
        if (c !== DELIM && !atLineEnd) {
          return fail(
            codeIssue(csvCodes, "csv_text_after_quote", { path: [line], facts: { line, column: i - lineStart + 1 } })
          )
        }
      } else {
        let j = i
        while (j < n) {
          const d = text.charCodeAt(j)
          if (d === DELIM || d === LF) break
          if (d === QUOTE) {
            return fail(
              codeIssue(csvCodes, "csv_quote_unexpected", { path: [line], facts: { line, column: j - lineStart + 1 } })
            )
          }
          j++
        }
        // A CR just before the line break (CRLF) or the end belongs to it, not to the field.
        cell = text.slice(
          i,
          j > i && text.charCodeAt(j - 1) === CR && (j === n || text.charCodeAt(j) === LF) ? j - 1 : j
        )
        i = j
        c = i < n ? text.charCodeAt(i) : -1
      }
      cells.push(unguard ? unguardCell(cell) : cell)
      if (c === DELIM) {
        i++
        continue
      }
      // End of the row: LF, CRLF or the end of the text.
      if (c === CR) i++
      if (i < n) {
        i++
        line++
        lineStart = i
      }
      break
    }
    if (rows >= maxRows) {
      return fail(codeIssue(csvCodes, "csv_too_many_rows", { path: [rowLine], facts: { line: rowLine, maxRows } }))
    }
    rows++
    if (onRow(cells, rowLine) === false) break
  }
  return { ok: true, value: rows }
}

/**
 * Reads CSV text into its rows of fields (see {@link forEachCsvRow} for the
 * rules and the issues).
 *
 * @param text - the CSV text
 * @param options - see {@link CsvReadOptions}
 * @returns the rows, or the issue that stopped the reading
 *
 * @example
 * ```ts
 * import { parseCsv } from "@tongban/core"
 *
 * parseCsv('名称,备注\r\n"营业执照,副本","说""明"""\r\n') // { ok: true, value: [["名称", "备注"], ["营业执照,副本", "说\"明\""]] }
 * parseCsv("\uFEFFa;b\n1;2", { delimiter: ";" }) // { ok: true, value: [["a", "b"], ["1", "2"]] }
 * const r = parseCsv('a,b\n"open,2\n')
 * r.ok ? "" : r.issues[0]?.code // "csv_quote_unclosed"
 * r.ok ? {} : r.issues[0]?.facts // { line: 2, column: 1 }
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const parseCsv = (text: string, options?: CsvReadOptions): Result<ReadonlyArray<ReadonlyArray<string>>> => {
  const rows: Array<ReadonlyArray<string>> = []
  const read = forEachCsvRow(
    text,
    (cells) => {
      rows.push(cells)
    },
    options
  )
  return read.ok ? { ok: true, value: rows } : read
}

const cellText = (value: CsvCell): string =>
  value === null || value === undefined ? "" : typeof value === "string" ? value : String(value)

/**
 * Writes one cell: text that a spreadsheet would run as a formula gets a
 * leading `'`; a cell with the delimiter, a quote, a line break or
 * surrounding spaces is quoted, its quotes doubled. Numbers and booleans are
 * written as they are (a number cannot carry a formula).
 *
 * @param value - the cell
 * @param delimiter - the field separator (default `,`)
 * @returns the cell as it goes into the file
 *
 * @example
 * ```ts
 * import { formatCsvCell } from "@tongban/core"
 *
 * formatCsvCell("=HYPERLINK(\"http://x\")") // "\"'=HYPERLINK(\"\"http://x\"\")\""
 * formatCsvCell("@SUM(A1)") // "'@SUM(A1)"
 * formatCsvCell("营业执照,副本") // "\"营业执照,副本\""
 * formatCsvCell(-3) // "-3"
 * formatCsvCell(null) // ""
 * ```
 *
 * @since 0.2.0
 * @category formatting
 */
export const formatCsvCell = (value: CsvCell, delimiter = ","): string => {
  let text = cellText(value)
  if (typeof value === "string" && formula.test(text)) text = `'${text}`
  const needsQuotes =
    text.includes(delimiter) ||
    text.includes('"') ||
    text.includes("\n") ||
    text.includes("\r") ||
    (text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32))
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * Writes rows as CSV: every cell through {@link formatCsvCell} (quotes and
 * the formula guard), each row ended by `newline` (CRLF by default), and,
 * with `bom: true`, the UTF-8 byte-order mark Excel needs in front. A row of
 * one empty cell is written `""`, so that it reads back as a row rather than
 * an empty line; a row of no cells is an empty line, which the reader skips.
 *
 * @param rows - the rows, the header first if there is one
 * @param options - see {@link CsvWriteOptions}
 * @returns the CSV text
 *
 * @example
 * ```ts
 * import { formatCsv, parseCsv } from "@tongban/core"
 *
 * formatCsv([["名称", "时限"], ["=1+1", 20]]) // "名称,时限\r\n'=1+1,20\r\n"
 * formatCsv([["a"]], { bom: true, newline: "\n" }) // "\uFEFFa\n"
 * parseCsv(formatCsv([["=1+1", "x\ny"]]), { unguard: true }) // { ok: true, value: [["=1+1", "x\ny"]] }
 * ```
 *
 * @since 0.2.0
 * @category formatting
 */
export const formatCsv = (rows: ReadonlyArray<ReadonlyArray<CsvCell>>, options?: CsvWriteOptions): string => {
  const newline = options?.newline ?? "\r\n"
  const delimiter = options?.delimiter ?? ","
  const parts: Array<string> = options?.bom === true ? ["\uFEFF"] : []
  for (const row of rows) {
    if (row.length === 1 && cellText(row[0]) === "") {
      parts.push('""', newline)
      continue
    }
    let out = ""
    for (let k = 0; k < row.length; k++) {
      if (k > 0) out += delimiter
      out += formatCsvCell(row[k], delimiter)
    }
    parts.push(out, newline)
  }
  return parts.join("")
}
