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
  fromDayNumber,
  type Issue,
  type PathSegment,
  parseJson,
  type Result,
  scanCsv
} from "@tongban/core"
import { EVENT_CSV_COLUMNS, type EventOptions, type ScoringEvent } from "./Events.js"
import {
  activeOf,
  buildEvent,
  type CheckedFields,
  checkFields,
  checkText,
  dateOf,
  fitsKind,
  isEventKind,
  levelOf,
  pointsOf,
  quantityOf,
  type EventPlace,
  emptyFields,
  type Field,
  isField,
  type RawFields
} from "./internal/checkEvent.js"
import { eventCodes } from "./IssueCodes.js"
import type { EventKind, Level } from "./Rubric.js"

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
/** The slot past the table where a new value of a full table is checked, each time again. */
const OVERFLOW = INTERN_SLOTS

/** What a cell needs when it cannot be read from its range alone: quoted, to be trimmed, or not a valid value. */
const SLOW: unique symbol = Symbol("slow")

/**
 * The values of one column seen so far, each with its value checked for
 * its field once, found again by their characters in the text, so that a
 * repeated value costs neither a new string nor a new check. A value of at
 * most 14 ASCII characters is known by an exact key of two numbers (seven
 * characters of seven bits each, behind a leading 1: below 2^53, so every
 * such text has its own pair) and needs no comparison of characters;
 * another value is compared in full. Open addressing on a hash of all the
 * characters. It holds at most 4,096 values: a column of unique ids fills
 * it, and its later values are sliced and checked as they come.
 */
class Column<T> {
  private readonly keys: Array<string | undefined> = new Array<string | undefined>(INTERN_SLOTS + 1).fill(undefined)
  private readonly values: Array<T | undefined> = new Array<T | undefined>(INTERN_SLOTS + 1).fill(undefined)
  /** The exact key of an ASCII value (its first seven characters, then the rest); 0 for a value compared in full. */
  private readonly heads = new Float64Array(INTERN_SLOTS + 1)
  private readonly tails = new Float64Array(INTERN_SLOTS + 1)
  private size = 0
  /** The checked value of a value's text, or undefined when the text is not valid for the field. */
  private readonly check: (value: string) => T | undefined

  constructor(check: (value: string) => T | undefined) {
    this.check = check
  }

