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
  }, 30_000)

  it("a broken file is a located issue (exit 1); nothing to draw is a usage error (exit 2)", async () => {
    const broken = await runCli(["report", "--shard", "shard.json"], { files: { "shard.json": '{"entries":[{}]}' } })
    expect(broken.code).toBe(1)
    expect(broken.stderr).toContain("entries")
    expect((await runCli(["report"])).code).toBe(2)
    expect((await runCli(["report", "--before", "a.json"])).code).toBe(2)
  })
})

// Issue 17, point 3: `tongban report --result` takes each result file as the
// command that writes it writes it: the real command runs first (in memory)
// and its output is the file the report reads.
describe("tongban report --result: the files the other commands write", () => {
  const model = {
    departments: [{ id: "d", reviewers: 1 }],
    windows: [{ id: "w", count: 2 }],
    services: [{ id: "s", department: "d", arrivals: { perDay: 60 }, windowMinutes: { type: "exponential", mean: 12 } }]
  }
  const events = JSON.stringify([
    { kind: "case", date: "2026-07-07", staff: "s1", window: "w1", code: "on_time" },
    { kind: "case", date: "2026-07-08", staff: "s2", window: "w1", code: "overdue" }
  ])

  /** Runs a command, expects success, and returns what it printed (or the file it wrote). */
  const produce = async (
    argv: ReadonlyArray<string>,
    files: Record<string, string>,
    written?: string
  ): Promise<string> => {
    const r = await runCli(argv, { files })
    expect(r.stderr.replace(/\[[#-]+\] \d+\/\d+/g, "").trim()).toBe("")
    expect(r.code).toBe(0)
    return written === undefined ? r.stdout : (r.written.get(written) ?? "")
  }

  /** Feeds one result file to `tongban report --result` and returns the figures it drew. */
  const report = async (
    name: string,
    text: string
  ): Promise<{ sections: Array<string>; figures: Array<string>; html: string; svg: (id: string) => string }> => {
    const r = await runCli(["report", "--result", name, "--out", "r.html", "--svg", "svg", "--format", "json"], {
      files: { [name]: text }
    })
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    const out: { sections: Array<string>; figures: Array<string>; svg: Array<string> } = JSON.parse(r.stdout)
    for (const file of out.svg) expect(r.written.get(file)?.startsWith("<svg ")).toBe(true)
    return {
      sections: out.sections,
      figures: out.figures,
      html: r.written.get("r.html") ?? "",
      svg: (id) => r.written.get(`svg/${id}.svg`) ?? ""
    }
  }

  it("simulate --out DIR: DIR/shard.json gives the simulation section", async () => {
    const scenarios = { scenarios: { two: model, three: { ...model, windows: [{ id: "w", count: 3 }] } } }
    const shardText = await produce(
      ["simulate", "m.json", "--runs", "3", "--workers", "0", "--out", "sim"],
      { "m.json": JSON.stringify(scenarios) },
      "sim/shard.json"
    )
    const r = await report("sim/shard.json", shardText)
    expect(r.sections).toEqual(["simulation"])
    expect(r.figures).toEqual(
      expect.arrayContaining(["distribution-wait", "by-hour-meanqueue", "scenarios", "utilisation"])
    )
    expect(r.figures.some((id) => id.startsWith("comparison-"))).toBe(true)
  })

  it("flow schedule --format json: a dated Gantt chart, weekends and holidays shaded", async () => {
    const text = await produce(["flow", "schedule", "f.json", "--start", "2024-09-27", "--format", "json"], {
      "f.json": example("flows/qiye-kaiban-serial.json")
    })
    const r = await report("schedule.json", text)
    expect(r.sections).toEqual(["approval"])
    expect(r.figures).toEqual(["gantt-qiye-kaiban-serial"])
    // The National Day holiday (2024-10-01 to 10-07) lies in the schedule: the calendar's days are shaded.
    expect(JSON.parse(text).finish > "2024-10-07").toBe(true)
    expect(r.svg("gantt-qiye-kaiban-serial")).toMatch(/rgba?\(217,\s*83,\s*79/)
  })

  it("due --format json, plain and with a case (suspended, extended, read on a later day): case clocks", async () => {
    const plain = await produce(["due", "--from", "2026-03-02", "--limit", "20wd", "--format", "json"], {})
    const withCase = await produce(
      [
        "due",
        "--from",
        "2026-03-02",
        "--limit",
        "20wd",
        "--suspend",
        "2026-03-10..2026-03-13:supplement",
        "--extend",
        "10wd",
        "--as-of",
        "2026-04-01",
        "--format",
        "json"
      ],
      {}
    )
    for (const text of [plain, withCase]) {
      const r = await report("due.json", text)
      expect(r.sections).toEqual(["deadline"])
      expect(r.figures).toEqual(["case-clocks"])
    }
    const r = await report("case.json", withCase)
    // The case's due date and its 3 suspended days are in the clock's table.
    expect(r.html).toContain(JSON.parse(withCase).due)
    expect(JSON.parse(withCase).excluded[0].days).toBe(3)
  })

  it("catalog stats and catalog diff --format json: department shares, completeness, the four reductions", async () => {
    const catalogues = {
      "a.json": example("data/catalogue-2019.json"),
      "b.json": example("data/catalogue-2020.json")
    }
    const stats = await produce(["catalog", "stats", "b.json", "--format", "json"], catalogues)
    expect((await report("stats.json", stats)).figures).toEqual(["department-shares", "completeness"])
    const diff = await produce(["catalog", "diff", "a.json", "b.json", "--format", "json"], catalogues)
    expect((await report("diff.json", diff)).figures).toEqual(["four-reductions"])
  })

  it("score --format json: the score distribution and the ranking, extra fields accepted", async () => {
    const text = await produce(
      ["score", "--rubric", "quarterly-deduction", "--events", "e.json", "--period", "2026-Q3", "--format", "json"],
      { "e.json": events }
    )
    const r = await report("score.json", text)
    expect(r.sections).toEqual(["scoring"])
    expect(r.figures).toEqual(["score-distribution-1", "ranking-1"])
    // A field the score JSON gains later (scoring is being extended) is accepted.
    const extended = { ...JSON.parse(text), newField: { anything: [1, 2] } }
    expect((await report("score.json", JSON.stringify(extended))).figures).toEqual(r.figures)
  })

  it("all kinds at once: one report, each section once, every figure id distinct", async () => {
    const files = {
      "due.json": await produce(["due", "--from", "2026-03-02", "--limit", "20wd", "--format", "json"], {}),
      "s.json": await produce(["flow", "schedule", "f.json", "--start", "2024-09-02", "--format", "json"], {
        "f.json": example("flows/qiye-kaiban-parallel.json")
      }),
      "t.json": await produce(["flow", "schedule", "f.json", "--start", "2024-09-02", "--format", "json"], {
        "f.json": example("flows/qiye-kaiban-parallel.json")
      })
    }
    const r = await runCli(
      ["report", "--result", "due.json", "--result", "s.json", "--result", "t.json", "--format", "json"],
      { files }
    )
    expect(r.code).toBe(0)
    const out: { sections: Array<string>; figures: Array<string> } = JSON.parse(r.stdout)
    expect(out.sections).toEqual(["deadline", "approval"])
    expect(out.figures).toEqual(["case-clocks", "gantt-qiye-kaiban-parallel", "gantt-qiye-kaiban-parallel-2"])
  }, 30_000)

  it("a foreign, broken or unreadable file is a located bilingual issue (exit 1), never a crash", async () => {
    const cases: ReadonlyArray<{ text: string; code: string; path: string }> = [
      { text: '{"name": "not a result"}', code: "result_kind_unknown", path: '["x.json"]' },
      { text: "[1, 2]", code: "result_kind_unknown", path: '["x.json"]' },
      {
        text: '{"limit": {"amount": 20, "unit": "working_day"}, "elapsed": 0, "level": "green", "excluded": []}',
        code: "invalid_value",
        path: '["x.json"].level'
      },
      { text: '{"entries": [{}]}', code: "invalid_type", path: '["x.json"].entries[0].scenario' },
      { text: "{", code: "json_malformed", path: '["x.json"]' }
    ]
    for (const c of cases) {
      const r = await runCli(["report", "--result", "x.json", "--format", "json"], { files: { "x.json": c.text } })
      expect(r.code, c.text).toBe(1)
      const out: {
        issues: Array<{ code: string; path: string; message: { zh: string; en: string } }>
      } = JSON.parse(r.stdout)
      const issue = out.issues[0]
      expect(issue?.code, c.text).toBe(c.code)
      expect(issue?.path, c.text).toBe(c.path)
      expect(issue?.message.zh).not.toBe("")
      expect(issue?.message.en).not.toBe("")
    }
  })
})
