// Issue 12 point 2 on the command line: `tongban calendar --provisional
// --announced-through Y-1` projects year Y from the notices up to Y-1; set
// beside the real calendar, the wrong days are the ones docs/deadlines.md
// lists for that year.
import { describe, expect, it } from "vitest"
import { runCli } from "./helpers.js"

const working = async (extra: ReadonlyArray<string>): Promise<Map<string, string>> => {
  const r = await runCli(["calendar", "--from", "2024-01-01", "--to", "2024-12-31", ...extra, "--format", "csv"])
  expect(r.code).toBe(0)
  const lines = r.stdout.trim().split("\n").slice(1)
  return new Map(lines.map((l) => [l.split(",")[0] ?? "", l.split(",")[1] ?? ""]))
}

describe("tongban calendar backtest of 2024", () => {
  it("projected from the notices through 2023, it is wrong on exactly the four days of the docs' table", async () => {
    const real = await working([])
    const projected = await working(["--provisional", "--announced-through", "2023"])
    expect(projected.size).toBe(366)
    const wrong = [...real].filter(([date, w]) => projected.get(date) !== w).map(([date]) => date)
    expect(wrong).toEqual(["2024-02-09", "2024-02-16", "2024-02-17", "2024-02-18"])
  })
})
