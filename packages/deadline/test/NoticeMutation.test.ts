// What the by-file mutation run of Notice.ts (267 mutants, 67.0 %) left
// unchecked: the notice number's exact form, the bounds of the year a notice
// may date (from the December before it to its 31 December), the path and
// facts of each issue, a notice's url, the calendars' shape check in both
// positions, the exact shared coverage of two calendars, and each case's
// issue at its index. (A moved case has no before or after key when that
// calendar cannot date it: toStrictEqual, since toEqual takes a key holding
// undefined for a missing one.)
import { getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import {
  casesMovedBy,
  chinaCalendarOf,
  chinaYears,
  diffCalendars,
  guangxiSanyuesan,
  parseNotice,
  type WorkCalendar,
  withLayers
} from "@tongban/deadline"
import { describe, expect, it } from "vitest"

const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))

const notice = {
  notice: "国办发明电〔2026〕9号",
  title: "国务院办公厅关于2027年部分节假日安排的通知",
  signed: "2026-11-20",
  year: 2027,
  daysOff: [{ from: "2027-01-01", to: "2027-01-03", name: { zh: "元旦", en: "New Year's Day" } }],
  workdays: [{ date: "2027-02-20", name: { zh: "春节", en: "Spring Festival" } }]
}
const issuesOf = (input: unknown) => {
  const r = parseNotice(input)
  return r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path, facts: i.facts, en: i.message.en }))
}
const codesOf = (input: unknown) => issuesOf(input).map((i) => i.code)

describe("parseNotice: the number, exactly", () => {
  it("国办发明电 and 国发明电, with a number of one to three digits, are notices", () => {
    for (const number of [
      "国办发明电〔2026〕9号",
      "国办发明电〔2026〕12号",
      "国办发明电〔2026〕123号",
      "国发明电〔2015〕1号"
    ]) {
      expect(codesOf({ ...notice, notice: number }), number).toEqual([])
    }
  })

  it("malformed JSON text is malformed JSON, not a notice of the wrong shape", () => {
    expect(codesOf("{")).toEqual(["json_malformed"])
  })

  it("anything before or after the number, or four digits, is not", () => {
    for (const number of [
      "见国办发明电〔2026〕9号",
      "国办发明电〔2026〕9号文",
      "国办发明电〔2026〕1234号",
      "国务院发明电〔2026〕9号"
    ]) {
      expect(codesOf({ ...notice, notice: number }), number).toEqual(["notice_number_invalid"])
    }
  })
})

describe("parseNotice: the dates a notice may set", () => {
  it("from 1 December of the year before to 31 December of its year, and no further", () => {
    const at = (date: string) => codesOf({ ...notice, workdays: [{ date, name: { zh: "x", en: "x" } }] })
    expect(at("2026-12-01")).toEqual([])
    expect(at("2027-12-31")).toEqual([])
    expect(at("2026-11-30")).toEqual(["notice_date_outside_year"])
    expect(at("2028-01-01")).toEqual(["notice_date_outside_year"])
  })

  it("each issue at its place, with its facts and message", () => {
    expect(
      issuesOf({
        ...notice,
        daysOff: [{ from: "2027-01-03", to: "2028-01-01", name: { zh: "元旦", en: "New Year's Day" } }],
        workdays: [{ date: "2026-11-01", name: { zh: "元旦", en: "New Year's Day" } }]
      })
    ).toEqual([
      {
        code: "notice_date_outside_year",
        path: ["daysOff", 0, "to"],
        facts: { date: "2028-01-01", year: 2027 },
        en: "2028-01-01 is not in the year the notice arranges, 2027 (nor in the December before it)"
      },
      {
        code: "notice_date_outside_year",
        path: ["workdays", 0, "date"],
        facts: { date: "2026-11-01", year: 2027 },
        en: "2026-11-01 is not in the year the notice arranges, 2027 (nor in the December before it)"
      }
    ])
  })

  it("a reversed range names its two ends", () => {
    const issues = issuesOf({
      ...notice,
      daysOff: [{ from: "2027-01-03", to: "2027-01-01", name: { zh: "元旦", en: "New Year's Day" } }]
    })
    expect(issues.map((i) => [i.code, i.path, i.facts])).toEqual([
      ["range_reversed", ["daysOff", 0], { from: "2027-01-03", to: "2027-01-01" }]
    ])
  })

  it("signed after its year is refused at signed, on 31 December of its year it is not", () => {
    expect(codesOf({ ...notice, signed: "2027-12-31" })).toEqual([])
    expect(issuesOf({ ...notice, signed: "2028-01-02" })).toEqual([
      {
        code: "notice_signed_after_year",
        path: ["signed"],
        facts: { signed: "2028-01-02", year: 2027 },
        en: "signed on 2028-01-02, after the year it arranges (2027)"
      }
    ])
  })

  it("a url is kept in the source; without one there is no url key", () => {
    const url = "https://www.gov.cn/zhengce/content/2026-11/20/content_1.htm"
    expect(getOrThrow(parseNotice({ ...notice, url })).sources).toEqual([
      { id: notice.notice, title: notice.title, signed: notice.signed, url }
    ])
    expect(Object.keys(getOrThrow(parseNotice(notice)).sources[0] ?? {})).toEqual(["id", "title", "signed"])
    expect(codesOf({ ...notice, url: "x".repeat(2001) })).toEqual(["calendar_file_invalid"])
  })
})

