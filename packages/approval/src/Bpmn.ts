/**
 * BPMN 2.0 import: the XML that Camunda, Flowable and bpmn.io modellers
 * write, turned into a flow.
 *
 * Glossary:
 * - 泳道 = lane (read as the department, 部门)
 * - 开始事件 / 结束事件 = start / end event; 任务 = task
 * - 顺序流 = sequence flow; 并行网关 / 排他网关 = parallel / exclusive gateway
 * - 办理时限 = handling time (a task's duration, in working days)
 *
 * What is read: start and end events, tasks of every kind (task, userTask,
 * serviceTask, manualTask, scriptTask, businessRuleTask, sendTask,
 * receiveTask, callActivity), sequence flows, parallel and exclusive
 * gateways, lanes (as departments) and pools (as the department of tasks
 * outside any lane). A task's duration, department, statutory and promised
 * limits, reviewers, trips and matter code come from extension properties
 * (`camunda:property`, `zeebe:property`, `flowable:field`, or any
 * `property` with `name` and `value`) or from `key: value` lines in its
 * documentation; a branch's probability likewise from its sequence flow.
 * Everything else that changes the flow (sub-processes, inclusive or
 * event-based gateways, intermediate and boundary events, loops, message
 * flows) is refused and listed; diagram artifacts (text annotations, data
 * objects, groups) are listed as warnings.
 *
 * @since 0.1.0
 */
import { fail, type Issue, makeIssue, ok, type PathSegment, type Result, sortIssues } from "@tongban/core"
import { XMLParser, XMLValidator } from "fast-xml-parser"
import { type Flow, type FlowInput, parseFlow, type StepInputSchema } from "./Flow.js"
import type * as z from "zod"

type StepInput = z.input<typeof StepInputSchema>
type GatewayIn = NonNullable<FlowInput["gateways"]>[number]
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
 * A flow read from BPMN, with the warnings that did not stop the import
 * (defaulted durations and departments, ignored diagram artifacts).
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
const GATEWAYS = new Set(["parallelGateway", "exclusiveGateway"])
/** Process children with no bearing on the order of work. */
const ARTIFACTS = new Set([
  "textAnnotation",
  "association",
  "dataObject",
  "dataObjectReference",
  "dataStoreReference",
  "group",
  "category"
])
/** Process children read elsewhere or carrying nothing to schedule. */
const KNOWN_PROCESS_CHILDREN = new Set([
  "laneSet",
  "sequenceFlow",
  "documentation",
  "extensionElements",
  "startEvent",
  "endEvent",
  "ioSpecification",
  "property"
])
/** Children of a task or event that do not change the flow. */
const NODE_CHILDREN = new Set([
  "incoming",
  "outgoing",
  "documentation",
  "extensionElements",
  "ioSpecification",
  "dataInputAssociation",
  "dataOutputAssociation",
  "property",
  "conditionExpression",
  "timerEventDefinition",
  "messageEventDefinition",
  "signalEventDefinition",
  "conditionalEventDefinition",
  "terminateEventDefinition",
  "errorEventDefinition",
  "escalationEventDefinition",
  "compensateEventDefinition",
  "linkEventDefinition",
  "cancelEventDefinition",
  "script",
  "rendering"
])
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
  "resource"
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

const issue = (
  code: string,
  path: ReadonlyArray<PathSegment>,
  facts: Record<string, string | number>,
  zh: string,
  en: string
): Issue => makeIssue({ code, path, facts, message: { zh, en } })

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
  const iso = /^P(\d{1,5})D$/i.exec(text)
  if (iso?.[1] !== undefined) return Number(iso[1])
  const m = /^(\d{1,5}(?:\.\d+)?)\s*(?:wd|d|days?|working\s*days?|个?工作日|天|日)?$/i.exec(text)
  return m?.[1] === undefined ? undefined : Number(m[1])
}

const DURATION_KEYS = ["duration", "durationDays", "workingDays", "days", "时限", "办理时限", "工期"]

interface Collected {
  readonly steps: Array<StepInput>
  readonly gateways: Array<{
    id: string
    name: string | undefined
    kind: "parallel" | "exclusive"
    path: ReadonlyArray<PathSegment>
  }>
  readonly starts: Set<string>
  readonly ends: Set<string>
  readonly flows: Array<{
    id: string
    from: string
    to: string
    probability: number | undefined
    path: ReadonlyArray<PathSegment>
  }>
}

