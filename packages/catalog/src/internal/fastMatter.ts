/**
 * A fast acceptance test for matters, mirroring `MatterObject` (shapes.ts)
 * rule by rule. Validation of 50,000 matters spends most of its time in zod;
 * a matter this test accepts is one zod would accept unchanged, so zod runs
 * only on the others (to report their issues). It may refuse what zod would
 * accept (zod then decides), never the reverse: a property test holds it to
 * that. A validation makes its own checks ({@link matterChecks}), which
 * remember the arrays they accepted: an importer shares the reading of a
 * repeated cell between the matters that carry it, and it is checked once.
 */
import { isLocalDate } from "@tongban/core"
import { MAX_TIME_LIMIT_AMOUNT } from "@tongban/deadline"
import {
  type CodeEntry,
  EXERCISE_LEVELS,
  HANDLING_FORMS,
  HANDLING_KINDS,
  MATERIAL_FORMS,
  MATERIAL_MEDIA,
  MATERIAL_NECESSITIES,
  MATERIAL_SOURCES,
  ONLINE_DEPTHS,
  SERVICE_OBJECTS,
  WINDOW_AUTHORITIES
} from "../Codes.js"
import type { Matter } from "../Schema.js"

type Check = (value: unknown) => boolean

const isPlain = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** Is this UTF-16 unit one that `String.prototype.trim` removes (WhiteSpace or LineTerminator)? */
export const isTrimmed = (c: number): boolean =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff

/** `v.trim() === v` for a non-empty string, without making the trimmed copy. */
const untrimmable = (v: string): boolean => !isTrimmed(v.charCodeAt(0)) && !isTrimmed(v.charCodeAt(v.length - 1))

/** No control character (U+0000–U+001F), by a character test rather than a regex. */
const noControl = (v: string): boolean => {
  for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) < 0x20) return false
  return true
}

const text =
  (max: number): Check =>
  (v) =>
    typeof v === "string" && v.length >= 1 && v.length <= max && untrimmable(v) && noControl(v)

const longText =
  (max: number): Check =>
  (v) =>
    typeof v === "string" && v.length >= 1 && v.length <= max && untrimmable(v)

const matches =
  (re: RegExp): Check =>
  (v) =>
    typeof v === "string" && re.test(v)

const oneOf = (codes: ReadonlyArray<string> | ReadonlyArray<CodeEntry>): Check => {
  const set = new Set<string>(codes.map((c) => (typeof c === "string" ? c : c.code)))
  return (v) => typeof v === "string" && set.has(v)
}

const int =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === "number" && Number.isInteger(v) && v >= min && v <= max

const list =
  (item: Check, min: number, max: number, seen?: WeakSet<object>): Check =>
  (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return false
    if (seen?.has(v) === true) return true
    for (const x of v) if (!item(x)) return false
    seen?.add(v)
    return true
  }

/** A strict object: every required key present, no key beyond the optional ones. */
const object = (required: Readonly<Record<string, Check>>, optional: Readonly<Record<string, Check>> = {}): Check => {
  const requiredKeys = Object.keys(required)
  return (v) => {
    if (!isPlain(v)) return false
    let seen = 0
    for (const key of Object.keys(v)) {
      const value = v[key]
      const mustHave = Object.hasOwn(required, key) ? required[key] : undefined
      if (mustHave !== undefined) {
        if (!mustHave(value)) return false
        seen++
        continue
      }
      const mayHave = Object.hasOwn(optional, key) ? optional[key] : undefined
      if (mayHave === undefined) return false
      if (value !== undefined && !mayHave(value)) return false
    }
    return seen === requiredKeys.length
  }
}

/** `check`, remembering in `seen` each object it accepted. */
const remembered =
  (check: Check, seen: WeakSet<object> | undefined): Check =>
  (v) => {
    if (seen === undefined || typeof v !== "object" || v === null) return check(v)
    if (seen.has(v)) return true
    const accepted = check(v)
    if (accepted) seen.add(v)
    return accepted
  }

