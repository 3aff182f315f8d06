import { describe, expect, it } from "vitest"
import { parseRubric } from "@tongban/scoring"
import { runCli } from "./helpers.js"

const csv = [
  "kind,date,staff,window,department,code,level,quantity,points,matter_type,id,ref,active,role",
  "staff,2026-07-01,s1,w1,d1,,,,,,,,,chief_representative",
  "staff,2026-07-01,s2,w1,d1,,,,,,,,,",
  "attendance,2026-07-06,s1,w1,d1,late,,,,,,,,",
  "case,2026-07-07,s2,w1,d1,on_time,,,,instant,,,,",
  "evaluation,2026-07-08,s2,w1,d1,,5,,,,e1,,true,",
  "evaluation,2026-07-09,s1,w1,d1,,不满意,,,,e2,,true,",
  "rectification,2026-07-10,,,,,,,,,,e2,,"
].join("\n")

describe("tongban score", () => {
  it("scores with a built-in rubric and prints the tie rule and the Service Star", async () => {
    const r = await runCli(
      [
        "score",
        "--rubric",
        "quarterly-deduction",
        "--events",
        "e.csv",
        "--period",
        "2026-Q3",
        "--level-codes",
        "five-is-best"
      ],
      { files: { "e.csv": csv } }
    )
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("99.00")
    expect(r.stdout).toContain("1, 2, 2, 4")
    expect(r.stdout).toContain("Service Star")
  })

  it("JSON output carries the itemised lines; CSV one row per person", async () => {
    const r = await runCli(
      [
        "score",
        "--rubric",
        "quarterly-deduction",
        "--events",
        "e.csv",
        "--format",
        "json",
        "--level-codes",
        "gbt39046"
      ],
      { files: { "e.csv": csv } }
    )
    expect(r.code).toBe(0)
    const body = JSON.parse(r.stdout)
    expect(body.period.id).toBe("2026-Q3")
    const s1 = body.scores.find((s: { id: string }) => s.id === "s1")
    expect(s1.score).toBe("99.00")
    expect(s1.lines.map((l: { rule: string; points: string }) => [l.rule, l.points])).toEqual([
      ["base", "100.00"],
      ["late-early-off-post", "-0.50"],
      ["bad-review", "-0.50"]
    ])
    const c = await runCli(
      ["score", "--rubric", "quarterly-deduction", "--events", "e.csv", "--format", "csv", "--level-codes", "gbt39046"],
      { files: { "e.csv": csv } }
    )
    expect(c.stdout.trim().split("\n")).toHaveLength(3)
  })

  it("a numeric evaluation code without --level-codes is a located issue, exit 1", async () => {
    const r = await runCli(["score", "--rubric", "quarterly-deduction", "--events", "e.csv", "--format", "json"], {
      files: { "e.csv": csv }
    })
    expect(r.code).toBe(1)
    const body = JSON.parse(r.stdout)
    expect(body.issues[0]).toMatchObject({ code: "level_code_unmapped", path: "events[4].level", facts: { line: 6 } })
  })

  it("hostile and malformed input: __proto__ keys, bad rows, a bad rubric, a bad period", async () => {
    const proto = await runCli(["score", "--rubric", "r.json", "--events", "e.csv"], {
      files: { "r.json": '{"__proto__":{"x":1}}', "e.csv": csv }
    })
    expect(proto.code).toBe(1)
    expect(proto.stderr).toContain("json_forbidden_key")
    const rows = await runCli(["score", "--rubric", "quarterly-deduction", "--events", "e.csv"], {
      files: { "e.csv": "kind,date,staff\ncase,2026-13-01,s1\ncase\n" }
    })
    expect(rows.code).toBe(1)
    expect(rows.stderr).toContain("csv_row_width")
    const events = await runCli(["score", "--rubric", "quarterly-deduction", "--events", "e.json"], {
      files: { "e.json": '[{"kind":"case","date":"2026-07-01","staff":"s","code":"on_time","__proto__":{}}]' }
    })
    expect(events.code).toBe(1)
    const period = await runCli(
      [
        "score",
        "--rubric",
        "quarterly-deduction",
        "--events",
        "e.csv",
        "--period",
        "2026-07",
        "--level-codes",
        "gbt39046"
      ],
      { files: { "e.csv": csv } }
    )
    expect(period.code).toBe(1)
    expect(period.stderr).toContain("period_kind_mismatch")
  })

  it("wrong command lines exit 2", async () => {
    expect((await runCli(["score", "--events", "e.csv"], { files: { "e.csv": csv } })).code).toBe(2)
    expect((await runCli(["score", "--rubric", "quarterly-deduction", "--events", "missing.csv"])).code).toBe(2)
    expect(
      (
        await runCli(["score", "--rubric", "quarterly-deduction", "--events", "e.csv", "--level-codes", "ten"], {
          files: { "e.csv": csv }
        })
      ).code
    ).toBe(2)
  })
})

describe("tongban reviews", () => {
  it("prints the rates and rectification on the national calendar", async () => {
    const r = await runCli(["reviews", "--events", "e.csv", "--format", "json", "--level-codes", "five-is-best"], {
      files: { "e.csv": csv }
    })
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    const body = JSON.parse(r.stdout)
    expect(body.total).toMatchObject({
      evaluations: 2,
      goodRate: "50.00",
      badRate: "50.00",
      rectifiedRate: "100.00",
      onTimeRate: "100.00"
    })
    expect(body.badReviews[0]).toMatchObject({
      id: "e2",
      due: "2026-07-16",
      rectified: "2026-07-10",
      status: "on_time"
    })
    const t = await runCli(["reviews", "--events", "e.csv", "--level-codes", "five-is-best", "--limit", "7个工作日"], {
      files: { "e.csv": csv }
    })
    expect(t.code).toBe(0)
    expect(t.stdout).toContain("7 working_day")
    const wide = await runCli(
      [
        "reviews",
        "--events",
        "e.csv",
        "--level-codes",
        "five-is-best",
        "--satisfied",
        "very_satisfied,satisfied,basically_satisfied",
        "--format",
        "json"
      ],
      { files: { "e.csv": csv } }
    )
    expect(JSON.parse(wide.stdout).total.goodRate).toBe("50.00")
    expect(
      (await runCli(["reviews", "--events", "e.csv", "--satisfied", "happy"], { files: { "e.csv": csv } })).code
    ).toBe(2)
  })
})

describe("tongban score template", () => {
  it("prints a complete minimal rubric that parses and scores", async () => {
    const r = await runCli(["score", "template"])
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    const rubric: unknown = JSON.parse(r.stdout)
    expect(parseRubric(rubric).ok).toBe(true)
    const scored = await runCli(["score", "--rubric", "r.json", "--events", "e.csv", "--period", "2026-07"], {
      files: { "r.json": r.stdout, "e.csv": "kind,date,staff,window,code\nattendance,2026-07-06,s1,w1,late\n" }
    })
    expect(scored.code).toBe(0)
    expect(scored.stdout).toContain("99.00")
  })

  it("score without --rubric or --events is still a usage error, exit 2", async () => {
    expect((await runCli(["score", "--rubric", "quarterly-deduction"])).code).toBe(2)
    expect((await runCli(["score", "--events", "e.csv"], { files: { "e.csv": csv } })).code).toBe(2)
  })
})