/**
 * Reads BPMN 2.0 XML (Camunda, Flowable, bpmn.io) into a flow. Hostile input
 * is refused with an issue before parsing: a DOCTYPE or entity declaration,
 * text over `maxLength`, nesting deeper than `maxDepth`, element or
 * attribute names such as `__proto__`.
 *
 * @returns the flow and the import's warnings, or every problem found
 * (each unsupported element is listed as `bpmn_unsupported_element`)
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
  const maxLength = options?.maxLength ?? 16 * 1024 * 1024
  const maxDepth = options?.maxDepth ?? 100
  if (xml.length > maxLength) {
    return fail(
      issue(
        "bpmn_too_large",
        [],
        { length: xml.length, maxLength },
        `BPMN 文件过大：${xml.length} 个字符，上限 ${maxLength}`,
        `BPMN too large: ${xml.length} characters, the limit is ${maxLength}`
      )
    )
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    return fail(
      issue(
        "bpmn_doctype_refused",
        [],
        {},
        "BPMN 中不允许 DOCTYPE 或实体声明（可能导致实体膨胀攻击）",
        "a DOCTYPE or entity declaration is not allowed in BPMN (it could expand entities without bound)"
      )
    )
  }
  if (xml.trim() === "") return fail(issue("bpmn_empty", [], {}, "BPMN 内容为空", "the BPMN is empty"))
  const depth = nestingDepth(xml, maxDepth)
  if (depth > maxDepth) {
    return fail(
      issue(
        "bpmn_too_deep",
        [],
        { maxDepth },
        `XML 嵌套超过 ${maxDepth} 层`,
        `the XML is nested deeper than ${maxDepth} levels`
      )
    )
  }
  const forbidden = FORBIDDEN.exec(xml)
  if (forbidden !== null) {
    return fail(
      issue(
        "bpmn_forbidden_name",
        [],
        { found: forbidden[0].trim() },
        `XML 中不允许使用名称 ${forbidden[0].trim()}`,
        `the name ${forbidden[0].trim()} is not allowed in the XML`
      )
    )
  }
  const valid = XMLValidator.validate(xml)
  if (valid !== true) {
    const line = valid.err.line ?? 0
    const column = valid.err.col ?? 0
    const msg = valid.err.msg
    return fail(
      issue(
        "bpmn_malformed",
        [],
        { line, column, detail: msg },
        `XML 格式错误（第 ${line} 行第 ${column} 列）：${msg}`,
        `malformed XML (line ${line}, column ${column}): ${msg}`
      )
    )
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
    return fail(
      issue("bpmn_malformed", [], { detail }, `XML 无法解析：${detail}`, `the XML cannot be parsed: ${detail}`)
    )
  }
  const root = isNode(tree) ? kids(tree, "definitions")[0] : undefined
  if (root === undefined) {
    return fail(
      issue(
        "bpmn_not_definitions",
        [],
        {},
        "根元素不是 BPMN 的 definitions",
        "the root element is not BPMN definitions"
      )
    )
  }
  return convert(root, options)
}

const convert = (root: XmlNode, options: BpmnOptions | undefined): Result<BpmnImport> => {
  const errors: Array<Issue> = []
  const warnings: Array<Issue> = []
  const unsupported = (element: string, id: string | undefined, path: ReadonlyArray<PathSegment>): void => {
    errors.push(
      issue(
        "bpmn_unsupported_element",
        path,
        { element, id: id ?? "" },
        `不支持的 BPMN 元素 ${element}${id === undefined ? "" : `（${id}）`}`,
        `unsupported BPMN element ${element}${id === undefined ? "" : ` (${id})`}`
      )
    )
  }
  for (const name of elementNames(root)) {
    if (!DEFINITION_CHILDREN.has(name))
      for (const n of kids(root, name)) unsupported(name, attr(n, "id"), ["definitions", name])
  }
  const poolOf = new Map<string, string>()
  for (const collab of kids(root, "collaboration")) {
    for (const p of kids(collab, "participant")) {
      const ref = attr(p, "processRef")
      const name = attr(p, "name")
      if (ref !== undefined && name !== undefined) poolOf.set(ref, name)
    }
    for (const name of elementNames(collab)) {
      if (name === "participant" || name === "documentation" || name === "extensionElements") continue
      for (const n of kids(collab, name)) {
        if (ARTIFACTS.has(name)) warnings.push(ignored(name, attr(n, "id"), ["definitions", "collaboration", name]))
        else unsupported(name, attr(n, "id"), ["definitions", "collaboration", name])
      }
    }
  }
  const processes = kids(root, "process")
  if (processes.length === 0) {
    return fail(issue("bpmn_no_process", ["definitions"], {}, "BPMN 中没有 process 元素", "the BPMN has no process"))
  }
  const collected: Collected = { steps: [], gateways: [], starts: new Set(), ends: new Set(), flows: [] }
  const defaultDays = options?.defaultDuration ?? 1
  processes.forEach((process, pi) => {
    const base: ReadonlyArray<PathSegment> = ["definitions", "process", pi]
    const laneOf = lanesOf(process)
    const pool = poolOf.get(attr(process, "id") ?? "")
    for (const name of elementNames(process)) {
      kids(process, name).forEach((node, ni) => {
        const path = [...base, name, ni]
        const id = attr(node, "id")
        if (TASKS.has(name) || GATEWAYS.has(name) || name === "startEvent" || name === "endEvent") {
          if (id === undefined) {
            errors.push(
              issue("bpmn_missing_id", path, { element: name }, `${name} 缺少 id 属性`, `${name} has no id attribute`)
            )
            return
          }
          for (const child of elementNames(node)) {
            if (!NODE_CHILDREN.has(child)) unsupported(`${name}/${child}`, id, [...path, child])
          }
        }
        if (TASKS.has(name) && id !== undefined) {
          collected.steps.push(toStep(node, id, name, path, laneOf.get(id) ?? pool, defaultDays, warnings, errors))
        } else if (GATEWAYS.has(name) && id !== undefined) {
          collected.gateways.push({
            id,
            name: attr(node, "name"),
            kind: name === "parallelGateway" ? "parallel" : "exclusive",
            path
          })
        } else if (name === "startEvent" && id !== undefined) collected.starts.add(id)
        else if (name === "endEvent" && id !== undefined) collected.ends.add(id)
        else if (name === "sequenceFlow") {
          const from = attr(node, "sourceRef")
          const to = attr(node, "targetRef")
          if (from === undefined || to === undefined || id === undefined) {
            errors.push(
              issue(
                "bpmn_flow_incomplete",
                path,
                { id: id ?? "" },
                "顺序流缺少 id、sourceRef 或 targetRef",
                "a sequence flow lacks its id, sourceRef or targetRef"
              )
            )
            return
          }
          const text = pick(propertiesOf(node), ["probability", "概率"])
          const probability = text === undefined ? undefined : Number(text)
          if (probability !== undefined && !(probability >= 0 && probability <= 1)) {
            errors.push(
              issue(
                "bpmn_bad_probability",
                path,
                { id, value: text ?? "" },
                `顺序流 ${id} 的概率 "${text}" 不在 0 到 1 之间`,
                `the probability "${text}" of sequence flow ${id} is not between 0 and 1`
              )
            )
            return
          }
          collected.flows.push({ id, from, to, probability, path })
        } else if (ARTIFACTS.has(name)) warnings.push(ignored(name, id, path))
        else if (!KNOWN_PROCESS_CHILDREN.has(name)) unsupported(name, id, path)
      })
    }
  })
  if (errors.length > 0) return fail(sortIssues(errors))
  return assemble(root, processes, collected, warnings, options)
}

const ignored = (element: string, id: string | undefined, path: ReadonlyArray<PathSegment>): Issue =>
  issue(
    "bpmn_element_ignored",
    path,
    { element, id: id ?? "" },
    `BPMN 元素 ${element}${id === undefined ? "" : `（${id}）`}不影响流程，已忽略`,
    `BPMN element ${element}${id === undefined ? "" : ` (${id})`} does not affect the flow and was ignored`
  )

/** The department (lane name) of each flow node; inner lanes win. */
const lanesOf = (process: XmlNode): ReadonlyMap<string, string> => {
  const out = new Map<string, string>()
  const walk = (holder: XmlNode): void => {
    for (const set of kids(holder, "laneSet")) {
      for (const lane of kids(set, "lane")) {
        const name = attr(lane, "name") ?? attr(lane, "id")
        if (name !== undefined) for (const ref of kids(lane, "flowNodeRef")) out.set(textOf(ref).trim(), name)
        for (const child of kids(lane, "childLaneSet")) walk({ laneSet: [child] })
      }
    }
  }
  walk(process)
  return out
}

