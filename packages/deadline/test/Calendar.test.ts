import { getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import {
  type CalendarLayer,
  calendarLayerJsonSchema,
  chinaCalendar,
  chinaCalendarOf,
  checkCalendar,
  describeDay,
  dueDate,
  guangxiSanyuesan,
  isWorkingDay,
  parseCalendar,
  parseCalendarLayer,
  qiandongnanFoundingDay,
  withLayers
} from "@tongban/deadline"
import { china2016 } from "@tongban/deadline/china/2016"
import { china2017 } from "@tongban/deadline/china/2017"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { coveredDate } from "./arbitraries/dates.js"

const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))

/** Guangxi 2017: 三月三 03-30, 31 off; the national make-up Saturday 04-01 cancelled; Saturday 04-08 worked instead. */
const guangxi2017: CalendarLayer = {
  id: "gx-2017",
  name: { zh: "广西2017年三月三", en: "Guangxi Sanyuesan 2017" },
  level: "province",
  coverage: { from: "2017-01-01", to: "2017-12-31" },
  sources: [
    {
      id: "桂政办2017三月三",
      title: "广西壮族自治区人民政府办公厅关于2017年“壮族三月三”放假的通知",
      signed: "2017-02-10"
    }
  ],
  daysOff: [
    { from: "2017-03-30", to: "2017-03-31", name: { zh: "壮族三月三", en: "Sanyuesan" }, source: "桂政办2017三月三" }
  ],
  workdays: [{ date: "2017-04-08", name: { zh: "壮族三月三", en: "Sanyuesan" }, source: "桂政办2017三月三" }],
  cancelledWorkdays: [{ date: "2017-04-01", name: { zh: "壮族三月三", en: "Sanyuesan" }, source: "桂政办2017三月三" }]
}

describe("layers", () => {
  it("a province cancels a national make-up day: Guangxi 2017-04-01 (桂政办2017三月三; 国办发明电〔2016〕17号 made it a working day)", () => {
    const national = getOrThrow(chinaCalendarOf([china2016, china2017]))
    const calendar = withLayers(national, [guangxi2017])
    expect(isWorkingDay(d("2017-04-01"), { calendar: national })).toEqual({ ok: true, value: true })
    expect(isWorkingDay(d("2017-04-01"), { calendar })).toEqual({ ok: true, value: false })
    expect(getOrThrow(describeDay(d("2017-04-01"), { calendar })).kind).toBe("cancelled_make_up")
    expect(isWorkingDay(d("2017-04-08"), { calendar })).toEqual({ ok: true, value: true })
    expect(calendar.coverage).toEqual({ from: "2017-01-01", to: "2017-12-31" })
  })

  it("Guangxi 三月三 2023–2026 from the autonomous region's notices; 2023-04-23, a national make-up Sunday, is off", () => {
    const calendar = withLayers(chinaCalendar, [guangxiSanyuesan])
    const off = [
      "2023-04-21",
      "2023-04-23",
      "2024-04-11",
      "2024-04-12",
      "2025-03-31",
      "2025-04-01",
      "2026-04-17",
      "2026-04-20"
    ]
    for (const s of off) expect(isWorkingDay(d(s), { calendar })).toEqual({ ok: true, value: false })
    expect(isWorkingDay(d("2023-04-23"), { calendar: chinaCalendar })).toEqual({ ok: true, value: true })
    const before = isWorkingDay(d("2022-04-04"), { calendar })
    expect(before.ok ? "" : before.issues[0]?.code).toBe("calendar_out_of_coverage")
  })

  it("黔东南州 州庆: 07-23 and 07-24 off every year (自治条例第六十一条)", () => {
    const calendar = withLayers(chinaCalendar, [qiandongnanFoundingDay])
    expect(isWorkingDay(d("2018-07-23"), { calendar })).toEqual({ ok: true, value: false })
    expect(isWorkingDay(d("2018-07-24"), { calendar })).toEqual({ ok: true, value: false })
    expect(isWorkingDay(d("2018-07-25"), { calendar })).toEqual({ ok: true, value: true })
    expect(getOrThrow(describeDay(d("2024-07-23"), { calendar })).source).toBe("黔东南州自治条例第六十一条")
    expect(calendar.coverage).toEqual(chinaCalendar.coverage)
  })

  it("an extra day off in a layer never moves a due date earlier", () => {
    fc.assert(
      fc.property(
        coveredDate(),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 5 }),
        (from, after, amount, length) => {
          const offStart = getOrThrow(
            dueDate(from, { amount: after, unit: "natural_day" }, { calendar: chinaCalendar })
          )
          const offEnd = getOrThrow(
            dueDate(offStart, { amount: length, unit: "natural_day" }, { calendar: chinaCalendar })
          )
          const layer: CalendarLayer = {
            id: "closure",
            name: { zh: "闭馆", en: "closure" },
            level: "centre",
            sources: [{ id: "s", title: "通知" }],
            daysOff: [{ from: offStart, to: offEnd, name: { zh: "闭馆", en: "closure" }, source: "s" }],
            workdays: []
          }
          const calendar = withLayers(chinaCalendar, [layer])
          for (const unit of ["working_day", "natural_day"] as const) {
            const base = getOrThrow(dueDate(from, { amount, unit }, { calendar: chinaCalendar }))
            const layered = getOrThrow(dueDate(from, { amount, unit }, { calendar }))
            expect(layered >= base).toBe(true)
          }
        }
      )
    )
  })
})

