/**
 * A rubric compiled for the hot loop: hundredths instead of decimals, and
 * event keys mapped to the items and vetoes they feed. Memoised per rubric
 * object.
 */
import type { Message } from "@tongban/core"
import type { Level, Rubric } from "../Rubric.js"
import { toHundredths } from "./decimal.js"

export interface CompiledItem {
  readonly index: number
  readonly id: string
  readonly category: number
  readonly name: Message
  readonly sign: 1 | -1
  readonly pointsH: number
  readonly unit: "occurrence" | "person_time" | "half_day" | "percentage_point" | "once"
  readonly matterTypes: ReadonlySet<string> | undefined
  readonly range: { readonly min: number; readonly max: number } | undefined
  readonly weighted: boolean
  readonly capH: number | undefined
  /** Units not counted before counting starts (0: none). */
  readonly threshold: number
  readonly joint: { readonly role: string; readonly shareH: number } | undefined
  readonly metric: CompiledMetric | undefined
  readonly evidence: Message | undefined
}

/** A rate an item compares with its threshold; a `ratio` names its two counters. */
export interface CompiledMetric {
  readonly name: "satisfaction" | "on_time_rate" | "ratio"
  readonly thresholdH: number
  readonly when: "below" | "at_or_below" | "above" | "at_or_above"
  readonly numerator: number
  readonly denominator: number
  /** The least denominator a ratio is applied at (1 unless the rubric says). */
  readonly minCount: number
}

export interface CompiledCategory {
  readonly id: string
  readonly name: Message
  readonly pointsH: number | undefined
  readonly bonusCapH: number | undefined
  /** Indices of the sub-categories, in the rubric's order. */
  readonly children: ReadonlyArray<number>
  /** Ids from the top category down to this one. */
  readonly path: ReadonlyArray<string>
}

export interface CompiledGrade {
  readonly id: string
  readonly name: Message
  readonly minH: number
  readonly exclusive: boolean
  /** Position from the highest grade (0). */
  readonly order: number
}

/** Whether a score reaches a grade's lower bound. */
export const reaches = (g: CompiledGrade, total: number): boolean => (g.exclusive ? total > g.minH : total >= g.minH)

export interface CompiledVeto {
  readonly index: number
  readonly id: string
  readonly name: Message
  readonly minCount: number
  readonly year: boolean
  readonly effect: "ineligible" | "zero" | { readonly capGrade: string }
  readonly matterTypes: ReadonlySet<string> | undefined
}

/** For one event kind: the indices fed by each code or level, and by any. */
export interface Dispatch {
  readonly bySub: ReadonlyMap<string, ReadonlyArray<number>>
  readonly any: ReadonlyArray<number> | undefined
}

export interface Compiled {
  readonly rubric: Rubric
  readonly baseH: number
  readonly maximumH: number
  readonly items: ReadonlyArray<CompiledItem>
  readonly metricItems: ReadonlyArray<CompiledItem>
  readonly vetoes: ReadonlyArray<CompiledVeto>
  readonly categories: ReadonlyArray<CompiledCategory>
  /** Indices of the top categories, in the rubric's order. */
  readonly roots: ReadonlyArray<number>
  /** Some category has a parent: lines then carry their category path. */
  readonly nested: boolean
  /** kind → code or level (`*` for any) → item indices. */
  readonly itemsByKey: ReadonlyMap<string, Dispatch>
  readonly vetoesByKey: ReadonlyMap<string, Dispatch>
  /** The counters of ratio metrics: the events of the period each counts, by kind and code or level. */
  readonly counters: ReadonlyArray<{ readonly matterTypes: ReadonlySet<string> | undefined }>
  readonly countersByKey: ReadonlyMap<string, Dispatch>
  readonly satisfied: ReadonlySet<Level>
  readonly minSample: number
  readonly prior: { readonly alphaH: number; readonly betaH: number } | { readonly pooledH: number }
  readonly weights: ReadonlyMap<string, number>
  readonly defaultWeightH: number
  /** Highest first: by bound, and at the same bound the exclusive one (> 80) above the inclusive (≥ 80). */
  readonly grades: ReadonlyArray<CompiledGrade>
}

const hu = (v: string | number | undefined): number | undefined => (v === undefined ? undefined : toHundredths(v))
const must = (v: string | number): number => toHundredths(v) ?? 0

interface Match {
  readonly kind: string
  readonly codes?: ReadonlyArray<string> | undefined
  readonly levels?: ReadonlyArray<string> | undefined
}

const dispatch = (matches: ReadonlyArray<Match | undefined>): ReadonlyMap<string, Dispatch> => {
  const raw = new Map<string, { bySub: Map<string, Array<number>>; any: Array<number> }>()
  matches.forEach((m, index) => {
    if (m === undefined) return
    const d = raw.get(m.kind) ?? { bySub: new Map<string, Array<number>>(), any: [] }
    raw.set(m.kind, d)
    const subs = [...(m.codes ?? []), ...(m.levels ?? [])]
    if (subs.length === 0) d.any.push(index)
    for (const s of new Set(subs)) {
      const list = d.bySub.get(s) ?? []
      d.bySub.set(s, list)
      list.push(index)
    }
  })
  return new Map([...raw].map(([k, d]) => [k, { bySub: d.bySub, any: d.any.length === 0 ? undefined : d.any }]))
}

