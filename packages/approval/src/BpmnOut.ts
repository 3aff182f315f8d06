/**
 * BPMN 2.0 export: a flow written as BPMN XML with diagram interchange, so
 * that a flow built or changed in tongban opens in bpmn.io and Camunda
 * Modeler, and `parseBpmn` reads it back as the same flow.
 *
 * Glossary:
 * - 泳道 = lane (one per department); 池 = pool (the flow, and one empty
 *   pool per outside party a hand-off reaches)
 * - 分层布局 = layered layout (each node one column right of its latest
 *   predecessor)
 *
 * @since 0.2.0
 */
import type { BoundaryEvent, EventTrigger, Flow, Gateway, Step } from "./Flow.js"

/**
 * Options of {@link toBpmn}.
 *
 * @since 0.2.0
 * @category models
 */
export interface ToBpmnOptions {
  /** Write the diagram (BPMNDiagram with shapes and edges; default true). */
  readonly diagram?: boolean
}

const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,199}$/

/** Escapes text for an XML attribute or element, dropping characters XML 1.0 cannot hold. */
const esc = (text: string): string =>
  xmlChars(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;")

/** Replaces the characters XML 1.0 cannot hold (most control characters, lone surrogates) with U+FFFD. */
const xmlChars = (text: string): string => {
  let out = ""
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0
    const allowed =
      c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000
    out += allowed ? ch : "\uFFFD"
  }
  return out
}

