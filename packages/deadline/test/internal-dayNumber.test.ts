import { fromDayNumber, MAX_DAY_NUMBER, MIN_DAY_NUMBER, toDayNumber } from "@tongban/core"
import { describe, expect, it } from "vitest"
import { dayNumberOfText } from "../src/internal/calendarIndex.js"

describe("dayNumberOfText (the hot path's date reader)", () => {
  it("agrees with core's toDayNumber on every date 1900–2200", () => {
    let wrong = 0
    for (let n = MIN_DAY_NUMBER; n <= MAX_DAY_NUMBER; n++) {
      const date = fromDayNumber(n)
      if (dayNumberOfText(date) !== toDayNumber(date)) wrong++
    }
    expect(wrong).toBe(0)
  })

  // Callers accept a text only when the date of its number is the text
  // itself; a text that is not a real date must fail that round trip.
  it("a text that is not a real date never round-trips", () => {
    for (const text of ["2024-13-01", "2024-00-01", "2023-02-29", "2024-04-31", "2024-1a-01", "2024-02-00"]) {
      const n = dayNumberOfText(text)
      const roundTrips = Number.isInteger(n) && n >= MIN_DAY_NUMBER && n <= MAX_DAY_NUMBER && fromDayNumber(n) === text
      expect(roundTrips, text).toBe(false)
    }
  })
})