const cache = new WeakMap<Rubric, Compiled>()

/** Compiles a rubric already checked by parseRubric. */
export const compile = (rubric: Rubric): Compiled => {
  const hit = cache.get(rubric)
  if (hit !== undefined) return hit
  const categoryIndex = new Map(rubric.categories.map((c, i) => [c.id, i]))
  const parentIndex = rubric.categories.map((c) => (c.parent === undefined ? undefined : categoryIndex.get(c.parent)))
  const pathOf = (i: number): Array<string> => {
    const path: Array<string> = []
    // parseRubric refused cycles; the bound keeps even a bad rubric finite.
    for (let at: number | undefined = i; at !== undefined && path.length <= rubric.categories.length; ) {
      path.unshift(rubric.categories[at]?.id ?? "")
      at = parentIndex[at]
    }
    return path
  }
  // Each ratio metric counts two sets of events: its numerator and its denominator.
  const counterMatches: Array<Match & { readonly matterTypes?: ReadonlyArray<string> | undefined }> = []
  const counter = (m: Match & { readonly matterTypes?: ReadonlyArray<string> | undefined }): number =>
    counterMatches.push(m) - 1
  const items: Array<CompiledItem> = rubric.items.map((it, index) => ({
    index,
    id: it.id,
    category: categoryIndex.get(it.category) ?? 0,
    name: it.name,
    sign: it.effect === "deduct" ? -1 : 1,
    pointsH: must(it.points),
    unit: it.unit,
    matterTypes: it.match?.matterTypes === undefined ? undefined : new Set(it.match.matterTypes),
    range: it.range === undefined ? undefined : { min: must(it.range.min), max: must(it.range.max) },
    weighted: it.weighted === true,
    capH: hu(it.cap),
    threshold: it.threshold ?? 0,
    joint:
      it.joint === undefined
        ? undefined
        : { role: it.joint.role ?? "chief_representative", shareH: must(it.joint.share) },
    metric:
      it.metric === undefined
        ? undefined
        : {
            name: it.metric.name,
            thresholdH: must(it.metric.threshold),
            when: it.metric.when ?? (it.effect === "deduct" ? "below" : "above"),
            numerator: it.metric.name === "ratio" ? counter(it.metric.numerator) : -1,
            denominator: it.metric.name === "ratio" ? counter(it.metric.denominator) : -1,
            minCount: it.metric.name === "ratio" ? (it.metric.minCount ?? 1) : 1
          },
    evidence: it.evidence
  }))
  const itemsByKey = dispatch(rubric.items.map((it) => it.match))
  const vetoes: Array<CompiledVeto> = (rubric.vetoes ?? []).map((v, index) => ({
    index,
    id: v.id,
    name: v.name,
    minCount: v.minCount ?? 1,
    year: v.scope === "year",
    effect: v.effect,
    matterTypes: v.match.matterTypes === undefined ? undefined : new Set(v.match.matterTypes)
  }))
  const vetoesByKey = dispatch((rubric.vetoes ?? []).map((v) => v.match))
  const prior = rubric.satisfaction?.prior
  const compiled: Compiled = {
    rubric,
    baseH: must(rubric.base),
    maximumH: Math.max(must(rubric.base), hu(rubric.maximum) ?? must(rubric.base)),
    items,
    metricItems: items.filter((i) => i.metric !== undefined),
    vetoes,
    categories: rubric.categories.map((c, i) => ({
      id: c.id,
      name: c.name,
      pointsH: hu(c.points),
      bonusCapH: hu(c.bonusCap),
      children: parentIndex.flatMap((p, j) => (p === i ? [j] : [])),
      path: pathOf(i)
    })),
    roots: parentIndex.flatMap((p, j) => (p === undefined ? [j] : [])),
    nested: parentIndex.some((p) => p !== undefined),
    itemsByKey,
    vetoesByKey,
    counters: counterMatches.map((m) => ({
      matterTypes: m.matterTypes === undefined ? undefined : new Set(m.matterTypes)
    })),
    countersByKey: dispatch(counterMatches),
    satisfied: new Set(rubric.satisfaction?.satisfied ?? ["very_satisfied", "satisfied"]),
    minSample: rubric.satisfaction?.minSample ?? 0,
    prior:
      prior === undefined
        ? { alphaH: 100, betaH: 100 }
        : "pooled" in prior
          ? { pooledH: must(prior.pooled) }
          : { alphaH: must(prior.alpha), betaH: must(prior.beta) },
    weights: new Map(Object.entries(rubric.workload?.weights ?? {}).map(([k, v]) => [k, must(v)])),
    defaultWeightH: hu(rubric.workload?.defaultWeight) ?? 100,
    grades: [...(rubric.grades ?? [])]
      .map((g) => ({ id: g.id, name: g.name, minH: must(g.min), exclusive: g.inclusive === false }))
      .sort((a, b) => b.minH - a.minH || Number(b.exclusive) - Number(a.exclusive))
      .map((g, order) => ({ ...g, order }))
  }
  cache.set(rubric, compiled)
  return compiled
}
