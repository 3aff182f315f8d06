/**
 * Reform metrics of a catalogue, per department and overall: how many
 * matters are decided on the spot, handled fully online, need at most one
 * trip or none, how far promised limits are compressed below statutory ones,
 * how many windows may approve, and which materials several departments
 * demand (candidates for data sharing).
 *
 * Glossary: 即办件 = immediate matter, 全程网办 = fully online, 最多跑一次 =
 * at most one trip, 零跑动 = zero trips, 压缩率 = compression rate,
 * 窗口授权 = window authority, 信息孤岛 = information islands (data that
 * departments do not share), 数据共享 = data sharing.
 *
 * @since 0.1.0
 */
import { approximateWorkingDays, compressionRate } from "@tongban/deadline"
import type { ListedCatalogue, ListedMatter } from "./Schema.js"
import { isFullyOnline } from "./Validate.js"

/**
 * Metrics of a set of matters (a department's or the whole catalogue's).
 * Shares are fractions in 0…1 of the matters that carry the element (a
 * list without 办件类型 has no 即办件 share, not a share of 0), `undefined`
 * when none does; counts and sums cover the matters that carry it.
 *
 * Compression: per matter, `(statutory − promised) / statutory` after both
 * limits are normalised to working days (`approximateWorkingDays` of
 * `@tongban/deadline`). `meanCompression` is the mean over the matters whose
 * statutory limit is above 0 (`compressionCounted` of them; matters with a
 * zero statutory limit are left out, not counted as 0 or 1).
 * `totalCompression` is `(Σ statutory − Σ promised) / Σ statutory` over
 * the same matters: long limits weigh more. A promised limit above the
 * statutory one gives a negative rate (and a validation issue).
 *
 * @since 0.1.0
 * @category models
 */
export interface MatterStats {
  readonly matters: number
  readonly immediate: number
  readonly immediateShare: number | undefined
  readonly fullyOnline: number
  readonly fullyOnlineShare: number | undefined
  readonly atMostOneTrip: number
  readonly atMostOneTripShare: number | undefined
  readonly zeroTrips: number
  readonly zeroTripShare: number | undefined
  readonly windowApproved: number
  readonly windowApprovedShare: number | undefined
  readonly compressionCounted: number
  readonly meanCompression: number | undefined
  readonly totalCompression: number | undefined
  readonly statutoryWorkingDays: number
  readonly promisedWorkingDays: number
  readonly materials: number
  readonly steps: number
  readonly trips: number
}

/**
 * A material that two or more departments demand: a candidate for data
 * sharing (the paper's 信息孤岛).
 *
 * @since 0.1.0
 * @category models
 */
export interface SharedMaterialCandidate {
  /** The name as first written in the catalogue. */
  readonly name: string
  /** The normalised name materials are grouped by. */
  readonly key: string
  readonly departments: ReadonlyArray<string>
  /** Implementation codes of the matters that demand it (a local code or the name when a list has none). */
  readonly matters: ReadonlyArray<string>
}

/**
 * Statistics of a catalogue: overall, per department (in the order of
 * `catalogue.departments`), and the data-sharing candidates (most
 * departments first).
 *
 * @since 0.1.0
 * @category models
 */
export interface CatalogueStats {
  readonly overall: MatterStats
  readonly departments: ReadonlyArray<{ readonly id: string; readonly name: string; readonly stats: MatterStats }>
  readonly sharedMaterialCandidates: ReadonlyArray<SharedMaterialCandidate>
}

const share = (n: number, total: number): number | undefined => (total === 0 ? undefined : n / total)

/**
 * The metrics of a list of matters (see {@link MatterStats}).
 *
 * @example
 * ```ts
 * import { matterStats } from "@tongban/catalog"
 *
 * matterStats([]).matters // 0
 * matterStats([]).immediateShare // undefined
 * ```
 *
 * @since 0.1.0
 * @category analytics
 */
