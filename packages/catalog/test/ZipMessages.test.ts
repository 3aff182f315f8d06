// A broken workbook's Chinese message says in Chinese what is wrong with the
// container (issue 13, point 6: no English text inside a Chinese message):
// the zip walk gives each problem in both languages.
import { catalogueToXlsx, importCatalogueXlsx } from "@tongban/catalog"
import type { Issue } from "@tongban/core"
import { describe, expect, it } from "vitest"
import { makeZip } from "./helpers/zip.js"

const ZIP_CODES = new Set(["xlsx_truncated", "xlsx_unsupported", "xlsx_corrupt"])

const workbook = catalogueToXlsx({
  region: { code: "522600", name: "黔东南州" },
  version: "1",
  asOf: "2026-01-01",
  departments: [],
  windows: [],
  matters: [],
  bundles: []
})

const zipIssues = (bytes: Uint8Array): Array<Issue> => {
  const r = importCatalogueXlsx(bytes)
  return r.ok ? [] : r.issues.filter((i) => ZIP_CODES.has(i.code))
}

describe("zip problems in both languages", () => {
  it("truncated and byte-flipped workbooks: the Chinese message carries the Chinese detail, not the English one", () => {
    const found: Array<Issue> = []
    for (let n = 4; n < workbook.length; n += n < 64 ? 3 : 211) found.push(...zipIssues(workbook.slice(0, n)))
    for (let at = 0; at < workbook.length; at += 401) {
      const flipped = workbook.slice()
      flipped[at] = (flipped[at] ?? 0) ^ 0xff
      found.push(...zipIssues(flipped))
    }
    expect(found.length).toBeGreaterThan(10)
    for (const i of found) {
      expect(typeof i.facts.detailZh).toBe("string")
      expect(i.message.zh).toContain(String(i.facts.detailZh))
      expect(i.message.zh).not.toContain(String(i.facts.detail))
      expect(i.message.en).toContain(String(i.facts.detail))
    }
  })

  it("the 10-byte zip: 找不到中央目录结尾", () => {
    const [issue] = zipIssues(workbook.slice(0, 10))
    expect(issue?.message.zh).toBe("工作簿不完整（文件被截断）：找不到中央目录结尾，文件被截断")
  })

  it("an entry that unpacks to more than it declares: 解压后为……字节", () => {
    const zip = makeZip([
      { name: "xl/workbook.xml", data: new TextEncoder().encode("<workbook></workbook>"), claimSize: 3 }
    ])
    const [issue] = zipIssues(zip)
    expect(issue?.code).toBe("xlsx_corrupt")
    expect(issue?.message.zh).toBe("工作簿已损坏：第 1 个条目解压后为 21 字节，而不是声明的 3 字节")
  })
})
