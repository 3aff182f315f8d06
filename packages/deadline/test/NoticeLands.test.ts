// The day the notice for a projected year lands, as a county lives it: the
// provisional 2027 replaced by a notice file that differs from the
// projection in a few days, and a county's own days off inside a projected
// year (announced local data, so labelled as the county's, not projected).
import { getOrThrow, type LocalDate, parseLocalDate, toDayNumber, fromDayNumber } from "@tongban/core"
import {
  type CalendarLayer,
  caseClock,
  casesMovedBy,
  chinaYears,
  describeDay,
  diffCalendars,
  isWorkingDay,
  parseNotice,
  withLayers,
  type WorkCalendar
} from "@tongban/deadline"
import { provisionalChinaCalendar } from "@tongban/deadline/provisional"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))

// What the provisional calendar projects for 2027 (国务院令第795号): 春节
// 2-5..2-12 with make-up Sundays 1-31 and 2-14, 劳动节 5-1..5-5 with make-up
// Saturday 5-8. The notice below differs: 春节 2-6..2-13 (so Friday 2-5 is
// worked and make-up Sunday 2-14 is not, Saturday 2-20 is), 劳动节's make-up
// day moves from Saturday 5-8 to Sunday 4-25. Everything else is as projected.
const notice2027 = {
  notice: "国办发明电〔2026〕9号",
  title: "国务院办公厅关于2027年部分节假日安排的通知",
  signed: "2026-11-20",
  year: 2027,
  daysOff: [
    { from: "2027-01-01", to: "2027-01-03", name: { zh: "元旦", en: "New Year's Day" } },
    { from: "2027-02-06", to: "2027-02-13", name: { zh: "春节", en: "Spring Festival" } },
    { from: "2027-04-03", to: "2027-04-05", name: { zh: "清明节", en: "Qingming Festival" } },
    { from: "2027-05-01", to: "2027-05-05", name: { zh: "劳动节", en: "Labour Day" } },
    { from: "2027-06-09", to: "2027-06-09", name: { zh: "端午节", en: "Dragon Boat Festival" } },
    { from: "2027-09-15", to: "2027-09-15", name: { zh: "中秋节", en: "Mid-Autumn Festival" } },
    { from: "2027-10-01", to: "2027-10-07", name: { zh: "国庆节", en: "National Day" } }
  ],
  workdays: [
    { date: "2027-01-31", name: { zh: "春节", en: "Spring Festival" } },
    { date: "2027-02-20", name: { zh: "春节", en: "Spring Festival" } },
    { date: "2027-04-25", name: { zh: "劳动节", en: "Labour Day" } },
    { date: "2027-09-26", name: { zh: "国庆节", en: "National Day" } },
    { date: "2027-10-09", name: { zh: "国庆节", en: "National Day" } }
  ]
}

const CHANGED = ["2027-02-05", "2027-02-14", "2027-02-20", "2027-04-25", "2027-05-08"]

const provisional = getOrThrow(provisionalChinaCalendar({ through: 2028 }))
const announced = getOrThrow(
  provisionalChinaCalendar({ years: [...chinaYears, getOrThrow(parseNotice(notice2027))], through: 2028 })
)

// An oracle that does not go through the calendar index's arithmetic: the
// provisional calendar's own day-by-day answer, and the notice's calendar as
// that answer with the changed days flipped.
const workingBefore = (day: number): boolean => getOrThrow(isWorkingDay(fromDayNumber(day), { calendar: provisional }))
const changed = new Set(CHANGED.map((s) => toDayNumber(d(s))))
const workingAfter = (day: number): boolean => (changed.has(day) ? !workingBefore(day) : workingBefore(day))
const nthWorkingDayAfter = (start: LocalDate, n: number, working: (day: number) => boolean): LocalDate => {
  let day = toDayNumber(start)
  for (let k = 0; k < n; ) if (working(++day)) k++
  return fromDayNumber(day)
}