const national = (from: string, to: string, layers: WorkCalendar["layers"] = []): WorkCalendar => ({
  id: `c-${from}`,
  name: { zh: "测试", en: "test" },
  weekdays: [1, 2, 3, 4, 5],
  coverage: { from, to },
  layers
})
const newYearsEve = {
  id: "eve",
  name: { zh: "除夕", en: "eve" },
  level: "centre" as const,
  sources: [{ id: "n", title: "通知" }],
  daysOff: [{ from: "2024-12-31", to: "2024-12-31", name: { zh: "除夕", en: "eve" }, source: "n" }],
  workdays: []
}

describe("diffCalendars: the shape of both calendars, and the coverage they share", () => {
  const c = national("2024-01-01", "2024-12-31")
  const refusal = (r: ReturnType<typeof diffCalendars>) =>
    r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path, en: i.message.en }))
  const notCalendar = (at: string) => [
    {
      code: "calendar_invalid",
      path: [at],
      en: "no working calendar, or not one (expected an object with coverage, weekdays and layers)"
    }
  ]

  it("a calendar that is not one is named a or b", () => {
    const untyped = (a: unknown, b: unknown) => Reflect.apply(diffCalendars, undefined, [a, b])
    expect(refusal(untyped("cn", c))).toEqual(notCalendar("a"))
    expect(refusal(untyped(c, { ...c, coverage: "2024" }))).toEqual(notCalendar("b"))
    expect(refusal(untyped(c, { ...c, coverage: null }))).toEqual(notCalendar("b"))
    expect(refusal(untyped({ ...c, weekdays: "12345" }, c))).toEqual(notCalendar("a"))
  })

  it("a calendar's own issues are its own, first or second", () => {
    const broken = national("2024-12-31", "2024-01-01")
    const a = diffCalendars(broken, c)
    const b = diffCalendars(c, broken)
    expect(a.ok).toBe(false)
    expect(b.ok).toBe(false)
    expect(refusal(a)).toEqual(refusal(b))
  })

  it("only the days both cover: 2024 between 2023–2024 with 三月三 and 2024–2025 without", () => {
    const a = withLayers(getOrThrow(chinaCalendarOf(chinaYears.slice(19, 21))), [guangxiSanyuesan])
    const b = getOrThrow(chinaCalendarOf(chinaYears.slice(20, 22)))
    expect(getOrThrow(diffCalendars(a, b)).map((x) => [x.date, x.before.working, x.after.working])).toEqual([
      ["2024-04-11", false, true],
      ["2024-04-12", false, true]
    ])
  })

  it("one shared day is not disjoint, and a change on the last shared day is listed", () => {
    const a = national("2024-01-01", "2024-12-31")
    const b = national("2024-12-31", "2025-03-01", [newYearsEve])
    expect(getOrThrow(diffCalendars(a, b)).map((x) => x.date)).toEqual(["2024-12-31"])
    expect(getOrThrow(diffCalendars(a, national("2024-12-31", "2025-03-01")))).toEqual([])
    const far = national("2025-01-01", "2025-03-01")
    const r = diffCalendars(a, far)
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.facts, i.message.en])).toEqual([
      ["calendars_disjoint", { a: a.id, b: far.id }, `the coverages of ${a.id} and ${far.id} do not meet`]
    ])
  })
})

describe("casesMovedBy: each refusal at its place", () => {
  const before = national("2024-01-01", "2024-12-31")
  const after = national("2024-01-01", "2024-12-31", [newYearsEve])
  const untyped = (...args: Array<unknown>) => Reflect.apply(casesMovedBy, undefined, args)
  const refusal = (r: ReturnType<typeof casesMovedBy>) =>
    r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path, en: i.message.en }))
  const options = { asOf: d("2024-12-30") }
  const moving = { id: "M", events: [{ type: "accepted" as const, date: d("2024-12-27") }], limit: "2wd" }

  it("cases that are not an array", () => {
    expect(refusal(untyped({ length: 1 }, before, after, options))).toEqual([
      { code: "cases_invalid", path: ["cases"], en: "cases must be an array" }
    ])
  })

  it("a calendar that is not one is named before or after", () => {
    const path = (r: ReturnType<typeof casesMovedBy>) => (r.ok ? [] : r.issues.map((i) => [i.code, i.path]))
    expect(path(untyped([moving], null, after, options))).toEqual([["calendar_invalid", ["before"]]])
    expect(path(untyped([moving], before, {}, options))).toEqual([["calendar_invalid", ["after"]]])
  })

  it("a case that is not an object with an id is refused at its index, the others still read", () => {
    expect(refusal(untyped([moving, { events: [], limit: "2wd" }, null], before, after, options))).toEqual([
      {
        code: "cases_invalid",
        path: ["cases", 1],
        en: "each case must be an object with id, events and limit"
      },
      {
        code: "cases_invalid",
        path: ["cases", 2],
        en: "each case must be an object with id, events and limit"
      }
    ])
  })

  it("a case neither calendar can date is located at its index; one that only one can date has only that due date", () => {
    const late = { id: "L", events: [{ type: "accepted" as const, date: d("2025-06-02") }], limit: "2wd" }
    const r = casesMovedBy([moving, late], before, after, options)
    expect(r.ok ? [] : r.issues.map((i) => i.path.slice(0, 2))).toEqual([["cases", 1]])
    expect(getOrThrow(casesMovedBy([moving], before, after, options))).toStrictEqual([
      { id: "M", before: "2024-12-31" }
    ])
    expect(getOrThrow(casesMovedBy([moving], after, before, options))).toStrictEqual([{ id: "M", after: "2024-12-31" }])
  })
})
