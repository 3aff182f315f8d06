/**
 * Satisfaction (满意度) smoothed with a beta prior: `(s + α) / (n + α + β)`,
 * the prior either the rubric's α and β or m pseudo-evaluations at the
 * pooled rate of everyone scored (先验, 贝叶斯平滑).
 */
import { LEVELS } from "../Rubric.js"
import type { Acc } from "./accumulate.js"
import type { Compiled } from "./compile.js"
import type { Ratio } from "./ratio.js"

/** One subject's satisfied and total evaluations, and the smoothed rate. */
export interface Sat {
  readonly s: number
  readonly n: number
  readonly smoothed: Ratio
}

/** The prior, α = a / q and β = b / q. */
export interface Prior {
  readonly priorA: bigint
  readonly priorB: bigint
  readonly priorQ: bigint
  readonly of: (a: Acc) => Sat
}

/** The prior of a rubric over the subjects scored, and the smoothed satisfaction of each. */
export const satisfactionPrior = (c: Compiled, list: ReadonlyArray<Acc>): Prior => {
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
  const of = (a: Acc): Sat => {
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
  return { priorA, priorB, priorQ, of }
}
