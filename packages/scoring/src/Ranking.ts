/**
 * Rankings with ties handled, and the tie rule stated.
 *
 * Glossary: 排名 = ranking, 并列 = tie, 标准竞赛排名 = standard competition
 * ranking (1224), 密集排名 = dense ranking (1223).
 *
 * @since 0.1.0
 */
import type { Message } from "@tongban/core"

/**
 * How ties are ranked: `standard_competition` gives tied entries the same
 * rank and skips the ranks they use (1, 2, 2, 4); `dense` does not skip
 * (1, 2, 2, 3).
 *
 * @since 0.1.0
 * @category models
 */
export type RankingMethod = "standard_competition" | "dense"

/**
 * The rule a ranking method follows, in words, for printing beside a
 * ranking.
 *
 * @example
 * ```ts
 * import { rankingRule } from "@tongban/scoring"
 *
 * rankingRule("standard_competition").en // "equal scores share a rank and the next rank is skipped (1, 2, 2, 4)"
 * ```
 *
 * @since 0.1.0
 * @category formatting
 */
export const rankingRule = (method: RankingMethod): Message =>
  method === "dense"
    ? {
        zh: "分数相同者并列同一名次，下一名次不空缺（1、2、2、3）",
        en: "equal scores share a rank and no rank is skipped (1, 2, 2, 3)"
      }
    : {
        zh: "分数相同者并列同一名次，其后名次顺延空缺（1、2、2、4）",
        en: "equal scores share a rank and the next rank is skipped (1, 2, 2, 4)"
      }

/**
 * Ranks entries: `compare(a, b)` is negative when `a` ranks ahead of `b`
 * and 0 when they tie. Returns the rank of each entry, in input order. The
 * ranks do not depend on the order of the input.
 *
 * @example
 * ```ts
 * import { rankBy } from "@tongban/scoring"
 *
 * const scores = [90, 95, 90, 80]
 * rankBy(scores, (a, b) => b - a) // [2, 1, 2, 4]
 * rankBy(scores, (a, b) => b - a, { method: "dense" }) // [2, 1, 2, 3]
 * ```
 *
 * @since 0.1.0
 * @category ordering
 */
export const rankBy = <A>(
  entries: ReadonlyArray<A>,
  compare: (a: A, b: A) => number,
  options?: { readonly method?: RankingMethod }
): ReadonlyArray<number> => {
  const order = entries.map((_, i) => i)
  order.sort((i, j) => {
    const a = entries[i]
    const b = entries[j]
    return a === undefined || b === undefined ? 0 : compare(a, b)
  })
  const ranks: Array<number> = new Array<number>(entries.length).fill(0)
  const dense = options?.method === "dense"
  let rank = 0
  let distinct = 0
  for (let k = 0; k < order.length; k++) {
    const i = order[k] ?? 0
    const prev = k > 0 ? entries[order[k - 1] ?? 0] : undefined
    const cur = entries[i]
    const tied = prev !== undefined && cur !== undefined && compare(prev, cur) === 0
    if (!tied) {
      distinct++
      rank = dense ? distinct : k + 1
    }
    ranks[i] = rank
  }
  return ranks
}
