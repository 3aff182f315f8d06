/**
 * Periods and roll-ups: a rubric scored month by month (or quarter by
 * quarter) over a longer period, and the periods' results rolled up into a
 * quarterly or annual result by a rule given as data, with cumulative
 * rankings, award rounds per period, repeated failure and eligibility that
 * depends on an earlier period.
 *
 * Glossary: 汇总 = roll-up, 累计排名 = cumulative ranking, 名额 = quota,
 * 每期评选 = award round per period, 连续不合格 = repeated failure, 上一期 =
 * the previous period, 权重 = weight.
 *
 * Every figure is in integer hundredths; a mean or a weighted mean is
 * rounded once, half away from zero, to a hundredth.
 *
 * @since 0.2.0
 */
import { codeIssue, fail, type Issue, type Message, ok, type Result, validate } from "@tongban/core"
import * as z from "zod"
import type { Assessment, Reason } from "./Assessment.js"
import type { ScoringEvent } from "./Events.js"
import { MAX_POINTS, roundDiv, toHundredths } from "./internal/decimal.js"
import { isEventList } from "./internal/eventLike.js"
import { rubricCodes, scoreCodes } from "./IssueCodes.js"
import { type Period, type PeriodKind, parsePeriod, periodsWithin, previousPeriod } from "./Period.js"
import { formatPoints } from "./Points.js"
import { rankBy, type RankingMethod, rankingRule } from "./Ranking.js"
import { parseEvents } from "./ReadEvents.js"
import { parseRubric, type Rubric } from "./Rubric.js"
import { score } from "./Score.js"

const KIND_ZH: Readonly<Record<PeriodKind, string>> = { month: "月", quarter: "季度", year: "年" }

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null

/**
 * Scores a rubric in each of its periods within a longer one: a monthly
 * rubric over `2026-Q3` gives the assessments of July, August and
 * September, over `2026` the twelve months; a quarterly rubric over `2026`
 * the four quarters. The same events serve every period (a veto counted
 * over the year to date sees the months before). Each assessment is what
 * {@link score} gives for that period; roll them up with {@link rollup}.
 * A period that cannot be divided into the rubric's periods (a month for a
 * quarterly rubric) is the issue `period_not_within`.
 *
 * 按评分标准的周期逐期计分：月度标准在 `2026-Q3` 内得 7、8、9 三个月的结果，
 * 在 `2026` 内得 12 个月；同一批事件用于每一期。
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { parseEvents, scorePeriods, serviceStarRubric } from "@tongban/scoring"
 *
 * const events = getOrThrow(parseEvents([
 *   { kind: "case", date: "2026-07-06", staff: "s1", window: "w1", code: "overdue" },
 *   { kind: "case", date: "2026-08-07", staff: "s2", window: "w1", code: "overdue" }
 * ]))
 * const months = getOrThrow(scorePeriods(serviceStarRubric, events, { within: "2026-Q3" }))
 * months.map((a) => a.period.id) // ["2026-07", "2026-08", "2026-09"]
 * months.map((a) => a.scores.map((s) => `${s.id} ${s.score}`)) // [["s1 98.00"], ["s2 98.00"], []]
 * ```
 *
 * @since 0.2.0
 * @category scoring
 */
export const scorePeriods = (
  rubric: Rubric,
  events: ReadonlyArray<ScoringEvent>,
  options: { readonly within: string }
): Result<ReadonlyArray<Assessment>> => {
  if (!isEventList(events)) {
    const list = parseEvents(events)
    return list.ok ? scorePeriods(rubric, list.value, options) : list
  }
  const within = parsePeriod(isRecord(options) ? Reflect.get(options, "within") : undefined, { path: ["within"] })
  if (!within.ok) return within
  const checked = parseRubric(rubric, { path: ["rubric"] })
  if (!checked.ok) return checked
  const kind = checked.value.period
  const periods = periodsWithin(within.value, kind)
  if (periods.length === 0) {
    return fail(
      codeIssue(scoreCodes, "period_not_within", {
        path: ["within"],
        facts: { rubric: kind, rubricZh: KIND_ZH[kind], period: within.value.id }
      })
    )
  }
  const out: Array<Assessment> = []
  for (const p of periods) {
    const a = score(checked.value, events, { period: p.id })
    if (!a.ok) return a
    out.push(a.value)
  }
  return ok(out)
}

// ---------------------------------------------------------------------------
// The inputs: periods' results (an Assessment, or its JSON) and the rule.

const MAX_H = MAX_POINTS * 100
const hundredths = z.number().int().min(-MAX_H).max(MAX_H)
const message = z.object({ zh: z.string(), en: z.string() })
const lineSchema = z.object({
  kind: z.string(),
  rule: z.string(),
  name: message,
  points: z.string(),
  hundredths
})
const entitySchema = z.object({
  id: z.string().min(1).max(64),
  hundredths,
  rank: z.number().int().min(0).optional(),
  grade: z.object({ id: z.string(), name: message }).optional(),
  lines: z.array(lineSchema).max(10_000).optional()
})
const groupSchema = z.object({
  id: z.string().min(1).max(64),
  mean: z.string().refine((v) => toHundredths(v) !== undefined, {
    params: { code: "points_invalid", ...rubricCodes.points_invalid.message }
  }),
  rank: z.number().int().min(0).optional()
})
const resultSchema = z.object({
  rubric: z.string().min(1).max(64),
  period: z.object({ id: z.string() }),
  ranking: z.object({ method: z.enum(["standard_competition", "dense"]) }).optional(),
  scores: z.array(entitySchema).max(100_000),
  windows: z.array(groupSchema).max(100_000).optional(),
  departments: z.array(groupSchema).max(100_000).optional(),
  awards: z.array(z.object({ id: z.string(), winners: z.array(z.object({ id: z.string() })) })).optional()
})
const resultsSchema = z.array(resultSchema).max(1000)

