/** Exact rationals for rates and their comparison: numerator and denominator as bigints. */
import { formatPoints } from "../Points.js"
import { roundDiv } from "./decimal.js"

/** A rational as numerator and denominator (denominator positive). */
export interface Ratio {
  readonly num: bigint
  readonly den: bigint
}

export const compareRatio = (a: Ratio, b: Ratio): number => {
  const l = a.num * b.den
  const r = b.num * a.den
  return l < r ? -1 : l > r ? 1 : 0
}

/** A rate as a percentage with two decimals. */
export const pct = (r: Ratio): string => formatPoints(Number(roundDiv(r.num * 10000n, r.den)))
