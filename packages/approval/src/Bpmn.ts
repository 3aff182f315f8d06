/**
 * BPMN 2.0 import: the XML that Activiti, Flowable, Camunda 7 and 8,
 * bpmn.io and Signavio write, turned into a flow.
 *
 * Glossary:
 * - 泳道 = lane (read as the department, 部门); 池 = pool (participant)
 * - 开始事件 / 结束事件 = start / end event; 任务 = task
 * - 顺序流 = sequence flow; 消息流 = message flow (a hand-off, 移交)
 * - 并行网关 / 排他网关 / 包容网关 / 事件网关 = parallel / exclusive /
 *   inclusive / event-based gateway
 * - 子流程 = sub-process; 调用活动 = call activity; 会签 = multi-instance
 * - 边界事件 = boundary event (a boundary timer: the step's time limit,
 *   its escalation 督办 an exclusive branch after it)
 * - 驳回 / 返工 = rejection / rework (a loop back to an earlier step)
 * - 办理时限 = handling time (a task's duration, in working days)
 *
 * Every element is modelled or named in a `bpmn_element_ignored` warning
 * (its id, its type and why); diagram interchange, data objects, data
 * associations and vendor extensions are read past. Only what is not BPMN,
 * unsafe (DOCTYPE or entities, oversize, nesting too deep, prototype names)
 * or unbuildable (no start event, dangling references, a loop that no path
 * leaves) is refused. The element-by-element table is in docs/approval.md.
 *
 * A task's duration, department, statutory and promised limits, reviewers,
 * trips and matter code come from extension properties (`camunda:property`,
 * `zeebe:property`, `flowable:field`, `activiti:field`, or any `property`
 * with `name` and `value`) or from `key: value` lines in its documentation;
 * a branch's probability likewise from its sequence flow.
 *
 * @since 0.1.0
 */
import { codeIssue, fail, type Issue, ok, type PathSegment, type Result, sortIssues, validate } from "@tongban/core"
import { XMLParser, XMLValidator } from "fast-xml-parser"
import {
  type BoundaryEvent,
  type EventTrigger,
  type Flow,
  type FlowInput,
  FlowInputSchema,
  type MultiInstance,
  parseFlow,
  type StepInputSchema
} from "./Flow.js"
import type * as z from "zod"
import { bpmnCodes, flowCodes } from "./IssueCodes.js"

type StepInput = z.input<typeof StepInputSchema>
type GatewayIn = NonNullable<FlowInput["gateways"]>[number]
type StageIn = NonNullable<FlowInput["stages"]>[number]
type ReworkIn = NonNullable<FlowInput["rework"]>[number]
type HandoffIn = NonNullable<FlowInput["handoffs"]>[number]
type TriggerIn = NonNullable<FlowInput["triggers"]>[number]
type XmlNode = Readonly<Record<string, unknown>>

/**
 * Options of {@link parseBpmn}.
 *
 * @since 0.1.0
 * @category models
 */
export interface BpmnOptions {
  /** Working days of a task that states none (default 1; a warning says so). */
  readonly defaultDuration?: number
  /**
   * Probability of a rework loop whose sequence flow states none (default
   * 0.1; the loop's warning says which was used).
   */
  readonly reworkProbability?: number
  /** Instances of a 会签 whose number the file does not give (default 2; a warning says so). */
  readonly defaultInstances?: number
  /** Longest accepted XML, in characters (default 16 MiB). */
  readonly maxLength?: number
  /** Deepest accepted element nesting (default 100). */
  readonly maxDepth?: number
  /** Id of the flow (default: the process id). */
  readonly id?: string
  /** Name of the flow (default: the process name, else its id). */
  readonly name?: string
}

/**
 * A flow read from BPMN, with the warnings that did not stop the import:
 * defaulted durations and departments, rework loops (with their path),
 * ignored elements (each with its id, type and why).
 *
 * @since 0.1.0
 * @category models
 */
export interface BpmnImport {
  readonly flow: Flow
  readonly warnings: ReadonlyArray<Issue>
}

const TASKS = new Set([
  "task",
  "userTask",
  "serviceTask",
  "manualTask",
  "scriptTask",
  "businessRuleTask",
  "sendTask",
  "receiveTask",
  "callActivity"
])
const SCOPES = new Set(["subProcess", "transaction", "adHocSubProcess"])
const GATEWAYS = new Set([
  "parallelGateway",
  "exclusiveGateway",
  "inclusiveGateway",
  "eventBasedGateway",
  "complexGateway"
])
const FLOW_NODES = new Set([
  ...TASKS,
  ...SCOPES,
  ...GATEWAYS,
  "startEvent",
  "endEvent",
  "intermediateCatchEvent",
  "intermediateThrowEvent",
  "boundaryEvent"
])
/** Read past without a word: data, diagram and vendor detail, and what is read elsewhere. */
const SILENT = new Set([
  "laneSet",
  "sequenceFlow",
  "documentation",
  "extensionElements",
  "ioSpecification",
  "property",
  "dataObject",
  "dataObjectReference",
  "dataStoreReference",
  "association",
  "dataInputAssociation",
  "dataOutputAssociation",
  "dataInput",
  "dataOutput",
  "inputSet",
  "outputSet",
  "incoming",
  "outgoing",
  "conditionExpression",
  "categoryValueRef",
  "auditing",
  "monitoring",
  "script",
  "rendering",
  "ioBinding",
  "supports"
])
/** Read as a warning: artifacts that carry no work. */
const ARTIFACTS = new Set(["textAnnotation", "group", "category"])
const RESOURCES = new Set(["potentialOwner", "performer", "humanPerformer", "resourceRole"])
const LOOPS = new Set(["multiInstanceLoopCharacteristics", "standardLoopCharacteristics", "loopCharacteristics"])
const TRIGGERS: ReadonlyArray<readonly [string, EventTrigger]> = [
  ["timerEventDefinition", "timer"],
  ["messageEventDefinition", "message"],
  ["signalEventDefinition", "signal"],
  ["errorEventDefinition", "error"],
  ["escalationEventDefinition", "escalation"],
  ["conditionalEventDefinition", "conditional"],
  ["compensateEventDefinition", "compensation"],
  ["cancelEventDefinition", "cancel"],
  ["linkEventDefinition", "link"],
  ["terminateEventDefinition", "none"]
]
const TRIGGER_ELEMENTS = new Set([...TRIGGERS.map(([name]) => name), "eventDefinitionRef"])
/** Top-level definitions that declare things without adding work. */
const DEFINITION_CHILDREN = new Set([
  "process",
  "collaboration",
  "BPMNDiagram",
  "message",
  "signal",
  "error",
  "escalation",
  "itemDefinition",
  "dataStore",
  "category",
  "documentation",
  "extensionElements",
  "import",
  "interface",
  "resource",
  "eventDefinition",
  "timerEventDefinition",
  "messageEventDefinition",
  "signalEventDefinition",
  "errorEventDefinition",
  "escalationEventDefinition",
  "conditionalEventDefinition"
])

const FORBIDDEN =
  /<\/?\s*(?:[A-Za-z_][\w.-]*:)?(?:__proto__|constructor|prototype)[\s/>]|\s(?:[A-Za-z_][\w.-]*:)?(?:__proto__|constructor|prototype)\s*=/

const isNode = (value: unknown): value is XmlNode =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const kids = (node: XmlNode, name: string): ReadonlyArray<XmlNode> => {
  const value = node[name]
  if (Array.isArray(value)) return value.filter(isNode)
  return isNode(value) ? [value] : []
}

/** Decodes numeric character references (`&#10;`, `&#x4E2D;`) the parser leaves. */
const decodeRefs = (text: string): string =>
  text.replace(/&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});/g, (whole, code: string) => {
    const point = code.startsWith("x") ? Number.parseInt(code.slice(1), 16) : Number.parseInt(code, 10)
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole
  })

const attr = (node: XmlNode, name: string): string | undefined => {
  const value = node[`@_${name}`]
  return typeof value === "string" ? decodeRefs(value) : undefined
}

const textOf = (node: XmlNode): string => {
  const value = node["#text"]
  return typeof value === "string" ? decodeRefs(value) : typeof value === "number" ? String(value) : ""
}

const elementNames = (node: XmlNode): ReadonlyArray<string> =>
  Object.keys(node).filter((k) => !k.startsWith("@_") && k !== "#text")

/** Nesting depth of the elements in `xml`, stopping early past `limit`. */
const nestingDepth = (xml: string, limit: number): number => {
  let depth = 0
  let max = 0
  let i = xml.indexOf("<")
  while (i >= 0 && i < xml.length) {
    const next = xml[i + 1]
    const close = xml.indexOf(">", i)
    if (close < 0) break
    if (next === "/") depth--
    else if (next !== "?" && next !== "!" && xml[close - 1] !== "/") {
      depth++
      if (depth > max) max = depth
      if (max > limit) return max
    }
    i = xml.indexOf("<", close)
  }
  return max
}

/** Key–value pairs of a node's extension properties and documentation. */
const propertiesOf = (node: XmlNode): ReadonlyMap<string, string> => {
  const out = new Map<string, string>()
  for (const doc of kids(node, "documentation")) {
    for (const line of textOf(doc).split(/[\n;；]/)) {
      const m = /^\s*([\p{L}\w]+)\s*[:：=]\s*(.+?)\s*$/u.exec(line)
      if (m?.[1] !== undefined && m[2] !== undefined) out.set(m[1].toLowerCase(), m[2])
    }
  }
  for (const ext of kids(node, "extensionElements")) {
    const holders = [ext, ...kids(ext, "properties")]
    for (const holder of holders) {
      for (const p of kids(holder, "property")) {
        const name = attr(p, "name")
        const value = attr(p, "value") ?? textOf(p)
        if (name !== undefined && value !== "") out.set(name.toLowerCase(), value)
      }
    }
    for (const meta of kids(ext, "signavioMetaData")) {
      const name = attr(meta, "metaKey")
      const value = attr(meta, "metaValue")
      if (name !== undefined && value !== undefined && value !== "") out.set(name.toLowerCase(), value)
    }
    for (const field of kids(ext, "field")) {
      const name = attr(field, "name")
      const inner = [...kids(field, "string"), ...kids(field, "expression")][0]
      const value =
        attr(field, "stringValue") ?? attr(field, "expression") ?? (inner === undefined ? "" : textOf(inner))
      if (name !== undefined && value !== "") out.set(name.toLowerCase(), value)
    }
  }
  return out
}