const points = z.union([z.number(), z.string()]).refine((v) => toHundredths(v) !== undefined, {
  params: { code: "points_invalid", ...rubricCodes.points_invalid.message }
})
const weight = z.union([z.number(), z.string()]).refine((v) => (toHundredths(v) ?? 0) > 0, {
  params: { code: "rollup_weight_invalid", ...scoreCodes.rollup_weight_invalid.message }
})
const id = z.string().min(1).max(64)

const awardRoundSchema = z
  .strictObject({
    id,
    name: z.strictObject({ zh: z.string().min(1).max(500), en: z.string().min(1).max(500) }).optional(),
    of: z.enum(["subjects", "windows", "departments"]).optional(),
    per: z.enum(["period", "rollup"]).optional(),
    quota: z.number().int().min(1).max(100_000),
    repeat: z.boolean().optional(),
    ties: z.enum(["include", "exclude"]).optional(),
    minScore: points.optional(),
    previous: z
      .strictObject({
        minScore: points.optional(),
        grades: z.array(id).max(100).optional(),
        awards: z.array(id).max(100).optional()
      })
      .optional(),
    earlier: z
      .strictObject({ awards: z.array(id).min(1).max(100), count: z.number().int().min(1).max(1000).optional() })
      .optional()
  })
  .refine((a) => a.per !== "rollup" || (a.previous === undefined && a.repeat === undefined), {
    params: { code: "rollup_award_previous", ...scoreCodes.rollup_award_previous.message },
    path: ["per"]
  })

const rollupRuleSchema = z.strictObject({
  within: z.string().optional(),
  combine: z
    .union([z.enum(["sum", "mean", "last"]), z.strictObject({ weights: z.record(z.string(), weight) })])
    .optional(),
  missing: z.enum(["skip", "zero"]).optional(),
  method: z.enum(["standard_competition", "dense"]).optional(),
  awards: z.array(awardRoundSchema).max(100).optional(),
  failure: z
    .strictObject({
      grades: z.array(id).max(100).optional(),
      below: points.optional(),
      consecutive: z.number().int().min(2).max(1000)
    })
    .refine((f) => f.grades !== undefined || f.below !== undefined, {
      params: { code: "rollup_failure_rule_empty", ...scoreCodes.rollup_failure_rule_empty.message }
    })
    .optional()
})

/**
 * How to roll periods up, as data (every key optional):
 *
 * - `combine`: `"sum"` (default) adds the periods' scores; `"mean"`
 *   averages them; `"last"` takes the latest; `{ weights: { "2026-Q1":
 *   0.2, … } }` is Σ(weight × score) ÷ Σ weight, a weight for each period.
 * - `missing`: a person without a score in some period: `"skip"`
 *   (default) leaves those periods out (a mean over the periods scored),
 *   `"zero"` counts them as 0.
 * - `method`: the ranking method; default that of the first result.
 * - `within`: the roll-up period (`2026`); every result must lie in it.
 * - `awards[]`: award rounds, of the rubric's subjects (`of: "subjects"`,
 *   the default) or of the windows' or departments' means (`of: "windows"`,
 *   `"departments"`: 红旗窗口 per month). `per: "period"` (default) selects `quota`
 *   winners in each period by that period's score; `repeat: false` leaves
 *   out whoever already won the round earlier; `previous` asks for a score
 *   (`minScore`, e.g. 100 for 满分), a grade or an award in the period just
 *   before; `earlier: { awards, count }` asks for `count` (default 1)
 *   periods before in which one of `awards` was won (以前评优).
 *   `per: "rollup"` selects on the rolled-up total (`earlier` then counts
 *   every period). `ties` at the
 *   quota edge: `include` (default) or `exclude`; `minScore` for everyone.
 * - `failure`: `{ grades | below, consecutive }` lists who failed (a grade
 *   among `grades`, or a score below `below`) in that many consecutive
 *   periods (连续两次不合格).
 *
 * @since 0.2.0
 * @category models
 */
export type RollupRule = z.input<typeof rollupRuleSchema>

// ---------------------------------------------------------------------------
// The outputs.

/**
 * One period behind a roll-up: the period's score, its weight in the
 * formula, rank, grade and itemised lines as the period's result gave them.
 *
 * @since 0.2.0
 * @category models
 */
export interface RollupPart {
  readonly period: string
  readonly score: string
  readonly hundredths: number
  /** The weight in Σ(weight × score) ÷ divisor, two decimals: `"1.00"`, `"0.00"` for a period `last` does not take. */
  readonly weight: string
  readonly rank: number | undefined
  readonly grade: { readonly id: string; readonly name: Message } | undefined
  readonly lines: ReadonlyArray<{
    readonly kind: string
    readonly rule: string
    readonly name: Message
    readonly points: string
    readonly hundredths: number
  }>
}

