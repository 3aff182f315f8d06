import { criticalPath, parseBpmn } from "@tongban/approval"
import { readFileSync } from "node:fs"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")

const codes = (xml: string): ReadonlyArray<string> => {
  const r = parseBpmn(xml)
  return r.ok ? [] : r.issues.map((i) => i.code)
}

describe("parseBpmn", () => {
  it("reads a Camunda Modeler file: lanes as departments, camunda:property durations, a parallel fork and join", () => {
    const r = parseBpmn(fixture("camunda-qiye-kaiban.bpmn"))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const { flow, warnings } = r.value
    expect(flow.id).toBe("qiye_kaiban")
    expect(flow.steps.map((s) => s.name).sort()).toEqual(
      ["营业执照", "公章刻制", "发票和税控设备申领", "员工参保登记", "住房公积金 缴存登记", "银行开户"].sort()
    )
    const byName = new Map(flow.steps.map((s) => [s.name, s]))
    expect(byName.get("营业执照")).toMatchObject({
      department: "县市场监管局",
      statutory: 15,
      promised: 1,
      matter: "000115001000"
    })
    expect(byName.get("发票和税控设备申领")?.duration).toEqual({ kind: "triangular", min: 0.5, mode: 1, max: 2 })
    expect(byName.get("公章刻制")?.department).toBe("县公安局")
    expect(flow.gateways.map((g) => [g.id, g.role, g.fork])).toEqual([
      ["Gateway_fork", "fork", undefined],
      ["Gateway_join", "join", "Gateway_fork"]
    ])
    expect(flow.start).toEqual(["Task_yyzz"])
    // 银行开户 states no duration: defaulted, and said so.
    expect(warnings.map((w) => [w.code, w.facts.id])).toEqual([["bpmn_duration_defaulted", "Task_bank"]])
    expect(criticalPath(flow).makespan).toBe(2)
  })

  it("reads a Flowable Modeler file: flowable:field values, ISO durations in documentation, branch probabilities", () => {
    const r = parseBpmn(fixture("flowable-gongcheng-shentu.bpmn20.xml"))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const { flow } = r.value
    const fork = flow.gateways.find((g) => g.id === "sid-needs-fire")
    expect(fork?.kind).toBe("exclusive")
    // Conditions are kept as text; the gateway's default flow is marked.
    expect(fork?.branches).toEqual([
      { to: "sid-fire", probability: 0.3, condition: "\u0024{needsFire == true}" },
      { to: "sid-drawing", probability: 0.7, isDefault: true }
    ])
    expect(flow.gateways.find((g) => g.id === "sid-merge")?.fork).toBe("sid-needs-fire")
    const fire = flow.steps.find((s) => s.id === "sid-fire")
    expect(fire).toMatchObject({ days: 15, statutory: 15, department: "县消防救援大队", jointReview: "施工图联合审查" })
    expect(flow.steps.find((s) => s.id === "sid-accept")).toMatchObject({ days: 1, trips: 1 })
    // Exclusive branches are scheduled in the worst case: 1 + 15 + 3.
    expect(criticalPath(flow).makespan).toBe(19)
  })

  it("reads a bpmn.io file: durations and departments from documentation, annotations listed as warnings, data objects read past", () => {
    const r = parseBpmn(fixture("bpmnio-jungong-yanshou.bpmn"))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const { flow, warnings } = r.value
    expect(flow.steps.find((s) => s.id === "Activity_plan")).toMatchObject({
      department: "县自然资源局",
      days: 5,
      statutory: 20
    })
    expect(warnings.map((w) => [w.code, w.facts.id, w.severity])).toEqual([
      ["bpmn_duration_defaulted", "Activity_archive", "warning"],
      ["bpmn_element_ignored", "TextAnnotation_1", "warning"]
    ])
    expect(criticalPath(flow).criticalPaths).toEqual([["Activity_apply", "Activity_fire", "Activity_record"]])
  })

  it("models the elements it once refused: sub-process, boundary event, timer, inclusive gateway, loop, message flow", () => {
    const r = parseBpmn(fixture("unsupported-elements.bpmn"))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const { flow, warnings } = r.value
    expect(flow.steps.map((s) => [s.id, s.kind, s.stage])).toEqual([
      ["Task_a", "task", undefined],
      ["Task_inner", "task", "Sub_1"],
      ["Timer_1", "wait", undefined],
      ["Task_loop", "task", undefined]
    ])
    expect(flow.steps.find((s) => s.id === "Task_a")?.events).toEqual([
      { id: "Boundary_1", trigger: "none", interrupting: true }
    ])
    expect(flow.stages).toEqual([{ id: "Sub_1", name: "内部会签", subprocess: true }])
    expect(flow.gateways.map((g) => [g.id, g.kind, g.role])).toEqual([
      ["Inclusive_1", "inclusive", "fork"],
      ["Sub_1", "parallel", "fork"],
      ["Sub_1#end", "parallel", "join"]
    ])
    expect(flow.rework).toEqual([{ id: "Task_loop#loop", from: "Task_loop", to: "Task_loop", probability: 0.1 }])
    expect(flow.handoffs).toEqual([
      { id: "Message_1", from: "申请人", to: "Task_a", fromDepartment: "申请人", toDepartment: "县政务服务中心" }
    ])
    // Unconnected nodes start with the flow, and each is named in a warning.
    expect(
      warnings
        .filter((w) => w.code === "bpmn_unconnected")
        .map((w) => String(w.facts.id))
        .sort()
    ).toEqual(["Inclusive_1", "Sub_1", "Task_loop", "Timer_1"])
    expect(warnings.every((w) => w.severity === "warning")).toBe(true)
  })

  const wrap = (body: string): string =>
    `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p"><startEvent id="s"/>${body}</process></definitions>`

  it("refuses hostile XML with a clear issue: entities, depth, size, prototype names, garbage", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><definitions>&lol2;</definitions>`
    expect(codes(bomb)).toEqual(["bpmn_doctype_refused"])
    expect(codes("<a>".repeat(10_000) + "</a>".repeat(10_000))).toEqual(["bpmn_too_deep"])
    expect(codes(wrap(""))).toEqual([])
    expect(parseBpmn(wrap("x".repeat(2000)), { maxLength: 1000 }).ok).toBe(false)
    expect(codes("<definitions><__proto__/></definitions>")).toEqual(["bpmn_forbidden_name"])
    expect(codes(`<definitions><process id="p" constructor="x"/></definitions>`)).toEqual(["bpmn_forbidden_name"])
    expect(codes("")).toEqual(["bpmn_empty"])
    expect(codes("not xml at all")).toEqual(["bpmn_malformed"])
    expect(codes("<definitions><process id='p'><task id='a'></process></definitions>")).toEqual(["bpmn_malformed"])
    expect(codes("<svg/>")).toEqual(["bpmn_not_definitions"])
    expect(codes("<definitions/>")).toEqual(["bpmn_no_process"])
    expect(codes(`<definitions><process id="p"><task id="a"/></process></definitions>`)).toEqual([
      "bpmn_no_start_event"
    ])
  })

  it("names a cycle and a missing reference in the converted flow", () => {
    const cyc = parseBpmn(
      wrap(
        `<task id="a"/><task id="b"/><sequenceFlow id="f0" sourceRef="s" targetRef="a"/><sequenceFlow id="f1" sourceRef="a" targetRef="b"/><sequenceFlow id="f2" sourceRef="b" targetRef="a"/>`
      )
    )
    // No end event and no way out: a loop that never ends stays an error.
    expect(cyc.ok).toBe(false)
    if (!cyc.ok) {
      expect(cyc.issues[0]?.code).toBe("cycle")
      expect(cyc.issues[0]?.message.en).toContain("no way out: a → b")
    }
    expect(codes(wrap(`<task id="a"/><sequenceFlow id="f0" sourceRef="s" targetRef="zz"/>`))).toEqual([
      "unknown_reference"
    ])
    expect(codes(wrap(`<task id="a"><documentation>duration: soon</documentation></task>`))).toEqual([
      "bpmn_bad_number"
    ])
  })

  it("splits a gateway that both joins and forks into a join and a fork", () => {
    const r = parseBpmn(
      wrap(
        `<task id="a"/><task id="b"/><task id="c"/><task id="d"/><parallelGateway id="f"/><parallelGateway id="m"/>` +
          `<sequenceFlow id="1" sourceRef="s" targetRef="f"/><sequenceFlow id="2" sourceRef="f" targetRef="a"/><sequenceFlow id="3" sourceRef="f" targetRef="b"/>` +
          `<sequenceFlow id="4" sourceRef="a" targetRef="m"/><sequenceFlow id="5" sourceRef="b" targetRef="m"/><sequenceFlow id="6" sourceRef="m" targetRef="c"/><sequenceFlow id="7" sourceRef="m" targetRef="d"/>`
      )
    )
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.flow.gateways.map((g) => [g.id, g.role])).toEqual([
      ["f", "fork"],
      ["m", "join"],
      ["m#fork", "fork"]
    ])
    expect(r.value.flow.steps.find((s) => s.id === "c")?.after).toEqual(["m#fork"])
  })

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = parseBpmn(text)
        expect(typeof r.ok).toBe("boolean")
      })
    )
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            "<task id='a'>",
            "</task>",
            "<sequenceFlow/>",
            "<process>",
            "</process>",
            "&amp;",
            "<!--x-->",
            "<x:y a='1'/>"
          ),
          { maxLength: 20 }
        ),
        (parts) => {
          const r = parseBpmn(`<definitions>${parts.join("")}</definitions>`)
          expect(typeof r.ok).toBe("boolean")
        }
      )
    )
  })
})