const toStep = (
  node: XmlNode,
  id: string,
  element: string,
  path: ReadonlyArray<PathSegment>,
  lane: string | undefined,
  defaultDays: number,
  warnings: Array<Issue>,
  errors: Array<Issue>
): StepInput => {
  const props = propertiesOf(node)
  const name = (attr(node, "name") ?? "").replace(/\s+/g, " ").trim() || id
  const number = (keys: ReadonlyArray<string>, what: string): number | undefined => {
    const text = pick(props, keys)
    if (text === undefined) return undefined
    const days = readDays(text)
    if (days === undefined) {
      errors.push(
        issue(
          "bpmn_bad_number",
          path,
          { id, property: what, value: text },
          `任务 ${id} 的 ${what} 值 "${text}" 无法识别`,
          `task ${id}: cannot read ${what} "${text}"`
        )
      )
    }
    return days
  }
  const fixed = number(DURATION_KEYS, "duration")
  const min = number(["durationMin", "minDays"], "durationMin")
  const mode = number(["durationMode", "modeDays"], "durationMode")
  const max = number(["durationMax", "maxDays"], "durationMax")
  let duration: StepInput["duration"]
  if (min !== undefined && mode !== undefined && max !== undefined) duration = { kind: "triangular", min, mode, max }
  else if (fixed !== undefined) duration = Math.ceil(fixed)
  else {
    duration = defaultDays
    warnings.push(
      issue(
        "bpmn_duration_defaulted",
        path,
        { id, element, days: defaultDays },
        `任务 ${id}（${name}）未给出办理时限，按 ${defaultDays} 个工作日计`,
        `task ${id} (${name}) states no duration; ${defaultDays} working day(s) assumed`
      )
    )
  }
  const department = pick(props, ["department", "部门", "dept"]) ?? lane
  if (department === undefined) {
    warnings.push(
      issue(
        "bpmn_department_missing",
        path,
        { id },
        `任务 ${id}（${name}）不在任何泳道中，也未指明部门`,
        `task ${id} (${name}) is in no lane and names no department`
      )
    )
  }
  const statutory = number(["statutory", "法定时限"], "statutory")
  const promised = number(["promised", "承诺时限"], "promised")
  const reviewers = number(["reviewers", "审查人数"], "reviewers")
  const trips = number(["trips", "跑动次数"], "trips")
  const matter = pick(props, ["matter", "事项编码", "matterCode"])
  const joint = pick(props, ["jointReview", "联合审查"])
  const commitment = pick(props, ["commitment", "告知承诺"])
  return {
    id,
    name,
    department: department ?? "unassigned",
    duration,
    ...(matter === undefined ? {} : { matter }),
    ...(statutory === undefined ? {} : { statutory: Math.ceil(statutory) }),
    ...(promised === undefined ? {} : { promised: Math.ceil(promised) }),
    ...(reviewers === undefined ? {} : { reviewers: Math.max(1, Math.ceil(reviewers)) }),
    ...(trips === undefined ? {} : { trips: Math.ceil(trips) }),
    ...(joint === undefined ? {} : { jointReview: joint }),
    ...(commitment === undefined ? {} : { commitment: /^(true|yes|1|是)$/i.test(commitment) })
  }
}

