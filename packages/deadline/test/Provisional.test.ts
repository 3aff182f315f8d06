import { fromDayNumber, getOrThrow, type LocalDate, parseLocalDate, toDayNumber } from "@tongban/core"
import {
  addWorkingDays,
  caseClock,
  chinaCalendar,
  chinaYears,
  describeDay,
  explainDueDate,
  isWorkingDay,
  listDays,
  parseCalendar,
  STATUTE_VERSIONS,
  statuteInForce,
  workingDaysBetween
} from "@tongban/deadline"
import { backtestYear, provisionalChinaCalendar, statutoryDays } from "@tongban/deadline/provisional"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))
const calendar = getOrThrow(provisionalChinaCalendar({ through: 2031 }))

describe("the statute as data", () => {
  it("four versions, each in force from its day: 国务院令第270、513、644、795号", () => {
    expect(STATUTE_VERSIONS.map((v) => [v.decree, v.inForce])).toEqual([
      ["国务院令第270号", "1999-09-18"],
      ["国务院令第513号", "2008-01-01"],
      ["国务院令第644号", "2014-01-01"],
      ["国务院令第795号", "2025-01-01"]
    ])
    expect(statuteInForce(2013)?.id).toBe("2007")
    expect(statuteInForce(2014)?.id).toBe("2013")
    expect(statuteInForce(2025)?.id).toBe("2024")
    expect(STATUTE_VERSIONS.map((v) => v.holidays.reduce((n, h) => n + h.days.length, 0))).toEqual([10, 11, 11, 13])
  })

  it("every statutory day 2008–2026 derived from the statute and tyme4ts is a day off in the national data", () => {
    let checked = 0
    for (let year = 2008; year <= 2026; year++) {
      for (const day of getOrThrow(statutoryDays(year))) {
        const working = getOrThrow(isWorkingDay(day.date, { calendar: chinaCalendar }))
        expect({ date: day.date, holiday: day.holiday, working }).toEqual({
          date: day.date,
          holiday: day.holiday,
          working: false
        })
        checked++
      }
    }
    // 2008–2013: 11 a year; 2014–2024: 11; 2025–2026: 13.
    expect(checked).toBe(6 * 11 + 11 * 11 + 2 * 13)
  })

  it("国务院令第795号 renumbers: 补假 stays art. 6, the inserted 调休 article is art. 7 (决定: “增加一条，作为第七条”)", () => {
    const v2024 = STATUTE_VERSIONS.find((v) => v.id === "2024")
    expect(v2024?.substituteArticle.startsWith("第六条")).toBe(true)
    expect(v2024?.adjustmentArticle?.startsWith("第七条")).toBe(true)
    expect(v2024?.adjustmentArticle).toContain("连续工作一般不超过6天")
    for (const v of STATUTE_VERSIONS.filter((x) => x.id !== "2024")) {
      expect(v.substituteArticle.startsWith("第六条")).toBe(true)
      expect(v.adjustmentArticle).toBeUndefined()
    }
    // 第二条 keeps its seven items in every version since 2007: (一) 元旦 … (七) 国庆节.
    expect(v2024?.holidays.map((h) => h.article.slice(0, 6))).toEqual([
      "第二条（一）",
      "第二条（二）",
      "第二条（三）",
      "第二条（四）",
      "第二条（五）",
      "第二条（六）",
      "第二条（七）"
    ])
  })

  it("2025 under 国务院令第795号: 除夕 2025-01-28 and 劳动节 5-1, 5-2, each with its article", () => {
    const days = getOrThrow(statutoryDays(2025))
    expect(days.filter((x) => x.holiday === "spring_festival").map((x) => x.date)).toEqual([
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31"
    ])
    expect(days.find((x) => x.holiday === "labour_day")?.article).toBe("第二条（四）劳动节，放假2天（5月1日、2日）")
    expect(days.find((x) => x.holiday === "qingming")?.date).toBe("2025-04-04")
  })

  it("a year outside 2000–2100 is an issue, not a throw", () => {
    for (const y of [1999, 2101, 2026.5, Number.NaN]) {
      const r = statutoryDays(y)
      expect(r.ok ? "" : r.issues[0]?.code).toBe("statute_year_unsupported")
    }
  })
})

