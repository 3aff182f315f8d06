import { fromDayNumber, type LocalDate, MAX_DAY_NUMBER, MIN_DAY_NUMBER } from "@tongban/core"
import * as fc from "fast-check"

/** Any valid date, 1900-01-01 … 2200-12-31. */
export const localDate: fc.Arbitrary<LocalDate> = fc
  .integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER })
  .map((n) => fromDayNumber(n))

/** Strings that look like dates but may not be: wrong days, months, widths. */
export const dateLikeString: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    fc.boolean()
  )
  .map(([y, m, d, padded]) =>
    padded
      ? `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
      : `${y}-${m}-${d}`
  )
