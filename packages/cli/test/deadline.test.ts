import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { runCli } from "./helpers.js"

describe("tongban calendar", () => {
  it("prints CSV with the header date,working,holiday and 1/0 (国办发明电〔2023〕7号: National Day 2024)", async () => {
    const r = await runCli(["calendar", "--from", "2024-09-28", "--to", "2024-10-08", "--format", "csv"])
    expect(r.code).toBe(0)
    const lines = r.stdout.trim().split("\n")
    expect(lines[0]).toBe("date,working,holiday")
    expect(lines).toContain("2024-09-29,1,")
    expect(lines).toContain("2024-10-01,0,National Day")
    expect(lines).toContain("2024-10-08,1,")
    expect(lines).toHaveLength(12)
  })

  it("names holidays in Chinese with --lang zh", async () => {
    const r = await runCli([
      "calendar",
      "--from",
      "2024-10-01",
      "--to",
      "2024-10-01",
      "--format",
      "csv",
      "--lang",
      "zh"
    ])
    expect(r.stdout).toBe("date,working,holiday\n2024-10-01,0,国庆节\n")
  })

  it("exits 1 with calendar_out_of_coverage for 2027", async () => {
    const r = await runCli(["calendar", "--from", "2026-12-30", "--to", "2027-01-05", "--format", "json"])
    expect(r.code).toBe(1)
    expect(r.stdout + r.stderr).toContain("calendar_out_of_coverage")
  })

  it("applies a layer file and reports a bad one by path", async () => {
    const layer = JSON.stringify({
      id: "centre",
      name: { zh: "中心", en: "centre" },
      level: "centre",
      sources: [{ id: "n1", title: "通知" }],
      daysOff: [
        { from: "2024-03-12", to: "2024-03-12", name: { zh: "停电检修", en: "power maintenance" }, source: "n1" }
      ],
      workdays: []
    })
    const good = await runCli(
      ["calendar", "--from", "2024-03-12", "--to", "2024-03-12", "--layer", "l.json", "--format", "csv"],
      { files: { "l.json": layer } }
    )
    expect(good.stdout).toBe("date,working,holiday\n2024-03-12,0,power maintenance\n")
    const bad = await runCli(
      ["calendar", "--from", "2024-03-12", "--to", "2024-03-12", "--layer", "b.json", "--format", "json"],
      {
        files: { "b.json": '{"id":"x","__proto__":{}}' }
      }
    )
    expect(bad.code).toBe(1)
  })
})

describe("tongban due", () => {
  it("gives due, remaining, level and trace as JSON (行政许可法第四十二条: 20 working days from 2024-09-27)", async () => {
    const r = await runCli([
      "due",
      "--from",
      "2024-09-27",
      "--limit",
      "20wd",
      "--as-of",
      "2024-10-28",
      "--format",
      "json"
    ])
    expect(r.code).toBe(0)
    const out: unknown = JSON.parse(r.stdout)
    expect(out).toMatchObject({ due: "2024-10-30", remaining: 2, level: "yellow" })
    const trace = Reflect.get(Object(out), "trace")
    expect(Array.isArray(trace)).toBe(true)
    expect(JSON.stringify(trace)).toContain("2024-10-01")
  })

  it("moves the due date by a suspension and an extension (行政许可法第四十二条、第四十五条)", async () => {
    const r = await runCli([
      "due",
      "--from",
      "2024-09-27",
      "--limit",
      "20wd",
      "--suspend",
      "2024-10-09..2024-10-11:inspection",
      "--extend",
      "10wd",
      "--format",
      "json"
    ])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ due: "2024-11-15", level: "normal" })
  })

  it("exits 1 when the due date falls beyond the calendar's coverage", async () => {
    const r = await runCli(["due", "--from", "2026-12-20", "--limit", "20wd", "--format", "json"])
    expect(r.code).toBe(1)
    expect(r.stdout + r.stderr).toContain("calendar_out_of_coverage")
  })

  it("exits 2 for a malformed --suspend", async () => {
    const r = await runCli(["due", "--from", "2024-09-27", "--limit", "20wd", "--suspend", "soon"])
    expect(r.code).toBe(2)
  })

  it("exits 1 for an unreadable limit", async () => {
    const r = await runCli(["due", "--from", "2024-09-27", "--limit", "twenty", "--format", "json"])
    expect(r.code).toBe(1)
    expect(r.stdout + r.stderr).toContain("time_limit_malformed")
  })
})

