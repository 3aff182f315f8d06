/**
 * Rubrics as data: what a county writes to assess its window staff or its
 * windows, validated at the boundary.
 *
 * Glossary: 考核评分标准 = rubric, 基本分 = base, 最高分 = maximum,
 * 类别 = category, 扣分 = deduction, 加分 = bonus, 扣完为止，不计负分 =
 * deductions stop at zero, 每次 = per occurrence, 每人次 = per person-time,
 * 每半天 = per half day, 每个百分点 = per percentage point, 酌情 = as the case
 * merits (a range), 连带责任 = joint liability, 首席代表 = chief
 * representative, 一票否决 = veto, 等次 = grade, 评先评优 = awards,
 * 服务之星 = Service Star, 名额 = quota, 折算 = pro-rating, 好差评 = good/bad
 * reviews, 满意度 = satisfaction.
 *
 * @since 0.1.0
 */
import { codeIssue, type Issue, type PathSegment, type Result, validate } from "@tongban/core"
import * as z from "zod"
import { toHundredths } from "./internal/decimal.js"
import { rubricCodes } from "./IssueCodes.js"

const points = z.union([z.number(), z.string()]).refine((v) => toHundredths(v) !== undefined, {
  params: { code: "points_invalid", ...rubricCodes.points_invalid.message }
})

const nonNegativePoints = points.refine((v) => (toHundredths(v) ?? 0) >= 0, {
  params: { code: "points_negative", ...rubricCodes.points_negative.message }
})

const share = z.union([z.number(), z.string()]).refine(
  (v) => {
    const x = toHundredths(v)
    return x !== undefined && x >= 0 && x <= 100
  },
  {
    params: { code: "share_invalid", ...rubricCodes.share_invalid.message }
  }
)

const id = z.string().min(1).max(64)

const text = z.strictObject({ zh: z.string().min(1).max(500), en: z.string().min(1).max(500) })

/**
 * The five 好差评 levels, best first: 非常满意, 满意, 基本满意, 不满意,
 * 非常不满意.
 *
 * @since 0.1.0
 * @category constants
 */
export const LEVELS = [
  "very_satisfied",
  "satisfied",
  "basically_satisfied",
  "dissatisfied",
  "very_dissatisfied"
] as const

/**
 * One of the five 好差评 levels.
 *
 * @since 0.1.0
 * @category models
 */
export type Level = (typeof LEVELS)[number]

/**
 * The kinds of event a rubric can count.
 *
 * - `attendance`: codes `late`, `early_leave`, `absent`, `off_post` or a
 *   county's own; `quantity` is half days or occurrences.
 * - `case`: a case handled; code `on_time` or `overdue` (the case clock of
 *   `@tongban/deadline` decides which); `matterType` for difficulty weights.
 * - `evaluation`: a citizen's 好差评 rating, with a `level`.
 * - `complaint`: code `confirmed` or `unconfirmed`.
 * - `commendation`, `discipline`: a county's own codes.
 * - `staff`: a roster line (a member's window, department, role and days
 *   present), `rectification`, `follow_up`, `appeal`: the handling of a bad
 *   review, by its `ref`.
 *
 * @since 0.1.0
 * @category constants
 */
export const EVENT_KINDS = [
  "attendance",
  "case",
  "evaluation",
  "complaint",
  "commendation",
  "discipline",
  "staff",
  "rectification",
  "follow_up",
  "appeal"
] as const

/**
 * One of {@link EVENT_KINDS}.
 *
 * @since 0.1.0
 * @category models
 */
export type EventKind = (typeof EVENT_KINDS)[number]

const match = z.strictObject({
  kind: z.enum(EVENT_KINDS),
  codes: z.array(z.string().min(1).max(64)).min(1).max(100).optional(),
  levels: z.array(z.enum(LEVELS)).min(1).max(5).optional(),
  matterTypes: z.array(z.string().min(1).max(64)).min(1).max(1000).optional()
})

const when = z.enum(["below", "at_or_below", "above", "at_or_above"]).optional()

