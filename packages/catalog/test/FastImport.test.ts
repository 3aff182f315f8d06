import { catalogueToCsv, importCatalogueCsv, importMatterTable, MATTER_HEADERS } from "@tongban/catalog"
import { formatCsv, parseCsv } from "@tongban/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbCatalogue } from "./arbitraries/catalogue.js"
import { districtTable } from "./helpers/districtList.js"
import { creditCodeFor, generateCatalogue } from "./helpers/generate.js"
import { referenceImportMatterTable } from "./helpers/referenceImport.js"

/** Headers of real lists: the table's own, provincial names, an ignored and an unknown one. */
const HEADERS = [
  ...MATTER_HEADERS,
  "序号",
  "事项编码",
  "部门名称",
  "统一社会信用代码",
  "承诺时限",
  "跑动次数",
  "备用字段"
]

/**
 * Cells of every kind, valid and dirty, drawn for any column: a list repeats
 * them from row to row, so the reader's kept readings are used, and dirty
 * ones repeat too, so a reading with issues must be done again for each row.
 */
const CELLS = [
  "",
  " ",
  "临时救助",
  " 临时救助 ",
  "最低生活保障",
  "县级",
  "4",
  "省",
  "9",
  "急件",
  "即办",
  "即办件",
  "承诺件",
  "窗口审批",
  "只收件",
  "是",
  "行政许可",
  "11",
  "企业法人；自然人",
  "自然人,未知",
  "窗口办理；网上办理",
  "互联网咨询；互联网办理",
  "政府工作部门",
  "20个工作日",
  "15日",
  "3个月",
  "/",
  "无",
  "三天",
  "0个工作日",
  "0",
  "1",
  "1次",
  "二",
  "2.0",
  "2026/12/1",
  "2026-02-30",
  "46357",
  "20261201",
  creditCodeFor(1),
  creditCodeFor(2),
  "MB1234567",
  "TE5226000000000001",
  "11522600mb12345670",
  "1152",
  "X",
  "511A0138000000",
  "000000000001",
  `${creditCodeFor(1)}4000000000001`,
  "d1",
  "m0|身份证|原件|纸质|必要|申请人自备|1|否",
  "m1|营业执照|均可|均可|容缺|20|二|是",
  "m0|身份证|原件|纸质|必要|申请人自备|1|否\r\nm1|营业执照|复印件|电子|非必要|10|1|否",
  "m2||原件|纸质|必要|10|1|否",
  "m3|证明|坏|纸质|必要|10|x|否",
  "m4|a\\|b|原件|纸质|必要|10|1|否\n\nm4|重复|原件|纸质|必要|10|1|否\r",
  "受理|窗口|1个工作日|m0",
  "受理|窗口||m0\n审查|业务股室||",
  "|窗口||",
  "审查||坏时限|m9",
  "工本费|10|依据",
  "x|abc|",
  "|5|",
  "条件一\n条件二",
  "a\u0001b",
  "x".repeat(250),
  "'=1+1"
]

/** A table as a county might receive it: some of the columns, in any order, and rows of such cells. */
const arbTable = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 16 }),
    fc.boolean(),
    fc.integer({ min: 0, max: 12 })
  )
  .chain(([chosen, withName, rows]) => {
    const header = withName && !chosen.includes("事项名称") ? ["事项名称", ...chosen] : chosen
    return fc
      .array(fc.array(fc.constantFrom(...CELLS), { minLength: header.length, maxLength: header.length + 1 }), {
        minLength: rows,
        maxLength: rows
      })
      .map((body): Array<Array<string>> => [header, ...body])
  })

// Each property takes up to 1.4 s of CPU (the worst over six seeds: 1.05 s,
// 0.38 s and 1.38 s) and, at load 12 to 15, three times that in wall time:
// vitest's default 5 s was too little in the three-zone suite on a shared
// machine. The timeout, about 20 times the slowest, checks no speed (that
// is `pnpm bench catalog`'s).
describe("the reader of rows one at a time agrees with the reference reader", { timeout: 30_000 }, () => {
  it("on random dirty tables: the same catalogue and the same issues, located and worded alike", () => {
    fc.assert(
      fc.property(arbTable, (table) => {
        expect(importMatterTable(table)).toEqual(referenceImportMatterTable(table))
      }),
      { numRuns: 400 }
    )
  })

  it("on the same tables as CSV text", () => {
    fc.assert(
      fc.property(arbTable, (table) => {
        const text = formatCsv(table)
        const rows = parseCsv(text, { unguard: true })
        const r = importCatalogueCsv(text)
        expect(r.ok).toBe(rows.ok)
        if (r.ok && rows.ok) expect(r.value).toEqual(referenceImportMatterTable(rows.value))
      }),
      { numRuns: 150 }
    )
  })

  it("on valid catalogues written as CSV, and on the district list", () => {
    fc.assert(
      fc.property(arbCatalogue({ maxMatters: 8 }), (catalogue) => {
        const rows = parseCsv(catalogueToCsv(catalogue), { unguard: true })
        if (rows.ok) expect(importMatterTable(rows.value)).toEqual(referenceImportMatterTable(rows.value))
        expect(rows.ok).toBe(true)
      }),
      { numRuns: 100 }
    )
    expect(importMatterTable(districtTable())).toEqual(referenceImportMatterTable(districtTable()))
    const generated = parseCsv(catalogueToCsv(generateCatalogue({ matters: 1_546, seed: 1_546 })), { unguard: true })
    expect(generated.ok && importMatterTable(generated.value)).toEqual(
      generated.ok && referenceImportMatterTable(generated.value)
    )
  })

  it("gives every row its own issues when a dirty cell repeats, though a clean reading is kept", () => {
    const table = [
      ["事项名称", "行使层级", "申请材料"],
      ...Array.from({ length: 3 }, (_, k) => [`事项${k}`, "急件", "m0|x|坏|纸质|必要|10|1|否"])
    ]
    const issues = importMatterTable(table).issues.filter((i) => i.code === "cell_unknown_code")
    expect(issues.map((i) => i.path)).toEqual([
      ["事项", 2, "申请材料[1].材料类型"],
      ["事项", 2, "行使层级"],
      ["事项", 3, "申请材料[1].材料类型"],
      ["事项", 3, "行使层级"],
      ["事项", 4, "申请材料[1].材料类型"],
      ["事项", 4, "行使层级"]
    ])
  })
})
