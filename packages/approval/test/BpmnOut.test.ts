import { criticalPath, parseBpmn, parseFlow, toBpmn } from "@tongban/approval"
import { getOrThrow } from "@tongban/core"
import { BpmnModdle } from "bpmn-moddle"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbBpmnFlow } from "./arbitraries/bpmn.js"
import { arbFlowInput } from "./arbitraries/flow.js"

describe("toBpmn", () => {
  it("round trip: importing what was exported gives the same flow (every field BPMN carries)", () => {
    fc.assert(
      fc.property(arbBpmnFlow(), (input) => {
        const flow = getOrThrow(parseFlow(input))
        const back = parseBpmn(toBpmn(flow))
        if (!back.ok) expect(back.issues.map((i) => i.message.en)).toEqual([])
        if (!back.ok) return
        expect(back.value.flow).toEqual(flow)
      }),
      { numRuns: 60 }
    )
  }, 30_000)

  it("round trip on random step-only flows, with the same critical path", () => {
    fc.assert(
      fc.property(arbFlowInput(), (input) => {
        const flow = getOrThrow(parseFlow(input))
        const back = getOrThrow(parseBpmn(toBpmn(flow))).flow
        expect(back).toEqual(flow)
        expect(criticalPath(back)).toEqual(criticalPath(flow))
      }),
      { numRuns: 40 }
    )
  }, 30_000)

  it("writes a diagram: a pool, a lane per department, a shape per node, an edge per flow", () => {
    const flow = getOrThrow(
      parseFlow({
        id: "有中文的编号",
        name: "建设工程 & 消防",
        steps: [
          { id: "apply", name: "申请", department: "窗口", duration: 1 },
          { id: "fire", name: "消防审查", department: "消防", duration: 5, after: ["apply"] },
          { id: "plan", name: "规划审查", department: "规划", duration: 3, after: ["apply"] },
          { id: "issue", name: "发证", department: "窗口", duration: 1, after: ["fire", "plan"] }
        ],
        rework: [{ id: "back", name: "驳回", from: "issue", to: "apply", probability: 0.2 }]
      })
    )
    const xml = toBpmn(flow)
    const count = (pattern: RegExp): number => xml.match(pattern)?.length ?? 0
    expect(count(/<bpmn:lane /g)).toBe(3)
    expect(count(/<bpmn:userTask /g)).toBe(4)
    expect(count(/<bpmn:sequenceFlow /g)).toBe(count(/<bpmndi:BPMNEdge /g))
    // 4 tasks, start, end, pool, 3 lanes.
    expect(count(/<bpmndi:BPMNShape /g)).toBe(10)
    expect(xml).toContain('name="建设工程 &amp; 消防"')
    // Layers: fire and plan share a column, issue is to their right.
    const x = (id: string): number =>
      Number(new RegExp(`bpmnElement="${id}"[^>]*><dc:Bounds x="([0-9.]+)"`).exec(xml)?.[1])
    expect(x("fire")).toBe(x("plan"))
    expect(x("issue")).toBeGreaterThan(x("fire"))
    expect(x("fire")).toBeGreaterThan(x("apply"))
    expect(toBpmn(flow, { diagram: false })).not.toContain("BPMNDiagram")
  })

  // bpmn-moddle is the reader bpmn.io and Camunda Modeler load files with: no warning (unknown
  // element, unresolved reference) and a shape or edge for every flow element means the file opens.
  const opens = async (xml: string): Promise<{ warnings: ReadonlyArray<string>; missing: ReadonlyArray<string> }> => {
    const { rootElement, warnings } = await new BpmnModdle().fromXML(xml)
    const shown = new Set<string>()
    const flowIds: Array<string> = []
    for (const e of rootElement.rootElements ?? []) {
      if (e.$type === "bpmn:Process") for (const f of e.flowElements ?? []) flowIds.push(f.id)
    }
    for (const d of rootElement.diagrams ?? [])
      for (const p of d.plane?.planeElement ?? []) shown.add(p.bpmnElement?.id ?? "")
    return {
      warnings: warnings.map((w: { message: string }) => w.message),
      missing: flowIds.filter((id) => !shown.has(id))
    }
  }

  it("opens in bpmn-moddle (bpmn.io's reader) without a warning, every element drawn", async () => {
    await fc.assert(
      fc.asyncProperty(arbBpmnFlow(), async (input) => {
        const result = await opens(toBpmn(getOrThrow(parseFlow(input))))
        expect(result).toEqual({ warnings: [], missing: [] })
      }),
      { numRuns: 25 }
    )
    // The check can fail: a dangling reference is reported.
    const broken = toBpmn(
      getOrThrow(parseFlow({ id: "f", name: "f", steps: [{ id: "a", name: "a", department: "d", duration: 1 }] }))
    )
    expect((await opens(broken.replace(/targetRef="a"/, 'targetRef="nowhere"'))).warnings).not.toEqual([])
  }, 30_000)
})