const pick = (props: ReadonlyMap<string, string>, keys: ReadonlyArray<string>): string | undefined => {
  for (const key of keys) {
    const value = props.get(key.toLowerCase())
    if (value !== undefined) return value.trim()
  }
  return undefined
}

/** Working days from "5", "5wd", "5 working days", "5个工作日", "P5D". */
const readDays = (text: string): number | undefined => {
  const iso = isoDays(text)
  if (iso !== undefined) return iso
  const m = /^(\d{1,5}(?:\.\d+)?)\s*(?:wd|d|days?|working\s*days?|个?工作日|天|日)?$/i.exec(text)
  return m?.[1] === undefined ? undefined : Number(m[1])
}

const ISO_DURATION =
  /^P(?:(\d{1,4}(?:\.\d+)?)Y)?(?:(\d{1,4}(?:\.\d+)?)M)?(?:(\d{1,4}(?:\.\d+)?)W)?(?:(\d{1,5}(?:\.\d+)?)D)?(?:T(?:(\d{1,6}(?:\.\d+)?)H)?(?:(\d{1,7}(?:\.\d+)?)M)?(?:(\d{1,8}(?:\.\d+)?)S)?)?$/i

/**
 * Working days of an ISO 8601 duration as engines write timers ("P5D",
 * "PT48H", "=P2W", "R3/PT10H" gives its period): a year is 250 working
 * days, a month 21, a week 5; hours, minutes and seconds count as parts of
 * a day; the total is rounded up.
 */
const isoDays = (raw: string): number | undefined => {
  const text =
    raw
      .trim()
      .replace(/^=\s*/, "")
      .replace(/^"(.*)"$/, "$1")
      .replace(/^R\d*\//i, "")
      .split("/")[0] ?? ""
  if (text.length < 2) return undefined
  const m = ISO_DURATION.exec(text)
  if (m === null || text === "P" || text.endsWith("T")) return undefined
  const n = (i: number): number => Number(m[i] ?? 0)
  const days = n(1) * 250 + n(2) * 21 + n(3) * 5 + n(4) + n(5) / 24 + n(6) / 1440 + n(7) / 86_400
  return Math.ceil(days - 1e-9)
}

const DURATION_KEYS = ["duration", "durationDays", "workingDays", "days", "时限", "办理时限", "工期"]

/**
 * Reads BPMN 2.0 XML (Activiti, Flowable, Camunda 7 and 8, bpmn.io, Signavio)
 * into a flow. Hostile input is refused with an issue before parsing: a
 * DOCTYPE or entity declaration, text over `maxLength`, nesting deeper than
 * `maxDepth`, element or attribute names such as `__proto__`.
 *
 * @returns the flow and the import's warnings (each ignored element is
 * named in a `bpmn_element_ignored` warning, each rework loop in a
 * `bpmn_rework_loop` warning with its path), or the problems that stop it
 *
 * @example
 * ```ts
 * import { parseBpmn } from "@tongban/approval"
 *
 * const xml = `<?xml version="1.0" encoding="UTF-8"?>
 * <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
 *   <bpmn:process id="p" name="开办">
 *     <bpmn:startEvent id="s" />
 *     <bpmn:userTask id="a" name="营业执照"><bpmn:documentation>duration: 2
 * department: 市场监管局</bpmn:documentation></bpmn:userTask>
 *     <bpmn:endEvent id="e" />
 *     <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="a" />
 *     <bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="e" />
 *   </bpmn:process>
 * </bpmn:definitions>`
 * const r = parseBpmn(xml)
 * r.ok && r.value.flow.steps.map((s) => [s.id, s.department, s.days]) // [["a", "市场监管局", 2]]
 * parseBpmn("<!DOCTYPE x [<!ENTITY a 'a'>]><x/>").ok // false
 * ```
 *
 * @since 0.1.0
 * @category import
 */
export const parseBpmn = (xml: string, options?: BpmnOptions): Result<BpmnImport> => {
  if (typeof xml !== "string") {
    return fail(codeIssue(bpmnCodes, "bpmn_not_text", { facts: { received: xml === null ? "null" : typeof xml } }))
  }
  const maxLength = options?.maxLength ?? 16 * 1024 * 1024
  const maxDepth = options?.maxDepth ?? 100
  if (xml.length > maxLength) {
    return fail(codeIssue(bpmnCodes, "bpmn_too_large", { facts: { length: xml.length, maxLength } }))
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    return fail(codeIssue(bpmnCodes, "bpmn_doctype_refused"))
  }
  if (xml.trim() === "") return fail(codeIssue(bpmnCodes, "bpmn_empty"))
  const depth = nestingDepth(xml, maxDepth)
  if (depth > maxDepth) {
    return fail(codeIssue(bpmnCodes, "bpmn_too_deep", { facts: { maxDepth } }))
  }
  const forbidden = FORBIDDEN.exec(xml)
  if (forbidden !== null) {
    return fail(codeIssue(bpmnCodes, "bpmn_forbidden_name", { facts: { found: forbidden[0].trim() } }))
  }
  const valid = XMLValidator.validate(xml)
  if (valid !== true) {
    const line = valid.err.line ?? 0
    const column = valid.err.col ?? 0
    const msg = valid.err.msg
    return fail(codeIssue(bpmnCodes, "bpmn_malformed", { facts: { line, column, detail: msg } }))
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    alwaysCreateTextNode: true,
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
    processEntities: { enabled: true, maxTotalExpansions: 1000, maxExpandedLength: 100_000 },
    htmlEntities: false,
    maxNestedTags: maxDepth + 1
  })
  let tree: unknown
  try {
    tree = parser.parse(xml)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return fail(codeIssue(bpmnCodes, "bpmn_unparsable", { facts: { detail } }))
  }
  const root = isNode(tree) ? kids(tree, "definitions")[0] : undefined
  if (root === undefined) {
    return fail(codeIssue(bpmnCodes, "bpmn_not_definitions"))
  }
  return convert(root, documentOrder(xml), options)
}

/** One edge between flow nodes, with what its sequence flow said. */
interface Edge {
  from: string
  to: string
  readonly flow: string
  readonly name?: string | undefined
  /** tongban's own export: the decision and the rework steps of a loop through them. */
  readonly via?: { readonly from: string; readonly steps: ReadonlyArray<string> } | undefined
  readonly probability: number | undefined
  readonly condition: string | undefined
  readonly isDefault: boolean
  readonly rework: boolean
  /** A dependency drawn from a message flow between pools. */
  readonly handoff: boolean
  readonly path: ReadonlyArray<PathSegment>
}

interface GatewayNode {
  readonly id: string
  readonly name: string | undefined
  readonly kind: "parallel" | "exclusive" | "inclusive"
  readonly eventBased: boolean
  readonly stage: string | undefined
  readonly path: ReadonlyArray<PathSegment>
  /** Fixed role and fork: synthetic gateways and tongban's own export. */
  role: "fork" | "join" | undefined
  fork: string | undefined
}

interface Boundary {
  readonly id: string
  readonly attachedTo: string
  readonly event: BoundaryEvent
  readonly probability: number | undefined
  readonly path: ReadonlyArray<PathSegment>
}

/** Everything read from the file before the graph is built. */
interface Model {
  readonly steps: Map<string, StepInput>
  readonly gateways: Map<string, GatewayNode>
  /** Pass-through nodes: start, end and link events. */
  readonly starts: Map<string, { readonly scope: string | undefined }>
  readonly ends: Map<string, { readonly scope: string | undefined }>
  readonly linkThrows: Map<string, { readonly name: string; readonly process: number }>
  readonly linkCatches: Map<string, { readonly name: string; readonly process: number }>
  /** Expanded sub-processes: entry gateway id = the sub-process id; exit = id + "#end". */
  readonly scopes: Map<string, { readonly parent: string | undefined }>
  /** The scope (sub-process) each node sits in. */
  readonly scopeOf: Map<string, string | undefined>
  readonly stages: Array<StageIn>
  readonly boundaries: Array<Boundary>
  readonly edges: Array<Edge>
  readonly rework: Array<ReworkIn>
  readonly triggers: Array<TriggerIn>
  readonly departmentOf: Map<string, string>
  /** Default flows named by a gateway's or task's `default` attribute. */
  readonly defaults: Set<string>
  /** Receive tasks (a message flow into one is a dependency). */
  readonly receives: Set<string>
  /** Steps, gateways and sub-processes in document order. */
  readonly order: Array<string>
  /** Position in the document of each node (by tongban id). */
  readonly position: Map<string, number>
  /** Position in the document of each `id` attribute (by XML id). */
  readonly positions: ReadonlyMap<string, number>
  /** XML id → tongban id, where tongban's own export had to write a safe XML id (`tongbanId`). */
  readonly alias: Map<string, string>
  readonly allIds: Set<string>
  readonly errors: Array<Issue>
  readonly warnings: Array<Issue>
}

const ignored = (
  element: string,
  id: string | undefined,
  path: ReadonlyArray<PathSegment>,
  why: Why,
  contains: ReadonlyArray<string> = []
): Issue =>
  codeIssue(bpmnCodes, "bpmn_element_ignored", {
    path,
    facts: {
      element,
      id: id ?? "",
      label: id === undefined ? element : `${element} ${id}`,
      why: why.en,
      contains
    },
    ...(why.variant === undefined ? {} : { variant: why.variant })
  })

/** Why an element is not part of the flow: the reason in English (a fact) and its template (none: the default). */
interface Why {
  readonly en: string
  readonly variant?: "artifact" | "global" | "event_sub_process" | "event_condition" | "detached" | "compensation"
}

