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
  type LocalDate,
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
  fitsKind,
  levelOf,
  pointsOf,
  quantityOf,
  type EventPlace,
  emptyFields,
  type Field,
  isField,
  type RawFields
} from "./internal/checkEvent.js"
import { Dates, kindAt, same } from "./internal/cells.js"
import { eventCodes } from "./IssueCodes.js"
import type { Level } from "./Rubric.js"

const DEFAULT_MAX_EVENTS = 5_000_000
const DEFAULT_MAX_ISSUES = 100
const DEFAULT_MAX_LENGTH = 512 * 1024 * 1024

const truncate = (issues: Array<Issue>, maxIssues: number): void => {
  issues.length = maxIssues
  issues.push(codeIssue(eventCodes, "issues_truncated", { facts: { maxIssues } }))
}

const clear = (f: RawFields): void => {
  for (const field of EVENT_CSV_COLUMNS) f[field] = undefined
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

/** For each field present in the header, the column that holds it. */
type Columns = ReadonlyMap<Field, number>

/** Reads the header: the column of each field, or the issues of a header that cannot be read. */
const readHeader = (
  cells: ReadonlyArray<string>,
  line: number,
  maxIssues: number,
  issues: Array<Issue>
): Columns | undefined => {
  const columns = new Map<Field, number>()
  const seen = new Set<string>()
  let duplicate = false
  for (let col = 0; col < cells.length; col++) {
    const t = (cells[col] ?? "").trim()
    const name = t === "matter_type" ? "matterType" : t === "window_type" ? "windowType" : t
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
    } else columns.set(name, col)
    seen.add(name)
  }
  for (const need of ["kind", "date"] as const) {
    if (!columns.has(need) && !duplicate) {
      issues.push(codeIssue(eventCodes, "csv_column_missing", { path: ["header"], facts: { column: need, line } }))
    }
  }
  return issues.length === 0 ? columns : undefined
}

/** The white space and line terminators of `String.prototype.trim` from U+00A0 on. */
const mayTrimWide = (c: number): boolean =>
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff

/** Could `c` be trimmed by `String.prototype.trim` (white space or a line terminator)? Errs towards yes. */
const mayTrim = (c: number): boolean => c <= 32 || (c >= 0xa0 && mayTrimWide(c))

const INTERN_SLOTS = 8192
const INTERN_MAX = INTERN_SLOTS / 2
/** The slot past the table where a new value of a full table is checked, each time again. */
const OVERFLOW = INTERN_SLOTS

/**
 * Spreads a hash over all its bits (the finaliser of MurmurHash3), so that
 * values that differ in their last character (ids `e1`, `e2`, …) do not
 * fall into neighbouring slots and make long runs for linear probing.
 */
const mix = (h: number): number => {
  let x = h ^ (h >>> 16)
  x = Math.imul(x, 0x85ebca6b)
  x ^= x >>> 13
  x = Math.imul(x, 0xc2b2ae35)
  return x ^ (x >>> 16)
}

/** What a cell needs when it cannot be read from its range alone: quoted, to be trimmed, or not a valid value. */
const SLOW: unique symbol = Symbol("slow")

/** A column's check that keeps no value: for the text of a cell the full check reads. */
const unchecked = (): undefined => undefined

/**
 * The values of one column seen so far, each with its value checked for
 * its field once, found again by their characters in the text, so that a
 * repeated value costs neither a new string nor a new check. A value of at
 * most 14 ASCII characters is known by an exact key of two numbers (seven
 * characters of seven bits each, behind a leading 1: below 2^53, so every
 * such text has its own pair) and needs no comparison of characters;
 * another value is compared in full. Open addressing on a hash of all the
 * characters. It holds at most 4,096 values: a column of unique ids fills
 * it, and its later values are sliced and checked as they come. A field
 * the file has no column for (`col` −1) is always absent and holds no table.
 */
