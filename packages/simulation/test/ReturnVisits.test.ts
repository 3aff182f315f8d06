// Issue 15 point 7: the 补正 return (a window sends the applicant home for
// missing materials, and they come back) is its own activity in the event
// logs, once per return, in XES as in CSV, and only for cases that made it.
import { getOrThrow, parseCsv } from "@tongban/core"
import { chinaCalendar } from "@tongban/deadline"
import { eventLogToCsv, eventLogToXes, parseModel, simulate } from "@tongban/simulation"
import { describe, expect, it } from "vitest"

const model = getOrThrow(
  parseModel({
    start: "2026-03-02",
    days: 3,
    departments: [{ id: "market", reviewers: 2 }],
    windows: [{ id: "general", count: 3 }],
    services: [
      {
        id: "licence",
        department: "market",
        arrivals: { perDay: 40 },
        windowMinutes: { type: "exponential", mean: 8 },
        incomplete: 0.4,
        returnDays: { type: "fixed", value: 1 }
      }
    ]
  })
)

describe("补正 returns in the event logs", () => {
  const run = getOrThrow(simulate(model, { seed: 7, calendar: chinaCalendar, eventLog: true }))
  const perCase = (activity: string, entries: ReadonlyArray<{ case: string; activity: string }>) => {
    const counts = new Map<string, number>()
    for (const e of entries) if (e.activity === activity) counts.set(e.case, (counts.get(e.case) ?? 0) + 1)
    return counts
  }
  const xesEvents = [...eventLogToXes(run).matchAll(/<trace>([\s\S]*?)<\/trace>/g)].flatMap((t) => {
    const body = t[1] ?? ""
    const id = /^\s*<string key="concept:name" value="([^"]*)"\/>/.exec(body)?.[1] ?? ""
    return [...body.matchAll(/<event>([\s\S]*?)<\/event>/g)]
      .filter((e) => (e[1] ?? "").includes('key="lifecycle:transition" value="complete"'))
      .map((e) => ({ case: id, activity: /key="concept:name" value="([^"]*)"/.exec(e[1] ?? "")?.[1] ?? "" }))
  })
  const rows = getOrThrow(parseCsv(eventLogToCsv(run), { unguard: true })).slice(1)
  const csvEvents = rows.map(([id, activity]) => ({ case: id ?? "", activity: activity ?? "" }))

  it("a case with k returns has k return_materials and k resubmit events, the others none", () => {
    const returned = run.cases.filter((c) => c.visits > 1)
    expect(returned.length).toBeGreaterThan(10)
    const expected = new Map(returned.map((c) => [String(c.id), c.visits - 1]))
    for (const events of [xesEvents, csvEvents]) {
      expect(perCase("return_materials", events)).toEqual(expected)
      expect(perCase("resubmit", events)).toEqual(expected)
    }
  })

  it("each return comes after a window service and before the resubmission, in the log's order", () => {
    const c = run.cases.find((x) => x.visits > 1)
    const acts = run.eventLog.filter((e) => e.case === c?.id).map((e) => e.activity)
    const r = acts.indexOf("return_materials")
    expect(acts.slice(0, r)).toContain("window")
    expect(acts.indexOf("resubmit")).toBeGreaterThan(r)
  })
})
