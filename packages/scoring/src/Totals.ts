/**
 * What a score is made of, in three figures: the base, the points deducted
 * and the points added, from its itemised lines.
 *
 * Glossary: 考核评分 = score; 扣分 = deduction; 加分 = bonus.
 *
 * @since 0.2.0
 */
import type { EntityScore } from "./Assessment.js"

/**
 * The totals of a score's lines, in hundredths of a point: `base` is the
 * base line, `deducted` the sum of the negative lines (a positive figure),
 * `added` the sum of the positive lines other than the base. Caps, floors
 * and vetoes are lines too, so `base − deducted + added` is the score.
 *
 * @since 0.2.0
 * @category models
 */
export interface ScoreTotals {
  readonly base: number
  readonly deducted: number
  readonly added: number
}

/**
 * Totals a score's itemised lines into its base, what was deducted and what
 * was added (hundredths; format them with `formatPoints`).
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { parseEvents, quarterlyDeductionRubric, score, scoreTotals } from "@tongban/scoring"
 *
 * const events = getOrThrow(parseEvents([
 *   { kind: "attendance", date: "2026-07-06", staff: "s1", window: "w1", code: "late" }
 * ]))
 * const s1 = getOrThrow(score(quarterlyDeductionRubric, events, { period: "2026-Q3" })).scores[0]
 * s1 === undefined ? undefined : scoreTotals(s1) // { base: 10000, deducted: 50, added: 0 }
 * ```
 *
 * @since 0.2.0
 * @category scoring
 */
export const scoreTotals = (score: Pick<EntityScore, "lines">): ScoreTotals => {
  let base = 0
  let deducted = 0
  let added = 0
  for (const line of score.lines) {
    if (line.kind === "base") base += line.hundredths
    else if (line.hundredths < 0) deducted -= line.hundredths
    else added += line.hundredths
  }
  return { base, deducted, added }
}