/** The checks of one validation: the matter, and each of its elements by key. */
export interface MatterChecks {
  /** Would `MatterObject` accept this value as it is? `false` means "ask zod". */
  readonly isMatter: Check
  /** The check of one element (by its key), or `undefined` for a key outside the model. */
  readonly field: (key: string) => Check | undefined
}

/**
 * The checks, with `seen` remembering each list they accepted (or none):
 * within one validation nothing changes the input, so a list or material
 * accepted once (shared by the matters an importer read from one cell) is accepted again
 * without a look at its items.
 */
const makeChecks = (seen: WeakSet<object> | undefined) => {
  const identifier = matches(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/)

  const timeLimit = object({
    amount: int(0, MAX_TIME_LIMIT_AMOUNT),
    unit: oneOf(["working_day", "natural_day", "hour", "month", "year"])
  })

  const material = remembered(
    object({
      id: identifier,
      name: text(200),
      form: oneOf(MATERIAL_FORMS),
      medium: oneOf(MATERIAL_MEDIA),
      necessity: oneOf(MATERIAL_NECESSITIES),
      source: oneOf(MATERIAL_SOURCES),
      copies: int(0, 1000),
      sharedData: (v) => typeof v === "boolean"
    }),
    seen
  )

  const step = object({ name: text(100) }, { actor: text(100), limit: timeLimit, materials: list(identifier, 0, 200) })

  const specialProcedure = object({ name: text(100) }, { limit: timeLimit })

  const fee = object(
    { name: text(100) },
    { amount: (v) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 1e12, basis: text(500) }
  )

  const REQUIRED: Readonly<Record<string, Check>> = {
    name: text(200),
    basicCode: matches(/^(?:[0-9A-Z]{10}|[0-9A-Z]{12}|[0-9A-Z]{24})$/),
    implementationCode: matches(/^[0-9A-Z]{29,43}$/),
    type: matches(/^[0-9A-Za-z]{1,8}$/),
    level: oneOf(EXERCISE_LEVELS),
    department: identifier,
    serviceObjects: list(oneOf(SERVICE_OBJECTS), 1, 10, seen),
    handlingForms: list(oneOf(HANDLING_FORMS), 1, 10, seen),
    onlineDepth: list(oneOf(ONLINE_DEPTHS), 0, 10, seen),
    kind: oneOf(HANDLING_KINDS),
    statutoryLimit: timeLimit,
    promisedLimit: timeLimit,
    trips: int(0, 100),
    materials: list(material, 0, 500, seen),
    conditions: list(longText(2000), 0, 200, seen),
    steps: list(step, 0, 100, seen),
    specialProcedures: list(specialProcedure, 0, 50, seen),
    fees: list(fee, 0, 50, seen),
    legalBasis: list(longText(2000), 0, 100, seen),
    windowAuthority: oneOf(WINDOW_AUTHORITIES),
    version: text(40)
  }

  const OPTIONAL: Readonly<Record<string, Check>> = {
    localCode: matches(/^[0-9A-Z]{4,40}$/),
    tripsReason: text(500),
    result: text(200),
    place: text(500),
    hours: text(200),
    consultPhone: text(100),
    complaintPhone: text(100),
    validFrom: isLocalDate,
    validTo: isLocalDate
  }

  return { isMatter: object(REQUIRED, OPTIONAL), required: REQUIRED, optional: OPTIONAL }
}

/**
 * The checks of one validation (see {@link MatterChecks}): they remember the
 * lists they accepted, so make new ones for each validation.
 */
export const matterChecks = (): MatterChecks => {
  const { isMatter, required, optional } = makeChecks(new WeakSet())
  return {
    isMatter,
    field: (key) =>
      Object.hasOwn(required, key) ? required[key] : Object.hasOwn(optional, key) ? optional[key] : undefined
  }
}

const plain = makeChecks(undefined)

/** Would `MatterObject` accept this value as it is? `false` means "ask zod". */
export function isMatterFast(value: unknown): value is Matter {
  return plain.isMatter(value)
}
