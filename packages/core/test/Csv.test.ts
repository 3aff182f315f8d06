import { type CsvCell, forEachCsvRow, formatCsv, formatCsvCell, parseCsv } from "@tongban/core"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

const codeOf = (r: { ok: boolean; issues?: ReadonlyArray<{ code: string }> }): string | undefined =>
  r.ok ? undefined : r.issues?.[0]?.code

describe("parseCsv (RFC 4180)", () => {
  it("reads quotes, doubled quotes, embedded delimiters and line breaks, CRLF and LF", () => {
    expect(parseCsv('a,"b,c","d""e"\r\n"x\r\ny",,z\n')).toEqual({
      ok: true,
      value: [
        ["a", "b,c", 'd"e'],
        ["x\r\ny", "", "z"]
      ]
    })
  })

  it("drops a byte-order mark, skips empty lines, needs no final line break", () => {
    expect(parseCsv("\uFEFFa,b\n\n\r\n1,2")).toEqual({
      ok: true,
      value: [
        ["a", "b"],
        ["1", "2"]
      ]
    })
    expect(parseCsv("")).toEqual({ ok: true, value: [] })
    expect(parseCsv("\uFEFF")).toEqual({ ok: true, value: [] })
  })

  it("keeps a lone CR inside a field and empty fields at the edges", () => {
    expect(parseCsv("a\rb,c\n,\n")).toEqual({
      ok: true,
      value: [
        ["a\rb", "c"],
        ["", ""]
      ]
    })
    expect(parseCsv('""\n')).toEqual({ ok: true, value: [[""]] })
  })

  it("locates an unclosed quote at the line and column where it opens", () => {
    const r = parseCsv('a,b\nc,"open\nmore\n')
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe("csv_quote_unclosed")
      expect(r.issues[0]?.facts).toEqual({ line: 2, column: 3 })
      expect(r.issues[0]?.message.en).toContain("line 2, column 3")
      expect(r.issues[0]?.message.zh).toContain("第 2 行第 3 列")
    }
  })

  it("refuses text after a closing quote and a quote inside an unquoted field, with line numbers past quoted line breaks", () => {
    const after = parseCsv('"a\nb"x,c\n')
    expect(codeOf(after)).toBe("csv_text_after_quote")
    expect(after.ok ? undefined : after.issues[0]?.facts).toEqual({ line: 2, column: 3 })
    const inside = parseCsv('ok\nab"c\n')
    expect(codeOf(inside)).toBe("csv_quote_unexpected")
    expect(inside.ok ? undefined : inside.issues[0]?.facts).toEqual({ line: 2, column: 3 })
  })

  it("bounds the rows, the columns and the length", () => {
    expect(codeOf(parseCsv("a\nb\nc\n", { maxRows: 2 }))).toBe("csv_too_many_rows")
    expect(parseCsv("a\nb\n", { maxRows: 2 }).ok).toBe(true)
    expect(codeOf(parseCsv("a,b,c\n", { maxColumns: 2 }))).toBe("csv_too_many_columns")
    expect(codeOf(parseCsv(",".repeat(20_000)))).toBe("csv_too_many_columns")
    expect(codeOf(parseCsv("abc", { maxLength: 2 }))).toBe("csv_too_large")
  })

  it("refuses a bad delimiter and input that is not text (from plain JavaScript)", () => {
    expect(codeOf(parseCsv("a", { delimiter: '"' }))).toBe("csv_delimiter_invalid")
    expect(codeOf(parseCsv("a", { delimiter: ";;" }))).toBe("csv_delimiter_invalid")
    expect(codeOf(parseCsv(JSON.parse("42")))).toBe("csv_not_text")
  })

  it("reads other delimiters", () => {
    expect(parseCsv('a;"b;c"\n', { delimiter: ";" })).toEqual({ ok: true, value: [["a", "b;c"]] })
    expect(parseCsv("a\tb\n", { delimiter: "\t" })).toEqual({ ok: true, value: [["a", "b"]] })
  })

  it("never throws on arbitrary text, and an issue always carries a line within the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r", " ", "\uFEFF", "=") }), (text) => {
        const r = parseCsv(text)
        if (!r.ok) {
          const line = r.issues[0]?.facts.line
          expect(typeof line === "number" && line >= 1 && line <= text.split("\n").length).toBe(true)
        }
      }),
      { numRuns: 500 }
    )
  })

  it("reads long lines of quoted fields and doubled quotes in one pass (no rescanning to the next line break)", () => {
    const quotes = `"${'""'.repeat(200_000)}"`
    expect(parseCsv(quotes)).toEqual({ ok: true, value: [['"'.repeat(200_000)]] })
    const fields = Array.from({ length: 100_000 }, () => '"a"').join(",")
    const r = parseCsv(`${fields}\n"x\ny",z\n`, { maxColumns: 200_000 })
    expect(r.ok && r.value[0]?.length).toBe(100_000)
    expect(r.ok && r.value[1]).toEqual(["x\ny", "z"])
    const late = parseCsv(`${fields}\nok\n"a\nb"c\n`, { maxColumns: 200_000 })
    expect(late.ok ? undefined : late.issues[0]?.facts).toEqual({ line: 4, column: 3 })
  })

  it("reads a large file in one linear pass (a header and 200 000 rows)", () => {
    const text = `a,b,c\n${'1,two,"th,ree"\n'.repeat(200_000)}`
    let rows = 0
    const r = forEachCsvRow(text, (cells) => {
      if (cells.length === 3) rows++
    })
    expect(r).toEqual({ ok: true, value: 200_001 })
    expect(rows).toBe(200_001)
  })
})

