/**
 * Windows and departments summarised from their members' scores: mean
 * (rounded half away from zero), least and greatest, ranked by the exact mean.
 */
import type { EntityScore, GroupScore } from "../Assessment.js"
import { formatPoints } from "../Points.js"
import { rankBy, type RankingMethod } from "../Ranking.js"
import { roundDiv } from "./decimal.js"
import { compareRatio } from "./ratio.js"

/** The groups of the scores by `key`, each with its mean, least and greatest score and rank. */
export const groupScores = (
  scores: ReadonlyArray<EntityScore>,
  key: (s: EntityScore) => string | undefined,
  method: RankingMethod
): Array<GroupScore> => {
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
