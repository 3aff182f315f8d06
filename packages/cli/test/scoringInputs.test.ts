import { readFileSync } from "node:fs"
import { minimalRubric, parseRubric } from "@tongban/scoring"
import { describe, expect, it } from "vitest"
import { runCli } from "./helpers.js"

// Two windows: w1 with s1 (chief representative) and s2, w2 with s3; one rule breach of s2 (−3 in 遵纪守法).
const events = [
  "kind,date,staff,window,role,code",
  "staff,2026-07-01,s1,w1,chief_representative,",
  "staff,2026-07-01,s2,w1,,",
  "staff,2026-07-01,s3,w2,,",
  "discipline,2026-07-08,s2,w1,,rule_breach"
].join("\n")

const votesCsv = [
  "input,subject,value",
  "window_efficiency,w1,90",
  "window_efficiency,w2,80",
  "duty_vote,w1,95",
  "duty_vote,w2, 85.5",
  "citizen_vote,w1,100",
  "citizen_vote,w2,70",
  ""
].join("\n")

const votesJson = JSON.stringify({
  window_efficiency: { w1: 90, w2: 80 },
  duty_vote: { w1: 95, w2: "85.5" },
  citizen_vote: { w1: 100, w2: 70 }
})

const base = ["score", "--rubric", "window-composite", "--events", "e.csv", "--period", "2026-07"]