const WHY_UNKNOWN: Why = { en: "tongban does not model this kind of element" }
const WHY_ARTIFACT: Why = { en: "a diagram annotation or grouping, with no work in it", variant: "artifact" }
const WHY_GLOBAL: Why = {
  en: "a global task is a reusable definition; a call activity that calls it is read as a step",
  variant: "global"
}
const WHY_EVENT_SUB: Why = {
  en: "an event sub-process runs only when its event occurs, off the planned path",
  variant: "event_sub_process"
}
const WHY_EVENT_CONDITION: Why = {
  en: "the first event to arrive decides an event-based gateway, so a condition after it has no effect",
  variant: "event_condition"
}
const WHY_DETACHED: Why = { en: "neither of its ends is an element of the file", variant: "detached" }
const WHY_COMPENSATION: Why = {
  en: "a compensation activity runs only to undo work already done",
  variant: "compensation"
}

const triggerOf = (node: XmlNode): EventTrigger => {
  for (const [name, trigger] of TRIGGERS) if (kids(node, name).length > 0) return trigger
  return kids(node, "eventDefinitionRef").length > 0 ? "message" : "none"
}

/** The timer of an event as written, and its working days. */
const timerOf = (node: XmlNode): { readonly text: string | undefined; readonly days: number | undefined } => {
  const def = kids(node, "timerEventDefinition")[0]
  if (def === undefined) return { text: undefined, days: undefined }
  for (const key of ["timeDuration", "timeCycle", "timeDate"]) {
    const holder = kids(def, key)[0]
    if (holder === undefined) continue
    const text = textOf(holder).trim()
    if (text === "") continue
    return { text: text.slice(0, 200), days: key === "timeDate" ? undefined : isoDays(text) }
  }
  return { text: undefined, days: undefined }
}

/** The text of a child element such as `conditionExpression`, or undefined. */
const childText = (node: XmlNode, name: string): string | undefined => {
  const child = kids(node, name)[0]
  if (child === undefined) return undefined
  const text = textOf(child).trim()
  return text === "" ? undefined : text.slice(0, 2000)
}

const splitList = (text: string | undefined): ReadonlyArray<string> =>
  text === undefined
    ? []
    : text
        .split(/[,，;；]/)
        .map((t) => t.trim())
        .filter((t) => t !== "" && t.length <= 200)

/** Who does a task: assignee, candidate users, zeebe assignment, performer or potential owner. */
const peopleOf = (
  node: XmlNode,
  resources: ReadonlyMap<string, string>
): { readonly role: string | undefined; readonly groups: ReadonlyArray<string> } => {
  const zeebe = kids(node, "extensionElements").flatMap((ext) => kids(ext, "assignmentDefinition"))[0]
  const groups = [
    ...splitList(attr(node, "candidateGroups")),
    ...splitList(zeebe === undefined ? undefined : attr(zeebe, "candidateGroups")?.replace(/^=/, ""))
  ]
  const named: Array<string> = []
  for (const kind of RESOURCES) {
    for (const r of kids(node, kind)) {
      const ref = kids(r, "resourceRef")[0]
      const refText = ref === undefined ? undefined : textOf(ref).trim()
      const expr = kids(r, "resourceAssignmentExpression").flatMap((e) => kids(e, "formalExpression"))[0]
      const value =
        attr(r, "name") ??
        (refText === undefined ? undefined : (resources.get(refText) ?? refText)) ??
        (expr === undefined ? undefined : textOf(expr).trim())
      if (value !== undefined && value !== "") named.push(value)
    }
  }
  const role =
    attr(node, "assignee") ??
    (zeebe === undefined ? undefined : attr(zeebe, "assignee")?.replace(/^=/, "")) ??
    attr(node, "candidateUsers") ??
    (zeebe === undefined ? undefined : attr(zeebe, "candidateUsers")?.replace(/^=/, "")) ??
    (named.length > 0 ? named.join(", ") : undefined)
  const clean = role?.trim().slice(0, 500)
  return { role: clean === "" ? undefined : clean, groups: [...new Set(groups)].slice(0, 100) }
}

