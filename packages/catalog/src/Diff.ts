/**
 * Differences between two versions of a catalogue: matters added, removed
 * and changed field by field, and the reform's four reductions (四减).
 *
 * Glossary: 版本 = version, 新增 = added, 取消 = removed, 变更 = changed,
 * 四减 = the four reductions: 减环节 (steps), 减材料 (materials), 减时限
 * (time), 减跑动 (trips).
 *
 * @since 0.1.0
 */
import { approximateWorkingDays } from "@tongban/deadline"
import type { ListedMatter, Matter } from "./Schema.js"
import type { WithMatters } from "./Search.js"

/**
 * One of the four reductions: the total before and after, the reduction
 * (`before − after`, positive when the reform reduced it) and the reduction
 * as a percentage of `before` (`undefined` when `before` is 0).
 *
 * @since 0.1.0
 * @category models
 */
export interface Reduction {
  readonly before: number
  readonly after: number
  readonly reduction: number
  readonly percent: number | undefined
}

/**
 * The four reductions (四减).
 *
 * - `steps`: process steps (办理环节), summed over matters;
 * - `materials`: materials the applicant must hand in (those not obtainable
 *   from shared data);
 * - `time`: promised limits, in working days (`approximateWorkingDays`);
 * - `trips`: trips to the centre (到办事现场次数).
 *
 * @since 0.1.0
 * @category models
 */
export interface FourReductions {
  readonly steps: Reduction
  readonly materials: Reduction
  readonly time: Reduction
  readonly trips: Reduction
}

/**
 * A field of a matter that changed, with its value before and after
 * (`undefined` when absent).
 *
 * @since 0.1.0
 * @category models
 */
export interface FieldChange {
  readonly field: keyof Matter
  readonly before: unknown
  readonly after: unknown
}

/**
 * The difference between two versions.
 *
 * - `added`, `removed`: matters present in only one version (matched by
 *   implementation code);
 * - `changed`: matters in both whose fields differ, field by field;
 * - `fourReductions`: over the matters present in both versions (like for
 *   like);
 * - `totals`: the same four measures over each whole catalogue, so matters
 *   added or removed count too.
 *
 * @since 0.1.0
 * @category models
 */
export interface CatalogueDiff<M extends ListedMatter = Matter> {
  readonly added: ReadonlyArray<M>
  readonly removed: ReadonlyArray<M>
  readonly changed: ReadonlyArray<{
    readonly code: string
    readonly name: string
    readonly changes: ReadonlyArray<FieldChange>
  }>
  readonly fourReductions: FourReductions
  readonly totals: FourReductions
}

