import { getOrThrow, parseLocalDate } from "@tongban/core"
import { chinaCalendar, dueDate } from "@tongban/deadline"
import {
  casesToCsv,
  describeRun,
  describeSummary,
  erlangC,
  eventLogToCsv,
  parseModel,
  simulate
} from "@tongban/simulation"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { richModel, singleQueueModel } from "./arbitraries/models.js"

describe("simulate", () => {
  it("the same seed gives identical results", () => {
    fc.assert(
      fc.property(richModel, fc.integer(), (input, seed) => {
        const model = getOrThrow(parseModel(input))
        expect(simulate(model, { seed, eventLog: true })).toEqual(simulate(model, { seed, eventLog: true }))
      }),
      { numRuns: 10 }
    )
  }, 60_000)

  it("no case finishes before it arrives, and the counts agree with the case records", () => {
    fc.assert(
      fc.property(richModel, fc.integer(), (input, seed) => {
        const run = getOrThrow(simulate(getOrThrow(parseModel(input)), { seed, eventLog: true }))
        const s = run.summary
        expect(run.cases.length).toBe(s.cases)
        expect(run.cases.filter((c) => c.completed !== null).length).toBe(s.completed)
        expect(run.cases.filter((c) => c.reneged).length).toBe(s.reneged)
        for (const c of run.cases) {
          if (c.completed !== null) expect(c.completed).toBeGreaterThanOrEqual(c.arrival)
          expect(c.visits).toBeGreaterThanOrEqual(c.reneged ? 1 : c.completed === null ? 0 : 1)
          if (c.channel === "onsite") expect(c.trips).toBeGreaterThanOrEqual(c.visits)
          expect(c.waitMinutes).toBeGreaterThanOrEqual(0)
        }
        for (const e of run.eventLog) {
          expect(e.started).toBeGreaterThanOrEqual(e.enabled)
          expect(e.completed).toBeGreaterThanOrEqual(e.started)
          expect(e.enabled).toBeGreaterThanOrEqual(run.cases[e.case]?.arrival ?? Infinity)
        }
        // Without reneging every case concludes.
        if (input.patience === undefined) expect(s.completed).toBe(s.cases)
      }),
      { numRuns: 15 }
    )
  }, 60_000)

  it("more windows never raise the mean wait in a model without priorities (every seed, common random numbers)", () => {
    fc.assert(
      fc.property(singleQueueModel, fc.integer(), (input, seed) => {
        const fewer = getOrThrow(simulate(getOrThrow(parseModel(input)), { seed, keepCases: false }))
        const more = getOrThrow(
          simulate(
            getOrThrow(
              parseModel({ ...input, windows: [{ id: "general", count: (input.windows[0]?.count ?? 1) + 1 }] })
            ),
            { seed, keepCases: false }
          )
        )
        expect(more.summary.cases).toBe(fewer.summary.cases)
        expect(more.summary.wait.sum).toBeLessThanOrEqual(fewer.summary.wait.sum + 1e-6)
      }),
      { numRuns: 60 }
    )
  }, 60_000)

  it("a hall of c identical windows is an M/M/c queue: mean wait within 6% of Erlang C (λ=8, μ=1, c=10; a coarse check, 4 × 96,000 customers)", () => {
    const model = getOrThrow(
      parseModel({
        days: 25,
        openingHours: [{ from: "09:00", to: "17:00" }],
        departments: [{ id: "d", reviewers: 1 }],
        windows: [{ id: "w", count: 10 }],
        services: [
          { id: "s", department: "d", arrivals: { perDay: 8 * 480 }, windowMinutes: { type: "exponential", mean: 1 } }
        ]
      })
    )
    const waits = [1, 2, 3, 4].map(
      (seed) => describeSummary(getOrThrow(simulate(model, { seed, keepCases: false })).summary.wait).mean
    )
    const mean = waits.reduce((a, b) => a + b, 0) / waits.length
    expect(Math.abs(mean / (erlangC(8, 1, 10)?.meanWait ?? NaN) - 1)).toBeLessThan(0.06)
  }, 60_000)

  it("priority classes wait less than normal visitors when windows are busy", () => {
    const model = getOrThrow(
      parseModel({
        days: 5,
        departments: [{ id: "d", reviewers: 1 }],
        windows: [{ id: "w", count: 3 }],
        priorities: [{ id: "green", share: 0.2 }],
        services: [
          { id: "s", department: "d", arrivals: { perDay: 230 }, windowMinutes: { type: "exponential", mean: 5 } }
        ]
      })
    )
    const run = getOrThrow(simulate(model, { seed: 3 }))
    const mean = (p: string) => {
      const xs = run.cases.filter((c) => c.priority === p).map((c) => c.waitMinutes)
      return xs.reduce((a, b) => a + b, 0) / xs.length
    }
    expect(mean("green")).toBeLessThan(mean("normal"))
  }, 60_000)

  it("an exclusive gateway sends cases down each branch with its probability", () => {
    const model = getOrThrow(
      parseModel({
        days: 20,
        departments: [{ id: "d", reviewers: 50 }],
        windows: [{ id: "w", count: 5 }],
        services: [
          {
            id: "s",
            department: "d",
            arrivals: { perDay: 100 },
            windowMinutes: { type: "fixed", value: 1 },
            flow: {
              id: "f",
              name: "f",
              steps: [
                { id: "a", name: "A", department: "d", duration: 0, after: ["x"] },
                { id: "b", name: "B", department: "d", duration: 0, after: ["x"] },
                { id: "end", name: "End", department: "d", duration: 0, after: ["j"] }
              ],
              gateways: [
                {
                  id: "x",
                  kind: "exclusive",
                  role: "fork",
                  branches: [
                    { to: "a", probability: 0.3 },
                    { to: "b", probability: 0.7 }
                  ]
                },
                { id: "j", kind: "exclusive", role: "join", fork: "x", after: ["a", "b"] }
              ]
            }
          }
        ]
      })
    )
    const run = getOrThrow(simulate(model, { seed: 5, eventLog: true }))
    const count = (name: string) => run.eventLog.filter((e) => e.activity === name).length
    expect(count("End")).toBe(run.summary.cases)
    expect(count("A") + count("B")).toBe(run.summary.cases)
    expect(Math.abs(count("A") / run.summary.cases - 0.3)).toBeLessThan(0.03)
  }, 60_000)

  it("parallel approval concludes sooner than serial approval of the same steps (并联审批)", () => {
    const flow = (parallel: boolean) => ({
      id: "f",
      name: "f",
      steps: [
        { id: "a", name: "A", department: "d", duration: 2 },
        { id: "b", name: "B", department: "d", duration: 2, after: parallel ? [] : ["a"] },
        { id: "c", name: "C", department: "d", duration: 2, after: parallel ? [] : ["b"] }
      ]
    })
    const run = (parallel: boolean) =>
      describeRun(
        getOrThrow(
          simulate(
            getOrThrow(
              parseModel({
                days: 3,
                departments: [{ id: "d", reviewers: 1000 }],
                windows: [{ id: "w", count: 5 }],
                services: [
                  {
                    id: "s",
                    department: "d",
                    arrivals: { perDay: 20 },
                    windowMinutes: { type: "fixed", value: 5 },
                    flow: flow(parallel)
                  }
                ]
              })
            ),
            { seed: 1 }
          )
        ).summary
      )
    expect(run(true).cycleDays.mean).toBeLessThan(run(false).cycleDays.mean - 3.9)
  }, 60_000)

  it("dates follow the national calendar: the day after 2024-09-30 is 2024-10-08 (国庆节), and the statutory due date is dueDate's (行政许可法 第四十二条, 20 working days)", () => {
    const model = getOrThrow(
      parseModel({
        start: "2024-09-30",
        days: 2,
        departments: [{ id: "d", reviewers: 10 }],
        windows: [{ id: "w", count: 2 }],
        services: [
          {
            id: "s",
            department: "d",
            arrivals: { perDay: 10 },
            windowMinutes: { type: "fixed", value: 5 },
            statutory: "20wd",
            flow: { id: "f", name: "f", steps: [{ id: "a", name: "A", department: "d", duration: 3 }] }
          }
        ]
      })
    )
    const run = getOrThrow(simulate(model, { seed: 2, calendar: chinaCalendar }))
    expect(run.dates.slice(0, 2)).toEqual(["2024-09-30", "2024-10-08"])
    const second = run.cases.find((c) => c.arrivalDate === "2024-10-08")
    expect(second?.statutoryDue).toBe(
      getOrThrow(
        dueDate(
          getOrThrow(parseLocalDate("2024-10-08")),
          { amount: 20, unit: "working_day" },
          { calendar: chinaCalendar }
        )
      )
    )
    expect(second?.statutoryDue).toBe("2024-11-04")
    expect(run.cases.every((c) => c.onTimeStatutory === true)).toBe(true)
  }, 60_000)

  it("a trace of timestamps lands on the working clock: a holiday moves to the next opening (国庆节), the lunch break to 13:30", () => {
    const model = getOrThrow(
      parseModel({
        start: "2024-09-30",
        days: 2,
        departments: [{ id: "d", reviewers: 1 }],
        windows: [{ id: "w", count: 3 }],
        services: [
          {
            id: "s",
            department: "d",
            arrivals: { trace: ["2024-09-30T09:30", "2024-10-01T10:00", "2024-10-08T12:30", 5] },
            windowMinutes: { type: "fixed", value: 1 }
          }
        ]
      })
    )
    const run = getOrThrow(simulate(model, { seed: 1, calendar: chinaCalendar }))
    expect(run.cases.map((c) => [c.arrival, c.arrivalDate])).toEqual([
      [5, "2024-09-30"],
      [30, "2024-09-30"],
      [420, "2024-10-08"],
      [600, "2024-10-08"]
    ])
    const noCalendar = simulate(model, { seed: 1 })
    expect(noCalendar.ok ? "" : noCalendar.issues[0]?.code).toBe("trace_needs_calendar")
    const bad = parseModel({
      departments: [{ id: "d", reviewers: 1 }],
      windows: [{ id: "w", count: 1 }],
      services: [
        {
          id: "s",
          department: "d",
          arrivals: { trace: ["2024-10-01T25:00", "2024-10-01T10:00"] },
          windowMinutes: { type: "fixed", value: 1 }
        }
      ]
    })
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toEqual(["trace_timestamp_malformed", "trace_needs_start"])
  }, 60_000)

  it("a run beyond the calendar's coverage is the issue calendar_out_of_coverage", () => {
    const model = getOrThrow(
      parseModel({
        start: "2026-12-28",
        days: 10,
        departments: [{ id: "d", reviewers: 1 }],
        windows: [{ id: "w", count: 1 }],
        services: [{ id: "s", department: "d", arrivals: { perDay: 5 }, windowMinutes: { type: "fixed", value: 5 } }]
      })
    )
    const r = simulate(model, { seed: 1, calendar: chinaCalendar })
    expect(r.ok ? "" : r.issues[0]?.code).toBe("calendar_out_of_coverage")
  }, 60_000)

  it("CSV cells are quoted, and a leading = is neutralised", () => {
    const model = getOrThrow(
      parseModel({
        departments: [{ id: "d", reviewers: 1 }],
        windows: [{ id: "w", count: 1 }],
        services: [
          {
            id: "s",
            department: "d",
            arrivals: { trace: [0] },
            windowMinutes: { type: "fixed", value: 1 },
            flow: { id: "f", name: "f", steps: [{ id: "a", name: '=HYPERLINK("x"),b', department: "d", duration: 0 }] }
          }
        ]
      })
    )
    const run = getOrThrow(simulate(model, { seed: 1, eventLog: true }))
    expect(eventLogToCsv(run).split("\r\n")[5]).toBe(`0,"'=HYPERLINK(""x""),b",d#1,day 0 09:01,day 0 09:01,day 0 09:01`)
    expect(casesToCsv(run).split("\r\n").length).toBe(3)
  }, 60_000)
})

