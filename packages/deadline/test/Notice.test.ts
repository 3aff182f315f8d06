import { getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import {
  addWorkingDays,
  casesMovedBy,
  chinaCalendar,
  chinaCalendarOf,
  chinaYears,
  diffCalendars,
  isWorkingDay,
  parseCalendarLayer,
  parseNotice,
  withLayers
} from "@tongban/deadline"
import { provisionalChinaCalendar, statutoryDays } from "@tongban/deadline/provisional"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))

// A notice for 2027 as a county would type it on the day it is published.
// The real notice is not out: this one is invented, the projected 2027 with
// one change, the make-up day of 春节 on Saturday 02-20 instead of Sunday 02-14.
const projected2027 = getOrThrow(provisionalChinaCalendar({ through: 2027 })).layers.find(
  (l) => l.id === "cn-2027-provisional"
)
const notice2027 = {
  notice: "国办发明电〔2026〕9号",
  title: "国务院办公厅关于2027年部分节假日安排的通知",
  signed: "2026-11-20",
  year: 2027,
  daysOff: (projected2027?.daysOff ?? []).map((x) => ({ from: x.from, to: x.to, name: x.name })),
  workdays: (projected2027?.workdays ?? []).map((x) => ({
    date: x.date === "2027-02-14" ? "2027-02-20" : x.date,
    name: x.name
  }))
}

describe("a notice file extends coverage without a release", () => {
  it("parseNotice: the layer of 2027, each entry citing the notice", () => {
    const layer = getOrThrow(parseNotice(JSON.stringify(notice2027)))
    expect(layer).toMatchObject({
      id: "cn-2027",
      level: "national",
      coverage: { from: "2027-01-01", to: "2027-12-31" }
    })
    expect(layer.sources).toEqual([
      { id: "国办发明电〔2026〕9号", title: "国务院办公厅关于2027年部分节假日安排的通知", signed: "2026-11-20" }
    ])
    expect(layer.workdays.length).toBe(5)
    expect(new Set(layer.workdays.map((w) => w.source))).toEqual(new Set(["国办发明电〔2026〕9号"]))
  })

  it("through withLayers and chinaCalendarOf the coverage reaches 2027-12-31", () => {
    const layer = getOrThrow(parseNotice(notice2027))
    const a = withLayers(chinaCalendar, [layer])
    expect(a.coverage).toEqual({ from: "2004-01-01", to: "2027-12-31" })
    expect(isWorkingDay(d("2027-02-20"), { calendar: a })).toEqual({ ok: true, value: true })
    const b = getOrThrow(chinaCalendarOf([...chinaYears, layer]))
    expect(b.coverage.to).toBe("2027-12-31")
    expect(addWorkingDays(d("2026-12-01"), 30, { calendar: b })).toEqual(
      addWorkingDays(d("2026-12-01"), 30, { calendar: a })
    )
  })

  it("a national layer read with parseCalendarLayer (the CLI's --layer) extends the coverage too; a county layer narrows it", () => {
    const national = getOrThrow(parseCalendarLayer({ ...getOrThrow(parseNotice(notice2027)) }))
    expect(withLayers(chinaCalendar, [national]).coverage.to).toBe("2027-12-31")
    const county = { ...national, id: "county", level: "county" as const }
    expect(withLayers(chinaCalendar, [county]).coverage).toEqual({ from: "2027-01-01", to: "2026-12-31" })
  })

  it("mistakes are located: a bad number, a date outside the year, a reversed range", () => {
    const r = parseNotice({
      ...notice2027,
      notice: "2027放假通知",
      daysOff: [{ from: "2028-01-01", to: "2027-12-30", name: { zh: "元旦", en: "New Year's Day" } }]
    })
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["notice_number_invalid", "notice"]])
    const s = parseNotice({
      ...notice2027,
      daysOff: [{ from: "2028-01-01", to: "2027-12-30", name: { zh: "元旦", en: "New Year's Day" } }]
    })
    expect(s.ok ? [] : s.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["notice_date_outside_year", "daysOff.0.from"],
      ["range_reversed", "daysOff.0"]
    ])
    expect(parseNotice('{"__proto__": {"x": 1}}').ok).toBe(false)
    expect(parseNotice("[").ok).toBe(false)
  })
})