const reclassification = z.strictObject({
  id,
  name: text,
  match: z.strictObject({
    kind: z.enum(["attendance", "discipline", "commendation"]),
    codes: z.array(z.string().min(1).max(64)).min(1).max(100)
  }),
  code: z.string().min(1).max(64)
})

const metric = z.discriminatedUnion("name", [
  z.strictObject({ name: z.literal("satisfaction"), threshold: nonNegativePoints, when }),
  z.strictObject({ name: z.literal("on_time_rate"), threshold: nonNegativePoints, when }),
  z.strictObject({
    name: z.literal("ratio"),
    threshold: nonNegativePoints,
    when,
    numerator: match,
    denominator: match,
    minCount: z.number().int().min(1).max(1_000_000).optional()
  })
])

const item = z.strictObject({
  id,
  category: id,
  name: text,
  effect: z.enum(["deduct", "add"]),
  points: nonNegativePoints,
  unit: z.enum(["occurrence", "person_time", "half_day", "percentage_point", "once"]),
  match: match.optional(),
  metric: metric.optional(),
  range: z.strictObject({ min: nonNegativePoints, max: nonNegativePoints }).optional(),
  weighted: z.boolean().optional(),
  cap: nonNegativePoints.optional(),
  threshold: z.number().int().min(0).max(1_000_000).optional(),
  evidence: text.optional(),
  joint: z.strictObject({ role: id.optional(), share }).optional()
})

const category = z.strictObject({
  id,
  name: text,
  parent: id.optional(),
  points: nonNegativePoints.optional(),
  bonusCap: nonNegativePoints.optional()
})

const veto = z.strictObject({
  id,
  name: text,
  match,
  minCount: z.number().int().min(1).max(1_000_000).optional(),
  scope: z.enum(["period", "year"]),
  effect: z.union([z.literal("ineligible"), z.literal("zero"), z.strictObject({ capGrade: id })])
})

const grade = z.strictObject({ id, name: text, min: nonNegativePoints, inclusive: z.boolean().optional() })

const roles = z.array(id).min(1).max(100)

const eligibility = z.discriminatedUnion("rule", [
  z.strictObject({ rule: z.literal("no_confirmed_complaint") }),
  z.strictObject({ rule: z.literal("no_rating"), levels: z.array(z.enum(LEVELS)).min(1).max(5) }),
  z.strictObject({ rule: z.literal("min_score"), points: nonNegativePoints }),
  z.strictObject({ rule: z.literal("min_evaluations"), count: z.number().int().min(0).max(1_000_000) }),
  z.strictObject({ rule: z.literal("min_presence"), share }),
  z.strictObject({ rule: z.literal("roles"), roles: roles.optional(), exceptRoles: roles.optional() }),
  z.strictObject({ rule: z.literal("window_types"), types: roles.optional(), exceptTypes: roles.optional() })
])

const award = z.strictObject({
  id,
  name: text,
  method: z.enum(["rank", "full_score", "weighted"]),
  fullScore: nonNegativePoints.optional(),
  weights: z
    .strictObject({ score: nonNegativePoints, satisfaction: nonNegativePoints, workload: nonNegativePoints })
    .optional(),
  quota: z.union([z.strictObject({ count: z.number().int().min(0).max(100_000) }), z.strictObject({ share })]),
  ties: z.enum(["include", "exclude"]).optional(),
  eligibility: z.array(eligibility).max(20).optional()
})

const component = z.discriminatedUnion("from", [
  z.strictObject({
    id,
    name: text,
    weight: nonNegativePoints,
    from: z.literal("score"),
    aggregate: z.enum(["mean", "sum", "min", "max"]).optional(),
    roles: roles.optional(),
    exceptRoles: roles.optional()
  }),
  z.strictObject({ id, name: text, weight: nonNegativePoints, from: z.literal("input"), input: id })
])

const composite = z.strictObject({
  id,
  name: text,
  of: z.enum(["subject", "window", "department"]),
  components: z.array(component).min(1).max(50)
})