/** JSON with object keys sorted, so that key order does not count as a change. */
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`
  if (typeof value === "object" && value !== null) {
    const keys = Object.keys(value).sort()
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(Reflect.get(value, k))}`).join(",")}}`
  }
  return value === undefined ? "null" : JSON.stringify(value)
}

const MATTER_FIELDS: ReadonlyArray<keyof Matter> = [
  "name",
  "basicCode",
  "implementationCode",
  "localCode",
  "type",
  "level",
  "department",
  "serviceObjects",
  "handlingForms",
  "onlineDepth",
  "kind",
  "statutoryLimit",
  "promisedLimit",
  "trips",
  "tripsReason",
  "materials",
  "conditions",
  "steps",
  "specialProcedures",
  "fees",
  "legalBasis",
  "result",
  "place",
  "hours",
  "consultPhone",
  "complaintPhone",
  "windowAuthority",
  "validFrom",
  "validTo",
  "version"
]

/**
 * The fields in which two matters differ.
 *
 * @example
 * ```ts
 * import { diffMatter } from "@tongban/catalog"
 *
 * diffMatter({ name: "x", trips: 2 }, { name: "x", trips: 0 }) // [{ field: "trips", before: 2, after: 0 }]
 * ```
 *
 * @since 0.1.0
 * @category diff
 */
export const diffMatter = (
  before: Readonly<Partial<Record<keyof Matter, unknown>>>,
  after: Readonly<Partial<Record<keyof Matter, unknown>>>
): ReadonlyArray<FieldChange> => {
  const out: Array<FieldChange> = []
  for (const field of MATTER_FIELDS) {
    const a: unknown = before[field]
    const b: unknown = after[field]
    if (canonical(a) !== canonical(b)) out.push({ field, before: a, after: b })
  }
  return out
}

interface Totals {
  steps: number
  materials: number
  time: number
  trips: number
}

/** Sums over matters; a matter that lacks an element adds nothing to its sum. */
const totalsOf = (matters: Iterable<ListedMatter>): Totals => {
  const t: Totals = { steps: 0, materials: 0, time: 0, trips: 0 }
  for (const m of matters) {
    t.steps += m.steps?.length ?? 0
    for (const x of m.materials ?? []) if (!x.sharedData) t.materials++
    t.time += m.promisedLimit === undefined ? 0 : approximateWorkingDays(m.promisedLimit)
    t.trips += m.trips ?? 0
  }
  return t
}

/** What matches a matter across versions: its implementation code, else its local code, else its name. */
const keyOf = (m: ListedMatter): string =>
  m.implementationCode !== undefined && m.implementationCode !== ""
    ? m.implementationCode
    : m.localCode !== undefined
      ? `local:${m.localCode}`
      : `name:${m.name}`

/**
 * One reduction from its before and after totals.
 *
 * @example
 * ```ts
 * import { reduction } from "@tongban/catalog"
 *
 * reduction(8, 6) // { before: 8, after: 6, reduction: 2, percent: 25 }
 * reduction(0, 1).percent // undefined
 * ```
 *
 * @since 0.1.0
 * @category diff
 */
export const reduction = (before: number, after: number): Reduction => ({
  before,
  after,
  reduction: before - after,
  percent: before === 0 ? undefined : ((before - after) / before) * 100
})

const fourOf = (before: Totals, after: Totals): FourReductions => ({
  steps: reduction(before.steps, after.steps),
  materials: reduction(before.materials, after.materials),
  time: reduction(before.time, after.time),
  trips: reduction(before.trips, after.trips)
})

/**
 * Compares two versions of a catalogue (see {@link CatalogueDiff}), strict
 * or as lists carry them. Matters are matched by implementation code (by
 * local code, else by name, when a list has none); lists come in the order
 * of the catalogue they are taken from. A matter that lacks an element adds
 * nothing to its reduction (see {@link catalogueCompleteness}).
 *
 * The reductions of `diffCatalogues(a, b)` are the negation of those of
 * `diffCatalogues(b, a)`; the percentages are not, being relative to the
 * older version.
 *
 * @example
 * ```ts
 * import { diffCatalogues } from "@tongban/catalog"
 *
 * const d = diffCatalogues({ matters: [] }, { matters: [] })
 * d.added.length + d.removed.length + d.changed.length // 0
 * d.fourReductions.trips.percent // undefined
 * ```
 *
 * @since 0.1.0
 * @category diff
 */
export const diffCatalogues = <M extends ListedMatter>(
  before: WithMatters<M>,
  after: WithMatters<M>
): CatalogueDiff<M> => {
  const old = new Map<string, M>()
  for (const m of before.matters) if (!old.has(keyOf(m))) old.set(keyOf(m), m)
  const next = new Map<string, M>()
  for (const m of after.matters) if (!next.has(keyOf(m))) next.set(keyOf(m), m)
  const added = after.matters.filter((m) => !old.has(keyOf(m)))
  const removed = before.matters.filter((m) => !next.has(keyOf(m)))
  const changed: Array<{ code: string; name: string; changes: ReadonlyArray<FieldChange> }> = []
  const commonBefore: Array<M> = []
  const commonAfter: Array<M> = []
  for (const [key, a] of old) {
    const b = next.get(key)
    if (b === undefined) continue
    commonBefore.push(a)
    commonAfter.push(b)
    const changes = diffMatter(a, b)
    if (changes.length > 0) changed.push({ code: b.implementationCode ?? b.localCode ?? "", name: b.name, changes })
  }
  return {
    added,
    removed,
    changed,
    fourReductions: fourOf(totalsOf(commonBefore), totalsOf(commonAfter)),
    totals: fourOf(totalsOf(before.matters), totalsOf(after.matters))
  }
}