  /** The slot of the value at `start`–`end`, made and checked when it is new. */
  private slot(text: string, start: number, end: number): number {
    const length = end - start
    const mask = INTERN_SLOTS - 1
    let head = 1
    let tail = 1
    let h = length
    let k = start
    if (length <= 14) {
      const split = Math.min(end, start + 7)
      for (; k < split; k++) {
        const c = text.charCodeAt(k)
        if (c > 127) break
        head = head * 128 + c
        h = (Math.imul(h, 31) + c) | 0
      }
      if (k === split) {
        for (; k < end; k++) {
          const c = text.charCodeAt(k)
          if (c > 127) break
          tail = tail * 128 + c
          h = (Math.imul(h, 31) + c) | 0
        }
      }
    }
    let slot: number
    if (k === end && length <= 14) {
      slot = h & mask
      for (;;) {
        if (this.keys[slot] === undefined) break
        if (this.heads[slot] === head && this.tails[slot] === tail) return slot
        slot = (slot + 1) & mask
      }
    } else {
      head = 0
      tail = 0
      for (; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0
      slot = h & mask
      for (;;) {
        const s = this.keys[slot]
        if (s === undefined) break
        if (this.heads[slot] === 0 && s.length === length && same(s, text, start)) return slot
        slot = (slot + 1) & mask
      }
    }
    const key = text.slice(start, end)
    if (this.size < INTERN_MAX) this.size++
    else slot = OVERFLOW
    this.keys[slot] = key
    this.heads[slot] = head
    this.tails[slot] = tail
    this.values[slot] = this.check(key)
    return slot
  }

  /** The cell's text, interned when it is a plain untrimmed cell; undefined for an empty cell. */
  text(row: CsvRowView, col: number): string | undefined {
    if (row.plain(col)) {
      const start = row.start(col)
      const end = row.end(col)
      if (start === end) return undefined
      const text = row.text
      if (!mayTrim(text.charCodeAt(start)) && !mayTrim(text.charCodeAt(end - 1))) {
        return this.keys[this.slot(text, start, end)]
      }
    }
    const v = row.cell(col).trim()
    return v === "" ? undefined : v
  }

  /**
   * The cell's checked value read from its range: undefined for an empty
   * cell, {@link SLOW} for a cell that is quoted, to be trimmed or not
   * valid (left to the full check, which says what is wrong).
   */
  take(row: CsvRowView, col: number): T | undefined | typeof SLOW {
    const start = row.start(col)
    const end = row.end(col)
    if (start === end) return undefined
    if (!row.plain(col)) return SLOW
    const text = row.text
    if (mayTrim(text.charCodeAt(start)) || mayTrim(text.charCodeAt(end - 1))) return SLOW
    const v = this.values[this.slot(text, start, end)]
    return v === undefined ? SLOW : v
  }
}

const asKind = (s: string): EventKind | undefined => (isEventKind(s) ? s : undefined)

/**
 * The columns of one file, each with its checked values: reads a row whose
 * cells are all plain, trimmed and valid, and whose fields fit its kind,
 * straight from the field ranges into a reused record of checked fields;
 * any other row it leaves to {@link checkFields}, which gives its issues.
 */
class Rows {
  private readonly c: Columns
  private readonly all: ReadonlyArray<Column<unknown>>
  private readonly kind = new Column(asKind)
  private readonly date = new Column(dateOf)
  private readonly staff = new Column(checkText)
  private readonly window = new Column(checkText)
  private readonly department = new Column(checkText)
  private readonly code = new Column(checkText)
  private readonly level: Column<Level>
  private readonly quantity = new Column(quantityOf)
  private readonly points = new Column(pointsOf)
  private readonly matterType = new Column(checkText)
  private readonly id = new Column(checkText)
  private readonly ref = new Column(checkText)
  private readonly active = new Column(activeOf)
  private readonly role = new Column(checkText)
  private readonly from = new Column(dateOf)
  private readonly to = new Column(dateOf)
  private readonly checked: CheckedFields = {
    kind: "case",
    date: fromDayNumber(0),
    staff: undefined,
    window: undefined,
    department: undefined,
    code: undefined,
    level: undefined,
    quantity: undefined,
    points: undefined,
    matterType: undefined,
    id: undefined,
    ref: undefined,
    active: undefined,
    role: undefined,
    from: undefined,
    to: undefined
  }

  constructor(columns: Columns, width: number, options: EventOptions | undefined) {
    this.c = columns
    this.level = new Column((s) => levelOf(s, options))
    const byColumn: Array<Column<unknown>> = []
    for (let col = 0; col < width; col++) byColumn.push(new Column(() => undefined))
    for (const name of EVENT_CSV_COLUMNS) {
      const col = isField(name) ? columns[name] : -1
      if (isField(name) && col >= 0) byColumn[col] = this.column(name)
    }
    this.all = byColumn
  }

  private column(field: Field): Column<unknown> {
    switch (field) {
      case "kind":
        return this.kind
      case "date":
        return this.date
      case "staff":
        return this.staff
      case "window":
        return this.window
      case "department":
        return this.department
      case "code":
        return this.code
      case "level":
        return this.level
      case "quantity":
        return this.quantity
      case "points":
        return this.points
      case "matterType":
        return this.matterType
      case "id":
        return this.id
      case "ref":
        return this.ref
      case "active":
        return this.active
      case "role":
        return this.role
      case "from":
        return this.from
      case "to":
        return this.to
    }
  }

