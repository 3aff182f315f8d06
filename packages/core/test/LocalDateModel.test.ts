import {
  addYears,
  compareLocalDate,
  DayNumberRangeError,
  daysBetween,
  daysInMonth,
  dayOfWeek,
  formatLocalDate,
  fromDayNumber,
  isDayNumber,
  isLeapYear,
  isoWeekday,
  type LocalDate,
  localDateFromParts,
  MAX_DAY_NUMBER,
  MAX_YEAR,
  MIN_DAY_NUMBER,
  MIN_YEAR,
  parseLocalDate,
  toDayNumber
} from "@tongban/core"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

// Dates stated by the JavaScript Date in UTC (an independent calendar), and
// the issues of bad dates stated by their facts.

const DAY_MS = 86_400_000
const utc = (n: number): Date => new Date(n * DAY_MS)
const dayNumberArb = fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER })

describe("the calendar against the JavaScript Date", () => {
  it("the range is 1900-01-01 to 2200-12-31", () => {
    expect([MIN_YEAR, MAX_YEAR]).toEqual([1900, 2200])
    expect(utc(MIN_DAY_NUMBER).toISOString().slice(0, 10)).toBe("1900-01-01")
    expect(utc(MAX_DAY_NUMBER).toISOString().slice(0, 10)).toBe("2200-12-31")
  })

  it("fromDayNumber writes the day the Date names, and the weekday is the Date's", () => {
    fc.assert(
      fc.property(dayNumberArb, (n) => {
        const date = fromDayNumber(n)
        expect(date).toBe(utc(n).toISOString().slice(0, 10))
        expect(isoWeekday(n)).toBe(((utc(n).getUTCDay() + 6) % 7) + 1)
        expect(dayOfWeek(date)).toBe(isoWeekday(n))
      }),
      { numRuns: 2000 }
    )
  })

  it("isoWeekday holds for day numbers before 1970 and far outside the range", () => {
    expect([-1, 0, 1, -7, -8, -100_000].map(isoWeekday)).toEqual([3, 4, 5, 4, 3, 6])
  })

  it("leap years and month lengths are the Date's", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        expect(isLeapYear(year)).toBe(new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1)
        expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate())
      })
    )
    expect([1900, 2000, 2024, 2100, 2023].map(isLeapYear)).toEqual([false, true, true, false, false])
    expect(daysInMonth(2024, 13)).toBe(0)
    expect(daysInMonth(2024, 0)).toBe(0)
  })

  it("isDayNumber is exactly the whole numbers of the range", () => {
    expect([MIN_DAY_NUMBER, MAX_DAY_NUMBER, 0].map(isDayNumber)).toEqual([true, true, true])
    expect(
      [MIN_DAY_NUMBER - 1, MAX_DAY_NUMBER + 1, 0.5, Number.NaN, Number.POSITIVE_INFINITY].map(isDayNumber)
    ).toEqual([false, false, false, false, false])
  })

  it("fromDayNumber throws its tagged range error just outside the range, saying the number", () => {
    for (const n of [MIN_DAY_NUMBER - 1, MAX_DAY_NUMBER + 1, 1.5]) {
      let thrown: unknown
      try {
        fromDayNumber(n)
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(DayNumberRangeError)
      expect(thrown).toBeInstanceOf(RangeError)
      expect(thrown).toMatchObject({ _tag: "DayNumberRangeError", name: "DayNumberRangeError", dayNumber: n })
      expect(String(thrown)).toContain(`day number ${n} is not a whole number in ${MIN_DAY_NUMBER}..${MAX_DAY_NUMBER}`)
    }
  })

  it("compareLocalDate and daysBetween agree with day numbers", () => {
    fc.assert(
      fc.property(dayNumberArb, dayNumberArb, (a, b) => {
        const x = fromDayNumber(a)
        const y = fromDayNumber(b)
        expect(compareLocalDate(x, y)).toBe(a < b ? -1 : a > b ? 1 : 0)
        expect(daysBetween(x, y)).toBe(b - a)
        expect(toDayNumber(x)).toBe(a)
      })
    )
  })

  it("addYears is twelve months per year: 2024-02-29 plus one year is 2025-02-28, plus four 2028-02-29", () => {
    const leap = fromDayNumber(toDayNumber(parse("2024-02-29")))
    expect([addYears(leap, 1), addYears(leap, 4), addYears(leap, -124)]).toEqual([
      "2025-02-28",
      "2028-02-29",
      "1900-02-28"
    ])
  })
})

const parse = (text: string): LocalDate => {
  const r = parseLocalDate(text)
  if (!r.ok) throw new Error(text)
  return r.value
}

const issueOf = (r: ReturnType<typeof parseLocalDate>) =>
  r.ok ? undefined : r.issues.map((i) => ({ code: i.code, path: i.path, facts: i.facts, severity: i.severity }))

