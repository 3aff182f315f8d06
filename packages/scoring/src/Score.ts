/**
 * Scoring: a rubric applied to a period's events gives each staff member
 * (or window) an exact score with its itemised lines, a grade, a rank, and
 * the awards within their quotas with the reasons for each decision.
 *
 * Glossary: 得分 = score, 明细 = itemised lines, 基本分 = base, 扣完为止 =
 * deductions stop at zero, 最高分 = maximum, 连带扣分 = joint deduction,
 * 首席代表 = chief representative, 一票否决 = veto, 等次 = grade, 排名 =
 * rank, 服务之星 = Service Star, 名额 = quota, 满意度 = satisfaction,
 * 贝叶斯平滑 = Bayesian smoothing, 先验 = prior, 最小样本 = minimum sample,
 * 工作量 = workload, 难度系数 = difficulty weight, 在岗天数 = days present.
 *
 * Points are decimal strings with two places (`"92.50"`) beside integer
 * hundredths (`9250`); a score is exactly the sum of its lines.
 *
 * @since 0.1.0
 */
import { codeIssue, daysBetween, fail, type Issue, type LocalDate, type Message, ok, type Result } from "@tongban/core"
import { type Compiled, compile, type CompiledItem } from "./internal/compile.js"
import { percentText, roundDiv, toHundredths } from "./internal/decimal.js"
import { LEVEL_NAMES_ZH, type ScoringEvent } from "./Events.js"
import { eventCodes, scoreCodes } from "./IssueCodes.js"
import { parseEvents } from "./ReadEvents.js"
import { isEventList } from "./internal/eventLike.js"
import { type Period, periodContaining, parsePeriod } from "./Period.js"
import { formatPoints } from "./Points.js"
import { rankBy, type RankingMethod, rankingRule } from "./Ranking.js"
import { LEVELS, type Level, parseRubric, type Rubric } from "./Rubric.js"

/**
 * One itemised line of a score. The lines of a score add up to it exactly.
 *
 * - `base`: the base points.
 * - `item`: a rubric item, with the events behind it (indices into the
 *   events given) and the units counted.
 * - `joint`: a share of a member's deduction taken from the chief
 *   representative (`member` names whose).
 * - `category_floor`: points given back because a category's deductions
 *   stop at its points (扣完为止); `category_bonus_cap`: bonus beyond a
 *   category's cap taken back.
 * - `maximum` / `floor`: the score held to the maximum (pro-rated for part
 *   of the period when the rubric says so) or to zero.
 * - `veto`: a veto that zeroes the score.
 *
 * @since 0.1.0
 * @category models
 */
export interface ScoreLine {
  readonly kind: "base" | "item" | "joint" | "category_floor" | "category_bonus_cap" | "maximum" | "floor" | "veto"
  /** The rule: an item, category or veto id, or `base`, `maximum`, `floor`. */
  readonly rule: string
  readonly category?: string
  readonly name: Message
  /** Two decimals, signed: `"-5.00"`. */
  readonly points: string
  readonly hundredths: number
  /** What was counted: occurrences, person-times or half days (`"3"`), weighted cases (`"14.00"`), or percentage points beyond a threshold (`"5.00"`). */
  readonly quantity?: string
  /** Indices, into the events given, of the events behind this line. */
  readonly events: ReadonlyArray<number>
  readonly member?: string
  readonly note?: Message
}

/**
 * A satisfaction estimate: raw counts, the raw rate and the smoothed
 * (Bayesian) rate, as percentages with two decimals.
 *
 * @since 0.1.0
 * @category models
 */
export interface Satisfaction {
  readonly evaluations: number
  readonly satisfied: number
  /** `satisfied / evaluations`, undefined with no evaluations. */
  readonly rate: string | undefined
  /** `(satisfied + α) / (evaluations + α + β)`. */
  readonly smoothed: string
  /** Evaluations reach the rubric's minimum sample. */
  readonly sufficient: boolean
}

/**
 * The score of one staff member (or one window).
 *
 * @since 0.1.0
 * @category models
 */
export interface EntityScore {
  readonly id: string
  readonly window: string | undefined
  readonly department: string | undefined
  readonly role: string | undefined
  /** Two decimals: `"92.50"`. */
  readonly score: string
  readonly hundredths: number
  readonly rank: number
  readonly grade: { readonly id: string; readonly name: Message } | undefined
  readonly lines: ReadonlyArray<ScoreLine>
  readonly vetoes: ReadonlyArray<{
    readonly id: string
    readonly name: Message
    readonly events: ReadonlyArray<number>
  }>
  readonly satisfaction: Satisfaction
  readonly cases: { readonly onTime: number; readonly overdue: number; readonly onTimeRate: string | undefined }
  /** Cases weighted by matter difficulty, two decimals. */
  readonly workload: string
  readonly complaintsConfirmed: number
  readonly presence: { readonly days: number; readonly periodDays: number; readonly share: string }
  readonly notes: ReadonlyArray<Message>
}

/**
 * Scores of a window or department: the members' scores summarised.
 *
 * @since 0.1.0
 * @category models
 */
export interface GroupScore {
  readonly id: string
  readonly members: ReadonlyArray<string>
  /** Mean of the members' scores, rounded half away from zero to two decimals. */
  readonly mean: string
  readonly min: string
  readonly max: string
  /** Rank of the mean among the groups, by the rubric's ranking method. */
  readonly rank: number
}

/**
 * A reason why an entity was ineligible for an award, or why it won.
 *
 * @since 0.1.0
 * @category models
 */
export interface Reason {
  readonly code: string
  readonly message: Message
}

/**
 * The result of one award: the winners with why, and everyone ineligible
 * with why not.
 *
 * @since 0.1.0
 * @category models
 */
