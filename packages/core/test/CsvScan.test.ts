// scanCsv, the reader without a string per field, and forEachCsvRow built on
// it, held to a simple reference reader (one character at a time, a string
// built per field) on random CSV text: quotes, doubled quotes, CRLF, lone
// CRs, a byte-order mark, empty fields and lines, delimiters, the formula
// guard, and broken files. Same rows, same lines, same first issue.
import { type CsvReadOptions, forEachCsvRow, scanCsv } from "@tongban/core"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

type Outcome =
  | {
      readonly ok: true
      readonly rows: ReadonlyArray<{ readonly cells: ReadonlyArray<string>; readonly line: number }>
    }
  | { readonly ok: false; readonly code: string; readonly facts: Readonly<Record<string, unknown>> }

/** The reference: RFC 4180 as the core module's comment states it, one character at a time, a string built per field. */
const reference = (text: string, options: CsvReadOptions = {}): Outcome => {
  const delimiter = options.delimiter ?? ","
  const maxColumns = options.maxColumns ?? 16384
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY
  const err = (code: string, facts: Record<string, unknown>): Outcome => ({ ok: false, code, facts })
  const n = text.length
  const ch = (k: number): string => (k < n ? (text[k] ?? "") : "")
  let i = text.startsWith("\uFEFF") ? 1 : 0
  let line = 1
  let lineStart = i
  const rows: Array<{ cells: Array<string>; line: number }> = []
  while (i < n) {
    if (ch(i) === "\n") {
      i++
      line++
      lineStart = i
      continue
    }
    if (ch(i) === "\r" && ch(i + 1) === "\n") {
      i += 2
      line++
      lineStart = i
      continue
    }
    const rowLine = line
    const cells: Array<string> = []
    for (;;) {
      if (cells.length >= maxColumns)
        return err("csv_too_many_columns", { line: rowLine, column: i - lineStart + 1, maxColumns })
      let cell = ""
      if (ch(i) === '"') {
        const openLine = line
        const openColumn = i - lineStart + 1
        i++
        for (;;) {
          if (i >= n) return err("csv_quote_unclosed", { line: openLine, column: openColumn })
          const c = ch(i)
          if (c === '"') {
            if (ch(i + 1) === '"') {
              cell += '"'
              i += 2
              continue
            }
            i++
            break
          }
          if (c === "\n") {
            line++
            lineStart = i + 1
          }
          cell += c
          i++
        }
        const c = ch(i)
        const atEnd = c === "\n" || c === "" || (c === "\r" && (ch(i + 1) === "\n" || ch(i + 1) === ""))
        if (c !== delimiter && !atEnd) return err("csv_text_after_quote", { line, column: i - lineStart + 1 })
      } else {
        while (i < n && ch(i) !== delimiter && ch(i) !== "\n") {
          if (ch(i) === '"') return err("csv_quote_unexpected", { line, column: i - lineStart + 1 })
          cell += ch(i)
          i++
        }
        if (cell.endsWith("\r") && (i >= n || ch(i) === "\n")) cell = cell.slice(0, -1)
      }
      cells.push(options.unguard === true && /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)
      if (ch(i) === delimiter) {
        i++
        continue
      }
      if (ch(i) === "\r") i++
      if (i < n) {
        i++
        line++
        lineStart = i
      }
      break
    }
    if (rows.length >= maxRows) return err("csv_too_many_rows", { line: rowLine, maxRows })
    rows.push({ cells, line: rowLine })
  }
  return { ok: true, rows }
}

/** What forEachCsvRow gives, in the reference's form. */
const viaRows = (text: string, options?: CsvReadOptions): Outcome => {
  const rows: Array<{ cells: ReadonlyArray<string>; line: number }> = []
  const r = forEachCsvRow(text, (cells, line) => void rows.push({ cells, line }), options)
  if (r.ok) return { ok: true, rows }
  const issue = r.issues[0]
  return { ok: false, code: issue?.code ?? "", facts: issue?.facts ?? {} }
}

