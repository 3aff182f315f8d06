/**
 * Bundles (一件事): several matters handled as one. Their merged materials
 * (each asked once, showing which members share it), their time and trips
 * against the sum of the members, and the bundle's four reductions.
 *
 * Glossary: 一件事 = bundle, 牵头部门 = lead department, 协办部门 =
 * co-operating department, 一表申请 = one form, 一窗受理 = one window,
 * 材料合并 = merged materials, 四减 = the four reductions.
 *
 * @since 0.1.0
 */
import { fail, ok, type Result } from "@tongban/core"
import { approximateWorkingDays } from "@tongban/deadline"
import { materialKey } from "./Analytics.js"
import { type FourReductions, reduction } from "./Diff.js"
import type { Bundle as BundleRecord, ListedMatter, Matter } from "./Schema.js"
import { catalogCodes } from "./IssueCodes.js"

/**
 * A material of a bundle after merging: asked once, with the members that
 * demand it.
 *
 * @since 0.1.0
 * @category models
 */
export interface MergedMaterial {
  readonly name: string
  readonly key: string
  /** Implementation codes of the member matters that demand it. */
  readonly matters: ReadonlyArray<string>
  /** Obtainable from shared data in every member that demands it. */
  readonly sharedData: boolean
}

/**
 * What a bundle saves against handling its members one by one.
 *
 * - `members`: the member matters, in the bundle's order;
 * - `materials`: merged, in order of first appearance;
 * - `fourReductions`: `before` is the sum over the members handled
 *   separately (steps, materials to hand in, promised working days, trips),
 *   `after` is the bundle (its `steps`, or the members' steps when not
 *   given; the merged materials to hand in; its promised limit; its trips).
 *
 * @since 0.1.0
 * @category models
 */
export interface BundleAnalysis<M extends ListedMatter = Matter> {
  readonly id: string
  readonly name: string
  readonly members: ReadonlyArray<M>
  readonly materials: ReadonlyArray<MergedMaterial>
  readonly fourReductions: FourReductions
}

/**
 * Analyses one bundle of a catalogue. Fails with `unknown_bundle` when the id
 * is not there and `unknown_matter` when a member is missing.
 *
 * @example
 * ```ts
 * import { analyseBundle } from "@tongban/catalog"
 *
 * const r = analyseBundle({ matters: [], bundles: [] }, "qykb")
 * r.ok ? "" : r.issues[0]?.code // "unknown_bundle"
 * ```
 *
 * @since 0.1.0
 * @category analytics
 */
export const analyseBundle = <M extends ListedMatter>(
  catalogue: { readonly matters: ReadonlyArray<M>; readonly bundles: ReadonlyArray<BundleRecord> },
  id: string
): Result<BundleAnalysis<M>> => {
  const index = catalogue.bundles.findIndex((b) => b.id === id)
  const bundle = catalogue.bundles[index]
  if (bundle === undefined) {
    return fail(catalogCodes.issue("unknown_bundle", { path: ["bundles"], facts: { id } }))
  }
  const byCode = new Map<string, M>()
  for (const m of catalogue.matters) {
    const code = m.implementationCode
    if (code !== undefined && !byCode.has(code)) byCode.set(code, m)
  }
  const members: Array<M> = []
  const missing = []
  for (const [j, code] of bundle.matters.entries()) {
    const m = byCode.get(code)
    if (m === undefined) {
      missing.push(
        catalogCodes.issue("unknown_matter", { path: ["bundles", index, "matters", j], facts: { matter: code } })
      )
    } else members.push(m)
  }
  if (missing.length > 0) return fail(missing)

  const merged = new Map<string, { name: string; matters: Array<string>; sharedData: boolean }>()
  let steps = 0
  let materials = 0
  let time = 0
  let trips = 0
  for (const m of members) {
    const code = m.implementationCode ?? ""
    steps += m.steps?.length ?? 0
    time += m.promisedLimit === undefined ? 0 : approximateWorkingDays(m.promisedLimit)
    trips += m.trips ?? 0
    for (const x of m.materials ?? []) {
      if (!x.sharedData) materials++
      const key = materialKey(x.name)
      const group = merged.get(key)
      if (group === undefined) merged.set(key, { name: x.name, matters: [code], sharedData: x.sharedData })
      else {
        if (!group.matters.includes(code)) group.matters.push(code)
        group.sharedData = group.sharedData && x.sharedData
      }
    }
  }
  const mergedList: Array<MergedMaterial> = [...merged].map(([key, g]) => ({ key, ...g }))
  const mergedToHand = mergedList.filter((x) => !x.sharedData).length
  return ok({
    id: bundle.id,
    name: bundle.name,
    members,
    materials: mergedList,
    fourReductions: {
      steps: reduction(steps, bundle.steps ?? steps),
      materials: reduction(materials, mergedToHand),
      time: reduction(time, approximateWorkingDays(bundle.promisedLimit)),
      trips: reduction(trips, bundle.trips)
    }
  })
}