export interface AwardResult {
  readonly id: string
  readonly name: Message
  readonly method: "rank" | "full_score" | "weighted"
  readonly quota: number
  readonly tieRule: Message
  readonly winners: ReadonlyArray<{
    readonly id: string
    readonly key: string
    readonly reasons: ReadonlyArray<Reason>
  }>
  readonly ineligible: ReadonlyArray<{ readonly id: string; readonly reasons: ReadonlyArray<Reason> }>
}

/**
 * The whole assessment of a period. For a window rubric the scores are the
 * windows' own, `windows` is empty and `departments` summarises windows.
 *
 * @since 0.1.0
 * @category models
 */
export interface Assessment {
  readonly rubric: string
  readonly period: Period
  readonly subject: "staff" | "window"
  /** Scores ordered by rank, then id. */
  readonly scores: ReadonlyArray<EntityScore>
  readonly windows: ReadonlyArray<GroupScore>
  readonly departments: ReadonlyArray<GroupScore>
  readonly ranking: {
    readonly method: RankingMethod
    readonly rule: Message
    readonly tieBreakers: ReadonlyArray<string>
  }
  readonly awards: ReadonlyArray<AwardResult>
  /** The prior of the smoothed satisfaction: α and β in pseudo-evaluations, two decimals. */
  readonly prior: { readonly alpha: string; readonly beta: string }
  /** Events in the period that name no one this rubric scores. */
  readonly unattributed: number
}

/**
 * Options for {@link score}.
 *
 * @since 0.1.0
 * @category models
 */
export interface ScoreOptions {
  /** The period (`2026-Q3`), of the rubric's kind; default the period holding the latest scored event (not a roster line nor the handling of a bad review). */
  readonly period?: string
}

interface Acc {
  readonly id: string
  window: string | undefined
  department: string | undefined
  role: string | undefined
  presenceFrom: LocalDate | undefined
  presenceTo: LocalDate | undefined
  rostered: boolean
  /** On the roster or named by an event of the period (not only by an earlier one that feeds a year-long veto). */
  seen: boolean
  votes: Map<string, number> | undefined
  readonly units: Float64Array
  readonly explicit: Float64Array
  readonly explicitUnits: Float64Array
  readonly itemEvents: Array<Array<number> | undefined>
  readonly vetoCounts: Int32Array
  readonly vetoEvents: Array<Array<number> | undefined>
  readonly levels: Int32Array
  onTime: number
  overdue: number
  workloadH: number
  complaints: number
}

const parsedRubrics = new WeakMap<object, Result<Rubric>>()

const checkedRubric = (rubric: Rubric): Result<Rubric> => {
  // Not an object (plain JavaScript): no cache entry, parseRubric says what is wrong.
  if (typeof rubric !== "object" || rubric === null) return parseRubric(rubric, { path: ["rubric"] })
  const hit = parsedRubrics.get(rubric)
  if (hit !== undefined) return hit
  const r = parseRubric(rubric, { path: ["rubric"] })
  parsedRubrics.set(rubric, r)
  return r
}

const LEVEL_INDEX: Readonly<Record<Level, number>> = {
  very_satisfied: 0,
  satisfied: 1,
  basically_satisfied: 2,
  dissatisfied: 3,
  very_dissatisfied: 4
}

const newAcc = (id: string, c: Compiled): Acc => ({
  id,
  window: undefined,
  department: undefined,
  role: undefined,
  presenceFrom: undefined,
  presenceTo: undefined,
  rostered: false,
  seen: false,
  votes: undefined,
  units: new Float64Array(c.items.length),
  explicit: new Float64Array(c.items.length),
  explicitUnits: new Float64Array(c.items.length),
  itemEvents: new Array<Array<number> | undefined>(c.items.length),
  vetoCounts: new Int32Array(c.vetoes.length),
  vetoEvents: new Array<Array<number> | undefined>(c.vetoes.length),
  levels: new Int32Array(5),
  onTime: 0,
  overdue: 0,
  workloadH: 0,
  complaints: 0
})

/** A rational as numerator and denominator (denominator positive). */
interface Ratio {
  readonly num: bigint
  readonly den: bigint
}

const compareRatio = (a: Ratio, b: Ratio): number => {
  const l = a.num * b.den
  const r = b.num * a.den
  return l < r ? -1 : l > r ? 1 : 0
}

const pct = (r: Ratio): string => formatPoints(Number(roundDiv(r.num * 10000n, r.den)))

interface AccumulateContext {
  readonly from: LocalDate
  readonly to: LocalDate
  readonly yearFrom: string
  readonly staffSubject: boolean
  readonly rosterWindow: ReadonlyMap<string, string>
  readonly appealed: ReadonlySet<string>
  readonly get: (id: string) => Acc
  readonly issues: Array<Issue>
}

const quantityIssue = (i: number): Issue =>
  codeIssue(eventCodes, "event_quantity_invalid", { path: ["events", i, "quantity"] })

const rangeIssue = (i: number, it: CompiledItem, points: string | number): Issue => {
  const min = formatPoints(it.range?.min ?? 0)
  const max = formatPoints(it.range?.max ?? 0)
  return codeIssue(scoreCodes, "event_points_out_of_range", {
    path: ["events", i, "points"],
    facts: { item: it.id, input: String(points), min, max }
  })
}