const escText = (text: string): string => esc(text).replace(/&#10;/g, "\n")

const DEFINITION: Record<EventTrigger, string | undefined> = {
  none: undefined,
  timer: "timerEventDefinition",
  message: "messageEventDefinition",
  signal: "signalEventDefinition",
  error: "errorEventDefinition",
  escalation: "escalationEventDefinition",
  conditional: "conditionalEventDefinition",
  compensation: "compensateEventDefinition",
  cancel: "cancelEventDefinition",
  link: "linkEventDefinition"
}

const definitionXml = (trigger: EventTrigger, timer: string | undefined, id: string): string => {
  const element = DEFINITION[trigger]
  if (element === undefined) return ""
  if (trigger === "timer") {
    return timer === undefined
      ? `<bpmn:timerEventDefinition id="${id}_def" />`
      : `<bpmn:timerEventDefinition id="${id}_def"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${escText(timer)}</bpmn:timeDuration></bpmn:timerEventDefinition>`
  }
  if (trigger === "conditional")
    return `<bpmn:conditionalEventDefinition id="${id}_def"><bpmn:condition xsi:type="bpmn:tFormalExpression" /></bpmn:conditionalEventDefinition>`
  if (trigger === "link") return `<bpmn:linkEventDefinition id="${id}_def" name="${id}" />`
  return `<bpmn:${element} id="${id}_def" />`
}

const propertiesXml = (props: ReadonlyArray<readonly [string, string | number | boolean | undefined]>): string => {
  const kept = props.filter((p): p is readonly [string, string | number | boolean] => p[1] !== undefined && p[1] !== "")
  if (kept.length === 0) return ""
  return `<bpmn:extensionElements><camunda:properties>${kept
    .map(([name, value]) => `<camunda:property name="${esc(name)}" value="${esc(String(value))}" />`)
    .join("")}</camunda:properties></bpmn:extensionElements>`
}

const durationProps = (s: Step): ReadonlyArray<readonly [string, string | number]> => {
  const d = s.duration
  if (d.kind === "fixed") return [["duration", d.days]]
  if (d.kind === "triangular")
    return [
      ["durationMin", d.min],
      ["durationMode", d.mode],
      ["durationMax", d.max]
    ]
  return [
    ["durationMu", d.mu],
    ["durationSigma", d.sigma]
  ]
}

const SIZE = {
  task: { w: 100, h: 80 },
  gateway: { w: 50, h: 50 },
  event: { w: 36, h: 36 }
} as const
const COLUMN = 160
const ROW = 120
const POOL_X = 100
const LANE_HEADER = 30

interface Box {
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

/**
 * Writes a flow as BPMN 2.0 XML: one pool with a lane per department,
 * user tasks (call activities, collapsed sub-processes, timer waits and
 * events by their kind), 会签 as multi-instance, boundary events,
 * gateways with their branch conditions, probabilities and default flows,
 * rework loops as sequence flows back (marked `rework`), hand-offs as
 * message flows, and the diagram laid out in layers: each node one column
 * right of its latest predecessor, stacked within its department's lane.
 * Step fields BPMN has no element for (duration, limits, reviewers, trips,
 * matter, stage) are Camunda extension properties, which `parseBpmn` reads,
 * so `parseBpmn(toBpmn(flow))` gives the same flow.
 *
 * @param flow - a validated flow (from `parseFlow` or `parseBpmn`)
 * @returns the BPMN XML text
 *
 * @example
 * ```ts
 * import { parseBpmn, parseFlow, toBpmn } from "@tongban/approval"
 * import { getOrThrow } from "@tongban/core"
 *
 * const flow = getOrThrow(parseFlow({
 *   id: "kaiban",
 *   name: "企业开办",
 *   steps: [
 *     { id: "apply", name: "申请", department: "窗口", duration: 1 },
 *     { id: "license", name: "营业执照", department: "市场监管局", duration: 2, after: ["apply"] }
 *   ]
 * }))
 * const xml = toBpmn(flow)
 * xml.includes('<bpmn:lane id="Lane_1" name="市场监管局">') // true
 * const back = getOrThrow(parseBpmn(xml)).flow
 * back.steps.map((s) => [s.id, s.department, s.days]) // [["apply", "窗口", 1], ["license", "市场监管局", 2]]
 * ```
 *
 * @since 0.2.0
 * @category export
 */
export const toBpmn = (flow: Flow, options?: ToBpmnOptions): string => {
  const used = new Set<string>()
  for (const n of [...flow.steps, ...flow.gateways]) if (NCNAME.test(n.id)) used.add(n.id)
  let counter = 0
  const fresh = (prefix: string): string => {
    let id = `${prefix}_${++counter}`
    while (used.has(id)) id = `${prefix}_${++counter}`
    used.add(id)
    return id
  }
  const xmlIds = new Map<string, string>()
  const xmlId = (id: string, prefix: string): string => {
    const known = xmlIds.get(id)
    if (known !== undefined) return known
    const safe = NCNAME.test(id) && used.has(id) ? id : fresh(prefix)
    xmlIds.set(id, safe)
    return safe
  }
  for (const s of flow.steps) xmlId(s.id, "Step")
  for (const g of flow.gateways) xmlId(g.id, "Gateway")
  const idProp = (id: string): readonly [string, string | undefined] => [
    "tongbanId",
    xmlIds.get(id) === id ? undefined : id
  ]
  const processId = NCNAME.test(flow.id) && !used.has(flow.id) ? flow.id : fresh("Process")
  used.add(processId)
  const stepById = new Map(flow.steps.map((s) => [s.id, s]))
  const gatewayById = new Map(flow.gateways.map((g) => [g.id, g]))

  // Departments and lanes: a gateway sits in the lane of its first predecessor (else successor).
  const departments = [...new Set([...flow.departments.map((d) => d.id), ...flow.steps.map((s) => s.department)])]
  const laneIndex = new Map(departments.map((d, i) => [d, i]))
  const successorsOf = new Map<string, Array<string>>()
  for (const n of [...flow.steps, ...flow.gateways])
    for (const p of n.after) successorsOf.set(p, [...(successorsOf.get(p) ?? []), n.id])
  const laneOf = new Map<string, number>()
  for (const s of flow.steps) laneOf.set(s.id, laneIndex.get(s.department) ?? 0)
  for (const id of flow.order) {
    const g = gatewayById.get(id)
    if (g === undefined) continue
    const before = g.after.map((p) => laneOf.get(p)).find((l) => l !== undefined)
    laneOf.set(id, before ?? 0)
  }
  for (const id of [...flow.order].reverse()) {
    const g = gatewayById.get(id)
    if (g === undefined || g.after.length > 0) continue
    const next = (successorsOf.get(id) ?? []).map((q) => laneOf.get(q)).find((l) => l !== undefined)
    laneOf.set(id, next ?? 0)
  }

  // Layers: the longest path from a start, in the topological order.
  const layer = new Map<string, number>()
  for (const id of flow.order) {
    const node = stepById.get(id) ?? gatewayById.get(id)
    const before = node?.after ?? []
    layer.set(
      id,
      before.reduce((max, p) => Math.max(max, (layer.get(p) ?? 0) + 1), 1)
    )
  }
  const columns = Math.max(1, ...layer.values()) + 2
  const rows = new Map<string, number>()
  const rowsInLane = departments.map(() => 1)
  const filled = new Map<string, number>()
  for (const id of flow.order) {
    const key = `${laneOf.get(id) ?? 0}:${layer.get(id) ?? 0}`
    const row = filled.get(key) ?? 0
    filled.set(key, row + 1)
    rows.set(id, row)
    const lane = laneOf.get(id) ?? 0
    rowsInLane[lane] = Math.max(rowsInLane[lane] ?? 1, row + 1)
  }
  const laneTop: Array<number> = []
  let top = 80
  for (let i = 0; i < Math.max(1, departments.length); i++) {
    laneTop.push(top)
    top += (rowsInLane[i] ?? 1) * ROW
  }
  const poolWidth = LANE_HEADER + columns * COLUMN + 40
  const boxes = new Map<string, Box>()
  const place = (id: string, kind: keyof typeof SIZE, lane: number, column: number, row: number): Box => {
    const { w, h } = SIZE[kind]
    const cx = POOL_X + LANE_HEADER + 40 + column * COLUMN + 50
    const cy = (laneTop[lane] ?? 80) + row * ROW + ROW / 2
    const box = { x: cx - w / 2, y: cy - h / 2, w, h }
    boxes.set(id, box)
    return box
  }
  const kindOf = (s: Step): keyof typeof SIZE => (s.kind === "wait" || s.kind === "event" ? "event" : "task")
  for (const id of flow.order) {
    const s = stepById.get(id)
    place(id, s === undefined ? "gateway" : kindOf(s), laneOf.get(id) ?? 0, layer.get(id) ?? 1, rows.get(id) ?? 0)
  }
  const startId = fresh("StartEvent")
  const endId = fresh("EndEvent")
  const firstLane = laneOf.get(flow.start[0] ?? "") ?? 0
  place(startId, "event", firstLane, 0, 0)
  const sinks = flow.order.filter((id) => (successorsOf.get(id) ?? []).length === 0)
  const lastLane = laneOf.get(sinks[sinks.length - 1] ?? "") ?? 0
  place(endId, "event", lastLane, columns - 1, 0)

  // Semantic elements.
  const out: Array<string> = []
  const flows: Array<{ id: string; from: string; to: string; back: boolean }> = []
  const flowId = (): string => fresh("Flow")
  const triggers = flow.triggers
  const mainStart = triggers[0]
  const startXml = (
    id: string,
    name: string | undefined,
    trigger: EventTrigger,
    timer: string | undefined,
    original: string | undefined
  ): string =>
    `<bpmn:startEvent id="${id}"${name === undefined ? "" : ` name="${esc(name)}"`}>${propertiesXml([["tongbanId", original === id ? undefined : original]])}${definitionXml(trigger, timer, id)}</bpmn:startEvent>`
  const triggerIds = triggers.map((_, i) => (i === 0 ? startId : fresh("StartEvent")))
  triggers.forEach((t, i) => {
    out.push(startXml(triggerIds[i] ?? startId, t.name, t.trigger, t.timer, t.id))
  })
  if (mainStart === undefined) out.push(startXml(startId, undefined, "none", undefined, undefined))
  for (const id of flow.start) flows.push({ id: flowId(), from: startId, to: xmlIds.get(id) ?? id, back: false })
  for (const s of flow.steps) out.push(stepXml(s, xmlIds.get(s.id) ?? s.id, idProp(s.id)))
  const boundaryIds = new Map<string, Array<string>>()
  for (const s of flow.steps) {
    s.events.forEach((e, k) => {
      const id = NCNAME.test(e.id) && !used.has(e.id) ? e.id : fresh("Boundary")
      used.add(id)
      boundaryIds.set(s.id, [...(boundaryIds.get(s.id) ?? []), id])
      out.push(boundaryXml(e, id, xmlIds.get(s.id) ?? s.id))
      const host = boxes.get(s.id)
      if (host !== undefined) boxes.set(id, { x: host.x + host.w - 18 - k * 40, y: host.y + host.h - 18, w: 36, h: 36 })
    })
  }
  const defaultFlows = new Map<string, string>()
  const branchOf = new Map<string, Gateway["branches"][number]>()
  for (const g of flow.gateways) for (const b of g.branches) branchOf.set(`${g.id}\u0000${b.to}`, b)
  // Sequence flows in the order parseFlow meets them: each node's predecessors in turn.
  for (const n of [...flow.steps, ...flow.gateways]) {
    for (const p of n.after) {
      const id = flowId()
      const b = branchOf.get(`${p}\u0000${n.id}`)
      if (b?.isDefault === true) defaultFlows.set(p, id)
      flows.push({ id, from: xmlIds.get(p) ?? p, to: xmlIds.get(n.id) ?? n.id, back: false })
      const props = propertiesXml([["probability", b === undefined ? undefined : b.probability]])
      const condition =
        b?.condition === undefined
          ? ""
          : `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${escText(b.condition)}</bpmn:conditionExpression>`
      out.push(
        `<bpmn:sequenceFlow id="${id}" sourceRef="${xmlIds.get(p) ?? p}" targetRef="${xmlIds.get(n.id) ?? n.id}">${props}${condition}</bpmn:sequenceFlow>`
      )
    }
  }
  for (const g of flow.gateways) out.push(gatewayXml(g, xmlIds.get(g.id) ?? g.id, idProp(g.id), defaultFlows.get(g.id)))
  for (const id of sinks) {
    const f = flowId()
    flows.push({ id: f, from: xmlIds.get(id) ?? id, to: endId, back: false })
    out.push(`<bpmn:sequenceFlow id="${f}" sourceRef="${xmlIds.get(id) ?? id}" targetRef="${endId}" />`)
  }
  if (flow.order.length === 0) {
    const f = flowId()
    flows.push({ id: f, from: startId, to: endId, back: false })
    out.push(`<bpmn:sequenceFlow id="${f}" sourceRef="${startId}" targetRef="${endId}" />`)
  }
  for (const id of flow.start) {
    const f = flows.find((x) => x.from === startId && x.to === (xmlIds.get(id) ?? id))
    if (f !== undefined) out.push(`<bpmn:sequenceFlow id="${f.id}" sourceRef="${startId}" targetRef="${f.to}" />`)
  }
  out.push(`<bpmn:endEvent id="${endId}" />`)
  const backPairs = new Set<string>()
  for (const r of flow.rework) {
    // A loop through rework steps (via) goes back from the last of them.
    const source = r.via?.[r.via.length - 1] ?? r.from
    if (r.via === undefined && backPairs.has(`${source}\u0000${r.to}`)) continue
    backPairs.add(`${source}\u0000${r.to}`)
    const id = NCNAME.test(r.id) && !used.has(r.id) ? r.id : fresh("Rework")
    used.add(id)
    const from = xmlIds.get(source) ?? source
    const to = xmlIds.get(r.to) ?? r.to
    flows.push({ id, from, to, back: true })
    const condition =
      r.condition === undefined
        ? ""
        : `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${escText(r.condition)}</bpmn:conditionExpression>`
    out.push(
      `<bpmn:sequenceFlow id="${id}"${r.name === undefined ? "" : ` name="${esc(r.name)}"`} sourceRef="${from}" targetRef="${to}">${propertiesXml(
        [
          ["tongbanId", id === r.id ? undefined : r.id],
          ["rework", "true"],
          ["probability", r.probability],
          ["reworkFrom", r.via === undefined ? undefined : r.from],
          ["reworkVia", r.via?.join(",")]
        ]
      )}${condition}</bpmn:sequenceFlow>`
    )
  }

  // Lanes.
  const lanes = departments.map((d, i) => {
    const refs = flow.order.filter((id) => (laneOf.get(id) ?? 0) === i).map((id) => xmlIds.get(id) ?? id)
    if (i === firstLane) refs.push(startId, ...triggerIds.slice(1))
    if (i === lastLane) refs.push(endId)
    for (const s of flow.steps) if ((laneOf.get(s.id) ?? 0) === i) refs.push(...(boundaryIds.get(s.id) ?? []))
    return `<bpmn:lane id="Lane_${i}" name="${esc(d)}">${refs.map((r) => `<bpmn:flowNodeRef>${r}</bpmn:flowNodeRef>`).join("")}</bpmn:lane>`
  })
  const processProps = propertiesXml([
    ["tongbanId", processId === flow.id ? undefined : flow.id],
    ["promised", flow.promised],
    ["tongban.stages", flow.stages.length === 0 ? undefined : JSON.stringify(flow.stages)],
    ["tongban.departments", JSON.stringify(flow.departments.map((d) => ({ ...d })))]
  ])

  // Collaboration: the flow's pool, and one empty pool per outside party of a hand-off.
  const participant = fresh("Participant")
  const outside = new Map<string, string>()
  const endOf = (ref: string): string => {
    const step = xmlIds.get(ref)
    if (step !== undefined && stepById.has(ref)) return step
    const known = outside.get(ref)
    if (known !== undefined) return known
    const id = fresh("Participant")
    outside.set(ref, id)
    return id
  }
  const messages = flow.handoffs.map((h) => {
    const id = NCNAME.test(h.id) && !used.has(h.id) ? h.id : fresh("MessageFlow")
    used.add(id)
    const from = endOf(h.from)
    const to = endOf(h.to)
    return {
      id,
      from,
      to,
      xml: `<bpmn:messageFlow id="${id}"${h.name === undefined ? "" : ` name="${esc(h.name)}"`} sourceRef="${from}" targetRef="${to}">${propertiesXml(
        [
          ["tongbanId", id === h.id ? undefined : h.id],
          ["fromDepartment", h.fromDepartment],
          ["toDepartment", h.toDepartment],
          ["dependency", "false"]
        ]
      )}</bpmn:messageFlow>`
    }
  })
  const poolHeight = Math.max(ROW, top - 80)
  const outsideTop = 80 + poolHeight + 60
  const outsideBoxes = new Map<string, Box>()
  ;[...outside.values()].forEach((id, i) => {
    outsideBoxes.set(id, { x: POOL_X, y: outsideTop + i * 100, w: poolWidth, h: 60 })
  })
  const definitionsId = fresh("Definitions")
  const collaborationId = fresh("Collaboration")
  const xml: Array<string> = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="${definitionsId}" targetNamespace="https://github.com/tongban/tongban/bpmn" exporter="tongban" exporterVersion="0.2.0">`,
    `<bpmn:collaboration id="${collaborationId}">`,
    `<bpmn:participant id="${participant}" name="${esc(flow.name)}" processRef="${processId}" />`,
    ...[...outside].map(([name, id]) => `<bpmn:participant id="${id}" name="${esc(name)}" />`),
    ...messages.map((m) => m.xml),
    `</bpmn:collaboration>`,
    `<bpmn:process id="${processId}" name="${esc(flow.name)}" isExecutable="false">`,
    processProps,
    `<bpmn:laneSet id="${fresh("LaneSet")}">${lanes.join("")}</bpmn:laneSet>`,
    ...out,
    `</bpmn:process>`
  ]
  if (options?.diagram !== false) {
    const shapes: Array<string> = []
    const bounds = (b: Box): string => `<dc:Bounds x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" />`
    shapes.push(
      `<bpmndi:BPMNShape id="${participant}_di" bpmnElement="${participant}" isHorizontal="true">${bounds({ x: POOL_X, y: 80, w: poolWidth, h: poolHeight })}</bpmndi:BPMNShape>`
    )
    departments.forEach((_, i) => {
      shapes.push(
        `<bpmndi:BPMNShape id="Lane_${i}_di" bpmnElement="Lane_${i}" isHorizontal="true">${bounds({ x: POOL_X + LANE_HEADER, y: laneTop[i] ?? 80, w: poolWidth - LANE_HEADER, h: (rowsInLane[i] ?? 1) * ROW })}</bpmndi:BPMNShape>`
      )
    })
    for (const [id, box] of outsideBoxes)
      shapes.push(
        `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}" isHorizontal="true">${bounds(box)}</bpmndi:BPMNShape>`
      )
    for (const [id, box] of boxes) {
      const element = xmlIds.get(id) ?? id
      const gateway = gatewayById.has(id)
      const expanded = stepById.get(id)?.kind === "subprocess" ? ` isExpanded="false"` : ""
      shapes.push(
        `<bpmndi:BPMNShape id="${element}_di" bpmnElement="${element}"${gateway ? ` isMarkerVisible="true"` : ""}${expanded}>${bounds(box)}</bpmndi:BPMNShape>`
      )
    }
    triggerIds.slice(1).forEach((id, i) => {
      shapes.push(
        `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}">${bounds({ x: POOL_X + LANE_HEADER + 10, y: (laneTop[firstLane] ?? 80) + 70 + i * 50, w: 36, h: 36 })}</bpmndi:BPMNShape>`
      )
    })
    const boxByXml = new Map<string, Box>()
    for (const [id, box] of boxes) boxByXml.set(xmlIds.get(id) ?? id, box)
    const edges: Array<string> = []
    for (const f of flows) {
      const a = boxByXml.get(f.from)
      const b = boxByXml.get(f.to)
      if (a === undefined || b === undefined) continue
      const points = f.back
        ? [
            [a.x + a.w / 2, a.y + a.h],
            [a.x + a.w / 2, a.y + a.h + 25],
            [b.x + b.w / 2, a.y + a.h + 25],
            [b.x + b.w / 2, b.y + b.h]
          ]
        : route(a, b)
      edges.push(
        `<bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}">${points.map(([x, y]) => `<di:waypoint x="${x}" y="${y}" />`).join("")}</bpmndi:BPMNEdge>`
      )
    }
    for (const m of messages) {
      const a = boxByXml.get(m.from) ?? outsideBoxes.get(m.from)
      const b = boxByXml.get(m.to) ?? outsideBoxes.get(m.to)
      if (a === undefined || b === undefined) continue
      const x = outsideBoxes.has(m.from) ? b.x + b.w / 2 : a.x + a.w / 2
      const [y1, y2] = a.y < b.y ? [a.y + a.h, b.y] : [a.y, b.y + b.h]
      edges.push(
        `<bpmndi:BPMNEdge id="${m.id}_di" bpmnElement="${m.id}"><di:waypoint x="${x}" y="${y1}" /><di:waypoint x="${x}" y="${y2}" /></bpmndi:BPMNEdge>`
      )
    }
    xml.push(
      `<bpmndi:BPMNDiagram id="${fresh("BPMNDiagram")}"><bpmndi:BPMNPlane id="${fresh("BPMNPlane")}" bpmnElement="${collaborationId}">${shapes.join("")}${edges.join("")}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>`
    )
  }
  xml.push(`</bpmn:definitions>`, "")
  return xml.join("\n")
}

/** An orthogonal route from the right of `a` to the left of `b`. */
const route = (a: Box, b: Box): ReadonlyArray<readonly [number, number]> => {
  const x1 = a.x + a.w
  const y1 = a.y + a.h / 2
  const x2 = b.x
  const y2 = b.y + b.h / 2
  if (y1 === y2)
    return [
      [x1, y1],
      [x2, y2]
    ]
  const mid = x2 > x1 ? Math.round((x1 + x2) / 2) : x1 + 20
  return [
    [x1, y1],
    [mid, y1],
    [mid, y2],
    [x2, y2]
  ]
}

const stepXml = (s: Step, id: string, idProp: readonly [string, string | undefined]): string => {
  const props = propertiesXml([
    idProp,
    ...durationProps(s),
    ["department", s.department],
    ["statutory", s.statutory],
    ["promised", s.promised],
    ["reviewers", s.reviewers],
    ["trips", s.trips],
    ["matter", s.matter],
    ["stage", s.stage],
    ["jointReview", s.jointReview],
    ["commitment", s.commitment],
    ["role", s.role]
  ])
  const doc = s.description === undefined ? "" : `<bpmn:documentation>${escText(s.description)}</bpmn:documentation>`
  const name = ` name="${esc(s.name)}"`
  if (s.kind === "wait" || s.kind === "event") {
    const trigger = s.trigger ?? (s.kind === "wait" ? "timer" : "none")
    const element = trigger === "none" ? "intermediateThrowEvent" : "intermediateCatchEvent"
    return `<bpmn:${element} id="${id}"${name}>${doc}${props}${definitionXml(trigger, s.timer, id)}</bpmn:${element}>`
  }
  const element = s.kind === "call" ? "callActivity" : s.kind === "subprocess" ? "subProcess" : "userTask"
  const groups = s.candidateGroups.length === 0 ? "" : ` camunda:candidateGroups="${esc(s.candidateGroups.join(","))}"`
  const mi = s.multiInstance
  const loop =
    mi === undefined
      ? ""
      : `<bpmn:multiInstanceLoopCharacteristics isSequential="${mi.mode === "sequential"}"${mi.collection === undefined ? "" : ` camunda:collection="${esc(mi.collection)}"`}${mi.elementVariable === undefined ? "" : ` camunda:elementVariable="${esc(mi.elementVariable)}"`}><bpmn:loopCardinality xsi:type="bpmn:tFormalExpression">${mi.instances}</bpmn:loopCardinality>${mi.completion === undefined ? "" : `<bpmn:completionCondition xsi:type="bpmn:tFormalExpression">${escText(mi.completion)}</bpmn:completionCondition>`}</bpmn:multiInstanceLoopCharacteristics>`
  return `<bpmn:${element} id="${id}"${name}${groups}>${doc}${props}${loop}</bpmn:${element}>`
}

const boundaryXml = (e: BoundaryEvent, id: string, host: string): string =>
  `<bpmn:boundaryEvent id="${id}"${e.name === undefined ? "" : ` name="${esc(e.name)}"`} attachedToRef="${host}" cancelActivity="${e.interrupting}">${propertiesXml(
    [
      ["tongbanId", id === e.id ? undefined : e.id],
      ["days", e.days]
    ]
  )}${definitionXml(e.trigger, e.timer, id)}</bpmn:boundaryEvent>`

const gatewayXml = (
  g: Gateway,
  id: string,
  idProp: readonly [string, string | undefined],
  defaultFlow: string | undefined
): string => {
  const element = g.eventBased
    ? "eventBasedGateway"
    : g.kind === "parallel"
      ? "parallelGateway"
      : g.kind === "inclusive"
        ? "inclusiveGateway"
        : "exclusiveGateway"
  const props = propertiesXml([idProp, ["gatewayRole", g.role], ["fork", g.fork], ["stage", g.stage]])
  return `<bpmn:${element} id="${id}"${g.name === undefined ? "" : ` name="${esc(g.name)}"`}${defaultFlow === undefined || element === "eventBasedGateway" ? "" : ` default="${defaultFlow}"`}>${props}</bpmn:${element}>`
}
