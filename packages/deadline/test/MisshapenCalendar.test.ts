// A calendar handed over from plain JavaScript or JSON with a valid
// coverage but broken layers (found by the report's hostile-value test:
// listDays threw a TypeError reading layer.sources.map) is a located
// calendar_invalid issue, never a throw.
import { getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { addWorkingDays, chinaCalendar, isWorkingDay, listDays, type WorkCalendar } from "../src/index.js"

const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))

const base = { coverage: { from: "2026-01-01", to: "2026-12-31" }, weekdays: [1, 2, 3, 4, 5] }
const layer = {
  id: "county",
  name: { zh: "县", en: "county" },
  level: "local",
  sources: [{ id: "s1" }],
  daysOff: [{ from: "2026-03-02", to: "2026-03-02", name: { zh: "休", en: "off" }, source: "s1" }],
  workdays: []
}

/** A calendar as JSON would bring it: any shape at all. */
const fromJson = (value: unknown): WorkCalendar => JSON.parse(JSON.stringify(value))

describe("a calendar whose layers are not shaped as a calendar's", () => {
  it("is calendar_invalid, located at the first wrong part", () => {
    const r = listDays(d("2026-03-01"), d("2026-03-03"), {
      calendar: fromJson({ ...base, layers: [{ ...layer, sources: 5 }] })
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([["calendar_invalid", ["calendar", "layers", 0, "sources"]]])
    expect(r.issues[0]?.message.en).toContain("not shaped as a calendar's")
  })

  it("names the entry: a day off without a name", () => {
    const broken = { ...layer, daysOff: [{ from: "2026-03-02", to: "2026-03-02", source: "s1" }] }
    const r = isWorkingDay(d("2026-03-02"), { calendar: fromJson({ ...base, layers: [broken] }) })
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual([["calendar", "layers", 0, "daysOff", 0]])
  })

  it("a well-shaped layer still works (the check refuses nothing a calendar may hold)", () => {
    const r = isWorkingDay(d("2026-03-02"), { calendar: fromJson({ ...base, layers: [layer] }) })
    expect(r).toEqual({ ok: true, value: false })
    expect(isWorkingDay(d("2026-10-01"), { calendar: chinaCalendar })).toEqual({ ok: true, value: false })
  })

  it("any value in place of any part of a layer never throws", () => {
    const keys = ["sources", "daysOff", "workdays", "cancelledWorkdays", "annualDaysOff", "name"] as const
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), fc.boolean(), (key, value, wholeList) => {
        const part = wholeList ? value : [value]
        const calendar = fromJson({ ...base, layers: [{ ...layer, [key]: part }] })
        for (const run of [
          () => listDays(d("2026-03-01"), d("2026-03-03"), { calendar }),
          () => addWorkingDays(d("2026-03-01"), 3, { calendar })
        ]) {
          const r = run()
          expect(typeof r.ok).toBe("boolean")
        }
      })
    )
  })
})
