/**
 * Validation of a whole catalogue, beyond its shape: unique codes,
 * implementation codes that match their department, level and basic code,
 * check characters, limits, trips, references and dates. Every problem is
 * reported, located by path and sorted.
 *
 * Glossary: 校验 = validation, 重复编码 = duplicate code, 实施编码 =
 * implementation code, 即办件 = immediate matter, 承诺时限 = promised limit,
 * 法定时限 = statutory limit, 全程网办 = fully online, 到办事现场次数 =
 * on-site trips.
 *
 * @since 0.1.0
 */
import {
  coreCodes,
  fail,
  FORBIDDEN_KEYS,
  type Issue,
  ok,
  type PathSegment,
  type Result,
  sortIssues,
  validate
} from "@tongban/core"
import { approximateWorkingDays, type TimeLimit } from "@tongban/deadline"
import type * as z from "zod"
import { MATTER_TYPES } from "./Codes.js"
import { catalogCodes } from "./IssueCodes.js"
import { checkCreditCode, checkRegionCode, makeImplementationCode } from "./Identifiers.js"
import {
  type Bundle,
  BundleSchema,
  type Catalogue,
  type Department,
  DepartmentSchema,
  type ListedCatalogue,
  type ListedDepartment,
  type ListedMatter,
  type Matter,
  MatterSchema,
  type MatterType,
  MatterTypeSchema,
  type Window,
  WindowSchema
} from "./Schema.js"
import { isMatterFast, matterChecks } from "./internal/fastMatter.js"
import { humanize } from "./internal/labels.js"
import { MatterObject, ShellObject } from "./internal/shapes.js"

const LIST_LIMITS: ReadonlyArray<readonly [string, number]> = [
  ["matterTypes", 100],
  ["departments", 10_000],
  ["windows", 10_000],
  ["matters", 1_000_000],
  ["bundles", 10_000]
]

/**
 * Is the matter handled fully online (全程网办)? It offers online handling
 * (办理形式 2) and reaches online depth 5, 互联网办理.
 *
 * @example
 * ```ts
 * import { isFullyOnline } from "@tongban/catalog"
 *
 * isFullyOnline({ handlingForms: ["1", "2"], onlineDepth: ["1", "2", "3", "4", "5"] }) // true
 * isFullyOnline({ handlingForms: ["1"], onlineDepth: ["1"] }) // false
 * ```
 *
 * @since 0.1.0
 * @category predicates
 */
export const isFullyOnline = (matter: Pick<Matter, "handlingForms" | "onlineDepth">): boolean =>
  matter.handlingForms.includes("2") && matter.onlineDepth.includes("5")

/** A number for people: at most one decimal (4.794520547945205 → 4.8). */
const round1 = (x: number): number => Math.round(x * 10) / 10

/** The value at a path of the input, or `undefined` (own properties only). */
const valueAt = (input: unknown, path: ReadonlyArray<PathSegment>): unknown => {
  let at: unknown = input
  for (const key of path) {
    if (typeof at !== "object" || at === null) return undefined
    if (Array.isArray(at)) at = typeof key === "number" ? at[key] : undefined
    else at = typeof key === "string" && Object.hasOwn(at, key) ? Reflect.get(at, key) : undefined
  }
  return at
}

/** An own property of an object, or `undefined`. */
const field = (input: unknown, key: string): unknown =>
  typeof input === "object" && input !== null && !Array.isArray(input) && Object.hasOwn(input, key)
    ? Reflect.get(input, key)
    : undefined

/** An array's items; nothing for anything else. */
const list = (value: unknown): ReadonlyArray<unknown> => (Array.isArray(value) ? value : [])

/**
 * zod reports keys outside the model as `unrecognized_keys`; a key that could
 * reach an object's prototype becomes the `json_forbidden_key` issue that
 * `parseJson` of `@tongban/core` would give, located at the key.
 */
