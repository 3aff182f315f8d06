import { utils, write } from "@e965/xlsx"
import {
  analyseBundle,
  type Catalogue,
  catalogueCompleteness,
  catalogueFromCsv,
  catalogueFromMatterTable,
  catalogueFromXlsx,
  catalogueStats,
  catalogueToCsv,
  catalogueToXlsx,
  columnMeaning,
  diffCatalogues,
  importCatalogueCsv,
  importCatalogueXlsx,
  importMatterTable,
  importTables,
  MATTER_HEADERS,
  makeImplementationCode,
  parseDateCell,
  searchMatters,
  validateCatalogue
} from "@tongban/catalog"
import { countIssues, formatCsv, type Issue, parseCsv } from "@tongban/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbCatalogue } from "./arbitraries/catalogue.js"
import { readFileSync } from "node:fs"
import {
  DIRTY_CODES,
  DISTRICT_CSV_PATH,
  DISTRICT_DEPARTMENTS,
  districtCsv,
  districtList,
  districtTable
} from "./helpers/districtList.js"
import { creditCodeFor } from "./helpers/generate.js"
import { mutable } from "./helpers/fixtures.js"

const codes = (issues: ReadonlyArray<Issue>): Array<string> => issues.map((i) => i.code)

const oneSheet = (rows: ReadonlyArray<ReadonlyArray<string>>, name = "Sheet1"): Uint8Array => {
  const book = utils.book_new()
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows.map((r) => [...r])), name)
  const out: unknown = write(book, { type: "array", bookType: "xlsx", compression: true })
  return out instanceof ArrayBuffer ? new Uint8Array(out) : new Uint8Array(0)
}