describe("the four outputs fixed in 0.2 (issue 15)", () => {
  it("a visitor who reneges waited until leaving: the wait counts in the case, the statistics, the hour and the log", () => {
    const model = getOrThrow(
      parseModel({
        patience: { type: "fixed", value: 10 },
        departments: [{ id: "d", reviewers: 1 }],
        windows: [{ id: "w", count: 1 }],
        services: [
          { id: "s", department: "d", arrivals: { trace: [0, 1] }, windowMinutes: { type: "fixed", value: 60 } }
        ]
      })
    )
    const run = getOrThrow(simulate(model, { seed: 1, eventLog: true }))
    expect(run.cases.map((c) => [c.reneged, c.waitMinutes])).toEqual([
      [false, 0],
      [true, 10]
    ])
    expect(run.summary.wait.count).toBe(2)
    expect(run.summary.wait.sum).toBe(10)
    expect(describeRun(run.summary).waitMinutes.mean).toBe(5)
    expect(run.summary.hours[9]).toEqual({
      tickets: 2,
      waitMinutes: 10,
      waitedLonger: 0,
      reneged: 1,
      queueSum: 0,
      queueSamples: 2
    })
    expect(run.eventLog.filter((e) => e.activity === "renege")).toEqual([
      { case: 1, activity: "renege", resource: "hall", enabled: 1, started: 11, completed: 11 }
    ])
    expect(describeRun(run.summary).hours[0]).toMatchObject({ period: 9, renegedShare: 0.5 })
  })

  it("utilisation counts every working day a pool was busy: the last department of a serial flow, reached after the arrivals stop, is not at 0 %", () => {
    const model = getOrThrow(
      parseModel({
        days: 1,
        departments: [
          { id: "market", reviewers: 1 },
          { id: "housing", reviewers: 1 }
        ],
        windows: [{ id: "w", count: 1 }],
        services: [
          {
            id: "s",
            department: "market",
            arrivals: { trace: [0] },
            windowMinutes: { type: "fixed", value: 5 },
            flow: {
              id: "f",
              name: "f",
              steps: [
                { id: "a", name: "A", department: "market", duration: 1 },
                { id: "b", name: "B", department: "housing", duration: 1, after: ["a"] }
              ]
            }
          }
        ]
      })
    )
    const report = describeRun(getOrThrow(simulate(model, { seed: 1 })).summary)
    // housing works 420 minutes from 09:05 on day 1 to 09:05 on day 2: 3 working days of capacity.
    expect(report.departmentUtilisation.housing).toBeCloseTo(420 / 1260, 12)
    expect(report.departmentUtilisation.market).toBeCloseTo(420 / 840, 12)
    expect(report.windowUtilisation.w).toBeCloseTo(5 / 420, 12)
  })

  it("per hour, the tickets and waits add up to the case records' on-site visits and waits", () => {
    fc.assert(
      fc.property(richModel, fc.integer(), (input, seed) => {
        const run = getOrThrow(simulate(getOrThrow(parseModel(input)), { seed }))
        const onsite = run.cases.filter((c) => c.channel === "onsite")
        const tickets = run.summary.hours.reduce((n, h) => n + h.tickets, 0)
        const waited = run.summary.hours.reduce((n, h) => n + h.waitMinutes, 0)
        const reneged = run.summary.hours.reduce((n, h) => n + h.reneged, 0)
        expect(tickets).toBe(onsite.reduce((n, c) => n + c.visits, 0))
        expect(waited).toBeCloseTo(
          onsite.reduce((n, c) => n + c.waitMinutes, 0),
          6
        )
        expect(reneged).toBe(run.summary.reneged)
        expect(run.summary.wait.count).toBe(onsite.filter((c) => c.completed !== null || c.reneged).length)
        // Opening hours 09:00–12:00 and 13:30–17:30: no ticket at 12:00 or outside.
        for (const h of [0, 8, 12, 18, 23]) expect(run.summary.hours[h]?.tickets).toBe(0)
      }),
      { numRuns: 15 }
    )
  }, 60_000)

  it("per weekday from the calendar: 2024-09-30 is a Monday, 2024-10-08 (after 国庆节) a Tuesday", () => {
    const model = getOrThrow(
      parseModel({
        start: "2024-09-30",
        days: 2,
        departments: [{ id: "d", reviewers: 10 }],
        windows: [{ id: "w", count: 2 }],
        services: [{ id: "s", department: "d", arrivals: { perDay: 30 }, windowMinutes: { type: "fixed", value: 5 } }]
      })
    )
    const run = getOrThrow(simulate(model, { seed: 4, calendar: chinaCalendar }))
    const on = (date: string) => run.cases.filter((c) => c.arrivalDate === date).length
    expect(run.summary.weekdays.map((w) => w.tickets)).toEqual([on("2024-09-30"), on("2024-10-08"), 0, 0, 0, 0, 0])
    expect(describeRun(run.summary).weekdays.map((w) => w.period)).toEqual([1, 2])
  })
})

describe("rework loops in the hall (a documented limit: docs/simulation.md)", () => {
  it("the back office runs each step of a flow with a rework loop once: the loop is drawn only by scheduleRisk", () => {
    const model = getOrThrow(
      parseModel({
        departments: [{ id: "d", reviewers: 2 }],
        windows: [{ id: "w", count: 1 }],
        services: [
          {
            id: "s",
            department: "d",
            arrivals: { trace: [0, 5, 10, 15, 20] },
            windowMinutes: { type: "fixed", value: 2 },
            flow: {
              id: "f",
              name: "f",
              steps: [
                { id: "a", name: "审查", department: "d", duration: 1 },
                { id: "b", name: "决定", department: "d", duration: 1, after: ["a"] }
              ],
              rework: [{ id: "r", from: "b", to: "a", probability: 0.99 }]
            }
          }
        ]
      })
    )
    const run = getOrThrow(simulate(model, { seed: 1, eventLog: true }))
    // With probability 0.99 a repeating engine would run 审查 about 100 times per case.
    expect(run.eventLog.filter((e) => e.activity === "审查").length).toBe(5)
    expect(run.eventLog.filter((e) => e.activity === "决定").length).toBe(5)
  })
})
