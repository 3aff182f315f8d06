import type { FlowInput } from "@tongban/approval"
import * as fc from "fast-check"

const name = fc.constantFrom(
  "受理",
  "审查",
  "会签",
  "驳回后修改",
  "现场踏勘",
  "核发证照",
  "Review & sign <A>",
  '公示 "七日"'
)
const department = fc.constantFrom("县政务服务中心", "县住房和城乡建设局", "县消防救援大队", "dept-1")
const id = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/)

const stepExtras = fc.record(
  {
    statutory: fc.integer({ min: 0, max: 60 }),
    promised: fc.integer({ min: 0, max: 30 }),
    reviewers: fc.integer({ min: 1, max: 5 }),
    trips: fc.integer({ min: 0, max: 3 }),
    matter: fc.constantFrom("000115001000", "11451023MB0000000X"),
    jointReview: fc.constantFrom("施工图联合审查"),
    commitment: fc.boolean(),
    role: fc.constantFrom("窗口人员", "科长, 副局长"),
    candidateGroups: fc.constantFrom("window", "fire,plan").map((g) => g.split(",")),
    description: fc.constantFrom("收件并核对材料", "按《行政许可法》第四十二条办理"),
    multiInstance: fc.oneof(
      fc.record({ mode: fc.constant("parallel" as const), instances: fc.integer({ min: 1, max: 9 }) }),
      fc.record(
        {
          mode: fc.constant("sequential" as const),
          instances: fc.integer({ min: 1, max: 4 }),
          collection: fc.constant("reviewerList"),
          elementVariable: fc.constant("reviewer"),
          completion: fc.constant("nrOfCompletedInstances == nrOfInstances")
        },
        { requiredKeys: ["mode", "instances"] }
      )
    ),
    events: fc.constant([
      { id: "timer_x", name: "超时督办", trigger: "timer" as const, interrupting: false, timer: "P5D", days: 5 }
    ])
  },
  { requiredKeys: [] }
)

const duration = fc.oneof(
  fc.integer({ min: 0, max: 20 }),
  fc
    .tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }))
    .map(([a, b, c]) => {
      const [min, mode, max] = [a, a + b, a + b + c]
      return { kind: "triangular" as const, min, mode: mode + 0.5, max: max + 1 }
    }),
  fc.record({
    kind: fc.constant("lognormal" as const),
    mu: fc.constantFrom(0.5, 1.25, -0.75),
    sigma: fc.constantFrom(0.25, 0.5)
  })
)

/**
 * A random flow with what BPMN can carry: steps of every kind with their
 * fields, a fork and join of a random kind, a rework loop, hand-offs and a
 * trigger, and stages.
 */
