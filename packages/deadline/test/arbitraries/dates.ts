import { fromDayNumber, getOrThrow, type LocalDate, parseLocalDate, toDayNumber } from "@tongban/core"
import fc from "fast-check"

const day = (s: string): number => toDayNumber(getOrThrow(parseLocalDate(s)))

/** A day number within China's national coverage, 2004-01-01 … 2026-12-31. */
export const coveredDayNumber = (from = "2004-01-01", to = "2026-12-31"): fc.Arbitrary<number> =>
  fc.integer({ min: day(from), max: day(to) })

/** A date within China's national coverage, kept away from its end so that limits fit. */
export const coveredDate = (from = "2004-07-01", to = "2026-06-30"): fc.Arbitrary<LocalDate> =>
  coveredDayNumber(from, to).map(fromDayNumber)

/** A number of working days, negative, zero or positive. */
export const workingDayCount: fc.Arbitrary<number> = fc.integer({ min: -60, max: 60 })

/** A suspension within a case: start offset and length in days. */
export const suspension: fc.Arbitrary<{ readonly after: number; readonly length: number }> = fc.record({
  after: fc.integer({ min: 0, max: 40 }),
  length: fc.integer({ min: 1, max: 20 })
})
