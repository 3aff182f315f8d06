/**
 * Names of the catalogue's elements for people, and the messages that
 * replace zod's own texts: each says which element is wrong and what is
 * allowed, in Chinese and English. Internal: not exported from the package.
 */
import { type Fact, type Issue, makeIssue, type Message, type PathSegment } from "@tongban/core"
import {
  type CodeEntry,
  DEPARTMENT_KINDS,
  EXERCISE_LEVELS,
  HANDLING_FORMS,
  HANDLING_KINDS,
  MATERIAL_FORMS,
  MATERIAL_MEDIA,
  MATERIAL_NECESSITIES,
  MATERIAL_SOURCES,
  ONLINE_DEPTHS,
  SERVICE_OBJECTS,
  WINDOW_AUTHORITIES,
  WINDOW_KINDS
} from "../Codes.js"
import { catalogCodes } from "../IssueCodes.js"

const m = (zh: string, en: string): Message => ({ zh, en })

/** Element names by model key (the last key of a path names the element). */
export const ELEMENT_LABELS: Readonly<Record<string, Message>> = {
  region: m("行政区划", "region"),
  version: m("版本", "version"),
  asOf: m("截至日期", "as-of date"),
  matterTypes: m("事项类型表", "matter types"),
  departments: m("部门", "departments"),
  windows: m("窗口", "windows"),
  matters: m("事项", "matters"),
  bundles: m("一件事", "bundles"),
  id: m("标识", "identifier"),
  code: m("代码", "code"),
  name: m("名称", "name"),
  creditCode: m("统一社会信用代码", "unified social credit code"),
  kind: m("类型", "kind"),
  basicCode: m("基本编码", "basic code"),
  implementationCode: m("实施编码", "implementation code"),
  localCode: m("地方事项编码", "local item code"),
  type: m("事项类型", "matter type"),
  level: m("行使层级", "exercise level"),
  department: m("实施主体", "implementing department"),
  serviceObjects: m("服务对象", "service objects"),
  handlingForms: m("办理形式", "handling forms"),
  onlineDepth: m("网办深度", "online depth"),
  statutoryLimit: m("法定办结时限", "statutory limit"),
  promisedLimit: m("承诺办结时限", "promised limit"),
  limit: m("时限", "limit"),
  amount: m("数量", "amount"),
  unit: m("单位", "unit"),
  trips: m("到办事现场次数", "trips to the centre"),
  tripsReason: m("到现场原因", "reason for the trips"),
  materials: m("申请材料", "materials"),
  form: m("材料类型", "material form"),
  medium: m("材料形式", "material medium"),
  necessity: m("必要性", "necessity"),
  source: m("来源渠道", "source"),
  copies: m("份数", "copies"),
  sharedData: m("免提交", "obtainable from shared data"),
  conditions: m("受理条件", "acceptance conditions"),
  steps: m("办理流程", "process steps"),
  actor: m("执行者", "actor"),
  specialProcedures: m("特别程序", "special procedures"),
  fees: m("收费", "fees"),
  basis: m("依据", "basis"),
  legalBasis: m("设定依据", "legal basis"),
  result: m("办理结果", "result"),
  place: m("办理地点", "place"),
  hours: m("办理时间", "hours"),
  consultPhone: m("咨询电话", "consultation phone"),
  complaintPhone: m("监督电话", "complaint phone"),
  windowAuthority: m("窗口授权", "window authority"),
  validFrom: m("生效日期", "valid from"),
  validTo: m("失效日期", "valid to"),
  lead: m("牵头部门", "lead department"),
  partners: m("协办部门", "co-operating departments")
}

const UNITS: ReadonlyArray<CodeEntry> = [
  { code: "working_day", label: m("工作日", "working days") },
  { code: "natural_day", label: m("自然日", "natural days") },
  { code: "hour", label: m("小时", "hours") },
  { code: "month", label: m("月", "months") },
  { code: "year", label: m("年", "years") }
]

/** The code table behind an enumerated element, by the path's last keys. */
const tableOf = (path: ReadonlyArray<PathSegment>): ReadonlyArray<CodeEntry> | undefined => {
  const keys = path.filter((p): p is string => typeof p === "string")
  const last = keys[keys.length - 1]
  const owner = keys[keys.length - 2]
  switch (last) {
    case "level":
      return EXERCISE_LEVELS
    case "serviceObjects":
      return SERVICE_OBJECTS
    case "handlingForms":
      return HANDLING_FORMS
    case "onlineDepth":
      return ONLINE_DEPTHS
    case "kind":
      return owner === "departments" ? DEPARTMENT_KINDS : owner === "windows" ? WINDOW_KINDS : HANDLING_KINDS
    case "form":
      return MATERIAL_FORMS
    case "medium":
      return MATERIAL_MEDIA
    case "necessity":
      return MATERIAL_NECESSITIES
    case "source":
      return MATERIAL_SOURCES
    case "windowAuthority":
      return WINDOW_AUTHORITIES
    case "unit":
      return UNITS
    default:
      return undefined
  }
}