const harden = (found: Issue): ReadonlyArray<Issue> => {
  const keys = found.facts.keys
  if (found.code !== "unrecognized_keys" || !Array.isArray(keys)) return [found]
  const forbidden = keys.filter((k) => typeof k === "string" && FORBIDDEN_KEYS.includes(k))
  if (forbidden.length === 0) return [found]
  const rest = keys.filter((k) => !forbidden.includes(k))
  const out: Array<Issue> = forbidden.map((key) =>
    coreCodes.issue("json_forbidden_key", { path: [...found.path, key], facts: { key } })
  )
  if (rest.length > 0) out.push({ ...found, facts: { ...found.facts, keys: rest } })
  return out
}

const parseEach = <A>(
  schema: z.ZodType<A>,
  items: ReadonlyArray<unknown>,
  path: ReadonlyArray<PathSegment>,
  issues: Array<Issue>
): Array<{ readonly index: number; readonly value: A }> => {
  const out: Array<{ readonly index: number; readonly value: A }> = []
  for (let i = 0; i < items.length; i++) {
    const r = validate(schema, items[i], { path: [...path, i] })
    if (r.ok) out.push({ index: i, value: r.value })
    else issues.push(...r.issues)
  }
  return out
}

const checkDepartments = (
  departments: ReadonlyArray<{ index: number; value: ListedDepartment }>,
  issues: Array<Issue>,
  creditCodes: boolean
): void => {
  const ids = new Map<string, number>()
  const codes = new Map<string, number>()
  for (const { index, value } of departments) {
    const first = ids.get(value.id)
    if (first !== undefined) {
      issues.push(
        catalogCodes.issue("department_duplicate_id", {
          path: ["departments", index, "id"],
          facts: { id: value.id, first: first + 1 }
        })
      )
    } else ids.set(value.id, index)
    const code = value.creditCode
    // An empty code is missing, never a duplicate.
    if (code === undefined || code === "") continue
    if (creditCodes) {
      const credit = checkCreditCode(code, { path: ["departments", index, "creditCode"] })
      if (!credit.ok) issues.push(...credit.issues)
    }
    const firstCode = codes.get(code)
    if (firstCode !== undefined) {
      issues.push(
        catalogCodes.issue("department_duplicate_credit_code", {
          path: ["departments", index, "creditCode"],
          facts: { creditCode: code, first: firstCode + 1 }
        })
      )
    } else codes.set(code, index)
  }
}

const checkWindows = (
  windows: ReadonlyArray<{ index: number; value: Window }>,
  departmentIds: ReadonlySet<string>,
  issues: Array<Issue>
): void => {
  const ids = new Map<string, number>()
  for (const { index, value } of windows) {
    const first = ids.get(value.id)
    if (first !== undefined) {
      issues.push(
        catalogCodes.issue("window_duplicate_id", {
          path: ["windows", index, "id"],
          facts: { id: value.id, first: first + 1 }
        })
      )
    } else ids.set(value.id, index)
    value.departments.forEach((d, j) => {
      if (!departmentIds.has(d)) {
        issues.push(
          catalogCodes.issue("unknown_department", {
            path: ["windows", index, "departments", j],
            facts: { department: d },
            variant: "window"
          })
        )
      }
    })
  }
}

const workingDays = (limit: TimeLimit): number => approximateWorkingDays(limit)

