// Issue 12 point 5 on the command line: a case clock beyond the calendar's
// coverage still shows what is known (the working days used so far) beside
// the issue, in the table; JSON keeps the issue, whose facts carry the same.
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { runCli } from "./helpers.js"

describe("tongban due beyond coverage", () => {
  const args = ["due", "--from", "2026-12-01", "--limit", "30wd", "--as-of", "2026-12-20"]

  it("the table shows the elapsed working days after the issue, and exits 1", async () => {
    const r = await runCli([...args, "--format", "table", "--lang", "en"])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("calendar_out_of_coverage")
    expect(r.stderr).toContain("The State Council notice for 2027 is not published yet")
    expect(r.stdout).toContain("elapsed")
    expect(r.stdout).toContain("13 working days used by 2026-12-20 (limit 30wd)")
  })

  it("in Chinese too", async () => {
    const r = await runCli([...args, "--format", "table", "--lang", "zh"])
    expect(r.stdout).toContain("截至 2026-12-20 已用 13 个工作日（时限 30wd）")
  })

  it("JSON is the issue alone, with elapsed and asOf among its facts", async () => {
    const r = await runCli([...args, "--format", "json"])
    expect(r.code).toBe(1)
    const out: unknown = JSON.parse(r.stdout)
    expect(out).toMatchObject({
      ok: false,
      issues: [{ code: "calendar_out_of_coverage", facts: { elapsed: 13, asOf: "2026-12-20", year: 2027 } }]
    })
  })

  it("with --provisional the clock runs and is flagged", async () => {
    const r = await runCli([...args, "--provisional", "--format", "json"])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ elapsed: 13, provisional: true })
  })
})

describe("tongban simulate flow past the last notice", () => {
  // the parallel 工程建设 flow of the T County demo (about 84 working days)
  const flow = readFileSync(new URL("../../../examples/t-county/flows/gongcheng-jianshe.json", import.meta.url), "utf8")
  const args = ["simulate", "flow", "f.json", "--start", "2026-12-01", "--runs", "200"]

  it("exits 1 with calendar_out_of_coverage without --provisional", async () => {
    const r = await runCli([...args, "--format", "json"], { files: { "f.json": flow } })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain("calendar_out_of_coverage")
  })

  it("with --provisional gives the finish dates in 2027, flagged, with the note in the table", async () => {
    const json = await runCli([...args, "--provisional", "--format", "json"], { files: { "f.json": flow } })
    expect(json.code).toBe(0)
    const out: unknown = JSON.parse(json.stdout)
    expect(out).toMatchObject({ provisional: true, finish: { p50: expect.stringMatching(/^2027-/) } })
    const table = await runCli([...args, "--provisional", "--lang", "en"], { files: { "f.json": flow } })
    expect(table.stdout).toContain("the result rests on projected days")
  })
})
