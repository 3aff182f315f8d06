/**
 * The one validator of an event, shared by the JSON and the CSV readers:
 * the known fields of one event in, a checked `ScoringEvent` (or located
 * issues) out. Built for the million-row file: the fields come in one
 * reused record, a path is built only for an issue, and each distinct date
 * text is checked once.
 */
import { codeIssue, type Fact, type Issue, type LocalDate, type PathSegment, parseLocalDate } from "@tongban/core"
import type { EVENT_CSV_COLUMNS, EventOptions, ScoringEvent } from "../Events.js"
import { eventCodes, rubricCodes } from "../IssueCodes.js"
import { EVENT_KINDS, type EventKind, type Level } from "../Rubric.js"
import { toHundredths } from "./decimal.js"

/** One of the event fields, from the one list of them ({@link EVENT_CSV_COLUMNS}). */
export type Field = (typeof EVENT_CSV_COLUMNS)[number]

/** The known fields of one event before they are checked; `undefined` is an absent (or empty) field. */
export type RawFields = Record<Field, unknown>

/** A record of absent fields, to be filled and reused row after row. */
export const emptyFields = (): RawFields => ({
  kind: undefined,
  date: undefined,
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
})

const FIELD_LOOKUP: Readonly<Record<Field, true>> = {
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
  to: true,
  windowType: true
}

/** Is `key` one of the event fields? */
export const isField = (key: string): key is Field => Object.hasOwn(FIELD_LOOKUP, key)

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

/** Is `v` one of the event kinds? */
export const isEventKind = (v: unknown): v is EventKind => typeof v === "string" && Object.hasOwn(KIND_LOOKUP, v)

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

