// The kind and date of a CSV row are read by their character codes, without
// a string; held here to the one validator's own checks (isEventKind,
// dateOf, i.e. parseLocalDate) on any text, embedded anywhere in a longer
// text, so that the fast path accepts exactly what the validator accepts.
import { EVENT_KINDS } from "@tongban/scoring"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Dates, kindAt } from "../src/internal/cells.js"
import { dateOf, isEventKind } from "../src/internal/checkEvent.js"

const around = fc.string({ maxLength: 3 })

const dateLike = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc
    .tuple(fc.integer({ min: 1890, max: 2210 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  fc.stringMatching(/^[0-9-]{10}$/),
  fc.constantFrom("2024-02-29", "2026-02-29", "1900-01-01", "2200-12-31", "2201-01-01", "1899-12-31", "2026-07-0１")
)

describe("cells read by their character codes", () => {
  it("kindAt knows exactly the event kinds", () => {
    fc.assert(
      fc.property(
        around,
        fc.oneof(fc.constantFrom(...EVENT_KINDS), fc.string({ maxLength: 14 })),
        around,
        (a, v, b) => {
          expect(kindAt(`${a}${v}${b}`, a.length, a.length + v.length)).toBe(isEventKind(v) ? v : undefined)
        }
      )
    )
  })

  it("Dates.at reads a date exactly as parseLocalDate does, with one table for the whole file", () => {
    const dates = new Dates()
    fc.assert(
      fc.property(around, dateLike, around, (a, v, b) => {
        expect(dates.at(`${a}${v}${b}`, a.length, a.length + v.length)).toBe(dateOf(v))
      }),
      { numRuns: 2000 }
    )
  })
})