export const arbBpmnFlow = (): fc.Arbitrary<FlowInput> =>
  fc
    .integer({ min: 1, max: 8 })
    .chain((n) =>
      fc.record({
        ids: fc.uniqueArray(id, { minLength: n + 4, maxLength: n + 4 }),
        names: fc.array(name, { minLength: n + 3, maxLength: n + 3 }),
        departments: fc.array(department, { minLength: n + 3, maxLength: n + 3 }),
        durations: fc.array(duration, { minLength: n + 3, maxLength: n + 3 }),
        extras: fc.array(stepExtras, { minLength: n + 3, maxLength: n + 3 }),
        picks: fc.array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: n, maxLength: n }),
        kinds: fc.array(fc.constantFrom("task", "task", "call", "subprocess", "wait", "event"), {
          minLength: n,
          maxLength: n
        }),
        gateway: fc.constantFrom("parallel", "exclusive", "inclusive", "event"),
        probability: fc.constantFrom(0.25, 0.5, 0.7),
        condition: fc.constantFrom(undefined, "\u0024{approved == false}"),
        rework: fc.option(fc.record({ at: fc.nat(), back: fc.nat(), probability: fc.constantFrom(0.1, 0.35) }), {
          nil: undefined
        }),
        promised: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
        handoff: fc.boolean(),
        trigger: fc.boolean(),
        stage: fc.boolean()
      })
    )
    .map((r) => {
      const n = r.picks.length
      const sid = (i: number): string => `s${i}_${r.ids[i] ?? i}`
      const steps: Array<NonNullable<FlowInput["steps"]>[number]> = []
      for (let i = 0; i < n + 3; i++) {
        const kind = i < n ? (r.kinds[i] ?? "task") : "task"
        const { events, ...extras } = r.extras[i] ?? {}
        const plain = kind === "wait" || kind === "event"
        steps.push({
          id: sid(i),
          name: r.names[i] ?? "环节",
          department: r.departments[i] ?? "d",
          duration: plain ? (typeof r.durations[i] === "number" ? (r.durations[i] ?? 0) : 1) : (r.durations[i] ?? 1),
          ...(kind === "task" ? {} : { kind }),
          ...(kind === "wait" ? { trigger: "timer" as const, timer: "P3D" } : {}),
          ...(kind === "event" ? { trigger: "message" as const } : {}),
          ...(plain
            ? { ...(extras.statutory === undefined ? {} : { statutory: extras.statutory }) }
            : {
                ...extras,
                ...(events === undefined ? {} : { events: events.map((e) => ({ ...e, id: `${e.id}${i}` })) }),
                ...(r.stage && i === 0 ? { stage: "phase_1" } : {})
              }),
          after: i === 0 || i >= n ? [] : [...new Set((r.picks[i] ?? []).map((p) => sid(p % i)))]
        })
      }
      // A fork after the last random step, two branches, a join and a tail.
      const last = sid(n - 1)
      const fork = `g_${r.ids[n + 3] ?? "x"}`
      const kind = r.gateway === "event" ? "exclusive" : r.gateway
      const a = steps[n]
      const b = steps[n + 1]
      const tail = steps[n + 2]
      if (a !== undefined) steps[n] = { ...a, after: [fork] }
      if (b !== undefined) steps[n + 1] = { ...b, after: [fork] }
      if (tail !== undefined) steps[n + 2] = { ...tail, after: [`${fork}#join`] }
      const gateways: NonNullable<FlowInput["gateways"]> = [
        {
          id: fork,
          name: "是否通过",
          kind,
          role: "fork",
          after: [last],
          ...(r.gateway === "event" ? { eventBased: true } : {}),
          ...(kind === "exclusive"
            ? {
                branches: [
                  {
                    to: sid(n),
                    probability: r.probability,
                    ...(r.condition === undefined || r.gateway === "event" ? {} : { condition: r.condition })
                  },
                  {
                    to: sid(n + 1),
                    probability: 1 - r.probability,
                    ...(r.gateway === "event" ? {} : { isDefault: true })
                  }
                ]
              }
            : kind === "inclusive"
              ? {
                  branches: [
                    { to: sid(n), probability: r.probability },
                    { to: sid(n + 1), probability: 1 }
                  ]
                }
              : {})
        },
        { id: `${fork}#join`, kind, role: "join", fork, after: [sid(n), sid(n + 1)] }
      ]
      const order = [...Array.from({ length: n }, (_, i) => i), n, n + 2]
      const at = r.rework === undefined ? undefined : (order[r.rework.at % order.length] ?? 0)
      const rework =
        r.rework === undefined || at === undefined
          ? []
          : [
              {
                id: "reject",
                name: "驳回",
                from: sid(at),
                to: sid(at === n + 2 ? n : at === n ? n - 1 : r.rework.back % (at + 1)),
                probability: r.rework.probability
              }
            ]
      return {
        id: `flow-${r.ids[0] ?? "f"}`,
        name: "随机 BPMN 流程",
        ...(r.promised === undefined ? {} : { promised: r.promised }),
        stages: r.stage ? [{ id: "phase_1", name: "立项用地规划许可" }] : [],
        steps,
        gateways,
        ...(rework.length === 0 || !isAncestor(steps, gateways, rework[0]?.to ?? "", rework[0]?.from ?? "")
          ? {}
          : { rework }),
        ...(r.handoff
          ? {
              handoffs: [
                {
                  id: "m1",
                  name: "补正通知",
                  from: sid(0),
                  to: "申请人",
                  fromDepartment: "窗口",
                  toDepartment: "申请人"
                }
              ]
            }
          : {}),
        ...(r.trigger ? { triggers: [{ id: "start_msg", name: "收到申请", trigger: "message" as const }] } : {})
      }
    })

const isAncestor = (
  steps: ReadonlyArray<{ readonly id: string; readonly after?: ReadonlyArray<string> | undefined }>,
  gateways: ReadonlyArray<{ readonly id: string; readonly after?: ReadonlyArray<string> | undefined }>,
  ancestor: string,
  of: string
): boolean => {
  if (ancestor === of) return true
  const preds = new Map([...steps, ...gateways].map((n) => [n.id, n.after ?? []]))
  const stack = [...(preds.get(of) ?? [])]
  const seen = new Set<string>()
  while (stack.length > 0) {
    const next = stack.pop()
    if (next === undefined || seen.has(next)) continue
    if (next === ancestor) return true
    seen.add(next)
    stack.push(...(preds.get(next) ?? []))
  }
  return false
}