/**
 * One person's (or window's) roll-up: the total, its rank, and the periods
 * it comes from. The total is Σ(weight × score) ÷ divisor, rounded once,
 * half away from zero, to a hundredth (by sum it is exactly the sum of the
 * parts).
 *
 * @since 0.2.0
 * @category models
 */
export interface RollupEntry {
  readonly id: string
  readonly score: string
  readonly hundredths: number
  readonly rank: number
  /** Two decimals: `"1.00"` for a sum, the number of periods counted for a mean, Σ weight for weights. */
  readonly divisor: string
  readonly parts: ReadonlyArray<RollupPart>
  /** Periods without a score for this id. */
  readonly absent: ReadonlyArray<string>
}

/**
 * The cumulative standing after a period: the roll-up of the periods so
 * far, ranked.
 *
 * @since 0.2.0
 * @category models
 */
export interface RollupStanding {
  readonly period: string
  readonly standings: ReadonlyArray<{
    readonly id: string
    readonly score: string
    readonly hundredths: number
    readonly rank: number
  }>
}

/**
 * One award round: for a round per period, one selection per period; for
 * a round on the roll-up, one selection.
 *
 * @since 0.2.0
 * @category models
 */
export interface RollupAward {
  readonly id: string
  readonly name: Message
  readonly per: "period" | "rollup"
  readonly quota: number
  readonly repeat: boolean
  readonly tieRule: Message
  readonly rounds: ReadonlyArray<{
    readonly period: string
    readonly winners: ReadonlyArray<{
      readonly id: string
      readonly score: string
      readonly reasons: ReadonlyArray<Reason>
    }>
    readonly ineligible: ReadonlyArray<{ readonly id: string; readonly reasons: ReadonlyArray<Reason> }>
  }>
}

/**
 * Who failed in consecutive periods, with each run of periods.
 *
 * @since 0.2.0
 * @category models
 */
export interface RepeatedFailure {
  readonly consecutive: number
  readonly rule: Message
  readonly people: ReadonlyArray<{ readonly id: string; readonly runs: ReadonlyArray<ReadonlyArray<string>> }>
}

/**
 * The roll-up of one level of the results: the windows' (or departments')
 * means of each period rolled up by the same rule as the subjects' scores,
 * ranked, with the standing after each period and the award rounds `of`
 * that level. A part's `lines` are empty and its `grade` undefined: a
 * window's mean has neither.
 *
 * @since 0.3.0
 * @category models
 */
export interface RollupLevel {
  /** Ordered by rank, then id. */
  readonly entries: ReadonlyArray<RollupEntry>
  /** The standing after each period, in order; the last equals `entries`. */
  readonly cumulative: ReadonlyArray<RollupStanding>
  readonly awards: ReadonlyArray<RollupAward>
}

/**
 * A roll-up of several periods' results of one rubric. JSON-serialisable.
 *
 * @since 0.2.0
 * @category models
 */
export interface Rollup {
  readonly rubric: string
  readonly kind: PeriodKind
  /** The periods rolled up, in calendar order. */
  readonly periods: ReadonlyArray<string>
  readonly within: string | undefined
  readonly combine: {
    readonly rule: "sum" | "mean" | "last" | "weights"
    readonly missing: "skip" | "zero"
    readonly weights: Readonly<Record<string, string>> | undefined
    readonly formula: Message
  }
  readonly ranking: { readonly method: RankingMethod; readonly rule: Message }
  /** Ordered by rank, then id. */
  readonly entries: ReadonlyArray<RollupEntry>
  /** The standing after each period, in order; the last equals `entries`. */
  readonly cumulative: ReadonlyArray<RollupStanding>
  readonly awards: ReadonlyArray<RollupAward>
  /** The results' `windows[]` (a staff rubric's window means) rolled up by the same rule; empty entries without any. */
  readonly windows: RollupLevel
  /** The results' `departments[]` rolled up by the same rule; empty entries without any. */
  readonly departments: RollupLevel
  readonly repeatedFailure: RepeatedFailure | undefined
}

// ---------------------------------------------------------------------------

type Input = z.output<typeof resultSchema>
type Entity = z.output<typeof entitySchema>
type Rule = z.output<typeof rollupRuleSchema>
type AwardRound = z.output<typeof awardRoundSchema>

interface Slot {
  readonly input: Input
  readonly period: Period
  readonly index: number
  readonly byId: ReadonlyMap<string, Entity>
  /** Weight in hundredths. */
  readonly w: bigint
}

const formulaOf = (rule: "sum" | "mean" | "last" | "weights", missing: "skip" | "zero"): Message => {
  const zero = missing === "zero"
  switch (rule) {
    case "sum":
      return { zh: "各期得分之和", en: "the sum of the periods' scores" }
    case "mean":
      return zero
        ? {
            zh: "各期得分的平均，未计分的期计 0 分（四舍五入到 0.01 分）",
            en: "the mean over every period, a period without a score counting 0 (rounded half away from zero to 0.01)"
          }
        : {
            zh: "有得分各期的平均（四舍五入到 0.01 分）",
            en: "the mean over the periods with a score (rounded half away from zero to 0.01)"
          }
    case "last":
      return zero
        ? { zh: "最后一期的得分，该期未计分为 0 分", en: "the score of the last period, 0 without one" }
        : { zh: "最近一期有得分的得分", en: "the score of the latest period with a score" }
    case "weights":
      return zero
        ? {
            zh: "Σ(权重 × 得分) ÷ 全部权重之和，未计分的期计 0 分（四舍五入到 0.01 分）",
            en: "Σ(weight × score) ÷ the sum of every weight, a period without a score counting 0 (rounded half away from zero to 0.01)"
          }
        : {
            zh: "Σ(权重 × 得分) ÷ 有得分各期的权重之和（四舍五入到 0.01 分）",
            en: "Σ(weight × score) ÷ the weights of the periods with a score (rounded half away from zero to 0.01)"
          }
  }
}

