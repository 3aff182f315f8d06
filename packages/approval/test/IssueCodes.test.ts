// Issue 10 point 5: approval's issues come from its one code table. Every issue a bad input draws has a
// registered code (approval's, or core's and deadline's passed on), its message is the table's template
// (or one of its variants) filled with the issue's own facts, and those facts are the kinds the table says.
import {
  approvalCodes,
  type Flow,
  makeParallel,
  parseBpmn,
  parseFlow,
  parsePsplib,
  parsePsplibOptima,
  scheduleRcpsp,
  scheduleReviewTasks
} from "@tongban/approval"
import {
  type CodeSpec,
  checkCodeTable,
  coreCodes,
  getOrThrow,
  type Issue,
  renderMessage,
  type Result
} from "@tongban/core"
import { deadlineCodes } from "@tongban/deadline"
import * as fc from "fast-check"
import { readdirSync, readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { arbFlowInput } from "./arbitraries/flow.js"

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/psplib/${name}`, import.meta.url), "latin1")
const passedOn = new Set([...Object.keys(coreCodes.codes), ...Object.keys(deadlineCodes.codes)])

const issuesOf = (r: Result<unknown>): ReadonlyArray<Issue> => (r.ok ? [] : r.issues)

/** Whether a fact's value has the kind the table names (`"number?"`: a number or absent). */
const hasKind = (value: unknown, kind: string): boolean => {
  const bare = kind.replace(/\?$/, "")
  if (value === undefined) return kind.endsWith("?")
  if (bare === "list") return Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number")
  if (bare === "value") return true
  return typeof value === bare
}

const specs: ReadonlyMap<string, CodeSpec> = new Map(Object.entries(approvalCodes.codes))

/** An issue as the table builds it: registered, its message a template filled with its facts, facts of their kinds. */
const seen = new Set<string>()
const fromTable = (issue: Issue): void => {
  seen.add(issue.code)
  if (passedOn.has(issue.code) && !Object.hasOwn(approvalCodes.codes, issue.code)) return
  const spec = specs.get(issue.code)
  expect(spec, `${issue.code} is registered`).toBeDefined()
  if (spec === undefined) return
  const templates = [spec.message, ...Object.values(spec.variants ?? {})]
  expect(
    templates.map((t) => renderMessage(t, issue.facts)),
    `${issue.code}: ${issue.message.en}`
  ).toContainEqual(issue.message)
  const kinds = spec.facts ?? {}
  for (const [name, kind] of Object.entries(kinds)) {
    expect(hasKind(issue.facts[name], kind), `${issue.code}.${name} is ${kind}`).toBe(true)
  }
  for (const name of Object.keys(issue.facts))
    expect(Object.keys(kinds), `${issue.code} declares ${name}`).toContain(name)
  expect(issue.severity).toBe(spec.severity ?? "error")
}

const check = (r: Result<unknown>): ReadonlyArray<string> => {
  const issues = issuesOf(r)
  for (const issue of issues) {
    fromTable(issue)
    seen.add(issue.code)
  }
  return issues.map((i) => i.code)
}
const warnings = (r: Result<{ readonly warnings: ReadonlyArray<Issue> }>): ReadonlyArray<string> => {
  const list = r.ok ? r.value.warnings : []
  for (const w of list) {
    fromTable(w)
    seen.add(w.code)
  }
  return list.map((w) => w.code)
}

const step = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: id,
  department: "d",
  duration: 1,
  ...extra
})
const flow = (extra: Record<string, unknown>) => ({
  id: "f",
  name: "f",
  steps: [step("a"), step("b", { after: ["a"] })],
  ...extra
})

describe("approvalCodes", () => {
  it("is well formed and named after its package", () => {
    expect(approvalCodes.package).toBe("@tongban/approval")
    expect(checkCodeTable(approvalCodes)).toEqual([])
  })

  it("parseFlow: every reference, gateway and rework problem told from the table", () => {
    expect(check(parseFlow(flow({ steps: [step("a"), step("a")] })))).toEqual(["duplicate_id"])
    expect(check(parseFlow(flow({ steps: [step("a", { after: ["x"], stage: "s" })] })))).toEqual([
      "unknown_reference",
      "unknown_reference"
    ])
    const unknown = issuesOf(parseFlow(flow({ steps: [step("a", { stage: "s" })] })))
    expect(unknown[0]?.message.en).toBe('"a" refers to an unknown stage "s"')
    expect(unknown[0]?.facts).toEqual({ kind: "stage", id: "s", from: "a" })
    expect(check(parseFlow(flow({ departments: [{ id: "x", reviewers: 1 }] })))).toContain("unknown_reference")
    expect(
      check(
        parseFlow(
          flow({
            stages: [
              { id: "p", name: "p", parent: "q" },
              { id: "q", name: "q", parent: "p" }
            ]
          })
        )
      )
    ).toContain("stage_nesting_cycle")
    expect(
      check(parseFlow(flow({ steps: [step("a", { duration: { kind: "triangular", min: 3, mode: 1, max: 2 } })] })))
    ).toEqual(["triangular_out_of_order"])
    const loop = issuesOf(parseFlow(flow({ steps: [step("a", { after: ["b"] }), step("b", { after: ["a"] })] })))
    expect(loop.map((i) => [i.code, i.message.en])).toEqual([["cycle", "the dependencies form a cycle: a → b → a"]])
    fromTable(loop[0] ?? (undefined as never))
    expect(check(parseFlow(flow({ start: ["b"] })))).toEqual(["unreachable_step"])
    const rework = (r: Record<string, unknown>) =>
      check(parseFlow(flow({ rework: [{ id: "r", probability: 0.2, ...r }] })))
    expect(rework({ from: "a", to: "b" })).toEqual(["rework_not_backward"])
    expect(rework({ from: "b", to: "a", via: ["zz"] })).toEqual(["rework_via_unknown"])
    expect(
      check(
        parseFlow(
          flow({
            rework: [
              { id: "r", from: "b", to: "a", probability: 0.2 },
              { id: "r", from: "b", to: "a", probability: 0.1 }
            ]
          })
        )
      )
    ).toEqual(["duplicate_id"])
  })

  it("parseFlow: each reason a join has no fork is its own variant, with the join, the fork and their kinds", () => {
    const gw = (join: Record<string, unknown>, fork: Record<string, unknown> = {}) =>
      issuesOf(
        parseFlow({
          id: "g",
          name: "g",
          steps: [step("a", { after: ["f"] }), step("b", { after: ["f"] }), step("c", { after: ["j"] })],
          gateways: [
            { id: "f", kind: "parallel", role: "fork", ...fork },
            { id: "j", kind: "parallel", role: "join", after: ["a", "b"], ...join }
          ]
        })
      )
    const said = (join: Record<string, unknown>, fork?: Record<string, unknown>) =>
      gw(join, fork).map((i) => {
        fromTable(i)
        return i.code === "join_without_fork" ? i.message.en : i.code
      })
    expect(said({})).toEqual(['join "j" has no matching fork: it does not name the fork it closes (fork)'])
    expect(said({ fork: "zz" })).toEqual(['join "j" has no matching fork: there is no gateway "zz"'])
    expect(said({ fork: "f" }, { kind: "exclusive" })).toEqual([
      'join "j" has no matching fork: "f" is an exclusive gateway, not parallel'
    ])
    expect(said({ fork: "f" })).toEqual([])
    expect(gw({ fork: "f" }, { kind: "inclusive" })[0]?.facts).toEqual({
      id: "j",
      fork: "f",
      kind: "parallel",
      forkKind: "inclusive"
    })
    const branches = (kind: string, list: ReadonlyArray<{ to: string; probability: number }>) =>
      check(
        parseFlow({
          id: "g",
          name: "g",
          steps: [step("a", { after: ["f"] }), step("b", { after: ["f"] })],
          gateways: [{ id: "f", kind, role: "fork", branches: list }]
        })
      )
    expect(
      branches("exclusive", [
        { to: "a", probability: 0.5 },
        { to: "b", probability: 0.2 }
      ])
    ).toEqual(["branch_probabilities_invalid"])
    expect(branches("exclusive", [{ to: "a", probability: 1 }])).toEqual(["branch_probabilities_invalid"])
    expect(branches("inclusive", [{ to: "a", probability: 1 }])).toEqual(["branch_probabilities_invalid"])
    expect(branches("parallel", [{ to: "a", probability: 1 }])).toEqual(["branches_on_non_exclusive_fork"])
    expect(branches("exclusive", [{ to: "zz", probability: 1 }])).toContain("unknown_reference")
    const fork = (g: Record<string, unknown>, extra: ReadonlyArray<Record<string, unknown>> = []) =>
      check(
        parseFlow({
          id: "g",
          name: "g",
          steps: [step("a", { after: ["f"] }), step("b", { after: ["f"] }), ...extra],
          gateways: [{ id: "f", kind: "exclusive", role: "fork", ...g }]
        })
      )
    expect(fork({ fork: "f" })).toEqual(["fork_names_fork"])
    expect(fork({ kind: "parallel", eventBased: true })).toEqual(["event_based_not_exclusive_fork"])
    expect(
      fork({
        eventBased: true,
        branches: [
          { to: "a", probability: 0.5, condition: "x > 1" },
          { to: "b", probability: 0.5 }
        ]
      })
    ).toEqual(["event_based_branch_condition"])
    expect(
      fork(
        {
          branches: [
            { to: "a", probability: 0.5 },
            { to: "b", probability: 0.25 },
            { to: "c", probability: 0.25 }
          ]
        },
        [step("c", { after: ["a"] })]
      )
    ).toEqual(["branch_not_successor"])
  })

  it("the what-ifs: unknown steps, too few steps and a taken id", () => {
    const f: Flow = getOrThrow(parseFlow(flow({})))
    expect(check(makeParallel(f, { steps: ["a", "zz"] }))).toEqual(["unknown_reference"])
    expect(issuesOf(makeParallel(f, { steps: ["a", "zz"] }))[0]?.message.en).toBe('the flow "f" has no step "zz"')
    expect(check(makeParallel(f, { steps: ["a"] }))).toEqual(["too_few_steps"])
  })

  it("parsePsplib: every problem located by line, the line in the message and the facts", () => {
    const text = fixture("j301_1.sm")
    const lines = text.split("\n")
    expect(check(parsePsplib(""))).toEqual(["psplib_missing_jobs"])
    expect(check(parsePsplib(text.replace("  - renewable", "  - reusable")))).toEqual(["psplib_missing_resources"])
    expect(check(parsePsplib("x".repeat(20), { maxLength: 10 }))).toEqual(["psplib_file_too_large"])
    expect(check(parsePsplib(text, { maxJobs: 5 }))).toEqual(["psplib_too_large"])
    expect(check(parsePsplib(text, { maxResources: 2 }))).toEqual(["psplib_too_many_resources"])
    expect(check(parsePsplib(lines.slice(0, 40).join("\n")))).toEqual([
      "psplib_bad_row",
      "psplib_missing_section",
      "psplib_missing_section"
    ])
    const row = "   2        1          3           6  11  15"
    expect(check(parsePsplib(text.replace(row, "   2        2          3           6  11  15")))).toEqual([
      "psplib_multi_mode"
    ])
    expect(check(parsePsplib(text.replace(row, "   3        1          3           6  11  15")))).toContain(
      "psplib_job_order"
    )
    const unknown = issuesOf(parsePsplib(text.replace(row, "   2        1          3           6  11  99")))
    for (const i of unknown) fromTable(i)
    expect(unknown.map((i) => [i.code, i.message.en, i.facts])).toEqual([
      ["psplib_unknown_job", "line 20: successor 99 does not exist (32 jobs)", { line: 20, successor: 99, jobs: 32 }]
    ])
    check(parsePsplib(text.replace(row, "   2        1          4           6  11  15")))
    check(parsePsplib(text.replace("  - nonrenewable              :  0   N", "  - nonrenewable              :  2   N")))
    check(parsePsplib(text.replace("  - doubly constrained        :  0   D", "  - doubly constrained        :  1   D")))
    check(parsePsplib(text.replace("   12   13    4   12", "    1   13    4   12")))
    check(parsePsplib(text.replace("   12   13    4   12", "   12   13    4")))
    const cycle = issuesOf(parsePsplib(text.replace(row, "   2        1          3           6  11   1")))
    expect(cycle.map((i) => [i.code, i.facts])).toEqual([["psplib_cycle", { line: 19, jobs: [1, 2] }]])
    fromTable(cycle[0] ?? (undefined as never))
    expect(check(parsePsplibOptima("nothing here"))).toEqual(["psplib_no_optima"])
    expect(check(parsePsplibOptima("1 1 43", { maxLength: 2 }))).toEqual(["psplib_file_too_large"])
  })

  it("scheduleRcpsp and scheduleReviewTasks: each problem names its activity, task or resource", () => {
    const a = (extra: Record<string, unknown> = {}) => ({ duration: 1, demands: [0], predecessors: [], ...extra })
    const bad = (project: unknown, options?: object) => check(scheduleRcpsp(project as never, options))
    expect(bad({ capacities: [1] })).toEqual(["rcpsp_malformed"])
    expect(bad({ capacities: [1], activities: [null] })).toEqual(["rcpsp_malformed"])
    expect(bad({ capacities: [1], activities: [] })).toEqual(["rcpsp_empty"])
    expect(bad({ capacities: [1], activities: [a(), a()] }, { limits: { maxActivities: 1 } })).toEqual([
      "rcpsp_too_many"
    ])
    expect(bad({ capacities: [1], activities: [a({ duration: 1e9 })] })).toEqual(["rcpsp_too_large"])
    expect(bad({ capacities: [Object.create(null)], activities: [a()] })).toEqual(["rcpsp_bad_capacity"])
    expect(bad({ capacities: [1], activities: [a({ duration: -1, demands: [1, 1], predecessors: [4] })] })).toEqual([
      "rcpsp_bad_duration",
      "rcpsp_demand_count",
      "rcpsp_unknown_predecessor"
    ])
    expect(bad({ capacities: [1], activities: [a({ demands: ["x"] })] })).toEqual(["rcpsp_bad_demand"])
    const over = issuesOf(scheduleRcpsp({ capacities: [2], activities: [a({ demands: [3] })] }))
    expect(over[0]?.message.en).toBe("activity 0 needs 3 of resource 0, more than its capacity 2: no schedule exists")
    expect(check(scheduleRcpsp({ capacities: [2], activities: [a({ demands: [3] })] }))).toEqual([
      "rcpsp_demand_exceeds_capacity"
    ])
    const self = issuesOf(scheduleRcpsp({ capacities: [1], activities: [a({ predecessors: [0] })] }))
    expect(self[0]?.message.en).toBe("activity 0 precedes itself")
    expect(bad({ capacities: [1], activities: [a({ predecessors: [1] }), a({ predecessors: [0] })] })).toEqual([
      "rcpsp_cycle"
    ])
    expect(bad({ capacities: [1], activities: [a()] }, { schedules: 0 })).toEqual(["rcpsp_bad_budget"])

    const review = (tasks: unknown, capacities: unknown = { 局: 1 }) =>
      check(scheduleReviewTasks(tasks as never, { capacities } as never))
    const t = (id: string, extra: Record<string, unknown> = {}) => ({
      id,
      duration: 1,
      predecessors: [],
      demands: { 局: 1 },
      ...extra
    })
    expect(review("tasks")).toEqual(["review_tasks_not_array"])
    expect(review([t("a")], { 局: -1 })).toEqual(["review_bad_capacity"])
    expect(review([null])).toEqual(["review_malformed_task"])
    expect(review([t("a"), t("a")])).toEqual(["review_duplicate_task"])
    expect(review([t("a", { predecessors: ["zz"] })])).toEqual(["review_unknown_predecessor"])
    expect(review([t("a", { demands: { 别处: 1 } })])).toEqual(["review_unknown_department"])
    expect(review([t("a", { demands: { 局: 1.5 } })])).toEqual(["review_bad_demand"])
    const over2 = issuesOf(scheduleReviewTasks([t("a", { demands: { 局: 2 } })], { capacities: { 局: 1 } }))
    expect(over2.map((i) => i.message.en)).toEqual(['task "a" needs 2 reviewers of "局", which has only 1'])
    fromTable(over2[0] ?? (undefined as never))
    expect(review([t("a", { predecessors: ["b"] }), t("b", { predecessors: ["a"] })])).toEqual(["review_cycle"])
  })

  it("parseBpmn: refusals and warnings told from the table", () => {
    const wrap = (body: string): string =>
      `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p"><startEvent id="s"/>${body}</process></definitions>`
    expect(check(parseBpmn(42 as never))).toEqual(["bpmn_not_text"])
    expect(check(parseBpmn(wrap("x".repeat(200)), { maxLength: 100 }))).toEqual(["bpmn_too_large"])
    expect(check(parseBpmn("<!DOCTYPE x><x/>"))).toEqual(["bpmn_doctype_refused"])
    expect(check(parseBpmn(" "))).toEqual(["bpmn_empty"])
    expect(check(parseBpmn("<a>".repeat(200) + "</a>".repeat(200)))).toEqual(["bpmn_too_deep"])
    expect(check(parseBpmn("<definitions><__proto__/></definitions>"))).toEqual(["bpmn_forbidden_name"])
    const malformed = issuesOf(parseBpmn("<definitions><process id='p'><task id='a'></process></definitions>"))
    expect(malformed.map((i) => i.code)).toEqual(["bpmn_malformed"])
    expect(malformed[0]?.message.en).toMatch(/^malformed XML \(line 1, column \d+\): /)
    fromTable(malformed[0] ?? (undefined as never))
    expect(check(parseBpmn("<svg/>"))).toEqual(["bpmn_not_definitions"])
    expect(check(parseBpmn("<definitions/>"))).toEqual(["bpmn_no_process"])
    expect(check(parseBpmn(`<definitions><process id="p"><task id="a"/></process></definitions>`))).toEqual([
      "bpmn_no_start_event"
    ])
    expect(check(parseBpmn(wrap(`<task id="a"/><sequenceFlow id="f0" sourceRef="s" targetRef="zz"/>`)))).toEqual([
      "unknown_reference"
    ])
    const ref = issuesOf(parseBpmn(wrap(`<task id="a"/><sequenceFlow id="f0" sourceRef="s" targetRef="zz"/>`)))
    expect(ref[0]?.message.en).toBe('sequence flow f0 refers to an unknown node "zz"')
    expect(check(parseBpmn(wrap(`<task id="a"><documentation>duration: soon</documentation></task>`)))).toEqual([
      "bpmn_bad_number"
    ])
    const read = parseBpmn(
      wrap(
        `<task id="a" name="甲"/><task id="b"/><textAnnotation id="t"/><sequenceFlow id="f0" sourceRef="s" targetRef="a"/><sequenceFlow id="f1" sourceRef="a" targetRef="b"/>`
      )
    )
    expect(warnings(read)).toEqual(expect.arrayContaining(["bpmn_duration_defaulted", "bpmn_element_ignored"]))
    const ignored = read.ok ? read.value.warnings.find((w) => w.code === "bpmn_element_ignored") : undefined
    expect(ignored?.message.en).toBe(
      "BPMN element textAnnotation t is not part of the flow: a diagram annotation or grouping, with no work in it"
    )
    expect(ignored?.facts).toMatchObject({ element: "textAnnotation", id: "t", contains: [] })
  })

  it("parseBpmn on every modeller's file in the fixtures: every warning and error from the table", () => {
    const dir = new URL("./fixtures/", import.meta.url)
    for (const name of readdirSync(dir).filter((f) => /\.(bpmn|xml)$/.test(f))) {
      const r = parseBpmn(readFileSync(new URL(name, dir), "utf8"))
      for (const issue of [...issuesOf(r), ...(r.ok ? r.value.warnings : [])]) fromTable(issue)
    }
  })

  it("a flow with random breakages: every issue is one the table builds", () => {
    const breakage = fc.constantFrom(
      (i: { steps: Array<Record<string, unknown>> }) => ({ ...i, steps: [...i.steps, { ...i.steps[0] }] }),
      (i: { steps: Array<Record<string, unknown>> }) => ({
        ...i,
        steps: i.steps.map((s, k) => (k === 0 ? { ...s, after: ["nowhere"] } : s))
      }),
      (i: { steps: Array<Record<string, unknown>> }) => ({
        ...i,
        steps: i.steps.map((s, k) => (k === 0 ? { ...s, stage: "nowhere" } : s))
      }),
      (i: { steps: Array<Record<string, unknown>> }) => ({
        ...i,
        steps: i.steps.map((s) => ({ ...s, after: [String(i.steps[i.steps.length - 1]?.id)] }))
      }),
      (i: { steps: Array<Record<string, unknown>> }) => ({ ...i, departments: [{ id: "x", reviewers: 1 }] })
    )
    fc.assert(
      fc.property(arbFlowInput({ maxSteps: 8 }), breakage, (input, breakIt) => {
        const r = parseFlow(breakIt(input as never))
        for (const issue of issuesOf(r)) fromTable(issue)
      }),
      { numRuns: 200 }
    )
  })

  it("the cases above reach all of the table but what only rare BPMN draws", () => {
    const missing = Object.keys(approvalCodes.codes).filter((c) => !seen.has(c))
    // Drawn only by BPMN these cases do not build (sub-process 会签, links, properties…); their sites are
    // typed by the table all the same.
    expect(missing).toEqual([
      "bpmn_unparsable",
      "bpmn_empty_process",
      "bpmn_missing_id",
      "bpmn_multi_instance_scope",
      "bpmn_complex_gateway",
      "bpmn_instances_defaulted",
      "bpmn_flow_incomplete",
      "bpmn_bad_probability",
      "bpmn_link_unmatched",
      "bpmn_join_kind_mismatch",
      "bpmn_bad_property"
    ])
  })
})