const COLLECTIONS = new Set(["matters", "departments", "windows", "bundles", "matterTypes"])

/** The element a path names, for people: `申请材料 › 材料形式`. */
export const elementOf = (path: ReadonlyArray<PathSegment>): Message => {
  const all = path.filter((p): p is string => typeof p === "string" && Object.hasOwn(ELEMENT_LABELS, p))
  const inner = all.filter((k) => !COLLECTIONS.has(k))
  const keys = inner.length === 0 ? all : inner
  const tail = keys.slice(-2)
  const labels = tail.map((k) => ELEMENT_LABELS[k] ?? m(k, k))
  if (labels.length === 0) return m("目录", "catalogue")
  return { zh: labels.map((l) => l.zh).join(" › "), en: labels.map((l) => l.en).join(" › ") }
}

/** Zod's shape codes, which catalog words by the element they concern (their templates are in catalogCodes). */
const ZOD_CODES = [
  "invalid_type",
  "invalid_value",
  "too_small",
  "too_big",
  "unrecognized_keys",
  "invalid_union",
  "invalid_format",
  "not_multiple_of",
  "invalid_key",
  "invalid_element"
] as const

type ZodCode = (typeof ZOD_CODES)[number]

const zodCode = (code: string): ZodCode | undefined => ZOD_CODES.find((z) => z === code)

/** The types zod names in `expected` that have a variant of their own in catalogCodes' `invalid_type`. */
const EXPECTED = ["string", "number", "int", "boolean", "array", "object"] as const

const bound = (value: Fact | undefined): Fact => (typeof value === "number" ? value : "?")

const texts = (value: Fact | undefined): ReadonlyArray<string> => (Array.isArray(value) ? value.map(String) : [])

/** A code table's entries, `code label`, in each language. */
const listed = (table: ReadonlyArray<CodeEntry>) => ({
  allowed: table.map((e) => `${e.code} ${e.label.zh}`),
  allowedEn: table.map((e) => `${e.code} ${e.label.en}`)
})

/** The message after the element's name: `申请材料 › 材料形式：…`. */
const afterElement = (el: Message, message: Message): Message => ({
  zh: `${el.zh}：${message.zh}`,
  en: `${el.en}: ${message.en}`
})

/** Zod's issue told in catalog's words (catalogCodes), with zod's facts and the allowed values beside them. */
const worded = (issue: Issue, code: ZodCode, missing: boolean): Issue => {
  const f = issue.facts
  const path = issue.path
  const table = tableOf(path)
  switch (code) {
    case "invalid_type": {
      const expected = typeof f.expected === "string" ? f.expected : ""
      const facts = { ...f, expected, ...(table === undefined ? { allowed: [], allowedEn: [] } : listed(table)) }
      const variant = missing ? "missing" : table !== undefined ? "one_of" : EXPECTED.find((e) => e === expected)
      return catalogCodes.issue(code, { path, facts, ...(variant === undefined ? {} : { variant }) })
    }
    case "invalid_value": {
      const values = texts(f.values)
      const facts = { ...f, ...(table === undefined ? { allowed: values, allowedEn: values } : listed(table)) }
      return catalogCodes.issue(code, { path, facts })
    }
    case "too_small": {
      const facts = { ...f, minimum: bound(f.minimum) }
      const variant =
        f.origin === "array" ? "array" : f.origin === "string" ? (f.minimum === 1 ? "empty" : "string") : undefined
      return catalogCodes.issue(code, { path, facts, ...(variant === undefined ? {} : { variant }) })
    }
    case "too_big": {
      const facts = { ...f, maximum: bound(f.maximum) }
      const variant = f.origin === "array" ? "array" : f.origin === "string" ? "string" : undefined
      return catalogCodes.issue(code, { path, facts, ...(variant === undefined ? {} : { variant }) })
    }
    case "unrecognized_keys":
      return catalogCodes.issue(code, { path, facts: { ...f, keys: texts(f.keys) } })
    default:
      return catalogCodes.issue(code, { path, facts: f })
  }
}

/**
 * The issue with zod's text replaced by one that names the element and what
 * it allows, from catalogCodes' templates. `missing` says whether the input
 * has no value at the path. Issues with codes of our own keep their message,
 * after the element's name.
 */
export const humanize = (issue: Issue, missing: boolean): Issue => {
  const el = elementOf(issue.path)
  const code = zodCode(issue.code)
  if (code === undefined) {
    if (issue.message.zh.startsWith(el.zh)) return issue
    return { ...issue, message: afterElement(el, issue.message) }
  }
  const told = worded(issue, code, missing)
  return makeIssue({
    code: issue.code,
    path: issue.path,
    facts: told.facts,
    severity: issue.severity,
    message: afterElement(el, told.message)
  })
}