/** Feeds one event to the items in `list`. */
const feedItems = (
  c: Compiled,
  a: Acc,
  e: ScoringEvent,
  i: number,
  q: number,
  list: ReadonlyArray<number>,
  issues: Array<Issue>
): void => {
  for (let k = 0; k < list.length; k++) {
    const ii = list[k] ?? 0
    const it = c.items[ii]
    if (it === undefined) continue
    if (it.matterTypes !== undefined && (e.matterType === undefined || !it.matterTypes.has(e.matterType))) continue
    const units = it.unit === "occurrence" ? 1 : q
    if (it.weighted) {
      a.units[ii] =
        (a.units[ii] ?? 0) +
        (e.matterType === undefined ? c.defaultWeightH : (c.weights.get(e.matterType) ?? c.defaultWeightH))
    } else if (it.range !== undefined && e.points !== undefined) {
      const ph = toHundredths(e.points)
      if (ph === undefined || ph < it.range.min || ph > it.range.max) {
        issues.push(rangeIssue(i, it, e.points))
        continue
      }
      a.explicit[ii] = (a.explicit[ii] ?? 0) + ph * units
      a.explicitUnits[ii] = (a.explicitUnits[ii] ?? 0) + units
      a.units[ii] = (a.units[ii] ?? 0) + units
    } else a.units[ii] = (a.units[ii] ?? 0) + units
    const ie = a.itemEvents[ii]
    if (ie === undefined) a.itemEvents[ii] = [i]
    else ie.push(i)
  }
}

/** Feeds one event to the vetoes in `list`. */
const feedVetoes = (
  c: Compiled,
  a: Acc,
  e: ScoringEvent,
  i: number,
  inPeriod: boolean,
  list: ReadonlyArray<number>
): void => {
  for (let k = 0; k < list.length; k++) {
    const vi = list[k] ?? 0
    const v = c.vetoes[vi]
    if (v === undefined || (!inPeriod && !v.year)) continue
    if (v.matterTypes !== undefined && (e.matterType === undefined || !v.matterTypes.has(e.matterType))) continue
    a.vetoCounts[vi] = (a.vetoCounts[vi] ?? 0) + 1
    const ve = a.vetoEvents[vi]
    if (ve === undefined) a.vetoEvents[vi] = [i]
    else ve.push(i)
  }
}

/** The hot loop: one pass over the events, counting into each subject's accumulator. Returns the events naming no subject. */
const accumulate = (c: Compiled, events: ReadonlyArray<ScoringEvent>, x: AccumulateContext): number => {
  let unattributed = 0
  const { from, to, yearFrom, staffSubject, rosterWindow, appealed, get, issues } = x
  const itemsByKey = c.itemsByKey
  const vetoesByKey = c.vetoesByKey
  const hasVetoes = c.vetoes.length > 0
  for (let i = 0; i < events.length; i++) {
    const e = events[i]
    if (e === undefined) continue
    const kind = e.kind
    if (kind === "staff" || kind === "appeal" || kind === "rectification" || kind === "follow_up") continue
    const d = e.date
    if (d > to || d < yearFrom) continue
    const inPeriod = d >= from
    if (!inPeriod && !hasVetoes) continue
    const subjectId = staffSubject
      ? e.staff
      : (e.window ?? (e.staff === undefined ? undefined : rosterWindow.get(e.staff)))
    if (subjectId === undefined) {
      if (inPeriod) unattributed++
      continue
    }
    const a = get(subjectId)
    const sub = (kind === "evaluation" ? e.level : e.code) ?? ""
    if (hasVetoes) {
      const vd = vetoesByKey.get(kind)
      if (vd !== undefined) {
        const vs = vd.bySub.get(sub)
        if (vs !== undefined) feedVetoes(c, a, e, i, inPeriod, vs)
        if (vd.any !== undefined) feedVetoes(c, a, e, i, inPeriod, vd.any)
      }
    }
    if (!inPeriod) continue
    a.seen = true
    if (staffSubject && !a.rostered) {
      if (e.window !== undefined) {
        const votes = a.votes ?? new Map<string, number>()
        a.votes = votes
        votes.set(e.window, (votes.get(e.window) ?? 0) + 1)
      }
      if (e.department !== undefined && a.department === undefined) a.department = e.department
    } else if (!staffSubject && e.department !== undefined && a.department === undefined) a.department = e.department
    if (kind === "evaluation") {
      if (e.id !== undefined && appealed.has(e.id)) continue
      if (e.level !== undefined) {
        const li = LEVEL_INDEX[e.level]
        a.levels[li] = (a.levels[li] ?? 0) + 1
      }
    } else if (kind === "case") {
      if (e.code === "overdue") a.overdue++
      else a.onTime++
      a.workloadH += e.matterType === undefined ? c.defaultWeightH : (c.weights.get(e.matterType) ?? c.defaultWeightH)
    } else if (kind === "complaint" && e.code === "confirmed") a.complaints++
    const dispatch = itemsByKey.get(kind)
    if (dispatch === undefined) continue
    const specific = dispatch.bySub.get(sub)
    if (specific === undefined && dispatch.any === undefined) continue
    const q = e.quantity ?? 1
    if (!Number.isInteger(q) || q < 1 || q > 1000) {
      issues.push(quantityIssue(i))
    } else {
      if (specific !== undefined) feedItems(c, a, e, i, q, specific, issues)
      if (dispatch.any !== undefined) feedItems(c, a, e, i, q, dispatch.any, issues)
    }
    if (issues.length >= 100) break
  }
  return unattributed
}

/**
 * Scores a period's events with a rubric. The rubric is checked first (its
 * issues are located under `rubric`); an event whose points lie outside its
 * item's range (酌情) is an issue located at `["events", i, "points"]`.
 *
 * How each figure is reached:
 * - every line is in hundredths; a share, a per-percentage-point amount or
 *   a weighted count is rounded once, half away from zero, to a hundredth;
 *   the score is the exact sum of the lines;
 * - satisfaction is smoothed with a beta prior, `(s + α) / (n + α + β)`; the
 *   default prior is Laplace's (α = β = 1), so 3 of 3 (80%) does not outrank
 *   295 of 300 (98.01%); `{ pooled: m }` instead puts m pseudo-evaluations
 *   at the pooled rate of everyone scored; below the minimum sample a
 *   satisfaction item is not applied and a satisfaction-weighted award is
 *   out of reach;
 * - presence is counted in natural days of the period (roster lines'
 *   `from`/`to`); with `presence.proRateBonus` the room above the base is
 *   pro-rated to the days present;
 * - ranks are standard competition ranks (1224) unless the rubric says
 *   dense, after optional tie breakers; the rule is stated in the result.
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { parseEvents, quarterlyDeductionRubric, score } from "@tongban/scoring"
 *
 * const events = getOrThrow(parseEvents([
 *   { kind: "attendance", date: "2026-07-06", staff: "s1", window: "w1", code: "late" },
 *   { kind: "case", date: "2026-07-07", staff: "s2", window: "w1", code: "on_time" }
 * ]))
 * const a = getOrThrow(score(quarterlyDeductionRubric, events, { period: "2026-Q3" }))
 * a.scores.map((s) => [s.id, s.score, s.rank]) // [["s2", "100.00", 1], ["s1", "99.50", 2]]
 * ```
 *
 * @since 0.1.0
 * @category scoring
 */
