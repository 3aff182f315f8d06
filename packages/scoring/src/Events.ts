/**
 * Events: what happened at the windows in a period, from JSON or CSV, each
 * checked and located when it is wrong.
 *
 * Glossary: 考勤 = attendance, 迟到 = late, 早退 = early leave, 旷工/缺岗 =
 * absent, 脱岗 = off post, 办件 = case, 按时办结 = on time, 超期 = overdue,
 * 好差评 = good/bad review (evaluation), 非常满意 / 满意 / 基本满意 / 不满意 /
 * 非常不满意 = the five levels, 主动评价 = active evaluation (given by the
 * citizen, not a default), 投诉 = complaint, 查实 = confirmed, 表扬 =
 * commendation, 违纪 = discipline, 整改 = rectification, 回访 = follow-up,
 * 申诉 = appeal, 首席代表 = chief representative.
 *
 * @since 0.1.0
 */
import {
  coreCodes,
  fail,
  type Issue,
  type LocalDate,
  makeIssue,
  type Message,
  type PathSegment,
  parseJson,
  parseLocalDate,
  type Result
} from "@tongban/core"
import * as z from "zod"
import { toHundredths } from "./internal/decimal.js"
import { EVENT_KINDS, type EventKind, type Level, LEVELS } from "./Rubric.js"

/**
 * One event. Which fields matter depends on the kind (see
 * {@link EVENT_KINDS}); every event has a `kind` and a `date`, and every
 * event but the bad-review handling names a `staff` member or a `window`.
 *
 * @since 0.1.0
 * @category models
 */
export interface ScoringEvent {
  readonly kind: EventKind
  readonly date: LocalDate
  readonly staff?: string
  readonly window?: string
  readonly department?: string
  /** The sub-type: `late`, `overdue`, `confirmed`, `upheld`, a county's own discipline code… */
  readonly code?: string
  /** The level of an evaluation. */
  readonly level?: Level
  /** Half days, person-times or occurrences this event counts for; a whole number 1–1000, default 1. */
  readonly quantity?: number
  /** Points per unit chosen within an item's range (酌情), at most two decimals. */
  readonly points?: number | string
  /** The matter type of a case, for difficulty weights. */
  readonly matterType?: string
  /** The id of an evaluation, so that rectification, follow-up and appeal events can refer to it. */
  readonly id?: string
  /** The evaluation a rectification, follow-up or appeal is about. */
  readonly ref?: string
  /** Was the evaluation given by the citizen (true, default) or by the system's default rule (false)? */
  readonly active?: boolean
  /** A staff member's role on a roster line, e.g. `chief_representative`. */
  readonly role?: string
  /** The first day a staff member is present (roster line). */
  readonly from?: LocalDate
  /** The last day a staff member is present (roster line). */
  readonly to?: LocalDate
}

/**
 * How numeric (or other) evaluation codes map to levels. Systems disagree:
 * GB/T 39046 numbers 1 = 非常满意 … 5 = 非常不满意, many rating devices number
 * 5 = 非常满意 … 1 = 非常不满意. There is no default: a caller whose events
 * carry codes says which.
 *
 * @since 0.1.0
 * @category models
 */
export type LevelCodes = Readonly<Record<string, Level>>

/**
 * The codes of GB/T 39046: 1 = 非常满意, 2 = 满意, 3 = 基本满意, 4 = 不满意,
 * 5 = 非常不满意.
 *
 * @since 0.1.0
 * @category presets
 */
export const GBT_39046_LEVEL_CODES: LevelCodes = {
  "1": "very_satisfied",
  "2": "satisfied",
  "3": "basically_satisfied",
  "4": "dissatisfied",
  "5": "very_dissatisfied"
}

/**
 * The codes many rating devices use: 5 = 非常满意, 4 = 满意, 3 = 基本满意,
 * 2 = 不满意, 1 = 非常不满意.
 *
 * @since 0.1.0
 * @category presets
 */
export const FIVE_IS_BEST_LEVEL_CODES: LevelCodes = {
  "5": "very_satisfied",
  "4": "satisfied",
  "3": "basically_satisfied",
  "2": "dissatisfied",
  "1": "very_dissatisfied"
}

/**
 * The Chinese names of the levels, which are always understood.
 *
 * @since 0.1.0
 * @category constants
 */
