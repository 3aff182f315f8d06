// A county's calendar files (a layer, a whole calendar, a notice) written by
// hand and wrong: every issue is located, from the deadline code table, in
// Chinese and English, with the field and what it must be — never zod's own
// text.
import { getOrThrow } from "@tongban/core"
import { deadlineCodes, parseCalendar, parseCalendarLayer, parseNotice } from "@tongban/deadline"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const ZOD_TEXT =
  /Invalid input|Invalid option|Too small|Too big|Unrecognized key|无效输入|无效选项|数值过小|数值过大|未知的键/

const brokenLayer = {
  id: "t-county",
  name: { zh: "T 县" },
  level: "town",
  sources: [{ id: "n1", title: "" }],
  daysOff: [
    { from: "2027-03-16", to: "2027-03-15", name: { zh: "县庆", en: "County Day" }, source: "n1" },
    { from: "2027-02-30", to: "2027-03-01", name: { zh: "检修", en: "maintenance" }, source: "n2" }
  ],
  workdays: [{ date: 20270320, name: { zh: "县庆", en: "County Day" }, source: "n1" }],
  annualDaysOff: [{ month: 13, day: 1, days: 1.5, name: { zh: "x", en: "x" }, source: "n1", fromYear: 2027 }],
  comment: "typed by hand"
}

describe("a broken layer file", () => {
  const r = parseCalendarLayer(brokenLayer, { path: ["layer", 0] })
  const issues = r.ok ? [] : r.issues

  it("each mistake is one located issue with a code of the deadline table", () => {
    expect(issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["calendar_file_invalid", "layer.0.name.en"],
      ["calendar_file_invalid", "layer.0.level"],
      ["calendar_file_invalid", "layer.0.sources.0.title"],
      ["range_reversed", "layer.0.daysOff.0"],
      ["date_invalid", "layer.0.daysOff.1.from"],
      ["calendar_file_invalid", "layer.0.workdays.0.date"],
      ["calendar_file_invalid", "layer.0.annualDaysOff.0.month"],
      ["calendar_file_invalid", "layer.0.annualDaysOff.0.days"],
      ["calendar_file_invalid", "layer.0"]
    ])
    for (const issue of issues) expect(Object.hasOwn(deadlineCodes.codes, issue.code)).toBe(true)
  })

  it("says in both languages what the field must be, with the facts read from the file", () => {
    expect(issues.map((i) => i.message.en)).toEqual([
      "name.en is missing (expected string)",
      "level must be one of national | province | prefecture | county | centre",
      "sources[0].title needs at least 1 characters",
      "the range ends on 2027-03-15, before it starts on 2027-03-16",
      "2027-02-30 is not a valid date (YYYY-MM-DD, years 1900–2200)",
      "workdays[0].date has the wrong type: expected string",
      "annualDaysOff[0].month must be at most 12",
      "annualDaysOff[0].days has the wrong type: expected integer",
      "(root) has keys the format does not know: comment (remove them or check the spelling)"
    ])
    expect(issues[1]?.message.zh).toBe("level 应为以下之一：national | province | prefecture | county | centre")
    expect(issues[5]?.facts).toEqual({ field: "workdays[0].date", expected: "string", received: "20270320" })
    expect(issues[3]?.facts).toEqual({ from: "2027-03-16", to: "2027-03-15" })
    expect(issues.every((i) => !ZOD_TEXT.test(i.message.zh) && !ZOD_TEXT.test(i.message.en))).toBe(true)
  })

  it("an unknown source is named (the shape is right otherwise)", () => {
    const layer = {
      id: "c",
      name: { zh: "中心", en: "centre" },
      level: "centre",
      sources: [{ id: "n1", title: "通知" }],
      daysOff: [{ from: "2027-03-12", to: "2027-03-12", name: { zh: "检修", en: "maintenance" }, source: "n2" }],
      workdays: []
    }
    const bad = parseCalendarLayer(layer)
    expect(bad.ok ? [] : bad.issues.map((i) => [i.code, i.path.join("."), i.facts, i.message.en])).toEqual([
      [
        "source_unknown",
        "daysOff.0.source",
        { source: "n2" },
        "the source n2 is not among the sources (it must be one of their ids)"
      ]
    ])
  })
})

describe("a broken notice file and a broken calendar file", () => {
  it("the notice's number, dates and lists are told from the table", () => {
    const r = parseNotice({
      notice: "国办发〔2026〕9号",
      title: "t",
      signed: "2026-13-01",
      year: 2027,
      daysOff: [],
      workdays: []
    })
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.message.en])).toEqual([
      ["notice_number_invalid", "the notice number 国办发〔2026〕9号 should read like 国办发明电〔2026〕8号"],
      ["date_invalid", "2026-13-01 is not a valid date (YYYY-MM-DD, years 1900–2200)"],
      ["calendar_file_invalid", "daysOff needs 1 or more entries"]
    ])
  })

  it("a calendar's weekdays outside 1–7 name the allowed values", () => {
    const r = parseCalendar({
      id: "x",
      name: { zh: "x", en: "x" },
      weekdays: [1, 8],
      coverage: { from: "2030-01-01", to: "2030-12-31" },
      layers: []
    })
    expect(r.ok ? [] : r.issues.map((i) => [i.path.join("."), i.message.en])).toEqual([
      ["weekdays.1", "weekdays[1] must be one of 1 | 2 | 3 | 4 | 5 | 6 | 7"]
    ])
  })

  it("over random damage to a good layer, every issue is the table's, located inside the file, never zod's text", () => {
    const good = {
      id: "c",
      name: { zh: "中心", en: "centre" },
      level: "centre",
      sources: [{ id: "n1", title: "通知" }],
      daysOff: [{ from: "2027-03-12", to: "2027-03-12", name: { zh: "检修", en: "maintenance" }, source: "n1" }],
      workdays: [{ date: "2027-03-13", name: { zh: "检修", en: "maintenance" }, source: "n1" }]
    }
    expect(getOrThrow(parseCalendarLayer(good)).id).toBe("c")
    const keys = ["id", "name", "level", "sources", "daysOff", "workdays", "coverage", "extra"]
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const r = parseCalendarLayer({ ...good, [key]: value }, { path: ["layer", 2] })
        if (r.ok) return
        expect(r.issues.length).toBeGreaterThan(0)
        for (const issue of r.issues) {
          // the deadline table's, or core's refusal of a hostile key (json_forbidden_key)
          expect(Object.hasOwn(deadlineCodes.codes, issue.code) || issue.code.startsWith("json_")).toBe(true)
          expect(issue.path.slice(0, 2)).toEqual(["layer", 2])
          expect(ZOD_TEXT.test(issue.message.en) || ZOD_TEXT.test(issue.message.zh)).toBe(false)
        }
      }),
      { numRuns: 300 }
    )
  })

  it("a hostile key is located inside the file, under the caller's path", () => {
    const r = parseCalendarLayer(JSON.parse('{"id":"c","__proto__":{"x":1}}'), { path: ["layer", 1] })
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ["json_forbidden_key", ["layer", 1, "__proto__"]]
    ])
  })
})
