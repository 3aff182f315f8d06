import { detectLang, displayWidth, renderCsv, renderTable, VERSION } from "@tongban/cli"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { runCli } from "./helpers.js"

describe("tongban", () => {
  it("--version prints the version", async () => {
    const r = await runCli(["--version"])
    expect(r.code).toBe(0)
    expect(r.stdout.trim()).toBe(VERSION)
  })

  it("--help lists the commands, in Chinese when asked", async () => {
    const en = await runCli(["--help"])
    expect(en.code).toBe(0)
    expect(en.stdout).toContain("date")
    const zh = await runCli(["--help", "--lang", "zh"])
    expect(zh.stdout).toContain("显示帮助")
    const zhLocale = await runCli(["--help"], { env: { LANG: "zh_CN.UTF-8" } })
    expect(zhLocale.stdout).toContain("显示帮助")
  })

  it("an unknown command exits 2 with a helpful message", async () => {
    const r = await runCli(["nonsense"])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("unknown command 'nonsense'")
    expect(r.stderr).toContain("--help")
  })

  it("a bad flag or a bad --lang exits 2", async () => {
    expect((await runCli(["date", "2026-01-01", "--bogus"])).code).toBe(2)
    expect((await runCli(["--lang", "fr", "date", "2026-01-01"])).code).toBe(2)
    expect((await runCli(["date", "2026-01-01", "--format", "xml"])).code).toBe(2)
  })

  it("a format the command does not offer exits 2 and says which it offers", async () => {
    const r = await runCli(["date", "2026-01-01", "--format", "dot"])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("table, json, csv")
  })

  it("date prints json, csv and table", async () => {
    const json = await runCli(["date", "2026-10-01", "--format", "json"])
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toEqual([
      { date: "2026-10-01", weekday: 4, dayNumber: 20727, zh: "2026年10月1日（星期四）", en: "Thu 1 Oct 2026" }
    ])
    const csv = await runCli(["--format", "csv", "date", "2026-10-01"])
    expect(csv.stdout.split("\n")[0]).toBe("date,weekday,dayNumber,zh,en")
    const table = await runCli(["date", "2026-10-01"])
    expect(table.stdout).toContain("2026-10-01")
  })

  it("a bad date exits 1 with a located issue, as JSON when asked", async () => {
    const r = await runCli(["date", "2026-02-30", "--format", "json"])
    expect(r.code).toBe(1)
    const body = JSON.parse(r.stdout)
    expect(body.ok).toBe(false)
    expect(body.issues[0]).toMatchObject({ code: "date_nonexistent", path: "dates[0]" })
    expect(body.issues[0].message.zh).toContain("不存在")
    const zh = await runCli(["date", "2026-02-30", "--lang", "zh"])
    expect(zh.stderr).toContain("不存在")
  })
})

describe("language and rendering", () => {
  it("detects Chinese from the locale", () => {
    expect(detectLang({ LC_ALL: "zh_TW.UTF-8", LANG: "en_US" })).toBe("zh")
    expect(detectLang({ LANG: "C" })).toBe("en")
    expect(detectLang({})).toBe("en")
  })

  it("Chinese characters take two columns", () => {
    expect(displayWidth("营业执照abc")).toBe(11)
    const table = renderTable({
      columns: ["事项", "n"],
      rows: [
        ["营业执照", 1],
        ["a", 10]
      ]
    })
    const lines = table.split("\n")
    expect(displayWidth(lines[2] ?? "")).toBe(displayWidth(lines[3] ?? ""))
  })

  it("CSV quotes what needs quoting and defuses formulas", () => {
    expect(renderCsv({ columns: ["a"], rows: [['x,"y"'], ["=SUM(A1)"], [-3]] })).toBe('a\n"x,""y"""\n\'=SUM(A1)\n-3\n')
  })

  it("CSV has one line per row plus the header, whatever the cells", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 20 }), (rows) => {
        const text = renderCsv({ columns: ["a", "b"], rows })
        const unquotedNewlines = text.replace(/"(?:[^"]|"")*"/g, "").split("\n").length - 1
        expect(unquotedNewlines).toBe(rows.length + 1)
      })
    )
  })
})
