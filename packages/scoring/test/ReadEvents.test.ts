// parseEventsCsv reads with core's scanCsv and interns each column's values
// by their character range. Held here to a simple reference reader (core's
// forEachCsvRow, every cell trimmed as a new string, the same one validator)
// on random dirty event files: padded and quoted values, Unicode spaces,
// CRLF, a byte-order mark, empty fields, rows of the wrong width, bad dates
// and codes, and more distinct values than the intern table holds.
import { codeIssue, forEachCsvRow, type Issue } from "@tongban/core"
import {
  EVENT_CSV_COLUMNS,
  type EventOptions,
  FIVE_IS_BEST_LEVEL_CODES,
  parseEventsCsv,
  type ScoringEvent
} from "@tongban/scoring"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { checkFields, type EventPlace, emptyFields, type Field, isField } from "../src/internal/checkEvent.js"
import { eventCodes } from "../src/IssueCodes.js"

type Read =
  | { readonly ok: true; readonly value: ReadonlyArray<ScoringEvent> }
  | { readonly ok: false; readonly issues: ReadonlyArray<Issue> }

/** The reference, for files whose header the generator makes valid and with no cap on issues. */
const reference = (text: string, options?: EventOptions): Read => {
  const issues: Array<Issue> = []
  const events: Array<ScoringEvent> = []
  let names: Array<Field | undefined> | undefined
  let row = 0
  const read = forEachCsvRow(text, (cells, line) => {
    if (names === undefined) {
      names = cells.map((h) => {
        const t = h.trim()
        const name = t === "matter_type" ? "matterType" : t
        return isField(name) ? name : undefined
      })
      return
    }
    const at = row++
    if (cells.length !== names.length) {
      issues.push(
        codeIssue(eventCodes, "csv_row_width", {
          path: ["events", at],
          facts: { line, expected: names.length, found: cells.length }
        })
      )
      return
    }
    const fields = emptyFields()
    names.forEach((name, col) => {
      const v = (cells[col] ?? "").trim()
      if (name !== undefined && v !== "") fields[name] = v
    })
    const place: EventPlace = { prefix: ["events"], index: at, line }
    const e = checkFields(fields, place, options, issues)
    if (e !== undefined) events.push(e)
  })
  if (!read.ok) issues.push(...read.issues)
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: events }
}