describe("the issues of bad dates", () => {
  it("a value that is not text says what it was", () => {
    const received = (value: unknown) => issueOf(parseLocalDate(value, { path: ["at"] }))
    expect(received(20240101)).toEqual([
      { code: "date_not_string", path: ["at"], facts: { received: "number" }, severity: "error" }
    ])
    expect(received(null)?.[0]?.facts).toEqual({ received: "null" })
    expect(received([])?.[0]?.facts).toEqual({ received: "array" })
    expect(received({})?.[0]?.facts).toEqual({ received: "object" })
  })

  it("malformed text is quoted up to 40 characters", () => {
    expect(issueOf(parseLocalDate("2024-1-01"))).toEqual([
      { code: "date_malformed", path: [], facts: { input: "2024-1-01" }, severity: "error" }
    ])
    const long = "x".repeat(50)
    expect(issueOf(parseLocalDate(long))?.[0]?.facts).toEqual({ input: "x".repeat(40) })
    expect(issueOf(parseLocalDate(" 2024-01-01"))?.[0]?.code).toBe("date_malformed")
    expect(issueOf(parseLocalDate("2024-01-01 "))?.[0]?.code).toBe("date_malformed")
  })

  it("a year outside 1900–2200 says the year and the range, just outside and just inside", () => {
    expect(issueOf(parseLocalDate("1899-12-31"))?.[0]).toEqual({
      code: "date_out_of_range",
      path: [],
      facts: { input: "1899-12-31", year: 1899, min: 1900, max: 2200 },
      severity: "error"
    })
    expect(issueOf(parseLocalDate("2201-01-01"))?.[0]?.facts.year).toBe(2201)
    expect(parseLocalDate("1900-01-01").ok && parseLocalDate("2200-12-31").ok).toBe(true)
  })

  it("a day that does not exist says the month's length; a month that does not exist says so", () => {
    expect(issueOf(parseLocalDate("2023-02-29"))?.[0]?.facts).toEqual({
      input: "2023-02-29",
      year: 2023,
      month: 2,
      day: 29,
      daysInMonth: 28
    })
    const month = parseLocalDate("2023-13-01")
    expect(month.ok ? undefined : [month.issues[0]?.facts.daysInMonth, month.issues[0]?.message.en]).toEqual([
      0,
      expect.stringMatching(/month/i)
    ])
    const day0 = parseLocalDate("2023-01-00")
    expect(day0.ok ? undefined : day0.issues[0]?.code).toBe("date_nonexistent")
    const month0 = parseLocalDate("2023-00-10")
    expect(month0.ok ? undefined : month0.issues[0]?.facts.daysInMonth).toBe(0)
    expect(parseLocalDate("2023-12-31").ok && parseLocalDate("2024-02-29").ok).toBe(true)
  })

  it("localDateFromParts tells the same problems from numbers", () => {
    expect(localDateFromParts(2024, 2, 29)).toEqual({ ok: true, value: "2024-02-29" })
    const frac = localDateFromParts(2024, 1.5, 1, { path: ["p"] })
    expect(frac.ok ? undefined : [frac.issues[0]?.code, frac.issues[0]?.path, frac.issues[0]?.facts]).toEqual([
      "date_malformed",
      ["p"],
      { input: "2024-1.5-1" }
    ])
    const range = localDateFromParts(-5, 1, 1)
    expect(range.ok ? undefined : range.issues[0]?.facts).toEqual({
      input: "0005-01-01",
      year: -5,
      min: 1900,
      max: 2200
    })
    const missing = localDateFromParts(2023, 2, 29)
    expect(missing.ok ? undefined : missing.issues[0]?.facts).toEqual({
      input: "2023-02-29",
      year: 2023,
      month: 2,
      day: 29,
      daysInMonth: 28
    })
    expect(localDateFromParts(2023, 4, 0).ok || localDateFromParts(2023, 0, 4).ok).toBe(false)
    expect(localDateFromParts(2200, 12, 31).ok && localDateFromParts(1900, 1, 1).ok).toBe(true)
    expect(localDateFromParts(2201, 1, 1).ok || localDateFromParts(1899, 12, 31).ok).toBe(false)
  })
})

describe("formatLocalDate", () => {
  it("writes every date in each style with its weekday", () => {
    fc.assert(
      fc.property(dayNumberArb, (n) => {
        const date = fromDayNumber(n)
        const d = utc(n)
        const weekday = d.toLocaleDateString("en-US", { timeZone: "UTC", weekday: "short" })
        const month = d.toLocaleDateString("en-US", { timeZone: "UTC", month: "short" })
        const rest = [String(d.getUTCDate()), month, String(d.getUTCFullYear())]
        expect(formatLocalDate(date, { style: "en", weekday: true })).toBe(`${weekday} ${rest.join(" ")}`)
        expect(formatLocalDate(date, { style: "en" })).toBe(rest.join(" "))
        expect(formatLocalDate(date)).toBe(date)
        expect(formatLocalDate(date, { weekday: true })).toBe(`${date} (${weekday})`)
        const zh = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
        expect(formatLocalDate(date, { style: "zh" })).toBe(zh)
        expect(formatLocalDate(date, { style: "zh", weekday: true })).toBe(
          `${zh}（星期${"日一二三四五六"[d.getUTCDay()]}）`
        )
      }),
      { numRuns: 300 }
    )
  })
})