export const LEVEL_NAMES_ZH: Readonly<Record<Level, string>> = {
  very_satisfied: "非常满意",
  satisfied: "满意",
  basically_satisfied: "基本满意",
  dissatisfied: "不满意",
  very_dissatisfied: "非常不满意"
}

/**
 * Options for reading events.
 *
 * @since 0.1.0
 * @category models
 */
export interface EventOptions {
  /** How evaluation codes map to levels; without it only level names (English or Chinese) are read. */
  readonly levelCodes?: LevelCodes
  /** The most events accepted; default 5,000,000. */
  readonly maxEvents?: number
  /** The most issues reported before reading stops; default 100. */
  readonly maxIssues?: number
}

const FIELDS = [
  "kind",
  "date",
  "staff",
  "window",
  "department",
  "code",
  "level",
  "quantity",
  "points",
  "matterType",
  "id",
  "ref",
  "active",
  "role",
  "from",
  "to"
] as const

const FIELD_LOOKUP: Readonly<Record<(typeof FIELDS)[number], true>> = {
  kind: true,
  date: true,
  staff: true,
  window: true,
  department: true,
  code: true,
  level: true,
  quantity: true,
  points: true,
  matterType: true,
  id: true,
  ref: true,
  active: true,
  role: true,
  from: true,
  to: true
}

const isField = (key: string): boolean => Object.hasOwn(FIELD_LOOKUP, key)

/**
 * The CSV header of an event file: these columns, in any order, `kind` and
 * `date` required, the others optional; an empty cell is an absent field.
 * `matter_type` may be written for `matterType`; `active` is `true`/`false`
 * (or `1`/`0`, `是`/`否`).
 *
 * @since 0.1.0
 * @category constants
 */
export const EVENT_CSV_COLUMNS: ReadonlyArray<string> = FIELDS

const KIND_LOOKUP: Readonly<Record<EventKind, true>> = {
  attendance: true,
  case: true,
  evaluation: true,
  complaint: true,
  commendation: true,
  discipline: true,
  staff: true,
  rectification: true,
  follow_up: true,
  appeal: true
}

const LEVEL_BY_NAME: Readonly<Record<string, Level>> = {
  very_satisfied: "very_satisfied",
  satisfied: "satisfied",
  basically_satisfied: "basically_satisfied",
  dissatisfied: "dissatisfied",
  very_dissatisfied: "very_dissatisfied",
  非常满意: "very_satisfied",
  满意: "satisfied",
  基本满意: "basically_satisfied",
  不满意: "dissatisfied",
  非常不满意: "very_dissatisfied"
}

const CODES: Partial<Record<EventKind, ReadonlyArray<string>>> = {
  case: ["on_time", "overdue"],
  complaint: ["confirmed", "unconfirmed"],
  appeal: ["upheld", "rejected"]
}

type Draft = { -readonly [K in keyof ScoringEvent]?: ScoringEvent[K] }

const isEventKind = (v: unknown): v is EventKind => typeof v === "string" && Object.hasOwn(KIND_LOOKUP, v)

const ID_FIELDS = ["staff", "window", "department", "code", "matterType", "id", "ref", "role"] as const

const report = (
  issues: Array<Issue>,
  path: ReadonlyArray<PathSegment>,
  facts: Readonly<Record<string, number>>,
  field: string | undefined,
  code: string,
  message: Message,
  extra: Record<string, string | number> | undefined
): void => {
  issues.push(
    makeIssue({ code, path: field === undefined ? path : [...path, field], facts: { ...facts, ...extra }, message })
  )
}

const DATE_FIELDS = ["date", "from", "to"] as const

/** Reads one event from an already-parsed object; pushes issues and returns undefined when it is wrong. */
const readEvent = (
  raw: unknown,
  path: ReadonlyArray<PathSegment>,
  options: EventOptions | undefined,
  issues: Array<Issue>
): ScoringEvent | undefined => {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    report(
      issues,
      path,
      {},
      undefined,
      "event_not_object",
      { zh: "事件须为对象", en: "an event must be an object" },
      undefined
    )
    return undefined
  }
  const out: Record<string, unknown> = {}
  let unknown = false
  for (const key of Object.keys(raw)) {
    if (!isField(key)) {
      if (!unknown)
        report(
          issues,
          path,
          {},
          key,
          "event_key_unknown",
          { zh: `未知的字段 "${key}"`, en: `unknown field "${key}"` },
          { key }
        )
      unknown = true
      continue
    }
    const v: unknown = Reflect.get(raw, key)
    if (v !== undefined && v !== null && v !== "") out[key] = v
  }
  const event = readFields(out, path, options, issues, {})
  return unknown ? undefined : event
}

