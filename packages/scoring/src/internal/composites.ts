/**
 * Composites (组合得分) and self-scores (自评分): weighted sums over named
 * components, each the scores computed here (of a subject's, a window's or a
 * department's members) or an input the caller supplies (votes, surveys),
 * and a self-score reported beside each computed score. Inputs from outside
 * are checked here: every problem is a located issue, never a throw.
 */
import { codeIssue, type Issue, type Message } from "@tongban/core"
import type { CompositeLine, CompositeResult, EntityScore, SelfScore } from "../Assessment.js"
import { scoreCodes } from "../IssueCodes.js"
import { formatPoints } from "../Points.js"
import { rankBy, type RankingMethod } from "../Ranking.js"
import type { Rubric, RubricComposite } from "../Rubric.js"
import { roundDiv, toHundredths } from "./decimal.js"

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === "object" && v !== null && !Array.isArray(v)

const shown = (v: unknown): string =>
  typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : typeof v

const keyOf = (of: RubricComposite["of"], s: EntityScore): string | undefined =>
  of === "subject" ? s.id : of === "window" ? s.window : s.department

/** The members of each entity a composite scores, by its `of`. */
const groupsOf = (
  of: RubricComposite["of"],
  scores: ReadonlyArray<EntityScore>
): ReadonlyMap<string, ReadonlyArray<EntityScore>> => {
  const m = new Map<string, Array<EntityScore>>()
  for (const s of scores) {
    const k = keyOf(of, s)
    if (k === undefined) continue
    const g = m.get(k) ?? []
    m.set(k, g)
    g.push(s)
  }
  return m
}

const AGGREGATE_TEXT: Readonly<Record<"mean" | "sum" | "min" | "max", Message>> = {
  mean: { zh: "平均", en: "mean" },
  sum: { zh: "合计", en: "sum" },
  min: { zh: "最低", en: "least" },
  max: { zh: "最高", en: "greatest" }
}

/**
 * The composites of a rubric over the computed scores, with the caller's
 * inputs checked. With no inputs given at all, a composite that needs one
 * is reported without entries and with a note saying so.
 */