const assemble = (
  root: XmlNode,
  processes: ReadonlyArray<XmlNode>,
  c: Collected,
  warnings: Array<Issue>,
  options: BpmnOptions | undefined
): Result<BpmnImport> => {
  const known = new Set([...c.steps.map((s) => s.id), ...c.gateways.map((g) => g.id), ...c.starts, ...c.ends])
  const errors: Array<Issue> = []
  const preds = new Map<string, Array<string>>()
  const succs = new Map<string, Array<string>>()
  const start = new Set<string>()
  const probability = new Map<string, number | undefined>()
  for (const f of c.flows) {
    for (const [end, ref] of [
      ["sourceRef", f.from],
      ["targetRef", f.to]
    ] as const) {
      if (!known.has(ref)) {
        errors.push(
          issue(
            "unknown_reference",
            [...f.path, end],
            { kind: "flow node", id: ref },
            `顺序流 ${f.id} 引用了不存在的节点 "${ref}"`,
            `sequence flow ${f.id} refers to an unknown node "${ref}"`
          )
        )
      }
    }
    if (c.ends.has(f.to) || c.ends.has(f.from)) continue
    if (c.starts.has(f.from)) {
      start.add(f.to)
      continue
    }
    if (c.starts.has(f.to)) continue
    preds.set(f.to, [...(preds.get(f.to) ?? []), f.from])
    succs.set(f.from, [...(succs.get(f.from) ?? []), f.to])
    probability.set(`${f.from}\u0000${f.to}`, f.probability)
  }
  if (errors.length > 0) return fail(sortIssues(errors))
  const incoming = (id: string): number => (preds.get(id)?.length ?? 0) + (start.has(id) ? 1 : 0)
  // Gateways: split forks from joins; a gateway that does both becomes a
  // join followed by a fork.
  const gateways: Array<GatewayIn> = []
  const renamed = new Map<string, string>()
  for (const g of c.gateways) {
    const ins = incoming(g.id)
    const outs = succs.get(g.id)?.length ?? 0
    const base = { ...(g.name === undefined ? {} : { name: g.name }), kind: g.kind }
    if (ins > 1 && outs > 1) {
      const forkId = `${g.id}#fork`
      renamed.set(g.id, forkId)
      gateways.push({ id: g.id, ...base, role: "join", after: preds.get(g.id) ?? [] })
      gateways.push({ id: forkId, ...base, role: "fork", after: [g.id] })
    } else {
      gateways.push({ id: g.id, ...base, role: ins > 1 ? "join" : "fork", after: preds.get(g.id) ?? [] })
    }
  }
  const forkOf = (id: string): string => renamed.get(id) ?? id
  const rewire = (after: ReadonlyArray<string>): Array<string> => after.map(forkOf)
  const steps = c.steps.map((s) => ({ ...s, after: rewire(preds.get(s.id) ?? []) }))
  const forkParts = new Set(renamed.values())
  for (const g of gateways) if (!forkParts.has(g.id)) g.after = rewire(g.after ?? [])
  // Each join closes the latest fork of its kind that leads to all its inputs.
  const allPreds = new Map<string, ReadonlyArray<string>>()
  for (const n of [...steps, ...gateways]) allPreds.set(n.id, n.after ?? [])
  const ancestors = (id: string): ReadonlySet<string> => {
    const seen = new Set<string>()
    const stack = [...(allPreds.get(id) ?? [])]
    while (stack.length > 0) {
      const next = stack.pop()
      if (next === undefined || seen.has(next)) continue
      seen.add(next)
      stack.push(...(allPreds.get(next) ?? []))
    }
    return seen
  }
  for (const join of gateways) {
    if (join.role !== "join") continue
    const inputs = (join.after ?? []).map((p) => new Set([p, ...ancestors(p)]))
    const candidates = gateways.filter(
      (g) => g.role === "fork" && g.kind === join.kind && inputs.every((set) => set.has(g.id))
    )
    const latest = candidates.find((g) => !candidates.some((o) => o !== g && ancestors(o.id).has(g.id)))
    if (latest !== undefined) join.fork = latest.id
  }
  // Branch probabilities of exclusive forks: the given ones, the rest shared equally.
  for (const g of gateways) {
    if (g.kind !== "exclusive" || g.role !== "fork") continue
    const targets = [...steps, ...gateways].filter((n) => (n.after ?? []).includes(g.id)).map((n) => n.id)
    const source = [...renamed].find(([, fork]) => fork === g.id)?.[0] ?? g.id
    const given = targets.map((to) => probability.get(`${source}\u0000${to}`))
    if (given.every((p) => p === undefined) || targets.length === 0) continue
    const known = given.reduce<number>((sum, p) => sum + (p ?? 0), 0)
    const unknownCount = given.filter((p) => p === undefined).length
    const share = unknownCount === 0 ? 0 : Math.max(0, 1 - known) / unknownCount
    g.branches = targets.map((to, i) => ({ to, probability: given[i] ?? share }))
  }
  const firstProcess = processes[0]
  const processId = firstProcess === undefined ? undefined : attr(firstProcess, "id")
  const input: FlowInput = {
    id: options?.id ?? processId ?? attr(root, "id") ?? "bpmn",
    name: options?.name ?? (firstProcess === undefined ? undefined : attr(firstProcess, "name")) ?? processId ?? "BPMN",
    ...(start.size > 0 ? { start: [...start] } : {}),
    steps,
    gateways
  }
  // Problems of the converted flow (cycles, joins without forks) are
  // located under "flow", in the flow's own terms; their facts name the ids.
  const flow = parseFlow(input, { path: ["flow"] })
  if (!flow.ok) return flow
  return ok({ flow: flow.value, warnings: sortIssues(warnings) })
}
