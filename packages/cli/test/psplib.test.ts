import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { runCli } from "./helpers.js"

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../approval/test/fixtures/psplib/${name}`, import.meta.url)), "latin1")

const files = {
  "j30/j301_1.sm": fixture("j301_1.sm"),
  "j30/j3029_2.sm": fixture("j3029_2.sm"),
  "j30opt.sm":
    "Paramter Instance Makespan CPU-Time[sec.]\n1       1         43       0.30\n29      2         90       52.26\n"
}

describe("tongban flow psplib", () => {
  it("schedules every instance of a directory and finds the optima beside it (PSPLIB J30, Kolisch & Sprecher 1997)", async () => {
    const r = await runCli(["flow", "psplib", "j30", "--schedules", "5000", "--seed", "1", "--format", "json"], {
      files
    })
    expect(r.code).toBe(0)
    const rows: unknown = JSON.parse(r.stdout)
    expect(rows).toMatchObject([
      { instance: "j301_1", makespan: 43, optimum: 43, deviation: 0 },
      { instance: "j3029_2", makespan: 90, optimum: 90, deviation: 0 }
    ])
    expect(
      Array.isArray(rows) &&
        rows.every((row) => typeof row.schedules === "number" && row.schedules <= 5000 && typeof row.ms === "number")
    ).toBe(true)
  })

  it("J60 (best known makespans in j60hrs.sm): reports the deviation from the critical-path bound, the literature's J60 measure, beside the best known", async () => {
    const j60 = {
      "j60/j601_1.sm": fixture("j601_1.sm"),
      "j60/j6013_1.sm": fixture("j6013_1.sm"),
      // Two rows of j60hrs.sm (PSPLIB, best known makespans as of its date).
      "j60hrs.sm":
        "Par\tInst\tMakespan\tDate\t\t\tAuthor\n1\t1\t77\t\tTue Apr  2 16:26:00 1996  R. Kolisch / A. Drexl\n13\t1\t112\t\tFri May 30 10:21:22 2003  A. Stolyar, Yu. Kochetov\n"
    }
    const r = await runCli(["flow", "psplib", "j60", "--schedules", "1000", "--format", "json"], { files: j60 })
    expect(r.code).toBe(0)
    const rows: unknown = JSON.parse(r.stdout)
    // MPM-Time of PROJECT INFORMATION: 77 for j601_1, 69 for j6013_1.
    expect(rows).toMatchObject([
      { instance: "j601_1", criticalPath: 77, optimum: 77, reference: "best known" },
      { instance: "j6013_1", criticalPath: 69, optimum: 112, reference: "best known" }
    ])
    if (!Array.isArray(rows)) throw new Error("rows")
    for (const row of rows) {
      expect(row.makespan).toBeGreaterThanOrEqual(row.criticalPath)
      expect(row.criticalPathDeviation).toBeCloseTo((row.makespan - row.criticalPath) / row.criticalPath, 6)
      expect(row.deviation).toBeCloseTo((row.makespan - row.optimum) / row.optimum, 6)
      expect(row.ms).toBeGreaterThanOrEqual(0)
    }
    const table = await runCli(["flow", "psplib", "j60/j6013_1.sm", "--schedules", "300"], { files: j60 })
    expect(table.code).toBe(0)
    expect(table.stdout).toContain("112*")
    expect(table.stdout).toMatch(
      /average deviation from the critical-path bound \d+\.\d{2}%; average deviation from the optimum or best known \(marked \*\)/
    )
  })

  it("takes single files and an explicit file of optima, and prints a table with the summary", async () => {
    const r = await runCli(["flow", "psplib", "j30/j301_1.sm", "--optima", "j30opt.sm", "--method", "rule"], { files })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("j301_1")
    expect(r.stdout).toMatch(
      /1 instances in .* s \(.* ms each\); average deviation from the critical-path bound \d+\.\d{2}%; average deviation from the optimum \d+\.\d{3}%, optimum reached [01]\/1/
    )
  })

  it("reports a malformed file with its line and exits 1", async () => {
    const r = await runCli(["flow", "psplib", "bad.sm"], {
      files: {
        "bad.sm": "jobs (incl. supersource/sink ):  3\n  - renewable : 1 R\nPRECEDENCE RELATIONS:\nheader\n   1 1 1 x\n"
      }
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("line 5")
  })

  it("refuses a wrong command line with exit 2", async () => {
    expect((await runCli(["flow", "psplib", "j30", "--schedules", "many"], { files })).code).toBe(2)
    expect((await runCli(["flow", "psplib", "j30", "--method", "magic"], { files })).code).toBe(2)
    expect((await runCli(["flow", "psplib", "nothing.sm"], { files })).code).toBe(2)
  })
})
