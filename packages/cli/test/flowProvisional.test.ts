// `tongban flow schedule` past the last State Council notice, as `tongban due` does it (issue 12 point 3):
// refused by default with the notice hint; with --provisional the projected calendar, and every date that
// rests on a projected day flagged in the JSON (provisional, projected) and marked in the table.
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { runCli } from "./helpers.js"

const read = (path: string): string => readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8")
const files = { "serial.json": read("examples/t-county/flows/qiye-kaiban-serial.json") }

interface Row {
  readonly id: string
  readonly start: string
  readonly finish: string
  readonly lateStart: string
  readonly lateFinish: string
  readonly provisional: boolean
  readonly projected: ReadonlyArray<string>
}

const schedule = async (...args: ReadonlyArray<string>) => {
  const r = await runCli(["flow", "schedule", "serial.json", "--format", "json", ...args], { files })
  return { code: r.code, out: r.code === 0 ? JSON.parse(r.stdout) : undefined, text: r.stdout + r.stderr }
}

describe("flow schedule past the last notice: --provisional and --announced-through", () => {
  it("refuses a flow that runs into 2027 (exit 1, the notice hint), as due does", async () => {
    const refused = await schedule("--start", "2026-12-20")
    expect(refused.code).toBe(1)
    expect(refused.text).toContain("calendar_out_of_coverage")
    expect(refused.text).toContain("--provisional")
  })

  it("with --provisional: the schedule, provisional, each date after 2026-12-31 named in projected", async () => {
    const r = await schedule("--start", "2026-12-20", "--provisional")
    expect(r.code).toBe(0)
    expect(r.out).toMatchObject({ provisional: true, announcedThrough: "2026-12-31" })
    const steps: ReadonlyArray<Row> = r.out.steps
    const names = ["start", "finish", "lateStart", "lateFinish"] as const
    for (const s of steps) {
      // A date is flagged exactly when it lies after the last announced day.
      expect(s.projected).toEqual(names.filter((d) => s[d] > "2026-12-31"))
      expect(s.provisional).toBe(s.projected.length > 0)
    }
    expect(steps.some((s) => !s.provisional)).toBe(true)
    expect(steps.some((s) => s.provisional)).toBe(true)
    expect(r.out.finish > "2026-12-31").toBe(true)
  })

  it("a flow wholly within announced days is not provisional, with or without the flag", async () => {
    const plain = await schedule("--start", "2026-03-02")
    const flagged = await schedule("--start", "2026-03-02", "--provisional")
    expect(plain.out.provisional).toBe(false)
    expect(flagged.out.provisional).toBe(false)
    expect(flagged.out.steps).toEqual(plain.out.steps)
    expect(plain.out.announcedThrough).toBeUndefined()
  })

  it("the table marks each projected date and says why in a footer; Chinese too", async () => {
    const en = await runCli(["flow", "schedule", "serial.json", "--start", "2026-12-20", "--provisional"], { files })
    expect(en.code).toBe(0)
    const rows = en.stdout.split("\n")
    expect(rows.some((l) => l.includes("2027-") && l.includes("[projected]"))).toBe(true)
    expect(rows.filter((l) => l.includes("[projected]")).every((l) => l.includes("2027-"))).toBe(true)
    expect(en.stdout + en.stderr).toContain("note: the dates marked projected fall after 2026-12-31")
    const zh = await runCli(["flow", "schedule", "serial.json", "--start", "2026-12-20", "--provisional"], {
      files,
      env: { LANG: "zh_CN.UTF-8" }
    })
    expect(zh.stdout + zh.stderr).toContain("[预测]")
  })

  it("--announced-through 2025 backtests: 2026 projected, and its dates flagged", async () => {
    const r = await schedule("--start", "2025-12-20", "--provisional", "--announced-through", "2025")
    expect(r.code).toBe(0)
    expect(r.out).toMatchObject({ provisional: true, announcedThrough: "2025-12-31" })
    const gantt = await runCli(
      [
        "flow",
        "schedule",
        "serial.json",
        "--start",
        "2025-12-20",
        "--provisional",
        "--announced-through",
        "2025",
        "--format",
        "mermaid"
      ],
      { files }
    )
    expect(gantt.stdout).toContain("%% 预测：2025-12-31")
    expect(gantt.stdout).toContain("（预测）")
  })

  it("--announced-through without --provisional is a usage error (exit 2)", async () => {
    expect((await schedule("--start", "2026-03-02", "--announced-through", "2025")).code).toBe(2)
  })
})
