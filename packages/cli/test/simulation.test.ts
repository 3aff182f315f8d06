import { erlangC } from "@tongban/simulation"
import { describe, expect, it } from "vitest"
import { runCli } from "./helpers.js"

const model = {
  start: "2026-03-02",
  days: 2,
  departments: [{ id: "market", reviewers: 3 }],
  windows: [{ id: "general", count: 2 }],
  services: [
    {
      id: "licence",
      department: "market",
      arrivals: { perDay: 30 },
      windowMinutes: { type: "exponential", mean: 8 },
      statutory: "20wd",
      flow: { id: "f", name: "licence", steps: [{ id: "a", name: "审查", department: "market", duration: 1 }] }
    }
  ]
}

describe("tongban simulate", () => {
  it("mmc prints meanWait, utilisation, events and ms as JSON, next to Erlang C", async () => {
    const r = await runCli([
      "simulate",
      "mmc",
      "--lambda",
      "9",
      "--mu",
      "1",
      "--servers",
      "10",
      "--customers",
      "20000",
      "--seed",
      "1",
      "--format",
      "json"
    ])
    expect(r.code).toBe(0)
    const out: unknown = JSON.parse(r.stdout)
    expect(out).toMatchObject({ customers: 20000, events: 40000, ms: 0, erlangCMeanWait: erlangC(9, 1, 10)?.meanWait })
    expect(typeof Reflect.get(Object(out), "meanWait")).toBe("number")
    expect(Reflect.get(Object(out), "utilisation")).toBeGreaterThan(0.85)
  })

  it("mmc --seed reaches the M/M/c run (the parent's --seed no longer swallows it)", async () => {
    const mmc = async (seed: string): Promise<unknown> =>
      JSON.parse((await runCli(["simulate", "mmc", "--customers", "2000", "--seed", seed, "--format", "json"])).stdout)
    const seven = await mmc("7")
    const one = await mmc("1")
    expect(seven).toMatchObject({ seed: 7 })
    expect(one).toMatchObject({ seed: 1 })
    expect(Reflect.get(Object(seven), "meanWait")).not.toBe(Reflect.get(Object(one), "meanWait"))
  })

  it("mmc refuses a bad number with exit 2", async () => {
    const r = await runCli(["simulate", "mmc", "--servers", "2.5"])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("--servers")
    expect((await runCli(["simulate", "mmc", "--lambda", "abc"])).code).toBe(2)
  })

  it("runs a model file over several seeds in this thread, writes the outputs, and prints a progress bar", async () => {
    const r = await runCli(
      ["simulate", "hall.json", "--runs", "3", "--workers", "0", "--out", "out", "--format", "json"],
      { files: { "hall.json": JSON.stringify(model) } }
    )
    expect(r.code).toBe(0)
    const out: unknown = JSON.parse(r.stdout)
    expect(Array.isArray(out) ? out[0] : undefined).toMatchObject({ scenario: "model", seeds: [1, 2, 3] })
    expect([...r.written.keys()].sort()).toEqual([
      "out/cases.csv",
      "out/events.csv",
      "out/events.xes",
      "out/intervals.csv",
      "out/replications.csv",
      "out/series.csv",
      "out/shard.json",
      "out/summary.json"
    ])
    expect(r.written.get("out/replications.csv")?.split("\r\n")[0]).toBe("scenario,seed,metric,value")
    expect(r.written.get("out/events.xes")).toContain('<log xes.version="1849-2016"')
    expect(r.written.get("out/cases.csv")?.split("\n")[0]).toContain("statutory_due")
    expect(r.written.get("out/events.csv")).toMatch(/^\d+,window,general(#\d+)?,2026-03-0\dT/m)
    expect(r.stderr).toContain("3/3")
  })

  it("compares named scenarios side by side in a table", async () => {
    const scenarios = { scenarios: { today: model, more: { ...model, windows: [{ id: "general", count: 4 }] } } }
    const r = await runCli(["simulate", "s.json", "--workers", "0"], { files: { "s.json": JSON.stringify(scenarios) } })
    expect(r.code).toBe(0)
    expect(r.stdout.split("\n")[0]).toMatch(/metric.*more.*today/)
  })

  it("merges shard files from several machines into the same summary as one run", async () => {
    const files = { "hall.json": JSON.stringify(model) }
    const whole = await runCli(
      ["simulate", "hall.json", "--seed", "1", "--runs", "4", "--workers", "0", "--out", "w", "--format", "json"],
      { files }
    )
    const a = await runCli(["simulate", "hall.json", "--seed", "1", "--runs", "2", "--workers", "0", "--out", "a"], {
      files
    })
    const b = await runCli(["simulate", "hall.json", "--seed", "3", "--runs", "2", "--workers", "0", "--out", "b"], {
      files
    })
    const merged = await runCli(["simulate", "merge", "b/shard.json", "a/shard.json", "--format", "json"], {
      files: {
        "a/shard.json": a.written.get("a/shard.json") ?? "",
        "b/shard.json": b.written.get("b/shard.json") ?? ""
      }
    })
    expect(merged.code).toBe(0)
    expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(whole.stdout))
    const broken = await runCli(["simulate", "merge", "x.json"], { files: { "x.json": '{"entries": 1}' } })
    expect(broken.code).toBe(1)
  })

  it("reports an invalid model with located issues and exit 1", async () => {
    const r = await runCli(["simulate", "bad.json"], {
      files: { "bad.json": JSON.stringify({ ...model, windows: [{ id: "w", count: 1, serves: ["tax"] }] }) }
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("windows[0].serves[0]")
    expect((await runCli(["simulate", "evil.json"], { files: { "evil.json": '{"__proto__": {}}' } })).code).toBe(1)
    expect((await runCli(["simulate", "missing.json"])).code).toBe(2)
  })

  it("--runs gives every metric an interval over the seeds, and --ci sets its level", async () => {
    const files = { "hall.json": JSON.stringify(model) }
    const run = async (...extra: Array<string>) => {
      const r = await runCli(["simulate", "hall.json", "--runs", "5", "--workers", "0", "--format", "json", ...extra], {
        files
      })
      const out: unknown = JSON.parse(r.stdout)
      return Array.isArray(out) ? out[0] : undefined
    }
    const ninety = await run("--ci", "0.9")
    const wait = Reflect.get(Reflect.get(Object(ninety), "intervals"), "wait_mean")
    expect(wait).toMatchObject({ runs: 5, ci: { level: 0.9 } })
    const default95 = Reflect.get(Reflect.get(Object(await run()), "intervals"), "wait_mean")
    expect(default95).toMatchObject({ runs: 5, ci: { level: 0.95 } })
    expect(Reflect.get(default95, "mean")).toBe(Reflect.get(wait, "mean"))
    expect((await runCli(["simulate", "hall.json", "--ci", "1.5"], { files })).code).toBe(2)
  })

  it("a second scenario carries its paired differences from the first on common seeds", async () => {
    const scenarios = { scenarios: { a: model, b: { ...model, windows: [{ id: "general", count: 4 }] } } }
    const r = await runCli(["simulate", "s.json", "--runs", "4", "--workers", "0", "--format", "json"], {
      files: { "s.json": JSON.stringify(scenarios) }
    })
    const out: unknown = JSON.parse(r.stdout)
    const b = Array.isArray(out) ? out.find((x) => Reflect.get(Object(x), "scenario") === "b") : undefined
    expect(b).toMatchObject({ versus: "a", differences: { wait_mean: { runs: 4 } } })
  })

  it("the table labels each utilisation row by its pool, so scenarios with different departments do not shift rows", async () => {
    const other = {
      ...model,
      departments: [{ id: "tax", reviewers: 2 }],
      services: [{ ...model.services[0], department: "tax", flow: undefined }]
    }
    const scenarios = { scenarios: { a: model, b: other } }
    const r = await runCli(["simulate", "s.json", "--workers", "0"], { files: { "s.json": JSON.stringify(scenarios) } })
    expect(r.code).toBe(0)
    const row = (label: string) => r.stdout.split("\n").find((l) => l.startsWith(label)) ?? ""
    // Columns: metric, a, b. "market" exists only in a, "tax" only in b (before, b's tax showed as a "market" row).
    expect(row("utilisation dept market")).toMatch(/^utilisation dept market\s+\d+\.\d%$/)
    expect(row("utilisation dept tax")).toMatch(/^utilisation dept tax\s{20,}\d+\.\d%$/)
  })

  it("mmc --runs gives the mean wait's interval over the seeds and says whether Erlang C lies inside", async () => {
    const r = await runCli(
      ["simulate", "mmc", "--customers", "20000", "--seed", "3", "--runs", "6", "--ci", "0.9", "--format", "json"],
      {}
    )
    expect(r.code).toBe(0)
    const out: unknown = JSON.parse(r.stdout)
    expect(out).toMatchObject({ seed: 3, runs: 6, meanWaitInterval: { runs: 6, ci: { level: 0.9 } } })
    expect(typeof Reflect.get(Object(out), "erlangCInside")).toBe("boolean")
  })

  it("simulate flow gives a flow's finish-date distribution, its chance of meeting the promised limit and each step's criticality", async () => {
    const flow = {
      id: "f",
      name: "f",
      promised: 6,
      steps: [
        { id: "a", name: "A", department: "x", duration: { kind: "triangular", min: 2, mode: 3, max: 10 } },
        { id: "b", name: "B", department: "y", duration: 4 }
      ]
    }
    const files = { "flow.json": JSON.stringify(flow) }
    const r = await runCli(
      ["simulate", "flow", "flow.json", "--start", "2026-03-02", "--runs", "500", "--seed", "3", "--format", "json"],
      { files }
    )
    expect(r.code).toBe(0)
    const out: unknown = JSON.parse(r.stdout)
    expect(out).toMatchObject({
      runs: 500,
      seed: 3,
      start: "2026-03-02",
      planned: { makespan: 4, finish: "2026-03-05" }
    })
    expect(Reflect.get(Reflect.get(Object(out), "promised"), "limit")).toBe(6)
    const tighter = await runCli(
      ["simulate", "flow", "flow.json", "--start", "2026-03-02", "--promised", "4", "--format", "json"],
      { files }
    )
    expect(JSON.parse(tighter.stdout)).toMatchObject({ runs: 1000, promised: { limit: 4, due: "2026-03-05" } })
    expect((await runCli(["simulate", "flow", "flow.json", "--start", "2026-02-30"], { files })).code).toBe(1)
    expect((await runCli(["simulate", "flow", "flow.json"], { files })).code).toBe(2)
  })

  it("a sweep file runs every combination of its varied parameters, with a tidy CSV of scenario × seed × metric", async () => {
    const sweep = { base: model, vary: { "windows.general.count": { from: 2, to: 3 }, "arrivals.scale": [1, 2] } }
    const r = await runCli(
      ["simulate", "sweep.json", "--runs", "2", "--workers", "0", "--out", "o", "--format", "json"],
      { files: { "sweep.json": JSON.stringify(sweep) } }
    )
    expect(r.code).toBe(0)
    const out: unknown = JSON.parse(r.stdout)
    expect(Array.isArray(out) ? out.map((x) => Reflect.get(Object(x), "scenario")).sort() : []).toEqual([
      "windows.general.count=2,arrivals.scale=1",
      "windows.general.count=2,arrivals.scale=2",
      "windows.general.count=3,arrivals.scale=1",
      "windows.general.count=3,arrivals.scale=2"
    ])
    expect(
      r.written
        .get("o/replications.csv")
        ?.split("\r\n")
        .filter((l) => l.includes(",wait_mean,")).length
    ).toBe(8)
  })

  it("simulate calibrate fits a model to case records and writes it where --out says; the model runs", async () => {
    const lines = ["received,accepted,concluded,department,matter"]
    const times: ReadonlyArray<readonly [number, number]> = [
      [9, 5],
      [9, 40],
      [10, 15],
      [11, 2],
      [14, 30],
      [16, 10]
    ]
    for (let d = 2; d <= 6; d++)
      for (const [h, m] of times)
        lines.push(
          `2026-03-0${d}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")},2026-03-0${d}T${String(h).padStart(2, "0")}:${String(m + 9 + (d % 3)).padStart(2, "0")},2026-03-${String(d + 7).padStart(2, "0")}T10:00,market,licence`
        )
    lines.push("not a date,,,market,licence")
    const files = { "records.csv": lines.join("\n") }
    const r = await runCli(
      ["simulate", "calibrate", "records.csv", "--out", "model.json", "--windows", "3", "--format", "json"],
      { files }
    )
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({
      records: 30,
      skipped: 1,
      days: 5,
      matters: [{ matter: "licence", perDay: 6 }]
    })
    const model = r.written.get("model.json") ?? ""
    expect(JSON.parse(model)).toMatchObject({ start: "2026-03-02", windows: [{ id: "general", count: 3 }] })
    const run = await runCli(["simulate", "model.json", "--format", "json"], { files: { "model.json": model } })
    expect(run.code).toBe(0)
    expect((await runCli(["simulate", "calibrate", "x.csv"], { files: { "x.csv": "a,b\n1,2\n" } })).code).toBe(1)
  })
})
