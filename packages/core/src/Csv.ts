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
 * One row as {@link scanCsv} sees it: where each field lies in the text,
 * without a string made for it. A reader that interns its values (a
 * million events naming a few hundred staff) looks at the ranges and makes
 * a string only when it must; {@link CsvRowView.cell} makes the field's
 * text exactly as {@link forEachCsvRow} gives it.
 *
 * The view is reused from row to row: read it inside the callback only.
 *
 * @since 0.3.0
 * @category models
 */
export interface CsvRowView {
  /** The CSV text the ranges point into. */
  readonly text: string
  /** The number of fields in the row. */
  readonly count: number
  /** Where field `k` starts in `text` (after the opening quote of a quoted field). */
  start(k: number): number
  /** Where field `k` ends in `text` (before the closing quote of a quoted field), exclusive. */
  end(k: number): number
  /**
   * Is the text of field `k` exactly its range? True for a field that was
   * not quoted and, when the reader takes the formula guard off, does not
   * start with `'`; false otherwise (then `cell` undoes the doubled quotes
   * and the guard).
   */
  plain(k: number): boolean
  /** The text of field `k`, exactly as {@link forEachCsvRow} gives it (quotes undone, guard taken off with `unguard`). */
  cell(k: number): string
}

const APOSTROPHE = 39

/** The one row buffer of a {@link scanCsv} run: typed arrays of field ranges, grown by doubling. */
class RowBuffer implements CsvRowView {
  readonly text: string
  count = 0
  private starts: Int32Array = new Int32Array(32)
  private ends: Int32Array = new Int32Array(32)
  private kinds: Uint8Array = new Uint8Array(32)
  private readonly unguard: boolean

  constructor(text: string, unguard: boolean) {
    this.text = text
    this.unguard = unguard
  }

  /** Appends a field: its range and 0 (plain), 1 (quoted) or 2 (quoted, with doubled quotes). */
  push(start: number, end: number, kind: number): void {
    const k = this.count
    if (k === this.starts.length) {
      const starts = new Int32Array(k * 2)
      const ends = new Int32Array(k * 2)
      const kinds = new Uint8Array(k * 2)
      starts.set(this.starts)
      ends.set(this.ends)
      kinds.set(this.kinds)
      this.starts = starts
      this.ends = ends
      this.kinds = kinds
    }
    this.starts[k] = start
    this.ends[k] = end
    this.kinds[k] = kind
    this.count = k + 1
  }

  start(k: number): number {
    return this.starts[k] ?? 0
  }

  end(k: number): number {
    return this.ends[k] ?? 0
  }

  plain(k: number): boolean {
    return this.kinds[k] === 0 && !(this.unguard && this.text.charCodeAt(this.starts[k] ?? 0) === APOSTROPHE)
  }

  cell(k: number): string {
    const raw = this.text.slice(this.starts[k] ?? 0, this.ends[k] ?? 0)
    const cell = this.kinds[k] === 2 ? raw.replaceAll('""', '"') : raw
    return this.unguard ? unguardCell(cell) : cell
  }
}

/**
 * Reads CSV text row by row like {@link forEachCsvRow}, with the same rules
 * and issues, but hands the callback a reused {@link CsvRowView} of field
 * ranges instead of an array of new strings: the reader of choice for a
 * file of millions of rows whose values repeat. The callback returns
 * `false` to stop.
 *
 * @param text - the CSV text (a leading byte-order mark is dropped)
 * @param onRow - called once per non-empty row, in order, with the row and the line (from 1) it starts on
 * @param options - see {@link CsvReadOptions}
 * @returns the number of rows passed to `onRow`, or the issue that stopped the reading
 *
 * @example
 * ```ts
 * import { scanCsv } from "@tongban/core"
 *
 * const seen: Array<string> = []
 * scanCsv('kind,note\ncase,"say ""hi"""\n', (row) => { seen.push(`${row.count}:${row.cell(1)}`) }) // { ok: true, value: 2 }
 * seen // ["2:note", "2:say \"hi\""]
 * scanCsv("a,bc\n", (row) => { seen.push(`${row.start(1)}-${row.end(1)}`) }) // { ok: true, value: 1 }
 * seen[2] // "2-4"
 * ```
 *
 * @since 0.3.0
 * @category parsing
 */
