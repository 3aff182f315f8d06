import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { creditCodeCheckChar } from "@tongban/catalog"
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

  const list = [
    "序号,事项名称,部门名称,统一社会信用代码,事项编码,备注",
    "1,临时救助申请,区民政局,MB1234567,511A0001000000,",
    "2,最低生活保障申请,区民政局,MB1234567,511A0002000000,",
    "3,食品经营许可,区市场监督管理局,,511A0003000000,"
  ].join("\n")

  it("validate: a list with errors exits 1, listing them as JSON with their severity", async () => {
    const r = await runCli(["catalog", "validate", "list.csv", "--format", "json"], { files: { "list.csv": list } })
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout)
    expect(out).toMatchObject({ ok: false, errors: 1, matters: 3 })
    const bad = out.issues.find((i: { code: string }) => i.code === "implementing_body_code_invalid")
    expect(bad).toMatchObject({ severity: "error", facts: { rows: [2, 3], looksLike: "organisation_code" } })
    expect(out.issues.some((i: { severity: string }) => i.severity === "warning")).toBe(true)
  })

  it("validate: warnings only exit 0, and 1 with --strict", async () => {
    const code = `11522600MB1234567${creditCodeCheckChar("11522600MB1234567") ?? ""}`
    const other = `11522600MB7654321${creditCodeCheckChar("11522600MB7654321") ?? ""}`
    const clean = list.replaceAll("MB1234567", code).replace(",,511A0003", `,${other},511A0003`)
    const valid = await runCli(["catalog", "validate", "list.csv"], { files: { "list.csv": clean } })
    expect(valid.code).toBe(0)
    expect(valid.stderr).toContain("warning")
    expect((await runCli(["catalog", "validate", "list.csv", "--strict"], { files: { "list.csv": clean } })).code).toBe(
      1
    )
  })

  it("validate --columns: a mapping file names the list's own columns", async () => {
    const own = "名目,办结天数\n临时救助,5个工作日\n"
    const files = { "own.csv": own, "map.json": JSON.stringify({ 名目: "事项名称", 办结天数: "承诺时限" }) }
    const plain = await runCli(["catalog", "validate", "own.csv", "--format", "json"], { files })
    expect(JSON.parse(plain.stdout).matters).toBe(0)
    const mapped = await runCli(["catalog", "validate", "own.csv", "--columns", "map.json", "--format", "json"], {
      files
    })
    expect(JSON.parse(mapped.stdout)).toMatchObject({ ok: true, errors: 0, matters: 1 })
    const wrong = { ...files, "map.json": JSON.stringify({ 名目: "时限" }) }
    const bad = await runCli(["catalog", "validate", "own.csv", "--columns", "map.json"], { files: wrong })
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain("column_mapping_unknown_target")
  })

  it("search and stats work on a list with issues and summarise them in one line on stderr", async () => {
    const files = { "list.csv": list }
    const search = await runCli(["catalog", "search", "list.csv", "lsjz", "--format", "json"], { files })
    expect(search.code).toBe(0)
    expect(JSON.parse(search.stdout)[0]).toMatchObject({ name: "临时救助申请", code: "511A0001000000" })
    expect(search.stderr.trim().split("\n")).toHaveLength(1)
    expect(search.stderr).toMatch(/list\.csv: 1 error, \d+ warnings/)
    // The table names the department; the JSON keeps the id the importer gave it.
    const searchTable = await runCli(["catalog", "search", "list.csv", "lsjz"], { files })
    expect(searchTable.stdout).toMatch(/临时救助申请\s+511A0001000000\s+区民政局/)
    expect(JSON.parse(search.stdout)[0].department).toBe("d1")
    const stats = await runCli(["catalog", "stats", "list.csv", "--format", "json"], { files })
    expect(stats.code).toBe(0)
    const out = JSON.parse(stats.stdout)
    expect(out.overall.matters).toBe(3)
    const type = out.completeness.overall.elements.find((e: { element: string }) => e.element === "implementationCode")
    expect(type).toMatchObject({ carried: 0, share: 0 })
    const table = await runCli(["catalog", "stats", "list.csv"], { files })
    expect(table.stdout).toContain("complete")
    expect(table.stdout).toContain("implementation code: 0.0% (0/3)")
  })

  it("stats: completeness per department and element names the departments that carry an element least", async () => {
    const csv = [
      "事项名称,部门名称,承诺办结时限,跑动次数",
      "临时救助,区民政局,5个工作日,0",
      "低保审核,区民政局,5个工作日,0",
      "食品经营许可,区市场监督管理局,,0",
      "药品零售许可,区市场监督管理局,10个工作日,0"
    ].join("\n")
    const table = await runCli(["catalog", "stats", "list.csv", "--lang", "en"], { files: { "list.csv": csv } })
    expect(table.code).toBe(0)
    expect(table.stdout).toContain("promised limit: 75.0% (3/4); lowest: 区市场监督管理局 50.0%")
    expect(table.stdout).not.toMatch(/trips to the centre: /)
    const zh = await runCli(["catalog", "stats", "list.csv", "--lang", "zh"], { files: { "list.csv": csv } })
    expect(zh.stdout).toMatch(/75\.0% \(3\/4\)；最低：区市场监督管理局 50\.0%/)
  })

  it("diff: compares two lists with issues, matched by their provincial codes", async () => {
    const shorter = list.split("\n").slice(0, 3).join("\n")
    const r = await runCli(["catalog", "diff", "a.csv", "b.csv", "--format", "json"], {
      files: { "a.csv": list, "b.csv": shorter }
    })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).removed).toEqual([{ code: "511A0003000000", name: "食品经营许可" }])
    expect(r.stderr.trim().split("\n")).toHaveLength(2)
  })

  it("validate: a workbook cut to its first 10 bytes ends with xlsx_truncated (it used to hang)", async () => {
    const cut = "PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000"
    const r = await runCli(["catalog", "validate", "cut.xlsx", "--format", "json"], { files: { "cut.xlsx": cut } })
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).issues.map((i: { code: string }) => i.code)).toEqual(["xlsx_truncated"])
  })

  it("validate, search, stats, diff, convert: table headers in Chinese under --lang zh, English under --lang en, English in CSV", async () => {
    const both = { ...files, "list.csv": list }
    const header = (stdout: string): string => stdout.split("\n").find((l) => l.trim() !== "") ?? ""
    const runs: ReadonlyArray<{ args: ReadonlyArray<string>; zh: ReadonlyArray<string>; en: ReadonlyArray<string> }> = [
      {
        args: ["catalog", "validate", "2019.json"],
        zh: ["通过", "错误", "警告", "部门", "一件事"],
        en: ["ok", "errors", "bundles"]
      },
      {
        args: ["catalog", "search", "2020.json", "yyzz"],
        zh: ["得分", "匹配", "事项名称", "编码"],
        en: ["score", "match"]
      },
      {
        args: ["catalog", "stats", "list.csv"],
        zh: ["部门", "事项数", "即办件", "全程网办", "完整度"],
        en: ["department", "fullyOnline", "complete"]
      },
      {
        args: ["catalog", "diff", "2019.json", "2020.json"],
        zh: ["四减", "改革前", "改革后", "减少"],
        en: ["reduction", "before", "reduced"]
      },
      {
        args: ["catalog", "convert", "2019.json", "out.json"],
        zh: ["通过", "事项", "写为"],
        en: ["ok", "matters", "to"]
      }
    ]
    for (const run of runs) {
      const zh = await runCli([...run.args, "--lang", "zh"], { files: both })
      const en = await runCli([...run.args, "--lang", "en"], { files: both })
      expect(zh.code).toBe(0)
      for (const name of run.zh) expect(header(zh.stdout)).toContain(name)
      expect(header(zh.stdout)).not.toMatch(/[a-z]{3,}/)
      for (const name of run.en) expect(header(en.stdout)).toContain(name)
      expect(header(en.stdout)).not.toMatch(/\p{Script=Han}/u)
    }
    const csv = await runCli(["catalog", "stats", "list.csv", "--format", "csv", "--lang", "zh"], { files: both })
    expect(csv.stdout.split("\n")[0]).toBe(
      "department,matters,immediate,fullyOnline,≤1 trip,0 trips,compression,windowApproved,complete"
    )
  })

  it("search: the table names how each hit matched in the language asked; JSON keeps the kind", async () => {
    const zh = await runCli(["catalog", "search", "2020.json", "yyzz", "--lang", "zh"], { files })
    const en = await runCli(["catalog", "search", "2020.json", "yyzz", "--lang", "en"], { files })
    const json = await runCli(["catalog", "search", "2020.json", "yyzz", "--format", "json", "--lang", "zh"], { files })
    expect(zh.stdout).toContain("首字母")
    expect(zh.stdout).not.toContain("initials")
    expect(en.stdout).toContain("initials")
    expect(JSON.parse(json.stdout)[0].match).toBe("initials")
  })

  it("template: prints the header row of the matter table", async () => {
    const r = await runCli(["catalog", "template"], { files })
    expect(r.code).toBe(0)
    expect(r.stdout.startsWith("区划代码,区划名称,目录版本,截至日期,部门标识,实施主体,实施主体编码")).toBe(true)
    expect(r.stdout.trim().split("\n")).toHaveLength(1)
  })
})
