import { getOrThrow } from "@tongban/core"
import {
  EVENT_CSV_COLUMNS,
  FIVE_IS_BEST_LEVEL_CODES,
  GBT_39046_LEVEL_CODES,
  parseEvents,
  parseEventsCsv,
  parseEventsJson,
  ScoringEventSchema,
  type ScoringEvent
} from "@tongban/scoring"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { anyEvent, roster } from "./arbitraries/events.js"
import { quarterlyDeductionRubric, jointLiabilityRubric } from "@tongban/scoring"

const toCsv = (events: ReadonlyArray<ScoringEvent>): string => {
  const cell = (v: unknown): string => {
    const t = v === undefined ? "" : String(v)
    return /[",\n]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t
  }
  return [
    EVENT_CSV_COLUMNS.join(","),
    ...events.map((e) => EVENT_CSV_COLUMNS.map((c) => cell(Reflect.get(e, c))).join(","))
  ].join("\r\n")
}

describe("reading events", () => {
  it("CSV written from events reads back to the same events", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(anyEvent(quarterlyDeductionRubric), anyEvent(jointLiabilityRubric)), { maxLength: 30 }),
        (events) => {
          const all = [...roster, ...events]
          const back = getOrThrow(parseEventsCsv(toCsv(all)))
          expect(back).toEqual(
            all.map((e) => ({ ...e, ...(e.points === undefined ? {} : { points: String(e.points) }) }))
          )
        }
      ),
      { numRuns: 50 }
    )
  })

  it("every event parseEvents accepts also satisfies the documented zod schema (and so the JSON Schema)", () => {
    fc.assert(
      fc.property(fc.array(anyEvent(jointLiabilityRubric), { maxLength: 20 }), (events) => {
        for (const e of getOrThrow(parseEvents(JSON.parse(JSON.stringify(events)))))
          expect(ScoringEventSchema.safeParse(e).success).toBe(true)
      }),
      { numRuns: 50 }
    )
  })

  it("never throws on anything, and reports located issues", () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const r = parseEvents(x)
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0)
      }),
      { numRuns: 200 }
    )
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = parseEventsCsv(`kind,date,staff\n${text}`)
        if (!r.ok) for (const i of r.issues) expect(typeof i.message.en).toBe("string")
        parseEventsJson(text)
      }),
      { numRuns: 200 }
    )
  })

  it("evaluation codes: GB/T 39046 has 1 = 非常满意, many devices 5 = 非常满意; without a mapping a digit is refused", () => {
    const raw = [{ kind: "evaluation", date: "2026-07-01", staff: "s", level: "1" }]
    expect(getOrThrow(parseEvents(raw, { levelCodes: GBT_39046_LEVEL_CODES }))[0]?.level).toBe("very_satisfied")
    expect(getOrThrow(parseEvents(raw, { levelCodes: FIVE_IS_BEST_LEVEL_CODES }))[0]?.level).toBe("very_dissatisfied")
    const r = parseEvents(raw)
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([["level_code_unmapped", [0, "level"]]])
    expect(getOrThrow(parseEvents([{ ...raw[0], level: "非常不满意" }]))[0]?.level).toBe("very_dissatisfied")
    expect(parseEvents([{ ...raw[0], level: "great" }]).ok).toBe(false)
  })

  it("hostile input: __proto__ keys, unknown fields, malformed rows and quotes give located issues", () => {
    const proto = parseEventsJson(
      '[{"kind":"case","date":"2026-07-01","staff":"s","code":"on_time","__proto__":{"polluted":1}}]'
    )
    expect(proto.ok ? "" : proto.issues[0]?.code).toBe("json_forbidden_key")
    expect(Reflect.get({}, "polluted")).toBeUndefined()
    const unknown = parseEvents([{ kind: "case", date: "2026-07-01", staff: "s", code: "on_time", colour: "red" }])
    expect(unknown.ok ? [] : unknown.issues.map((i) => [i.code, i.path])).toEqual([
      ["event_key_unknown", [0, "colour"]]
    ])
    const csv = parseEventsCsv(
      "kind,date,staff,code\ncase,2026-07-01,s,on_time\ncase,2026-07-01\ncase,2026-02-30,s,on_time\ncase,2026-07-01,s,lost\n"
    )
    expect(csv.ok ? [] : csv.issues.map((i) => [i.code, i.path, i.facts.line])).toEqual([
      ["csv_row_width", ["events", 1], 3],
      ["date_nonexistent", ["events", 2, "date"], 4],
      ["event_code_invalid", ["events", 3, "code"], 5]
    ])
    const quote = parseEventsCsv('kind,date\n"case,2026-07-01\n')
    expect(quote.ok ? "" : quote.issues[0]?.code).toBe("csv_quote_unclosed")
    expect(parseEventsCsv("").ok).toBe(false)
    const header = parseEventsCsv("kind,kind,date\n")
    expect(header.ok ? "" : header.issues[0]?.code).toBe("csv_column_duplicate")
  })

  it("huge input: size, count and issue limits", () => {
    const big = parseEventsCsv(`kind,date\n${"x,y\n".repeat(10)}`, { maxLength: 20 })
    expect(big.ok ? "" : big.issues[0]?.code).toBe("csv_too_large")
    const many = parseEventsCsv(`kind,date,staff,code\n${"case,2026-07-01,s,on_time\n".repeat(11)}`, { maxEvents: 10 })
    expect(many.ok ? "" : many.issues.at(-1)?.code).toBe("events_too_many")
    const bad = parseEventsCsv(`kind,date\n${"nope,2026-07-01\n".repeat(500)}`)
    expect(bad.ok ? 0 : bad.issues.length).toBe(101)
    expect(bad.ok ? "" : bad.issues.at(-1)?.code).toBe("issues_truncated")
    expect(parseEvents(new Array(11).fill({}), { maxEvents: 10 }).ok).toBe(false)
  })

  it("kind-specific rules: a subject, a roster's window, an appeal's ref, a case's outcome, quantity and points", () => {
    const codes = (x: unknown) => {
      const r = parseEvents([x])
      return r.ok ? [] : r.issues.map((i) => i.code)
    }
    expect(codes({ kind: "case", date: "2026-07-01", code: "on_time" })).toEqual(["event_subject_missing"])
    expect(codes({ kind: "staff", date: "2026-07-01", staff: "s" })).toEqual(["roster_incomplete"])
    expect(codes({ kind: "appeal", date: "2026-07-01", code: "upheld" })).toEqual(["event_ref_missing"])
    expect(codes({ kind: "attendance", date: "2026-07-01", staff: "s" })).toEqual(["event_code_missing"])
    expect(codes({ kind: "attendance", date: "2026-07-01", staff: "s", code: "absent", quantity: 0 })).toEqual([
      "event_quantity_invalid"
    ])
    expect(codes({ kind: "discipline", date: "2026-07-01", staff: "s", code: "x", points: "3.333" })).toEqual([
      "points_invalid"
    ])
    expect(codes({ kind: "evaluation", date: "2026-07-01", staff: "s" })).toEqual(["event_level_missing"])
    expect(codes({ kind: "evaluation", date: "2026-07-01", staff: "s", level: "满意", active: "maybe" })).toEqual([
      "event_active_invalid"
    ])
    expect(codes({ kind: "party", date: "2026-07-01", staff: "s" })).toEqual(["event_kind_invalid"])
    expect(codes({ kind: "case", staff: "s", code: "on_time" })).toEqual(["event_date_missing"])
    expect(codes("case")).toEqual(["event_not_object"])
  })
})

describe("hostile sizes", () => {
  it("an event with 100,000 unknown keys, or a header with 100,000 columns, gives a bounded report", () => {
    const wide: Record<string, number> = { kind: 1 }
    for (let i = 0; i < 100_000; i++) wide[`k${i}`] = i
    const r = parseEvents([wide])
    expect(r.ok ? 0 : r.issues.length).toBeLessThanOrEqual(3)
    const header = parseEventsCsv(`kind,date,${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(",")}\n`)
    expect(header.ok ? 0 : header.issues.length).toBeLessThanOrEqual(101)
  })
})