/** The checks beyond shape, on whichever elements the matter carries. */
const checkMatter = (
  matter: ListedMatter,
  path: ReadonlyArray<PathSegment>,
  departments: ReadonlyMap<string, ListedDepartment>,
  creditOk: ReadonlySet<string>,
  types: ReadonlySet<string>,
  issues: Array<Issue>
): void => {
  const department = matter.department === undefined ? undefined : departments.get(matter.department)
  if (matter.department !== undefined && department === undefined) {
    issues.push(
      catalogCodes.issue("unknown_department", {
        path: [...path, "department"],
        facts: { department: matter.department },
        variant: "matter"
      })
    )
  } else if (
    department !== undefined &&
    creditOk.has(department.id) &&
    department.creditCode !== undefined &&
    matter.level !== undefined &&
    matter.basicCode !== undefined &&
    matter.implementationCode !== undefined
  ) {
    // A department with a bad credit code is reported once, not again in each of its matters.
    const expected = makeImplementationCode(department.creditCode, matter.level, matter.basicCode)
    if (expected !== matter.implementationCode) {
      issues.push(
        catalogCodes.issue("implementation_code_mismatch", {
          path: [...path, "implementationCode"],
          facts: { expected, actual: matter.implementationCode }
        })
      )
    }
  }
  if (matter.type !== undefined && !types.has(matter.type)) {
    issues.push(catalogCodes.issue("matter_type_unknown", { path: [...path, "type"], facts: { type: matter.type } }))
  }
  if (matter.promisedLimit !== undefined && matter.statutoryLimit !== undefined) {
    const promised = workingDays(matter.promisedLimit)
    const statutory = workingDays(matter.statutoryLimit)
    if (promised > statutory) {
      issues.push(
        catalogCodes.issue("promised_exceeds_statutory", {
          path: [...path, "promisedLimit"],
          facts: { promisedWorkingDays: round1(promised), statutoryWorkingDays: round1(statutory) }
        })
      )
    }
  }
  if (matter.kind === "immediate" && matter.promisedLimit !== undefined && matter.promisedLimit.amount !== 0) {
    issues.push(
      catalogCodes.issue("immediate_with_limit", {
        path: [...path, "promisedLimit"],
        facts: { amount: matter.promisedLimit.amount }
      })
    )
  }
  const trips = matter.trips ?? 0
  if (
    trips > 0 &&
    matter.handlingForms !== undefined &&
    matter.onlineDepth !== undefined &&
    isFullyOnline({ handlingForms: matter.handlingForms, onlineDepth: matter.onlineDepth })
  ) {
    issues.push(
      catalogCodes.issue("fully_online_with_trips", {
        path: [...path, "trips"],
        facts: { trips },
        ...(trips === 1 ? { variant: "one" } : {})
      })
    )
  }
  if (trips > 0 && matter.tripsReason === undefined) {
    // Incomplete rather than wrong: a warning.
    issues.push(
      catalogCodes.issue("trips_without_reason", {
        path: [...path, "tripsReason"],
        facts: { trips },
        severity: "warning",
        ...(trips === 1 ? { variant: "one" } : {})
      })
    )
  }
  // A matter has a few materials: the first of an id is found by looking back, a map only for a long list.
  const materials = matter.materials ?? []
  const index = materials.length > 16 ? new Map<string, number>() : undefined
  if (index !== undefined) for (let k = materials.length - 1; k >= 0; k--) index.set(materials[k]?.id ?? "", k)
  const firstOf = (id: string, before: number): number => {
    if (index !== undefined) {
      const k = index.get(id)
      return k !== undefined && k < before ? k : -1
    }
    for (let k = 0; k < before; k++) if (materials[k]?.id === id) return k
    return -1
  }
  materials.forEach((m, j) => {
    const first = firstOf(m.id, j)
    if (first >= 0) {
      issues.push(
        catalogCodes.issue("material_duplicate_id", {
          path: [...path, "materials", j, "id"],
          facts: { id: m.id, first: first + 1 }
        })
      )
    }
  })
  if (matter.materials !== undefined) {
    matter.steps?.forEach((step, j) => {
      step.materials?.forEach((id, k) => {
        if (firstOf(id, materials.length) < 0) {
          issues.push(
            catalogCodes.issue("unknown_material", {
              path: [...path, "steps", j, "materials", k],
              facts: { material: id }
            })
          )
        }
      })
    })
  }
  if (matter.validFrom !== undefined && matter.validTo !== undefined && matter.validFrom > matter.validTo) {
    issues.push(
      catalogCodes.issue("dates_out_of_order", {
        path: [...path, "validTo"],
        facts: { validFrom: matter.validFrom, validTo: matter.validTo }
      })
    )
  }
}