describe("forEachCsvRow", () => {
  it("passes the line each row starts on and stops when the callback returns false", () => {
    const seen: Array<[ReadonlyArray<string>, number]> = []
    const r = forEachCsvRow('h\n\n"a\nb"\nc\nd\n', (cells, line) => {
      seen.push([cells, line])
      return cells[0] !== "c"
    })
    expect(r).toEqual({ ok: true, value: 3 })
    expect(seen).toEqual([
      [["h"], 1],
      [["a\nb"], 3],
      [["c"], 5]
    ])
  })
})

describe("formatCsv", () => {
  it("guards every text cell a spreadsheet would run as a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
      const cell = formatCsvCell(`${start}cmd|' /C calc'!A0`)
      expect(cell.replace(/^"/, "").startsWith("'")).toBe(true)
    }
    expect(formatCsvCell("'=already")).toBe("''=already")
    expect(formatCsvCell("plain")).toBe("plain")
    expect(formatCsvCell(-1.5)).toBe("-1.5")
    expect(formatCsvCell(true)).toBe("true")
    expect(formatCsvCell(undefined)).toBe("")
  })

  it("quotes delimiters, quotes, line breaks and surrounding spaces", () => {
    expect(formatCsv([["a,b", 'c"d', "e\nf", " g", "h "]])).toBe('"a,b","c""d","e\nf"," g","h "\r\n')
    expect(formatCsv([["a;b", "c,d"]], { delimiter: ";" })).toBe('"a;b";c,d\r\n')
  })

  it("writes the UTF-8 byte-order mark Excel needs on request, and LF on request", () => {
    expect(formatCsv([["事项"]], { bom: true })).toBe("\uFEFF事项\r\n")
    expect(formatCsv([["a"], ["b"]], { newline: "\n" })).toBe("a\nb\n")
    expect(formatCsv([])).toBe("")
  })

  it("reads back exactly what it wrote (with unguard), for any rows, delimiter, BOM and newline", () => {
    const text = fc.string({
      unit: fc.constantFrom("a", "中", ",", ";", '"', "'", "\n", "\r", " ", "\t", "=", "+", "-", "@")
    })
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
        fc.constantFrom(",", ";", "\t"),
        fc.boolean(),
        fc.constantFrom("\r\n" as const, "\n" as const),
        (rows, delimiter, bom, newline) => {
          const written = formatCsv(rows, { delimiter, bom, newline })
          expect(parseCsv(written, { delimiter, unguard: true })).toEqual({ ok: true, value: rows })
        }
      ),
      { numRuns: 500 }
    )
  })

  it("leaves no written text cell starting with a formula character", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { minLength: 1 }), (row) => {
        const cells: Array<CsvCell> = row
        const read = parseCsv(formatCsv([cells, ["end"]]))
        expect(read.ok).toBe(true)
        if (read.ok) {
          read.value[0]?.forEach((cell, k) => {
            if (typeof row[k] === "string") expect(/^[=+\-@\t\r]/.test(cell)).toBe(false)
          })
        }
      }),
      { numRuns: 300 }
    )
  })
})