describe("a district list as a provincial portal publishes it", () => {
  const list = districtList()
  const imported = importMatterTable(districtTable())

  it("comes back as a catalogue with every matter, department and provincial code", () => {
    expect(imported.catalogue.matters).toHaveLength(1_000)
    expect(imported.catalogue.departments.map((d) => d.name)).toEqual(DISTRICT_DEPARTMENTS)
    expect(imported.catalogue.matters[0]?.localCode).toBe("511A0001000000")
    expect(imported.catalogue.matters.every((m) => m.type !== undefined)).toBe(true)
    // Nothing the list lacks is made up.
    expect(imported.catalogue.matters.some((m) => m.promisedLimit !== undefined || m.trips !== undefined)).toBe(false)
  })

  it("reports each distinct bad implementing-body code once, with every row and what it looks like", () => {
    const bad = imported.issues.filter((i) => i.code === "implementing_body_code_invalid")
    expect(bad.map((i) => i.facts.bodyCode).sort()).toEqual([...DIRTY_CODES.values()].map((d) => d.code).sort())
    for (const [department, dirty] of DIRTY_CODES) {
      const found = bad.find((i) => i.facts.bodyCode === dirty.code)
      const rows = list.rows.flatMap((r, k) => (r.department === department && r.cells[3] !== "" ? [k + 2] : []))
      expect(found?.facts.looksLike).toBe(dirty.looksLike)
      expect(found?.facts.rows).toEqual(rows)
      expect(found?.severity).toBe("error")
      expect(found?.path).toEqual(["事项", rows[0], "实施主体统一社会信用代码"])
    }
  })

  it("counts empty codes as missing, never as duplicates", () => {
    expect(codes(imported.issues)).not.toContain("department_duplicate_credit_code")
    expect(codes(imported.issues)).not.toContain("matter_duplicate_code")
    const empty = imported.issues.find((i) => i.code === "element_missing" && i.facts.column === "实施主体编码")
    expect(empty?.facts.count).toBe(list.rows.filter((r) => r.cells[3] === "").length)
    expect(empty?.severity).toBe("warning")
  })

  it("names each missing column once, as a warning; 序号 is ignored silently", () => {
    const missing = imported.issues.filter((i) => i.code === "column_missing")
    expect(missing.every((i) => i.severity === "warning")).toBe(true)
    expect(missing.map((i) => i.facts.column)).toContain("承诺办结时限")
    expect(new Set(missing.map((i) => i.facts.column)).size).toBe(missing.length)
    expect(imported.issues.some((i) => i.facts.column === "序号")).toBe(false)
    expect(countIssues(imported.issues).errors).toBe(DIRTY_CODES.size)
  })

  it("reports its completeness per department and element", () => {
    const c = catalogueCompleteness(imported.catalogue)
    const share = (element: string) => c.overall.elements.find((e) => e.element === element)?.share
    expect(share("type")).toBe(1)
    expect(share("promisedLimit")).toBe(0)
    // A row with an empty code still names its department, whose code other rows give.
    const valid = list.rows.filter((r) => !DIRTY_CODES.has(r.department)).length
    expect(share("creditCode")).toBeCloseTo(valid / 1_000, 10)
    const temporary = c.departments[26]
    expect(temporary?.name).toBe(DISTRICT_DEPARTMENTS[26])
    expect(temporary?.completeness.elements.find((e) => e.element === "creditCode")?.carried).toBe(0)
  })

  it("can be searched, counted, compared", () => {
    const hits = searchMatters(imported.catalogue, "lsjz")
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.every((h) => h.matter.name.startsWith("临时救助"))).toBe(true)
    expect(searchMatters(imported.catalogue, "511A0001")[0]?.matter.localCode).toBe("511A0001000000")
    const stats = catalogueStats(imported.catalogue)
    expect(stats.overall.matters).toBe(1_000)
    expect(stats.overall.immediateShare).toBeUndefined()
    expect(stats.departments).toHaveLength(34)
    const d = diffCatalogues(imported.catalogue, { matters: imported.catalogue.matters.slice(1) })
    expect(d.removed.map((m) => m.localCode)).toEqual(["511A0001000000"])
  })

  it("reads the same from CSV text and from a one-sheet workbook", () => {
    const csv = importCatalogueCsv(districtCsv())
    const xlsx = importCatalogueXlsx(oneSheet(districtTable(), "行政权力事项"))
    expect(csv).toEqual({ ok: true, value: imported })
    expect(xlsx.ok && xlsx.value.catalogue).toEqual(imported.catalogue)
    expect(xlsx.ok && codes(xlsx.value.issues)).toEqual(codes(imported.issues))
  })

  it("is the list the T County example reads (regenerate it with the helper's script when this fails)", () => {
    expect(readFileSync(DISTRICT_CSV_PATH, "utf8")).toBe(districtCsv())
  })

  it("is refused by the strict reader, with the same issues", () => {
    const strict = catalogueFromMatterTable(districtTable())
    expect(strict.ok).toBe(false)
    expect(strict.ok ? [] : strict.issues).toEqual(imported.issues)
  })
})