export const composites = (
  rubric: Rubric,
  scores: ReadonlyArray<EntityScore>,
  rawInputs: unknown,
  method: RankingMethod
): { readonly issues: ReadonlyArray<Issue>; readonly results: ReadonlyArray<CompositeResult> } => {
  const list = rubric.composites ?? []
  if (list.length === 0 && rawInputs === undefined) return { issues: [], results: [] }
  const issues: Array<Issue> = []
  const declared = new Map((rubric.inputs ?? []).map((x) => [x.id, x]))
  const groups = new Map(list.map((cp) => [cp.id, groupsOf(cp.of, scores)]))
  // inputs: input id → subject id → hundredths, each value checked.
  const inputs = new Map<string, Map<string, number>>()
  if (rawInputs !== undefined) {
    if (!isRecord(rawInputs))
      return { issues: [codeIssue(scoreCodes, "inputs_invalid", { path: ["inputs"] })], results: [] }
    for (const [inputId, values] of Object.entries(rawInputs)) {
      const spec = declared.get(inputId)
      if (spec === undefined) {
        issues.push(codeIssue(scoreCodes, "input_unknown", { path: ["inputs", inputId], facts: { input: inputId } }))
        continue
      }
      if (!isRecord(values)) {
        issues.push(codeIssue(scoreCodes, "inputs_invalid", { path: ["inputs", inputId] }))
        continue
      }
      const users = list.filter((cp) => cp.components.some((k) => k.from === "input" && k.input === inputId))
      const maxH = toHundredths(spec.max) ?? 0
      const byId = new Map<string, number>()
      for (const [subject, v] of Object.entries(values)) {
        const at = ["inputs", inputId, subject]
        if (!users.some((cp) => groups.get(cp.id)?.has(subject) === true)) {
          issues.push(codeIssue(scoreCodes, "input_subject_unknown", { path: at, facts: { input: inputId, subject } }))
          continue
        }
        const h = toHundredths(v)
        if (h === undefined || h < 0 || h > maxH) {
          issues.push(
            codeIssue(scoreCodes, "input_out_of_range", {
              path: at,
              facts: { input: inputId, max: formatPoints(maxH), value: shown(v) }
            })
          )
          continue
        }
        byId.set(subject, h)
      }
      inputs.set(inputId, byId)
    }
  }
  const results: Array<CompositeResult> = []
  for (const cp of list) {
    const needs = cp.components.flatMap((k) => (k.from === "input" ? [k.input] : []))
    const members = groups.get(cp.id) ?? new Map<string, ReadonlyArray<EntityScore>>()
    if (rawInputs === undefined && needs.length > 0) {
      results.push({
        id: cp.id,
        name: cp.name,
        of: cp.of,
        entries: [],
        note: {
          zh: `未提供输入（${needs.join("、")}），未计算`,
          en: `the inputs (${needs.join(", ")}) were not given; not computed`
        }
      })
      continue
    }
    const raw: Array<{ id: string; total: number; lines: Array<CompositeLine> }> = []
    for (const [entity, ms] of [...members].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const lines: Array<CompositeLine> = []
      let complete = true
      for (const k of cp.components) {
        const weightH = toHundredths(k.weight) ?? 0
        if (k.from === "input") {
          const v = inputs.get(k.input)?.get(entity)
          if (v === undefined) {
            complete = false
            if (!issues.some((i) => i.code === "input_missing" && i.path[1] === k.input && i.path[2] === entity)) {
              issues.push(
                codeIssue(scoreCodes, "input_missing", {
                  path: ["inputs", k.input, entity],
                  facts: { input: k.input, subject: entity, composite: cp.id }
                })
              )
            }
            continue
          }
          const h = Number(roundDiv(BigInt(weightH) * BigInt(v), 100n))
          lines.push({
            component: k.id,
            name: k.name,
            from: "input",
            value: formatPoints(v),
            weight: formatPoints(weightH),
            points: formatPoints(h),
            hundredths: h,
            members: []
          })
          continue
        }
        const chosen = ms.filter(
          (s) =>
            (k.roles === undefined || (s.role !== undefined && k.roles.includes(s.role))) &&
            (k.exceptRoles === undefined || s.role === undefined || !k.exceptRoles.includes(s.role))
        )
        const aggregate = k.aggregate ?? "mean"
        const values = chosen.map((s) => s.hundredths)
        let sum = 0
        for (const v of values) sum += v
        // One rounding per line: weight × the mean is weight × sum / n, divided once.
        const [num, den] =
          values.length === 0
            ? [0, 1]
            : aggregate === "mean"
              ? [sum, values.length]
              : aggregate === "sum"
                ? [sum, 1]
                : [aggregate === "min" ? Math.min(...values) : Math.max(...values), 1]
        const h = Number(roundDiv(BigInt(weightH) * BigInt(num), 100n * BigInt(den)))
        lines.push({
          component: k.id,
          name: k.name,
          from: "score",
          value: formatPoints(Number(roundDiv(BigInt(num), BigInt(den)))),
          weight: formatPoints(weightH),
          points: formatPoints(h),
          hundredths: h,
          members: chosen.map((s) => s.id).sort(),
          ...(values.length === 0
            ? { note: { zh: "没有符合条件的成员，计 0 分", en: "no member qualifies: 0 points" } }
            : cp.of === "subject"
              ? {}
              : {
                  note: {
                    zh: `${values.length} 人得分${AGGREGATE_TEXT[aggregate].zh}`,
                    en: `${AGGREGATE_TEXT[aggregate].en} of ${values.length} scores`
                  }
                })
        })
      }
      if (!complete) continue
      let total = 0
      for (const l of lines) total += l.hundredths
      raw.push({ id: entity, total, lines })
    }
    const ranks = rankBy(raw, (x, y) => y.total - x.total, { method })
    results.push({
      id: cp.id,
      name: cp.name,
      of: cp.of,
      entries: raw
        .map((e, i) => ({
          id: e.id,
          score: formatPoints(e.total),
          hundredths: e.total,
          rank: ranks[i] ?? 0,
          lines: e.lines
        }))
        .sort((x, y) => x.rank - y.rank || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    })
  }
  return { issues, results }
}

const points = (v: unknown): number | undefined => {
  const h = toHundredths(v)
  return h === undefined || h < 0 ? undefined : h
}

/** What a category kept in a score: its points (if any) plus its lines and its sub-categories' lines. */
const kept = (rubric: Rubric, s: EntityScore, category: string): number => {
  const spec = rubric.categories.find((c) => c.id === category)
  let h = spec?.points === undefined ? 0 : (toHundredths(spec.points) ?? 0)
  for (const l of s.lines) if (l.category === category || l.path?.includes(category) === true) h += l.hundredths
  return h
}

/** Self-scores (自评分) by subject id, checked against the subjects scored and the rubric's categories: each score with its self-score beside it, or the issues. */
export const withSelfScores = (
  rubric: Rubric,
  raw: unknown,
  scores: ReadonlyArray<EntityScore>
): { readonly issues: ReadonlyArray<Issue>; readonly scores: ReadonlyArray<EntityScore> } => {
  if (raw === undefined) return { issues: [], scores }
  if (!isRecord(raw))
    return { issues: [codeIssue(scoreCodes, "self_scores_invalid", { path: ["selfScores"] })], scores }
  const byId = new Map(scores.map((s) => [s.id, s]))
  const categories = new Set(rubric.categories.map((c) => c.id))
  const issues: Array<Issue> = []
  const selves = new Map<string, SelfScore>()
  for (const [subject, v] of Object.entries(raw)) {
    const at = ["selfScores", subject]
    const s = byId.get(subject)
    if (s === undefined) {
      issues.push(codeIssue(scoreCodes, "self_score_subject_unknown", { path: at, facts: { subject } }))
      continue
    }
    const objectForm = isRecord(v)
    const total = points(objectForm ? v.score : v)
    if (total === undefined) {
      const value = objectForm ? v.score : v
      issues.push(
        codeIssue(scoreCodes, "self_score_invalid", {
          path: objectForm ? [...at, "score"] : at,
          facts: { value: shown(value) }
        })
      )
      continue
    }
    const rows: Array<SelfScore["categories"][number]> = []
    if (objectForm) {
      for (const key of Object.keys(v)) {
        if (key !== "score" && key !== "categories")
          issues.push(codeIssue(scoreCodes, "self_scores_invalid", { path: [...at, key] }))
      }
      const cats = v.categories
      if (cats !== undefined && !isRecord(cats)) {
        issues.push(codeIssue(scoreCodes, "self_scores_invalid", { path: [...at, "categories"] }))
      } else if (cats !== undefined) {
        for (const [category, cv] of Object.entries(cats)) {
          const cat = [...at, "categories", category]
          if (!categories.has(category)) {
            issues.push(codeIssue(scoreCodes, "self_score_category_unknown", { path: cat, facts: { category } }))
            continue
          }
          const self = points(cv)
          if (self === undefined) {
            issues.push(codeIssue(scoreCodes, "self_score_invalid", { path: cat, facts: { value: shown(cv) } }))
            continue
          }
          const computed = kept(rubric, s, category)
          rows.push({
            category,
            self: formatPoints(self),
            computed: formatPoints(computed),
            difference: formatPoints(computed - self),
            differenceHundredths: computed - self
          })
        }
      }
    }
    const d = s.hundredths - total
    selves.set(subject, {
      score: formatPoints(total),
      hundredths: total,
      difference: formatPoints(d),
      differenceHundredths: d,
      categories: rows
    })
  }
  return {
    issues,
    scores: scores.map((s) => {
      const self = selves.get(s.id)
      return self === undefined ? s : { ...s, selfScore: self }
    })
  }
}
