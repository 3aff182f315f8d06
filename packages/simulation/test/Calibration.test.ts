import { formatCsv, getOrThrow, makeRandom, parseLocalDate } from "@tongban/core"
import { addWorkingDays, chinaCalendar } from "@tongban/deadline"
import { calibrate, fitDuration, makeSampler, parseModel, sample, simulate } from "@tongban/simulation"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const two = (n: number): string => String(n).padStart(2, "0")
const clock = (minute: number): string => {
  // Working minute of the day → clock time, opening hours 09:00–12:00 and 13:30–17:30.
  const at = minute < 180 ? 540 + minute : 810 + (minute - 180)
  return `${two(Math.floor(at / 60))}:${two(Math.floor(at % 60))}:${two(Math.floor((at * 60) % 60))}`
}
const stamp = (start: string, minute: number): string => {
  const day = Math.floor(minute / 420)
  const date = getOrThrow(addWorkingDays(getOrThrow(parseLocalDate(start)), day, { calendar: chinaCalendar }))
  return `${date}T${clock(minute - day * 420)}`
}

describe("calibration from case records", () => {
  it("recovers a lognormal's parameters from its sample, and the Kolmogorov–Smirnov test accepts it", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: 2, max: 30, noNaN: true }),
        fc.double({ min: 0.2, max: 0.8, noNaN: true }),
        (seed, mean, cv) => {
          const s = makeSampler({ type: "lognormal", mean, sd: mean * cv })
          const rng = makeRandom(seed)
          const xs = Array.from({ length: 3000 }, () => sample(s, rng))
          const fit = fitDuration(xs)
          expect(fit?.mean ?? 0).toBeGreaterThan(mean * 0.93)
          expect(fit?.mean ?? 0).toBeLessThan(mean * 1.07)
          expect(fit?.ks ?? 1).toBeLessThan(0.04)
        }
      ),
      { numRuns: 20 }
    )
  })

  it("refuses the lognormal for a two-peaked sample and keeps the empirical distribution", () => {
    const rng = makeRandom(5)
    const xs = Array.from({ length: 2000 }, (_, i) => (i % 2 === 0 ? 2 : 30) + rng.next())
    const fit = fitDuration(xs)
    expect(fit?.chosen).toBe("empirical")
    expect(fit?.pValue ?? 1).toBeLessThan(0.05)
    expect(fit?.distribution.type).toBe("empirical")
  })

  it("fits the hourly profile, the daily volume and the durations of records made by a known hall, and the model it writes runs", () => {
    const rng = makeRandom(11)
    const windowTime = makeSampler({ type: "lognormal", mean: 12, sd: 6 })
    const reviewTime = makeSampler({ type: "lognormal", mean: 3, sd: 1.5 })
    const rows: Array<Array<string>> = [["id", "matter", "department", "received", "accepted", "concluded"]]
    // 10 working days from 2026-03-02; 40 licence cases a day, busier in the morning (profile 3:1).
    for (let day = 0; day < 10; day++)
      for (let k = 0; k < 40; k++) {
        const minute = day * 420 + (k < 30 ? rng.next() * 180 : 180 + rng.next() * 240)
        const accepted = Math.min(minute + sample(windowTime, rng), day * 420 + 419.9)
        const concluded = accepted + sample(reviewTime, rng) * 420
        rows.push([
          `c${day}-${k}`,
          "licence",
          "market",
          stamp("2026-03-02", minute),
          stamp("2026-03-02", accepted),
          stamp("2026-03-02", concluded)
        ])
      }
    rows.push(["bad", "licence", "market", "yesterday", "", ""])
    const r = getOrThrow(calibrate(formatCsv(rows), { calendar: chinaCalendar }))
    expect(r.records).toBe(400)
    expect(r.skipped).toBe(1)
    expect(r.warnings[0]).toMatchObject({ code: "calibration_row_skipped", severity: "warning", path: [402] })
    expect(r.days).toBe(10)
    expect(r.matters[0]?.perDay).toBe(40)
    // Seven hourly slices: the first three (09:00–12:00) hold 30 a day, the last four 10.
    const morning = (r.profile[0] ?? 0) + (r.profile[1] ?? 0) + (r.profile[2] ?? 0)
    expect(morning).toBe(300)
    expect(r.matters[0]?.review?.mean ?? 0).toBeGreaterThan(2.7)
    expect(r.matters[0]?.review?.mean ?? 0).toBeLessThan(3.3)
    expect(r.matters[0]?.review?.chosen).toBe("lognormal")
    const model = getOrThrow(parseModel(r.model))
    expect(model.start).toBe("2026-03-02")
    const run = getOrThrow(simulate(model, { seed: 1, calendar: chinaCalendar }))
    expect(run.summary.cases).toBeGreaterThan(300)
  })

  it("a file without the columns, or with fewer than two usable rows, is an issue", () => {
    const missing = calibrate("received,matter\n2026-03-02T09:00,x\n", { calendar: chinaCalendar })
    expect(missing.ok ? "" : missing.issues[0]?.code).toBe("calibration_columns_missing")
    const few = calibrate(
      "received,accepted,concluded,department,matter\n2026-03-02T09:00,2026-03-02T09:10,2026-03-03T09:00,d,m\n",
      {
        calendar: chinaCalendar
      }
    )
    expect(few.ok ? "" : few.issues[0]?.code).toBe("calibration_too_few_records")
    expect(calibrate('"unclosed', { calendar: chinaCalendar }).ok).toBe(false)
  })
})