describe("past the last notice: --provisional and --announced-through", () => {
  it("due --from 2026-12-01 --limit 30wd: exit 1 with the notice hint; with --provisional the projected due date, flagged", async () => {
    const refused = await runCli(["due", "--from", "2026-12-01", "--limit", "30wd", "--format", "json"])
    expect(refused.code).toBe(1)
    expect(refused.stdout + refused.stderr).toContain("--provisional")
    const r = await runCli(["due", "--from", "2026-12-01", "--limit", "30wd", "--provisional", "--format", "json"])
    expect(r.code).toBe(0)
    const out: unknown = JSON.parse(r.stdout)
    expect(out).toMatchObject({ due: "2027-01-13", provisional: true })
    const table = await runCli(["due", "--from", "2026-12-01", "--limit", "30wd", "--provisional"])
    expect(table.stdout).toContain("2027-01-01")
    expect(table.stdout).toContain("[projected]")
    expect(table.stdout).toContain("not out yet")
  })

  it("calendar --provisional --announced-through 2024 projects 2025 as the backtest does (0 wrong days)", async () => {
    const args = ["calendar", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "csv"]
    const real = await runCli(args)
    const projected = await runCli([...args, "--provisional", "--announced-through", "2024"])
    expect(projected.code).toBe(0)
    const lines = projected.stdout.trim().split("\n")
    expect(lines[0]).toBe("date,working,holiday,provisional")
    expect(lines).toHaveLength(366)
    const working = (text: string) =>
      text
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => l.split(",").slice(0, 2).join(","))
    expect(working(projected.stdout)).toEqual(working(real.stdout))
    expect(lines.every((l, i) => i === 0 || l.endsWith(",1"))).toBe(true)
  })

  it("--announced-through without --provisional is a usage error (exit 2)", async () => {
    const r = await runCli(["due", "--from", "2026-12-01", "--limit", "5wd", "--announced-through", "2025"])
    expect(r.code).toBe(2)
  })
})

describe("--provisional wherever a command takes dates from the calendar", () => {
  const flow = readFileSync(
    new URL("../../../examples/t-county/flows/qiye-kaiban-serial.json", import.meta.url),
    "utf8"
  )
  const model = {
    start: "2026-12-28",
    days: 5,
    departments: [{ id: "market", reviewers: 3 }],
    windows: [{ id: "general", count: 2 }],
    services: [
      {
        id: "licence",
        department: "market",
        arrivals: { perDay: 10 },
        windowMinutes: { type: "exponential", mean: 8 },
        statutory: "20wd",
        flow: { id: "f", name: "licence", steps: [{ id: "a", name: "审查", department: "market", duration: 1 }] }
      }
    ]
  }
  const events = [
    "kind,date,staff,window,department,code,level,quantity,points,matter_type,id,ref,active,role",
    "staff,2026-12-01,s1,w1,d1,,,,,,,,,",
    "evaluation,2026-12-28,s1,w1,d1,,不满意,,,,e1,,true,",
    "rectification,2027-01-05,,,,,,,,,,e1,,"
  ].join("\n")

  it("flow schedule from 2026-12-20: refused on the national calendar, dated with --provisional", async () => {
    const args = ["flow", "schedule", "f.json", "--start", "2026-12-20", "--format", "json"]
    const refused = await runCli(args, { files: { "f.json": flow } })
    expect(refused.code).toBe(1)
    const r = await runCli([...args, "--provisional"], { files: { "f.json": flow } })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("2027-")
  })

  it("simulate a hall open from 2026-12-28 for five working days needs --provisional", async () => {
    const args = ["simulate", "hall.json", "--workers", "0", "--format", "json"]
    const files = { "hall.json": JSON.stringify(model) }
    expect((await runCli(args, { files })).code).toBe(1)
    expect((await runCli([...args, "--provisional"], { files })).code).toBe(0)
  })

  it("reviews with a rectification due in 2027 needs --provisional", async () => {
    const args = ["reviews", "--events", "e.csv", "--format", "json", "--as-of", "2027-01-10"]
    const files = { "e.csv": events }
    expect((await runCli(args, { files })).code).toBe(1)
    const r = await runCli([...args, "--provisional"], { files })
    expect(r.code).toBe(0)
  })
})

describe("a notice file given with --layer", () => {
  const notice = JSON.stringify({
    notice: "国办发明电〔2026〕9号",
    title: "国务院办公厅关于2027年部分节假日安排的通知",
    signed: "2026-11-20",
    year: 2027,
    daysOff: [{ from: "2027-01-01", to: "2027-01-03", name: { zh: "元旦", en: "New Year's Day" } }],
    workdays: []
  })

  it("extends the national calendar through 2027 without --provisional, citing the notice", async () => {
    const r = await runCli(
      ["due", "--from", "2026-12-01", "--limit", "30wd", "--layer", "n.json", "--format", "json"],
      {
        files: { "n.json": notice }
      }
    )
    expect(r.code).toBe(0)
    const out: unknown = JSON.parse(r.stdout)
    expect(out).toMatchObject({ due: "2027-01-13", provisional: false })
    expect(r.stdout).toContain("国办发明电〔2026〕9号")
  })

  it("with --provisional the projection starts after the notice's year", async () => {
    const r = await runCli(
      [
        "calendar",
        "--from",
        "2027-12-31",
        "--to",
        "2028-01-01",
        "--layer",
        "n.json",
        "--provisional",
        "--format",
        "csv"
      ],
      { files: { "n.json": notice } }
    )
    expect(r.stdout.trim().split("\n")).toEqual([
      "date,working,holiday,provisional",
      "2027-12-31,1,,0",
      "2028-01-01,0,New Year's Day,1"
    ])
  })

  it("a bad notice file is located under layer[0]", async () => {
    const r = await runCli(["due", "--from", "2026-12-01", "--limit", "5wd", "--layer", "n.json", "--format", "json"], {
      files: { "n.json": JSON.stringify({ ...JSON.parse(notice), notice: "通知" }) }
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain("notice_number_invalid")
  })
})