/**
 * Reads one event from its known, non-empty fields (from an object or a CSV
 * row); pushes issues and returns undefined when it is wrong.
 */
const readFields = (
  out: Readonly<Record<string, unknown>>,
  path: ReadonlyArray<PathSegment>,
  options: EventOptions | undefined,
  issues: Array<Issue>,
  facts: Readonly<Record<string, number>>
): ScoringEvent | undefined => {
  const before = issues.length
  const bad = (
    field: string | undefined,
    code: string,
    message: Message,
    extra?: Record<string, string | number>
  ): void => {
    report(issues, path, facts, field, code, message, extra)
  }
  const kind = out.kind
  if (!isEventKind(kind)) {
    bad(
      "kind",
      "event_kind_invalid",
      { zh: `事件类型须为 ${EVENT_KINDS.join("、")} 之一`, en: `kind must be one of ${EVENT_KINDS.join(", ")}` },
      { input: String(kind) }
    )
    return undefined
  }
  const event: Draft = {}
  for (const field of DATE_FIELDS) {
    const v = out[field]
    if (v === undefined) continue
    const d = parseLocalDate(v)
    if (d.ok) event[field] = d.value
    else
      issues.push(
        ...d.issues.map((i) => ({ ...i, path: [...path, field, ...i.path], facts: { ...i.facts, ...facts } }))
      )
  }
  if (out.date === undefined) bad("date", "event_date_missing", { zh: "缺少日期", en: "the date is missing" })
  for (const field of ID_FIELDS) {
    const v = out[field]
    if (v === undefined) continue
    const s = typeof v === "number" && Number.isFinite(v) ? String(v) : v
    if (typeof s !== "string" || s.length > 64) {
      bad(field, "event_text_invalid", {
        zh: "须为不超过 64 个字符的文本",
        en: "must be text of at most 64 characters"
      })
    } else event[field] = s
  }
  const q = out.quantity
  if (q !== undefined) {
    const n = typeof q === "string" && /^\d{1,4}$/.test(q) ? Number(q) : q
    if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > 1000) {
      bad("quantity", "event_quantity_invalid", {
        zh: "数量须为 1–1000 的整数",
        en: "quantity must be a whole number from 1 to 1000"
      })
    } else event.quantity = n
  }
  const p = out.points
  if (p !== undefined) {
    const ph = toHundredths(p)
    if (ph === undefined || ph < 0) {
      bad("points", "points_invalid", {
        zh: "分值须为最多两位小数的非负数",
        en: "points must be a non-negative number with at most two decimals"
      })
    } else event.points = typeof p === "number" ? p : String(p).trim()
  }
  const a = out.active
  if (a !== undefined) {
    if (a === true || a === "true" || a === "1" || a === 1 || a === "是") event.active = true
    else if (a === false || a === "false" || a === "0" || a === 0 || a === "否") event.active = false
    else bad("active", "event_active_invalid", { zh: "active 须为 true 或 false", en: "active must be true or false" })
  }
  const lv = out.level
  if (lv !== undefined) {
    const key = String(lv).trim()
    const level =
      (Object.hasOwn(LEVEL_BY_NAME, key) ? LEVEL_BY_NAME[key] : undefined) ??
      (options?.levelCodes !== undefined && Object.hasOwn(options.levelCodes, key)
        ? options.levelCodes[key]
        : undefined)
    if (level !== undefined) event.level = level
    else if (options?.levelCodes === undefined && /^\d+$/.test(key)) {
      bad(
        "level",
        "level_code_unmapped",
        {
          zh: `评价代码 "${key}" 无法解读：请指定代码对照（GB/T 39046 为 1 = 非常满意，许多评价器为 5 = 非常满意）`,
          en: `the evaluation code "${key}" cannot be read: give a code mapping (GB/T 39046 has 1 = very satisfied, many rating devices 5 = very satisfied)`
        },
        { input: key }
      )
    } else {
      bad(
        "level",
        "level_invalid",
        { zh: `无法识别的评价等级 "${key}"`, en: `unknown evaluation level "${key}"` },
        { input: key }
      )
    }
  }
  const needsSubject = kind !== "rectification" && kind !== "follow_up" && kind !== "appeal"
  if (needsSubject && event.staff === undefined && event.window === undefined) {
    bad(undefined, "event_subject_missing", {
      zh: "事件须注明工作人员或窗口",
      en: "an event must name a staff member or a window"
    })
  }
  if (kind === "staff" && (event.staff === undefined || event.window === undefined)) {
    bad(undefined, "roster_incomplete", {
      zh: "人员名册行须注明工作人员和窗口",
      en: "a roster line must name the staff member and the window"
    })
  }
  if (kind === "evaluation" && event.level === undefined && lv === undefined) {
    bad("level", "event_level_missing", { zh: "评价须有等级", en: "an evaluation needs a level" })
  }
  if ((kind === "rectification" || kind === "follow_up" || kind === "appeal") && event.ref === undefined) {
    bad("ref", "event_ref_missing", { zh: "须注明所涉评价（ref）", en: "the evaluation it concerns (ref) is missing" })
  }
  if (kind === "attendance" && event.code === undefined) {
    bad("code", "event_code_missing", {
      zh: "考勤事件须有代码（如 late、absent）",
      en: "an attendance event needs a code (e.g. late, absent)"
    })
  }
  const allowed = CODES[kind]
  if (allowed !== undefined) {
    const code = event.code
    if (typeof code !== "string" || !allowed.includes(code)) {
      bad(
        "code",
        "event_code_invalid",
        { zh: `代码须为 ${allowed.join("、")} 之一`, en: `code must be one of ${allowed.join(", ")}` },
        { input: String(code) }
      )
    }
  }
  if (issues.length > before || event.date === undefined) return undefined
  return { ...event, kind, date: event.date }
}

