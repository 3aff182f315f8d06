/**
 * Fixtures written for these tests, one per modeller dialect, each as that
 * modeller saves a county's approval process (diagram interchange included).
 */
import { criticalPath, parseBpmn, toBpmn } from "@tongban/approval"
import { readFileSync } from "node:fs"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")
const read = (name: string) => {
  const r = parseBpmn(fixture(name))
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join("; "))
  return r.value
}
const tasksIn = (xml: string): ReadonlyArray<string> =>
  [
    ...xml.matchAll(
      /<(?:bpmn:)?(?:task|userTask|serviceTask|manualTask|scriptTask|businessRuleTask|sendTask|receiveTask|callActivity)\s[^>]*?\bid="([^"]+)"/g
    )
  ].map((m) => m[1] ?? "")

const FIXTURES = [
  "activiti-shangpinfang-yushou.bpmn20.xml",
  "flowable6-guihua-xuke.bpmn20.xml",
  "camunda7-ershoufang-dengji.bpmn",
  "camunda8-canyin-xuke.bpmn",
  "bpmnio-xinshenger-yijianshi.bpmn",
  "signavio-paiwu-xuke.bpmn",
  "all-elements-huanping.bpmn"
]

describe("BPMN dialects", () => {
  it.each(FIXTURES)("%s: imports with warnings at most, every task kept, and round-trips", (name) => {
    const xml = fixture(name)
    const { flow, warnings } = read(name)
    const ids = new Set(flow.steps.map((s) => s.id))
    // Compensation handlers and the tasks of event sub-processes are named in a warning instead.
    const named = new Set(
      warnings.flatMap((w) => [
        String(w.facts.id),
        ...(Array.isArray(w.facts.contains) ? w.facts.contains.map(String) : [])
      ])
    )
    for (const id of tasksIn(xml)) expect(ids.has(id) || named.has(id)).toBe(true)
    expect(warnings.every((w) => w.severity === "warning")).toBe(true)
    expect(xml).toContain("BPMNDiagram")
    const back = parseBpmn(toBpmn(flow))
    expect(back.ok && back.value.flow).toEqual(flow)
  })

  it("Activiti 5/6: 会签 in parallel from activiti:collection with its completion condition; 驳回 → 修改申请 → 重新审核 from two decisions", () => {
    const { flow } = read("activiti-shangpinfang-yushou.bpmn20.xml")
    const sign = flow.steps.find((s) => s.id === "task_countersign")
    expect(sign?.multiInstance).toEqual({
      mode: "parallel",
      instances: 3,
      collection: "\u0024{leaderList}",
      elementVariable: "leader",
      completion: "\u0024{nrOfCompletedInstances/nrOfInstances == 1}"
    })
    expect(sign).toMatchObject({ department: "局领导班子", reviewers: 3, days: 2, role: "\u0024{leader}" })
    expect(flow.steps.find((s) => s.id === "task_accept")).toMatchObject({
      candidateGroups: ["zj_window"],
      matter: "000112011000",
      statutory: 5
    })
    expect(flow.rework).toEqual([
      {
        id: "flow_resubmit",
        name: "重新审核",
        from: "gw_review",
        to: "task_review",
        probability: 0.25,
        via: ["task_amend"]
      },
      {
        id: "flow_resubmit#2",
        name: "重新审核",
        from: "gw_sign",
        to: "task_review",
        probability: 0.1,
        via: ["task_amend"]
      }
    ])
    // The boundary timer is the review's time limit; its escalation runs beside the review (non-interrupting).
    expect(flow.steps.find((s) => s.id === "task_review")?.events).toEqual([
      { id: "timer_review", name: "初审超时", trigger: "timer", interrupting: false, timer: "P3D", days: 3 }
    ])
    expect(flow.gateways.find((g) => g.id === "task_review#events")?.kind).toBe("inclusive")
    const cpm = criticalPath(flow)
    // First pass: 受理 1 + 初审 3 + 会签 2 + 发证 1.
    expect(cpm.makespan).toBe(7)
    expect(cpm.reworkExcluded).toEqual(["flow_resubmit", "flow_resubmit#2"])
  })

  it("Flowable 6: an inclusive split and join inside nested sub-processes, 依次会签 in sequence (the sum)", () => {
    const { flow } = read("flowable6-guihua-xuke.bpmn20.xml")
    expect(flow.stages).toEqual([
      { id: "sub_joint", name: "多部门联合审查", subprocess: true },
      { id: "sub_experts", name: "专家评审", parent: "sub_joint", subprocess: true }
    ])
    const split = flow.gateways.find((g) => g.id === "or_split")
    expect(split?.kind).toBe("inclusive")
    expect(split?.branches.map((b) => [b.to, b.probability])).toEqual([
      ["task_fire", 0.9],
      ["task_civil", 0.4],
      ["task_traffic", 0.2]
    ])
    expect(flow.gateways.find((g) => g.id === "or_join")).toMatchObject({
      kind: "inclusive",
      role: "join",
      fork: "or_split"
    })
    expect(flow.steps.find((s) => s.id === "task_experts")).toMatchObject({
      stage: "sub_experts",
      days: 3,
      multiInstance: { mode: "sequential", instances: 3, collection: "\u0024{expertList}", elementVariable: "expert" }
    })
    // 受理 1 + 消防 5 (the worst branch) + 专家 3 × 1 + 审批 2 + 发证 1.
    expect(criticalPath(flow).makespan).toBe(12)
    expect(flow.steps.find((s) => s.id === "task_signoff")).toMatchObject({ statutory: 20, promised: 10 })
  })

  it("Camunda 7: two pools with message flows as hand-offs between departments, an event-based gateway", () => {
    const { flow } = read("camunda7-ershoufang-dengji.bpmn")
    expect(flow.handoffs.map((h) => [h.id, h.fromDepartment, h.toDepartment])).toEqual([
      ["Msg_submit", "申请人", "不动产登记窗口"],
      ["Msg_notice", "不动产登记窗口", "申请人"],
      ["Msg_resubmit", "申请人", "不动产登记窗口"],
      ["Msg_cert", "不动产登记窗口", "申请人"]
    ])
    // The message start waits for the applicant's submission; the catch events wait for their messages.
    expect(flow.steps.find((s) => s.id === "Task_accept")?.after).toEqual(["Task_submit"])
    expect(flow.gateways.find((g) => g.id === "Gateway_wait")).toMatchObject({ kind: "exclusive", eventBased: true })
    expect(flow.steps.find((s) => s.id === "Catch_done")).toMatchObject({ kind: "wait", days: 10, trigger: "timer" })
    expect(flow.steps.find((s) => s.id === "Task_review")).toMatchObject({
      multiInstance: { mode: "parallel", instances: 2, collection: "\u0024{reviewers}" },
      role: "\u0024{reviewer}",
      department: "登记审核科"
    })
    expect(flow.rework).toEqual([
      {
        id: "B4",
        name: "重新受理",
        from: "Gateway_complete",
        to: "Task_accept",
        probability: 0.3,
        via: ["Task_notice", "Catch_supplement"]
      }
    ])
    expect(flow.triggers).toEqual([{ id: "Start_bdc", name: "收到申请", trigger: "message" }])
  })

  it("Camunda 8: zeebe assignment, properties and loop characteristics; a =PT72H timer", () => {
    const { flow } = read("camunda8-canyin-xuke.bpmn")
    expect(flow.steps.find((s) => s.id === "Task_inspect")).toMatchObject({
      role: "inspector",
      candidateGroups: ["food_inspect"],
      reviewers: 2,
      multiInstance: { mode: "parallel", instances: 2, collection: '=["张三","李四"]', elementVariable: "inspector" },
      events: [
        { id: "Timer_inspect", name: "核查超时", trigger: "timer", interrupting: false, timer: "=PT72H", days: 3 }
      ]
    })
    expect(flow.steps.find((s) => s.id === "Task_accept")).toMatchObject({
      statutory: 20,
      promised: 5,
      candidateGroups: ["scjg_window"]
    })
    expect(criticalPath(flow).makespan).toBe(5)
  })

  it("bpmn.io: documentation lines, a call activity, a timer wait, a signal thrown; data objects read past", () => {
    const { flow, warnings } = read("bpmnio-xinshenger-yijianshi.bpmn")
    expect(flow.steps.map((s) => [s.id, s.kind, s.days])).toEqual([
      ["Activity_apply", "task", 1],
      ["Activity_birth", "call", 1],
      ["Activity_hukou", "task", 1],
      ["Event_wait", "wait", 1],
      ["Activity_insurance", "task", 2],
      ["Activity_vaccine", "task", 1],
      ["Event_notify", "event", 0]
    ])
    expect(flow.steps.find((s) => s.id === "Activity_birth")).toMatchObject({
      description: "出生医学证明由接生医院签发\nduration: 1\n事项编码: 000122001000",
      matter: "000122001000",
      department: "县卫生健康局"
    })
    expect(warnings.map((w) => [w.code, w.facts.id])).toEqual([["bpmn_element_ignored", "TextAnnotation_yjs"]])
    expect(criticalPath(flow).criticalPaths).toEqual([
      ["Activity_apply", "Activity_birth", "Activity_hukou", "Event_wait", "Activity_insurance", "Event_notify"]
    ])
  })

  it("Signavio: potential owners and performers by their resource, signavio metadata probabilities, an error boundary on a sub-process", () => {
    const { flow } = read("signavio-paiwu-xuke.bpmn")
    expect(flow.steps.find((s) => s.id === "sid-accept")?.role).toBe("县生态环境局审批股")
    expect(flow.steps.find((s) => s.id === "sid-experts")?.role).toBe("环评技术评估专家")
    expect(flow.steps.find((s) => s.id === "sid-decide")?.role).toBe("分管副局长")
    expect(flow.gateways.find((g) => g.id === "sid-tech#events")?.branches).toEqual([
      { to: "sid-refuse", probability: 0.15 },
      { to: "sid-publicity", probability: 0.85 }
    ])
    expect(flow.rework.map((r) => [r.id, r.from, r.to])).toEqual([["sid-site#loop", "sid-site", "sid-site"]])
    expect(flow.steps.find((s) => s.id === "sid-publicity")).toMatchObject({ kind: "wait", days: 5 })
  })

  it("every element kind the MIWG models use is modelled or named in a warning with its id and why", () => {
    const { flow, warnings } = read("all-elements-huanping.bpmn")
    const ignored = warnings.filter((w) => w.code === "bpmn_element_ignored").map((w) => [w.facts.element, w.facts.id])
    expect(ignored.sort()).toEqual(
      [
        ["globalTask", "GlobalTask_archive"],
        ["globalUserTask", "GlobalTask_sign"],
        ["group", "Group_review"],
        ["relationship", "Relationship_1"],
        ["serviceTask", "Task_undo"],
        ["subProcess", "Sub_event"],
        ["textAnnotation", "TextAnnotation_pool"],
        ["textAnnotation", "TextAnnotation_review"]
      ].sort()
    )
    expect(warnings.every((w) => typeof w.facts.why === "string" || w.code !== "bpmn_element_ignored")).toBe(true)
    expect(flow.steps.find((s) => s.id === "Task_review")?.events.map((e) => [e.trigger, e.interrupting])).toEqual([
      ["timer", false],
      ["message", true],
      ["signal", false],
      ["conditional", false],
      ["compensation", true]
    ])
    expect(flow.triggers).toEqual([
      { id: "Start_message", name: "收到申请", trigger: "message" },
      { id: "Start_timer", name: "每月初清理超期件", trigger: "timer", timer: "R/P1M" }
    ])
    // The link throw and catch are one way on: 局务会审批 → 电子签章.
    expect(flow.steps.find((s) => s.id === "Call_sign")?.after).toEqual(["Task_decide"])
    expect(flow.steps.map((s) => s.trigger).filter((t) => t !== undefined)).toEqual([
      "message",
      "timer",
      "signal",
      "conditional",
      "signal",
      "escalation",
      "compensation",
      "none",
      "message"
    ])
    expect(flow.promised).toBe(30)
  })
})