const pad = fc.constantFrom("", "", "", " ", "\t", "\u00a0", "\u3000", "\u2003", "\ufeff")
const value = (field: string): fc.Arbitrary<string> => {
  switch (field) {
    case "kind":
      return fc.constantFrom("case", "evaluation", "attendance", "complaint", "staff", "appeal", "Case", "病假", "")
    case "date":
    case "from":
    case "to":
      return fc.constantFrom("2026-07-01", "2026-07-02", "2026-02-30", "2026/7/1", "", "2026-7-1")
    case "staff":
    case "window":
    case "department":
      return fc.oneof(fc.constantFrom("s001", "s002", "w01", "", "中文", "'=x"), fc.string({ maxLength: 4 }))
    case "code":
      return fc.constantFrom("on_time", "overdue", "late", "confirmed", "", "upheld", "x")
    case "level":
      return fc.constantFrom("satisfied", "满意", "5", "", "very_satisfied")
    case "quantity":
      return fc.constantFrom("1", "3", "0", "1001", "", "2.5")
    case "points":
      return fc.constantFrom("1.5", "2", "-1", "", "abc")
    case "active":
      return fc.constantFrom("true", "false", "是", "否", "1", "", "maybe")
    default:
      return fc.constantFrom("", "e1", "e2", "chief_representative", "x".repeat(70))
  }
}
const csvCell = (v: string, quote: boolean): string =>
  quote || /[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v

/** Values that are mostly valid for their field, so that most rows are read from their ranges alone. */
const cleanValue = (field: string): fc.Arbitrary<string> => {
  switch (field) {
    case "kind":
      return fc.constantFrom(
        "case",
        "evaluation",
        "attendance",
        "complaint",
        "commendation",
        "discipline",
        "staff",
        "rectification",
        "follow_up",
        "appeal"
      )
    case "date":
      return fc.constantFrom("2026-07-01", "2026-12-31", "2024-02-29", "2026-02-29", "1899-12-31", "")
    case "from":
    case "to":
      return fc.constantFrom("", "", "2026-07-01", "2026-08-15", "2026-13-01")
    case "staff":
    case "window":
      return fc.constantFrom("s001", "w01", "中文", "", "x".repeat(64), "x".repeat(65))
    case "department":
    case "matterType":
    case "role":
      return fc.constantFrom("", "d01", "instant", "chief_representative")
    case "code":
      return fc.constantFrom("on_time", "overdue", "late", "confirmed", "unconfirmed", "upheld", "rejected", "")
    case "level":
      return fc.constantFrom("satisfied", "非常满意", "5", "1", "", "very_satisfied", "bad")
    case "quantity":
      return fc.constantFrom("", "1", "1000", "0007", "1001", "1e2")
    case "points":
      return fc.constantFrom("", "1.5", "0", "2.25", "2.255", "-1")
    case "active":
      return fc.constantFrom("", "true", "false", "是", "否", "1", "0", "yes")
    default:
      return fc.constantFrom("", "", "e1", "e2", "x".repeat(65))
  }
}

const eventFile = fc
  .tuple(
    fc.shuffledSubarray([...EVENT_CSV_COLUMNS], { minLength: 0 }),
    fc.boolean(),
    fc.constantFrom("\n", "\r\n"),
    fc.boolean()
  )
  .chain(([extra, bom, newline, matterTypeSpelling]) => {
    const columns = ["kind", "date", ...extra.filter((c) => c !== "kind" && c !== "date")]
    const header = columns.map((c) => (c === "matterType" && matterTypeSpelling ? "matter_type" : c))
    const cell = (c: string) =>
      fc.tuple(pad, value(c), pad, fc.boolean()).map(([a, v, b, q]) => csvCell(`${a}${v}${b}`, q))
    const row = fc.oneof(
      { weight: 9, arbitrary: fc.tuple(...columns.map(cell)).map((cells) => cells.join(",")) },
      { weight: 1, arbitrary: fc.array(cell("staff"), { maxLength: columns.length + 2 }).map((c) => c.join(",")) }
    )
    return fc
      .array(row, { maxLength: 12 })
      .map((rows) => `${bom ? "\uFEFF" : ""}${[header.join(","), ...rows].join(newline)}${newline}`)
  })

/** A file of mostly clean rows (a pad or a quote now and then), under every header order. */
const cleanFile = fc
  .tuple(
    fc.shuffledSubarray([...EVENT_CSV_COLUMNS], { minLength: 0 }),
    fc.shuffledSubarray(["kind", "date"], { minLength: 2 })
  )
  .chain(([extra, first]) => {
    const columns = [...first, ...extra.filter((c) => c !== "kind" && c !== "date")]
    const rare = fc.constantFrom("", "", "", "", "", "", "", "", "", " ", "\u3000")
    const cell = (c: string) =>
      fc.tuple(rare, cleanValue(c), fc.integer({ min: 0, max: 19 })).map(([a, v, q]) => csvCell(`${a}${v}`, q === 0))
    const row = fc.tuple(...columns.map(cell)).map((cells) => cells.join(","))
    return fc.array(row, { maxLength: 30 }).map((rows) => `${[columns.join(","), ...rows].join("\n")}\n`)
  })

describe("parseEventsCsv agrees with a simple reference reader", () => {
  it("on files of mostly clean rows, read from their field ranges, with and without level codes", () => {
    fc.assert(
      fc.property(cleanFile, fc.boolean(), (text, codes) => {
        const options = codes ? { levelCodes: FIVE_IS_BEST_LEVEL_CODES } : undefined
        expect(parseEventsCsv(text, { ...options, maxIssues: 1_000_000 })).toEqual(reference(text, options))
      }),
      { numRuns: 300 }
    )
  })

  it("gives each event's fields in the one order of EVENT_CSV_COLUMNS, whatever the header's order", () => {
    fc.assert(
      fc.property(cleanFile, (text) => {
        // Each row read alone, so that a row with an issue does not hide the events of the others.
        const [header, ...rows] = text.split("\n")
        for (const row of rows) {
          const read = parseEventsCsv(`${header}\n${row}\n`)
          for (const e of read.ok ? read.value : []) {
            const keys = Object.keys(e)
            expect(keys).toEqual(EVENT_CSV_COLUMNS.filter((c) => keys.includes(c)))
          }
        }
      }),
      { numRuns: 200 }
    )
  })

  it("on random dirty event files", () => {
    fc.assert(
      fc.property(eventFile, (text) => {
        expect(parseEventsCsv(text, { maxIssues: 1_000_000 })).toEqual(reference(text))
      }),
      { numRuns: 150 }
    )
  })

  it("on a file with more distinct staff and ids than the intern table holds", () => {
    const lines = ["kind,date,staff,window,level,id"]
    for (let i = 0; i < 12_000; i++) {
      const staff = i % 3 === 0 ? `s${i}` : `s${i % 50}`
      lines.push(`evaluation,2026-07-${String(1 + (i % 28)).padStart(2, "0")},${staff},w${i % 7}, satisfied ,e${i}`)
    }
    const text = `${lines.join("\r\n")}\r\n`
    const ours = parseEventsCsv(text)
    expect(ours).toEqual(reference(text))
    expect(ours.ok ? ours.value.length : 0).toBe(12_000)
    expect(ours.ok ? ours.value[11_997] : undefined).toEqual({
      kind: "evaluation",
      date: "2026-07-14",
      staff: "s11997",
      window: "w6",
      level: "satisfied",
      id: "e11997"
    })
  })
})