export const matterStats = (matters: ReadonlyArray<ListedMatter>): MatterStats => {
  let immediate = 0
  let kinds = 0
  let fullyOnline = 0
  let forms = 0
  let atMostOneTrip = 0
  let zeroTrips = 0
  let tripsKnown = 0
  let windowApproved = 0
  let authorities = 0
  let counted = 0
  let rateSum = 0
  let statutory = 0
  let promised = 0
  let materials = 0
  let steps = 0
  let trips = 0
  for (const m of matters) {
    if (m.kind !== undefined) {
      kinds++
      if (m.kind === "immediate") immediate++
    }
    if (m.handlingForms !== undefined && m.onlineDepth !== undefined) {
      forms++
      if (isFullyOnline({ handlingForms: m.handlingForms, onlineDepth: m.onlineDepth })) fullyOnline++
    }
    if (m.trips !== undefined) {
      tripsKnown++
      if (m.trips <= 1) atMostOneTrip++
      if (m.trips === 0) zeroTrips++
      trips += m.trips
    }
    if (m.windowAuthority !== undefined) {
      authorities++
      if (m.windowAuthority === "approve") windowApproved++
    }
    const rate =
      m.promisedLimit === undefined || m.statutoryLimit === undefined
        ? undefined
        : compressionRate(m.promisedLimit, m.statutoryLimit)
    if (rate !== undefined && m.promisedLimit !== undefined && m.statutoryLimit !== undefined) {
      counted++
      rateSum += rate
      statutory += approximateWorkingDays(m.statutoryLimit)
      promised += approximateWorkingDays(m.promisedLimit)
    }
    for (const x of m.materials ?? []) if (!x.sharedData) materials++
    steps += m.steps?.length ?? 0
  }
  return {
    matters: matters.length,
    immediate,
    immediateShare: share(immediate, kinds),
    fullyOnline,
    fullyOnlineShare: share(fullyOnline, forms),
    atMostOneTrip,
    atMostOneTripShare: share(atMostOneTrip, tripsKnown),
    zeroTrips,
    zeroTripShare: share(zeroTrips, tripsKnown),
    windowApproved,
    windowApprovedShare: share(windowApproved, authorities),
    compressionCounted: counted,
    meanCompression: counted === 0 ? undefined : rateSum / counted,
    totalCompression: statutory === 0 ? undefined : (statutory - promised) / statutory,
    statutoryWorkingDays: statutory,
    promisedWorkingDays: promised,
    materials,
    steps,
    trips
  }
}

/**
 * The key materials are grouped by: full-width forms to half-width, white
 * space, brackets and punctuation removed (`居民身份证（原件）` and
 * `居民身份证` stay different; `居民 身份证` and `居民身份证` do not).
 *
 * @example
 * ```ts
 * import { materialKey } from "@tongban/catalog"
 *
 * materialKey(" 营业执照 ") === materialKey("营业执照") // true
 * ```
 *
 * @since 0.1.0
 * @category analytics
 */
export const materialKey = (name: string): string =>
  name
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s"'“”‘’.,;:、，。；：]+/g, "")
    .toLowerCase()

/**
 * Materials demanded by two or more departments and not yet obtainable from
 * shared data (`sharedData: false`), most departments first.
 *
 * @example
 * ```ts
 * import { sharedMaterialCandidates } from "@tongban/catalog"
 *
 * sharedMaterialCandidates({ matters: [] }) // []
 * ```
 *
 * @since 0.1.0
 * @category analytics
 */
export const sharedMaterialCandidates = (
  catalogue: Pick<ListedCatalogue, "matters">
): ReadonlyArray<SharedMaterialCandidate> => {
  const groups = new Map<string, { name: string; departments: Set<string>; matters: Set<string> }>()
  for (const matter of catalogue.matters) {
    const department = matter.department
    if (department === undefined) continue
    for (const material of matter.materials ?? []) {
      if (material.sharedData) continue
      const key = materialKey(material.name)
      let group = groups.get(key)
      if (group === undefined) {
        group = { name: material.name, departments: new Set(), matters: new Set() }
        groups.set(key, group)
      }
      group.departments.add(department)
      group.matters.add(matter.implementationCode ?? matter.localCode ?? matter.name)
    }
  }
  const out: Array<SharedMaterialCandidate> = []
  for (const [key, g] of groups) {
    if (g.departments.size >= 2) {
      out.push({ name: g.name, key, departments: [...g.departments].sort(), matters: [...g.matters].sort() })
    }
  }
  return out.sort(
    (a, b) =>
      b.departments.length - a.departments.length ||
      b.matters.length - a.matters.length ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  )
}

/**
 * The statistics of a catalogue, overall and per department, with the
 * data-sharing candidates.
 *
 * @example
 * ```ts
 * import { catalogueStats } from "@tongban/catalog"
 *
 * const stats = catalogueStats({ departments: [{ id: "scjg", name: "县市场监督管理局", creditCode: "", kind: "government" }], matters: [] })
 * stats.departments[0]?.stats.matters // 0
 * ```
 *
 * @since 0.1.0
 * @category analytics
 */
export const catalogueStats = (catalogue: Pick<ListedCatalogue, "departments" | "matters">): CatalogueStats => {
  const byDepartment = new Map<string, Array<ListedMatter>>()
  for (const m of catalogue.matters) {
    if (m.department === undefined) continue
    const list = byDepartment.get(m.department)
    if (list === undefined) byDepartment.set(m.department, [m])
    else list.push(m)
  }
  return {
    overall: matterStats(catalogue.matters),
    departments: catalogue.departments.map((d) => ({
      id: d.id,
      name: d.name ?? d.id,
      stats: matterStats(byDepartment.get(d.id) ?? [])
    })),
    sharedMaterialCandidates: sharedMaterialCandidates(catalogue)
  }
}