  /** The event of a row that needs no issue, read from its ranges; undefined when it must go to the full check. */
  fast(row: CsvRowView): ScoringEvent | undefined {
    const c = this.c
    const f = this.checked
    const kind = this.kind.take(row, c.kind)
    if (kind === undefined || kind === SLOW) return undefined
    const date = this.date.take(row, c.date)
    if (date === undefined || date === SLOW) return undefined
    f.kind = kind
    f.date = date
    const staff = c.staff < 0 ? undefined : this.staff.take(row, c.staff)
    if (staff === SLOW) return undefined
    const window = c.window < 0 ? undefined : this.window.take(row, c.window)
    if (window === SLOW) return undefined
    const department = c.department < 0 ? undefined : this.department.take(row, c.department)
    if (department === SLOW) return undefined
    const code = c.code < 0 ? undefined : this.code.take(row, c.code)
    if (code === SLOW) return undefined
    const level = c.level < 0 ? undefined : this.level.take(row, c.level)
    if (level === SLOW) return undefined
    const quantity = c.quantity < 0 ? undefined : this.quantity.take(row, c.quantity)
    if (quantity === SLOW) return undefined
    const points = c.points < 0 ? undefined : this.points.take(row, c.points)
    if (points === SLOW) return undefined
    const matterType = c.matterType < 0 ? undefined : this.matterType.take(row, c.matterType)
    if (matterType === SLOW) return undefined
    const id = c.id < 0 ? undefined : this.id.take(row, c.id)
    if (id === SLOW) return undefined
    const ref = c.ref < 0 ? undefined : this.ref.take(row, c.ref)
    if (ref === SLOW) return undefined
    const active = c.active < 0 ? undefined : this.active.take(row, c.active)
    if (active === SLOW) return undefined
    const role = c.role < 0 ? undefined : this.role.take(row, c.role)
    if (role === SLOW) return undefined
    const from = c.from < 0 ? undefined : this.from.take(row, c.from)
    if (from === SLOW) return undefined
    const to = c.to < 0 ? undefined : this.to.take(row, c.to)
    if (to === SLOW) return undefined
    if (!fitsKind(kind, staff, window, level, ref, code)) return undefined
    f.staff = staff
    f.window = window
    f.department = department
    f.code = code
    f.level = level
    f.quantity = quantity
    f.points = points
    f.matterType = matterType
    f.id = id
    f.ref = ref
    f.active = active
    f.role = role
    f.from = from
    f.to = to
    return buildEvent(f)
  }

  /** Fills the raw fields of a row for the full check: each trimmed cell, interned when it is plain. */
  fill(row: CsvRowView, fields: RawFields): void {
    const c = this.c
    fields.kind = this.text(row, c.kind)
    fields.date = this.text(row, c.date)
    fields.staff = this.text(row, c.staff)
    fields.window = this.text(row, c.window)
    fields.department = this.text(row, c.department)
    fields.code = this.text(row, c.code)
    fields.level = this.text(row, c.level)
    fields.quantity = this.text(row, c.quantity)
    fields.points = this.text(row, c.points)
    fields.matterType = this.text(row, c.matterType)
    fields.id = this.text(row, c.id)
    fields.ref = this.text(row, c.ref)
    fields.active = this.text(row, c.active)
    fields.role = this.text(row, c.role)
    fields.from = this.text(row, c.from)
    fields.to = this.text(row, c.to)
  }

  private text(row: CsvRowView, col: number): string | undefined {
    return col < 0 ? undefined : this.all[col]?.text(row, col)
  }
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
  let rows: Rows | undefined
  let width = 0
  let row = 0
  const read = scanCsv(
    text,
    (cells, line) => {
      if (rows === undefined) {
        const header: Array<string> = []
        for (let k = 0; k < cells.count; k++) header.push(cells.cell(k))
        const columns = readHeader(header, line, maxIssues, issues)
        if (columns === undefined) return false
        width = cells.count
        rows = new Rows(columns, width, options)
        return true
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
        const fast = rows.fast(cells)
        if (fast !== undefined) events.push(fast)
        else {
          rows.fill(cells, fields)
          place.index = at
          place.line = line
          const e = checkFields(fields, place, options, issues)
          if (e !== undefined) events.push(e)
        }
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
  if (read.ok && rows === undefined && issues.length === 0) issues.push(codeIssue(eventCodes, "csv_empty"))
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: events }
}