describe("headers", () => {
  it.each([
    ["事项编码", "事项编码"],
    ["统一社会信用代码", "实施主体编码"],
    ["实施主体统一社会信用代码", "实施主体编码"],
    ["部门名称", "实施主体"],
    ["实施机构", "实施主体"],
    ["承诺时限", "承诺办结时限"],
    ["承诺办结时限", "承诺办结时限"],
    ["法定时限", "法定办结时限"],
    ["法定办结时限", "法定办结时限"],
    ["跑动次数", "到办事现场次数"],
    ["到现场次数", "到办事现场次数"],
    [" *事项名称 ", "事项名称"]
  ])("%s is the column %s", (header, column) => {
    expect(columnMeaning(header)).toEqual({ kind: "column", column })
  })

  it("a user mapping covers the rest, and an unknown column is one warning", () => {
    const table = [
      ["名目", "办结天数", "备用"],
      ["临时救助", "5个工作日", "x"],
      ["最低生活保障", "20个工作日", "y"]
    ]
    const plain = importMatterTable(table)
    expect(plain.catalogue.matters).toEqual([])
    expect(plain.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual(["column_missing"])
    const mapped = importMatterTable(table, { columns: { 名目: "事项名称", 办结天数: "承诺时限" } })
    expect(mapped.catalogue.matters.map((m) => m.promisedLimit?.amount)).toEqual([5, 20])
    const unknown = mapped.issues.filter((i) => i.code === "column_unknown")
    expect(unknown.map((i) => [i.facts.column, i.severity])).toEqual([["备用", "warning"]])
  })

  it("a renamed column gives one issue for the column, not one per row", () => {
    const c = importMatterTable([
      ["事项名称", "承诺天数"],
      ...Array.from({ length: 50 }, (_, i) => [`事项${i}`, "5个工作日"])
    ])
    expect(c.issues.filter((i) => i.facts.column === "承诺天数")).toHaveLength(1)
    expect(c.issues.filter((i) => i.facts.column === "承诺办结时限")).toHaveLength(1)
  })
})

describe("codes", () => {
  const credit = creditCodeFor(7)
  const table = (rows: ReadonlyArray<ReadonlyArray<string>>) =>
    importMatterTable([["事项名称", "实施主体", "实施主体编码", "行使层级", "基本编码", "实施编码"], ...rows])

  it("derives the basic code from the implementation code, and the implementation code from the rest", () => {
    const impl = makeImplementationCode(credit, "4", "000105001000")
    const c = table([
      ["甲", "县民政局", credit, "县级", "", impl],
      ["乙", "县民政局", credit, "县级", "000105002000", ""]
    ])
    expect(c.catalogue.matters.map((m) => [m.basicCode, m.implementationCode])).toEqual([
      ["000105001000", impl],
      ["000105002000", makeImplementationCode(credit, "4", "000105002000")]
    ])
    expect(c.issues.filter((i) => i.severity === "error")).toEqual([])
  })

  it("checks them when present, located at the file's row and column with the matter's name", () => {
    const c = table([
      ["甲", "县民政局", credit, "县级", "000105001000", makeImplementationCode(credit, "4", "000105009000")]
    ])
    const mismatch = c.issues.find((i) => i.code === "implementation_code_mismatch")
    expect(mismatch?.path).toEqual(["事项", 2, "实施编码"])
    expect(mismatch?.facts.matter).toBe("甲")
    expect(mismatch?.message.zh.startsWith("第 2 行“实施编码”列（甲）")).toBe(true)
  })

  it("a repeated code is a duplicate counted from 1; empty codes are not", () => {
    const impl = makeImplementationCode(credit, "4", "000105001000")
    const c = table([
      ["甲", "县民政局", credit, "县级", "", impl],
      ["乙", "县民政局", credit, "县级", "", impl],
      ["丙", "县民政局", credit, "", "", ""],
      ["丁", "县民政局", credit, "", "", ""]
    ])
    const dup = c.issues.filter((i) => i.code === "matter_duplicate_code")
    expect(dup.map((i) => [i.path, i.facts.first])).toEqual([[["事项", 3, "实施编码"], 1]])
    expect(dup[0]?.message.zh).toContain("与第 1 个事项重复")
  })
})

describe("messages", () => {
  it("never carry zod's own text, and count from 1 with rounded numbers", () => {
    const bad = mutable(emptyCatalogue)
    const matter = {
      name: "",
      basicCode: "x",
      serviceObjects: [],
      level: "9",
      kind: "soon",
      statutoryLimit: { amount: 7, unit: "natural_day" },
      promisedLimit: { amount: 5, unit: "working_day" }
    }
    const r = validateCatalogue({ ...bad, matters: [matter] })
    expect(r.ok).toBe(false)
    for (const i of r.ok ? [] : r.issues) {
      expect(i.message.zh).not.toMatch(/期望|无效输入|数值过|Invalid|expected/)
      expect(i.message.en).not.toMatch(/Invalid input|Too small|Too big|received undefined/)
      expect(i.message.zh).not.toMatch(/\d\.\d{2,}/)
    }
    const level = r.ok ? undefined : r.issues.find((i) => i.path.join(".") === "matters.0.level")
    expect(level?.message.zh).toBe(
      "行使层级：应为以下之一：1 国家级、2 省级、3 市级、4 县级、5 镇（乡、街道）级、6 村（社区）级"
    )
    const missing = r.ok ? undefined : r.issues.find((i) => i.path.join(".") === "matters.0.trips")
    expect(missing?.message).toEqual({ zh: "到办事现场次数：缺少此项", en: "trips to the centre: missing" })
  })

  it("round the working days of promised_exceeds_statutory", () => {
    const c = importMatterTable([
      ["事项名称", "法定时限", "承诺时限"],
      ["甲", "7日", "5个工作日"]
    ])
    const found = c.issues.find((i) => i.code === "promised_exceeds_statutory")
    expect(found?.facts.statutoryWorkingDays).toBe(4.8)
    expect(found?.message.zh).toContain("约 4.8 个工作日")
  })
})

const emptyCatalogue: Catalogue = {
  region: { code: "522600", name: "黔东南州" },
  version: "1",
  asOf: "2026-01-01",
  departments: [],
  windows: [],
  matters: [],
  bundles: []
}

describe("dates and words as clerks write them", () => {
  it.each([
    ["2026/12/1", "2026-12-01"],
    ["2026年12月1日", "2026-12-01"],
    ["2026.12.1", "2026-12-01"],
    ["2026-12-1", "2026-12-01"],
    ["46357", "2026-12-01"],
    ["2026/2/30", undefined],
    ["60", undefined]
  ])("%s → %s", (cell, date) => {
    expect(parseDateCell(cell)).toBe(date)
  })

  it("reads 即办, 均可 and Excel dates in a list", () => {
    const c = importMatterTable([
      ["事项名称", "办件类型", "承诺时限", "申请材料", "生效日期"],
      ["甲", "即办", "即办", "m1|身份证|原件|均可|必要|10|1|否", "46357"]
    ])
    const m = c.catalogue.matters[0]
    expect(m?.kind).toBe("immediate")
    expect(m?.promisedLimit).toEqual({ amount: 0, unit: "working_day" })
    expect(m?.materials?.[0]?.medium).toBe("both")
    expect(m?.validFrom).toBe("2026-12-01")
    expect(c.issues.filter((i) => i.severity === "error")).toEqual([])
  })

  it("an unknown word says what is allowed", () => {
    const c = importMatterTable([
      ["事项名称", "办件类型"],
      ["甲", "马上办"]
    ])
    const found = c.issues.find((i) => i.code === "cell_unknown_code")
    expect(found?.message.zh).toContain("可用：即办件、承诺件")
    expect(found?.path).toEqual(["事项", 2, "办件类型"])
  })
})

describe("workbooks", () => {
  it("the first sheet of a workbook without a 目录 sheet reads like the CSV", () => {
    const table = [
      ["事项名称", "跑动次数"],
      ["甲", "1"]
    ]
    const r = importTables({ 说明: [["本表由省平台导出"]], 清单: table })
    expect(r.ok && r.value.catalogue.matters).toEqual([])
    const first = importTables({ 清单: table, 说明: [["x"]] })
    expect(first.ok && first.value.catalogue.matters).toEqual([{ name: "甲", trips: 1 }])
  })

  it("the multi-sheet form stays", () => {
    const c = fc.sample(arbCatalogue({ maxMatters: 3 }), { seed: 7, numRuns: 1 })[0] ?? emptyCatalogue
    expect(catalogueFromXlsx(catalogueToXlsx(c))).toEqual({ ok: true, value: c })
  })

  it("analyseBundle works on an imported catalogue", () => {
    const c = fc.sample(arbCatalogue({ maxMatters: 3 }), { seed: 3, numRuns: 1 })[0] ?? emptyCatalogue
    const r = importCatalogueXlsx(catalogueToXlsx(c))
    const b = c.bundles[0]
    if (r.ok && b !== undefined) expect(analyseBundle(r.value.catalogue, b.id)).toEqual(analyseBundle(c, b.id))
  })
})

describe("properties", () => {
  const arb = arbCatalogue({ maxMatters: 5, withWindowsAndBundles: false }).filter((c) => c.matters.length > 0)

  it("lenient import of a valid catalogue equals strict import, with no issue", () => {
    fc.assert(
      fc.property(arb, (c) => {
        const csv = catalogueToCsv(c)
        const lenient = importCatalogueCsv(csv)
        expect(lenient).toEqual({ ok: true, value: { catalogue: c, issues: [] } })
        expect(catalogueFromCsv(csv)).toEqual({ ok: true, value: c })
      }),
      { numRuns: 40 }
    )
  })

  it("removing any column but the name from a valid CSV yields warnings only", () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: MATTER_HEADERS.length - 1 }), (c, k) => {
        const rows = parseCsv(catalogueToCsv(c), { unguard: true })
        if (!rows.ok || MATTER_HEADERS[k] === "事项名称") return
        const cut = rows.value.map((r) => r.filter((_, j) => j !== k))
        const r = importMatterTable(cut)
        expect(r.issues.filter((i) => i.severity === "error")).toEqual([])
      }),
      { numRuns: 80 }
    )
  })

  it("no issue is reported twice", () => {
    const arbCell = fc.oneof(fc.constant(""), fc.constantFrom("x", "1", "即办", "2026/2/30", "MB1234567", "5日"))
    fc.assert(
      fc.property(fc.array(fc.array(arbCell, { minLength: 6, maxLength: 6 }), { maxLength: 8 }), (body) => {
        const r = importMatterTable([
          ["事项名称", "实施机构", "统一社会信用代码", "承诺时限", "法定时限", "生效日期"],
          ...body
        ])
        const keys = r.issues.map((i) => JSON.stringify([i.code, i.path, i.facts]))
        expect(new Set(keys).size).toBe(keys.length)
      })
    )
  })

  it("the written CSV carries the formula guard and reads back equal", () => {
    fc.assert(
      fc.property(arb, fc.constantFrom("=1+2", "+86 0855", "-3", "@SUM(A1)"), (c, hostile) => {
        const m = c.matters[0]
        if (m === undefined) return
        const tampered: Catalogue = {
          ...c,
          matters: [{ ...m, name: `${hostile}事项`, place: hostile }, ...c.matters.slice(1)]
        }
        const csv = catalogueToCsv(tampered)
        expect(csv).toContain(`'${hostile}事项`)
        expect(csv).not.toMatch(new RegExp(`(^|,)\\${hostile.charAt(0)}`, "m"))
        expect(importCatalogueCsv(csv)).toEqual({ ok: true, value: { catalogue: tampered, issues: [] } })
      }),
      { numRuns: 20 }
    )
  })
})

