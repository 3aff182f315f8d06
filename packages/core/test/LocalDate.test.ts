import {
  addDays,
  addMonths,
  addYears,
  compareLocalDate,
  DayNumberRangeError,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  formatLocalDate,
  fromDayNumber,
  getOrThrow,
  isLocalDate,
  type LocalDate,
  localDateFromParts,
  MAX_DAY_NUMBER,
  MAX_YEAR,
  MIN_DAY_NUMBER,
  MIN_YEAR,
  parseLocalDate,
  toDayNumber,
  toParts
} from "@tongban/core"
import { addMonths as dateFnsAddMonths } from "date-fns"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { dateLikeString, localDate } from "./arbitraries/LocalDate.js"

const d = (s: string) => getOrThrow(parseLocalDate(s))

describe("parseLocalDate", () => {
  it.each([
    ["2026-02-30", "date_nonexistent"],
    ["2026-13-01", "date_nonexistent"],
    ["2026-00-10", "date_nonexistent"],
    ["2023-02-29", "date_nonexistent"],
    ["2026-2-3", "date_malformed"],
    ["", "date_malformed"],
    [" 2026-02-03", "date_malformed"],
    ["2026-02-03T00:00:00Z", "date_malformed"],
    ["２０２６-02-03", "date_malformed"],
    ["1899-12-31", "date_out_of_range"],
    ["2201-01-01", "date_out_of_range"]
  ])("rejects %j with %s, located and in both languages", (input, code) => {
    const result = parseLocalDate(input, { path: ["cases", 0, "received"] })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toHaveLength(1)
    const [issue] = result.issues
    expect(issue?.code).toBe(code)
    expect(issue?.path).toEqual(["cases", 0, "received"])
    expect(issue?.message.zh).toMatch(/[\u4e00-\u9fff]/)
    expect(issue?.message.en).toMatch(/[a-z]/)
  })

  it.each([[null], [undefined], [20260203], [{}], [[]], [true], [Symbol("x")], [10n]])(
    "rejects the non-string %s with date_not_string",
    (input) => {
      const result = parseLocalDate(input)
      expect(result.ok ? "" : result.issues[0]?.code).toBe("date_not_string")
    }
  )

  it("accepts the edges of the range and leap days", () => {
    expect(parseLocalDate("1900-01-01").ok).toBe(true)
    expect(parseLocalDate("2200-12-31").ok).toBe(true)
    expect(parseLocalDate("2024-02-29").ok).toBe(true)
    expect(parseLocalDate("2000-02-29").ok).toBe(true)
    expect(parseLocalDate("1900-02-29").ok).toBe(false)
    expect(parseLocalDate("2100-02-29").ok).toBe(false)
  })

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), dateLikeString), (input) => {
        const result = parseLocalDate(input)
        if (result.ok) expect(isLocalDate(result.value)).toBe(true)
        else expect(result.issues.length).toBe(1)
      }),
      { numRuns: 2000 }
    )
  })

  it("accepts exactly the strings that are real dates in range", () => {
    fc.assert(
      fc.property(dateLikeString, (input) => {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input)
        const real =
          m !== null &&
          Number(m[1]) >= 1900 &&
          Number(m[1]) <= 2200 &&
          Number(m[2]) >= 1 &&
          Number(m[2]) <= 12 &&
          Number(m[3]) >= 1 &&
          Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]))
        expect(parseLocalDate(input).ok).toBe(real)
      }),
      { numRuns: 5000 }
    )
  })
})

describe("round trips", () => {
  it("parse then format is the identity", () => {
    fc.assert(
      fc.property(localDate, (date) => {
        expect(getOrThrow(parseLocalDate(formatLocalDate(date)))).toBe(date)
      })
    )
  })

  it("day number round trip holds for every date 1900–2200", () => {
    let previous = ""
    for (let n = MIN_DAY_NUMBER; n <= MAX_DAY_NUMBER; n++) {
      const date = fromDayNumber(n)
      if (toDayNumber(date) !== n) throw new Error(`round trip failed at ${n} (${date})`)
      if (!(date > previous)) throw new Error(`not increasing at ${date}`)
      previous = date
    }
    expect(fromDayNumber(MIN_DAY_NUMBER)).toBe("1900-01-01")
    expect(fromDayNumber(MAX_DAY_NUMBER)).toBe("2200-12-31")
  })

  it("parts round trip", () => {
    fc.assert(
      fc.property(localDate, (date) => {
        const { year, month, day } = toParts(date)
        expect(getOrThrow(localDateFromParts(year, month, day))).toBe(date)
      })
    )
  })

  it("agrees with the JavaScript Date in UTC", () => {
    fc.assert(
      fc.property(localDate, (date) => {
        expect(toDayNumber(date)).toBe(Date.parse(`${date}T00:00:00Z`) / 86_400_000)
        expect(dayOfWeek(date) % 7).toBe(new Date(`${date}T00:00:00Z`).getUTCDay())
      })
    )
  })
})

