// Every issue @tongban/catalog reports is built from its table, catalogCodes:
// the message is the code's template (or one of its variants) rendered with
// the issue's own facts, after the place in the file when it has one. A
// message written inline, beside the table, fails here.
import {
  analyseBundle,
  catalogCodes,
  checkColumnMapping,
  checkCreditCode,
  checkIdCard,
  checkRegionCode,
  decodeText,
  importCatalogueCsv,
  importCatalogueXlsx,
  importMatterTable,
  importTables,
  validateCatalogue
} from "@tongban/catalog"
import { coreCodes, type Issue, type Message, type Result, renderMessage } from "@tongban/core"
import { describe, expect, it } from "vitest"
import { districtCsv, districtTable } from "./helpers/districtList.js"

const templatesOf = (code: string): ReadonlyArray<Message> => {
  const table: Readonly<Record<string, { message: Message; variants?: Readonly<Record<string, Message>> }>> = {
    ...coreCodes.codes,
    ...catalogCodes.codes
  }
  const spec = Object.hasOwn(table, code) ? table[code] : undefined
  return spec === undefined ? [] : [spec.message, ...Object.values(spec.variants ?? {})]
}

/**
 * Whether the message is one of its code's templates, rendered with its facts
 * (after a location prefix). Zod's shape codes are checked against catalog's
 * wording of them, which comes first in `templatesOf`.
 */
const fromTable = (found: Issue): boolean =>
  templatesOf(found.code).some((t) => {
    const m = renderMessage(t, found.facts)
    return found.message.zh.endsWith(m.zh) && found.message.en.endsWith(m.en)
  })

/** Whether a value has an issue's shape (a code, a path, facts and a bilingual message). */
const isIssue = (x: unknown): x is Issue =>
  typeof x === "object" &&
  x !== null &&
  "code" in x &&
  typeof x.code === "string" &&
  "path" in x &&
  Array.isArray(x.path) &&
  "message" in x &&
  typeof x.message === "object"

/** A failure's issues, or the warnings a successful import carries (`value.issues`), else none. */
const issuesOf = (r: Result<unknown>): ReadonlyArray<Issue> => {
  if (!r.ok) return r.issues
  const value: unknown = r.value
  if (typeof value !== "object" || value === null || !("issues" in value)) return []
  const carried: unknown = value.issues
  return Array.isArray(carried) ? carried.filter(isIssue) : []
}

const catalogIssues = (issues: ReadonlyArray<Issue>): ReadonlyArray<Issue> =>
  issues.filter((i) => Object.hasOwn(catalogCodes.codes, i.code))

