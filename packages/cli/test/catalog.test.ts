import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { runCli } from "./helpers.js"

const data = (year: 2019 | 2020): string =>
  readFileSync(
    fileURLToPath(new URL(`../../../examples/t-county/data/catalogue-${year}.json`, import.meta.url)),
    "utf8"
  )

const files = { "2019.json": data(2019), "2020.json": data(2020) }

describe("tongban catalog", () => {
  it("validate: a valid catalogue exits 0", async () => {
    const r = await runCli(["catalog", "validate", "2019.json", "--format", "json"], { files })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, issues: [], departments: 39, windows: 134, bundles: 5 })
  })

  it("validate: an invalid catalogue exits 1 with located bilingual issues as JSON", async () => {
    const broken = data(2019).replace('"trips": 1,', '"trips": -1,')
    const r = await runCli(["catalog", "validate", "bad.json", "--format", "json"], { files: { "bad.json": broken } })
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout)
    expect(out.ok).toBe(false)
    expect(out.issues[0]).toMatchObject({ code: "too_small", path: expect.stringMatching(/^matters\[\d+\]\.trips$/) })
    expect(typeof out.issues[0].message.zh).toBe("string")
    expect(typeof out.issues[0].message.en).toBe("string")
  })

  it("validate: a missing file or a wrong command line exits 2", async () => {
    expect((await runCli(["catalog", "validate", "missing.json"], { files })).code).toBe(2)
    expect((await runCli(["catalog", "validate"], { files })).code).toBe(2)
    expect((await runCli(["catalog", "validate", "2019.json", "--format", "dot"], { files })).code).toBe(2)
  })

  it("search: yyzz finds 营业执照", async () => {
    const r = await runCli(["catalog", "search", "2020.json", "yyzz", "--format", "json"], { files })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ name: "营业执照遗失补领、换发", match: "initials" })
  })

  it("search: filters by department and trips", async () => {
    const r = await runCli(
      ["catalog", "search", "2020.json", "许可", "--department", "scj", "--max-trips", "0", "--format", "json"],
      { files }
    )
    const hits: Array<{ department: string }> = JSON.parse(r.stdout)
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.every((h) => h.department === "scj")).toBe(true)
    expect((await runCli(["catalog", "search", "2020.json", "x", "--limit", "-1"], { files })).code).toBe(2)
  })

  it("stats: per department and overall", async () => {
    const r = await runCli(["catalog", "stats", "2019.json", "--format", "json"], { files })
    const stats = JSON.parse(r.stdout)
    expect(stats.departments).toHaveLength(39)
    expect(stats.overall.matters).toBe(171)
    const table = await runCli(["catalog", "stats", "2019.json"], { files })
    expect(table.stdout).toContain("县市场监督管理局")
  })

  it("diff: the four reductions between the versions", async () => {
    const r = await runCli(["catalog", "diff", "2019.json", "2020.json", "--format", "json"], { files })
    const diff = JSON.parse(r.stdout)
    expect(diff.added).toHaveLength(1)
    expect(diff.removed).toHaveLength(2)
    expect(diff.fourReductions.trips.reduction).toBeGreaterThan(0)
    const zh = await runCli(["catalog", "diff", "2019.json", "2020.json", "--lang", "zh"], { files })
    expect(zh.stdout).toContain("减材料")
  })

  it("schema: prints the JSON Schema", async () => {
    const r = await runCli(["catalog", "schema"])
    expect(JSON.parse(r.stdout).type).toBe("object")
  })

  it("convert: JSON → CSV → JSON keeps the matters; JSON → XLSX writes a workbook", async () => {
    const toCsv = await runCli(["catalog", "convert", "2020.json", "out.csv"], { files })
    expect(toCsv.code).toBe(0)
    expect(toCsv.stderr).toContain("CSV")
    const csv = toCsv.written.get("out.csv") ?? ""
    expect(csv.startsWith("区划代码,")).toBe(true)
    const back = await runCli(["catalog", "convert", "out.csv", "back.json"], { files: { "out.csv": csv } })
    expect(back.code).toBe(0)
    expect(JSON.parse(back.written.get("back.json") ?? "{}").matters).toEqual(JSON.parse(data(2020)).matters)
    const xlsx = await runCli(["catalog", "convert", "2019.json", "out.xlsx"], { files })
    expect(xlsx.code).toBe(0)
    expect(xlsx.written.get("out.xlsx")?.startsWith("PK")).toBe(true)
    expect((await runCli(["catalog", "convert", "2019.json", "out.txt"], { files })).code).toBe(2)
  })
})
