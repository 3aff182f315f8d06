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

  it("takes single files and an explicit file of optima, and prints a table with the summary", async () => {
    const r = await runCli(["flow", "psplib", "j30/j301_1.sm", "--optima", "j30opt.sm", "--method", "rule"], { files })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("j301_1")
    expect(r.stdout).toMatch(
      /1 instances in .* s; average deviation from the optimum \d+\.\d{3}%, optimum reached [01]\/1/
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
