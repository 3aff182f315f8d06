import { addDays, fromDayNumber, getOrThrow, type LocalDate, parseLocalDate, toDayNumber } from "@tongban/core"
import {
  addWorkingDays,
  chinaCalendar,
  chinaCalendarOf,
  describeDay,
  isWorkingDay,
  listDays,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween
} from "@tongban/deadline"
import { china2024 } from "@tongban/deadline/china/2024"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { coveredDate, workingDayCount } from "./arbitraries/dates.js"

const calendar = chinaCalendar
const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))
const add = (date: LocalDate, n: number) => addWorkingDays(date, n, { calendar })
const working = (date: LocalDate) => getOrThrow(isWorkingDay(date, { calendar }))

/** The reference: a plain day-by-day walk over isWorkingDay. */
const walk = (date: LocalDate, n: number): LocalDate => {
  let cur = date
  let left = Math.abs(n)
  const step = n > 0 ? 1 : -1
  while (left > 0) {
    cur = addDays(cur, step)
    if (working(cur)) left--
  }
  return cur
}

describe("addWorkingDays: properties", () => {
  it("lands on a working day for n ≥ 1 and n ≤ -1", () => {
    fc.assert(
      fc.property(
        coveredDate(),
        workingDayCount.filter((n) => n !== 0),
        (date, n) => {
          expect(working(getOrThrow(add(date, n)))).toBe(true)
        }
      )
    )
  })

  it("inverts workingDaysBetween: between(d, add(d, n)) = n", () => {
    fc.assert(
      fc.property(coveredDate(), workingDayCount, (date, n) => {
        const to = getOrThrow(add(date, n))
        const between = getOrThrow(workingDaysBetween(date, to, { calendar }))
        // from a rest day, going back lands on a working day counted from the day before
        if (n >= 0 || working(date)) expect(between).toBe(n)
        else expect(between).toBe(n + 1)
      })
    )
  })

  it("is monotone in n", () => {
    fc.assert(
      fc.property(coveredDate(), workingDayCount, workingDayCount, (date, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        expect(getOrThrow(add(date, lo)) <= getOrThrow(add(date, hi))).toBe(true)
      })
    )
  })

  it("composes from a working day: add(add(d, a), b) = add(d, a + b)", () => {
    fc.assert(
      fc.property(coveredDate(), workingDayCount, workingDayCount, (date, a, b) => {
        fc.pre(working(date))
        expect(getOrThrow(add(getOrThrow(add(date, a)), b))).toBe(getOrThrow(add(date, a + b)))
      })
    )
  })

  it("agrees with a day-by-day walk", () => {
    fc.assert(
      fc.property(coveredDate(), workingDayCount, (date, n) => {
        expect(getOrThrow(add(date, n))).toBe(walk(date, n))
      })
    )
  })

  it("returns the date itself for n = 0", () => {
    fc.assert(
      fc.property(coveredDate(), (date) => {
        expect(getOrThrow(add(date, 0))).toBe(date)
      })
    )
  })

  it("next and previous working day are add ±1", () => {
    fc.assert(
      fc.property(coveredDate("2004-01-10"), (date) => {
        expect(nextWorkingDay(date, { calendar })).toEqual(add(date, 1))
        expect(previousWorkingDay(date, { calendar })).toEqual(add(date, -1))
      })
    )
  })

  it("gives the same answers from a one-year calendar as from the full one, within that year", () => {
    const one = getOrThrow(chinaCalendarOf([china2024]))
    fc.assert(
      fc.property(coveredDate("2024-01-01", "2024-12-31"), (date) => {
        expect(isWorkingDay(date, { calendar: one })).toEqual(isWorkingDay(date, { calendar }))
      })
    )
  })
})

describe("addWorkingDays: cited cases", () => {
  it("accepted Friday 2024-09-27, 20 working days → 2024-10-30 (行政许可法第四十二条; 国办发明电〔2023〕7号: 09-29 worked, 10-01…07 off, 10-12 worked)", () => {
    expect(add(d("2024-09-27"), 20)).toEqual({ ok: true, value: "2024-10-30" })
  })

  it("received 2026-02-13, 5 working days → 2026-02-27 (行政许可法第三十二条; 国办发明电〔2025〕7号: 02-14 worked, 02-15…23 off)", () => {
    expect(add(d("2026-02-13"), 5)).toEqual({ ok: true, value: "2026-02-27" })
  })

  it("Saturday 2005-12-31 is a working day (国办发明电〔2005〕35号)", () => {
    expect(isWorkingDay(d("2005-12-31"), { calendar })).toEqual({ ok: true, value: true })
    expect(getOrThrow(describeDay(d("2005-12-31"), { calendar })).source).toBe("国办发明电〔2005〕35号")
  })

  it("2015-09-03…05 off and Sunday 09-06 worked (国发明电〔2015〕1号)", () => {
    expect(["2015-09-03", "2015-09-04", "2015-09-05", "2015-09-06"].map((s) => working(d(s)))).toEqual([
      false,
      false,
      false,
      true
    ])
  })

  it("Labour Day 2019 is 05-01…04 with 04-28 and 05-05 worked (国办发明电〔2019〕3号)", () => {
    expect(
      ["2019-04-28", "2019-05-01", "2019-05-02", "2019-05-03", "2019-05-04", "2019-05-05"].map((s) => working(d(s)))
    ).toEqual([true, false, false, false, false, true])
  })

  it("Spring Festival 2020 extended to 02-02, Saturday 02-01 no longer worked (国办发明电〔2020〕1号)", () => {
    expect(["2020-01-31", "2020-02-01", "2020-02-02", "2020-02-03"].map((s) => working(d(s)))).toEqual([
      false,
      false,
      false,
      true
    ])
  })
})

