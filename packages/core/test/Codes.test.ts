import {
  type CodeOf,
  type CodeSpecs,
  checkCodeTable,
  codeIssue,
  coreCodes,
  defineCodes,
  type Issue,
  isCodeTable,
  renderMessage
} from "@tongban/core"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

const group = {
  row_width: {
    message: { zh: "第 {line} 行有 {found} 个字段", en: "line {line} has {found} fields" },
    facts: { line: "number", found: "number", note: "string?" }
  },
  column_unknown: { message: { zh: "未知的列", en: "unknown column" }, severity: "warning" },
  bad_date: {
    message: { zh: "日 {day} 不存在", en: "day {day} does not exist" },
    variants: { month: { zh: "月 {day} 不存在", en: "month {day} does not exist" } },
    facts: { day: "number" }
  }
} as const satisfies CodeSpecs
const table = defineCodes("@tongban/test", group)

describe("defineCodes", () => {
  it("builds issues from the templates, with the facts, the path and the default severity", () => {
    const issue = table.issue("row_width", { path: ["events", 3], facts: { line: 5, found: 2 } })
    expect(issue).toEqual({
      code: "row_width",
      path: ["events", 3],
      facts: { line: 5, found: 2 },
      message: { zh: "第 5 行有 2 个字段", en: "line 5 has 2 fields" },
      severity: "error"
    })
    expect(table.issue("column_unknown")).toMatchObject({ severity: "warning", path: [], facts: {} })
    expect(table.issue("column_unknown", { severity: "error" }).severity).toBe("error")
  })

  it("tells a variant with its own template", () => {
    expect(table.issue("bad_date", { facts: { day: 40 } }).message.en).toBe("day 40 does not exist")
    expect(table.issue("bad_date", { facts: { day: 13 }, variant: "month" }).message.zh).toBe("月 13 不存在")
  })

  it("types the code by the table, and the facts by the group", () => {
    const issue: Issue<CodeOf<typeof table>> = table.issue("column_unknown")
    const code: "row_width" | "column_unknown" | "bad_date" = issue.code
    expect(code).toBe("column_unknown")
    // @ts-expect-error: a code the table does not register does not compile
    table.issue("row_widht", { facts: { line: 1, found: 1 } })
    expect(codeIssue(group, "row_width", { facts: { line: 1, found: 2 } }).message.en).toBe("line 1 has 2 fields")
    // @ts-expect-error: a required fact missing does not compile
    codeIssue(group, "row_width", { facts: { line: 1 } })
    // @ts-expect-error: a fact of the wrong kind does not compile
    codeIssue(group, "row_width", { facts: { line: "1", found: 1 } })
    // @ts-expect-error: a variant the code does not have does not compile
    codeIssue(group, "bad_date", { facts: { day: 1 }, variant: "year" })
    // @ts-expect-error: a code with required facts needs its options
    codeIssue(group, "bad_date")
  })

  it("renders any fact values into the template, lists joined per language", () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.string({ unit: "grapheme-ascii" }), { maxLength: 4 }), (n, list) => {
        const m = renderMessage({ zh: "{n}：{list}", en: "{n}: {list}" }, { n, list })
        expect(m).toEqual({ zh: `${n}：${list.join("、")}`, en: `${n}: ${list.join(", ")}` })
      })
    )
  })
})

describe("checkCodeTable", () => {
  it("passes core's own table", () => {
    expect(isCodeTable(coreCodes)).toBe(true)
    expect(checkCodeTable(coreCodes)).toEqual([])
  })

  it("finds a code not in snake_case, an unknown fact kind, a template naming an optional or missing fact", () => {
    const bad = defineCodes("x", {
      ok_code: { message: { zh: "{a}", en: "{a}" }, facts: { a: "string?" } },
      alsoBad: { message: { zh: "好", en: "fine" } },
      weird: { message: { zh: "好", en: "fine" }, facts: { a: "string" } }
    })
    expect(checkCodeTable(bad)).toEqual([
      "ok_code: the template names {a}, which is not a required fact",
      "alsoBad: not snake_case"
    ])
    const kind = JSON.parse('{"k": {"message": {"zh": "好", "en": "fine"}, "facts": {"a": "date"}}}')
    expect(checkCodeTable(defineCodes("y", kind))).toEqual(["k: the fact a has no known kind (date)"])
  })
})
