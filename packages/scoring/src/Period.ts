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

const order: Readonly<Record<PeriodKind, number>> = { month: 0, quarter: 1, year: 2 }

/**
 * The periods of a kind that make up a period, in order: the 12 months or
 * 4 quarters of a year, the 3 months of a quarter, or the period itself
 * when the kind is its own. A kind longer than the period gives none (a
 * year does not lie within a month).
 *
 * 组成一个周期的各期：一年的 12 个月或 4 个季度、一季度的 3 个月；所要的周期
 * 比给定周期长时为空。
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { parsePeriod, periodsWithin } from "@tongban/scoring"
 *
 * periodsWithin(getOrThrow(parsePeriod("2026")), "quarter").map((p) => p.id) // ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
 * periodsWithin(getOrThrow(parsePeriod("2026-Q3")), "month").map((p) => p.id) // ["2026-07", "2026-08", "2026-09"]
 * periodsWithin(getOrThrow(parsePeriod("2026-07")), "year").length // 0
 * ```
 *
 * @since 0.2.0
 * @category constructors
 */
export const periodsWithin = (period: Period, kind: PeriodKind): ReadonlyArray<Period> => {
  if (order[kind] > order[period.kind]) return []
  const out: Array<Period> = []
  let p = periodContaining(period.from, kind)
  while (p.from <= period.to) {
    out.push(p)
    const next = nextPeriod(p)
    if (next === undefined) break
    p = next
  }
  return out
}

const shift = (period: Period, step: 1 | -1): Period | undefined => {
  const { year, month } = toParts(step === 1 ? period.to : period.from)
  const months = step * (period.kind === "year" ? 12 : period.kind === "quarter" ? 3 : 1)
  const index = year * 12 + (month - 1) + (step === 1 ? 1 : months)
  const y = Math.floor(index / 12)
  const date = localDateFromParts(y, index - y * 12 + 1, 1)
  return date.ok ? periodContaining(date.value, period.kind) : undefined
}

/**
 * The period of the same kind just before: `2026-Q1` for `2026-Q2`,
 * `2025-12` for `2026-01`. Undefined before 1900.
 *
 * 同类的上一期（上月、上季度、上年）。
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { parsePeriod, previousPeriod } from "@tongban/scoring"
 *
 * previousPeriod(getOrThrow(parsePeriod("2026-01")))?.id // "2025-12"
 * previousPeriod(getOrThrow(parsePeriod("2026-Q1")))?.id // "2025-Q4"
 * ```
 *
 * @since 0.2.0
 * @category constructors
 */
export const previousPeriod = (period: Period): Period | undefined => shift(period, -1)

/**
 * The period of the same kind just after: `2026-Q3` for `2026-Q2`, `2027`
 * for `2026`. Undefined after 2200.
 *
 * 同类的下一期。
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { nextPeriod, parsePeriod } from "@tongban/scoring"
 *
 * nextPeriod(getOrThrow(parsePeriod("2026-12")))?.id // "2027-01"
 * nextPeriod(getOrThrow(parsePeriod("2026")))?.id // "2027"
 * ```
 *
 * @since 0.2.0
 * @category constructors
 */
export const nextPeriod = (period: Period): Period | undefined => shift(period, 1)
