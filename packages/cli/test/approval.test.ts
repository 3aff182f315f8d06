import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { runCli } from "./helpers.js"

const read = (path: string): string => readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8")
const files = {
  "serial.json": read("examples/t-county/flows/qiye-kaiban-serial.json"),
  "parallel.json": read("examples/t-county/flows/qiye-kaiban-parallel.json"),
  "gc.json": read("examples/t-county/flows/gongcheng-jianshe.json"),
  "camunda.bpmn": read("packages/approval/test/fixtures/camunda-qiye-kaiban.bpmn"),
  // An XXE attempt: a DOCTYPE with an external entity is refused, never expanded.
  "bad.bpmn":
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><definitions>&e;</definitions>',
  "cycle.json": JSON.stringify({
    id: "c",
    name: "环",
    steps: [
      { id: "a", name: "a", department: "d", duration: 1, after: ["b"] },
      { id: "b", name: "b", department: "d", duration: 1, after: ["a"] }
    ]
  }),
  "layer.json": JSON.stringify({
    id: "centre",
    name: { zh: "中心停电", en: "centre outage" },
    level: "centre",
    sources: [{ id: "n1", title: "中心通知" }],
    daysOff: [{ from: "2024-10-08", to: "2024-10-08", name: { zh: "停电", en: "outage" }, source: "n1" }],
    workdays: []
  })
}

describe("tongban flow", () => {
  it("check reads JSON and BPMN, and exits 1 with the named cycle", async () => {
    const ok = await runCli(["flow", "check", "gc.json", "--format", "json"], { files })
    expect(ok.code).toBe(0)
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, steps: 18, stages: 4 })
    const bpmn = await runCli(["flow", "check", "camunda.bpmn"], { files })
    expect(bpmn.code).toBe(0)
    expect(bpmn.stdout).toContain("qiye_kaiban")
    expect(bpmn.stderr).toContain("bpmn_duration_defaulted")
    const bad = await runCli(["flow", "check", "bad.bpmn", "--format", "json"], { files })
    expect(bad.code).toBe(1)
    expect(JSON.parse(bad.stdout).issues.map((i: { code: string }) => i.code)).toContain("bpmn_doctype_refused")
    const cycle = await runCli(["flow", "check", "cycle.json"], { files })
    expect(cycle.code).toBe(1)
    expect(cycle.stderr).toContain("a → b → a")
    expect((await runCli(["flow", "check", "missing.json"], { files })).code).toBe(2)
  })

  it("schedule prints makespan, critical paths and per-step offsets and dates as JSON", async () => {
    const r = await runCli(["flow", "schedule", "serial.json", "--start", "2024-09-27", "--format", "json"], { files })
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.makespan).toBe(10)
    expect(out.criticalPaths).toEqual([["yyzz", "gzkz", "fp", "cb", "gjj", "yh"]])
    expect(out.steps[0]).toMatchObject({
      id: "yyzz",
      es: 0,
      ef: 3,
      ls: 0,
      lf: 3,
      totalFloat: 0,
      start: "2024-09-27",
      finish: "2024-09-30"
    })
    expect(out.steps[1]).toMatchObject({ id: "gzkz", start: "2024-10-08", finish: "2024-10-08" })
    const layered = await runCli(
      ["flow", "schedule", "serial.json", "--start", "2024-09-27", "--layer", "layer.json", "--format", "json"],
      { files }
    )
    expect(JSON.parse(layered.stdout).steps[1]).toMatchObject({ id: "gzkz", start: "2024-10-09" })
  })

  it("schedule draws a dated Gantt chart, DOT, or a table with the critical path", async () => {
    const gantt = await runCli(["flow", "schedule", "gc.json", "--start", "2024-03-01", "--format", "mermaid"], {
      files
    })
    expect(gantt.code).toBe(0)
    expect(gantt.stdout).toContain("section 立项用地规划许可")
    expect(gantt.stdout).toContain("dateFormat YYYY-MM-DD")
    const dot = await runCli(["flow", "schedule", "gc.json", "--format", "dot"], { files })
    expect(dot.stdout.startsWith("digraph")).toBe(true)
    const table = await runCli(["flow", "schedule", "parallel.json", "--start", "2024-09-27"], { files })
    expect(table.stdout).toContain("makespan 2 working days")
    expect((await runCli(["flow", "schedule", "serial.json", "--start", "2024-13-01"], { files })).code).toBe(1)
    expect((await runCli(["flow", "schedule", "serial.json", "--start", "2026-12-30"], { files })).code).toBe(1)
    expect((await runCli(["flow", "schedule", "serial.json", "--format", "csv"], { files })).code).toBe(2)
  })

  it("compare gives serial, parallel, statutory and what the flags save", async () => {
    const r = await runCli(["flow", "compare", "gc.json", "--format", "json"], { files })
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out).toMatchObject({ serial: 153, parallel: 81, target: 120, withinTarget: true })
    expect(out.statutory.days).toBeGreaterThan(120)
    expect(
      out.whatIf.steps.map((s: { transform: { kind: string }; daysSaved: number; tripsSaved: number }) => [
        s.transform.kind,
        s.daysSaved,
        s.tripsSaved
      ])
    ).toEqual([
      ["commitment", 3, 1],
      ["joint_review", 0, 5]
    ])
    const table = await runCli(["flow", "compare", "serial.json", "--lang", "zh"], { files })
    expect(table.stdout).toContain("串联")
  })

  it("diagram prints a Mermaid flowchart", async () => {
    const r = await runCli(["flow", "diagram", "parallel.json"], { files })
    expect(r.stdout.split("\n")[0]).toBe("flowchart LR")
  })

  it("diagram --format bpmn prints BPMN 2.0 with a diagram that reads back as the same flow", async () => {
    const r = await runCli(["flow", "diagram", "parallel.json", "--format", "bpmn"], { files })
    expect(r.stdout).toContain("<bpmndi:BPMNDiagram")
    const again = await runCli(["flow", "check", "out.bpmn", "--format", "json"], {
      files: { ...files, "out.bpmn": r.stdout }
    })
    const direct = await runCli(["flow", "check", "parallel.json", "--format", "json"], { files })
    expect(again.stdout).toBe(direct.stdout)
  })
})