const tooMany = (max: number): Issue =>
  makeIssue({
    code: "events_too_many",
    facts: { maxEvents: max },
    message: { zh: `事件过多：上限 ${max} 条`, en: `too many events: the limit is ${max}` }
  })

const issueLimit = (max: number): Issue =>
  makeIssue({
    code: "issues_truncated",
    facts: { maxIssues: max },
    message: { zh: `问题过多，只报告前 ${max} 个`, en: `too many problems: only the first ${max} are reported` }
  })

/**
 * Checks events that are already JavaScript values (e.g. from `JSON.parse`):
 * an array of objects, or `{ events: [...] }`. Every wrong field is a
 * located issue; reading stops after `maxIssues` (default 100).
 *
 * @example
 * ```ts
 * import { parseEvents } from "@tongban/scoring"
 *
 * parseEvents([{ kind: "case", date: "2026-07-06", staff: "s1", window: "w1", code: "overdue" }]).ok // true
 * const r = parseEvents([{ kind: "evaluation", date: "2026-07-06", staff: "s1", level: 5 }])
 * r.ok ? "" : r.issues[0]?.code // "level_code_unmapped"
 * ```
 *
 * @since 0.1.0
 * @category parsing
 */
export const parseEvents = (input: unknown, options?: EventOptions): Result<ReadonlyArray<ScoringEvent>> => {
  const list = Array.isArray(input)
    ? input
    : typeof input === "object" && input !== null && Array.isArray(Reflect.get(input, "events"))
      ? Reflect.get(input, "events")
      : undefined
  const path: ReadonlyArray<PathSegment> = Array.isArray(input) ? [] : ["events"]
  if (!Array.isArray(list)) {
    return {
      ok: false,
      issues: [
        makeIssue({
          code: "events_not_array",
          message: { zh: "事件须为数组或 { events: [...] }", en: "events must be an array or { events: [...] }" }
        })
      ]
    }
  }
  const maxEvents = options?.maxEvents ?? 5_000_000
  if (list.length > maxEvents) return { ok: false, issues: [tooMany(maxEvents)] }
  const maxIssues = options?.maxIssues ?? 100
  const issues: Array<Issue> = []
  const events: Array<ScoringEvent> = []
  for (let i = 0; i < list.length; i++) {
    const e = readEvent(list[i], [...path, i], options, issues)
    if (e !== undefined) events.push(e)
    if (issues.length >= maxIssues) {
      issues.length = maxIssues
      issues.push(issueLimit(maxIssues))
      break
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: events }
}

/**
 * Reads events from JSON text with `parseJson` of `@tongban/core` (size,
 * depth and `__proto__` keys checked), then {@link parseEvents}.
 *
 * @example
 * ```ts
 * import { parseEventsJson } from "@tongban/scoring"
 *
 * parseEventsJson('[{"kind":"complaint","date":"2026-07-06","staff":"s1","code":"confirmed"}]').ok // true
 * const r = parseEventsJson('[{"__proto__":{}}]')
 * r.ok ? "" : r.issues[0]?.code // "json_forbidden_key"
 * ```
 *
 * @since 0.1.0
 * @category parsing
 */
export const parseEventsJson = (
  text: string,
  options?: EventOptions & { readonly maxLength?: number }
): Result<ReadonlyArray<ScoringEvent>> => {
  const json = parseJson(text, options?.maxLength === undefined ? undefined : { maxLength: options.maxLength })
  return json.ok ? parseEvents(json.value, options) : json
}

/** Splits CSV text (RFC 4180) into rows with the line each starts on. */
const csvRows = (text: string, onRow: (cells: ReadonlyArray<string>, line: number) => boolean): Issue | undefined => {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  const n = text.length
  while (i < n) {
    const start = line
    let nl = text.indexOf("\n", i)
    if (nl < 0) nl = n
    const raw = text.slice(i, nl)
    if (raw.indexOf('"') < 0) {
      const row = raw.endsWith("\r") ? raw.slice(0, -1) : raw
      i = nl + 1
      line++
      if (row === "") continue
      if (!onRow(row.split(","), start)) return undefined
      continue
    }
    const cells: Array<string> = []
    let cell = ""
    let quoted = false
    let j = i
    for (; j < n; j++) {
      const c = text[j]
      if (quoted) {
        if (c === '"') {
          if (text[j + 1] === '"') {
            cell += '"'
            j++
          } else quoted = false
        } else {
          if (c === "\n") line++
          cell += c
        }
      } else if (c === '"' && cell === "") quoted = true
      else if (c === ",") {
        cells.push(cell)
        cell = ""
      } else if (c === "\n") break
      else if (c === "\r" && text[j + 1] === "\n") continue
      else cell += c
    }
    if (quoted) {
      return makeIssue({
        code: "csv_quote_unclosed",
        facts: { line: start },
        message: { zh: `第 ${start} 行的引号没有闭合`, en: `the quote opened on line ${start} is never closed` }
      })
    }
    cells.push(cell)
    i = j + 1
    line++
    if (!onRow(cells, start)) return undefined
  }
  return undefined
}

/**
 * Reads events from CSV text (RFC 4180, UTF-8, optional BOM). The first
 * line is the header, with the columns of {@link EVENT_CSV_COLUMNS}; an
 * unknown column, a row of the wrong width or a bad cell is an issue located
 * at `["events", row, field]` with the CSV `line` in its facts.
 *
 * @example
 * ```ts
 * import { parseEventsCsv } from "@tongban/scoring"
 *
 * const csv = "kind,date,staff,window,code\ncase,2026-07-06,s1,w1,overdue\n"
 * parseEventsCsv(csv).ok // true
 * const r = parseEventsCsv("kind,date,colour\n")
 * r.ok ? "" : r.issues[0]?.code // "csv_column_unknown"
 * ```
 *
 * @since 0.1.0
 * @category parsing
 */
export const parseEventsCsv = (
  text: string,
  options?: EventOptions & { readonly maxLength?: number }
): Result<ReadonlyArray<ScoringEvent>> => {
  if (typeof text !== "string") return fail(coreCodes.issue("csv_not_text", { facts: { type: typeof text } }))
  const maxLength = options?.maxLength ?? 512 * 1024 * 1024
  if (text.length > maxLength) {
    return {
      ok: false,
      issues: [
        makeIssue({
          code: "csv_too_large",
          facts: { length: text.length, maxLength },
          message: {
            zh: `输入过大：${text.length} 个字符，上限 ${maxLength}`,
            en: `input too large: ${text.length} characters, the limit is ${maxLength}`
          }
        })
      ]
    }
  }
  const maxEvents = options?.maxEvents ?? 5_000_000
  const maxIssues = options?.maxIssues ?? 100
  const issues: Array<Issue> = []
  const events: Array<ScoringEvent> = []
  let header: Array<string> | undefined
  let row = 0
  const unclosed = csvRows(text, (cells, line) => {
    if (header === undefined) {
      header = cells.map((c) => (c.trim() === "matter_type" ? "matterType" : c.trim()))
      header.forEach((name, col) => {
        if (!isField(name) && issues.length < maxIssues) {
          issues.push(
            makeIssue({
              code: "csv_column_unknown",
              path: ["header", col],
              facts: { column: name, line },
              message: { zh: `未知的列 "${name}"`, en: `unknown column "${name}"` }
            })
          )
        }
      })
      if (new Set(header).size !== header.length) {
        issues.push(
          makeIssue({
            code: "csv_column_duplicate",
            path: ["header"],
            facts: { line },
            message: { zh: "表头有重复的列", en: "the header repeats a column" }
          })
        )
      }
      for (const need of ["kind", "date"]) {
        if (!header.includes(need)) {
          issues.push(
            makeIssue({
              code: "csv_column_missing",
              path: ["header"],
              facts: { column: need, line },
              message: { zh: `缺少列 "${need}"`, en: `the column "${need}" is missing` }
            })
          )
        }
      }
      return issues.length === 0
    }
    if (row >= maxEvents) {
      issues.push(tooMany(maxEvents))
      return false
    }
    const at = row++
    const cols = header
    if (cells.length !== cols.length) {
      issues.push(
        makeIssue({
          code: "csv_row_width",
          path: ["events", at],
          facts: { line, expected: cols.length, found: cells.length },
          message: {
            zh: `第 ${line} 行有 ${cells.length} 个字段，表头有 ${cols.length} 个`,
            en: `line ${line} has ${cells.length} fields, the header has ${cols.length}`
          }
        })
      )
    } else {
      const record: Record<string, string> = {}
      for (let c = 0; c < cols.length; c++) {
        const v = (cells[c] ?? "").trim()
        if (v !== "") record[cols[c] ?? ""] = v
      }
      const e = readFields(record, ["events", at], options, issues, { line })
      if (e !== undefined) events.push(e)
    }
    if (issues.length >= maxIssues) {
      issues.length = maxIssues
      issues.push(issueLimit(maxIssues))
      return false
    }
    return true
  })
  if (unclosed !== undefined) issues.push(unclosed)
  if (header === undefined && issues.length === 0) {
    issues.push(
      makeIssue({ code: "csv_empty", message: { zh: "CSV 为空，缺少表头", en: "the CSV is empty: no header" } })
    )
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: events }
}

const scoringEventSchema = z.strictObject({
  kind: z.enum(EVENT_KINDS),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  staff: z.string().max(64).optional(),
  window: z.string().max(64).optional(),
  department: z.string().max(64).optional(),
  code: z.string().max(64).optional(),
  level: z.union([z.enum(LEVELS), z.string(), z.number()]).optional(),
  quantity: z.number().int().min(1).max(1000).optional(),
  points: z.union([z.number(), z.string()]).optional(),
  matterType: z.string().max(64).optional(),
  id: z.string().max(64).optional(),
  ref: z.string().max(64).optional(),
  active: z.boolean().optional(),
  role: z.string().max(64).optional(),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
})

/**
 * The JSON shape of one event before it is checked: dates are text and a
 * level may still be a code.
 *
 * @since 0.1.0
 * @category models
 */
export type ScoringEventJson = z.infer<typeof scoringEventSchema>

/**
 * The zod schema of one event, for documentation and JSON Schema export.
 * {@link parseEvents} reads events with a faster hand-written check; a test
 * proves that every event it accepts satisfies this schema.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ScoringEventSchema: z.ZodType<ScoringEventJson> = scoringEventSchema

/**
 * The JSON Schema of an event file: an array of events.
 *
 * @example
 * ```ts
 * import { eventsJsonSchema } from "@tongban/scoring"
 *
 * eventsJsonSchema().type // "array"
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const eventsJsonSchema = (): Record<string, unknown> =>
  z.toJSONSchema(z.array(scoringEventSchema), { io: "input" })
