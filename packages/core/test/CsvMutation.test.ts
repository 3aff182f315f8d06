import { formatCsvCell, parseCsv } from "@tongban/core"
import { describe, expect, it } from "vitest"

// The issues of the CSV reader stated exactly (code, path, facts), and the
// limits at their boundaries: mutation testing found these unstated.

const issuesOf = (r: ReturnType<typeof parseCsv>) =>
  r.ok ? [] : r.issues.map((issue) => ({ code: issue.code, path: issue.path, facts: issue.facts }))

describe("the CSV reader's issues, exactly", () => {
  it("names the type of a value that is not text", () => {
    for (const [value, type] of [
      [42, "number"],
      [null, "object"],
      [undefined, "undefined"]
    ] as const) {
      const r: unknown = Reflect.apply(parseCsv, undefined, [value])
      expect(r).toEqual({
        ok: false,
        issues: [expect.objectContaining({ code: "csv_not_text", path: [], facts: { type } })]
      })
    }
  })

  it("accepts text exactly maxLength long and refuses one unit more, saying both lengths", () => {
    expect(parseCsv("a,b", { maxLength: 3 })).toEqual({ ok: true, value: [["a", "b"]] })
    expect(issuesOf(parseCsv("a,bc", { maxLength: 3 }))).toEqual([
      { code: "csv_too_large", path: [], facts: { length: 4, maxLength: 3 } }
    ])
  })

  it("refuses a delimiter that is not one character, or is a quote or a line break, at the delimiter", () => {
    for (const delimiter of ["", ";;", '"', "\n", "\r"]) {
      expect(issuesOf(parseCsv("a", { delimiter }))).toEqual([
        { code: "csv_delimiter_invalid", path: ["delimiter"], facts: { delimiter } }
      ])
    }
    expect(parseCsv("a;b\n1;2", { delimiter: ";" })).toEqual({
      ok: true,
      value: [
        ["a", "b"],
        ["1", "2"]
      ]
    })
  })

  it("locates a row with too many columns by its line and the first column too many", () => {
    expect(issuesOf(parseCsv("a,b\n1,2,3\n", { maxColumns: 2 }))).toEqual([
      { code: "csv_too_many_columns", path: [2], facts: { line: 2, column: 5, maxColumns: 2 } }
    ])
    expect(issuesOf(parseCsv('a,b\n"1",2,"3"\n', { maxColumns: 2 }))).toEqual([
      { code: "csv_too_many_columns", path: [2], facts: { line: 2, column: 7, maxColumns: 2 } }
    ])
  })

  it("locates the first row too many by its line", () => {
    expect(issuesOf(parseCsv("a\n\nb\nc\n", { maxRows: 2 }))).toEqual([
      { code: "csv_too_many_rows", path: [4], facts: { line: 4, maxRows: 2 } }
    ])
    expect(parseCsv("a\nb\n", { maxRows: 2 })).toEqual({ ok: true, value: [["a"], ["b"]] })
  })

  it("locates an unclosed quote where it opens, text after a quote and a stray quote where they are", () => {
    expect(issuesOf(parseCsv('a\nb,"open\nmore'))).toEqual([
      { code: "csv_quote_unclosed", path: [2], facts: { line: 2, column: 3 } }
    ])
    expect(issuesOf(parseCsv('a\n"x"y,1'))).toEqual([
      { code: "csv_text_after_quote", path: [2], facts: { line: 2, column: 4 } }
    ])
    expect(issuesOf(parseCsv('"a",b"c'))).toEqual([
      { code: "csv_quote_unexpected", path: [1], facts: { line: 1, column: 6 } }
    ])
  })
})

describe("the CSV reader on line ends and quotes", () => {
  it("keeps a CR inside a field and drops the one of a CRLF, on lines with and without quotes", () => {
    expect(parseCsv("a\rb,c\r\nd,e\r")).toEqual({
      ok: true,
      value: [
        ["a\rb", "c"],
        ["d", "e"]
      ]
    })
    expect(parseCsv('"q",a\rb,c\r\n"q",e\r')).toEqual({
      ok: true,
      value: [
        ["q", "a\rb", "c"],
        ["q", "e"]
      ]
    })
  })

  it("reads lines after a quoted field that spans lines, and quotes far apart", () => {
    const text = 'h1,h2\n"multi\nline",x\nplain,1\nplain,2\n"a""b",3\nlast,"q"'
    expect(parseCsv(text)).toEqual({
      ok: true,
      value: [
        ["h1", "h2"],
        ["multi\nline", "x"],
        ["plain", "1"],
        ["plain", "2"],
        ['a"b', "3"],
        ["last", "q"]
      ]
    })
  })

  it("reads a last line without a line break, with or without quotes", () => {
    expect(parseCsv("a,b\nc,d")).toEqual({
      ok: true,
      value: [
        ["a", "b"],
        ["c", "d"]
      ]
    })
    expect(parseCsv('a,b\n"c",d')).toEqual({
      ok: true,
      value: [
        ["a", "b"],
        ["c", "d"]
      ]
    })
    expect(parseCsv('a,b\nc,"d"')).toEqual({
      ok: true,
      value: [
        ["a", "b"],
        ["c", "d"]
      ]
    })
  })
})

describe("the CSV writer's cells", () => {
  it("writes nothing for null and undefined, and an empty text as empty", () => {
    expect([formatCsvCell(null), formatCsvCell(undefined), formatCsvCell("")]).toEqual(["", "", ""])
    expect([formatCsvCell(0), formatCsvCell(false), formatCsvCell(true)]).toEqual(["0", "false", "true"])
  })
})