// The backtest: each year projected from the notices up to the year before,
// compared day by day with the real calendar. This table is the one in
// docs/deadlines.md; a change of the algorithm that moves a number must
// change the docs with it.
const BACKTEST: Record<number, number> = {
  2015: 3,
  2016: 0,
  2017: 0,
  2018: 0,
  2019: 4,
  2020: 2,
  2021: 0,
  2022: 0,
  2023: 0,
  2024: 4,
  2025: 0,
  2026: 0
}

describe("backtest 2015–2026 against the real calendar", () => {
  const results = Object.keys(BACKTEST).map((y) => getOrThrow(backtestYear(Number(y))))

  it("wrong days per year as in docs/deadlines.md", () => {
    expect(Object.fromEntries(results.map((r) => [r.year, r.wrong]))).toEqual(BACKTEST)
  })

  it("at most 3 wrong days a year on average and none worse than 6, 2020 apart", () => {
    const usual = results.filter((r) => r.year !== 2020)
    expect(usual.reduce((s, r) => s + r.wrong, 0) / usual.length).toBeLessThanOrEqual(3)
    expect(Math.max(...usual.map((r) => r.wrong))).toBeLessThanOrEqual(6)
  })

  it("the wrong days are the ones no statute foresaw: 2015 抗战胜利70周年, 2019 劳动节调整, 2020 春节延长", () => {
    const of = (y: number) => results.find((r) => r.year === y)?.days.map((x) => x.date)
    expect(of(2015)).toEqual(["2015-09-03", "2015-09-04", "2015-09-06"])
    expect(of(2019)).toEqual(["2019-04-28", "2019-05-02", "2019-05-03", "2019-05-05"])
    expect(of(2020)).toEqual(["2020-01-31", "2020-02-01"])
  })
})

