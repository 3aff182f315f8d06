// scheduleFlow on a provisional calendar (issue 12 point 3): every date after the last announced day
// rests on projected days and is flagged; a date up to it is not; on the announced calendar nothing is.
import { type Flow, parseFlow, type ScheduledDate, scheduleFlow, toMermaidGantt } from "@tongban/approval"
import { getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import { chinaCalendar } from "@tongban/deadline"
import { provisionalChinaCalendar } from "@tongban/deadline/provisional"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbFlowInput } from "./arbitraries/flow.js"

const parse = (input: unknown): Flow => getOrThrow(parseFlow(input))
const day = (offset: number): LocalDate =>
  getOrThrow(parseLocalDate(new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10)))
// Announced through 2025: 2026 and later are projected, and the real 2026 notice is there to compare.
const backtest = getOrThrow(provisionalChinaCalendar({ announcedThrough: 2025, through: 2028 }))
const provisional = getOrThrow(provisionalChinaCalendar({ through: 2030 }))
const DATES: ReadonlyArray<ScheduledDate> = ["start", "finish", "lateStart", "lateFinish"]

describe("scheduleFlow on a provisional calendar", () => {
  it("flags exactly the dates after the last announced day; the schedule is provisional when its finish is", () => {
    fc.assert(
      fc.property(arbFlowInput({ maxSteps: 10 }), fc.integer({ min: 300, max: 420 }), (input, offset) => {
        const s = getOrThrow(scheduleFlow(parse(input), { start: day(offset), calendar: provisional }))
        expect(s.announcedThrough).toBe("2026-12-31")
        for (const step of [...s.steps, ...s.gateways]) {
          expect(step.projected).toEqual(DATES.filter((d) => step[d] > "2026-12-31"))
          expect(step.provisional).toBe(step.projected.length > 0)
        }
        expect(s.provisional).toBe(s.finish > "2026-12-31")
        // The offsets do not depend on the calendar: only the dates are projected.
        const announced = scheduleFlow(parse(input), { start: day(offset), calendar: chinaCalendar })
        if (announced.ok) {
          expect(s.provisional).toBe(false)
          expect(s.steps).toEqual(announced.value.steps)
        }
      }),
      { numRuns: 60 }
    )
  })

  it("a flow across New Year 2027 (元旦, projected from 全国年节及纪念日放假办法 art. 2): its last step is flagged", () => {
    const flow = parse({
      id: "f",
      name: "跨年",
      steps: [
        { id: "a", name: "受理", department: "中心", duration: 2 },
        { id: "b", name: "审查", department: "局", duration: 3, after: ["a"] }
      ]
    })
    const s = getOrThrow(scheduleFlow(flow, { start: day(362), calendar: provisional }))
    // 2026-12-29 (Tuesday) start; 2027-01-01 is New Year's Day, projected.
    expect(s.steps.map((x) => [x.id, x.start, x.finish, x.projected])).toEqual([
      ["a", "2026-12-29", "2026-12-30", []],
      ["b", "2026-12-31", "2027-01-05", ["finish", "lateFinish"]]
    ])
    expect(s).toMatchObject({ provisional: true, finish: "2027-01-05" })
    const gantt = toMermaidGantt(s)
    expect(gantt).toContain("审查（预测）")
    expect(gantt).not.toContain("受理（预测）")
    expect(gantt).toContain("%% 预测：2026-12-31")
  })

  it("on the announced calendar no schedule is provisional, and the Gantt chart is unchanged", () => {
    const flow = parse({ id: "f", name: "f", steps: [{ id: "a", name: "受理", department: "中心", duration: 4 }] })
    const s = getOrThrow(scheduleFlow(flow, { start: day(10), calendar: chinaCalendar }))
    expect(s).toMatchObject({ provisional: false, announcedThrough: undefined })
    expect(s.steps[0]?.projected).toEqual([])
    expect(toMermaidGantt(s)).not.toContain("预测")
  })

  it("a backtest (announced through 2025) flags 2026 dates though the real notice exists", () => {
    const flow = parse({ id: "f", name: "f", steps: [{ id: "a", name: "受理", department: "中心", duration: 5 }] })
    const s = getOrThrow(scheduleFlow(flow, { start: day(-5), calendar: backtest }))
    expect(s.announcedThrough).toBe("2025-12-31")
    expect(s.steps[0]?.projected).toEqual(["finish", "lateFinish"])
  })
})
