/**
 * A fast acceptance test for matters, mirroring `MatterObject` (shapes.ts)
 * rule by rule. Validation of 50,000 matters spends most of its time in zod;
 * a matter this test accepts is one zod would accept unchanged, so zod runs
 * only on the others (to report their issues). It may refuse what zod would
 * accept (zod then decides), never the reverse: a property test holds it to
 * that.
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

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this rejects
const CONTROL = /[\u0000-\u001f]/

const text =
  (max: number): Check =>
  (v) =>
    typeof v === "string" && v.length >= 1 && v.length <= max && v.trim() === v && !CONTROL.test(v)

const longText =
  (max: number): Check =>
  (v) =>
    typeof v === "string" && v.length >= 1 && v.length <= max && v.trim() === v

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
  (item: Check, min: number, max: number): Check =>
  (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return false
    for (const x of v) if (!item(x)) return false
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

const identifier = matches(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/)

const timeLimit = object({
  amount: int(0, MAX_TIME_LIMIT_AMOUNT),
  unit: oneOf(["working_day", "natural_day", "hour", "month", "year"])
})

const material = object({
  id: identifier,
  name: text(200),
  form: oneOf(MATERIAL_FORMS),
  medium: oneOf(MATERIAL_MEDIA),
  necessity: oneOf(MATERIAL_NECESSITIES),
  source: oneOf(MATERIAL_SOURCES),
  copies: int(0, 1000),
  sharedData: (v) => typeof v === "boolean"
})

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
  serviceObjects: list(oneOf(SERVICE_OBJECTS), 1, 10),
  handlingForms: list(oneOf(HANDLING_FORMS), 1, 10),
  onlineDepth: list(oneOf(ONLINE_DEPTHS), 0, 10),
  kind: oneOf(HANDLING_KINDS),
  statutoryLimit: timeLimit,
  promisedLimit: timeLimit,
  trips: int(0, 100),
  materials: list(material, 0, 500),
  conditions: list(longText(2000), 0, 200),
  steps: list(step, 0, 100),
  specialProcedures: list(specialProcedure, 0, 50),
  fees: list(fee, 0, 50),
  legalBasis: list(longText(2000), 0, 100),
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

const acceptsMatter: Check = object(REQUIRED, OPTIONAL)

/**
 * The fast check of one element of a matter (by its key), or `undefined` for
 * a key outside the model. Used by lenient validation, which checks only the
 * elements a list carries.
 */
export const matterFieldCheck = (key: string): Check | undefined =>
  Object.hasOwn(REQUIRED, key) ? REQUIRED[key] : Object.hasOwn(OPTIONAL, key) ? OPTIONAL[key] : undefined

/** Would `MatterObject` accept this value as it is? `false` means "ask zod". */
export function isMatterFast(value: unknown): value is Matter {
  return acceptsMatter(value)
}