describe("issues come from catalogCodes, not from text written beside it", () => {
  it("the district list: bad body codes, empty cells, missing columns", () => {
    const issues = importMatterTable(districtTable()).issues
    expect(catalogIssues(issues).length).toBeGreaterThan(5)
    expect(issues.filter((i) => !fromTable(i)).map((i) => [i.code, i.message.zh])).toEqual([])
  })

  it("a bad body code names its rows once, counted, in words a clerk reads (no doubled 行)", () => {
    const header = ["事项名称", "部门名称", "统一社会信用代码", "事项类型"]
    const rows = Array.from({ length: 12 }, (_, i) => [`事项${i + 1}`, "区民政局", "123456789", "行政许可"])
    const issues = importMatterTable([header, ...rows]).issues
    const bad = issues.filter((i) => i.code === "implementing_body_code_invalid")
    expect(bad).toHaveLength(1)
    expect(bad[0]?.message.zh).toContain("共 12 行，如第 2、3、4、5、6、7、8、9、10、11 行（事项1、事项2、事项3）")
    expect(bad[0]?.message.en).toContain("on 12 rows, e.g. rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 (事项1, 事项2, 事项3)")
    expect(bad[0]?.facts.count).toBe(12)
    expect(issues.every((i) => !i.message.zh.includes("行 行"))).toBe(true)
  })

  it("cells a clerk got wrong: an unknown word, a count, a date, a fee, an incomplete record", () => {
    const table = [
      ["事项名称", "行使层级", "到办事现场次数", "生效日期", "收费", "申请材料", "部门名称"],
      ["临时救助", "镇级以上", "两次以上", "2026/13/45", "工本费|十元", "|身份证", "区民政局"]
    ]
    const issues = importMatterTable(table).issues
    expect(issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(["cell_unknown_code", "cell_not_integer", "cell_date_invalid", "cell_not_number"])
    )
    expect(issues.filter((i) => !fromTable(i)).map((i) => [i.code, i.message.zh])).toEqual([])
    const level = issues.find((i) => i.code === "cell_unknown_code")
    expect(level?.message.zh).toMatch(
      /^第 2 行“行使层级”列（临时救助）：无法识别的行使层级“镇级以上”，可用：国家级、省级/
    )
  })

  it("columns: unknown, repeated, a required one missing; workbooks without sheets", () => {
    const issues = [
      ...importMatterTable([
        ["序号", "备注栏", "事项名称", "事项名称"],
        ["1", "x", "a", "a"]
      ]).issues,
      ...importMatterTable([["部门名称"], ["区民政局"]]).issues,
      ...issuesOf(importTables({}))
    ]
    expect(issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(["column_unknown", "column_duplicate", "column_missing", "table_missing"])
    )
    expect(issues.filter((i) => !fromTable(i)).map((i) => [i.code, i.message.zh])).toEqual([])
  })

  it("validation, identifiers, bundles, text and workbooks", () => {
    const csv = districtCsv().replace("11522600MB0000002Q", "11522600MB0000002X")
    const issues = [
      ...issuesOf(importCatalogueCsv(csv)),
      ...issuesOf(validateCatalogue({ __proto__: 1, matters: [], departments: [], windows: [], bundles: [] })),
      ...issuesOf(validateCatalogue({ windows: Array.from({ length: 20_001 }, () => 1) })),
      ...issuesOf(checkCreditCode("91")),
      ...issuesOf(checkCreditCode("11522600MB0000002X")),
      ...issuesOf(checkIdCard("1")),
      ...issuesOf(checkIdCard("110101199002300012")),
      ...issuesOf(checkIdCard("11010119900307001X")),
      ...issuesOf(checkRegionCode("99")),
      ...issuesOf(checkColumnMapping([])),
      ...issuesOf(checkColumnMapping({ 甲: "乙" })),
      ...issuesOf(analyseBundle({ matters: [], bundles: [] }, "x")),
      ...issuesOf(
        analyseBundle(
          {
            matters: [],
            bundles: [
              {
                id: "x",
                name: "x",
                lead: "d",
                partners: [],
                matters: ["y"],
                promisedLimit: { amount: 1, unit: "working_day" },
                trips: 1
              }
            ]
          },
          "x"
        )
      ),
      ...issuesOf(decodeText(new Uint8Array([0xff, 0xff, 0x81]))),
      ...issuesOf(decodeText(new Uint8Array(10), { maxBytes: 4 })),
      ...issuesOf(importCatalogueXlsx(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5, 6]))),
      ...issuesOf(importCatalogueXlsx(new Uint8Array([1, 2, 3])))
    ]
    expect(new Set(issues.map((i) => i.code)).size).toBeGreaterThan(10)
    expect(issues.filter((i) => !fromTable(i)).map((i) => [i.code, i.message.zh])).toEqual([])
  })
})

