/**
 * Cells read by their character codes, without a string made for them: an
 * event kind and a date, the two fields every row has. Each answers exactly
 * what the one validator answers for the same text (a property test holds
 * them to `isEventKind` and `dateOf`), or undefined when the text is not
 * one, so that a reader leaves the row to the validator for its issue.
 */
import { type LocalDate, MAX_YEAR, MIN_YEAR } from "@tongban/core"
import { EVENT_KINDS, type EventKind } from "../Rubric.js"
import { dateOf } from "./checkEvent.js"

/** Does `text` hold `s` at `start`? (A loop of code units: for short values, faster than `startsWith`.) */
export const same = (s: string, text: string, start: number): boolean => {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== text.charCodeAt(start + k)) return false
  return true
}

/** The event kind written at `start`–`end`, as the constant of {@link EVENT_KINDS}; undefined when it is none. */
export const kindAt = (text: string, start: number, end: number): EventKind | undefined => {
  const length = end - start
  for (const kind of EVENT_KINDS) if (kind.length === length && same(kind, text, start)) return kind
  return undefined
}

const ZERO = 48
const DASH = 45

/** The value of the digit at `i`, or -1000000 (so that any sum it enters is out of range) for another character. */
const digit = (text: string, i: number): number => {
  const d = text.charCodeAt(i) - ZERO
  return d >= 0 && d <= 9 ? d : -1_000_000
}

/**
 * The dates of one file, each made and checked once: a date text is read by
 * its character codes into its year, month and day, which find its
 * `LocalDate` (or the mark that it is not one) in a table of years made as
 * they are met.
 */
export class Dates {
  /** Per year from `MIN_YEAR`, per month × 32 + day (a month of 0–99, a day of 0–31): the date, null when that text is not a date, undefined when not met yet. */
  private readonly years: Array<Array<LocalDate | null> | undefined> = []

  /** The date written at `start`–`end` (`YYYY-MM-DD`), or undefined when it is not a valid `LocalDate`. */
  at(text: string, start: number, end: number): LocalDate | undefined {
    if (end - start !== 10 || text.charCodeAt(start + 4) !== DASH || text.charCodeAt(start + 7) !== DASH) {
      return undefined
    }
    const year =
      digit(text, start) * 1000 + digit(text, start + 1) * 100 + digit(text, start + 2) * 10 + digit(text, start + 3)
    const month = digit(text, start + 5) * 10 + digit(text, start + 6)
    const day = digit(text, start + 8) * 10 + digit(text, start + 9)
    if (year < MIN_YEAR || year > MAX_YEAR || month < 0 || day < 0 || day > 31) return undefined
    const y = year - MIN_YEAR
    let table = this.years[y]
    if (table === undefined) {
      table = new Array<LocalDate | null>(100 * 32).fill(null)
      this.years[y] = table
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 31; d++) {
          const date = dateOf(`${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`)
          if (date !== undefined) table[m * 32 + d] = date
        }
      }
    }
    return table[month * 32 + day] ?? undefined
  }
}
