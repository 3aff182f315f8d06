import { getOrThrow, parseCsv, parseLocalDate } from "@tongban/core"
import { chinaCalendar } from "@tongban/deadline"
import { provisionalChinaCalendar } from "@tongban/deadline/provisional"
import {
  eventLogToCsv,
  eventLogToXes,
  formatWorkingMinute,
  parseModel,
  type SimulationResult,
  simulate,
  workingMinuteTimestamp
} from "@tongban/simulation"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { richModel } from "./arbitraries/models.js"

interface Parsed {
  readonly trace: string
  readonly keys: Record<string, string>
}

// A small reader of the XES this package writes: traces, and per event its keyed attributes.
const readXes = (xes: string): ReadonlyArray<Parsed> => {
  const out: Array<Parsed> = []
  for (const trace of xes.matchAll(/<trace>([\s\S]*?)<\/trace>/g)) {
    const body = trace[1] ?? ""
    const name = /^\s*<string key="concept:name" value="([^"]*)"\/>/.exec(body)?.[1] ?? ""
    for (const event of body.matchAll(/<event>([\s\S]*?)<\/event>/g)) {
      const keys: Record<string, string> = {}
      for (const a of (event[1] ?? "").matchAll(/<(string|date) key="([^"]+)" value="([^"]*)"\/>/g))
        keys[a[2] ?? ""] = a[3] ?? ""
      out.push({ trace: name, keys })
    }
  }
  return out
}

// The model fast-check seed -1002645743 drew (path 3:1:5:1:1:2:2:2:1:7:0:3:0:0:0:3:5:4:0:11:22:5,
// with run seed -1022445171): 47 business start-ups a day each need a whole
// working day of the one tax reviewer, so the back office works for 221
// working days and the run outlasts the announced 2026 calendar.
const outlastsTheCalendar = {
  days: 4,
  departments: [
    { id: "market", reviewers: 2 },
    { id: "police", reviewers: 1 },
    { id: "tax", reviewers: 1 }
  ],
  windows: [
    { id: "general", count: 1, authorised: false },
    { id: "tax-desk", count: 1, serves: ["tax"] }
  ],
  priorities: [{ id: "elderly", share: 0 }],
  services: [
    {
      id: "startup",
      kind: "bundle",
      department: "market",
      arrivals: { perDay: 47, profile: [3, 1, 2] },
      online: 0,
      incomplete: 0,
      approveAtWindow: true,
      windowMinutes: { type: "triangular", min: 5, mode: 10, max: 25 },
      statutory: "20wd",
      promised: "3wd",
      flow: {
        id: "startup",
        name: "企业开办",
        steps: [
          {
            id: "licence",
            name: "营业执照",
            department: "market",
            duration: { kind: "triangular", min: 0.2, mode: 0.5, max: 2 }
          },
          {
            id: "seal",
            name: "刻章",
            department: "police",
            duration: { kind: "lognormal", mu: -1, sigma: 0.5 },
            after: ["licence"]
          },
          { id: "invoice", name: "发票", department: "tax", duration: 1, after: ["seal"] }
        ]
      }
    },
    { id: "invoice", department: "tax", arrivals: { perDay: 23.5 }, windowMinutes: { type: "exponential", mean: 8 } }
  ]
}

// Beyond the announced years: the run above needs 2027.
const farCalendar = getOrThrow(provisionalChinaCalendar({ through: 2040 }))