const input = z.strictObject({ id, name: text, max: nonNegativePoints, source: text.optional() })

const prior = z.union([
  z.strictObject({ alpha: nonNegativePoints, beta: nonNegativePoints }),
  z.strictObject({ pooled: nonNegativePoints })
])

const rubricSchema = z.strictObject({
  id,
  name: text,
  source: text.optional(),
  subject: z.enum(["staff", "window"]),
  period: z.enum(["month", "quarter", "year"]),
  base: nonNegativePoints,
  maximum: nonNegativePoints.optional(),
  categories: z.array(category).min(1).max(100),
  items: z.array(item).min(1).max(1000),
  reclassify: z.array(reclassification).max(100).optional(),
  vetoes: z.array(veto).max(100).optional(),
  grades: z.array(grade).max(20).optional(),
  awards: z.array(award).max(20).optional(),
  inputs: z.array(input).max(50).optional(),
  composites: z.array(composite).max(20).optional(),
  satisfaction: z
    .strictObject({
      satisfied: z.array(z.enum(LEVELS)).min(1).max(5).optional(),
      minSample: z.number().int().min(0).max(1_000_000).optional(),
      prior: prior.optional()
    })
    .optional(),
  workload: z
    .strictObject({
      weights: z.record(z.string().min(1).max(64), nonNegativePoints),
      defaultWeight: nonNegativePoints.optional()
    })
    .optional(),
  presence: z.strictObject({ proRateBonus: z.boolean().optional(), minShareForAwards: share.optional() }).optional(),
  scope: z.strictObject({ excludeRoles: z.array(id).min(1).max(100) }).optional(),
  ranking: z
    .strictObject({
      method: z.enum(["standard_competition", "dense"]).optional(),
      tieBreakers: z
        .array(z.enum(["satisfaction", "workload", "fewer_deductions"]))
        .max(3)
        .optional()
    })
    .optional()
})