describe("parseBpmn on damaged and hostile input", () => {
  const sources = FIXTURES.map(fixture)
  it("never throws and never returns a flow with a dangling reference on truncated files", () => {
    fc.assert(
      fc.property(fc.nat({ max: sources.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (i, cut) => {
        const xml = sources[i] ?? ""
        const r = parseBpmn(xml.slice(0, Math.floor(xml.length * cut)))
        if (r.ok) {
          const ids = new Set([...r.value.flow.steps.map((s) => s.id), ...r.value.flow.gateways.map((g) => g.id)])
          for (const s of r.value.flow.steps) for (const p of s.after) expect(ids.has(p)).toBe(true)
        } else expect(r.issues.length).toBeGreaterThan(0)
      }),
      { numRuns: 60 }
    )
  }, 30_000)

  it("never throws on byte-flipped files", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: sources.length - 1 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 0x7e })), {
          minLength: 1,
          maxLength: 8
        }),
        (i, flips) => {
          const chars = [...(sources[i] ?? "")]
          for (const [at, code] of flips) chars[Math.floor(at * (chars.length - 1))] = String.fromCharCode(code)
          const r = parseBpmn(chars.join(""))
          expect(r.ok ? r.value.flow.steps.length >= 0 : r.issues.every((x) => x.message.zh !== "")).toBe(true)
        }
      ),
      { numRuns: 60 }
    )
  }, 30_000)

  it("a loop's probability comes from the file, else from the call, else the default, and the warning says which", () => {
    const xml = fixture("signavio-paiwu-xuke.bpmn")
    const sources = (options?: { reworkProbability: number }) => {
      const r = parseBpmn(xml, options)
      return r.ok
        ? r.value.warnings
            .filter((w) => w.code === "bpmn_rework_loop")
            .map((w) => [w.facts.probability, w.facts.source])
        : []
    }
    expect(sources()).toEqual([[0.1, "default"]])
    expect(sources({ reworkProbability: 0.3 })).toEqual([[0.3, "option"]])
    const stated = xml.replace(
      '<standardLoopCharacteristics testBefore="false"/>',
      '<standardLoopCharacteristics testBefore="false"><documentation>probability: 0.4</documentation></standardLoopCharacteristics>'
    )
    const r = parseBpmn(stated, { reworkProbability: 0.3 })
    expect(r.ok && r.value.flow.rework[0]?.probability).toBe(0.4)
  })

  it("a 会签 whose number of reviewers is known only at run time takes defaultInstances, and says so", () => {
    const xml = fixture("activiti-shangpinfang-yushou.bpmn20.xml").replace("<loopCardinality>3</loopCardinality>", "")
    const r = parseBpmn(xml, { defaultInstances: 5 })
    expect(r.ok && r.value.flow.steps.find((s) => s.id === "task_countersign")?.multiInstance?.instances).toBe(5)
    expect(r.ok && r.value.warnings.map((w) => w.code)).toContain("bpmn_instances_defaulted")
  })

  it("reads past a condition on an event-based gateway's flow, naming it in a warning", () => {
    const xml = fixture("camunda7-ershoufang-dengji.bpmn").replace(
      '<bpmn:sequenceFlow id="A3" sourceRef="Gateway_wait" targetRef="Catch_notice" />',
      '<bpmn:sequenceFlow id="A3" sourceRef="Gateway_wait" targetRef="Catch_notice"><bpmn:conditionExpression>x</bpmn:conditionExpression></bpmn:sequenceFlow>'
    )
    const r = parseBpmn(xml)
    expect(
      r.ok && r.value.warnings.filter((w) => w.facts.element === "conditionExpression").map((w) => w.facts.id)
    ).toEqual(["A3"])
    expect(
      r.ok &&
        r.value.flow.gateways.find((g) => g.id === "Gateway_wait")?.branches.every((b) => b.condition === undefined)
    ).toBe(true)
  })

  it("refuses hostile files with a located reason", () => {
    const base = fixture("camunda8-canyin-xuke.bpmn")
    const code = (xml: string): string | undefined => {
      const r = parseBpmn(xml)
      return r.ok ? undefined : r.issues[0]?.code
    }
    expect(code(base.replace("<bpmn:definitions", '<!DOCTYPE d [<!ENTITY x "x">]><bpmn:definitions'))).toBe(
      "bpmn_doctype_refused"
    )
    expect(code(base.replace('id="Task_accept"', 'id="Task_accept" __proto__="x"'))).toBe("bpmn_forbidden_name")
    expect(
      code(base.replace('<bpmn:userTask id="Task_issue"', `${"<bpmn:x>".repeat(120)}<bpmn:userTask id="Task_issue"`))
    ).toBe("bpmn_too_deep")
    expect(parseBpmn(base, { maxLength: 1000 }).ok).toBe(false)
    expect(code(base.replace('targetRef="Task_decide"', 'targetRef="Task_nowhere"'))).toBe("unknown_reference")
    expect(
      code(
        base.replace('sourceRef="Start_canyin"', 'sourceRef="Start_canyin" ').replace(/<bpmn:startEvent[^>]*\/>/, "")
      )
    ).toBe("bpmn_no_start_event")
  })
})