export const scanCsv = (
  text: string,
  onRow: (row: CsvRowView, line: number) => unknown,
  options?: CsvReadOptions
): Result<number> => {
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
  const view = new RowBuffer(text, options?.unguard === true)
  const n = text.length
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  let lineStart = i
  let rows = 0
  let nextLf = text.indexOf("\n", i)
  let nextQuote = text.indexOf('"', i)
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
    view.count = 0
    if (nextLf !== -1 && nextLf < i) nextLf = text.indexOf("\n", i)
    if (nextQuote !== -1 && nextQuote < i) nextQuote = text.indexOf('"', i)
    const lineEnd = nextLf === -1 ? n : nextLf
    if (nextQuote === -1 || nextQuote > lineEnd) {
      // A line without a quote (most lines): its fields lie between delimiters, found in one pass.
      let start = i
      for (let j = i; ; j++) {
        if (j === lineEnd || text.charCodeAt(j) === DELIM) {
          if (view.count >= maxColumns) {
            return fail(
              codeIssue(csvCodes, "csv_too_many_columns", {
                path: [rowLine],
                facts: { line: rowLine, column: start - lineStart + 1, maxColumns }
              })
            )
          }
          // A CR just before the line break (CRLF) or the end belongs to it, not to the field.
          view.push(start, j === lineEnd && j > start && text.charCodeAt(j - 1) === CR ? j - 1 : j, 0)
          if (j === lineEnd) break
          start = j + 1
        }
      }
      i = lineEnd < n ? lineEnd + 1 : n
      if (lineEnd < n) {
        line++
        lineStart = i
      }
    } else {
      // A line with a quote: field by field.
      for (;;) {
        // One field starts at i.
        if (view.count >= maxColumns) {
          return fail(
            codeIssue(csvCodes, "csv_too_many_columns", {
              path: [rowLine],
              facts: { line: rowLine, column: i - lineStart + 1, maxColumns }
            })
          )
        }
        c = i < n ? text.charCodeAt(i) : -1
        if (c === QUOTE) {
          const openLine = line
          const openColumn = i - lineStart + 1
          i++
          const start = i
          let kind = 1
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
              kind = 2
              i = q + 2
              continue
            }
            view.push(start, q, kind)
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
                codeIssue(csvCodes, "csv_quote_unexpected", {
                  path: [line],
                  facts: { line, column: j - lineStart + 1 }
                })
              )
            }
            j++
          }
          // A CR just before the line break (CRLF) or the end belongs to it, not to the field.
          view.push(i, j > i && text.charCodeAt(j - 1) === CR && (j === n || text.charCodeAt(j) === LF) ? j - 1 : j, 0)
          i = j
          c = i < n ? text.charCodeAt(i) : -1
        }
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
    }
    if (rows >= maxRows) {
      return fail(codeIssue(csvCodes, "csv_too_many_rows", { path: [rowLine], facts: { line: rowLine, maxRows } }))
    }
    rows++
    if (onRow(view, rowLine) === false) break
  }
  return { ok: true, value: rows }
}

/**
 * Reads CSV text row by row, calling `onRow(cells, line)` with the fields of
 * each row and the line (from 1) it starts on, and stops early when the
 * callback returns `false`. Returns the number of rows read, or the issue
 * that stopped the reading. Use it for large files: no table of all rows is
 * built. (It is {@link scanCsv} with each row's fields made into strings.)
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
export const forEachCsvRow = (text: string, onRow: CsvRowCallback, options?: CsvReadOptions): Result<number> =>
  scanCsv(
    text,
    (row, line) => {
      const cells: Array<string> = new Array(row.count)
      for (let k = 0; k < row.count; k++) cells[k] = row.cell(k)
      return onRow(cells, line)
    },
    options
  )

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