/** Reports a repeated implementation code; an empty one is missing, never a duplicate. */
const checkDuplicateCode = (code: unknown, index: number, codes: Map<string, number>, issues: Array<Issue>): void => {
  if (typeof code !== "string" || code === "") return
  const first = codes.get(code)
  if (first !== undefined) {
    issues.push(
      catalogCodes.issue("matter_duplicate_code", {
        path: ["matters", index, "implementationCode"],
        facts: { implementationCode: code, first: first + 1 }
      })
    )
  } else codes.set(code, index)
}

const checkBundles = (
  bundles: ReadonlyArray<{ index: number; value: Bundle }>,
  departmentIds: ReadonlySet<string>,
  matterCodes: ReadonlySet<string>,
  issues: Array<Issue>
): void => {
  const ids = new Map<string, number>()
  for (const { index, value } of bundles) {
    const path = ["bundles", index]
    const first = ids.get(value.id)
    if (first !== undefined) {
      issues.push(
        catalogCodes.issue("bundle_duplicate_id", { path: [...path, "id"], facts: { id: value.id, first: first + 1 } })
      )
    } else ids.set(value.id, index)
    if (!departmentIds.has(value.lead)) {
      issues.push(
        catalogCodes.issue("unknown_department", {
          path: [...path, "lead"],
          facts: { department: value.lead },
          variant: "lead"
        })
      )
    }
    value.partners.forEach((d, j) => {
      if (!departmentIds.has(d)) {
        issues.push(
          catalogCodes.issue("unknown_department", {
            path: [...path, "partners", j],
            facts: { department: d },
            variant: "partner"
          })
        )
      }
    })
    const seen = new Set<string>()
    value.matters.forEach((code, j) => {
      if (!matterCodes.has(code)) {
        issues.push(catalogCodes.issue("unknown_matter", { path: [...path, "matters", j], facts: { matter: code } }))
      }
      if (seen.has(code)) {
        issues.push(
          catalogCodes.issue("bundle_duplicate_matter", { path: [...path, "matters", j], facts: { matter: code } })
        )
      }
      seen.add(code)
    })
  }
}

/**
 * Validates a catalogue: its shape (zod) and everything beyond it. Never
 * throws, whatever `input` is; returns the typed catalogue, or every
 * problem found, sorted by path.
 *
 * Issue codes beyond the shape: `department_duplicate_id`,
 * `department_duplicate_credit_code`, `credit_code_format`,
 * `credit_code_check`, `region_code_invalid`, `window_duplicate_id`,
 * `unknown_department`, `matter_duplicate_code`,
 * `implementation_code_mismatch`, `matter_type_unknown`,
 * `promised_exceeds_statutory`, `immediate_with_limit`,
 * `fully_online_with_trips`, `trips_without_reason`,
 * `material_duplicate_id`, `unknown_material`, `dates_out_of_order`,
 * `bundle_duplicate_id`, `unknown_matter`, `bundle_duplicate_matter`,
 * `matter_type_duplicate`; and `json_forbidden_key` for a `__proto__`,
 * `constructor` or `prototype` key anywhere. Every object of the model is
 * strict, so unknown keys are reported and never copied, and nesting is
 * followed only as deep as the model goes. Well-formed matters are accepted
 * by a fast check and returned as the input's own objects (not copies):
 * treat the input as handed over.
 *
 * @example
 * ```ts
 * import { validateCatalogue } from "@tongban/catalog"
 *
 * const r = validateCatalogue({
 *   region: { code: "522600", name: "黔东南州" }, version: "1", asOf: "2026-01-01",
 *   departments: [], windows: [], matters: [], bundles: [{ id: "b", name: "企业开办", lead: "x", partners: [], matters: ["y"], promisedLimit: { amount: 1, unit: "working_day" }, trips: 1 }]
 * })
 * r.ok ? [] : r.issues.map((i) => i.code) // ["unknown_department", "unknown_matter"]
 * ```
 *
 * @since 0.1.0
 * @category validation
 */
