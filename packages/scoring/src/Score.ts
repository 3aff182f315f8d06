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
 * This module orders the work; each concern has its own module: the pass
 * over the events (`internal/accumulate`), satisfaction
 * (`internal/satisfaction`), the itemised lines (`internal/lines`),
 * windows and departments (`internal/groups`) and awards
 * (`internal/awards`). The result types are in `Assessment`.
 *
 * @since 0.1.0
 */
import {
  atPath,
  codeIssue,
  daysBetween,
  fail,
  type Issue,
  type LocalDate,
  type Message,
  ok,
  parseLocalDate,
  type Result
} from "@tongban/core"
import type { Approval, Assessment, EntityScore, ScoreOptions } from "./Assessment.js"
import type { ScoringEvent } from "./Events.js"
import { type Acc, accumulate, newAcc } from "./internal/accumulate.js"
import { selectAwards } from "./internal/awards.js"
import { parseApproval } from "./Inputs.js"
import { compile, reaches } from "./internal/compile.js"
import { composites, withSelfScores } from "./internal/composites.js"
import { percentText, roundDiv } from "./internal/decimal.js"
import { isEventList } from "./internal/eventLike.js"
import { groupScores } from "./internal/groups.js"
import { scoreLines, type Work } from "./internal/lines.js"
import { compareRatio, pct } from "./internal/ratio.js"
import { satisfactionPrior } from "./internal/satisfaction.js"
import { scoreCodes } from "./IssueCodes.js"
import { type Period, parsePeriod, periodContaining } from "./Period.js"
import { formatPoints } from "./Points.js"
import { rankBy, type RankingMethod, rankingRule } from "./Ranking.js"
import { parseEvents } from "./ReadEvents.js"
import { parseRubric, type Rubric } from "./Rubric.js"

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

/** The committee's approval of `options`, checked (located under `approval`), or undefined without one. */
const approvalOf = (options: ScoreOptions | undefined): Result<Approval | undefined> => {
  const given: unknown = typeof options === "object" && options !== null ? Reflect.get(options, "approval") : undefined
  if (given === undefined) return ok(undefined)
  const shape = atPath(parseApproval(given), ["approval"])
  if (!shape.ok) return shape
  const date = parseLocalDate(shape.value.date, { path: ["approval", "date"] })
  if (!date.ok) return date
  const { by, decision, note } = shape.value
  return ok(note === undefined ? { by, date: date.value, decision } : { by, date: date.value, decision, note })
}

/**
 * The events as a rubric's `reclassify` rules count them: each event of a
 * rule's kind whose code the rule lists takes the rule's code (the first
 * rule that matches it); every other event is the same object, and the
 * order is kept, so that lines cite the same event numbers.
 */
const reclassified = (
  events: ReadonlyArray<ScoringEvent>,
  rules: NonNullable<Rubric["reclassify"]>
): ReadonlyArray<ScoringEvent> =>
  events.map((e) => {
    if (e.code === undefined) return e
    const code = e.code
    const rule = rules.find((x) => x.match.kind === e.kind && x.match.codes.includes(code))
    return rule === undefined ? e : { ...e, code: rule.code }
  })

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
  const approval = approvalOf(options)
  if (!approval.ok) return approval
  const rules = checked.value.reclassify
  if (rules !== undefined && rules.length > 0) {
    const { reclassify: _, ...rest } = checked.value
    return score(rest, reclassified(events, rules), options)
  }
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
      if (e.windowType !== undefined) a.windowType = e.windowType
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

  const prior = satisfactionPrior(c, list)
  const { priorA, priorB, priorQ } = prior

  // Per-entity lines.
  // People out of scope (back-office staff, staff sent by enterprises): by their roster role.
  const excluded = new Set(r.scope?.excludeRoles ?? [])
  const inScope = (acc: Acc): boolean => acc.role === undefined || !excluded.has(acc.role)
  const outOfScope = list
    .filter((acc) => acc.seen && !inScope(acc))
    .map((acc) => acc.id)
    .sort()
  const works: Array<Work> = list
    .filter((acc) => acc.seen && inScope(acc))
    .map((acc) => {
      const presentDays =
        acc.presenceFrom !== undefined && acc.presenceTo !== undefined
          ? daysBetween(acc.presenceFrom, acc.presenceTo) + 1
          : periodDays
      return {
        acc,
        lines: [],
        notes: [],
        sat: prior.of(acc),
        presentDays,
        total: 0,
        deductions: 0,
        vetoes: [],
        zeroed: false,
        capGrade: undefined
      }
    })
  scoreLines(c, works, periodDays, staffSubject)

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
    let g = c.grades.find((x) => reaches(x, w.total))
    if (w.capGrade !== undefined) {
      const cap = c.grades.find((x) => x.id === w.capGrade)
      if (cap !== undefined && g !== undefined && g.order < cap.order) g = cap
    }
    return g === undefined ? undefined : { id: g.id, name: g.name }
  }

  const scoresRaw: Array<EntityScore> = works.map((w) => {
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
  // Self-scores beside the computed ones, then composites over them; the caller's inputs are checked here.
  const selves = withSelfScores(r, options?.selfScores, scoresRaw)
  const scores: Array<EntityScore> = [...selves.scores]
  const composed = composites(r, scores, options?.inputs, method)
  if (selves.issues.length > 0 || composed.issues.length > 0) return fail([...selves.issues, ...composed.issues])
  const scoreOrder = (x: EntityScore, y: EntityScore): number =>
    x.rank - y.rank || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
  scores.sort(scoreOrder)

  // Windows and departments.
  const windows = staffSubject ? groupScores(scores, (s) => s.window, method) : []
  const departments = groupScores(scores, (s) => s.department, method)

  const awards = selectAwards(c, works, { compareWork, rankOf, periodDays })

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
    unattributed,
    outOfScope,
    composites: composed.results,
    ...(approval.value === undefined ? {} : { approval: approval.value })
  })
}