const tieRuleOf = (ties: "include" | "exclude"): Message =>
  ties === "include"
    ? {
        zh: "名额边界上得分并列者一并入选（名额可能因此超出）",
        en: "entries tied at the quota boundary are all selected (the quota may be exceeded)"
      }
    : {
        zh: "名额边界上得分并列者均不入选（名额可能因此空缺）",
        en: "entries tied at the quota boundary are all left out (seats may stay empty)"
      }

const byId = (a: { readonly id: string }, b: { readonly id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0

/** Reads and checks the periods' results: one rubric, one kind of period, no period twice, no id twice in a period. */
const readResults = (input: unknown, within: Period | undefined, out: Array<Issue>): Array<Slot> => {
  if (Array.isArray(input) && input.length === 0) {
    out.push(codeIssue(scoreCodes, "rollup_empty", { path: ["results"] }))
    return []
  }
  const shape = validate(resultsSchema, input, { path: ["results"] })
  if (!shape.ok) {
    out.push(...shape.issues)
    return []
  }
  const slots: Array<Slot> = []
  const first = shape.value[0]
  const seen = new Set<string>()
  shape.value.forEach((r, i) => {
    const path = ["results", i]
    if (first !== undefined && r.rubric !== first.rubric) {
      out.push(
        codeIssue(scoreCodes, "rollup_rubric_mixed", {
          path: [...path, "rubric"],
          facts: { expected: first.rubric, found: r.rubric }
        })
      )
    }
    const p = parsePeriod(r.period.id, { path: [...path, "period", "id"] })
    if (!p.ok) {
      out.push(...p.issues)
      return
    }
    const expected = slots[0]?.period.kind
    if (expected !== undefined && p.value.kind !== expected) {
      out.push(
        codeIssue(scoreCodes, "rollup_period_kind_mixed", {
          path: [...path, "period", "id"],
          facts: { expected, found: p.value.kind }
        })
      )
    }
    if (seen.has(p.value.id)) {
      out.push(
        codeIssue(scoreCodes, "rollup_period_duplicate", {
          path: [...path, "period", "id"],
          facts: { period: p.value.id }
        })
      )
    }
    seen.add(p.value.id)
    if (within !== undefined && (p.value.from < within.from || p.value.to > within.to)) {
      out.push(
        codeIssue(scoreCodes, "rollup_period_outside", {
          path: [...path, "period", "id"],
          facts: { period: p.value.id, within: within.id }
        })
      )
    }
    const ids = new Map<string, Entity>()
    r.scores.forEach((s, j) => {
      if (ids.has(s.id)) {
        out.push(
          codeIssue(scoreCodes, "rollup_entity_duplicate", {
            path: [...path, "scores", j, "id"],
            facts: { id: s.id, period: p.value.id }
          })
        )
      }
      ids.set(s.id, s)
    })
    for (const level of ["windows", "departments"] as const) {
      const seenGroup = new Set<string>()
      r[level]?.forEach((g, j) => {
        if (seenGroup.has(g.id)) {
          out.push(
            codeIssue(scoreCodes, "rollup_entity_duplicate", {
              path: [...path, level, j, "id"],
              facts: { id: g.id, period: p.value.id }
            })
          )
        }
        seenGroup.add(g.id)
      })
    }
    slots.push({ input: r, period: p.value, index: i, byId: ids, w: 100n })
  })
  return slots
}

interface Acc {
  readonly id: string
  /** Σ weight × score over the periods so far, in hundredths². */
  sumWH: bigint
  /** Σ weight over the periods with a score. */
  sumW: bigint
  count: number
  last: number
  lastStep: number
  readonly parts: Array<{ readonly slot: Slot; readonly e: Entity }>
}

/** The total after `step` (0-based) periods and its divisor, both in hundredths. */
const totalOf = (
  a: Acc,
  rule: "sum" | "mean" | "last" | "weights",
  missing: "skip" | "zero",
  step: number,
  allW: bigint
): { h: number; divisor: bigint } => {
  if (rule === "last") {
    const h = missing === "zero" && a.lastStep !== step ? 0 : a.last
    return { h, divisor: 100n }
  }
  const divisor =
    rule === "sum" ? 100n : missing === "zero" ? (rule === "mean" ? BigInt(step + 1) * 100n : allW) : a.sumW
  return { h: Number(roundDiv(a.sumWH, divisor)), divisor }
}

const reason = (code: string, zh: string, en: string): Reason => ({ code, message: { zh, en } })

/** The first `quota` by score (ties at the edge by the rule); the rest tied at the edge come back as left out. */
const choose = <A extends { readonly id: string; readonly h: number }>(
  candidates: ReadonlyArray<A>,
  quota: number,
  ties: "include" | "exclude"
): { readonly chosen: ReadonlyArray<A>; readonly tiedOut: ReadonlyArray<A> } => {
  const sorted = [...candidates].sort((x, y) => y.h - x.h || byId(x, y))
  const edge = sorted[quota - 1]
  const next = sorted[quota]
  if (edge === undefined || next === undefined || next.h !== edge.h)
    return { chosen: sorted.slice(0, quota), tiedOut: [] }
  if (ties === "include") return { chosen: sorted.filter((c) => c.h >= edge.h), tiedOut: [] }
  return { chosen: sorted.filter((c) => c.h > edge.h), tiedOut: sorted.filter((c) => c.h === edge.h) }
}

const within_quota = (rank: number, quota: number): Reason =>
  reason("within_quota", `第 ${rank} 名，名额 ${quota} 名`, `rank ${rank}, within the quota of ${quota}`)

const tied_out = (quota: number): Reason =>
  reason(
    "tied_at_quota_edge",
    `与名额 ${quota} 名的边界并列，按规则均不入选`,
    `tied at the edge of the quota of ${quota}: all tied are left out`
  )

/**
 * Rolls several periods' results of one rubric up into one (months into a
 * quarter or a year, quarters into a year), by a rule given as data
 * ({@link RollupRule}): sum (default), mean, last, or weights per period.
 * Each entry lists the periods it comes from, with their scores, weights
 * and itemised lines; the ranks have ties (the rubric's method, or the
 * rule's) and do not depend on the order of the results or of their
 * scores. Besides: the cumulative standing after each period, award rounds
 * per period or on the roll-up (a quota each, repeat wins allowed or not,
 * eligibility by the period before), and who failed in N consecutive
 * periods.
 *
 * The results are {@link score}'s assessments or their JSON (files written
 * by `tongban score --format json`), the rule a {@link RollupRule} or its
 * JSON; bad input is a located bilingual issue under `results` or `rule`,
 * never a throw.
 *
 * 把同一评分标准的各期结果汇总（月到季、年，季到年），规则以数据给出：求和、
 * 平均、取最后一期或按权重；每人列出来自哪几期；累计排名（并列、与输入顺序无关）、
 * 每期评选（各期名额、可否重复获奖、以上一期为条件）与连续不合格名单。
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { parseEvents, rollup, scorePeriods, serviceStarRubric } from "@tongban/scoring"
 *
 * const events = getOrThrow(parseEvents([
 *   { kind: "case", date: "2026-07-06", staff: "s1", window: "w1", code: "overdue" },
 *   { kind: "case", date: "2026-08-07", staff: "s2", window: "w1", code: "on_time" },
 *   { kind: "case", date: "2026-09-08", staff: "s1", window: "w1", code: "on_time" },
 *   { kind: "case", date: "2026-09-08", staff: "s2", window: "w1", code: "on_time" }
 * ]))
 * const months = getOrThrow(scorePeriods(serviceStarRubric, events, { within: "2026-Q3" }))
 * const q3 = getOrThrow(rollup(months, { combine: "mean" }))
 * q3.entries.map((e) => [e.id, e.score, e.rank]) // [["s2", "100.00", 1], ["s1", "99.00", 2]]
 * q3.entries[1]?.parts.map((p) => `${p.period} ${p.score}`) // ["2026-07 98.00", "2026-09 100.00"]
 * getOrThrow(rollup(months)).entries.map((e) => e.score) // ["200.00", "198.00"]
 * rollup([]).ok // false
 * ```
 *
 * @since 0.2.0
 * @category scoring
 */
export const rollup = (results: unknown, rule?: unknown): Result<Rollup> => {
  const issues: Array<Issue> = []
  const ruleShape = validate(rollupRuleSchema, rule ?? {}, { path: ["rule"] })
  if (!ruleShape.ok) return ruleShape
  const r: Rule = ruleShape.value
  let within: Period | undefined
  if (r.within !== undefined) {
    const w = parsePeriod(r.within, { path: ["rule", "within"] })
    if (!w.ok) return w
    within = w.value
  }
  const read = readResults(results, within, issues)
  if (issues.length > 0) return fail(issues)
  const slots = [...read].sort((x, y) => (x.period.from < y.period.from ? -1 : 1))
  const combine = r.combine ?? "sum"
  const ruleName = typeof combine === "string" ? combine : "weights"
  const missing = r.missing ?? "skip"
  // Weights by period id, in hundredths.
  let weights: Record<string, string> | undefined
  if (typeof combine !== "string") {
    const given = new Map(Object.entries(combine.weights))
    weights = {}
    for (const s of slots) {
      const w = toHundredths(given.get(s.period.id))
      if (w === undefined) {
        issues.push(
          codeIssue(scoreCodes, "rollup_weight_missing", {
            path: ["rule", "combine", "weights"],
            facts: { period: s.period.id }
          })
        )
      } else weights[s.period.id] = formatPoints(w)
    }
    const ids = new Set(slots.map((s) => s.period.id))
    for (const key of given.keys()) {
      if (!ids.has(key)) {
        issues.push(
          codeIssue(scoreCodes, "rollup_weight_unused", {
            path: ["rule", "combine", "weights", key],
            facts: { period: key }
          })
        )
      }
    }
    if (issues.length > 0) return fail(issues)
  }
  const weighted = slots.map((s) => ({
    ...s,
    w: weights === undefined ? 100n : BigInt(toHundredths(weights[s.period.id]) ?? 0)
  }))
  const method: RankingMethod = r.method ?? slots[0]?.input.ranking?.method ?? "standard_competition"
  const rounds = r.awards ?? []
  const level = (of: "subjects" | "windows" | "departments", at: ReadonlyArray<Slot>): RollupLevel =>
    rollLevel(
      at,
      ruleName,
      missing,
      method,
      rounds.filter((aw) => (aw.of ?? "subjects") === of),
      within
    )
  const subjects = level("subjects", weighted)
  return ok({
    rubric: slots[0]?.input.rubric ?? "",
    kind: slots[0]?.period.kind ?? "month",
    periods: weighted.map((s) => s.period.id),
    within: within?.id,
    combine: { rule: ruleName, missing, weights, formula: formulaOf(ruleName, missing) },
    ranking: { method, rule: rankingRule(method) },
    entries: subjects.entries,
    cumulative: subjects.cumulative,
    awards: subjects.awards,
    windows: level("windows", groupSlots(weighted, "windows")),
    departments: level("departments", groupSlots(weighted, "departments")),
    repeatedFailure: r.failure === undefined ? undefined : repeatedFailure(r.failure, weighted)
  })
}

/**
 * The slots of one level of groups: each period's window (or department)
 * means as the entities rolled up, with their ranks and no lines, grades or
 * awards of the period's own.
 */
const groupSlots = (slots: ReadonlyArray<Slot>, level: "windows" | "departments"): Array<Slot> =>
  slots.map((slot) => {
    const scores: Array<Entity> = (slot.input[level] ?? []).map((g) => ({
      id: g.id,
      hundredths: toHundredths(g.mean) ?? 0,
      ...(g.rank === undefined ? {} : { rank: g.rank })
    }))
    return {
      ...slot,
      input: { rubric: slot.input.rubric, period: slot.input.period, scores },
      byId: new Map(scores.map((e) => [e.id, e]))
    }
  })

/** One level rolled up: each id's running sums over the periods in order, the standing after each, the award rounds. */
const rollLevel = (
  weighted: ReadonlyArray<Slot>,
  ruleName: "sum" | "mean" | "last" | "weights",
  missing: "skip" | "zero",
  method: RankingMethod,
  rounds: ReadonlyArray<AwardRound>,
  within: Period | undefined
): RollupLevel => {
  // One pass over the periods in order: each person's running sums, and the standing after each period.
  const accs = new Map<string, Acc>()
  const cumulative: Array<RollupStanding> = []
  let allW = 0n
  const totals = new Map<string, { h: number; divisor: bigint }>()
  weighted.forEach((slot, step) => {
    allW += slot.w
    for (const e of slot.input.scores) {
      let a = accs.get(e.id)
      if (a === undefined) {
        a = { id: e.id, sumWH: 0n, sumW: 0n, count: 0, last: 0, lastStep: -1, parts: [] }
        accs.set(e.id, a)
      }
      a.sumWH += slot.w * BigInt(e.hundredths)
      a.sumW += slot.w
      a.count++
      a.last = e.hundredths
      a.lastStep = step
      a.parts.push({ slot, e })
    }
    const list = [...accs.values()]
    const t = list.map((a) => totalOf(a, ruleName, missing, step, allW))
    const ranks = rankBy(t, (x, y) => y.h - x.h, { method })
    const standings = list
      .map((a, i) => ({ id: a.id, score: formatPoints(t[i]?.h ?? 0), hundredths: t[i]?.h ?? 0, rank: ranks[i] ?? 0 }))
      .sort((x, y) => x.rank - y.rank || byId(x, y))
    cumulative.push({ period: slot.period.id, standings })
    if (step === weighted.length - 1) {
      list.forEach((a, i) => {
        totals.set(a.id, t[i] ?? { h: 0, divisor: 100n })
      })
    }
  })

  const lastStep = weighted.length - 1
  const finalRanks = new Map((cumulative[lastStep]?.standings ?? []).map((s) => [s.id, s.rank]))
  const entries: Array<RollupEntry> = [...accs.values()]
    .map((a) => {
      const t = totals.get(a.id) ?? { h: 0, divisor: 100n }
      const present = new Set(a.parts.map((p) => p.slot.period.id))
      // By `last`, only the latest part counts (and, with missing "zero", only if it is the last period).
      const counted = missing === "skip" || a.lastStep === lastStep ? a.parts[a.parts.length - 1]?.slot : undefined
      return {
        id: a.id,
        score: formatPoints(t.h),
        hundredths: t.h,
        rank: finalRanks.get(a.id) ?? 0,
        divisor: formatPoints(Number(t.divisor)),
        parts: a.parts.map(({ slot, e }) => ({
          period: slot.period.id,
          score: formatPoints(e.hundredths),
          hundredths: e.hundredths,
          weight: formatPoints(ruleName !== "last" ? Number(slot.w) : slot === counted ? 100 : 0),
          rank: e.rank,
          grade: e.grade,
          lines: e.lines ?? []
        })),
        absent: weighted.filter((s) => !present.has(s.period.id)).map((s) => s.period.id)
      }
    })
    .sort((x, y) => x.rank - y.rank || byId(x, y))

  const awards = rounds.map((aw) => awardRounds(aw, weighted, entries, within, method))
  return { entries, cumulative, awards: resolveAwards(awards) }
}

/** Award rounds are decided period by period; a round's `previous.awards` may name another round, decided before for the period before. */
type Pending = (done: ReadonlyMap<string, ReadonlyArray<ReadonlySet<string>>>) => RollupAward

const resolveAwards = (pending: ReadonlyArray<{ readonly id: string; readonly run: Pending }>): Array<RollupAward> => {
  const done = new Map<string, ReadonlyArray<ReadonlySet<string>>>()
  return pending.map((p) => {
    const a = p.run(done)
    // A round on the roll-up is no period's: only rounds per period can be asked for by period.
    if (a.per === "period") {
      done.set(
        a.id,
        a.rounds.map((round) => new Set(round.winners.map((w) => w.id)))
      )
    }
    return a
  })
}

const awardRounds = (
  aw: AwardRound,
  slots: ReadonlyArray<Slot>,
  entries: ReadonlyArray<RollupEntry>,
  within: Period | undefined,
  method: RankingMethod
): { readonly id: string; readonly run: Pending } => {
  const ties = aw.ties ?? "include"
  const per = aw.per ?? "period"
  const repeat = aw.repeat ?? true
  const name = aw.name ?? { zh: aw.id, en: aw.id }
  const minH = aw.minScore === undefined ? undefined : toHundredths(aw.minScore)
  const head = { id: aw.id, name, per, quota: aw.quota, repeat, tieRule: tieRuleOf(ties) }
  const belowMin = (h: number): Reason | undefined =>
    minH !== undefined && h < minH
      ? reason(
          "below_min_score",
          `得分 ${formatPoints(h)} 低于 ${formatPoints(minH)}`,
          `score ${formatPoints(h)} below ${formatPoints(minH)}`
        )
      : undefined
  if (per === "rollup") {
    return {
      id: aw.id,
      run: (done) => {
        const ranks = new Map(entries.map((e) => [e.id, e.rank]))
        const ineligible: Array<{ id: string; reasons: ReadonlyArray<Reason> }> = []
        const candidates: Array<{ id: string; h: number }> = []
        for (const e of entries) {
          const why: Array<Reason> = []
          const low = belowMin(e.hundredths)
          if (low !== undefined) why.push(low)
          const few = aw.earlier === undefined ? undefined : earlierReason(aw.earlier, e.id, slots.length, slots, done)
          if (few !== undefined) why.push(few)
          if (why.length === 0) candidates.push({ id: e.id, h: e.hundredths })
          else ineligible.push({ id: e.id, reasons: why })
        }
        const { chosen, tiedOut } = choose(candidates, aw.quota, ties)
        for (const c of tiedOut) ineligible.push({ id: c.id, reasons: [tied_out(aw.quota)] })
        const first = slots[0]?.period.id ?? ""
        const last = slots[slots.length - 1]?.period.id ?? ""
        return {
          ...head,
          rounds: [
            {
              period: within?.id ?? (first === last ? first : `${first}/${last}`),
              winners: chosen.map((c) => ({
                id: c.id,
                score: formatPoints(c.h),
                reasons: [within_quota(ranks.get(c.id) ?? 0, aw.quota)]
              })),
              ineligible: ineligible.sort(byId)
            }
          ]
        }
      }
    }
  }
  return {
    id: aw.id,
    run: (done) => {
      const indexOf = new Map(slots.map((s, i) => [s.period.id, i]))
      const wonBefore = new Set<string>()
      const rounds = slots.map((slot, k) => {
        const scores = slot.input.scores
        const ranks = rankBy(scores, (x, y) => y.hundredths - x.hundredths, { method })
        const rankOf = new Map(scores.map((s, i) => [s.id, ranks[i] ?? 0]))
        const prev = previousPeriod(slot.period)
        const prevIndex = prev === undefined ? undefined : indexOf.get(prev.id)
        const prevSlot = prevIndex === undefined ? undefined : slots[prevIndex]
        const ineligible: Array<{ id: string; reasons: ReadonlyArray<Reason> }> = []
        const candidates: Array<{ id: string; h: number }> = []
        for (const e of scores) {
          const why: Array<Reason> = []
          const low = belowMin(e.hundredths)
          if (low !== undefined) why.push(low)
          if (!repeat && wonBefore.has(e.id)) {
            why.push(
              reason("won_before", "此前已获此奖，不得重复获奖", "won this award before and may not win it again")
            )
          }
          if (aw.previous !== undefined)
            why.push(...previousReasons(aw.previous, e.id, prev, prevSlot, prevIndex, slots, done))
          const few = aw.earlier === undefined ? undefined : earlierReason(aw.earlier, e.id, k, slots, done)
          if (few !== undefined) why.push(few)
          if (why.length === 0) candidates.push({ id: e.id, h: e.hundredths })
          else ineligible.push({ id: e.id, reasons: why })
        }
        const { chosen, tiedOut } = choose(candidates, aw.quota, ties)
        for (const c of tiedOut) ineligible.push({ id: c.id, reasons: [tied_out(aw.quota)] })
        for (const c of chosen) wonBefore.add(c.id)
        return {
          period: slot.period.id,
          winners: chosen.map((c) => ({
            id: c.id,
            score: formatPoints(c.h),
            reasons: [within_quota(rankOf.get(c.id) ?? 0, aw.quota)]
          })),
          ineligible: ineligible.sort(byId)
        }
      })
      return { ...head, rounds }
    }
  }
}

/** Whether `id` won one of the awards (a round of the rule, or one the period's own result gives) in period `k`. */
const wonIn = (
  awards: ReadonlyArray<string>,
  id: string,
  k: number,
  slots: ReadonlyArray<Slot>,
  done: ReadonlyMap<string, ReadonlyArray<ReadonlySet<string>>>
): boolean => {
  const given = slots[k]?.input.awards ?? []
  return awards.some(
    (a) => done.get(a)?.[k]?.has(id) === true || given.some((g) => g.id === a && g.winners.some((w) => w.id === id))
  )
}

/** The reason against, when `id` won the awards in fewer than `count` of the periods before `upTo`. */
const earlierReason = (
  earlier: NonNullable<AwardRound["earlier"]>,
  id: string,
  upTo: number,
  slots: ReadonlyArray<Slot>,
  done: ReadonlyMap<string, ReadonlyArray<ReadonlySet<string>>>
): Reason | undefined => {
  const need = earlier.count ?? 1
  let n = 0
  for (let k = 0; k < upTo; k++) if (wonIn(earlier.awards, id, k, slots, done)) n++
  if (n >= need) return undefined
  return reason(
    "earlier_award",
    `此前各期获 ${earlier.awards.join("、")} ${n} 次，须至少 ${need} 次`,
    `won ${earlier.awards.join(", ")} in ${n} earlier period(s), ${need} needed`
  )
}

const previousReasons = (
  previous: NonNullable<AwardRound["previous"]>,
  id: string,
  prev: Period | undefined,
  prevSlot: Slot | undefined,
  prevIndex: number | undefined,
  slots: ReadonlyArray<Slot>,
  done: ReadonlyMap<string, ReadonlyArray<ReadonlySet<string>>>
): ReadonlyArray<Reason> => {
  const prevId = prev?.id ?? ""
  if (prevSlot === undefined || prevIndex === undefined) {
    return [
      reason(
        "previous_missing",
        `未给出上一期（${prevId}）的结果`,
        `the result of the previous period (${prevId}) is not given`
      )
    ]
  }
  const e = prevSlot.byId.get(id)
  if (e === undefined) {
    return [reason("previous_absent", `上一期（${prevId}）没有得分`, `no score in the previous period (${prevId})`)]
  }
  const why: Array<Reason> = []
  const minH = previous.minScore === undefined ? undefined : toHundredths(previous.minScore)
  if (minH !== undefined && e.hundredths < minH) {
    why.push(
      reason(
        "previous_below",
        `上一期（${prevId}）得分 ${formatPoints(e.hundredths)} 低于 ${formatPoints(minH)}`,
        `score ${formatPoints(e.hundredths)} in the previous period (${prevId}) below ${formatPoints(minH)}`
      )
    )
  }
  if (previous.grades !== undefined && (e.grade === undefined || !previous.grades.includes(e.grade.id))) {
    why.push(
      reason(
        "previous_grade",
        `上一期（${prevId}）等次不是 ${previous.grades.join("、")}`,
        `the grade in the previous period (${prevId}) is not ${previous.grades.join(", ")}`
      )
    )
  }
  if (previous.awards !== undefined) {
    if (!wonIn(previous.awards, id, prevIndex, slots, done)) {
      why.push(
        reason(
          "previous_award",
          `上一期（${prevId}）未获 ${previous.awards.join("、")}`,
          `did not win ${previous.awards.join(", ")} in the previous period (${prevId})`
        )
      )
    }
  }
  return why
}

const repeatedFailure = (failure: NonNullable<Rule["failure"]>, slots: ReadonlyArray<Slot>): RepeatedFailure => {
  const belowH = failure.below === undefined ? undefined : toHundredths(failure.below)
  const grades = failure.grades
  const failed = (e: Entity | undefined): boolean =>
    e !== undefined &&
    ((grades !== undefined && e.grade !== undefined && grades.includes(e.grade.id)) ||
      (belowH !== undefined && e.hundredths < belowH))
  const ids = new Set<string>()
  for (const s of slots) for (const e of s.input.scores) ids.add(e.id)
  const people: Array<{ id: string; runs: Array<Array<string>> }> = []
  for (const id of [...ids].sort()) {
    const runs: Array<Array<string>> = []
    let run: Array<string> = []
    slots.forEach((s, k) => {
      if (!failed(s.byId.get(id))) {
        run = []
        return
      }
      const before = slots[k - 1]
      const adjacent = before !== undefined && previousPeriod(s.period)?.id === before.period.id
      if (!adjacent) run = []
      run.push(s.period.id)
      // The run is listed once it is long enough, and keeps growing while the failures go on.
      if (run.length === failure.consecutive) runs.push(run)
    })
    if (runs.length > 0) people.push({ id, runs })
  }
  const what = [
    ...(grades === undefined ? [] : [`等次为 ${grades.join("、")}`]),
    ...(belowH === undefined ? [] : [`得分低于 ${formatPoints(belowH)}`])
  ]
  const whatEn = [
    ...(grades === undefined ? [] : [`a grade of ${grades.join(", ")}`]),
    ...(belowH === undefined ? [] : [`a score below ${formatPoints(belowH)}`])
  ]
  return {
    consecutive: failure.consecutive,
    rule: {
      zh: `连续 ${failure.consecutive} 期${what.join("或")}`,
      en: `${whatEn.join(" or ")} in ${failure.consecutive} consecutive periods`
    },
    people
  }
}
