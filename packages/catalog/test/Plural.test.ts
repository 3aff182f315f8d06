// English messages follow English plural rules: "1 character", "on row 5",
// never "1 characters" or "on 1 rows" (issue 13, a district list with
// single-character and one-off body codes).
import { describeBodyCode, importMatterTable } from "@tongban/catalog"
import { describe, expect, it } from "vitest"

const header = ["事项名称", "部门名称", "统一社会信用代码", "事项类型"]

describe("English plurals", () => {
  it("a single-character body code on one row: '1 character', 'on row 2'", () => {
    const issues = importMatterTable([header, ["临时救助", "区民政局", "X", "行政给付"]]).issues
    const bad = issues.filter((i) => i.code === "implementing_body_code_invalid")
    expect(bad).toHaveLength(1)
    expect(bad[0]?.message.en).toContain("too short: 1 character, not 18; on row 2 (临时救助)")
    expect(bad[0]?.message.zh).toContain("太短：1 位，应为 18 位；见第 2 行（临时救助）")
    expect(bad[0]?.facts).toMatchObject({ count: 1, length: 1, shown: [2] })
  })

  it("every kind of bad code on one row, and on two rows", () => {
    const codes = ["11522600mb1234567x", "MB1234567", "TE1234567890123456", "1152", "X", "1".repeat(20)]
    for (const copies of [1, 2]) {
      const rows = codes.flatMap((code, k) =>
        Array.from({ length: copies }, (_, c) => [`事项${k}-${c}`, `部门${k}`, code, "行政许可"])
      )
      const issues = importMatterTable([header, ...rows]).issues
      const bad = issues.filter((i) => i.code === "implementing_body_code_invalid")
      expect(bad).toHaveLength(codes.length)
      for (const i of issues) expect(i.message.en).not.toMatch(/\b1 (characters|rows|matters|items)\b|\bon 1 row/)
      for (const i of bad)
        expect(i.message.en).toContain(copies === 1 ? "; on row " : `; on ${copies} rows, e.g. rows `)
    }
  })

  it("describeBodyCode says '1 character'", () => {
    expect(describeBodyCode("X").en).toBe("too short: 1 character, not 18")
    expect(describeBodyCode("1152").en).toBe("too short: 4 characters, not 18")
  })

  it("one trip, one empty cell: '1 trip … needs', '1 empty cell, on row 4' (a provincial list's 跑动次数 and blanks)", () => {
    const table = [
      ["事项名称", "部门名称", "跑动次数", "法定办结时限"],
      ["临时救助", "区民政局", "1", "20个工作日"],
      ["低保审核", "区民政局", "2", "20个工作日"],
      ["特困供养", "区民政局", "0", ""]
    ]
    const r = importMatterTable(table)
    const en = r.issues.map((i) => i.message.en)
    expect(en).toEqual(expect.arrayContaining([expect.stringContaining("1 trip to the centre needs a stated reason")]))
    expect(en).toEqual(expect.arrayContaining([expect.stringContaining("2 trips to the centre need a stated reason")]))
    expect(en).toEqual(
      expect.arrayContaining([expect.stringContaining("column 法定办结时限 has 1 empty cell, on row 4")])
    )
    for (const text of en) expect(text).not.toMatch(/\b1 (trips|cells|empty cells)\b|rows 4\b/)
  })
})
