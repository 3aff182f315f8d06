// Issue 16 point 3: a composite's votes and surveys read from a table as a
// centre exports it, and self-scores from JSON, each checked before score.
import { getOrThrow } from "@tongban/core"
import {
  parseEvents,
  parseInputs,
  parseInputsCsv,
  parseSelfScores,
  score,
  windowCompositeRubric
} from "@tongban/scoring"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

describe("parseInputsCsv", () => {
  it("reads Chinese headers, a byte-order mark, CRLF, blank rows and padded cells", () => {
    const r = parseInputsCsv("\uFEFF输入,对象,分值\r\nduty_vote, w1 ,95\r\n\r\n,,\r\nduty_vote,w2,85.50\r\n")
    expect(r).toEqual({ ok: true, value: { duty_vote: { w1: "95", w2: "85.50" } } })
  })

  it("keeps __proto__ and constructor as plain ids", () => {
    const r = getOrThrow(parseInputsCsv("input,subject,value\n__proto__,constructor,1\n"))
    expect(Object.keys(r)).toEqual(["__proto__"])
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype)
    expect(Object.entries(r)[0]?.[1]).toEqual({ constructor: "1" })
  })

  it("names each missing column, and each empty cell and repeated row by its line", () => {
    const cols = parseInputsCsv("name,x\n")
    expect(cols.ok ? [] : cols.issues.map((i) => i.facts.column)).toEqual(["input", "subject", "value"])
    const rows = parseInputsCsv("id,subject,value\nv,w1,1\nv,w1,2\nv,w2,\n")
    expect(rows.ok ? [] : rows.issues.map((i) => [i.code, i.path, i.facts])).toEqual([
      ["inputs_csv_duplicate", [3, "subject"], { input: "v", subject: "w1", first: 2, line: 3 }],
      ["inputs_csv_cell_empty", [4, "value"], { line: 4, column: "value" }]
    ])
    expect(rows.ok ? "" : rows.issues[0]?.message.en).toBe('the input v of "w1" is given twice: rows 2 and 3')
  })

  it("an unclosed quote is the CSV reader's located issue", () => {
    const r = parseInputsCsv('input,subject,value\nv,"w1,1\n')
    expect(r.ok ? "" : r.issues[0]?.code).toBe("csv_quote_unclosed")
  })

  // Any table of distinct (input, subject) rows reads back to exactly its rows.
  it("any table of distinct (input, subject) rows reads back to exactly its rows", () => {
    const key = (r: { input: string; subject: string }): string => `${r.input}/${r.subject}`
    const row = fc.record({
      input: fc.stringMatching(/^[a-z_]{1,8}$/),
      subject: fc.stringMatching(/^[a-z0-9]{1,6}$/),
      value: fc.integer({ min: 0, max: 10_000 }).map((h) => (h / 100).toFixed(2))
    })
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: key, maxLength: 30 }), (rows) => {
        const text = ["input,subject,value", ...rows.map((r) => `${r.input},${r.subject},${r.value}`)].join("\n")
        const read = getOrThrow(parseInputsCsv(text))
        const back = Object.entries(read).flatMap(([input, m]) =>
          Object.entries(m).map(([subject, value]) => ({ input, subject, value }))
        )
        const order = (a: { input: string; subject: string }, b: { input: string; subject: string }): number =>
          key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0
        expect(back.sort(order)).toEqual([...rows].sort(order))
      })
    )
  })
})

describe("parseInputs and parseSelfScores", () => {
  it("pass well-shaped values on and name each bad leaf", () => {
    expect(parseInputs({ v: { w1: 1, w2: "2.50" } })).toEqual({ ok: true, value: { v: { w1: 1, w2: "2.50" } } })
    const bad = parseInputs({ v: [1], u: { w1: null, w2: 3 } })
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toEqual([["v"], ["u", "w1"]])
    const self = parseSelfScores({ s1: 95, s2: { score: 90, categories: { a: "x", b: false } }, s3: { score: [] } })
    expect(self.ok ? [] : self.issues.map((i) => [i.code, i.path])).toEqual([
      ["self_score_invalid", ["s2", "categories", "b"]],
      ["self_score_invalid", ["s3", "score"]]
    ])
  })

  it("what they read, score takes: the window composite from a vote table", () => {
    const events = getOrThrow(
      parseEvents([
        { kind: "staff", date: "2026-07-01", staff: "s1", window: "w1" },
        { kind: "staff", date: "2026-07-01", staff: "s2", window: "w1" }
      ])
    )
    const inputs = getOrThrow(
      parseInputs("input,subject,value\nwindow_efficiency,w1,90\nduty_vote,w1,95\ncitizen_vote,w1,80\n")
    )
    const a = getOrThrow(score(windowCompositeRubric, events, { period: "2026-07", inputs }))
    // 0.3 × 90 + 0.3 × 100 + 0.2 × 95 + 0.2 × 80 = 27 + 30 + 19 + 16 = 92
    expect(a.composites[0]?.entries.map((e) => [e.id, e.score])).toEqual([["w1", "92.00"]])
  })
})
