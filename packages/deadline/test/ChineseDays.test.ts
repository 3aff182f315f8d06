// An independent second source: the npm package chinese-days (1.5.7). Every
// date from 2004-01-01 to 2026-12-31 is compared; each disagreement is listed
// below with the notice text that settles it, and the test fails if the list
// of disagreements changes in either direction.
//
// chinese-days' own functions (isWorkday) answer differently by host time
// zone: under TZ=America/Los_Angeles its ES build takes Saturday 2024-03-02
// for a working day and Monday 2024-03-04 for a rest day. So the comparison
// reads its published data (dist/chinese-days.json: the holidays and make-up
// working days its functions use) and applies Monday–Friday itself, which
// gives the same answers in every zone.
import { readFileSync } from "node:fs"
import { dayOfWeek, getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import { chinaCalendar, describeDay, listDays } from "@tongban/deadline"
import { describe, expect, it } from "vitest"

const data: unknown = JSON.parse(
  readFileSync(new URL("../node_modules/chinese-days/dist/chinese-days.json", import.meta.url), "utf8")
)
const table = (key: string): Readonly<Record<string, unknown>> => {
  const value: unknown = typeof data === "object" && data !== null ? Reflect.get(data, key) : undefined
  return typeof value === "object" && value !== null ? Object.fromEntries(Object.entries(value)) : {}
}
const holidays = table("holidays")
const workdays = table("workdays")
/** chinese-days' answer, from its data, without its time-zone-dependent date parsing. */
const isWorkday = (date: LocalDate): boolean =>
  Object.hasOwn(workdays, date) ? true : Object.hasOwn(holidays, date) ? false : dayOfWeek(date) <= 5

interface Disagreement {
  readonly date: string
  readonly ours: boolean
  readonly chineseDays: boolean
  /** The notice that decides, and what it says. */
  readonly settledBy: string
}

/** Every date on which tongban and chinese-days disagree, and why tongban is right. */
export const DISAGREEMENTS: ReadonlyArray<Disagreement> = [
  {
    date: "2005-12-31",
    ours: true,
    chineseDays: false,
    settledBy:
      "国办发明电〔2005〕35号（国务院办公厅关于2006年部分节假日安排的通知）一、元旦：“将12月31日（星期六）、1月1日（星期日）两个公休日调至1月2日（星期一）、3日（星期二），12月31日（星期六）上班。”"
  }
]

const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))

describe("the national calendar against chinese-days", () => {
  const days = getOrThrow(listDays(d("2004-01-01"), d("2026-12-31"), { calendar: chinaCalendar }))
  const found: Array<Disagreement> = []
  for (const day of days) {
    const theirs = isWorkday(day.date)
    if (theirs !== day.working) {
      const listed = DISAGREEMENTS.find((x) => x.date === day.date)
      found.push({
        date: day.date,
        ours: day.working,
        chineseDays: theirs,
        settledBy: listed?.settledBy ?? "UNEXPLAINED"
      })
    }
  }

  it("disagrees on exactly the listed dates, every one settled by a notice", () => {
    expect(found).toEqual(DISAGREEMENTS)
  })

  it("cites the settling notice on each disagreeing day", () => {
    for (const x of DISAGREEMENTS) {
      const info = getOrThrow(describeDay(d(x.date), { calendar: chinaCalendar }))
      expect(x.settledBy.startsWith(info.source ?? "?")).toBe(true)
      expect(info.working).toBe(x.ours)
    }
  })

  it("compares all 8,401 days", () => {
    expect(days).toHaveLength(8401)
  })
})