describe("ordering", () => {
  it("agrees with day numbers", () => {
    fc.assert(
      fc.property(localDate, localDate, (a, b) => {
        expect(compareLocalDate(a, b)).toBe(Math.sign(toDayNumber(a) - toDayNumber(b)))
        expect(daysBetween(a, b)).toBe(toDayNumber(b) - toDayNumber(a))
      })
    )
  })

  it("sorts like day numbers", () => {
    fc.assert(
      fc.property(fc.array(localDate), (dates) => {
        const byCompare = [...dates].sort(compareLocalDate)
        const byNumber = [...dates].sort((a, b) => toDayNumber(a) - toDayNumber(b))
        expect(byCompare).toEqual(byNumber)
      })
    )
  })
})

describe("arithmetic and formatting", () => {
  it("adds days across month and leap boundaries", () => {
    expect(addDays(d("2024-02-28"), 1)).toBe("2024-02-29")
    expect(addDays(d("2023-02-28"), 1)).toBe("2023-03-01")
    expect(addDays(d("2026-12-31"), 1)).toBe("2027-01-01")
    expect(addDays(d("2026-01-01"), -1)).toBe("2025-12-31")
  })

  it("throws a tagged error leaving the range (a programmer error)", () => {
    expect(() => addDays(d("2200-12-31"), 1)).toThrow(DayNumberRangeError)
    expect(() => fromDayNumber(0.5)).toThrow(DayNumberRangeError)
  })

  it("formats in Chinese and English", () => {
    expect(formatLocalDate(d("2026-10-01"), { style: "zh", weekday: true })).toBe("2026年10月1日（星期四）")
    expect(formatLocalDate(d("2026-10-01"), { style: "en", weekday: true })).toBe("Thu 1 Oct 2026")
    expect(formatLocalDate(d("2026-10-04"), { weekday: true })).toBe("2026-10-04 (Sun)")
  })

  it("localDateFromParts rejects fractions and bad parts", () => {
    expect(localDateFromParts(2026, 2.5, 1).ok).toBe(false)
    expect(localDateFromParts(2026, 2, 29).ok).toBe(false)
    expect(localDateFromParts(1800, 2, 1).ok).toBe(false)
  })
})

describe("addMonths and addYears (民法典第二百零二条: the corresponding day, else the month's last day)", () => {
  const d = (s: string) => getOrThrow(parseLocalDate(s))
  // date-fns as the oracle, on local dates built from parts and read back by parts.
  const viaDateFns = (date: LocalDate, months: number): string => {
    const { year, month, day } = toParts(date)
    const r = dateFnsAddMonths(new Date(year, month - 1, day, 12), months)
    return `${r.getFullYear()}-${String(r.getMonth() + 1).padStart(2, "0")}-${String(r.getDate()).padStart(2, "0")}`
  }

  it("clamps to the end of a shorter month and keeps leap days only in leap years", () => {
    expect(addMonths(d("2024-01-31"), 1)).toBe("2024-02-29")
    expect(addMonths(d("2023-01-31"), 1)).toBe("2023-02-28")
    expect(addMonths(d("2026-05-31"), -1)).toBe("2026-04-30")
    expect(addYears(d("2024-02-29"), 1)).toBe("2025-02-28")
    expect(addYears(d("2024-02-29"), -4)).toBe("2020-02-29")
    expect(addMonths(d("1900-01-31"), 1)).toBe("1900-02-28")
  })

  it("agrees with date-fns addMonths on every date and month count", () => {
    fc.assert(
      fc.property(localDate, fc.integer({ min: -600, max: 600 }), (date, months) => {
        const year = toParts(date).year + Math.floor((toParts(date).month - 1 + months) / 12)
        fc.pre(year >= MIN_YEAR && year <= MAX_YEAR)
        expect(addMonths(date, months)).toBe(viaDateFns(date, months))
      }),
      { numRuns: 2000 }
    )
  })

  it("goes back where it came from unless it clamped, and never moves by more than the months say", () => {
    fc.assert(
      fc.property(localDate, fc.integer({ min: -120, max: 120 }), (date, months) => {
        const year = toParts(date).year + Math.floor((toParts(date).month - 1 + months) / 12)
        fc.pre(year >= MIN_YEAR && year <= MAX_YEAR)
        const there = addMonths(date, months)
        if (toParts(there).day === toParts(date).day) expect(addMonths(there, -months)).toBe(date)
        else expect(toParts(there).day).toBe(daysInMonth(toParts(there).year, toParts(there).month))
      }),
      { numRuns: 1000 }
    )
  })

  it("throws the range error, a programmer's error, outside 1900–2200 or for a fractional count", () => {
    expect(() => addMonths(d("2200-12-01"), 1)).toThrow(DayNumberRangeError)
    expect(() => addMonths(d("1900-01-01"), -1)).toThrow(DayNumberRangeError)
    expect(() => addMonths(d("2026-01-01"), 0.5)).toThrow(DayNumberRangeError)
  })
})