// Checks the XES document of a run against its CSV event log.
const expectXesMatchesCsv = (run: SimulationResult): void => {
  const xes = eventLogToXes(run)
  expect(xes.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1849-2016"')).toBe(true)
  expect(xes.trimEnd().endsWith("</log>")).toBe(true)
  for (const prefix of ["concept", "time", "lifecycle", "org"])
    expect(xes).toContain(`prefix="${prefix}" uri="http://www.xes-standard.org/${prefix}.xesext"`)
  const events = readXes(xes)
  for (const e of events) {
    expect(Object.keys(e.keys).sort()).toEqual([
      "concept:name",
      "lifecycle:transition",
      "org:resource",
      "time:timestamp"
    ])
    expect(e.keys["time:timestamp"]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/)
  }
  // The CSV log's rows, expanded by the same lifecycle rule, are the XES events.
  const rows = getOrThrow(parseCsv(eventLogToCsv(run), { unguard: true })).slice(1)
  expect(rows.length).toBe(run.eventLog.length)
  const fromCsv: Array<string> = []
  rows.forEach((r, i) => {
    const [id, activity, resource, enabled, started, completed] = r
    const entry = run.eventLog[i]
    if (entry === undefined) return
    const key = (transition: string, at: string | undefined) => [id, activity, resource, transition, at].join("|")
    if (entry.enabled < entry.started) fromCsv.push(key("schedule", enabled))
    if (entry.started < entry.completed) fromCsv.push(key("start", started))
    fromCsv.push(key("complete", completed))
  })
  const fromXes = events.map((e) =>
    [
      e.trace,
      e.keys["concept:name"],
      e.keys["org:resource"],
      e.keys["lifecycle:transition"],
      e.keys["time:timestamp"]?.slice(0, 16)
    ].join("|")
  )
  expect(fromXes.sort()).toEqual(fromCsv.sort())
  // Every case has a trace that starts with its arrival; a visitor who left has a renege event.
  expect(new Set(events.map((e) => e.trace)).size).toBe(run.cases.length)
  for (const c of run.cases.filter((x) => x.reneged))
    expect(events.some((e) => e.trace === String(c.id) && e.keys["concept:name"] === "renege")).toBe(true)
}

describe("XES event logs (IEEE 1849-2016)", () => {
  it("has a log with the four extensions, traces and events each carrying concept:name, time:timestamp, lifecycle:transition and org:resource, and its events are the CSV log's", () => {
    fc.assert(
      fc.property(richModel, fc.integer(), (input, seed) => {
        const model = getOrThrow(parseModel({ ...input, start: "2026-03-02" }))
        const run = simulate(model, { seed, calendar: chinaCalendar, eventLog: true })
        if (run.ok) expectXesMatchesCsv(run.value)
        else {
          // A run that outlasts the announced calendar says so; past it, the logs agree as well.
          expect(run.issues.map((i) => i.code)).toEqual(["calendar_out_of_coverage"])
          expectXesMatchesCsv(getOrThrow(simulate(model, { seed, calendar: farCalendar, eventLog: true })))
        }
      }),
      { numRuns: 8 }
    )
  }, 60_000)

  it("fast-check seed -1002645743: a run that outlasts the calendar is a located calendar_out_of_coverage issue, not a throw; on a longer calendar its XES and CSV logs agree", () => {
    const model = getOrThrow(parseModel({ ...outlastsTheCalendar, start: "2026-03-02" }))
    const run = simulate(model, { seed: -1022445171, calendar: chinaCalendar, eventLog: true })
    expect(run.ok ? [] : run.issues.map((i) => [i.code, i.facts.year])).toEqual([["calendar_out_of_coverage", 2027]])
    const far = getOrThrow(simulate(model, { seed: -1022445171, calendar: farCalendar, eventLog: true }))
    expect(far.dates.at(-1)?.startsWith("2027-")).toBe(true)
    expectXesMatchesCsv(far)
  })

  it("a working minute a float's error short of a whole minute is the same minute in the CSV and the XES log", () => {
    const run = {
      dayMinutes: 420,
      openingHours: [
        { from: "09:00", to: "12:00" },
        { from: "13:30", to: "17:30" }
      ],
      dates: ["2026-03-02", "2026-03-03"].map((d) => getOrThrow(parseLocalDate(d)))
    }
    // 59.99999999999 and 419.9999999999 are what sums of float durations give for 60 and 420.
    const minutes = [59.99999999999, 179.999999999, 419.9999999999, 839.99999999999, 200.5, 0, 420]
    expect(minutes.map((m) => formatWorkingMinute(m, run))).toEqual([
      "2026-03-02T10:00",
      "2026-03-02T12:00",
      "2026-03-02T17:30",
      "2026-03-03T17:30",
      "2026-03-02T13:50",
      "2026-03-02T09:00",
      "2026-03-03T09:00"
    ])
    expect(minutes.map((m) => workingMinuteTimestamp(m, run).slice(0, 16))).toEqual(
      minutes.map((m) => formatWorkingMinute(m, run))
    )
    fc.assert(
      // Past the run's dates the CSV says "day N HH:MM": the clocks still agree.
      fc.property(fc.double({ min: 0, max: 420 * 30, noNaN: true }), (m) => {
        expect(workingMinuteTimestamp(m, run).slice(11, 16)).toBe(formatWorkingMinute(m, run).slice(-5))
      })
    )
  })

  it("names individual windows and reviewers, and escapes XML in names", () => {
    const model = getOrThrow(
      parseModel({
        departments: [{ id: "d", reviewers: 2 }],
        windows: [{ id: "w", count: 2 }],
        services: [
          {
            id: "s",
            department: "d",
            arrivals: { trace: [0, 0, 0] },
            windowMinutes: { type: "fixed", value: 10 },
            flow: { id: "f", name: "f", steps: [{ id: "a", name: "审核 <A&B>", department: "d", duration: 1 }] }
          }
        ]
      })
    )
    const run = getOrThrow(simulate(model, { seed: 1, eventLog: true }))
    expect(run.eventLog.filter((e) => e.activity === "window").map((e) => e.resource)).toEqual(["w#1", "w#2", "w#1"])
    expect(run.eventLog.filter((e) => e.activity === "审核 <A&B>").map((e) => e.resource)).toEqual([
      "d#1",
      "d#2",
      "d#1"
    ])
    expect(eventLogToXes(run)).toContain('value="审核 &lt;A&amp;B&gt;"')
  })
})