/** Instances of a 会签 from its cardinality, a literal collection or the task's properties. */
const instancesOf = (
  mi: XmlNode,
  props: ReadonlyMap<string, string>
): {
  readonly instances: number | undefined
  readonly collection: string | undefined
  readonly element: string | undefined
} => {
  const zeebe = kids(mi, "extensionElements").flatMap((ext) => kids(ext, "loopCharacteristics"))[0]
  const collection = (attr(mi, "collection") ?? (zeebe === undefined ? undefined : attr(zeebe, "inputCollection")))
    ?.trim()
    .slice(0, 500)
  const element = (attr(mi, "elementVariable") ?? (zeebe === undefined ? undefined : attr(zeebe, "inputElement")))
    ?.trim()
    .slice(0, 200)
  const cardinality = childText(mi, "loopCardinality")
  const fromText = (text: string | undefined): number | undefined => {
    if (text === undefined) return undefined
    const m = /^\s*(?:\$\{|#\{|=)?\s*(\d{1,4})\s*\}?\s*$/.exec(text)
    return m?.[1] === undefined ? undefined : Number(m[1])
  }
  const literal = (text: string | undefined): number | undefined => {
    const m = text === undefined ? null : /^\s*(?:\$\{|#\{|=)?\s*\[(.*)\]\s*\}?\s*$/.exec(text)
    if (m?.[1] === undefined) return undefined
    return m[1].trim() === "" ? undefined : m[1].split(",").length
  }
  const stated = pick(props, ["instances", "会签人数", "reviewers"])
  const instances = fromText(cardinality) ?? literal(collection) ?? fromText(stated) ?? undefined
  return {
    instances: instances === undefined || instances < 1 || instances > 1000 ? undefined : instances,
    collection: collection === "" ? undefined : collection,
    element: element === "" ? undefined : element
  }
}

/**
 * The position of each `id` attribute in the text: the parser groups an
 * element's children by name, so document order is taken from here.
 */
const documentOrder = (xml: string): ReadonlyMap<string, number> => {
  const out = new Map<string, number>()
  const pattern = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/g
  for (let found = pattern.exec(xml); found !== null; found = pattern.exec(xml)) {
    const id = decodeRefs(found[1] ?? found[2] ?? "")
    if (!out.has(id)) out.set(id, found.index)
  }
  return out
}

const convert = (
  root: XmlNode,
  positions: ReadonlyMap<string, number>,
  options: BpmnOptions | undefined
): Result<BpmnImport> => {
  const m: Model = {
    steps: new Map(),
    gateways: new Map(),
    starts: new Map(),
    ends: new Map(),
    linkThrows: new Map(),
    linkCatches: new Map(),
    scopes: new Map(),
    scopeOf: new Map(),
    stages: [],
    boundaries: [],
    edges: [],
    rework: [],
    triggers: [],
    departmentOf: new Map(),
    defaults: new Set(),
    receives: new Set(),
    order: [],
    position: new Map(),
    positions,
    alias: new Map(),
    allIds: new Set(),
    errors: [],
    warnings: []
  }
  for (const name of elementNames(root)) {
    if (DEFINITION_CHILDREN.has(name)) continue
    kids(root, name).forEach((n, i) => {
      m.warnings.push(
        ignored(name, attr(n, "id"), ["definitions", name, i], name.startsWith("global") ? WHY_GLOBAL : WHY_UNKNOWN)
      )
    })
  }
  const resources = new Map<string, string>()
  for (const r of kids(root, "resource")) {
    const id = attr(r, "id")
    const name = attr(r, "name")
    if (id !== undefined && name !== undefined) resources.set(id, name)
  }
  const processes = kids(root, "process")
  if (processes.length === 0) {
    return fail(codeIssue(bpmnCodes, "bpmn_no_process", { path: ["definitions"] }))
  }
  // Pools: the participant of each process, and every participant's name.
  const poolOf = new Map<string, string>()
  const participantName = new Map<string, string>()
  const messageFlows: Array<{ node: XmlNode; path: ReadonlyArray<PathSegment> }> = []
  kids(root, "collaboration").forEach((collab, ci) => {
    for (const name of elementNames(collab)) {
      kids(collab, name).forEach((n, i) => {
        const path: ReadonlyArray<PathSegment> = ["definitions", "collaboration", ci, name, i]
        const id = attr(n, "id")
        if (id !== undefined) m.allIds.add(id)
        if (name === "participant") {
          const ref = attr(n, "processRef")
          const label = attr(n, "name") ?? id
          if (ref !== undefined && label !== undefined) poolOf.set(ref, label)
          if (id !== undefined && label !== undefined) participantName.set(id, label)
        } else if (name === "messageFlow") messageFlows.push({ node: n, path })
        else if (ARTIFACTS.has(name)) m.warnings.push(ignored(name, id, path, WHY_ARTIFACT))
        else if (!SILENT.has(name)) m.warnings.push(ignored(name, id, path, WHY_UNKNOWN))
      })
    }
  })
  const defaultDays = options?.defaultDuration ?? 1
  const defaultInstances = options?.defaultInstances ?? 2
  processes.forEach((process, pi) => {
    const base: ReadonlyArray<PathSegment> = ["definitions", "process", pi]
    const processId = attr(process, "id")
    const pool = poolOf.get(processId ?? "")
    walk(m, process, base, undefined, pi, lanesOf(process), undefined, pool, resources, defaultDays, defaultInstances)
  })
  const hasStart = [...m.starts.values()].some((s) => s.scope === undefined)
  const empty = m.order.length === 0 && m.starts.size === 0 && m.ends.size === 0
  if (empty && m.errors.length === 0) {
    m.warnings.push(codeIssue(bpmnCodes, "bpmn_empty_process", { path: ["definitions", "process"] }))
  } else if (!hasStart && m.errors.length === 0) {
    m.errors.push(codeIssue(bpmnCodes, "bpmn_no_start_event", { path: ["definitions", "process"] }))
  }
  if (m.errors.length > 0) return fail(sortIssues(m.errors))
  return assemble(root, processes, m, messageFlows, participantName, options)
}

const lanesOf = (process: XmlNode): ReadonlyMap<string, string> => {
  const out = new Map<string, string>()
  const visit = (holder: XmlNode, depth: number): void => {
    if (depth > 50) return
    for (const set of [...kids(holder, "laneSet"), ...kids(holder, "childLaneSet")]) {
      for (const lane of kids(set, "lane")) {
        const name = (attr(lane, "name") ?? attr(lane, "id"))?.replace(/\s+/g, " ").trim()
        if (name !== undefined && name !== "")
          for (const ref of kids(lane, "flowNodeRef")) out.set(textOf(ref).trim(), name.slice(0, 200))
        visit(lane, depth + 1)
      }
    }
  }
  visit(process, 0)
  return out
}

/** Reads the flow nodes and sequence flows of a process or sub-process. */
const walk = (
  m: Model,
  container: XmlNode,
  base: ReadonlyArray<PathSegment>,
  scope: string | undefined,
  processIndex: number,
  laneOf: ReadonlyMap<string, string>,
  inheritedLane: string | undefined,
  pool: string | undefined,
  resources: ReadonlyMap<string, string>,
  defaultDays: number,
  defaultInstances: number
): void => {
  for (const name of elementNames(container)) {
    kids(container, name).forEach((node, ni) => {
      const path = [...base, name, ni]
      const xmlId = attr(node, "id")
      const id = (FLOW_NODES.has(name) ? pick(propertiesOf(node), ["tongbanId"]) : undefined) ?? xmlId
      if (xmlId !== undefined && id !== undefined && id !== xmlId) m.alias.set(xmlId, id)
      if (id !== undefined && xmlId !== undefined) m.position.set(id, m.positions.get(xmlId) ?? 0)
      if (id !== undefined) m.allIds.add(id)
      if (FLOW_NODES.has(name) && id === undefined) {
        m.errors.push(codeIssue(bpmnCodes, "bpmn_missing_id", { path, facts: { element: name } }))
        return
      }
      if (name === "sequenceFlow") {
        readSequenceFlow(m, node, id, path)
        return
      }
      if (id === undefined || !FLOW_NODES.has(name)) {
        if (ARTIFACTS.has(name)) m.warnings.push(ignored(name, id, path, WHY_ARTIFACT))
        else if (!SILENT.has(name)) m.warnings.push(ignored(name, id, path, WHY_UNKNOWN))
        return
      }
      const lane = laneOf.get(id) ?? inheritedLane
      m.scopeOf.set(id, scope)
      const defaultFlow = attr(node, "default")
      if (defaultFlow !== undefined) m.defaults.add(defaultFlow)
      if (name === "receiveTask") m.receives.add(id)
      if (attr(node, "isForCompensation") === "true") {
        m.warnings.push(ignored(name, id, path, WHY_COMPENSATION))
        m.scopeOf.delete(id)
        return
      }
      noteChildren(m, node, name, id, path)
      const props = propertiesOf(node)
      const department = pick(props, ["department", "部门", "dept"]) ?? lane ?? pool
      if (department !== undefined) m.departmentOf.set(id, department)
      if (SCOPES.has(name)) {
        if (attr(node, "triggeredByEvent") === "true") {
          const inner = elementNames(node)
            .filter((k) => FLOW_NODES.has(k))
            .flatMap((k) => kids(node, k).map((n) => attr(n, "id") ?? k))
          m.warnings.push(ignored(name, id, path, WHY_EVENT_SUB, inner))
          m.scopeOf.delete(id)
          return
        }
        const hasContent = elementNames(node).some((k) => FLOW_NODES.has(k) && kids(node, k).length > 0)
        if (hasContent) {
          m.scopes.set(id, { parent: scope })
          m.order.push(id)
          const mi = multiInstanceOf(m, node, id, path, props, defaultInstances)
          m.stages.push({
            id,
            name: stepName(node, id),
            ...(scope === undefined ? {} : { parent: scope }),
            subprocess: true,
            ...(mi === undefined ? {} : { multiInstance: mi })
          })
          if (mi !== undefined) {
            m.warnings.push(
              codeIssue(bpmnCodes, "bpmn_multi_instance_scope", {
                path,
                facts: { id, mode: mi.mode, instances: mi.instances }
              })
            )
          }
          loopOf(m, node, id, `${id}#end`, id, path)
          walk(m, node, path, id, processIndex, laneOf, lane, pool, resources, defaultDays, defaultInstances)
          return
        }
      }
      if (TASKS.has(name) || SCOPES.has(name)) {
        const step = taskStep(
          m,
          node,
          id,
          name,
          path,
          props,
          department,
          scope,
          resources,
          defaultDays,
          defaultInstances
        )
        m.steps.set(id, step)
        m.order.push(id)
        loopOf(m, node, id, id, id, path)
      } else if (GATEWAYS.has(name)) {
        if (name === "complexGateway") {
          m.warnings.push(codeIssue(bpmnCodes, "bpmn_complex_gateway", { path, facts: { id } }))
        }
        const role = pick(props, ["gatewayRole"])
        m.order.push(id)
        m.gateways.set(id, {
          id,
          name: attr(node, "name"),
          kind:
            name === "parallelGateway"
              ? "parallel"
              : name === "inclusiveGateway" || name === "complexGateway"
                ? "inclusive"
                : "exclusive",
          eventBased: name === "eventBasedGateway",
          stage: scope ?? pick(props, ["stage"]),
          path,
          role: role === "fork" || role === "join" ? role : undefined,
          fork: pick(props, ["fork"])
        })
      } else if (name === "startEvent") {
        m.starts.set(id, { scope })
        const trigger = triggerOf(node)
        if (scope === undefined && trigger !== "none") {
          const timer = timerOf(node)
          m.triggers.push({
            id,
            ...(attr(node, "name") === undefined ? {} : { name: attr(node, "name") }),
            trigger,
            ...(timer.text === undefined ? {} : { timer: timer.text })
          })
        }
      } else if (name === "endEvent") m.ends.set(id, { scope })
      else if (name === "boundaryEvent") readBoundary(m, node, id, path, props)
      else {
        const trigger = triggerOf(node)
        const definition = kids(node, "linkEventDefinition")[0]
        if (trigger === "link" && definition !== undefined) {
          const linkName = (attr(definition, "name") ?? attr(node, "name") ?? id).replace(/\s+/g, "")
          const target = name === "intermediateThrowEvent" ? m.linkThrows : m.linkCatches
          target.set(id, { name: linkName, process: processIndex })
          return
        }
        m.steps.set(id, eventStep(m, node, id, name, path, props, department, scope, trigger))
        m.order.push(id)
      }
    })
  }
}

/** Children of a flow node that tongban neither models nor reads past are named in a warning. */
const noteChildren = (m: Model, node: XmlNode, element: string, id: string, path: ReadonlyArray<PathSegment>): void => {
  for (const child of elementNames(node)) {
    if (SILENT.has(child) || RESOURCES.has(child) || LOOPS.has(child) || TRIGGER_ELEMENTS.has(child)) continue
    if (FLOW_NODES.has(child) || ARTIFACTS.has(child) || child === "laneSet") continue
    if (child === "loopCardinality" || child === "completionCondition" || child === "flowNodeRef") continue
    m.warnings.push(ignored(`${element}/${child}`, id, [...path, child], WHY_UNKNOWN))
  }
}

const stepName = (node: XmlNode, id: string): string => {
  const name = (attr(node, "name") ?? "").replace(/\s+/g, " ").trim()
  if (name !== "") return name.slice(0, 500)
  const doc = kids(node, "documentation")
    .map((d) => textOf(d))
    .join("\n")
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l !== "" && !/^[\p{L}\w]+\s*[:：=]/u.test(l))
  return (doc ?? id).slice(0, 500)
}

const descriptionOf = (node: XmlNode): string | undefined => {
  const text = kids(node, "documentation")
    .map((d) => textOf(d).trim())
    .filter((t) => t !== "")
    .join("\n")
  return text === "" ? undefined : text.slice(0, 20_000)
}

const multiInstanceOf = (
  m: Model,
  node: XmlNode,
  id: string,
  path: ReadonlyArray<PathSegment>,
  props: ReadonlyMap<string, string>,
  defaultInstances: number
): MultiInstance | undefined => {
  const mi = kids(node, "multiInstanceLoopCharacteristics")[0]
  if (mi === undefined) return undefined
  const sequential = attr(mi, "isSequential") === "true"
  const found = instancesOf(mi, props)
  const completion = childText(mi, "completionCondition")
  if (found.instances === undefined) {
    m.warnings.push(
      codeIssue(bpmnCodes, "bpmn_instances_defaulted", {
        path: [...path, "multiInstanceLoopCharacteristics"],
        facts: { id, collection: found.collection ?? "", instances: defaultInstances },
        ...(found.collection === undefined ? {} : { variant: "collection" })
      })
    )
  }
  return {
    mode: sequential ? "sequential" : "parallel",
    instances: found.instances ?? defaultInstances,
    ...(found.collection === undefined ? {} : { collection: found.collection }),
    ...(found.element === undefined ? {} : { elementVariable: found.element }),
    ...(completion === undefined ? {} : { completion })
  }
}

/** A standard loop (repeat while its condition holds) is a rework loop on the node itself. */
const loopOf = (
  m: Model,
  node: XmlNode,
  id: string,
  from: string,
  to: string,
  path: ReadonlyArray<PathSegment>
): void => {
  const loop = [...kids(node, "standardLoopCharacteristics"), ...kids(node, "loopCharacteristics")][0]
  if (loop === undefined) return
  const text = pick(propertiesOf(loop), ["probability", "概率"]) ?? pick(propertiesOf(node), ["loopProbability"])
  const probability = text === undefined ? undefined : Number(text)
  const condition = childText(loop, "loopCondition")
  m.edges.push({
    from,
    to,
    flow: `${id}#loop`,
    probability: probability !== undefined && probability >= 0 && probability < 1 ? probability : undefined,
    condition,
    isDefault: false,
    rework: true,
    handoff: false,
    path: [...path, "standardLoopCharacteristics"]
  })
}

const taskStep = (
  m: Model,
  node: XmlNode,
  id: string,
  element: string,
  path: ReadonlyArray<PathSegment>,
  props: ReadonlyMap<string, string>,
  department: string | undefined,
  scope: string | undefined,
  resources: ReadonlyMap<string, string>,
  defaultDays: number,
  defaultInstances: number
): StepInput => {
  const name = stepName(node, id)
  const number = (keys: ReadonlyArray<string>, what: string): number | undefined => {
    const text = pick(props, keys)
    if (text === undefined) return undefined
    const days = readDays(text)
    if (days === undefined) {
      m.errors.push(codeIssue(bpmnCodes, "bpmn_bad_number", { path, facts: { id, property: what, value: text } }))
    }
    return days
  }
  const plain = (keys: ReadonlyArray<string>, what: string): number | undefined => {
    const text = pick(props, keys)
    if (text === undefined) return undefined
    const value = Number(text)
    if (!Number.isFinite(value)) {
      m.errors.push(codeIssue(bpmnCodes, "bpmn_bad_number", { path, facts: { id, property: what, value: text } }))
      return undefined
    }
    return value
  }
  const fixed = number(DURATION_KEYS, "duration")
  const min = number(["durationMin", "minDays"], "durationMin")
  const mode = number(["durationMode", "modeDays"], "durationMode")
  const max = number(["durationMax", "maxDays"], "durationMax")
  const mu = plain(["durationMu"], "durationMu")
  const sigma = plain(["durationSigma"], "durationSigma")
  let duration: StepInput["duration"]
  if (min !== undefined && mode !== undefined && max !== undefined) duration = { kind: "triangular", min, mode, max }
  else if (mu !== undefined && sigma !== undefined) duration = { kind: "lognormal", mu, sigma }
  else if (fixed !== undefined) duration = Math.ceil(fixed)
  else {
    duration = defaultDays
    m.warnings.push(
      codeIssue(bpmnCodes, "bpmn_duration_defaulted", {
        path,
        facts: { id, element, name, days: defaultDays, timer: "" }
      })
    )
  }
  const people = peopleOf(node, resources)
  const dept = department ?? people.groups[0]
  if (dept === undefined) {
    m.warnings.push(codeIssue(bpmnCodes, "bpmn_department_missing", { path, facts: { id, name } }))
  }
  const statutory = number(["statutory", "法定时限"], "statutory")
  const promised = number(["promised", "承诺时限"], "promised")
  const reviewers = number(["reviewers", "审查人数"], "reviewers")
  const trips = number(["trips", "跑动次数"], "trips")
  const matter = pick(props, ["matter", "事项编码", "matterCode"])
  const joint = pick(props, ["jointReview", "联合审查"])
  const commitment = pick(props, ["commitment", "告知承诺"])
  const role = pick(props, ["role"]) ?? people.role
  const stage = scope ?? pick(props, ["stage"])
  const description = descriptionOf(node)
  const mi = multiInstanceOf(m, node, id, path, props, defaultInstances)
  const kind = element === "callActivity" ? "call" : SCOPES.has(element) ? "subprocess" : "task"
  return {
    id,
    name,
    department: (dept ?? "unassigned").slice(0, 200),
    duration,
    ...(matter === undefined ? {} : { matter: matter.slice(0, 100) }),
    ...(stage === undefined ? {} : { stage }),
    ...(statutory === undefined ? {} : { statutory: Math.ceil(statutory) }),
    ...(promised === undefined ? {} : { promised: Math.ceil(promised) }),
    ...(reviewers === undefined ? {} : { reviewers: Math.max(1, Math.ceil(reviewers)) }),
    ...(trips === undefined ? {} : { trips: Math.ceil(trips) }),
    ...(joint === undefined ? {} : { jointReview: joint.slice(0, 200) }),
    ...(commitment === undefined ? {} : { commitment: /^(true|yes|1|是)$/i.test(commitment) }),
    ...(kind === "task" ? {} : { kind }),
    ...(description === undefined ? {} : { description }),
    ...(role === undefined ? {} : { role }),
    ...(people.groups.length === 0 ? {} : { candidateGroups: [...people.groups] }),
    ...(mi === undefined ? {} : { multiInstance: mi })
  }
}

const eventStep = (
  m: Model,
  node: XmlNode,
  id: string,
  element: string,
  path: ReadonlyArray<PathSegment>,
  props: ReadonlyMap<string, string>,
  department: string | undefined,
  scope: string | undefined,
  trigger: EventTrigger
): StepInput => {
  const timer = timerOf(node)
  const stated = pick(props, DURATION_KEYS)
  const statedDays = stated === undefined ? undefined : readDays(stated)
  const wait = element === "intermediateCatchEvent" && trigger === "timer"
  if (wait && statedDays === undefined && timer.days === undefined) {
    m.warnings.push(
      codeIssue(bpmnCodes, "bpmn_duration_defaulted", {
        path,
        facts: { id, element, name: attr(node, "name") ?? id, days: 0, timer: timer.text ?? "" },
        variant: timer.text === undefined ? "timer_missing" : "timer"
      })
    )
  }
  const days = Math.ceil(statedDays ?? (wait ? (timer.days ?? 0) : 0))
  const description = descriptionOf(node)
  const stage = scope ?? pick(props, ["stage"])
  const count = (keys: ReadonlyArray<string>): number | undefined => {
    const text = pick(props, keys)
    const value = text === undefined ? undefined : readDays(text)
    return value === undefined ? undefined : Math.ceil(value)
  }
  const statutory = count(["statutory", "法定时限"])
  const promised = count(["promised", "承诺时限"])
  const reviewers = count(["reviewers", "审查人数"])
  const trips = count(["trips", "跑动次数"])
  const role = pick(props, ["role"])
  const commitment = pick(props, ["commitment", "告知承诺"])
  return {
    id,
    name: stepName(node, id),
    department: (department ?? "unassigned").slice(0, 200),
    duration: Math.min(36_500, days),
    kind: wait ? "wait" : "event",
    trigger,
    ...(statutory === undefined ? {} : { statutory }),
    ...(promised === undefined ? {} : { promised }),
    ...(reviewers === undefined ? {} : { reviewers: Math.max(1, reviewers) }),
    ...(trips === undefined ? {} : { trips }),
    ...(role === undefined ? {} : { role }),
    ...(commitment === undefined ? {} : { commitment: /^(true|yes|1|是)$/i.test(commitment) }),
    ...(stage === undefined ? {} : { stage }),
    ...(timer.text === undefined ? {} : { timer: timer.text }),
    ...(description === undefined ? {} : { description })
  }
}

const readBoundary = (
  m: Model,
  node: XmlNode,
  id: string,
  path: ReadonlyArray<PathSegment>,
  props: ReadonlyMap<string, string>
): void => {
  const attachedTo = attr(node, "attachedToRef")
  if (attachedTo === undefined) {
    m.errors.push(codeIssue(bpmnCodes, "bpmn_flow_incomplete", { path, facts: { id }, variant: "boundary" }))
    return
  }
  const timer = timerOf(node)
  const stated = pick(props, ["days", ...DURATION_KEYS])
  const days = stated === undefined ? timer.days : readDays(stated)
  const name = attr(node, "name")
  const text = pick(props, ["probability", "概率"])
  const probability = text === undefined ? undefined : Number(text)
  m.boundaries.push({
    id,
    attachedTo,
    path,
    probability: probability !== undefined && probability >= 0 && probability <= 1 ? probability : undefined,
    event: {
      id,
      ...(name === undefined ? {} : { name: name.slice(0, 500) }),
      trigger: triggerOf(node),
      interrupting: attr(node, "cancelActivity") !== "false",
      ...(timer.text === undefined ? {} : { timer: timer.text }),
      ...(days === undefined ? {} : { days: Math.min(36_500, days) })
    }
  })
}

const readSequenceFlow = (m: Model, node: XmlNode, id: string | undefined, path: ReadonlyArray<PathSegment>): void => {
  const from = attr(node, "sourceRef")
  const to = attr(node, "targetRef")
  if (from === undefined && to === undefined && id !== undefined) {
    m.warnings.push(ignored("sequenceFlow", id, path, WHY_DETACHED))
    return
  }
  if (from === undefined || to === undefined || id === undefined) {
    m.errors.push(codeIssue(bpmnCodes, "bpmn_flow_incomplete", { path, facts: { id: id ?? "" } }))
    return
  }
  const props = propertiesOf(node)
  const flowId = pick(props, ["tongbanId"]) ?? id
  if (flowId !== id) m.alias.set(id, flowId)
  const text = pick(props, ["probability", "概率"])
  const probability = text === undefined ? undefined : Number(text)
  if (probability !== undefined && !(probability >= 0 && probability <= 1)) {
    m.errors.push(codeIssue(bpmnCodes, "bpmn_bad_probability", { path, facts: { id, value: text ?? "" } }))
    return
  }
  const name = attr(node, "name")
  const reworkFrom = pick(props, ["reworkFrom"])
  const viaText = pick(props, ["reworkVia"])
  const viaSteps = viaText === undefined ? [] : viaText.split(/\s*,\s*/).filter((v) => v !== "")
  m.edges.push({
    from,
    to,
    flow: flowId,
    name: name === undefined || name.trim() === "" ? undefined : name.slice(0, 500),
    via: reworkFrom === undefined || viaSteps.length === 0 ? undefined : { from: reworkFrom, steps: viaSteps },
    probability,
    condition: childText(node, "conditionExpression"),
    isDefault: false,
    rework: /^(true|yes|1|是)$/i.test(pick(props, ["rework", "返工"]) ?? ""),
    handoff: false,
    path
  })
}

const unknownRef = (
  path: ReadonlyArray<PathSegment>,
  what: "sequence_flow" | "boundary_event" | "message_flow",
  id: string,
  ref: string
): Issue =>
  codeIssue(flowCodes, "unknown_reference", { path, facts: { kind: "flow node", id: ref, from: id }, variant: what })

/** Strongly connected components of size > 1 (or with a self-loop), by Tarjan's method without recursion. */
const loopsOf = (
  nodes: ReadonlyArray<string>,
  succ: ReadonlyMap<string, ReadonlyArray<string>>
): ReadonlyArray<ReadonlyArray<string>> => {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: Array<string> = []
  const out: Array<Array<string>> = []
  let counter = 0
  for (const root of nodes) {
    if (index.has(root)) continue
    const work: Array<{ node: string; next: number }> = [{ node: root, next: 0 }]
    index.set(root, counter)
    low.set(root, counter++)
    stack.push(root)
    onStack.add(root)
    while (work.length > 0) {
      const top = work[work.length - 1]
      if (top === undefined) break
      const list = succ.get(top.node) ?? []
      if (top.next < list.length) {
        const w = list[top.next++] ?? ""
        if (!index.has(w)) {
          index.set(w, counter)
          low.set(w, counter++)
          stack.push(w)
          onStack.add(w)
          work.push({ node: w, next: 0 })
        } else if (onStack.has(w)) low.set(top.node, Math.min(low.get(top.node) ?? 0, index.get(w) ?? 0))
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent !== undefined) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(top.node) ?? 0))
      if (low.get(top.node) === index.get(top.node)) {
        const component: Array<string> = []
        for (;;) {
          const w = stack.pop()
          if (w === undefined) break
          onStack.delete(w)
          component.push(w)
          if (w === top.node) break
        }
        if (component.length > 1 || (succ.get(top.node) ?? []).includes(top.node)) out.push(component.reverse())
      }
    }
  }
  return out
}

const assemble = (
  root: XmlNode,
  processes: ReadonlyArray<XmlNode>,
  m: Model,
  messageFlows: ReadonlyArray<{ readonly node: XmlNode; readonly path: ReadonlyArray<PathSegment> }>,
  participantName: ReadonlyMap<string, string>,
  options: BpmnOptions | undefined
): Result<BpmnImport> => {
  const errors: Array<Issue> = []
  const warnings = m.warnings
  const real = (id: string): string => m.alias.get(id) ?? id
  for (const e of m.edges) {
    e.from = real(e.from)
    e.to = real(e.to)
  }
  const boundaries = m.boundaries.map((b) => ({ ...b, attachedTo: real(b.attachedTo) }))
  m.boundaries.splice(0, m.boundaries.length, ...boundaries)
  const boundaryIds = new Set(m.boundaries.map((b) => b.id))
  const isWork = (id: string): boolean => m.steps.has(id) || m.gateways.has(id) || m.scopes.has(id)
  const known = (id: string): boolean =>
    isWork(id) ||
    m.starts.has(id) ||
    m.ends.has(id) ||
    m.linkThrows.has(id) ||
    m.linkCatches.has(id) ||
    boundaryIds.has(id)
  const detached = new Set<Edge>()
  for (const e of m.edges) {
    if (e.rework && e.flow.endsWith("#loop")) continue
    if (!known(e.from) && !known(e.to)) {
      detached.add(e)
      warnings.push(ignored("sequenceFlow", e.flow, e.path, WHY_DETACHED))
      continue
    }
    if (!known(e.from)) errors.push(unknownRef([...e.path, "sourceRef"], "sequence_flow", e.flow, e.from))
    if (!known(e.to)) errors.push(unknownRef([...e.path, "targetRef"], "sequence_flow", e.flow, e.to))
  }
  for (const b of m.boundaries) {
    if (!m.steps.has(b.attachedTo) && !m.scopes.has(b.attachedTo))
      errors.push(unknownRef([...b.path, "attachedToRef"], "boundary_event", b.id, b.attachedTo))
  }
  const linkEdges: Array<Edge> = []
  for (const [id, link] of m.linkThrows) {
    const targets = [...m.linkCatches].filter(([, c]) => c.name === link.name && c.process === link.process)
    if (targets.length === 0) {
      errors.push(codeIssue(bpmnCodes, "bpmn_link_unmatched", { facts: { id, name: link.name } }))
    }
    for (const [to] of targets) {
      linkEdges.push({
        from: id,
        to,
        flow: `${id}#link`,
        probability: undefined,
        condition: undefined,
        isDefault: false,
        rework: false,
        handoff: false,
        path: []
      })
    }
  }
  if (errors.length > 0) return fail(sortIssues(errors))

  // Edges between nodes: a sub-process is entered at its id and left at its exit.
  let edges: Array<Edge> = [...m.edges.filter((e) => !detached.has(e)), ...linkEdges].map((e) => ({
    ...e,
    from: m.scopes.has(e.from) ? `${e.from}#end` : e.from,
    isDefault: m.defaults.has(e.flow)
  }))
  const contract = (node: string): void => {
    const ins = edges.filter((e) => e.to === node && e.from !== node)
    const outs = edges.filter((e) => e.from === node && e.to !== node)
    edges = edges.filter((e) => e.from !== node && e.to !== node)
    for (const a of ins) {
      for (const b of outs) {
        edges.push({
          ...a,
          to: b.to,
          probability: a.probability ?? b.probability,
          condition: a.condition ?? b.condition
        })
      }
    }
  }
  for (const id of [...m.linkThrows.keys(), ...m.linkCatches.keys()]) contract(id)
  const startTargets: Array<string> = []
  const targetsOfStart = new Map<string, Array<string>>()
  for (const [id, start] of m.starts) {
    const outs = edges.filter((e) => e.from === id)
    edges = edges.filter((e) => e.from !== id && e.to !== id)
    targetsOfStart.set(
      id,
      outs.map((e) => e.to)
    )
    for (const e of outs) {
      if (start.scope === undefined) {
        if (!m.ends.has(e.to)) startTargets.push(e.to)
      } else edges.push({ ...e, from: start.scope })
    }
  }
  const exits = new Set<string>()
  for (const [id, end] of m.ends) {
    const ins = edges.filter((e) => e.to === id)
    edges = edges.filter((e) => e.from !== id && e.to !== id)
    for (const e of ins) {
      if (end.scope === undefined) exits.add(e.from)
      else edges.push({ ...e, to: `${end.scope}#end` })
    }
  }
  // Start targets that are end events or starts of a sub-process resolved above.
  const synthetic = new Map<string, GatewayNode>()
  const addGateway = (g: GatewayNode, scope: string | undefined): void => {
    synthetic.set(g.id, g)
    m.scopeOf.set(g.id, scope)
  }
  for (const [id, scope] of m.scopes) {
    const stage = m.stages.find((s) => s.id === id)
    const base = { kind: "parallel" as const, eventBased: false, stage: scope.parent, path: [] }
    addGateway({ ...base, id, name: stage?.name, role: "fork", fork: undefined }, scope.parent)
    addGateway({ ...base, id: `${id}#end`, name: stage?.name, role: "join", fork: id }, scope.parent)
  }
  // Boundary events: the step, then an exclusive choice between its normal way on and each event's way.
  const events = new Map<string, Array<BoundaryEvent>>()
  for (const b of m.boundaries) events.set(b.attachedTo, [...(events.get(b.attachedTo) ?? []), b.event])
  for (const [target, list] of groupBy(m.boundaries, (b) => b.attachedTo)) {
    const from = m.scopes.has(target) ? `${target}#end` : target
    const scope = m.scopes.has(target) ? m.scopes.get(target)?.parent : m.scopeOf.get(target)
    const ways = list.flatMap((b) => edges.filter((e) => e.from === b.id).map((e) => ({ b, e })))
    const ids = new Set(list.map((b) => b.id))
    edges = edges.filter((e) => !ids.has(e.from))
    for (const b of list) if (exits.has(b.id)) exits.add(from)
    if (ways.length === 0) continue
    const normal = edges.filter((e) => e.from === from)
    if (normal.length === 0) {
      for (const { e } of ways) edges.push({ ...e, from })
      continue
    }
    // Non-interrupting events add their way to the normal one (inclusive); an interrupting one replaces it (exclusive).
    const choice = `${target}#events`
    addGateway(
      {
        id: choice,
        name: undefined,
        kind: list.every((b) => !b.event.interrupting) ? "inclusive" : "exclusive",
        eventBased: false,
        stage: scope,
        path: [],
        role: "fork",
        fork: undefined
      },
      scope
    )
    const plain = {
      probability: undefined,
      condition: undefined,
      isDefault: false,
      rework: false,
      handoff: false,
      path: []
    }
    if (normal.length === 1) for (const e of normal) e.from = choice
    else {
      const split = `${target}#out`
      addGateway(
        {
          id: split,
          name: undefined,
          kind: "parallel",
          eventBased: false,
          stage: scope,
          path: [],
          role: "fork",
          fork: undefined
        },
        scope
      )
      for (const e of normal) e.from = split
      edges.push({ ...plain, from: choice, to: split, flow: `${target}#normal` })
    }
    edges.push({ ...plain, from, to: choice, flow: `${target}#exit` })
    for (const { b, e } of ways) edges.push({ ...e, from: choice, probability: e.probability ?? b.probability ?? 0 })
  }
  // Message flows: hand-offs; one into a message catch, a receive task or a message start is a dependency.
  const handoffs: Array<HandoffIn> = []
  for (const { node, path } of messageFlows) {
    const props = propertiesOf(node)
    const id = pick(props, ["tongbanId"]) ?? attr(node, "id")
    const fromRef = attr(node, "sourceRef")
    const toRef = attr(node, "targetRef")
    const from = fromRef === undefined ? undefined : real(fromRef)
    const to = toRef === undefined ? undefined : real(toRef)
    if (id === undefined || from === undefined || to === undefined) {
      errors.push(codeIssue(bpmnCodes, "bpmn_flow_incomplete", { path, facts: { id: id ?? "" }, variant: "message" }))
      continue
    }
    for (const [end, ref] of [
      ["sourceRef", from],
      ["targetRef", to]
    ] as const) {
      if (!m.allIds.has(ref) && !m.steps.has(ref)) errors.push(unknownRef([...path, end], "message_flow", id, ref))
    }
    const fromDepartment = pick(props, ["fromDepartment"]) ?? m.departmentOf.get(from) ?? participantName.get(from)
    const toDepartment = pick(props, ["toDepartment"]) ?? m.departmentOf.get(to) ?? participantName.get(to)
    const name = attr(node, "name")
    handoffs.push({
      id,
      ...(name === undefined ? {} : { name: name.slice(0, 500) }),
      from: (participantName.get(from) ?? from).slice(0, 200),
      to: (participantName.get(to) ?? to).slice(0, 200),
      ...(fromDepartment === undefined ? {} : { fromDepartment: fromDepartment.slice(0, 200) }),
      ...(toDepartment === undefined ? {} : { toDepartment: toDepartment.slice(0, 200) })
    })
    if (/^(false|no|0|否)$/i.test(pick(props, ["dependency"]) ?? "") || !m.steps.has(from)) continue
    const target = m.steps.get(to)
    const waits = m.receives.has(to) || (target?.kind === "event" && target.trigger === "message")
    const starts = m.starts.get(to)?.scope === undefined ? (targetsOfStart.get(to) ?? []) : []
    const dependents = waits ? [to] : starts
    for (const d of dependents) {
      edges.push({
        from,
        to: d,
        flow: id,
        probability: undefined,
        condition: undefined,
        isDefault: false,
        rework: false,
        handoff: true,
        path
      })
      if (!waits) for (let i = startTargets.indexOf(d); i >= 0; i = startTargets.indexOf(d)) startTargets.splice(i, 1)
    }
  }
  if (errors.length > 0) return fail(sortIssues(errors))

  // The nodes, and a loop that no path leaves.
  const gatewayNodes = new Map<string, GatewayNode>([...m.gateways, ...synthetic])
  const nodes: Array<string> = []
  const at = (id: string): number => m.position.get(id) ?? 0
  m.order.sort((a, b) => at(a) - at(b))
  for (const id of m.order) {
    nodes.push(id)
    if (m.scopes.has(id)) nodes.push(`${id}#end`)
    if (synthetic.has(`${id}#events`)) nodes.push(`${id}#events`)
    if (synthetic.has(`${id}#out`)) nodes.push(`${id}#out`)
  }
  const seenPair = new Set<string>()
  edges = edges.filter((e) => {
    const key = `${e.from}\u0000${e.to}${e.via === undefined ? "" : `\u0000${e.flow}`}`
    if (seenPair.has(key)) return false
    seenPair.add(key)
    return true
  })
  const successors = (list: ReadonlyArray<Edge>): Map<string, Array<string>> => {
    const out = new Map<string, Array<string>>()
    for (const e of list) out.set(e.from, [...(out.get(e.from) ?? []), e.to])
    return out
  }
  const allSucc = successors(edges)
  for (const component of loopsOf(nodes, allSucc)) {
    const inside = new Set(component)
    // A standard loop repeats its node; after it, a node with no other way on ends the flow.
    const leaves = component.some(
      (id) =>
        exits.has(id) ||
        (allSucc.get(id) ?? []).some((to) => !inside.has(to)) ||
        id.endsWith("#end") ||
        edges.every((e) => e.from !== id || e.flow === `${id}#loop`)
    )
    if (!leaves) {
      return fail(
        codeIssue(flowCodes, "cycle", {
          path: ["flow"],
          facts: { cycle: component, route: component.join(" → ") },
          variant: "no_exit"
        })
      )
    }
  }
  const handoffEdges = edges.filter((e) => e.handoff)
  // Back edges, found depth first from the starts: rework loops.
  const rework: Array<{ edge: Edge; loop: ReadonlyArray<string> }> = []
  const back = new Set<Edge>()
  for (const e of edges) if (e.rework) rework.push({ edge: e, loop: e.to === e.from ? [e.to] : [e.to, e.from] })
  for (const e of edges) if (e.rework) back.add(e)
  const outEdges = new Map<string, Array<Edge>>()
  // Sequence flows first: a dependency drawn from a message flow never makes a rework loop.
  for (const e of edges) if (!back.has(e) && !e.handoff) outEdges.set(e.from, [...(outEdges.get(e.from) ?? []), e])
  const state = new Map<string, 1 | 2>()
  const roots = [...[...m.starts.keys()].flatMap((id) => targetsOfStart.get(id) ?? []), ...nodes]
  for (const r of roots) {
    if (state.has(r)) continue
    const path: Array<string> = [r]
    const work: Array<{ node: string; next: number }> = [{ node: r, next: 0 }]
    state.set(r, 1)
    while (work.length > 0) {
      const top = work[work.length - 1]
      if (top === undefined) break
      const list = outEdges.get(top.node) ?? []
      if (top.next < list.length) {
        const e = list[top.next++]
        if (e === undefined) continue
        const seen = state.get(e.to)
        if (seen === undefined) {
          state.set(e.to, 1)
          path.push(e.to)
          work.push({ node: e.to, next: 0 })
        } else if (seen === 1) {
          back.add(e)
          if (!e.handoff) rework.push({ edge: e, loop: path.slice(path.indexOf(e.to)) })
        }
        continue
      }
      state.set(top.node, 2)
      work.pop()
      path.pop()
    }
  }
  edges = edges.filter((e) => !back.has(e) && !e.handoff)
  // Then each message-flow dependency that does not close a loop.
  for (const e of handoffEdges) {
    const seen = new Set<string>()
    const stack = [e.to]
    let loops = false
    while (stack.length > 0 && !loops) {
      const next = stack.pop()
      if (next === undefined || seen.has(next)) continue
      if (next === e.from) loops = true
      seen.add(next)
      for (const f of edges) if (f.from === next) stack.push(f.to)
    }
    if (!loops) edges.push(e)
  }
  // Inside a sub-process, a node with no way in starts with it and one with no way out ends it.
  const hasIn = new Set(edges.map((e) => e.to))
  const hasOut = new Set(edges.map((e) => e.from))
  for (const id of nodes) {
    const scope = m.scopeOf.get(id.endsWith("#end") && m.scopes.has(id.slice(0, -4)) ? id.slice(0, -4) : id)
    const inScope = id.endsWith("#end") && m.scopes.has(id.slice(0, -4)) ? m.scopes.get(id.slice(0, -4))?.parent : scope
    if (inScope === undefined) continue
    const plain = {
      probability: undefined,
      condition: undefined,
      isDefault: false,
      rework: false,
      handoff: false,
      path: []
    }
    const isEntry = m.scopes.has(id)
    const isExit = id.endsWith("#end") && m.scopes.has(id.slice(0, -4))
    if (!hasIn.has(id) && !isExit) edges.push({ ...plain, from: inScope, to: id, flow: `${inScope}#in` })
    if (!hasOut.has(id) && !isEntry) edges.push({ ...plain, from: id, to: `${inScope}#end`, flow: `${inScope}#out` })
  }
  for (const [id] of m.scopes) {
    if (!edges.some((e) => e.from === id)) {
      const plain = {
        probability: undefined,
        condition: undefined,
        isDefault: false,
        rework: false,
        handoff: false,
        path: []
      }
      edges.push({ ...plain, from: id, to: `${id}#end`, flow: `${id}#empty` })
    }
  }
  const finalIn = new Set(edges.map((e) => e.to))
  const loose = nodes.filter((id) => !finalIn.has(id) && m.scopeOf.get(id) === undefined && !startTargets.includes(id))
  for (const id of loose) {
    warnings.push(
      codeIssue(bpmnCodes, "bpmn_unconnected", { path: ["flow", id], facts: { id, name: m.steps.get(id)?.name ?? id } })
    )
  }
  const start = [...new Set([...startTargets, ...loose])]

  // Gateway roles: fixed ones kept; a gateway that both joins and forks becomes a join followed by a fork.
  const gateways: Array<GatewayIn & { fixed: boolean }> = []
  const renamed = new Map<string, string>()
  const inCount = (id: string): number => edges.filter((e) => e.to === id).length
  const outCount = (id: string): number => edges.filter((e) => e.from === id).length
  for (const id of nodes) {
    const g = gatewayNodes.get(id)
    if (g === undefined) continue
    const base = {
      ...(g.name === undefined ? {} : { name: g.name }),
      kind: g.kind,
      ...(g.stage === undefined ? {} : { stage: g.stage }),
      ...(g.eventBased ? { eventBased: true } : {})
    }
    if (g.role !== undefined) {
      gateways.push({ id, ...base, role: g.role, ...(g.fork === undefined ? {} : { fork: g.fork }), fixed: true })
      continue
    }
    const ins = inCount(id)
    const outs = outCount(id)
    if (ins > 1 && outs > 1) {
      const forkId = `${id}#fork`
      renamed.set(id, forkId)
      const { eventBased: _, ...joinBase } = base
      gateways.push({ id, ...joinBase, role: "join", fixed: false })
      gateways.push({ id: forkId, ...base, role: "fork", fixed: false })
    } else gateways.push({ id, ...base, role: ins > 1 ? "join" : "fork", fixed: false })
  }
  for (const e of edges) {
    const forkId = renamed.get(e.from)
    if (forkId !== undefined) e.from = forkId
  }
  for (const [id, forkId] of renamed) {
    edges.push({
      from: id,
      to: forkId,
      flow: `${id}#split`,
      probability: undefined,
      condition: undefined,
      isDefault: false,
      rework: false,
      handoff: false,
      path: []
    })
  }
  const afterOf = new Map<string, Array<string>>()
  for (const e of edges) afterOf.set(e.to, [...(afterOf.get(e.to) ?? []), e.from])
  for (const g of gateways) g.after = afterOf.get(g.id) ?? []
  // Each join closes the latest fork of its kind that leads to all its inputs (else the latest of any kind).
  const ancestorMemo = new Map<string, ReadonlySet<string>>()
  const ancestors = (id: string): ReadonlySet<string> => {
    const cached = ancestorMemo.get(id)
    if (cached !== undefined) return cached
    const seen = new Set<string>()
    const stack = [...(afterOf.get(id) ?? [])]
    while (stack.length > 0) {
      const next = stack.pop()
      if (next === undefined || seen.has(next)) continue
      seen.add(next)
      stack.push(...(afterOf.get(next) ?? []))
    }
    ancestorMemo.set(id, seen)
    return seen
  }
  for (const join of gateways) {
    if (join.role !== "join" || join.fixed) continue
    const inputs = (join.after ?? []).map((p) => new Set([p, ...ancestors(p)]))
    const forks = gateways.filter((g) => g.role === "fork" && inputs.every((set) => set.has(g.id)))
    const latestOf = (list: ReadonlyArray<GatewayIn>): GatewayIn | undefined =>
      list.find((g) => !list.some((o) => o !== g && ancestors(o.id).has(g.id)))
    const same = latestOf(forks.filter((g) => g.kind === join.kind))
    const any = same ?? latestOf(forks)
    if (any === undefined) {
      join.role = "fork"
      continue
    }
    if (any.kind !== join.kind) {
      warnings.push(
        codeIssue(bpmnCodes, "bpmn_join_kind_mismatch", {
          path: ["flow", "gateways", join.id],
          facts: { id: join.id, kind: join.kind, fork: any.id, forkKind: any.kind }
        })
      )
      join.kind = any.kind
    }
    join.fork = any.id
  }
  // Branch probabilities, conditions and default flows of exclusive and inclusive forks.
  const stepRank = [...m.steps.keys()].sort((a, b) => at(a) - at(b))
  const rankOf = new Map([...stepRank, ...gateways.map((g) => g.id)].map((id, i) => [id, i]))
  const rank = (id: string): number => rankOf.get(id) ?? 0
  for (const g of gateways) {
    if (g.kind === "parallel" || g.role !== "fork") continue
    // Branches in the order of their targets among the flow's steps, then gateways (as parseFlow lists them).
    const out = edges.filter((e) => e.from === g.id).sort((a, b) => rank(a.to) - rank(b.to))
    if (out.length === 0) continue
    const known = out.reduce((sum, e) => sum + (e.probability ?? 0), 0)
    const unknownCount = out.filter((e) => e.probability === undefined).length
    const share = unknownCount === 0 ? 0 : Math.max(0, 1 - known) / unknownCount
    const raw = out.map((e) => (g.kind === "inclusive" ? (e.probability ?? 1) : (e.probability ?? share)))
    const total = raw.reduce((sum, p) => sum + p, 0)
    const probabilities =
      g.kind === "inclusive"
        ? raw
        : total <= 0
          ? raw.map(() => 1 / raw.length)
          : Math.abs(total - 1) > 1e-12
            ? raw.map((p) => p / total)
            : raw
    // The first event to arrive decides an event-based gateway: a condition on its flows means nothing.
    const event = g.eventBased === true
    for (const e of out) {
      if (event && e.condition !== undefined)
        warnings.push(ignored("conditionExpression", e.flow, e.path, WHY_EVENT_CONDITION))
    }
    g.branches = out.map((e, i) => ({
      to: e.to,
      probability: probabilities[i] ?? 0,
      ...(e.condition === undefined || event ? {} : { condition: e.condition }),
      ...(e.isDefault && !event ? { isDefault: true } : {})
    }))
  }
  // Rework loops. A loop whose last step leads nowhere else (驳回 → 修改申请 → back to 重新审核) is taken
  // at the decision that leads into it: its probability is that branch's, and the steps on the way are `via`.
  // Otherwise the file's probability, else the call's, else the default. Each is named in a warning.
  const reworkIn: Array<ReworkIn> = []
  const usedIds = new Set<string>()
  const forwardOut = new Map<string, number>()
  const sequencePreds = new Map<string, Array<string>>()
  for (const e of edges) {
    if (e.handoff) continue
    forwardOut.set(e.from, (forwardOut.get(e.from) ?? 0) + 1)
    sequencePreds.set(e.to, [...(sequencePreds.get(e.to) ?? []), e.from])
  }
  const gatewayIn = new Map(gateways.map((g) => [g.id, g]))
  const decisionsOf = (
    last: string
  ): { readonly via: ReadonlyArray<string>; readonly decisions: ReadonlyArray<GatewayIn> } | undefined => {
    if (!m.steps.has(last) || (forwardOut.get(last) ?? 0) > 0) return undefined
    const via = [last]
    for (let guard = 0; guard < 10_000; guard++) {
      const first = via[0] ?? last
      const preds = sequencePreds.get(first) ?? []
      const only = preds[0]
      if (preds.length === 1 && only !== undefined && m.steps.has(only) && (forwardOut.get(only) ?? 0) === 1) {
        via.unshift(only)
        continue
      }
      const all = preds.flatMap((p) => {
        const g = gatewayIn.get(p)
        return g !== undefined && g.kind !== "parallel" && g.role === "fork" ? [g] : []
      })
      return preds.length > 0 && all.length === preds.length ? { via, decisions: all } : undefined
    }
    return undefined
  }
  const addRework = (
    edge: Edge,
    path: ReadonlyArray<string>,
    from: string,
    probability: number,
    source: "file" | "option" | "default" | "branch",
    via: ReadonlyArray<string> | undefined
  ): void => {
    let id = edge.flow
    for (let k = 2; usedIds.has(id); k++) id = `${edge.flow}#${k}`
    usedIds.add(id)
    const names = path.map((n) => m.steps.get(n)?.name ?? gatewayNodes.get(n)?.name ?? n)
    reworkIn.push({
      id,
      ...(edge.name === undefined ? {} : { name: edge.name }),
      from,
      to: edge.to,
      probability,
      ...(edge.condition === undefined ? {} : { condition: edge.condition }),
      ...(via === undefined ? {} : { via: [...via] })
    })
    warnings.push(
      codeIssue(bpmnCodes, "bpmn_rework_loop", {
        path: edge.path,
        facts: {
          id,
          from,
          to: edge.to,
          loop: [...path],
          probability,
          source,
          route: [...names, names[0] ?? ""].join(" → ")
        },
        ...(source === "file" ? {} : { variant: source })
      })
    )
  }
  for (const { edge, loop } of rework) {
    if (edge.via !== undefined && edge.probability !== undefined) {
      const path = [edge.to, edge.via.from, ...edge.via.steps]
      addRework(edge, path, edge.via.from, edge.probability, "file", edge.via.steps)
      continue
    }
    const found = decisionsOf(edge.from)
    if (found !== undefined) {
      for (const g of found.decisions) {
        const branch = g.branches?.find((b) => b.to === found.via[0])
        const p = branch?.probability ?? 0
        if (p >= 1) continue
        addRework(edge, [edge.to, g.id, ...found.via], g.id, p, "branch", found.via)
      }
      if (found.decisions.some((g) => (g.branches?.find((b) => b.to === found.via[0])?.probability ?? 0) < 1)) continue
    }
    const from = renamed.get(edge.from) ?? edge.from
    const source =
      edge.probability !== undefined ? "file" : options?.reworkProbability !== undefined ? "option" : "default"
    addRework(edge, loop, from, edge.probability ?? options?.reworkProbability ?? 0.1, source, undefined)
  }
  const steps: Array<StepInput> = [...m.steps.values()]
    .sort((a, b) => at(a.id) - at(b.id))
    .map((s) => {
      const list = events.get(s.id)
      return { ...s, after: afterOf.get(s.id) ?? [], ...(list === undefined ? {} : { events: list }) }
    })
  const firstProcess = processes[0]
  const processId = firstProcess === undefined ? undefined : attr(firstProcess, "id")
  const flowProps = firstProcess === undefined ? new Map<string, string>() : propertiesOf(firstProcess)
  const extra = tongbanData(flowProps)
  if (!extra.ok) return extra
  const declared = new Set([...m.stages.map((s) => s.id), ...extra.value.stages.map((s) => s.id)])
  const implied = [...new Set(steps.flatMap((s) => (s.stage === undefined || declared.has(s.stage) ? [] : [s.stage])))]
  const promised = pick(flowProps, ["promised", "承诺时限"])
  const input: FlowInput = {
    id: options?.id ?? pick(flowProps, ["tongbanId"]) ?? processId ?? attr(root, "id") ?? "bpmn",
    name: options?.name ?? (firstProcess === undefined ? undefined : attr(firstProcess, "name")) ?? processId ?? "BPMN",
    ...(promised === undefined ? {} : { promised: readDays(promised) ?? promised }),
    start,
    stages: [...extra.value.stages, ...m.stages, ...implied.map((id) => ({ id, name: id }))],
    ...(extra.value.departments === undefined ? {} : { departments: extra.value.departments }),
    steps,
    gateways: gateways.map(({ fixed: _, ...g }) => g),
    ...(reworkIn.length === 0 ? {} : { rework: reworkIn }),
    ...(handoffs.length === 0 ? {} : { handoffs }),
    ...(m.triggers.length === 0 ? {} : { triggers: m.triggers })
  }
  // Problems of the converted flow are located under "flow", in the flow's own terms; their facts name the ids.
  const flow = parseFlow(input, { path: ["flow"] })
  if (!flow.ok) return flow
  return ok({ flow: flow.value, warnings: sortIssues(warnings) })
}

const groupBy = <T>(items: ReadonlyArray<T>, key: (item: T) => string): ReadonlyMap<string, ReadonlyArray<T>> => {
  const out = new Map<string, Array<T>>()
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item])
  return out
}

/** Stages and departments that tongban's own export writes on the process (`tongban.stages`, `tongban.departments`). */
const tongbanData = (
  props: ReadonlyMap<string, string>
): Result<{ readonly stages: ReadonlyArray<StageIn>; readonly departments: FlowInput["departments"] }> => {
  const path: ReadonlyArray<PathSegment> = ["definitions", "process", 0, "extensionElements"]
  const read = <T>(key: string, schema: z.ZodType<T>): Result<T | undefined> => {
    const text = props.get(key)
    if (text === undefined) return ok(undefined)
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      return fail(codeIssue(bpmnCodes, "bpmn_bad_property", { path, facts: { property: key } }))
    }
    return validate(schema, value, { path: [...path, key] })
  }
  const stages = read("tongban.stages", FlowInputSchema.shape.stages)
  if (!stages.ok) return stages
  const departments = read("tongban.departments", FlowInputSchema.shape.departments)
  if (!departments.ok) return departments
  return ok({ stages: stages.value ?? [], departments: departments.value })
}
