// Issue 12 point 3 for schedule risk: a flow started today (2026-12-01)
// ends in 2027, whose notice is not out; on the provisional calendar the
// result is computed and says it rests on projected days.
import { readFileSync } from "node:fs"
import { getOrThrow, parseJson, parseLocalDate } from "@tongban/core"
import { parseFlow } from "@tongban/approval"
import { chinaCalendar } from "@tongban/deadline"
import { provisionalChinaCalendar } from "@tongban/deadline/provisional"
import { scheduleRisk } from "@tongban/simulation"
import { describe, expect, it } from "vitest"

const flow = getOrThrow(
  parseFlow(
    getOrThrow(
      parseJson(
        readFileSync(new URL("../../../examples/t-county/flows/gongcheng-jianshe.json", import.meta.url), "utf8")
      )
    )
  )
)
const d = (s: string) => getOrThrow(parseLocalDate(s))
const provisional = getOrThrow(provisionalChinaCalendar({ through: 2031 }))

describe("schedule risk past the last notice", () => {
  it("on the national calendar a start on 2026-12-01 is calendar_out_of_coverage", () => {
    const r = scheduleRisk(flow, { start: d("2026-12-01"), calendar: chinaCalendar, runs: 200, seed: 1 })
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(["calendar_out_of_coverage"])
  })

  it("on the provisional calendar it finishes in 2027 and is flagged provisional", () => {
    const r = getOrThrow(scheduleRisk(flow, { start: d("2026-12-01"), calendar: provisional, runs: 200, seed: 1 }))
    expect(r.finish.p50.startsWith("2027-")).toBe(true)
    expect(r.provisional).toBe(true)
  })

  it("a run wholly inside the announced years is not flagged, on either calendar, with the same dates", () => {
    const options = { start: d("2026-03-02"), runs: 200, seed: 1 }
    const national = getOrThrow(scheduleRisk(flow, { ...options, calendar: chinaCalendar }))
    const projected = getOrThrow(scheduleRisk(flow, { ...options, calendar: provisional }))
    expect(national.provisional).toBeUndefined()
    expect(projected.provisional).toBeUndefined()
    expect(projected.finish).toEqual(national.finish)
  })
})
