/**
 * Exact decimal helpers: hundredths from decimal text, and integer division
 * rounded half away from zero (四舍五入).
 */

/** The largest size of a points value in a rubric or an event. */
export const MAX_POINTS = 10_000

const DECIMAL = /^([+-]?)(\d{1,7})(?:\.(\d{1,2}))?$/

/** Hundredths of a decimal with at most two places (and within ±MAX_POINTS), or undefined. */
export const toHundredths = (input: unknown): number | undefined => {
  let text: string
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return undefined
    text = String(input)
  } else if (typeof input === "string") text = input.trim()
  else return undefined
  const m = DECIMAL.exec(text)
  if (m === null) return undefined
  const whole = Number(m[2])
  const frac = m[3] === undefined ? 0 : Number(m[3].padEnd(2, "0"))
  const h = whole * 100 + frac
  if (h > MAX_POINTS * 100) return undefined
  return m[1] === "-" && h !== 0 ? -h : h
}

/** `num / den` rounded half away from zero; `den` must be positive. */
export const roundDiv = (num: bigint, den: bigint): bigint => {
  const neg = num < 0n
  const a = neg ? -num : num
  const q = (2n * a + den) / (2n * den)
  return neg ? -q : q
}

/** A share `num / den` as a percentage with two decimals ("98.06"), rounded half away from zero; undefined when `den` is 0. */
export const percentText = (num: number, den: number): string | undefined => {
  if (den === 0) return undefined
  const h = Number(roundDiv(BigInt(num) * 10000n, BigInt(den)))
  const whole = Math.floor(h / 100)
  const frac = h - whole * 100
  return `${whole}.${frac < 10 ? "0" : ""}${frac}`
}
