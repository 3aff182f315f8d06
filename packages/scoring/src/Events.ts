/**
 * Events: what happened at the windows in a period — the model, the level
 * codes and the CSV columns. Reading them (JSON or CSV, each checked and
 * located when it is wrong) is in `ReadEvents`; the zod schema and JSON
 * Schema are in `EventSchema`.
 *
 * Glossary: 考勤 = attendance, 迟到 = late, 早退 = early leave, 旷工/缺岗 =
 * absent, 脱岗 = off post, 办件 = case, 按时办结 = on time, 超期 = overdue,
 * 好差评 = good/bad review (evaluation), 非常满意 / 满意 / 基本满意 / 不满意 /
 * 非常不满意 = the five levels, 主动评价 = active evaluation (given by the
 * citizen, not a default), 投诉 = complaint, 查实 = confirmed, 表扬 =
 * commendation, 违纪 = discipline, 整改 = rectification, 回访 = follow-up,
 * 申诉 = appeal, 首席代表 = chief representative.
 *
 * @since 0.1.0
 */
import type { LocalDate } from "@tongban/core"
import type { EventKind, Level } from "./Rubric.js"

/**
 * One event. Which fields matter depends on the kind (see
 * {@link EVENT_KINDS}); every event has a `kind` and a `date`, and every
 * event but the bad-review handling names a `staff` member or a `window`.
 *
 * @since 0.1.0
 * @category models
 */
export interface ScoringEvent {
  readonly kind: EventKind
  readonly date: LocalDate
  readonly staff?: string
  readonly window?: string
  readonly department?: string
  /** The sub-type: `late`, `overdue`, `confirmed`, `upheld`, a county's own discipline code… */
  readonly code?: string
  /** The level of an evaluation. */
  readonly level?: Level
  /** Half days, person-times or occurrences this event counts for; a whole number 1–1000, default 1. */
  readonly quantity?: number
  /** Points per unit chosen within an item's range (酌情), at most two decimals. */
  readonly points?: number | string
  /** The matter type of a case, for difficulty weights. */
  readonly matterType?: string
  /** The id of an evaluation, so that rectification, follow-up and appeal events can refer to it. */
  readonly id?: string
  /** The evaluation a rectification, follow-up or appeal is about. */
  readonly ref?: string
  /** Was the evaluation given by the citizen (true, default) or by the system's default rule (false)? */
  readonly active?: boolean
  /** A staff member's role on a roster line, e.g. `chief_representative`. */
  readonly role?: string
  /** The first day a staff member is present (roster line). */
  readonly from?: LocalDate
  /** The last day a staff member is present (roster line). */
  readonly to?: LocalDate
  /** The type of the window a roster line names, in the county's words (`正式窗口`, `综合窗口`), for award eligibility. */
  readonly windowType?: string
}

/**
 * How numeric (or other) evaluation codes map to levels. Systems disagree:
 * GB/T 39046 numbers 1 = 非常满意 … 5 = 非常不满意, many rating devices number
 * 5 = 非常满意 … 1 = 非常不满意. There is no default: a caller whose events
 * carry codes says which.
 *
 * @since 0.1.0
 * @category models
 */
export type LevelCodes = Readonly<Record<string, Level>>

/**
 * The codes of GB/T 39046: 1 = 非常满意, 2 = 满意, 3 = 基本满意, 4 = 不满意,
 * 5 = 非常不满意.
 *
 * @since 0.1.0
 * @category presets
 */
export const GBT_39046_LEVEL_CODES: LevelCodes = {
  "1": "very_satisfied",
  "2": "satisfied",
  "3": "basically_satisfied",
  "4": "dissatisfied",
  "5": "very_dissatisfied"
}

/**
 * The codes many rating devices use: 5 = 非常满意, 4 = 满意, 3 = 基本满意,
 * 2 = 不满意, 1 = 非常不满意.
 *
 * @since 0.1.0
 * @category presets
 */
export const FIVE_IS_BEST_LEVEL_CODES: LevelCodes = {
  "5": "very_satisfied",
  "4": "satisfied",
  "3": "basically_satisfied",
  "2": "dissatisfied",
  "1": "very_dissatisfied"
}

/**
 * The Chinese names of the levels, which are always understood.
 *
 * @since 0.1.0
 * @category constants
 */
export const LEVEL_NAMES_ZH: Readonly<Record<Level, string>> = {
  very_satisfied: "非常满意",
  satisfied: "满意",
  basically_satisfied: "基本满意",
  dissatisfied: "不满意",
  very_dissatisfied: "非常不满意"
}

/**
 * Options for reading events.
 *
 * @since 0.1.0
 * @category models
 */
export interface EventOptions {
  /** How evaluation codes map to levels; without it only level names (English or Chinese) are read. */
  readonly levelCodes?: LevelCodes
  /** The most events accepted; default 5,000,000. */
  readonly maxEvents?: number
  /** The most issues reported before reading stops; default 100. */
  readonly maxIssues?: number
}

/**
 * The CSV header of an event file: these columns, in any order, `kind` and
 * `date` required, the others optional; an empty cell is an absent field.
 * `matter_type` may be written for `matterType`, `window_type` for
 * `windowType`; `active` is `true`/`false`
 * (or `1`/`0`, `是`/`否`). It is the one list of the event's fields:
 * both readers and the one validator take their fields from it.
 *
 * @since 0.1.0
 * @category constants
 */
export const EVENT_CSV_COLUMNS = [
  "kind",
  "date",
  "staff",
  "window",
  "department",
  "code",
  "level",
  "quantity",
  "points",
  "matterType",
  "id",
  "ref",
  "active",
  "role",
  "from",
  "to",
  "windowType"
] as const satisfies ReadonlyArray<keyof ScoringEvent>
