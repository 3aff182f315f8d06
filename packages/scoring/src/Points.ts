/**
 * Points: exact decimal scores as integer hundredths.
 *
 * Glossary: 分 = point, 分值 = points, 四舍五入 = round half away from zero,
 * 百分点 = percentage point.
 *
 * Every score and every itemised line is an integer number of hundredths of
 * a point (9250 = 92.50 points). Sums of hundredths are exact, so the
 * itemised lines of a score add up to the score to the last hundredth. Where
 * a rule divides (a share of a deduction, points per percentage point, a
 * smoothed rate), the result is rounded once, half away from zero
 * (四舍五入), to a hundredth, and that rounded line is what is summed.
 *
 * @since 0.1.0
 */
import { codeIssue, fail, ok, type PathSegment, type Result } from "@tongban/core"
import { toHundredths } from "./internal/decimal.js"
import { rubricCodes } from "./IssueCodes.js"

/**
 * A number of points in hundredths: `9250` is 92.50 points. Always an
 * integer.
 *
 * @since 0.1.0
 * @category models
 */
export type Hundredths = number

/**
 * Reads points written with at most two decimals (`5`, `0.5`, `"92.50"`,
 * `-3`) as hundredths. A number is read through its shortest decimal form,
 * so `0.1` is exactly 10 hundredths. More than two decimals, a value beyond
 * ±10,000 or anything not a decimal is an issue (`points_invalid`).
 *
 * @example
 * ```ts
 * import { parsePoints } from "@tongban/scoring"
 *
 * parsePoints(0.5) // { ok: true, value: 50 }
 * parsePoints("92.50") // { ok: true, value: 9250 }
 * parsePoints(0.125).ok // false
 * ```
 *
 * @since 0.1.0
 * @category parsing
 */
export const parsePoints = (
  input: unknown,
  options?: { readonly path?: ReadonlyArray<PathSegment> }
): Result<Hundredths> => {
  const h = toHundredths(input)
  if (h !== undefined) return ok(h)
  return fail(
    codeIssue(rubricCodes, "points_invalid", {
      path: options?.path ?? [],
      facts: { input: typeof input === "string" || typeof input === "number" ? input : typeof input }
    })
  )
}

/**
 * Formats hundredths as a decimal with two places: `9250` → `"92.50"`.
 *
 * @example
 * ```ts
 * import { formatPoints } from "@tongban/scoring"
 *
 * formatPoints(9250) // "92.50"
 * formatPoints(-5) // "-0.05"
 * formatPoints(0) // "0.00"
 * ```
 *
 * @since 0.1.0
 * @category formatting
 */
export const formatPoints = (hundredths: Hundredths): string => {
  const sign = hundredths < 0 ? "-" : ""
  const abs = Math.abs(hundredths)
  const whole = Math.floor(abs / 100)
  const frac = abs - whole * 100
  return `${sign}${whole}.${frac < 10 ? "0" : ""}${frac}`
}