describe("tongban score --inputs, --self-scores and the window-composite preset", () => {
  it("computes the window composite from votes in CSV, as the guide's formula says", async () => {
    const r = await runCli([...base, "--inputs", "votes.csv", "--format", "json"], {
      files: { "e.csv": events, "votes.csv": votesCsv }
    })
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    const body = JSON.parse(r.stdout)
    const cp = body.composites[0]
    // w1: 0.3 × 90 + 0.3 × (100 + 97) / 2 + 0.2 × 95 + 0.2 × 100 = 27 + 29.55 + 19 + 20 = 95.55
    // w2: 0.3 × 80 + 0.3 × 100 + 0.2 × 85.5 + 0.2 × 70 = 24 + 30 + 17.10 + 14 = 85.10
    expect(cp.entries.map((e: { id: string; score: string; rank: number }) => [e.id, e.score, e.rank])).toEqual([
      ["w1", "95.55", 1],
      ["w2", "85.10", 2]
    ])
  })

  it("reads the same votes from JSON and prints the composite under the table", async () => {
    const r = await runCli([...base, "--inputs", "votes.json", "--lang", "en"], {
      files: { "e.csv": events, "votes.json": votesJson }
    })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("window composite (window)")
    expect(r.stdout).toContain("1. w1 95.55 = 0.30 × 90.00 + 0.30 × 98.50 + 0.20 × 95.00 + 0.20 × 100.00")
    expect(r.stdout).toContain("2. w2 85.10")
  })

  it("without --inputs the composite says the inputs were not given", async () => {
    const r = await runCli([...base, "--lang", "en"], { files: { "e.csv": events } })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("the inputs (window_efficiency, duty_vote, citizen_vote) were not given")
  })

  it("self-scores are shown beside the computed scores with the difference", async () => {
    const r = await runCli([...base, "--self-scores", "self.json", "--format", "json"], {
      files: {
        "e.csv": events,
        "self.json": JSON.stringify({ s2: 100, s3: { score: 98, categories: { conduct: 15 } } })
      }
    })
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    const body = JSON.parse(r.stdout)
    const self = Object.fromEntries(
      body.scores.map((s: { id: string; selfScore?: { score: string; difference: string } }) => [
        s.id,
        s.selfScore === undefined ? null : [s.selfScore.score, s.selfScore.difference]
      ])
    )
    expect(self).toEqual({ s1: null, s2: ["100.00", "-3.00"], s3: ["98.00", "2.00"] })
    const table = await runCli([...base, "--self-scores", "self.json", "--format", "csv"], {
      files: { "e.csv": events, "self.json": JSON.stringify({ s2: 100 }) }
    })
    expect(table.stdout.split("\n")[0]).toContain("self,difference")
  })

  it("bad votes are located issues naming the file, exit 1", async () => {
    const bad = [
      "input,subject,value",
      "duty_vote,w1,95",
      "duty_vote,w1,90",
      "citizen_vote,,80",
      "window_efficiency,w9,80",
      "citizen_vote,w2,101"
    ].join("\n")
    const r = await runCli([...base, "--inputs", "votes.csv", "--format", "json"], {
      files: { "e.csv": events, "votes.csv": bad }
    })
    expect(r.code).toBe(1)
    const issues = JSON.parse(r.stdout).issues
    expect(issues.map((i: { code: string; path: string }) => [i.code, i.path])).toEqual([
      ["inputs_csv_duplicate", '["votes.csv"][3].subject'],
      ["inputs_csv_cell_empty", '["votes.csv"][4].subject']
    ])
    const range = await runCli([...base, "--inputs", "votes.json", "--format", "json"], {
      files: { "e.csv": events, "votes.json": JSON.stringify({ duty_vote: { w1: 101, w9: 5 }, nope: {} }) }
    })
    expect(range.code).toBe(1)
    const codes = JSON.parse(range.stdout).issues.map((i: { code: string; path: string }) => [i.code, i.path])
    expect(codes.slice(0, 3)).toEqual([
      ["input_out_of_range", '["votes.json"].duty_vote.w1'],
      ["input_subject_unknown", '["votes.json"].duty_vote.w9'],
      ["input_unknown", '["votes.json"].nope']
    ])
    // Every window lacks a vote it needs (w1's duty vote was out of range): each is named.
    expect(codes).toContainEqual(["input_missing", '["votes.json"].duty_vote.w1'])
    expect(codes).toContainEqual(["input_missing", '["votes.json"].citizen_vote.w2'])
  })

  it("--approval records the committee's decision beside the ranking and changes no score; a bad one is located in its file", async () => {
    const files = { "e.csv": events, "votes.csv": votesCsv }
    const plain = await runCli([...base, "--inputs", "votes.csv", "--format", "json"], { files })
    const approval = JSON.stringify({ by: "考核评审委员会", date: "2026-08-05", decision: "approved", note: "同意" })
    const approved = await runCli([...base, "--inputs", "votes.csv", "--approval", "a.json", "--format", "json"], {
      files: { ...files, "a.json": approval }
    })
    expect(approved.code).toBe(0)
    const body = JSON.parse(approved.stdout)
    expect(body.approval).toEqual({ by: "考核评审委员会", date: "2026-08-05", decision: "approved", note: "同意" })
    const { approval: _, ...rest } = body
    expect(rest).toEqual(JSON.parse(plain.stdout))
    const table = await runCli([...base, "--approval", "a.json", "--lang", "zh"], {
      files: { ...files, "a.json": approval }
    })
    expect(table.stdout).toContain("审定: 考核评审委员会, 2026-08-05, 同意 (同意)")
    const bad = await runCli([...base, "--approval", "a.json", "--format", "json"], {
      files: { ...files, "a.json": JSON.stringify({ by: "考核评审委员会", date: "2026-02-30", decision: "approved" }) }
    })
    expect(bad.code).toBe(1)
    expect(JSON.parse(bad.stdout).issues[0].path).toBe('["a.json"].date')
    const shape = await runCli([...base, "--approval", "a.json", "--format", "json"], {
      files: { ...files, "a.json": JSON.stringify({ by: "考核评审委员会", date: "2026-08-05", decision: "maybe" }) }
    })
    expect(shape.code).toBe(1)
    expect(JSON.parse(shape.stdout).issues[0].path).toBe('["a.json"].decision')
  })

  it("a header without the columns, broken JSON, and self-scores of unknown people are located issues", async () => {
    const header = await runCli([...base, "--inputs", "votes.csv", "--format", "json"], {
      files: { "e.csv": events, "votes.csv": "窗口,分值\nw1,95\n" }
    })
    expect(header.code).toBe(1)
    expect(JSON.parse(header.stdout).issues[0]).toMatchObject({
      code: "inputs_csv_column_missing",
      path: '["votes.csv"][1]',
      facts: { column: "input" }
    })
    const broken = await runCli([...base, "--self-scores", "self.json", "--format", "json"], {
      files: { "e.csv": events, "self.json": "{ s1: 95" }
    })
    expect(broken.code).toBe(1)
    expect(JSON.parse(broken.stdout).issues[0].path).toMatch(/^\["self\.json"\]/)
    const unknown = await runCli([...base, "--self-scores", "self.json", "--format", "json"], {
      files: { "e.csv": events, "self.json": JSON.stringify({ s9: 95, s1: "x", s2: { score: 90, categories: [] } }) }
    })
    expect(unknown.code).toBe(1)
    const paths = JSON.parse(unknown.stdout).issues.map((i: { code: string; path: string }) => [i.code, i.path])
    expect(paths).toEqual([["self_scores_invalid", '["self.json"].s2.categories']])
  })
})