export const score = (
  rubric: Rubric,
  events: ReadonlyArray<ScoringEvent>,
  options?: ScoreOptions
): Result<Assessment> => {
  // From plain JavaScript: not a list of events is what parseEvents reports (or an events file it reads).
  if (!isEventList(events)) {
    const list = parseEvents(events)
    return list.ok ? score(rubric, list.value, options) : list
  }
  const checked = checkedRubric(rubric)
  if (!checked.ok) return checked
  const c = compile(checked.value)
  const r = c.rubric
  let period: Period
  if (options?.period !== undefined) {
    const p = parsePeriod(options.period, { path: ["period"] })
    if (!p.ok) return p
    if (p.value.kind !== r.period) {
      return fail(
        codeIssue(scoreCodes, "period_kind_mismatch", {
          path: ["period"],
          facts: {
            rubric: r.period,
            rubricZh: r.period === "month" ? "月" : r.period === "quarter" ? "季度" : "年",
            period: p.value.kind
          }
        })
      )
    }
    period = p.value
  } else {
    let latest: LocalDate | undefined
    for (const e of events) {
      const scored = e.kind !== "staff" && e.kind !== "rectification" && e.kind !== "follow_up" && e.kind !== "appeal"
      if (scored && (latest === undefined || e.date > latest)) latest = e.date
    }
    if (latest === undefined) {
      return fail(codeIssue(scoreCodes, "period_unknown", { path: ["period"] }))
    }
    period = periodContaining(latest, r.period)
  }
  const from = period.from
  const to = period.to
  const yearFrom = `${to.slice(0, 4)}-01-01`
  const periodDays = daysBetween(from, to) + 1
  const staffSubject = r.subject === "staff"
  const issues: Array<Issue> = []

  // Pass 1: roster lines and upheld appeals.
  const accs = new Map<string, Acc>()
  const list: Array<Acc> = []
  const get = (id: string): Acc => {
    let a = accs.get(id)
    if (a === undefined) {
      a = newAcc(id, c)
      accs.set(id, a)
      list.push(a)
    }
    return a
  }
  const rosterWindow = new Map<string, string>()
  const appealed = new Set<string>()
  for (const e of events) {
    if (e.kind === "appeal" && e.code === "upheld" && e.ref !== undefined) appealed.add(e.ref)
    else if (e.kind === "staff" && e.staff !== undefined && e.window !== undefined) {
      const pf = e.from ?? from
      const pt = e.to ?? to
      if (pt < from || pf > to) continue
      rosterWindow.set(e.staff, e.window)
      const a = get(staffSubject ? e.staff : e.window)
      a.seen = true
      if (staffSubject) {
        a.window = e.window
        a.role = e.role
        a.rostered = true
        const f = pf < from ? from : pf
        const t = pt > to ? to : pt
        a.presenceFrom = a.presenceFrom === undefined || f < a.presenceFrom ? f : a.presenceFrom
        a.presenceTo = a.presenceTo === undefined || t > a.presenceTo ? t : a.presenceTo
      }
      if (e.department !== undefined) a.department = e.department
    }
  }

  // Pass 2: the hot loop.
  const unattributed = accumulate(c, events, { from, to, yearFrom, staffSubject, rosterWindow, appealed, get, issues })
  if (issues.length > 0) return fail(issues)

  // Home windows of staff not on the roster: where most of their events are (ties: the smallest id).
  for (const a of list) {
    if (a.votes !== undefined) {
      let best: string | undefined
      let n = -1
      for (const [w, k] of a.votes)
        if (k > n || (k === n && best !== undefined && w < best)) {
          best = w
          n = k
        }
      a.window = best
    }
    if (!staffSubject) a.window = a.id
  }

  // Satisfaction prior.
  let pooledS = 0
  let pooledN = 0
  for (const a of list) {
    for (let li = 0; li < 5; li++) {
      const n = a.levels[li] ?? 0
      pooledN += n
      const lv = LEVELS[li]
      if (lv !== undefined && c.satisfied.has(lv)) pooledS += n
    }
  }
  // α = a / q, β = b / q.
  let priorA: bigint
  let priorB: bigint
  let priorQ: bigint
  if ("pooledH" in c.prior) {
    const m = BigInt(c.prior.pooledH)
    if (pooledN === 0) {
      priorA = m
      priorB = m
      priorQ = 200n
    } else {
      priorA = m * BigInt(pooledS)
      priorB = m * BigInt(pooledN - pooledS)
      priorQ = 100n * BigInt(pooledN)
    }
  } else {
    priorA = BigInt(c.prior.alphaH)
    priorB = BigInt(c.prior.betaH)
    priorQ = 100n
  }
  const satisfactionOf = (a: Acc): { s: number; n: number; smoothed: Ratio } => {
    let s = 0
    let n = 0
    for (let li = 0; li < 5; li++) {
      const k = a.levels[li] ?? 0
      n += k
      const lv = LEVELS[li]
      if (lv !== undefined && c.satisfied.has(lv)) s += k
    }
    const den = BigInt(n) * priorQ + priorA + priorB
    return { s, n, smoothed: den === 0n ? { num: 0n, den: 1n } : { num: BigInt(s) * priorQ + priorA, den } }
  }

  // Per-entity lines.
  interface Work {
    readonly acc: Acc
    readonly lines: Array<ScoreLine>
    readonly notes: Array<Message>
    readonly sat: { s: number; n: number; smoothed: Ratio }
    readonly presentDays: number
    total: number
    deductions: number
    readonly vetoes: Array<{ id: string; name: Message; events: ReadonlyArray<number> }>
    zeroed: boolean
    capGrade: string | undefined
  }
  const works: Array<Work> = list
    .filter((acc) => acc.seen)
    .map((acc) => {
      const presentDays =
        acc.presenceFrom !== undefined && acc.presenceTo !== undefined
          ? daysBetween(acc.presenceFrom, acc.presenceTo) + 1
          : periodDays
      return {
        acc,
        lines: [],
        notes: [],
        sat: satisfactionOf(acc),
        presentDays,
        total: 0,
        deductions: 0,
        vetoes: [],
        zeroed: false,
        capGrade: undefined
      }
    })
  const itemLine = (it: CompiledItem, hundredths: number, extra: Partial<ScoreLine>): ScoreLine => ({
    kind: "item",
    rule: it.id,
    category: c.categories[it.category]?.id ?? "",
    name: it.name,
    points: formatPoints(hundredths),
    hundredths,
    events: [],
    ...extra
  })
  for (const w of works) {
    const a = w.acc
    for (const it of c.items) {
      if (it.metric !== undefined) continue
      const units = a.units[it.index] ?? 0
      if (units === 0) continue
      let raw: number
      let quantity: string
      if (it.weighted) {
        raw = Number(roundDiv(BigInt(it.pointsH) * BigInt(units), 100n))
        quantity = formatPoints(units)
      } else {
        raw = it.pointsH * (units - (a.explicitUnits[it.index] ?? 0)) + (a.explicit[it.index] ?? 0)
        quantity = String(units)
      }
      const capped = it.capH !== undefined && raw > it.capH
      const pts = it.sign * (capped && it.capH !== undefined ? it.capH : raw)
      if (pts === 0) continue
      w.lines.push(
        itemLine(it, pts, {
          quantity,
          events: a.itemEvents[it.index] ?? [],
          ...(capped
            ? {
                note: {
                  zh: `达到本项上限 ${formatPoints(it.capH ?? 0)} 分（原计 ${formatPoints(raw)} 分）`,
                  en: `held to the item's cap of ${formatPoints(it.capH ?? 0)} (counted ${formatPoints(raw)})`
                }
              }
            : {})
        })
      )
    }
    for (const it of c.metricItems) {
      const m = it.metric
      if (m === undefined) continue
      let value: Ratio
      if (m.name === "satisfaction") {
        if (w.sat.n === 0 || w.sat.n < c.minSample) {
          w.notes.push({
            zh: `${it.name.zh}：评价数 ${w.sat.n} 少于最小样本 ${c.minSample}，本项不计分`,
            en: `${it.name.en}: ${w.sat.n} evaluations, below the minimum sample of ${c.minSample}; not applied`
          })
          continue
        }
        value = w.sat.smoothed
      } else {
        const n = a.onTime + a.overdue
        if (n === 0) {
          w.notes.push({ zh: `${it.name.zh}：无办件，本项不计分`, en: `${it.name.en}: no cases; not applied` })
          continue
        }
        value = { num: BigInt(a.onTime), den: BigInt(n) }
      }
      // Percentage points beyond the threshold, exact: T − 100·num/den (deduct) or the reverse (add).
      const diffNum = (BigInt(m.thresholdH) * value.den - 10000n * value.num) * (it.sign === -1 ? 1n : -1n)
      if (diffNum <= 0n) continue
      let raw = Number(roundDiv(BigInt(it.pointsH) * diffNum, 100n * value.den))
      const capped = it.capH !== undefined && raw > it.capH
      if (capped && it.capH !== undefined) raw = it.capH
      if (raw === 0) continue
      const valueText = pct(value)
      w.lines.push(
        itemLine(it, it.sign * raw, {
          quantity: formatPoints(Number(roundDiv(diffNum, value.den))),
          note: {
            zh: `${m.name === "satisfaction" ? "满意度（平滑）" : "按时办结率"} ${valueText}%，门槛 ${formatPoints(m.thresholdH)}%${capped ? "，达到本项上限" : ""}`,
            en: `${m.name === "satisfaction" ? "satisfaction (smoothed)" : "on-time rate"} ${valueText}%, threshold ${formatPoints(m.thresholdH)}%${capped ? ", held to the item's cap" : ""}`
          }
        })
      )
    }
  }
  // Joint liability: the chief representative of the member's window loses a share of each joint item.
  const jointItems = c.items.filter((it) => it.joint !== undefined)
  if (jointItems.length > 0 && staffSubject) {
    const chiefs = new Map<string, Map<string, Array<Work>>>()
    for (const w of works) {
      if (w.acc.role === undefined || w.acc.window === undefined) continue
      const byRole = chiefs.get(w.acc.window) ?? new Map<string, Array<Work>>()
      chiefs.set(w.acc.window, byRole)
      const ws = byRole.get(w.acc.role) ?? []
      byRole.set(w.acc.role, ws)
      ws.push(w)
    }
    for (const w of works) {
      if (w.acc.window === undefined) continue
      for (const l of [...w.lines]) {
        if (l.kind !== "item") continue
        const it = jointItems.find((j) => j.id === l.rule)
        if (it === undefined || it.joint === undefined) continue
        const bearers = chiefs.get(w.acc.window)?.get(it.joint.role) ?? []
        const share = -Number(roundDiv(BigInt(-l.hundredths) * BigInt(it.joint.shareH), 100n))
        if (share === 0) continue
        for (const chief of bearers) {
          if (chief === w) continue
          chief.lines.push({
            kind: "joint",
            rule: it.id,
            category: l.category ?? "",
            name: it.name,
            points: formatPoints(share),
            hundredths: share,
            events: l.events,
            member: w.acc.id,
            note: {
              zh: `连带责任：${w.acc.id} 扣 ${formatPoints(-l.hundredths)} 分的 ${formatPoints(it.joint.shareH)}`,
              en: `joint liability: ${formatPoints(it.joint.shareH)} of ${w.acc.id}'s ${formatPoints(-l.hundredths)}`
            }
          })
        }
      }
    }
  }
  // Categories, maximum, floor, vetoes.
  for (const w of works) {
    const a = w.acc
    const lines = w.lines
    const out: Array<ScoreLine> = [
      {
        kind: "base",
        rule: "base",
        name: { zh: "基本分", en: "base" },
        points: formatPoints(c.baseH),
        hundredths: c.baseH,
        events: []
      }
    ]
    for (const cat of c.categories) {
      const mine = lines.filter((l) => l.category === cat.id)
      out.push(...mine.sort((x, y) => (x.kind === y.kind ? 0 : x.kind === "item" ? -1 : 1)))
      let ded = 0
      let bonus = 0
      for (const l of mine) {
        if (l.hundredths < 0) ded -= l.hundredths
        else bonus += l.hundredths
      }
      if (cat.pointsH !== undefined && ded > cat.pointsH) {
        const back = ded - cat.pointsH
        out.push({
          kind: "category_floor",
          rule: cat.id,
          category: cat.id,
          name: cat.name,
          points: formatPoints(back),
          hundredths: back,
          events: [],
          note: {
            zh: `本类扣完 ${formatPoints(cat.pointsH)} 分为止，不计负分`,
            en: `deductions in this category stop at its ${formatPoints(cat.pointsH)} points`
          }
        })
        ded = cat.pointsH
      }
      if (cat.bonusCapH !== undefined && bonus > cat.bonusCapH) {
        const take = -(bonus - cat.bonusCapH)
        out.push({
          kind: "category_bonus_cap",
          rule: cat.id,
          category: cat.id,
          name: cat.name,
          points: formatPoints(take),
          hundredths: take,
          events: [],
          note: {
            zh: `本类加分以 ${formatPoints(cat.bonusCapH)} 分为限`,
            en: `bonus in this category is capped at ${formatPoints(cat.bonusCapH)}`
          }
        })
      }
      w.deductions += ded
    }
    let total = 0
    for (const l of out) total += l.hundredths
    const proRate = r.presence?.proRateBonus === true && w.presentDays < periodDays
    const maxH = proRate
      ? c.baseH + Number(roundDiv(BigInt(c.maximumH - c.baseH) * BigInt(w.presentDays), BigInt(periodDays)))
      : c.maximumH
    if (total > maxH) {
      out.push({
        kind: "maximum",
        rule: "maximum",
        name: { zh: "最高分", en: "maximum" },
        points: formatPoints(maxH - total),
        hundredths: maxH - total,
        events: [],
        note: proRate
          ? {
              zh: `在岗 ${w.presentDays}/${periodDays} 天，最高分折算为 ${formatPoints(maxH)}`,
              en: `present ${w.presentDays} of ${periodDays} days: the maximum is pro-rated to ${formatPoints(maxH)}`
            }
          : {
              zh: `得分以最高分 ${formatPoints(maxH)} 为限`,
              en: `the score is held to the maximum of ${formatPoints(maxH)}`
            }
      })
      total = maxH
    }
    if (total < 0) {
      out.push({
        kind: "floor",
        rule: "floor",
        name: { zh: "不计负分", en: "no negative score" },
        points: formatPoints(-total),
        hundredths: -total,
        events: []
      })
      total = 0
    }
    for (const v of c.vetoes) {
      const n = a.vetoCounts[v.index] ?? 0
      if (n < v.minCount) continue
      const evs = a.vetoEvents[v.index] ?? []
      w.vetoes.push({ id: v.id, name: v.name, events: evs })
      if (v.effect === "zero" && total !== 0) {
        out.push({
          kind: "veto",
          rule: v.id,
          name: v.name,
          points: formatPoints(-total),
          hundredths: -total,
          events: evs,
          note: { zh: "一票否决：得分归零", en: "veto: the score is zero" }
        })
        total = 0
        w.zeroed = true
      } else if (typeof v.effect === "object") {
        const capId = v.effect.capGrade
        const cap = c.grades.find((g) => g.id === capId)
        const current = w.capGrade === undefined ? undefined : c.grades.find((g) => g.id === w.capGrade)
        if (cap !== undefined && (current === undefined || cap.minH < current.minH)) w.capGrade = capId
      }
    }
    w.lines.length = 0
    w.lines.push(...out)
    w.total = total
  }

  // Ranking.
  const method: RankingMethod = r.ranking?.method ?? "standard_competition"
  const tieBreakers = r.ranking?.tieBreakers ?? []
  const compareWork = (x: Work, y: Work): number => {
    if (x.total !== y.total) return y.total - x.total
    for (const t of tieBreakers) {
      const d =
        t === "satisfaction"
          ? compareRatio(y.sat.smoothed, x.sat.smoothed)
          : t === "workload"
            ? y.acc.workloadH - x.acc.workloadH
            : x.deductions - y.deductions
      if (d !== 0) return d
    }
    return 0
  }
  const ranks = rankBy(works, compareWork, { method })
  const rankOf = new Map(works.map((w, i) => [w, ranks[i] ?? 0]))

  const gradeOf = (w: Work): { id: string; name: Message } | undefined => {
    let g = c.grades.find((x) => w.total >= x.minH)
    if (w.capGrade !== undefined) {
      const cap = c.grades.find((x) => x.id === w.capGrade)
      if (cap !== undefined && g !== undefined && g.minH > cap.minH) g = cap
    }
    return g === undefined ? undefined : { id: g.id, name: g.name }
  }

  const scores: Array<EntityScore> = works.map((w) => {
    const a = w.acc
    const n = a.onTime + a.overdue
    return {
      id: a.id,
      window: a.window,
      department: a.department,
      role: a.role,
      score: formatPoints(w.total),
      hundredths: w.total,
      rank: rankOf.get(w) ?? 0,
      grade: gradeOf(w),
      lines: w.lines,
      vetoes: w.vetoes,
      satisfaction: {
        evaluations: w.sat.n,
        satisfied: w.sat.s,
        rate: percentText(w.sat.s, w.sat.n),
        smoothed: pct(w.sat.smoothed),
        sufficient: w.sat.n >= c.minSample && w.sat.n > 0
      },
      cases: { onTime: a.onTime, overdue: a.overdue, onTimeRate: percentText(a.onTime, n) },
      workload: formatPoints(a.workloadH),
      complaintsConfirmed: a.complaints,
      presence: { days: w.presentDays, periodDays, share: percentText(w.presentDays, periodDays) ?? "0.00" },
      notes: w.notes
    }
  })
  const scoreOrder = (x: EntityScore, y: EntityScore): number =>
    x.rank - y.rank || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
  scores.sort(scoreOrder)

  // Windows and departments.
  const groups = (key: (s: EntityScore) => string | undefined): Array<GroupScore> => {
    const m = new Map<string, Array<EntityScore>>()
    for (const s of scores) {
      const k = key(s)
      if (k === undefined) continue
      const g = m.get(k) ?? []
      m.set(k, g)
      g.push(s)
    }
    const raw = [...m.entries()].map(([id, ms]) => {
      let sum = 0
      let min = Infinity
      let max = -Infinity
      for (const s of ms) {
        sum += s.hundredths
        min = Math.min(min, s.hundredths)
        max = Math.max(max, s.hundredths)
      }
      return { id, members: ms.map((s) => s.id).sort(), sum, count: ms.length, min, max }
    })
    const cmp = (x: { sum: number; count: number }, y: { sum: number; count: number }): number =>
      compareRatio({ num: BigInt(y.sum), den: BigInt(y.count) }, { num: BigInt(x.sum), den: BigInt(x.count) })
    const gr = rankBy(raw, cmp, { method })
    return raw
      .map((g, i) => ({
        id: g.id,
        members: g.members,
        mean: formatPoints(Number(roundDiv(BigInt(g.sum), BigInt(g.count)))),
        min: formatPoints(g.min),
        max: formatPoints(g.max),
        rank: gr[i] ?? 0
      }))
      .sort((x, y) => x.rank - y.rank || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
  }
  const windows = staffSubject ? groups((s) => s.window) : []
  const departments = groups((s) => s.department)

  // Awards.
  let maxWorkload = 0
  for (const w of works) maxWorkload = Math.max(maxWorkload, w.acc.workloadH)
  const awards: Array<AwardResult> = (r.awards ?? []).map((aw) => {
    const tieRule: Message =
      (aw.ties ?? "include") === "include"
        ? {
            zh: "名额边界上得分并列者一并入选（名额可能因此超出）",
            en: "entries tied at the quota boundary are all selected (the quota may be exceeded)"
          }
        : {
            zh: "名额边界上得分并列者均不入选（名额可能因此空缺）",
            en: "entries tied at the quota boundary are all left out (seats may stay empty)"
          }
    const full = toHundredths(aw.fullScore ?? "") ?? c.maximumH
    const weights =
      aw.weights === undefined
        ? undefined
        : {
            score: toHundredths(aw.weights.score) ?? 0,
            satisfaction: toHundredths(aw.weights.satisfaction) ?? 0,
            workload: toHundredths(aw.weights.workload) ?? 0
          }
    const eligible: Array<{ w: Work; key: number; reasons: Array<Reason> }> = []
    const ineligible: Array<{ id: string; reasons: ReadonlyArray<Reason> }> = []
    for (const w of works) {
      const why: Array<Reason> = []
      for (const v of w.vetoes)
        why.push({ code: "veto", message: { zh: `一票否决：${v.name.zh}`, en: `veto: ${v.name.en}` } })
      const minShare = toHundredths(r.presence?.minShareForAwards ?? 0) ?? 0
      if (w.presentDays * 100 < minShare * periodDays) {
        why.push({
          code: "presence_too_short",
          message: {
            zh: `在岗 ${w.presentDays}/${periodDays} 天，不足 ${formatPoints(minShare * 100)}%`,
            en: `present ${w.presentDays} of ${periodDays} days, under ${formatPoints(minShare * 100)}%`
          }
        })
      }
      for (const rule of aw.eligibility ?? []) {
        if (rule.rule === "no_confirmed_complaint" && w.acc.complaints > 0) {
          why.push({
            code: "complaint_confirmed",
            message: { zh: `有 ${w.acc.complaints} 起查实投诉`, en: `${w.acc.complaints} confirmed complaint(s)` }
          })
        } else if (rule.rule === "no_rating") {
          const n = rule.levels.reduce((s, l) => s + (w.acc.levels[LEVEL_INDEX[l]] ?? 0), 0)
          if (n > 0)
            why.push({
              code: "rating_excluded",
              message: {
                zh: `有 ${n} 个${rule.levels.map((l: Level) => LEVEL_NAMES_ZH[l]).join("/")}评价`,
                en: `${n} rating(s) of ${rule.levels.join("/")}`
              }
            })
        } else if (rule.rule === "min_score") {
          const m = toHundredths(rule.points) ?? 0
          if (w.total < m)
            why.push({
              code: "score_too_low",
              message: {
                zh: `得分 ${formatPoints(w.total)} 低于 ${formatPoints(m)}`,
                en: `score ${formatPoints(w.total)} is below ${formatPoints(m)}`
              }
            })
        } else if (rule.rule === "min_evaluations" && w.sat.n < rule.count) {
          why.push({
            code: "too_few_evaluations",
            message: {
              zh: `评价数 ${w.sat.n} 少于 ${rule.count}`,
              en: `${w.sat.n} evaluations, fewer than ${rule.count}`
            }
          })
        } else if (rule.rule === "min_presence") {
          const s = toHundredths(rule.share) ?? 0
          if (w.presentDays * 100 < s * periodDays)
            why.push({
              code: "presence_too_short",
              message: {
                zh: `在岗 ${w.presentDays}/${periodDays} 天，不足 ${formatPoints(s * 100)}%`,
                en: `present ${w.presentDays} of ${periodDays} days, under ${formatPoints(s * 100)}%`
              }
            })
        }
      }
      if (aw.method === "full_score" && w.total < full) {
        why.push({
          code: "not_full_score",
          message: {
            zh: `得分 ${formatPoints(w.total)} 未达满分 ${formatPoints(full)}`,
            en: `score ${formatPoints(w.total)} is short of the full ${formatPoints(full)}`
          }
        })
      }
      if (
        aw.method === "weighted" &&
        weights !== undefined &&
        weights.satisfaction > 0 &&
        (w.sat.n === 0 || w.sat.n < c.minSample)
      ) {
        why.push({
          code: "too_few_evaluations",
          message: {
            zh: `评价数 ${w.sat.n} 少于最小样本 ${c.minSample}`,
            en: `${w.sat.n} evaluations, below the minimum sample of ${c.minSample}`
          }
        })
      }
      if (why.length > 0) {
        ineligible.push({ id: w.acc.id, reasons: why })
        continue
      }
      let key = w.total
      if (aw.method === "weighted" && weights !== undefined) {
        // Each term rounded half away from zero to a hundredth, then summed: w·(100·score/maximum) + w·satisfaction% + w·(100·workload/max workload).
        const t1 =
          c.maximumH === 0 ? 0 : Number(roundDiv(BigInt(weights.score) * BigInt(w.total) * 100n, BigInt(c.maximumH)))
        const t2 = Number(roundDiv(BigInt(weights.satisfaction) * w.sat.smoothed.num * 100n, w.sat.smoothed.den))
        const t3 =
          maxWorkload === 0
            ? 0
            : Number(roundDiv(BigInt(weights.workload) * BigInt(w.acc.workloadH) * 100n, BigInt(maxWorkload)))
        key = t1 + t2 + t3
      }
      eligible.push({ w, key, reasons: [] })
    }
    const cmp = (x: { w: Work; key: number }, y: { w: Work; key: number }): number =>
      x.key !== y.key ? y.key - x.key : aw.method === "weighted" ? 0 : compareWork(x.w, y.w)
    eligible.sort((x, y) => cmp(x, y) || (x.w.acc.id < y.w.acc.id ? -1 : x.w.acc.id > y.w.acc.id ? 1 : 0))
    const quota =
      "count" in aw.quota ? aw.quota.count : Math.floor(((toHundredths(aw.quota.share) ?? 0) * works.length) / 100)
    const winners: Array<{ id: string; key: string; reasons: ReadonlyArray<Reason> }> = []
    let k = 0
    while (k < eligible.length && winners.length < quota) {
      const head = eligible[k]
      let j = k
      for (;;) {
        const next = eligible[j + 1]
        if (head === undefined || next === undefined || cmp(head, next) !== 0) break
        j++
      }
      const groupSize = j - k + 1
      const fits = winners.length + groupSize <= quota
      if (!fits && (aw.ties ?? "include") === "exclude") break
      for (let g = k; g <= j; g++) {
        const e = eligible[g]
        if (e === undefined) continue
        const tied =
          groupSize > 1
            ? [
                {
                  code: "tied",
                  message: { zh: `与 ${groupSize - 1} 人并列`, en: `tied with ${groupSize - 1} other(s)` }
                }
              ]
            : []
        winners.push({
          id: e.w.acc.id,
          key: formatPoints(e.key),
          reasons: [
            aw.method === "weighted"
              ? {
                  code: "weighted",
                  message: {
                    zh: `加权得分 ${formatPoints(e.key)}（第 ${k + 1} 位）`,
                    en: `weighted score ${formatPoints(e.key)} (place ${k + 1})`
                  }
                }
              : {
                  code: "score",
                  message: {
                    zh: `得分 ${formatPoints(e.w.total)}，排名第 ${rankOf.get(e.w) ?? 0}`,
                    en: `score ${formatPoints(e.w.total)}, rank ${rankOf.get(e.w) ?? 0}`
                  }
                },
            {
              code: "satisfaction",
              message: {
                zh: `满意度 ${pct(e.w.sat.smoothed)}%（平滑；${e.w.sat.s}/${e.w.sat.n}）`,
                en: `satisfaction ${pct(e.w.sat.smoothed)}% (smoothed; ${e.w.sat.s}/${e.w.sat.n})`
              }
            },
            {
              code: "eligible",
              message: { zh: "无一票否决，符合全部评选条件", en: "no veto, and every eligibility rule met" }
            },
            ...tied
          ]
        })
      }
      k = j + 1
    }
    ineligible.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    return { id: aw.id, name: aw.name, method: aw.method, quota, tieRule, winners, ineligible }
  })

  const alpha = formatPoints(Number(roundDiv(priorA * 100n, priorQ)))
  const beta = formatPoints(Number(roundDiv(priorB * 100n, priorQ)))
  return ok({
    rubric: r.id,
    period,
    subject: r.subject,
    scores,
    windows,
    departments,
    ranking: { method, rule: rankingRule(method), tieBreakers },
    awards,
    prior: { alpha, beta },
    unattributed
  })
}
