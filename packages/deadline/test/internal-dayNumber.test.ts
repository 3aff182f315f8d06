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

  it("gives no valid number for a month outside 1–12", () => {
    expect(Number.isNaN(dayNumberOfText("2024-13-01"))).toBe(true)
    expect(Number.isNaN(dayNumberOfText("2024-00-01"))).toBe(true)
  })
})