describe("tongban score template and the guide", () => {
  it("prints exactly the guide's complete minimal rubric, which RubricSchema accepts", async () => {
    const guide = readFileSync(new URL("../../../docs/scoring.md", import.meta.url), "utf8")
    // The JSON block right after "tongban score template > rubric.json" in section 六.
    const after = guide.slice(guide.indexOf("tongban score template > rubric.json"))
    const block = /```json\n([\s\S]*?)\n```/.exec(after)?.[1] ?? ""
    const r = await runCli(["score", "template"])
    expect(r.code).toBe(0)
    const printed: unknown = JSON.parse(r.stdout)
    expect(printed).toEqual(JSON.parse(block))
    expect(parseRubric(printed).ok).toBe(true)
    expect(printed).toEqual(minimalRubric)
  })
})

describe("tongban score rollup", () => {
  it("locates a bad result by its file's name, not results[i]", async () => {
    const month = (id: string): string =>
      JSON.stringify({ rubric: "r", period: { id }, scores: [{ id: "s1", hundredths: 9800 }] })
    const r = await runCli(["score", "rollup", "m01.json", "m02.json", "--format", "json"], {
      files: { "m01.json": month("2026-01"), "m02.json": month("2026-13") }
    })
    expect(r.code).toBe(1)
    const paths = JSON.parse(r.stdout).issues.map((i: { path: string }) => i.path)
    expect(paths.length).toBeGreaterThan(0)
    for (const p of paths) expect(p).toMatch(/^\["m02\.json"\]\.period\.id/)
  })

  it("rolls the windows' and departments' means up too: w1 99.50 + 101.00 = 200.50, w2 98.00 + 99.00 = 197.00", async () => {
    const month = (id: string, w1: string, w2: string): string =>
      JSON.stringify({
        rubric: "r",
        period: { id },
        scores: [],
        windows: [
          { id: "w1", mean: w1 },
          { id: "w2", mean: w2 }
        ],
        departments: [{ id: "d1", mean: w2 }]
      })
    const files = { "m01.json": month("2026-01", "99.50", "98.00"), "m02.json": month("2026-02", "101.00", "99.00") }
    const table = await runCli(["score", "rollup", "m01.json", "m02.json", "--lang", "en"], { files })
    expect(table.code).toBe(0)
    expect(table.stdout).toContain("windows: 1. w1 200.50, 2. w2 197.00")
    expect(table.stdout).toContain("departments: 1. d1 197.00")
    const json = await runCli(["score", "rollup", "m01.json", "m02.json", "--combine", "mean", "--format", "json"], {
      files
    })
    const windows = JSON.parse(json.stdout).windows.entries.map(
      (e: { id: string; score: string }) => `${e.id} ${e.score}`
    )
    expect(windows).toEqual(["w1 100.25", "w2 98.50"])
  })
})