describe("the shapes' refinements read their messages from catalogCodes (issue 10, point 5)", () => {
  it("internal/shapes.ts writes no message text of its own", async () => {
    const { readFileSync } = await import("node:fs")
    const source = readFileSync(new URL("../src/internal/shapes.ts", import.meta.url), "utf8")
    expect(source.match(/\b(zh|en):\s*["`]/g) ?? []).toEqual([])
  })

  it("a refinement's issue is its code's template (or variant), element first", () => {
    const r = validateCatalogue({
      region: { code: "522699", name: " 县 " },
      version: "v1",
      asOf: "2026-02-30",
      departments: [{ id: "-bad", name: "民政局", creditCode: "" }],
      windows: [],
      matters: [],
      bundles: []
    })
    const issues = r.ok ? [] : r.issues
    const codes = issues.map((i) => i.code)
    expect(codes).toEqual(expect.arrayContaining(["text_untidy", "date_invalid", "identifier_invalid"]))
    expect(issues.filter((i) => !fromTable(i)).map((i) => [i.code, i.message.en])).toEqual([])
  })
})

describe("zod's issues are worded from catalogCodes too (internal/labels.ts, issue 10 point 5)", () => {
  it("internal/labels.ts writes no message text of its own: only element and unit names", async () => {
    const { readFileSync } = await import("node:fs")
    const source = readFileSync(new URL("../src/internal/labels.ts", import.meta.url), "utf8")
    // A name is m("中文", "English"); with comments and names taken out, no Chinese is left but the colon after the element.
    const rest = source
      .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")
      .replace(/\bm\("[^"]*", "[^"]*"\)/g, "")
      .replace(/\$\{el\.zh\}：/g, "")
    expect(rest.match(/[\u3000-\u9fff\uff00-\uffef]+/g) ?? []).toEqual([])
    expect(rest.match(/\b(zh|en):\s*["'`](?!\$\{)/g) ?? []).toEqual([])
  })

  it("every shape issue of a catalogue gone wrong is a template of catalogCodes, after the element's name", () => {
    const r = validateCatalogue({
      region: { code: 522699, name: "" },
      version: "v1",
      asOf: "2026-12-01",
      matterTypes: [],
      departments: [{ id: "d", name: "x".repeat(101), creditCode: "", kind: "bureau", extra: 1 }],
      windows: [{ id: "w", name: "w", kind: 7, departments: "d", authority: "x" }],
      matters: [{ id: "m", materials: [{ medium: "均可", copies: 1.5 }], serviceObjects: [], level: "x" }],
      bundles: []
    })
    const issues = r.ok ? [] : r.issues
    const zodish = issues.filter((i) => Object.hasOwn(coreCodes.codes, i.code))
    expect(new Set(zodish.map((i) => i.code)).size).toBeGreaterThan(3)
    expect(issues.filter((i) => !fromTable(i)).map((i) => [i.code, i.message.zh])).toEqual([])
    expect(issues.every((i) => !/[期望预期]|expected|Invalid/.test(`${i.message.zh} ${i.message.en}`))).toBe(true)
  })

  it("an enumerated element lists what it allows in each language; a missing one says so", () => {
    const r = validateCatalogue({ departments: [{ id: "d", name: "民政局", creditCode: "", kind: "bureau" }] })
    const issues = r.ok ? [] : r.issues
    const kind = issues.find((i) => i.path.join(".") === "departments.0.kind")
    expect(kind?.message.zh).toMatch(/^类型：应为以下之一：\S+ \S+、/)
    expect(kind?.message.en).toMatch(/^kind: must be one of \S+ [^、]+, /)
    expect(kind?.facts.allowed).toEqual(expect.arrayContaining([expect.any(String)]))
    const region = issues.find((i) => i.path.join(".") === "region")
    expect(region?.message).toEqual({ zh: "行政区划：缺少此项", en: "region: missing" })
  })
})

describe("a Chinese message says in Chinese what is wrong (issue 13 point 6)", () => {
  it("no Chinese text carries SheetJS's English error or an English word (xlsx_unreadable, xlsx_sheet_too_large)", () => {
    const detailed = Object.entries(catalogCodes.codes).flatMap(([code, spec]) =>
      [spec.message, ...Object.values(spec.variants ?? {})].filter((t) => t.zh.includes("{detail}")).map(() => code)
    )
    expect(detailed).toEqual([])
    const facts = { sheet: "Sheet1", count: 20_000, max: 16_384 }
    const wide = catalogCodes.issue("xlsx_sheet_too_large", {
      facts: { ...facts, what: "columns" },
      variant: "columns"
    })
    const long = catalogCodes.issue("xlsx_sheet_too_large", { facts: { ...facts, what: "rows" } })
    expect([wide.message.zh, long.message.zh].filter((zh) => /[a-z]{3}/.test(zh.replace("Sheet1", "")))).toEqual([])
    const unreadable = catalogCodes.issue("xlsx_unreadable", { facts: { detail: "Unsupported ZIP Compression" } })
    expect(unreadable.message.zh).not.toContain("Unsupported")
    expect(unreadable.message.en).toContain("Unsupported ZIP Compression")
    expect(unreadable.facts.detail).toBe("Unsupported ZIP Compression")
  })
})