export const validateCatalogue = (input: unknown): Result<Catalogue> => {
  const oversized = LIST_LIMITS.flatMap(([key, max]) => {
    const value = field(input, key)
    return Array.isArray(value) && value.length > max
      ? [catalogCodes.issue("list_too_long", { path: [key], facts: { key, maximum: max, length: value.length } })]
      : []
  })
  if (oversized.length > 0) return fail(oversized)
  const shell = validate(ShellObject, input)
  const issues: Array<Issue> = shell.ok ? [] : [...shell.issues]
  // When the outer shape fails, the lists that are lists are still checked,
  // so that every problem is reported at once.
  const raw = {
    region: Reflect.get(Object(field(input, "region")), "code"),
    matterTypes: list(field(input, "matterTypes")),
    departments: list(field(input, "departments")),
    windows: list(field(input, "windows")),
    matters: list(field(input, "matters")),
    bundles: list(field(input, "bundles"))
  }
  if (typeof raw.region === "string") {
    const region = checkRegionCode(raw.region, { path: ["region", "code"] })
    if (!region.ok) issues.push(...region.issues)
  }

  const matterTypes = parseEach<MatterType>(MatterTypeSchema, raw.matterTypes, ["matterTypes"], issues)
  const types = new Set<string>(MATTER_TYPES.map((t) => t.code))
  for (const { index, value } of matterTypes) {
    if (types.has(value.code)) {
      issues.push(
        catalogCodes.issue("matter_type_duplicate", {
          path: ["matterTypes", index, "code"],
          facts: { type: value.code }
        })
      )
    }
    types.add(value.code)
  }

  const departments = parseEach<Department>(DepartmentSchema, raw.departments, ["departments"], issues)
  checkDepartments(departments, issues, true)
  const departmentById = new Map<string, Department>()
  for (const { value } of departments) if (!departmentById.has(value.id)) departmentById.set(value.id, value)
  // Ids of departments whose record failed its shape still count as known, so
  // one bad field does not flood the report with false references.
  const departmentIds = new Set<string>(departmentById.keys())
  for (const d of raw.departments) {
    const id = typeof d === "object" && d !== null ? Reflect.get(d, "id") : undefined
    if (typeof id === "string") departmentIds.add(id)
  }

  const creditOk = new Set<string>()
  for (const d of departmentById.values()) if (checkCreditCode(d.creditCode).ok) creditOk.add(d.id)

  const windows = parseEach<Window>(WindowSchema, raw.windows, ["windows"], issues)
  checkWindows(windows, departmentIds, issues)

  const matters: Array<Matter> = []
  const codes = new Map<string, number>()
  for (let i = 0; i < raw.matters.length; i++) {
    const item = raw.matters[i]
    checkDuplicateCode(
      typeof item === "object" && item !== null ? Reflect.get(item, "implementationCode") : undefined,
      i,
      codes,
      issues
    )
    // Most matters of a real catalogue are well formed: the fast test accepts
    // them without zod, which then runs only to report what is wrong.
    const parsed = isMatterFast(item) ? ok(item) : validate(MatterSchema, item, { path: ["matters", i] })
    if (parsed.ok) {
      matters.push(parsed.value)
      if (departmentById.has(parsed.value.department) || !departmentIds.has(parsed.value.department)) {
        checkMatter(parsed.value, ["matters", i], departmentById, creditOk, types, issues)
      }
    } else issues.push(...parsed.issues)
  }

  const bundles = parseEach<Bundle>(BundleSchema, raw.bundles, ["bundles"], issues)
  checkBundles(bundles, departmentIds, new Set(codes.keys()), issues)

  if (!shell.ok || issues.length > 0) {
    return fail(sortIssues(issues.flatMap(harden).map((i) => humanize(i, valueAt(input, i.path) === undefined))))
  }
  return ok({
    region: shell.value.region,
    version: shell.value.version,
    asOf: shell.value.asOf,
    ...(shell.value.matterTypes === undefined ? {} : { matterTypes: matterTypes.map((t) => t.value) }),
    departments: departments.map((d) => d.value),
    windows: windows.map((w) => w.value),
    matters,
    bundles: bundles.map((b) => b.value)
  })
}