describe("when the notice replaces the projection", () => {
  const provisional = getOrThrow(provisionalChinaCalendar({ through: 2031 }))
  const announced = getOrThrow(
    provisionalChinaCalendar({ years: [...chinaYears, getOrThrow(parseNotice(notice2027))], through: 2031 })
  )

  it("the projection starts after the notice's year", () => {
    expect(announced.announcedThrough).toBe("2027-12-31")
    expect(announced.coverage.to).toBe("2031-12-31")
  })

  it("diffCalendars lists the days that changed: the make-up Sunday 02-14 and Saturday 02-20 of the invented notice", () => {
    const changes = getOrThrow(diffCalendars(provisional, announced)).filter((c) => c.date.startsWith("2027"))
    expect(changes.map((c) => [c.date, c.before.working, c.after.working])).toEqual([
      ["2027-02-14", true, false],
      ["2027-02-20", false, true]
    ])
    expect(changes[0]?.before.provisional).toBe(true)
    expect(changes[0]?.after.provisional).toBeUndefined()
  })

  it("casesMovedBy: the cases whose due dates move, and only those", () => {
    const cases = [
      { id: "A-0201", events: [{ type: "accepted" as const, date: d("2027-02-01") }], limit: "5wd" },
      { id: "B-0301", events: [{ type: "accepted" as const, date: d("2027-03-01") }], limit: "10wd" },
      { id: "C-1201", events: [{ type: "accepted" as const, date: d("2026-12-01") }], limit: "30wd" }
    ]
    const moved = getOrThrow(casesMovedBy(cases, provisional, announced, { asOf: d("2027-03-02") }))
    expect(moved).toEqual([{ id: "A-0201", before: "2027-02-15", after: "2027-02-16" }])
    expect(getOrThrow(diffCalendars(chinaCalendar, chinaCalendar))).toEqual([])
  })

  it("a case the old calendar cannot date moves from nothing to its due date", () => {
    const cases = [{ id: "C", events: [{ type: "accepted" as const, date: d("2026-12-01") }], limit: "30wd" }]
    const moved = getOrThrow(casesMovedBy(cases, chinaCalendar, provisional, { asOf: d("2026-12-02") }))
    expect(moved).toEqual([{ id: "C", after: "2027-01-13" }])
  })
})

describe("wrong input from plain JS: an issue, never a throw", () => {
  const call = (f: () => { ok: boolean }) => {
    let threw = false
    let result: { ok: boolean } = { ok: true }
    try {
      result = f()
    } catch {
      threw = true
    }
    return { threw, ok: result.ok }
  }
  const untyped = (f: unknown, ...args: Array<unknown>): { ok: boolean } =>
    typeof f === "function" ? Reflect.apply(f, undefined, args) : { ok: false }

  it("parseNotice, diffCalendars, casesMovedBy, provisionalChinaCalendar, statutoryDays on anything", () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        expect(call(() => untyped(parseNotice, x))).toEqual({ threw: false, ok: false })
        expect(call(() => untyped(diffCalendars, x, chinaCalendar))).toEqual({ threw: false, ok: false })
        expect(call(() => untyped(casesMovedBy, [x], chinaCalendar, chinaCalendar, { asOf: "2024-01-02" })).threw).toBe(
          false
        )
        expect(call(() => untyped(casesMovedBy, x, chinaCalendar, x, { asOf: "2024-01-02" })).threw).toBe(false)
        // (undefined would mean the shipped years: a whole projection per run, timed elsewhere)
        expect(call(() => untyped(provisionalChinaCalendar, { years: x ?? [] })).threw).toBe(false)
        expect(call(() => untyped(statutoryDays, x)).threw).toBe(false)
      }),
      { numRuns: 100 }
    )
  }, 30_000)

  it("hostile keys and located issues", () => {
    const r = provisionalChinaCalendar({ years: [...chinaYears.slice(0, 2), JSON.parse('{"__proto__": {"x": 1}}')] })
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([["provisional_years_invalid", ["years", 2]]])
    const d2 = untyped(diffCalendars, chinaCalendar, null)
    expect(d2.ok).toBe(false)
  })
})

describe("a county layer reaching into 2027 cannot extend the national calendar, and says why", () => {
  it("the empty coverage names the way to extend it", () => {
    const county = {
      id: "county-2027",
      name: { zh: "县 2027", en: "county 2027" },
      level: "county" as const,
      coverage: { from: "2027-01-01", to: "2027-12-31" },
      sources: [{ id: "n", title: "县通知" }],
      daysOff: [],
      workdays: []
    }
    const r = isWorkingDay(d("2026-06-01"), { calendar: withLayers(chinaCalendar, [county]) })
    const issue = r.ok ? undefined : r.issues[0]
    expect(issue?.code).toBe("calendar_invalid")
    expect(issue?.message.en).toContain("add the national year right after it")
    expect(issue?.message.zh).toContain("parseNotice")
  })
})