describe("a column order of one's own", () => {
  it("reads any column order", () => {
    const header = ["统一社会信用代码", "事项名称", "部门名称"]
    const r = importCatalogueCsv(formatCsv([header, [creditCodeFor(1), "临时救助", "县民政局"]]))
    expect(r.ok && r.value.catalogue.departments).toEqual([
      { id: "d1", name: "县民政局", creditCode: creditCodeFor(1) }
    ])
  })
})

describe("an unreadable cell", () => {
  it("is reported once, as unreadable, and not again as an empty cell", () => {
    const { issues } = importMatterTable([
      ["事项名称", "办件类型", "承诺时限"],
      ["临时救助", "急件", "很快"],
      ["最低生活保障", "", ""],
      ["药品零售许可", "承诺件", "10个工作日"]
    ])
    const at = (code: string) => issues.filter((i) => i.code === code).map((i) => i.path)
    expect(at("cell_unknown_code")).toEqual([["事项", 2, "办件类型"]])
    expect(issues.filter((i) => i.code === "element_missing").map((i) => [i.facts.column, i.facts.rows])).toEqual([
      ["办件类型", [3]],
      ["承诺办结时限", [3]]
    ])
    expect(issues.some((i) => i.path[1] === 2 && i.path[2] === "承诺时限" && i.severity === "error")).toBe(true)
  })
})