/**
 * A rubric: the assessment scheme of a county, as data. Points are numbers
 * or strings with at most two decimals (`5`, `0.5`, `"92.50"`).
 *
 * - `subject`: who is scored, each staff member or each window.
 * - `base` and `maximum`: the score starts at `base` (usually 100) and never
 *   exceeds `maximum` (default `base`; e.g. 110) nor falls below 0.
 * - `categories`: `points` is the most a category can lose (扣完为止，不计负分);
 *   `bonusCap` the most it can add; `parent` makes it a sub-category
 *   (思想作风 15 → 依法行政 5 + 遵纪守法 10), and a parent's `points` and
 *   `bonusCap` bound what its own items and its sub-categories lose and add
 *   together, after each sub-category's own bounds.
 * - `items`: add or deduct `points` per occurrence, per person-time, per half
 *   day (from the event's `quantity`), or per percentage point of a metric
 *   below (deduct) or above (add) `metric.threshold`, or `once` (a flat
 *   amount: when a metric is `below`, `at_or_below`, `above` or
 *   `at_or_above` its threshold, "评优比例低于 20% 的扣 3 分", or when the
 *   matching events exceed `threshold`, default 0). A metric is the smoothed
 *   `satisfaction`, the `on_time_rate`, or a `ratio`: the period's events
 *   matching `numerator` over those matching `denominator`, each event
 *   counted once (with `minCount`, a denominator smaller than it leaves the
 *   item unapplied, as the minimum sample does for satisfaction); `evidence` names where the item's facts come from
 *   (考核依据), carried into its lines; `range` lets an event
 *   carry its own points (酌情 3–5); `weighted` counts each case by its
 *   matter type's difficulty weight; `cap` bounds the item; `threshold`
 *   leaves the first units of the period uncounted ("每月请假超过 2 天（不含
 *   2 天），每增加 1 天扣 1 分" is `threshold: 2`); `joint` makes
 *   the window's chief representative (role `chief_representative` unless
 *   named) lose `share` of a member's deduction.
 * - `reclassify`: before anything is counted, an event of `match.kind`
 *   whose code is among `match.codes` is counted as if its code were `code`
 *   ("半天内缺签按旷工处理": `missed_sign_in` → `absent`), each event on its
 *   own, by the first rule that matches it; for attendance, discipline and
 *   commendation events, whose codes are the county's own.
 * - `vetoes` (一票否决): matching events (`minCount` of them, in the period
 *   or the year to date) remove award eligibility and, by `effect`, zero the
 *   score or cap the grade.
 * - `grades`: the highest grade whose `min` the score reaches; `min` is
 *   inclusive (≥, "80 分（含）以上") unless `inclusive: false` makes it
 *   exclusive (>, "90 分以上（不含 90 分）").
 * - `awards`: Service Star and the like, by rank, by full score or by a
 *   weighted formula, within a quota, for the eligible; eligibility `roles`
 *   admits only the roster roles listed, or all but `exceptRoles` (staff
 *   rubrics: "正式在编人员", "派驻人员除外"); eligibility `window_types`
 *   admits only the window types listed, or all but `exceptTypes`, as the
 *   roster lines' `windowType` gives them ("正式窗口，综合窗口除外").
 * - `inputs`: scores supplied by the caller (值班长投票, 服务对象投票, a
 *   survey), each from 0 to its `max`, passed to `score` as
 *   `options.inputs`.
 * - `composites`: weighted sums over named components (no formula text is
 *   evaluated): for each scored subject, window or department, `weight` ×
 *   either the scores computed here (`from: "score"`, of its members by
 *   `aggregate` mean, sum, min or max, optionally only `roles` or all but
 *   `exceptRoles`) or an input (`from: "input"`): "窗口效能 30% + 工作人员考核
 *   30% + 值班长投票 20% + 服务对象投票 20%".
 * - `satisfaction`: the satisfied levels, the minimum sample, the prior of
 *   the smoothed estimate (default Laplace, `{ alpha: 1, beta: 1 }`; or
 *   `{ pooled: m }`, m pseudo-evaluations at the pooled rate of everyone scored).
 * - `workload`: difficulty weights per matter type.
 * - `presence`: pro-rating for staff present part of the period.
 * - `scope`: who is not assessed by this rubric: `excludeRoles` lists roster
 *   roles (back-office staff, staff sent by enterprises…) left out of the
 *   scores, the ranking and the awards, and listed in the result's
 *   `outOfScope` (staff rubrics only).
 * - `ranking`: standard competition (1224, default) or dense (1223), with
 *   optional tie breakers.
 *
 * @since 0.1.0
 * @category models
 */
export type Rubric = z.infer<typeof rubricSchema>

/**
 * The zod schema of a rubric. Unknown keys are refused, so a misspelt key
 * is reported rather than ignored. Cross-references (an item's category, a
 * veto's grade) are checked by {@link parseRubric}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RubricSchema: z.ZodType<Rubric> = rubricSchema

/**
 * A scoring item of a rubric.
 *
 * @since 0.1.0
 * @category models
 */
export type RubricItem = Rubric["items"][number]

/**
 * An award of a rubric (Service Star, 红旗窗口).
 *
 * @since 0.1.0
 * @category models
 */
export type RubricAward = NonNullable<Rubric["awards"]>[number]

/**
 * A composite of a rubric: a weighted sum of computed scores and inputs.
 *
 * @since 0.2.0
 * @category models
 */
export type RubricComposite = NonNullable<Rubric["composites"]>[number]

const h = (v: string | number): number => toHundredths(v) ?? 0

const duplicates = (
  list: ReadonlyArray<{ readonly id: string }>,
  path: ReadonlyArray<PathSegment>,
  out: Array<Issue>
): void => {
  const seen = new Set<string>()
  list.forEach((x, i) => {
    if (seen.has(x.id)) {
      out.push(codeIssue(rubricCodes, "id_duplicate", { path: [...path, i, "id"], facts: { id: x.id } }))
    }
    seen.add(x.id)
  })
}

