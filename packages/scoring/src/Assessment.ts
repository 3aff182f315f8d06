/**
 * The results of scoring: an assessment of a period with each entity's
 * score, its itemised lines, grade and rank, the window and department
 * summaries and the awards with their reasons.
 *
 * Glossary: 得分 = score, 明细 = itemised lines, 等次 = grade, 排名 =
 * rank, 服务之星 = Service Star, 名额 = quota, 满意度 = satisfaction,
 * 在岗天数 = days present.
 *
 * @since 0.1.0
 */
import type { LocalDate, Message } from "@tongban/core"
import type { Period } from "./Period.js"
import type { RankingMethod } from "./Ranking.js"

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
  /** With sub-categories: the category ids from the top category down to this line's (`["conduct", "law"]`). */
  readonly path?: ReadonlyArray<string>
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
  /** The item's evidence source (考核依据: 考勤系统, 好差评系统…), from the rubric. */
  readonly evidence?: Message
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
  /** The self-score given in `options.selfScores` (自评分) beside the computed one; `difference` is computed − self, signed. */
  readonly selfScore?: SelfScore
}

/**
 * A self-score (自评分) beside the computed score, and by category when the
 * sheet has a self-score column per category. A category's computed figure
 * is its points (when it has any) plus its lines and its sub-categories'
 * lines: what the category kept. Differences are computed − self, signed.
 *
 * @since 0.2.0
 * @category models
 */
export interface SelfScore {
  readonly score: string
  readonly hundredths: number
  readonly difference: string
  readonly differenceHundredths: number
  readonly categories: ReadonlyArray<{
    readonly category: string
    readonly self: string
    readonly computed: string
    readonly difference: string
    readonly differenceHundredths: number
  }>
}

/**
 * One component of a composite score: its value (a computed score, or the
 * members' mean, sum, least or greatest, or an input), its weight and the
 * points it gives, weight × value rounded once, half away from zero.
 *
 * @since 0.2.0
 * @category models
 */
export interface CompositeLine {
  readonly component: string
  readonly name: Message
  readonly from: "score" | "input"
  /** Two decimals: the value the weight applies to. */
  readonly value: string
  readonly weight: string
  readonly points: string
  readonly hundredths: number
  /** For a computed component: the ids of the scores it takes. */
  readonly members: ReadonlyArray<string>
  readonly note?: Message
}

/**
 * A composite of the rubric (组合得分): each subject's, window's or
 * department's weighted sum, ranked. The lines of an entry add up to its
 * score exactly.
 *
 * @since 0.2.0
 * @category models
 */
export interface CompositeResult {
  readonly id: string
  readonly name: Message
  readonly of: "subject" | "window" | "department"
  /** By rank, then id. */
  readonly entries: ReadonlyArray<{
    readonly id: string
    readonly score: string
    readonly hundredths: number
    readonly rank: number
    readonly lines: ReadonlyArray<CompositeLine>
  }>
  /** Why there are no entries, when the inputs were not given. */
  readonly note?: Message
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
 * A committee's approval of the computed ranking (评审委员会审定), recorded
 * beside it as given: who decided, on which day, approved or returned, and
 * their note. It never changes a computed score, rank or award; a decision
 * that departs from the computed ranking is the committee's, in its note.
 *
 * @since 0.3.0
 * @category models
 */
export interface Approval {
  /** The body that decided (考核评审委员会). */
  readonly by: string
  /** The day it decided. */
  readonly date: LocalDate
  readonly decision: "approved" | "returned"
  readonly note?: string
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
  /** Staff on the roster whose role the rubric's `scope.excludeRoles` leaves out, by id. */
  readonly outOfScope: ReadonlyArray<string>
  /** The rubric's composites, in its order (empty without any). */
  readonly composites: ReadonlyArray<CompositeResult>
  /** The committee's approval given as `options.approval`, recorded as it is; absent without one. */
  readonly approval?: Approval
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
  /** External scores for the rubric's `inputs` (votes, surveys): input id → subject id → points, each from 0 to the input's `max`. */
  readonly inputs?: Readonly<Record<string, Readonly<Record<string, number | string>>>>
  /** Self-scores (自评分): subject id → points, or `{ score, categories: { category id → points } }`, reported beside the computed score. */
  readonly selfScores?: Readonly<
    Record<
      string,
      | number
      | string
      | { readonly score: number | string; readonly categories?: Readonly<Record<string, number | string>> }
    >
  >
  /** A committee's approval of the ranking, recorded in the result beside it (`date` as `YYYY-MM-DD`); it changes no figure. */
  readonly approval?: {
    readonly by: string
    readonly date: string
    readonly decision: "approved" | "returned"
    readonly note?: string
  }
}