describe("provisional calendar", () => {
  it("covers 2027–2031 past the notices and says where the notices end", () => {
    expect(calendar.coverage).toEqual({ from: "2004-01-01", to: "2031-12-31" })
    expect(calendar.announcedThrough).toBe("2026-12-31")
    expect(chinaCalendar.coverage.to).toBe("2026-12-31")
    expect(isWorkingDay(d("2027-01-04"), { calendar: chinaCalendar }).ok).toBe(false)
  })

  it("2027 under the 2024 version: 春节 from 除夕 2027-02-05 for 8 days, 劳动节 5 days, 国庆 7 days", () => {
    const off = (from: string, to: string) =>
      getOrThrow(listDays(d(from), d(to), { calendar }))
        .filter((x) => !x.working)
        .map((x) => x.date)
    expect(off("2027-02-04", "2027-02-13")).toEqual([
      "2027-02-05",
      "2027-02-06",
      "2027-02-07",
      "2027-02-08",
      "2027-02-09",
      "2027-02-10",
      "2027-02-11",
      "2027-02-12",
      "2027-02-13"
    ])
    expect(off("2027-05-01", "2027-05-07")).toEqual([
      "2027-05-01",
      "2027-05-02",
      "2027-05-03",
      "2027-05-04",
      "2027-05-05"
    ])
    expect(off("2027-10-01", "2027-10-08")).toHaveLength(7)
  })

  it("a projected day says so, with the article it comes from", () => {
    const eve = getOrThrow(describeDay(d("2027-02-05"), { calendar }))
    expect(eve).toMatchObject({
      working: false,
      kind: "day_off",
      provisional: true,
      source: "国务院令第795号第二条（二）"
    })
    expect(eve.reason.zh).toContain("尚未公布")
    expect(eve.reason.en).toContain("not yet announced")
    const announced = getOrThrow(describeDay(d("2026-10-01"), { calendar }))
    expect(announced.provisional).toBeUndefined()
    expect(announced.source).toBe("国办发明电〔2025〕7号")
  })

  it("a case accepted 2026-12-01 with 30 working days: due 2027-01-13, provisional, the projected 元旦 in its trace", () => {
    const clock = getOrThrow(
      caseClock([{ type: "accepted", date: d("2026-12-01") }], {
        calendar,
        limit: { amount: 30, unit: "working_day" },
        asOf: d("2026-12-02")
      })
    )
    expect(clock.due).toBe("2027-01-13")
    expect(clock.provisional).toBe(true)
    const newYear = clock.trace.find((s) => s.date === "2027-01-01")
    expect(newYear).toMatchObject({ kind: "skipped", provisional: true, source: "国务院令第795号第二条（一）" })
    expect(clock.trace.find((s) => s.date === "2026-12-05")?.provisional).toBeUndefined()
    const trace = getOrThrow(explainDueDate(d("2026-12-01"), { amount: 30, unit: "working_day" }, { calendar }))
    expect(trace.provisional).toBe(true)
  })

  it("a result that stays in announced years is not flagged", () => {
    const clock = getOrThrow(
      caseClock([{ type: "accepted", date: d("2026-11-02") }], {
        calendar,
        limit: { amount: 20, unit: "working_day" },
        asOf: d("2026-11-20")
      })
    )
    expect(clock.provisional).toBeUndefined()
    expect(
      getOrThrow(explainDueDate(d("2026-11-02"), { amount: 5, unit: "working_day" }, { calendar })).provisional
    ).toBe(undefined)
  })

  it("agrees with chinaCalendar on every announced day (property)", () => {
    const first = toDayNumber(d("2004-01-01"))
    const last = toDayNumber(d("2026-12-31"))
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (n) => {
        const date = fromDayNumber(n)
        expect(isWorkingDay(date, { calendar })).toEqual(isWorkingDay(date, { calendar: chinaCalendar }))
      }),
      { numRuns: 300 }
    )
  })

  it("working-day arithmetic holds across projected years (property: between(d, add(d, n)) = n)", () => {
    const first = toDayNumber(d("2026-01-01"))
    const last = toDayNumber(d("2031-06-30"))
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: 0, max: 100 }), (n, k) => {
        const date = fromDayNumber(n)
        const due = getOrThrow(addWorkingDays(date, k, { calendar }))
        expect(getOrThrow(workingDaysBetween(date, due, { calendar }))).toBe(k)
      }),
      { numRuns: 200 }
    )
  })

  it("every statutory day 2027–2031 is a day off in the provisional calendar", () => {
    for (let year = 2027; year <= 2031; year++) {
      for (const day of getOrThrow(statutoryDays(year))) {
        expect([day.date, getOrThrow(isWorkingDay(day.date, { calendar }))]).toEqual([day.date, false])
      }
    }
  })

  it("is plain data: it survives JSON and parseCalendar with its announcedThrough", () => {
    const back = getOrThrow(parseCalendar(JSON.stringify(calendar)))
    expect(back.announcedThrough).toBe("2026-12-31")
    expect(addWorkingDays(d("2026-12-01"), 30, { calendar: back })).toEqual({ ok: true, value: "2027-01-13" })
  })

  it("no projected run of work is longer than 6 days (国务院令第795号 第七条), 2027–2031", () => {
    const days = getOrThrow(listDays(d("2027-01-01"), d("2031-12-31"), { calendar }))
    let run = 0
    let longest = 0
    for (const x of days) {
      run = x.working ? run + 1 : 0
      longest = Math.max(longest, run)
    }
    expect(longest).toBeLessThanOrEqual(6)
  })

  it("announcedThrough backtests: 2024 projected from the notices up to 2023 drops the 2024 notice's days in 2023", () => {
    const c = getOrThrow(provisionalChinaCalendar({ announcedThrough: 2023, through: 2024 }))
    expect(c.announcedThrough).toBe("2023-12-31")
    expect(c.layers.some((l) => l.sources.some((s) => s.id === "国办发明电〔2023〕7号"))).toBe(false)
  })

  it("bad options are located issues", () => {
    const codes = (r: ReturnType<typeof provisionalChinaCalendar>) => (r.ok ? [] : r.issues.map((i) => i.code))
    expect(codes(provisionalChinaCalendar({ through: 2026 }))).toEqual(["provisional_years_invalid"])
    expect(codes(provisionalChinaCalendar({ announcedThrough: 1990 }))).toEqual(["provisional_years_invalid"])
    expect(codes(provisionalChinaCalendar({ through: 2300 }))).toEqual(["statute_year_unsupported"])
    expect(codes(provisionalChinaCalendar({ through: Number.NaN }))).toEqual(["statute_year_unsupported"])
    expect(chinaYears.length).toBe(23)
  })
})