describe("calendar data from outside", () => {
  const layer = {
    id: "t-county",
    name: { zh: "T县", en: "T County" },
    level: "county",
    sources: [{ id: "n", title: "T县通知" }],
    daysOff: [{ from: "2024-03-12", to: "2024-03-12", name: { zh: "检修", en: "maintenance" }, source: "n" }],
    workdays: []
  }

  it("reads a layer from JSON text and locates every mistake", () => {
    expect(parseCalendarLayer(JSON.stringify(layer)).ok).toBe(true)
    const bad = parseCalendarLayer({
      ...layer,
      daysOff: [
        { from: "2024-03-13", to: "2024-03-12", name: { zh: "x", en: "x" }, source: "n" },
        { from: "2024-02-30", to: "2024-03-01", name: { zh: "x", en: "x" }, source: "zz" }
      ]
    })
    expect(bad.ok ? [] : bad.issues.map((i) => [i.code, i.path])).toEqual([
      ["range_reversed", ["daysOff", 0]],
      ["date_invalid", ["daysOff", 1, "from"]],
      ["source_unknown", ["daysOff", 1, "source"]]
    ])
  })

  it("refuses hostile JSON: __proto__ keys, deep nesting, malformed text", () => {
    expect(parseCalendarLayer('{"__proto__": {"x": 1}}').ok).toBe(false)
    expect(parseCalendarLayer("[".repeat(10_000)).ok).toBe(false)
    expect(parseCalendarLayer("{").ok).toBe(false)
    expect(parseCalendarLayer("").ok).toBe(false)
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(typeof parseCalendarLayer(input).ok).toBe("boolean")
        expect(typeof parseCalendar(input).ok).toBe("boolean")
      })
    )
  })

  it("checks a whole calendar the way it will be used", () => {
    const cancelNothing = {
      id: "c",
      name: { zh: "c", en: "c" },
      weekdays: [1, 2, 3, 4, 5],
      coverage: { from: "2024-01-01", to: "2024-12-31" },
      layers: [{ ...layer, cancelledWorkdays: [{ date: "2024-03-13", name: { zh: "x", en: "x" }, source: "n" }] }]
    }
    const r = parseCalendar(cancelNothing)
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ["calendar_invalid", ["layers", 0, "cancelledWorkdays", 0, "date"]]
    ])
    const empty = checkCalendar({ ...chinaCalendar, coverage: { from: "2025-01-01", to: "2024-01-01" } })
    expect(empty.ok ? "" : empty.issues[0]?.code).toBe("calendar_invalid")
  })

  it("publishes a JSON Schema", () => {
    expect(calendarLayerJsonSchema()).toMatchObject({ type: "object" })
  })

  it("builds a calendar only from contiguous years", () => {
    const r = chinaCalendarOf([china2017, china2016])
    expect(r.ok ? r.value.coverage : undefined).toEqual({ from: "2016-01-01", to: "2017-12-31" })
    const gap = chinaCalendarOf([china2016, { ...china2017, coverage: { from: "2018-01-01", to: "2018-12-31" } }])
    expect(gap.ok ? "" : gap.issues[0]?.code).toBe("calendar_years_not_contiguous")
    const none = chinaCalendarOf([])
    expect(none.ok ? "" : none.issues[0]?.code).toBe("calendar_years_empty")
    const { coverage: _dropped, ...bare } = china2017
    const uncovered = chinaCalendarOf([china2016, bare])
    expect(uncovered.ok ? "" : uncovered.issues[0]?.path).toEqual(["years", 1])
  })
})
