/**
 * Assessment periods: a month, a quarter or a year.
 *
 * Glossary: 考核周期 = assessment period, 月度 = month, 季度 = quarter,
 * 年度 = year.
 *
 * @since 0.1.0
 */
import {
  codeIssue,
  daysInMonth,
  fail,
  type LocalDate,
  localDateFromParts,
  ok,
  type PathSegment,
  type Result,
  toParts
} from "@tongban/core"
import { scoreCodes } from "./IssueCodes.js"

/**
 * The length of an assessment period.
 *
 * @since 0.1.0
 * @category models
 */
export type PeriodKind = "month" | "quarter" | "year"

/**
 * An assessment period: its id (`2026-Q3`, `2026-07`, `2026`), kind and
 * first and last days.
 *
 * @since 0.1.0
 * @category models
 */
export interface Period {
  readonly id: string
  readonly kind: PeriodKind
  readonly from: LocalDate
  readonly to: LocalDate
}

const make = (kind: PeriodKind, year: number, first: number, last: number, id: string): Result<Period> => {
  const from = localDateFromParts(year, first, 1)
  const to = localDateFromParts(year, last, daysInMonth(year, last))
  if (!from.ok) return from
  if (!to.ok) return to
  return ok({ id, kind, from: from.value, to: to.value })
}

/**
 * Reads a period: `2026` (a year), `2026-Q3` (a quarter) or `2026-07` (a
 * month). Anything else is an issue (`period_invalid`).
 *
 * @example
 * ```ts
 * import { parsePeriod } from "@tongban/scoring"
 *
 * parsePeriod("2026-Q3") // { ok: true, value: { id: "2026-Q3", kind: "quarter", from: "2026-07-01", to: "2026-09-30" } }
 * parsePeriod("2026-13").ok // false
 * ```
 *
 * @since 0.1.0
 * @category parsing
 */
export const parsePeriod = (
  input: unknown,
  options?: { readonly path?: ReadonlyArray<PathSegment> }
): Result<Period> => {
  const text = typeof input === "string" ? input.trim() : ""
  const m = /^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$/.exec(text)
  const year = m === null ? Number.NaN : Number(m[1])
  if (m !== null && year >= 1900 && year <= 2200) {
    if (m[2] !== undefined) {
      const q = Number(m[2])
      return make("quarter", year, q * 3 - 2, q * 3, `${year}-Q${q}`)
    }
    if (m[3] !== undefined) return make("month", year, Number(m[3]), Number(m[3]), `${year}-${m[3]}`)
    return make("year", year, 1, 12, `${year}`)
  }
  return fail(
    codeIssue(scoreCodes, "period_invalid", {
      path: options?.path ?? [],
      facts: { input: typeof input === "string" ? input : typeof input }
    })
  )
}

/**
 * The period of the given kind that contains a date.
 *
 * @example
 * ```ts
 * import { parseLocalDate, getOrThrow } from "@tongban/core"
 * import { periodContaining } from "@tongban/scoring"
 *
 * periodContaining(getOrThrow(parseLocalDate("2026-08-15")), "quarter").id // "2026-Q3"
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const periodContaining = (date: LocalDate, kind: PeriodKind): Period => {
  const { year, month } = toParts(date)
  const first = kind === "year" ? 1 : kind === "quarter" ? month - ((month - 1) % 3) : month
  const last = kind === "year" ? 12 : kind === "quarter" ? first + 2 : month
  const mm = String(month).padStart(2, "0")
  const id = kind === "year" ? `${year}` : kind === "quarter" ? `${year}-Q${(first + 2) / 3}` : `${year}-${mm}`
  const from = localDateFromParts(year, first, 1)
  const to = localDateFromParts(year, last, daysInMonth(year, last))
  // A LocalDate's year lies in 1900–2200, so both ends exist.
  return { id, kind, from: from.ok ? from.value : date, to: to.ok ? to.value : date }
}