/** What scanCsv gives, and that a plain field's text is its range. */
const viaScan = (text: string, options?: CsvReadOptions): Outcome => {
  const rows: Array<{ cells: ReadonlyArray<string>; line: number }> = []
  const r = scanCsv(
    text,
    (row, line) => {
      const cells: Array<string> = []
      for (let k = 0; k < row.count; k++) {
        const cell = row.cell(k)
        if (row.plain(k)) expect(text.slice(row.start(k), row.end(k))).toBe(cell)
        cells.push(cell)
      }
      rows.push({ cells, line })
    },
    options
  )
  if (r.ok) return { ok: true, rows }
  const issue = r.issues[0]
  return { ok: false, code: issue?.code ?? "", facts: issue?.facts ?? {} }
}

/** Bits of CSV, dirty ones included. */
const piece = fc.constantFrom(
  "a",
  "bc",
  "中文",
  "",
  ",",
  ";",
  '"',
  '""',
  "\n",
  "\r",
  "\r\n",
  " ",
  "\u00a0",
  "\t",
  "'",
  "'=1",
  "=SUM(A1)",
  "-3",
  '"x,y"',
  '"say ""hi"""',
  '"two\nlines"',
  '"cr\r\nlf"'
)
const csvText = fc
  .tuple(fc.boolean(), fc.array(piece, { maxLength: 40 }))
  .map(([bom, parts]) => `${bom ? "\uFEFF" : ""}${parts.join("")}`)

/** Well-formed CSV more often: rows of cells, each quoted when it must (or at random). */
const cellText = fc.oneof(
  fc.constantFrom("", " ", "s001", "2026-07-01", "=1+1", "'@x", "中文", " padded ", "\u3000"),
  fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", "\r", " ", "中", "'", "="), maxLength: 6 })
)
const quoted = (cell: string, force: boolean): string =>
  force || /[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell
const wellFormed = fc
  .tuple(
    fc.boolean(),
    fc.constantFrom("\n", "\r\n"),
    fc.array(fc.array(fc.tuple(cellText, fc.boolean()), { minLength: 1, maxLength: 5 }), { maxLength: 8 }),
    fc.boolean()
  )
  .map(
    ([bom, newline, rows, lastNewline]) =>
      `${bom ? "\uFEFF" : ""}${rows.map((r) => r.map(([c, q]) => quoted(c, q)).join(",")).join(newline)}${lastNewline ? newline : ""}`
  )

const options = fc.record(
  {
    delimiter: fc.constantFrom(",", ";"),
    maxColumns: fc.integer({ min: 1, max: 6 }),
    maxRows: fc.integer({ min: 0, max: 6 }),
    unguard: fc.boolean()
  },
  { requiredKeys: [] }
)

describe("scanCsv and forEachCsvRow agree with a simple reference reader", () => {
  it("on random dirty text, with and without options", () => {
    fc.assert(
      fc.property(fc.oneof(csvText, wellFormed), options, (text, opts) => {
        const expected = reference(text, opts)
        expect(viaRows(text, opts)).toEqual(expected)
        expect(viaScan(text, opts)).toEqual(expected)
        expect(viaRows(text)).toEqual(reference(text))
      }),
      { numRuns: 300 }
    )
  })

  it("on cited cases: CRLF, a lone CR, a BOM, a quoted line break, a broken quote", () => {
    for (const text of [
      'a,b\r\n"x\r\ny",\r\n',
      "a\rb,c\r",
      "\uFEFF\n\na,,\n",
      'a,"b"c\n',
      'x\n"open',
      'ab"c\n',
      '"a"\r'
    ]) {
      expect(viaScan(text)).toEqual(reference(text))
      expect(viaRows(text)).toEqual(reference(text))
    }
  })

  it("gives the ranges of plain fields, and says which are not plain", () => {
    const seen: Array<[number, number, boolean]> = []
    scanCsv(
      'ab,"c""d",\'=x\r\n',
      (row) => {
        for (let k = 0; k < row.count; k++) seen.push([row.start(k), row.end(k), row.plain(k)])
      },
      { unguard: true }
    )
    expect(seen).toEqual([
      [0, 2, true],
      [4, 8, false],
      [10, 13, false]
    ])
  })
})
