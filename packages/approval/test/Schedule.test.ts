import { type Flow, parseFlow, scheduleFlow, toDot, toMermaidFlowchart, toMermaidGantt } from "@tongban/approval"
import { getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import { chinaCalendar, isWorkingDay } from "@tongban/deadline"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbFlowInput } from "./arbitraries/flow.js"

const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))
const parse = (input: unknown): Flow => getOrThrow(parseFlow(input))
const calendar = chinaCalendar

const flow = parse({
  id: "f",
  name: "并联审批",
  stages: [
    { id: "s1", name: "受理" },
    { id: "s2", name: "审查" }
  ],
  steps: [
    { id: "a", name: "综合受理", department: "中心", stage: "s1", duration: 1 },
    { id: "b", name: "规划审查", department: "自然资源", stage: "s2", duration: 5, after: ["a"] },
    { id: "c", name: "消防审查", department: "消防", stage: "s2", duration: 3, after: ["a"] },
    { id: "m", name: "出件", department: "中心", stage: "s2", duration: 0, after: ["b", "c"] }
  ]
})

describe("scheduleFlow", () => {
  it("places steps on working days across the 2024 National Day holiday (国办发明电〔2023〕7号)", () => {
    const s = getOrThrow(scheduleFlow(flow, { start: d("2024-09-29"), calendar }))
    // 2024-09-29 is a make-up working day (Sunday): work starts that day.
    expect(s.start).toBe("2024-09-29")
    const byId = new Map(s.steps.map((x) => [x.id, x]))
    expect(byId.get("a")).toMatchObject({ start: "2024-09-29", finish: "2024-09-29" })
    expect(byId.get("b")).toMatchObject({ es: 1, ef: 6, start: "2024-09-30", finish: "2024-10-11" })
    expect(byId.get("c")).toMatchObject({
      start: "2024-09-30",
      finish: "2024-10-09",
      totalFloat: 2,
      lateFinish: "2024-10-11"
    })
    expect(byId.get("m")).toMatchObject({ start: "2024-10-11", finish: "2024-10-11" })
    expect(s.finish).toBe("2024-10-11")
    expect(s.makespan).toBe(6)
  })

  it("a start on a day off moves to the next working day; past the calendar is an issue", () => {
    expect(getOrThrow(scheduleFlow(flow, { start: d("2024-10-01"), calendar })).start).toBe("2024-10-08")
    const late = scheduleFlow(flow, { start: d("2026-12-28"), calendar })
    expect(late.ok || late.issues[0]?.code).toBe("calendar_out_of_coverage")
  })

  it("every dated step works on working days and after its predecessors finish", () => {
    fc.assert(
      fc.property(arbFlowInput({ maxSteps: 12 }), fc.integer({ min: 0, max: 700 }), (input, offset) => {
        const f = parse(input)
        const start = getOrThrow(parseLocalDate(new Date(Date.UTC(2023, 0, 1 + offset)).toISOString().slice(0, 10)))
        const s = getOrThrow(scheduleFlow(f, { start, calendar }))
        const byId = new Map(s.steps.map((x) => [x.id, x]))
        for (const x of s.steps) {
          expect(x.start <= x.finish).toBe(true)
          expect(x.finish <= s.finish).toBe(true)
          if (x.days > 0) expect(getOrThrow(isWorkingDay(x.start, { calendar }))).toBe(true)
          const step = f.steps.find((y) => y.id === x.id)
          for (const p of step?.after ?? []) {
            const px = byId.get(p)
            if (px !== undefined && px.days > 0 && x.days > 0) expect(px.finish < x.start).toBe(true)
          }
        }
      }),
      { numRuns: 60 }
    )
  })
})

describe("exports", () => {
  const s = getOrThrow(scheduleFlow(flow, { start: d("2024-09-29"), calendar }))

  it("a dated Mermaid Gantt chart with stages as sections and the critical path marked", () => {
    expect(toMermaidGantt(s).split("\n")).toEqual([
      "gantt",
      "    title 并联审批",
      "    dateFormat YYYY-MM-DD",
      "    axisFormat %m-%d",
      "    section 受理",
      "    综合受理 :crit, s0, 2024-09-29, 2024-09-30",
      "    section 审查",
      "    规划审查 :crit, s1, 2024-09-30, 2024-10-12",
      "    消防审查 :s2, 2024-09-30, 2024-10-10",
      "    出件 :crit, milestone, s3, 2024-10-11, 0d"
    ])
    expect(toMermaidGantt(s, { sections: "department", title: "a: b; #c" })).toContain("title a： b； c")
  })

  it("a Mermaid flowchart and GraphViz DOT with every step and dependency", () => {
    const m = toMermaidFlowchart(flow)
    expect(m.split("\n")[0]).toBe("flowchart LR")
    expect(m).toContain('1["规划审查（5 工作日）"]')
    expect(m).toContain("0 --> 1")
    const dot = toDot(flow)
    expect(dot.startsWith('digraph "并联审批" {')).toBe(true)
    expect(dot.match(/->/g)?.length).toBe(4)
  })
})
