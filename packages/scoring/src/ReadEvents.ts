/**
 * Reading events: from JavaScript values, JSON text or CSV text, each event
 * checked by one validator and every problem located (`["events", row,
 * field]`, with the CSV `line` in its facts). CSV is read with the one
 * reader of `@tongban/core` (`scanCsv`, RFC 4180), row by row, so a file of
 * a million events is never held as a table of cells; each column's values
 * are interned (a value seen before is taken from a table by its character
 * range, without a new string), so the few hundred staff, windows, dates and
 * codes a file repeats a million times are made once each.
 *
 * Glossary: 事件 = event, 读取 = reading, 表头 = header, 行 = row, 列 =
 * column.
 *
 * @since 0.1.0
 */
import {
  type CsvRowView,
  codeIssue,
  fail,
  type Issue,
  type PathSegment,
  parseJson,
  type Result,
  scanCsv
} from "@tongban/core"
import type { EventOptions, ScoringEvent } from "./Events.js"
import {
  checkFields,
  type EventPlace,
  emptyFields,
  type Field,
  isField,
  type RawFields
} from "./internal/checkEvent.js"
import { eventCodes } from "./IssueCodes.js"

const DEFAULT_MAX_EVENTS = 5_000_000
const DEFAULT_MAX_ISSUES = 100
const DEFAULT_MAX_LENGTH = 512 * 1024 * 1024

const truncate = (issues: Array<Issue>, maxIssues: number): void => {
  issues.length = maxIssues
  issues.push(codeIssue(eventCodes, "issues_truncated", { facts: { maxIssues } }))
}

const clear = (f: RawFields): void => {
  f.kind = undefined
  f.date = undefined
  f.staff = undefined
  f.window = undefined
  f.department = undefined
  f.code = undefined
  f.level = undefined
  f.quantity = undefined
  f.points = undefined
  f.matterType = undefined
  f.id = undefined
  f.ref = undefined
  f.active = undefined
  f.role = undefined
  f.from = undefined
  f.to = undefined
}

/** Fills the fields from an object's own keys; reports the first unknown key. Returns false when one was found. */
const fromObject = (raw: object, f: RawFields, place: EventPlace, issues: Array<Issue>): boolean => {
  let known = true
  for (const key of Object.keys(raw)) {
    if (!isField(key)) {
      if (known) {
        issues.push(
          codeIssue(eventCodes, "event_key_unknown", { path: [...place.prefix, place.index, key], facts: { key } })
        )
      }
      known = false
      continue
    }
    const v: unknown = Reflect.get(raw, key)
    if (v !== undefined && v !== null && v !== "") f[key] = v
  }
  return known
}

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
  const list: unknown = Array.isArray(input)
    ? input
    : typeof input === "object" && input !== null
      ? Reflect.get(input, "events")
      : undefined
  if (!Array.isArray(list)) return fail(codeIssue(eventCodes, "events_not_array"))
  const prefix: ReadonlyArray<PathSegment> = Array.isArray(input) ? [] : ["events"]
  const maxEvents = options?.maxEvents ?? DEFAULT_MAX_EVENTS
  if (list.length > maxEvents) return fail(codeIssue(eventCodes, "events_too_many", { facts: { maxEvents } }))
  const maxIssues = options?.maxIssues ?? DEFAULT_MAX_ISSUES
  const issues: Array<Issue> = []
  const events: Array<ScoringEvent> = []
  const fields = emptyFields()
  for (let i = 0; i < list.length; i++) {
    const raw: unknown = list[i]
    const place: EventPlace = { prefix, index: i, line: undefined }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      issues.push(codeIssue(eventCodes, "event_not_object", { path: [...prefix, i] }))
    } else {
      clear(fields)
      const known = fromObject(raw, fields, place, issues)
      const e = checkFields(fields, place, options, issues)
      if (known && e !== undefined) events.push(e)
    }
    if (issues.length >= maxIssues) {
      truncate(issues, maxIssues)
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

/** For each field, the column that holds it (-1: none). */
type Columns = Record<Field, number>

const NO_COLUMNS: Columns = {
  kind: -1,
  date: -1,
  staff: -1,
  window: -1,
  department: -1,
  code: -1,
  level: -1,
  quantity: -1,
  points: -1,
  matterType: -1,
  id: -1,
  ref: -1,
  active: -1,
  role: -1,
  from: -1,
  to: -1
}

/** Reads the header: the column of each field, or the issues of a header that cannot be read. */
const readHeader = (
  cells: ReadonlyArray<string>,
  line: number,
  maxIssues: number,
  issues: Array<Issue>
): Columns | undefined => {
  const columns: Columns = { ...NO_COLUMNS }
  const seen = new Set<string>()
  let duplicate = false
  for (let col = 0; col < cells.length; col++) {
    const t = (cells[col] ?? "").trim()
    const name = t === "matter_type" ? "matterType" : t
    if (!isField(name)) {
      if (issues.length < maxIssues) {
        issues.push(
          codeIssue(eventCodes, "csv_column_unknown", { path: ["header", col], facts: { column: name, line } })
        )
      }
    } else if (seen.has(name)) {
      if (!duplicate) {
        issues.push(
          codeIssue(eventCodes, "csv_column_duplicate", { path: ["header", col], facts: { column: name, line } })
        )
      }
      duplicate = true
    } else columns[name] = col
    seen.add(name)
  }
  for (const need of ["kind", "date"] as const) {
    if (columns[need] < 0 && !duplicate) {
      issues.push(codeIssue(eventCodes, "csv_column_missing", { path: ["header"], facts: { column: need, line } }))
    }
  }
  return issues.length === 0 ? columns : undefined
}

/** Could `c` be trimmed by `String.prototype.trim` (white space or a line terminator)? Errs towards yes. */
const mayTrim = (c: number): boolean =>
  c <= 32 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff

/** Does `text` hold `s` at `start`? (A loop of code units: for the short values of a column, faster than `startsWith`.) */
const same = (s: string, text: string, start: number): boolean => {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== text.charCodeAt(start + k)) return false
  return true
}