/** Where the event is: its path prefix and index, and the CSV line when it comes from a file. */
export interface EventPlace {
  readonly prefix: ReadonlyArray<PathSegment>
  index: number
  line: number | undefined
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** Dates seen valid, so that a file of a quarter checks each of its 92 dates once. Bounded. */
const validDates = new Map<string, LocalDate>()
const DATE_CACHE = 4096

const checkDate = (
  v: unknown,
  field: "date" | "from" | "to",
  place: EventPlace,
  issues: Array<Issue>
): LocalDate | undefined => {
  if (typeof v === "string") {
    const hit = validDates.get(v)
    if (hit !== undefined) return hit
  }
  const d = parseLocalDate(v, { path: [...place.prefix, place.index, field] })
  if (d.ok) {
    if (typeof v === "string" && validDates.size < DATE_CACHE) validDates.set(v, d.value)
    return d.value
  }
  for (const i of d.issues)
    issues.push(place.line === undefined ? i : { ...i, facts: { ...i.facts, line: place.line } })
  return undefined
}

/** An identifier's text: a string of at most 64 characters, or a finite number's text; else undefined. */
export const checkText = (v: unknown): string | undefined => {
  if (typeof v === "string") return v.length > 64 ? undefined : v
  if (typeof v === "number" && Number.isFinite(v)) {
    const s = String(v)
    return s.length > 64 ? undefined : s
  }
  return undefined
}

const QUANTITY = /^\d{1,4}$/

/** A quantity: a whole number 1–1000 (or its digits as text); else undefined. */
export const quantityOf = (q: unknown): number | undefined => {
  const n = typeof q === "string" && QUANTITY.test(q) ? Number(q) : q
  return typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > 1000 ? undefined : n
}

/** Points chosen within a range: at least 0 with at most two decimals, kept as given (text trimmed); else undefined. */
export const pointsOf = (p: unknown): number | string | undefined => {
  const ph = toHundredths(p)
  if (ph === undefined || ph < 0) return undefined
  return typeof p === "number" ? p : String(p).trim()
}

/** Was an evaluation active: `true`/`false`, `1`/`0`, `是`/`否`; else undefined. */
export const activeOf = (a: unknown): boolean | undefined => {
  if (a === true || a === "true" || a === "1" || a === 1 || a === "是") return true
  if (a === false || a === "false" || a === "0" || a === 0 || a === "否") return false
  return undefined
}

/** The level of a trimmed key: a level name (English or Chinese), else one of the caller's codes; else undefined. */
export const levelOf = (key: string, options: EventOptions | undefined): Level | undefined =>
  (Object.hasOwn(LEVEL_BY_NAME, key) ? LEVEL_BY_NAME[key] : undefined) ??
  (options?.levelCodes !== undefined && Object.hasOwn(options.levelCodes, key) ? options.levelCodes[key] : undefined)

/** A date text checked once: the `LocalDate`, or undefined when it is not one. */
export const dateOf = (v: string): LocalDate | undefined => {
  const d = parseLocalDate(v)
  return d.ok ? d.value : undefined
}

/** Are a bad-review handling event's kinds: rectification, follow-up, appeal. */
const isHandling = (kind: EventKind): boolean => kind === "rectification" || kind === "follow_up" || kind === "appeal"

/**
 * Do an event's checked fields fit its kind (a subject, a roster line's
 * staff and window, an evaluation's level, a handling event's ref, the
 * code of its kind)? The fields that {@link checkFields} checks across
 * fields, so that a reader that checked each field alone knows when it
 * must leave the event to `checkFields` for its issues.
 */
export const fitsKind = (
  kind: EventKind,
  staff: string | undefined,
  window: string | undefined,
  level: Level | undefined,
  ref: string | undefined,
  code: string | undefined
): boolean => {
  const handling = isHandling(kind)
  if (!handling && staff === undefined && window === undefined) return false
  if (kind === "staff" && (staff === undefined || window === undefined)) return false
  if (kind === "evaluation" && level === undefined) return false
  if (handling && ref === undefined) return false
  if (kind === "attendance" && code === undefined) return false
  const allowed = CODES[kind]
  return allowed === undefined || (code !== undefined && allowed.includes(code))
}

/** The checked fields of one event, `undefined` for an absent one: a record reused row after row. */
export type CheckedFields = {
  -readonly [K in Field]-?: K extends "kind" | "date" ? ScoringEvent[K] : ScoringEvent[K] | undefined
}

/**
 * The event of checked fields, with only its present fields, in the one
 * order every reader gives them. An event that names its staff, window and
 * department (most of a file's) starts as one literal of those five fields:
 * an object whose fields are added one by one keeps them in a second,
 * separately allocated array, grown as they come, and a million of them
 * cost the garbage collector 5–10 % more of the read (A/B runs).
 */
export const buildEvent = (c: CheckedFields): ScoringEvent => {
  const { staff, window, department } = c
  let e: Mutable<ScoringEvent>
  if (staff !== undefined && window !== undefined && department !== undefined) {
    e = { kind: c.kind, date: c.date, staff, window, department }
  } else {
    e = { kind: c.kind, date: c.date }
    if (staff !== undefined) e.staff = staff
    if (window !== undefined) e.window = window
    if (department !== undefined) e.department = department
  }
  if (c.code !== undefined) e.code = c.code
  if (c.level !== undefined) e.level = c.level
  if (c.quantity !== undefined) e.quantity = c.quantity
  if (c.points !== undefined) e.points = c.points
  if (c.matterType !== undefined) e.matterType = c.matterType
  if (c.id !== undefined) e.id = c.id
  if (c.ref !== undefined) e.ref = c.ref
  if (c.active !== undefined) e.active = c.active
  if (c.role !== undefined) e.role = c.role
  if (c.from !== undefined) e.from = c.from
  if (c.to !== undefined) e.to = c.to
  if (c.windowType !== undefined) e.windowType = c.windowType
  return e
}

const at = (place: EventPlace, field: string | undefined): Array<PathSegment> =>
  field === undefined ? [...place.prefix, place.index] : [...place.prefix, place.index, field]

const factsAt = (place: EventPlace, extra?: Readonly<Record<string, Fact>>): Record<string, Fact> =>
  place.line === undefined ? { ...extra } : { ...extra, line: place.line }

/** An identifier field: text of at most 64 characters (a finite number is read as its text). */
const checkId = (v: unknown, field: Field, place: EventPlace, issues: Array<Issue>): string | undefined => {
  if (v === undefined) return undefined
  const s = checkText(v)
  if (s === undefined) {
    issues.push(codeIssue(eventCodes, "event_text_invalid", { path: at(place, field), facts: factsAt(place) }))
  }
  return s
}

/**
 * Checks one event's fields. Pushes every problem as a located issue and
 * returns undefined when there is one; else returns the event, with only
 * its present fields.
 */
export const checkFields = (
  f: RawFields,
  place: EventPlace,
  options: EventOptions | undefined,
  issues: Array<Issue>
): ScoringEvent | undefined => {
  const before = issues.length
  const kind = f.kind
  if (!isEventKind(kind)) {
    issues.push(
      codeIssue(eventCodes, "event_kind_invalid", {
        path: at(place, "kind"),
        facts: { input: String(kind), kinds: EVENT_KINDS, ...factsAt(place) }
      })
    )
    return undefined
  }
  const date = f.date === undefined ? undefined : checkDate(f.date, "date", place, issues)
  const from = f.from === undefined ? undefined : checkDate(f.from, "from", place, issues)
  const to = f.to === undefined ? undefined : checkDate(f.to, "to", place, issues)
  if (f.date === undefined) {
    issues.push(codeIssue(eventCodes, "event_date_missing", { path: at(place, "date"), facts: factsAt(place) }))
  }
  const staff = checkId(f.staff, "staff", place, issues)
  const window = checkId(f.window, "window", place, issues)
  const department = checkId(f.department, "department", place, issues)
  const code = checkId(f.code, "code", place, issues)
  const matterType = checkId(f.matterType, "matterType", place, issues)
  const id = checkId(f.id, "id", place, issues)
  const ref = checkId(f.ref, "ref", place, issues)
  const role = checkId(f.role, "role", place, issues)
  const windowType = checkId(f.windowType, "windowType", place, issues)
  const q = f.quantity
  const quantity = q === undefined ? undefined : quantityOf(q)
  if (q !== undefined && quantity === undefined) {
    issues.push(codeIssue(eventCodes, "event_quantity_invalid", { path: at(place, "quantity"), facts: factsAt(place) }))
  }
  const p = f.points
  const points = p === undefined ? undefined : pointsOf(p)
  if (p !== undefined && points === undefined) {
    issues.push(
      codeIssue(rubricCodes, "points_invalid", { path: at(place, "points"), facts: factsAt(place), variant: "event" })
    )
  }
  const a = f.active
  const active = a === undefined ? undefined : activeOf(a)
  if (a !== undefined && active === undefined) {
    issues.push(codeIssue(eventCodes, "event_active_invalid", { path: at(place, "active"), facts: factsAt(place) }))
  }
  let level: Level | undefined
  const lv = f.level
  if (lv !== undefined) {
    const key = typeof lv === "string" ? lv.trim() : String(lv)
    level = levelOf(key, options)
    if (level === undefined) {
      const unmapped = options?.levelCodes === undefined && /^\d+$/.test(key)
      issues.push(
        codeIssue(eventCodes, unmapped ? "level_code_unmapped" : "level_invalid", {
          path: at(place, "level"),
          facts: { input: key, ...factsAt(place) }
        })
      )
    }
  }
  const handling = isHandling(kind)
  if (!handling && staff === undefined && window === undefined) {
    issues.push(codeIssue(eventCodes, "event_subject_missing", { path: at(place, undefined), facts: factsAt(place) }))
  }
  if (kind === "staff" && (staff === undefined || window === undefined)) {
    issues.push(codeIssue(eventCodes, "roster_incomplete", { path: at(place, undefined), facts: factsAt(place) }))
  }
  if (kind === "evaluation" && lv === undefined) {
    issues.push(codeIssue(eventCodes, "event_level_missing", { path: at(place, "level"), facts: factsAt(place) }))
  }
  if (handling && ref === undefined) {
    issues.push(codeIssue(eventCodes, "event_ref_missing", { path: at(place, "ref"), facts: factsAt(place) }))
  }
  if (kind === "attendance" && code === undefined) {
    issues.push(codeIssue(eventCodes, "event_code_missing", { path: at(place, "code"), facts: factsAt(place) }))
  }
  const allowed = CODES[kind]
  if (allowed !== undefined && (code === undefined || !allowed.includes(code))) {
    issues.push(
      codeIssue(eventCodes, "event_code_invalid", {
        path: at(place, "code"),
        facts: { input: String(code), allowed, ...factsAt(place) }
      })
    )
  }
  if (issues.length > before || date === undefined) return undefined
  return buildEvent({
    kind,
    date,
    staff,
    window,
    department,
    code,
    level,
    quantity,
    points,
    matterType,
    id,
    ref,
    active,
    role,
    from,
    to,
    windowType
  })
}