// The random property takes up to 0.4 s of CPU (three runs at load 5 to 8),
// like the catalog's Bounded tests that outran vitest's 5 s default on a
// loaded machine: 30 s. Its outcome depends on no seed, zone or day: checked
// once over every start day from 2026-09-02 to 2027-11-30 and every limit
// from 1 to 40 working days (18,200 cases) in each of the three zones, the
// calendars agree with the oracle.
describe("the 2027 notice replaces the provisional year", { timeout: 30_000 }, () => {
  it("diffCalendars lists exactly the days whose working status the notice changed", () => {
    const changes = getOrThrow(diffCalendars(provisional, announced))
    expect(changes.map((c) => c.date)).toEqual(CHANGED)
    expect(changes.map((c) => [c.before.working, c.after.working])).toEqual([
      [false, true],
      [true, false],
      [false, true],
      [false, true],
      [true, false]
    ])
    // before: projected; after: the notice's, cited
    expect(changes.every((c) => c.before.provisional === true && c.after.provisional === undefined)).toBe(true)
    expect(changes.find((c) => c.date === "2027-02-20")?.after.source).toBe("国办发明电〔2026〕9号")
  })

  it("casesMovedBy lists exactly the cases whose due dates move (cited cases)", () => {
    const cases = [
      // accepted today with 30 working days: ends in January, untouched
      { id: "Dec-30wd", events: [{ type: "accepted" as const, date: d("2026-12-01") }], limit: "30wd" },
      // 20 working days through the Spring Festival (by hand: before, 1-26..29, 1-31, 2-1..4, 2-14, 2-15..19, 2-22..26;
      // after, Friday 2-5 gained, Sunday 2-14 lost, Saturday 2-20 gained: one day earlier)
      { id: "Jan-20wd", events: [{ type: "accepted" as const, date: d("2027-01-25") }], limit: "20wd" },
      // 10 working days over 4-25 (gained): one day earlier
      { id: "Apr-10wd", events: [{ type: "accepted" as const, date: d("2027-04-20") }], limit: "10wd" },
      // after every change
      { id: "Jun-10wd", events: [{ type: "accepted" as const, date: d("2027-06-01") }], limit: "10wd" }
    ]
    const moved = getOrThrow(casesMovedBy(cases, provisional, announced, { asOf: d("2027-12-31") }))
    expect(moved).toEqual([
      {
        id: "Jan-20wd",
        before: nthWorkingDayAfter(d("2027-01-25"), 20, workingBefore),
        after: nthWorkingDayAfter(d("2027-01-25"), 20, workingAfter)
      },
      {
        id: "Apr-10wd",
        before: nthWorkingDayAfter(d("2027-04-20"), 10, workingBefore),
        after: nthWorkingDayAfter(d("2027-04-20"), 10, workingAfter)
      }
    ])
    expect(moved.map((m) => [m.before, m.after])).toEqual([
      ["2027-02-26", "2027-02-25"],
      ["2027-05-07", "2027-05-06"]
    ])
  })

  it("over random cases, the moved ones are exactly those the oracle moves, with its dates", () => {
    const first = toDayNumber(d("2026-11-01"))
    const last = toDayNumber(d("2027-10-31"))
    const arbCase = fc.record({ day: fc.integer({ min: first, max: last }), n: fc.integer({ min: 1, max: 40 }) })
    fc.assert(
      fc.property(fc.array(arbCase, { maxLength: 12 }), (raw) => {
        const cases = raw.map((c, k) => ({
          id: `c${String(k)}`,
          events: [{ type: "accepted" as const, date: fromDayNumber(c.day) }],
          limit: `${String(c.n)}wd`
        }))
        const expected = raw.flatMap((c, k) => {
          const before = nthWorkingDayAfter(fromDayNumber(c.day), c.n, workingBefore)
          const after = nthWorkingDayAfter(fromDayNumber(c.day), c.n, workingAfter)
          return before === after ? [] : [{ id: `c${String(k)}`, before, after }]
        })
        expect(getOrThrow(casesMovedBy(cases, provisional, announced, { asOf: d("2027-12-31") }))).toEqual(expected)
      }),
      { numRuns: 60 }
    )
  })
})

// A county's own day off and make-up day in 2027, a projected year.
const county: CalendarLayer = {
  id: "t-county-2027",
  name: { zh: "T 县 2027 年", en: "T County 2027" },
  level: "county",
  sources: [{ id: "T县政办〔2026〕12号", title: "关于2027年县庆放假的通知" }],
  daysOff: [
    { from: "2027-03-15", to: "2027-03-15", name: { zh: "县庆", en: "County Day" }, source: "T县政办〔2026〕12号" }
  ],
  workdays: [{ date: "2027-03-20", name: { zh: "县庆", en: "County Day" }, source: "T县政办〔2026〕12号" }]
}

describe("a county layer in a projected year", () => {
  const calendar: WorkCalendar = withLayers(provisional, [county])

  it("its days are the county's (cited, not projected); the national days around them stay projected", () => {
    const off = getOrThrow(describeDay(d("2027-03-15"), { calendar }))
    expect(off).toMatchObject({
      working: false,
      kind: "day_off",
      source: "T县政办〔2026〕12号",
      layer: "t-county-2027"
    })
    expect(off.provisional).toBeUndefined()
    expect(off.reason.en).toBe("County Day holiday")
    const makeUp = getOrThrow(describeDay(d("2027-03-20"), { calendar }))
    expect(makeUp).toMatchObject({ working: true, kind: "make_up_workday", source: "T县政办〔2026〕12号" })
    expect(makeUp.provisional).toBeUndefined()
    const spring = getOrThrow(describeDay(d("2027-02-08"), { calendar }))
    expect(spring.provisional).toBe(true)
    expect(spring.reason.en).toContain("projected")
    expect(getOrThrow(describeDay(d("2027-03-16"), { calendar })).provisional).toBe(true)
  })

  it("a case clock's trace labels the county's day as the county's, the result still provisional", () => {
    const clock = getOrThrow(
      caseClock([{ type: "accepted", date: d("2027-03-10") }], { calendar, limit: "10wd", asOf: d("2027-03-10") })
    )
    expect(clock.provisional).toBe(true)
    const step = clock.trace.find((s) => s.date === "2027-03-15")
    expect(step?.source).toBe("T县政办〔2026〕12号")
    expect(step?.provisional).toBeUndefined()
    expect(clock.trace.filter((s) => s.date !== "2027-03-15").every((s) => s.provisional === true)).toBe(true)
  })
})