const INTERN_SLOTS = 8192
const INTERN_MAX = INTERN_SLOTS / 2

/**
 * The values of one column seen so far, found again by their characters in
 * the text (open addressing on a hash of the range's length, first and
 * last code units, every candidate compared in full), so that a repeated
 * value costs no new string. It holds at most 4,096 values: a column of
 * unique ids fills it, and its later values are sliced as they come.
 */
class Interner {
  private readonly slots: Array<string | undefined> = new Array<string | undefined>(INTERN_SLOTS).fill(undefined)
  private size = 0

  get(text: string, start: number, end: number): string {
    // The hash of the length, the first and the last four code units: enough to tell apart the values of a column.
    const length = end - start
    let h = (Math.imul(length, 31) + text.charCodeAt(start)) | 0
    for (let k = Math.max(start + 1, end - 4); k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0
    const mask = INTERN_SLOTS - 1
    let slot = h & mask
    for (;;) {
      const s = this.slots[slot]
      if (s === undefined) break
      if (s.length === length && same(s, text, start)) return s
      slot = (slot + 1) & mask
    }
    const value = text.slice(start, end)
    if (this.size < INTERN_MAX) {
      this.slots[slot] = value
      this.size++
    }
    return value
  }
}

/** The trimmed cell at `col`, or undefined for no column or an empty cell; a plain untrimmed cell is interned. */
const cellAt = (row: CsvRowView, col: number, interners: ReadonlyArray<Interner>): string | undefined => {
  if (col < 0) return undefined
  if (row.plain(col)) {
    const start = row.start(col)
    const end = row.end(col)
    if (start === end) return undefined
    const text = row.text
    const interner = interners[col]
    if (interner !== undefined && !mayTrim(text.charCodeAt(start)) && !mayTrim(text.charCodeAt(end - 1))) {
      return interner.get(text, start, end)
    }
  }
  const v = row.cell(col).trim()
  return v === "" ? undefined : v
}

/**
 * Reads events from CSV text (RFC 4180, UTF-8, optional BOM) with the CSV
 * reader of `@tongban/core`. The first line is the header, with the columns
 * of {@link EVENT_CSV_COLUMNS}; an unknown column, a row of the wrong width
 * or a bad cell is an issue located at `["events", row, field]` with the
 * CSV `line` in its facts; a broken file (an unclosed quote…) is the core
 * reader's `csv_*` issue.
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
  const maxEvents = options?.maxEvents ?? DEFAULT_MAX_EVENTS
  const maxIssues = options?.maxIssues ?? DEFAULT_MAX_ISSUES
  const issues: Array<Issue> = []
  const events: Array<ScoringEvent> = []
  const fields = emptyFields()
  const prefix: ReadonlyArray<PathSegment> = ["events"]
  const place: EventPlace = { prefix, index: 0, line: undefined }
  let columns: Columns | undefined
  let interners: Array<Interner> = []
  let width = 0
  let row = 0
  const read = scanCsv(
    text,
    (cells, line) => {
      if (columns === undefined) {
        const header: Array<string> = []
        for (let k = 0; k < cells.count; k++) header.push(cells.cell(k))
        columns = readHeader(header, line, maxIssues, issues)
        width = cells.count
        interners = header.map(() => new Interner())
        return columns !== undefined
      }
      if (row >= maxEvents) {
        issues.push(codeIssue(eventCodes, "events_too_many", { facts: { maxEvents } }))
        return false
      }
      const at = row++
      if (cells.count !== width) {
        issues.push(
          codeIssue(eventCodes, "csv_row_width", {
            path: ["events", at],
            facts: { line, expected: width, found: cells.count }
          })
        )
      } else {
        const c = columns
        fields.kind = cellAt(cells, c.kind, interners)
        fields.date = cellAt(cells, c.date, interners)
        fields.staff = cellAt(cells, c.staff, interners)
        fields.window = cellAt(cells, c.window, interners)
        fields.department = cellAt(cells, c.department, interners)
        fields.code = cellAt(cells, c.code, interners)
        fields.level = cellAt(cells, c.level, interners)
        fields.quantity = cellAt(cells, c.quantity, interners)
        fields.points = cellAt(cells, c.points, interners)
        fields.matterType = cellAt(cells, c.matterType, interners)
        fields.id = cellAt(cells, c.id, interners)
        fields.ref = cellAt(cells, c.ref, interners)
        fields.active = cellAt(cells, c.active, interners)
        fields.role = cellAt(cells, c.role, interners)
        fields.from = cellAt(cells, c.from, interners)
        fields.to = cellAt(cells, c.to, interners)
        place.index = at
        place.line = line
        const e = checkFields(fields, place, options, issues)
        if (e !== undefined) events.push(e)
      }
      if (issues.length >= maxIssues) {
        truncate(issues, maxIssues)
        return false
      }
      return true
    },
    { maxLength: options?.maxLength ?? DEFAULT_MAX_LENGTH }
  )
  if (!read.ok) issues.push(...read.issues)
  if (read.ok && columns === undefined && issues.length === 0) issues.push(codeIssue(eventCodes, "csv_empty"))
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: events }
}