describe("coverage", () => {
  it("refuses 2027 with calendar_out_of_coverage (no notice for 2027 yet)", () => {
    const r = isWorkingDay(d("2027-01-04"), { calendar })
    expect(r.ok ? "" : r.issues[0]?.code).toBe("calendar_out_of_coverage")
    expect(r.ok ? {} : r.issues[0]?.facts).toMatchObject({ date: "2027-01-04", to: "2026-12-31" })
  })

  it("refuses 2003 and a result that would leave the coverage", () => {
    const before = isWorkingDay(d("2003-12-31"), { calendar })
    expect(before.ok ? "" : before.issues[0]?.code).toBe("calendar_out_of_coverage")
    const after = add(d("2026-12-25"), 10)
    expect(after.ok ? "" : after.issues[0]?.code).toBe("calendar_out_of_coverage")
    const back = add(d("2004-01-05"), -10)
    expect(back.ok ? "" : back.issues[0]?.code).toBe("calendar_out_of_coverage")
  })

  it("reports malformed and hostile input as issues, never a throw or a guess", () => {
    for (const bad of ["2024-13-01", "2024-02-30", "", "2024-1-1", "x".repeat(10_000), "２０２４-01-01"]) {
      // @ts-expect-error: a plain string, as JavaScript callers pass
      const r = isWorkingDay(bad, { calendar })
      expect(r.ok).toBe(false)
    }
    for (const bad of [undefined, null, 20240101, {}, []]) {
      // @ts-expect-error: JavaScript callers can pass anything
      expect(isWorkingDay(bad, { calendar }).ok).toBe(false)
    }
    expect(add(d("2024-01-02"), 1.5).ok).toBe(false)
    expect(add(d("2024-01-02"), Number.NaN).ok).toBe(false)
    expect(add(d("2024-01-02"), Number.MAX_SAFE_INTEGER).ok).toBe(false)
  })
})

describe("listDays", () => {
  it("names every day of the National Day week 2024 and its notice", () => {
    const days = getOrThrow(listDays(d("2024-09-28"), d("2024-10-08"), { calendar }))
    expect(days.map((x) => [x.date, x.working, x.kind])).toEqual([
      ["2024-09-28", false, "restday"],
      ["2024-09-29", true, "make_up_workday"],
      ["2024-09-30", true, "workday"],
      ...[1, 2, 3, 4, 5, 6, 7].map((k) => [`2024-10-0${k}`, false, "day_off"]),
      ["2024-10-08", true, "workday"]
    ])
    expect(days[3]?.source).toBe("国办发明电〔2023〕7号")
  })

  it("counts every working day of the coverage once", () => {
    const first = d("2004-01-01")
    const days = getOrThrow(listDays(first, d("2026-12-31"), { calendar }))
    expect(days).toHaveLength(toDayNumber(d("2026-12-31")) - toDayNumber(first) + 1)
    expect(days.every((x, i) => x.date === fromDayNumber(toDayNumber(first) + i))).toBe(true)
    const count = days.filter((x) => x.working).length
    const between = getOrThrow(workingDaysBetween(first, d("2026-12-31"), { calendar }))
    expect(between + (working(first) ? 1 : 0)).toBe(count)
  })
})

describe("beyond the national coverage", () => {
  it("addWorkingDays 2026-12-01 + 30: calendar_out_of_coverage saying the 2027 notice is not published and how to go on", () => {
    const r = addWorkingDays(getOrThrow(parseLocalDate("2026-12-01")), 30, { calendar: chinaCalendar })
    const issue = r.ok ? undefined : r.issues[0]
    expect(issue?.code).toBe("calendar_out_of_coverage")
    expect(issue?.facts).toMatchObject({ year: 2027, hint: "notice_not_published" })
    expect(issue?.message.en).toContain("not published yet")
    expect(issue?.message.zh).toContain("provisionalChinaCalendar")
  })

  it("a date before the coverage says nothing of notices", () => {
    const r = isWorkingDay(getOrThrow(parseLocalDate("2003-06-02")), { calendar: chinaCalendar })
    expect(r.ok ? undefined : r.issues[0]?.facts.hint).toBeUndefined()
  })
})