const crossCheck = (r: Rubric): ReadonlyArray<Issue> => {
  const out: Array<Issue> = []
  duplicates(r.categories, ["categories"], out)
  duplicates(r.items, ["items"], out)
  duplicates(r.vetoes ?? [], ["vetoes"], out)
  duplicates(r.grades ?? [], ["grades"], out)
  duplicates(r.awards ?? [], ["awards"], out)
  duplicates(r.inputs ?? [], ["inputs"], out)
  duplicates(r.composites ?? [], ["composites"], out)
  const inputs = new Set((r.inputs ?? []).map((x) => x.id))
  ;(r.composites ?? []).forEach((cp, i) => {
    duplicates(cp.components, ["composites", i, "components"], out)
    cp.components.forEach((k, j) => {
      if (k.from === "input" && !inputs.has(k.input)) {
        out.push(
          codeIssue(rubricCodes, "input_undeclared", {
            path: ["composites", i, "components", j, "input"],
            facts: { input: k.input }
          })
        )
      }
    })
  })
  if (r.maximum !== undefined && h(r.maximum) < h(r.base)) {
    out.push(codeIssue(rubricCodes, "maximum_below_base", { path: ["maximum"] }))
  }
  const categories = new Set(r.categories.map((c) => c.id))
  const parentOf = new Map(r.categories.map((c) => [c.id, c.parent]))
  r.categories.forEach((cat, i) => {
    if (cat.parent === undefined) return
    if (!categories.has(cat.parent)) {
      out.push(
        codeIssue(rubricCodes, "category_unknown", {
          path: ["categories", i, "parent"],
          facts: { category: cat.parent }
        })
      )
      return
    }
    // Walking up from a category must reach a top category, not come back to itself.
    let at: string | undefined = cat.parent
    for (let steps = 0; at !== undefined && steps <= r.categories.length; steps++) {
      if (at === cat.id) {
        out.push(
          codeIssue(rubricCodes, "category_cycle", { path: ["categories", i, "parent"], facts: { category: cat.id } })
        )
        break
      }
      at = parentOf.get(at)
    }
  })
  r.items.forEach((it, i) => {
    const at = ["items", i]
    if (!categories.has(it.category)) {
      out.push(
        codeIssue(rubricCodes, "category_unknown", { path: [...at, "category"], facts: { category: it.category } })
      )
    }
    if (it.unit === "percentage_point" && (it.metric === undefined || it.match !== undefined)) {
      out.push(codeIssue(rubricCodes, "item_metric_required", { path: at }))
    }
    if (it.unit === "once" && (it.metric === undefined) === (it.match === undefined)) {
      out.push(codeIssue(rubricCodes, "item_once_source", { path: at }))
    }
    if (it.unit !== "percentage_point" && it.unit !== "once" && (it.match === undefined || it.metric !== undefined)) {
      out.push(codeIssue(rubricCodes, "item_match_required", { path: at }))
    }
    if (it.metric?.when !== undefined && it.unit !== "once") {
      out.push(
        codeIssue(rubricCodes, "item_rule_conflict", {
          path: [...at, "metric", "when"],
          facts: { item: it.id, rule: "when", other: it.unit }
        })
      )
    }
    if (it.unit === "once" && (it.range !== undefined || it.weighted === true)) {
      out.push(
        codeIssue(rubricCodes, "item_rule_conflict", {
          path: [...at, it.range !== undefined ? "range" : "weighted"],
          facts: { item: it.id, rule: "once", other: it.range !== undefined ? "range" : "weighted" }
        })
      )
    }
    if (it.range !== undefined) {
      const p = h(it.points)
      if (h(it.range.min) > p || p > h(it.range.max)) {
        out.push(codeIssue(rubricCodes, "range_invalid", { path: [...at, "range"] }))
      }
      if (it.weighted === true) {
        out.push(codeIssue(rubricCodes, "range_weighted", { path: [...at, "range"] }))
      }
    }
    if (it.threshold !== undefined && it.threshold > 0) {
      const other =
        it.range !== undefined
          ? "range"
          : it.weighted === true
            ? "weighted"
            : it.metric !== undefined
              ? "metric"
              : undefined
      if (other !== undefined) {
        out.push(
          codeIssue(rubricCodes, "item_rule_conflict", {
            path: [...at, "threshold"],
            facts: { item: it.id, rule: "threshold", other }
          })
        )
      }
    }
    if (it.weighted === true && it.match?.kind !== "case") {
      out.push(codeIssue(rubricCodes, "weighted_not_case", { path: [...at, "weighted"] }))
    }
    if (it.joint !== undefined && it.effect !== "deduct") {
      out.push(codeIssue(rubricCodes, "joint_not_deduction", { path: [...at, "joint"] }))
    }
    if (it.joint !== undefined && r.subject !== "staff") {
      out.push(codeIssue(rubricCodes, "joint_not_staff", { path: [...at, "joint"] }))
    }
  })
  if (r.scope !== undefined && r.subject !== "staff") {
    out.push(codeIssue(rubricCodes, "scope_not_staff", { path: ["scope"] }))
  }
  const grades = new Set((r.grades ?? []).map((g) => g.id))
  const mins = new Set<string>()
  ;(r.grades ?? []).forEach((g, i) => {
    // 80 (含) and 80 (不含) are two bounds; the same bound twice is a duplicate.
    const bound = `${h(g.min)}${g.inclusive === false ? ">" : ">="}`
    if (mins.has(bound)) out.push(codeIssue(rubricCodes, "grade_min_duplicate", { path: ["grades", i, "min"] }))
    mins.add(bound)
  })
  ;(r.vetoes ?? []).forEach((v, i) => {
    if (typeof v.effect === "object" && !grades.has(v.effect.capGrade)) {
      out.push(
        codeIssue(rubricCodes, "grade_unknown", {
          path: ["vetoes", i, "effect", "capGrade"],
          facts: { grade: v.effect.capGrade }
        })
      )
    }
  })
  ;(r.awards ?? []).forEach((a, i) => {
    if (a.method === "weighted" && a.weights === undefined) {
      out.push(codeIssue(rubricCodes, "award_weights_required", { path: ["awards", i, "weights"] }))
    }
    ;(a.eligibility ?? []).forEach((e, j) => {
      if (e.rule === "roles" && r.subject !== "staff") {
        out.push(codeIssue(rubricCodes, "roles_not_staff", { path: ["awards", i, "eligibility", j] }))
      }
    })
    if (a.method !== "weighted" && a.weights !== undefined) {
      out.push(codeIssue(rubricCodes, "award_weights_unused", { path: ["awards", i, "weights"] }))
    }
  })
  return out
}

