import { readFileSync } from "node:fs"
import { getOrThrow } from "@tongban/core"
import { parseModel, runShard } from "@tongban/simulation"
import { describe, expect, it } from "vitest"
import { runCli } from "./helpers.js"

const example = (path: string): string =>
  readFileSync(new URL(`../../../examples/t-county/${path}`, import.meta.url), "utf8")

const shard = (): string => {
  const model = getOrThrow(
    parseModel({
      departments: [{ id: "d", reviewers: 1 }],
      windows: [{ id: "w", count: 2 }],
      services: [
        { id: "s", department: "d", arrivals: { perDay: 60 }, windowMinutes: { type: "exponential", mean: 12 } }
      ]
    })
  )
  return JSON.stringify(
    getOrThrow(
      runShard(
        [
          { name: "a", model },
          { name: "b", model }
        ],
        { seeds: { from: 1, to: 4 } }
      )
    )
  )
}

describe("tongban report", () => {
  it("draws each file through its package into one HTML file and, with --svg, one SVG per figure", async () => {
    const r = await runCli(
      [
        "report",
        "--shard",
        "shard.json",
        "--flow",
        "flow.json",
        "--start",
        "2024-09-02",
        "--catalogue",
        "after.json",
        "--before",
        "before.json",
        "--events",
        "events.json",
        "--rubric",
        "quarterly-deduction",
        "--period",
        "2026-Q3",
        "--year",
        "2024",
        "--out",
        "out/r.html",
        "--svg",
        "figs",
        "--format",
        "json"
      ],
      {
        files: {
          "shard.json": shard(),
          "flow.json": example("flows/qiye-kaiban-serial.json"),
          "after.json": example("data/catalogue-2020.json"),
          "before.json": example("data/catalogue-2019.json"),
          "events.json": JSON.stringify([
            { kind: "case", date: "2026-07-07", staff: "s1", window: "w1", code: "on_time" },
            { kind: "case", date: "2026-07-08", staff: "s2", window: "w1", code: "overdue" }
          ])
        }
      }
    )
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    const out: { file: string; sections: Array<string>; figures: Array<string>; svg: Array<string> } = JSON.parse(
      r.stdout
    )
    expect(out.file).toBe("out/r.html")
    expect(out.sections).toEqual(["deadline", "approval", "simulation", "catalog", "scoring"])
    expect(out.figures).toContain("gantt-qiye-kaiban-serial")
    expect(out.figures).toContain("four-reductions")
    expect(out.svg).toEqual(out.figures.map((id) => `figs/${id}.svg`))
    const html = r.written.get("out/r.html") ?? ""
    expect(html.startsWith("<!doctype html>")).toBe(true)
    expect((html.match(/<figure class="figure"/g) ?? []).length).toBe(out.figures.length)
    for (const file of out.svg) expect(r.written.get(file)?.startsWith("<svg ")).toBe(true)
  })

  it("a broken file is a located issue (exit 1); nothing to draw is a usage error (exit 2)", async () => {
    const broken = await runCli(["report", "--shard", "shard.json"], { files: { "shard.json": '{"entries":[{}]}' } })
    expect(broken.code).toBe(1)
    expect(broken.stderr).toContain("entries")
    expect((await runCli(["report"])).code).toBe(2)
    expect((await runCli(["report", "--before", "a.json"])).code).toBe(2)
  })
})
