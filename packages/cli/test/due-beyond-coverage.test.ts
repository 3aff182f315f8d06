// Issue 12 point 5 on the command line: a case clock beyond the calendar's
// coverage still shows what is known (the working days used so far) beside
// the issue, in the table; JSON keeps the issue, whose facts carry the same.
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