/**
 * Validates a rubric: its shape (zod, unknown keys refused), then the
 * cross-references (categories, grades, unique ids) and the rules an item
 * must obey. Every problem is a located bilingual issue.
 *
 * @example
 * ```ts
 * import { parseRubric, quarterlyDeductionRubric } from "@tongban/scoring"
 *
 * parseRubric(quarterlyDeductionRubric).ok // true
 * const r = parseRubric({ ...quarterlyDeductionRubric, base: 0.125 })
 * r.ok ? "" : r.issues[0]?.code // "points_invalid"
 * ```
 *
 * @since 0.1.0
 * @category parsing
 */
export const parseRubric = (
  input: unknown,
  options?: { readonly path?: ReadonlyArray<PathSegment> }
): Result<Rubric> => {
  const shape = validate(RubricSchema, input, options?.path === undefined ? undefined : { path: options.path })
  if (!shape.ok) return shape
  const issues = crossCheck(shape.value)
  if (issues.length === 0) return shape
  const prefix = options?.path ?? []
  return { ok: false, issues: issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })) }
}

/**
 * The JSON Schema of a rubric, for editors and for systems not written in
 * TypeScript.
 *
 * @example
 * ```ts
 * import { rubricJsonSchema } from "@tongban/scoring"
 *
 * rubricJsonSchema().type // "object"
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const rubricJsonSchema = (): Record<string, unknown> => z.toJSONSchema(rubricSchema, { io: "input" })