/**
 * Options of {@link validateListedCatalogue}.
 *
 * @since 0.2.0
 * @category models
 */
export interface ListedValidationOptions {
  /**
   * Check the departments' credit codes (default `true`). An importer that
   * reports each distinct bad code once, with its rows, turns this off.
   */
  readonly creditCodes?: boolean
}

const MATTER_SHAPE: Readonly<Record<string, z.ZodType>> = MatterObject.shape

/**
 * Validates a catalogue as a list carries it (see {@link ListedCatalogue}):
 * the shape of each element that is there, and every check of
 * {@link validateCatalogue} whose elements are there (a promised limit
 * against a statutory one only when both are given, and so on). What is
 * absent is not reported here: {@link catalogueCompleteness} measures it.
 * Returns the issues, sorted by path; an empty list means that what the list
 * carries is right.
 *
 * @example
 * ```ts
 * import { validateListedCatalogue } from "@tongban/catalog"
 *
 * const issues = validateListedCatalogue({
 *   departments: [{ id: "d1", name: "县民政局" }], windows: [], bundles: [],
 *   matters: [
 *     { name: "临时救助", department: "d1", statutoryLimit: { amount: 10, unit: "working_day" }, promisedLimit: { amount: 15, unit: "working_day" } },
 *     { name: "最低生活保障", department: "d1" }
 *   ]
 * })
 * issues.map((i) => i.code) // ["promised_exceeds_statutory"]
 * issues[0]?.message.zh // "承诺办结时限：承诺时限（约 15 个工作日）长于法定时限（约 10 个工作日）"
 * ```
 *
 * @since 0.2.0
 * @category validation
 */
export const validateListedCatalogue = (
  catalogue: ListedCatalogue,
  options?: ListedValidationOptions
): ReadonlyArray<Issue> => {
  const issues: Array<Issue> = []
  const regionCode = catalogue.region?.code
  if (regionCode !== undefined) {
    const region = checkRegionCode(regionCode, { path: ["region", "code"] })
    if (!region.ok) issues.push(...region.issues)
  }
  const types = new Set<string>(MATTER_TYPES.map((t) => t.code))
  for (const t of catalogue.matterTypes ?? []) types.add(t.code)
  const departments = catalogue.departments.map((value, index) => ({ index, value }))
  const creditCodes = options?.creditCodes ?? true
  checkDepartments(departments, issues, creditCodes)
  const byId = new Map<string, ListedDepartment>()
  for (const d of catalogue.departments) if (!byId.has(d.id)) byId.set(d.id, d)
  const creditOk = new Set<string>()
  for (const d of byId.values()) if (d.creditCode !== undefined && checkCreditCode(d.creditCode).ok) creditOk.add(d.id)
  checkWindows(
    catalogue.windows.map((value, index) => ({ index, value })),
    new Set(byId.keys()),
    issues
  )
  const codes = new Map<string, number>()
  // This validation's own checks: they remember the lists an importer shares between matters.
  const checks = matterChecks()
  catalogue.matters.forEach((matter, i) => {
    checkDuplicateCode(matter.implementationCode, i, codes, issues)
    // A complete, well-formed matter needs no element-by-element check.
    if (!checks.isMatter(matter))
      for (const key of Object.keys(matter)) {
        const value: unknown = Reflect.get(matter, key)
        if (value === undefined || checks.field(key)?.(value) === true) continue
        const schema = MATTER_SHAPE[key]
        if (schema === undefined) continue
        const r = validate(schema, value, { path: ["matters", i, key] })
        if (!r.ok) issues.push(...r.issues)
      }
    checkMatter(matter, ["matters", i], byId, creditOk, types, issues)
  })
  checkBundles(
    catalogue.bundles.map((value, index) => ({ index, value })),
    new Set(byId.keys()),
    new Set(codes.keys()),
    issues
  )
  return sortIssues(issues.map((i) => humanize(i, valueAt(catalogue, i.path) === undefined)))
}
