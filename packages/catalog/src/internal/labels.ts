/**
 * Names of the catalogue's elements for people, and the messages that
 * replace zod's own texts: each says which element is wrong and what is
 * allowed, in Chinese and English. Internal: not exported from the package.
 */
import { type Issue, makeIssue, type Message, type PathSegment } from "@tongban/core"
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

const ZOD_CODES = new Set([
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
])

const num = (value: unknown): string => (typeof value === "number" ? String(value) : "?")

const listed = (table: ReadonlyArray<CodeEntry>): Message => ({
  zh: table.map((e) => `${e.code} ${e.label.zh}`).join("、"),
  en: table.map((e) => `${e.code} ${e.label.en}`).join(", ")
})

/**
 * The issue with zod's text replaced by one that names the element and what
 * it allows. `missing` says whether the input has no value at the path.
 * Issues with codes of our own keep their message, after the element's name.
 */
export const humanize = (issue: Issue, missing: boolean): Issue => {
  const el = elementOf(issue.path)
  const f = issue.facts
  if (!ZOD_CODES.has(issue.code)) {
    if (issue.message.zh.startsWith(el.zh)) return issue
    return { ...issue, message: { zh: `${el.zh}：${issue.message.zh}`, en: `${el.en}: ${issue.message.en}` } }
  }
  const say = (zh: string, en: string): Issue =>
    makeIssue({
      code: issue.code,
      path: issue.path,
      facts: issue.facts,
      severity: issue.severity,
      message: { zh: `${el.zh}：${zh}`, en: `${el.en}: ${en}` }
    })
  const table = tableOf(issue.path)
  switch (issue.code) {
    case "invalid_type": {
      if (missing) return say("缺少此项", "missing")
      if (table !== undefined) {
        const allowed = listed(table)
        return say(`应为以下之一：${allowed.zh}`, `must be one of ${allowed.en}`)
      }
      const expected = typeof f.expected === "string" ? f.expected : ""
      const names: Record<string, Message> = {
        string: m("文字", "text"),
        number: m("数字", "a number"),
        int: m("整数", "a whole number"),
        boolean: m("是或否", "true or false"),
        array: m("列表", "a list"),
        object: m("记录", "a record")
      }
      const name = Object.hasOwn(names, expected) ? names[expected] : undefined
      return say(`应为${name?.zh ?? expected}`, `must be ${name?.en ?? expected}`)
    }
    case "invalid_value": {
      if (table !== undefined) {
        const allowed = listed(table)
        return say(`应为以下之一：${allowed.zh}`, `must be one of ${allowed.en}`)
      }
      const values = Array.isArray(f.values) ? f.values.join("、") : ""
      return say(`应为以下之一：${values}`, `must be one of ${values}`)
    }
    case "too_small": {
      const min = num(f.minimum)
      if (f.origin === "array") return say(`至少 ${min} 项`, `needs at least ${min}`)
      if (f.origin === "string") {
        return min === "1" ? say("不能为空", "must not be empty") : say(`至少 ${min} 个字`, `needs ${min} characters`)
      }
      return say(`不能小于 ${min}`, `must be at least ${min}`)
    }
    case "too_big": {
      const max = num(f.maximum)
      if (f.origin === "array") return say(`最多 ${max} 项`, `may hold at most ${max}`)
      if (f.origin === "string") return say(`最多 ${max} 个字`, `may be at most ${max} characters long`)
      return say(`不能大于 ${max}`, `must be at most ${max}`)
    }
    case "unrecognized_keys": {
      const keys = Array.isArray(f.keys) ? f.keys.join("、") : ""
      return say(`有模型之外的键：${keys}`, `has keys outside the model: ${keys}`)
    }
    case "not_multiple_of":
      return say("应为整数", "must be a whole number")
    default:
      return say("值的形式不对", "has a value of the wrong form")
  }
}