class Column<T> {
  /** The column of the field in the header, or -1. */
  readonly col: number
  private readonly keys: Array<string | undefined>
  private readonly values: Array<T | undefined>
  /** The exact key of an ASCII value (its first seven characters, then the rest); 0 for a value compared in full. */
  private readonly heads: Float64Array
  private readonly tails: Float64Array
  private size = 0
  /** The checked value of a value's text, or undefined when the text is not valid for the field. */
  private readonly check: (value: string) => T | undefined

  constructor(col: number, check: (value: string) => T | undefined) {
    this.col = col
    this.check = check
    const slots = col < 0 ? 0 : INTERN_SLOTS + 1
    this.keys = new Array<string | undefined>(slots).fill(undefined)
    this.values = new Array<T | undefined>(slots).fill(undefined)
    this.heads = new Float64Array(slots)
    this.tails = new Float64Array(slots)
  }

  /** The slot of the value at `start`–`end`, made and checked when it is new. */
  private slot(text: string, start: number, end: number): number {
    const length = end - start
    const mask = INTERN_SLOTS - 1
    let head = 1
    let tail = 1
    let k = start
    if (length <= 14) {
      const split = Math.min(end, start + 7)
      for (; k < split; k++) {
        const c = text.charCodeAt(k)
        if (c > 127) break
        head = head * 128 + c
      }
      if (k === split) {
        for (; k < end; k++) {
          const c = text.charCodeAt(k)
          if (c > 127) break
          tail = tail * 128 + c
        }
      }
    }
    let slot: number
    if (k === end && length <= 14) {
      // The exact key is the hash: its low and high 32 bits of the head, and the tail, mixed.
      slot = mix((head | 0) ^ Math.imul((head / 4294967296) | 0, 0x9e3779b1) ^ Math.imul(tail | 0, 0x85ebca6b)) & mask
      for (;;) {
        if (this.keys[slot] === undefined) break
        if (this.heads[slot] === head && this.tails[slot] === tail) return slot
        slot = (slot + 1) & mask
      }
    } else {
      head = 0
      tail = 0
      let h = length
      for (k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0
      slot = mix(h) & mask
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
  text(row: CsvRowView): string | undefined {
    const col = this.col
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
   * cell or a field without a column, {@link SLOW} for a cell that is
   * quoted, to be trimmed or not valid (left to the full check, which says
   * what is wrong).
   */
  take(row: CsvRowView): T | undefined | typeof SLOW {
    const col = this.col
    if (col < 0) return undefined
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

/** The column of `field` in the header, or -1 when the file has none. */
const columnOf = (columns: Columns, field: Field): number => columns.get(field) ?? -1

/**
 * The columns of one file, each with its checked values: reads a row whose
 * cells are all plain and valid, and whose fields fit its kind, straight
 * from the field ranges (the kind and the dates by their character codes,
 * the other fields from their column's table of checked values) into a
 * reused record of checked fields, and makes no object but the event; any
 * other row it leaves to {@link checkFields}, which gives its issues.
 */
class Rows {
  private readonly kindCol: number
  private readonly dateCol: number
  private readonly fromCol: number
  private readonly toCol: number
  private readonly dates = new Dates()
  private readonly staff: Column<string>
  private readonly window: Column<string>
  private readonly department: Column<string>
  private readonly code: Column<string>
  private readonly level: Column<Level>
  private readonly quantity: Column<number>
  private readonly points: Column<number | string>
  private readonly matterType: Column<string>
  private readonly id: Column<string>
  private readonly ref: Column<string>
  private readonly active: Column<boolean>
  private readonly role: Column<string>
  private readonly windowType: Column<string>
  /** For the full check: each field of the header with the column that interns its text. */
  private readonly texts: ReadonlyArray<readonly [Field, Column<unknown>]>
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
    to: undefined,
    windowType: undefined
  }

  constructor(columns: Columns, options: EventOptions | undefined) {
    this.kindCol = columnOf(columns, "kind")
    this.dateCol = columnOf(columns, "date")
    this.fromCol = columnOf(columns, "from")
    this.toCol = columnOf(columns, "to")
    this.staff = new Column(columnOf(columns, "staff"), checkText)
    this.window = new Column(columnOf(columns, "window"), checkText)
    this.department = new Column(columnOf(columns, "department"), checkText)
    this.code = new Column(columnOf(columns, "code"), checkText)
    this.level = new Column(columnOf(columns, "level"), (s) => levelOf(s, options))
    this.quantity = new Column(columnOf(columns, "quantity"), quantityOf)
    this.points = new Column(columnOf(columns, "points"), pointsOf)
    this.matterType = new Column(columnOf(columns, "matterType"), checkText)
    this.id = new Column(columnOf(columns, "id"), checkText)
    this.ref = new Column(columnOf(columns, "ref"), checkText)
    this.active = new Column(columnOf(columns, "active"), activeOf)
    this.role = new Column(columnOf(columns, "role"), checkText)
    this.windowType = new Column(columnOf(columns, "windowType"), checkText)
    const texts: Array<readonly [Field, Column<unknown>]> = []
    for (const [field, col] of columns) texts.push([field, this.textColumn(field, col)])
    this.texts = texts
  }

  /** The column whose table interns a field's text: the field's own, or a new one for a field read by char codes. */
  private textColumn(field: Field, col: number): Column<unknown> {
    switch (field) {
      case "kind":
      case "date":
      case "from":
      case "to":
        return new Column(col, unchecked)
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
      case "windowType":
        return this.windowType
    }
  }

  /** The date of a plain cell read by its character codes; undefined for an empty cell, SLOW for anything else. */
  private date(row: CsvRowView, col: number): LocalDate | undefined | typeof SLOW {
    if (col < 0) return undefined
    const start = row.start(col)
    const end = row.end(col)
    if (start === end) return undefined
    if (!row.plain(col)) return SLOW
    return this.dates.at(row.text, start, end) ?? SLOW
  }

  /** The event of a row that needs no issue, read from its ranges; undefined when it must go to the full check. */
  fast(row: CsvRowView): ScoringEvent | undefined {
    const kc = this.kindCol
    if (!row.plain(kc)) return undefined
    const kind = kindAt(row.text, row.start(kc), row.end(kc))
    if (kind === undefined) return undefined
    const date = this.date(row, this.dateCol)
    if (date === undefined || date === SLOW) return undefined
    const staff = this.staff.take(row)
    if (staff === SLOW) return undefined
    const window = this.window.take(row)
    if (window === SLOW) return undefined
    const department = this.department.take(row)
    if (department === SLOW) return undefined
    const code = this.code.take(row)
    if (code === SLOW) return undefined
    const level = this.level.take(row)
    if (level === SLOW) return undefined
    const quantity = this.quantity.take(row)
    if (quantity === SLOW) return undefined
    const points = this.points.take(row)
    if (points === SLOW) return undefined
    const matterType = this.matterType.take(row)
    if (matterType === SLOW) return undefined
    const id = this.id.take(row)
    if (id === SLOW) return undefined
    const ref = this.ref.take(row)
    if (ref === SLOW) return undefined
    const active = this.active.take(row)
    if (active === SLOW) return undefined
    const role = this.role.take(row)
    if (role === SLOW) return undefined
    const from = this.date(row, this.fromCol)
    if (from === SLOW) return undefined
    const to = this.date(row, this.toCol)
    if (to === SLOW) return undefined
    const windowType = this.windowType.take(row)
    if (windowType === SLOW) return undefined
    if (!fitsKind(kind, staff, window, level, ref, code)) return undefined
    const f = this.checked
    f.kind = kind
    f.date = date
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
    f.windowType = windowType
    return buildEvent(f)
  }

  /** Fills the raw fields of a row for the full check: each trimmed cell, interned when it is plain. */
  fill(row: CsvRowView, fields: RawFields): void {
    clear(fields)
    for (const [field, column] of this.texts) fields[field] = column.text(row)
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
        rows = new Rows(columns, options)
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
