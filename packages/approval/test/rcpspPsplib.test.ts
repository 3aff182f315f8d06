import { parsePsplib, parsePsplibOptima, type RcpspProject, scheduleRcpsp } from "@tongban/approval"
import { getOrThrow } from "@tongban/core"
import * as fc from "fast-check"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`./fixtures/psplib/${name}`, import.meta.url)), "latin1")

const codes = (text: string): Array<string> => {
  const r = parsePsplib(text)
  return r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join(":")}`)
}

/** True when no dependency and no resource limit is broken. */
const feasible = (project: RcpspProject, starts: ReadonlyArray<number>): boolean => {
  const acts = project.activities
  const deps = acts.every((a, j) =>
    a.predecessors.every((p) => (starts[p] ?? 0) + (acts[p]?.duration ?? 0) <= (starts[j] ?? 0))
  )
  const end = Math.max(...acts.map((a, j) => (starts[j] ?? 0) + a.duration))
  for (let t = 0; t < end; t++) {
    for (const [r, cap] of project.capacities.entries()) {
      let use = 0
      acts.forEach((a, j) => {
        if ((starts[j] ?? 0) <= t && t < (starts[j] ?? 0) + a.duration) use += a.demands[r] ?? 0
      })
      if (use > cap) return false
    }
  }
  return deps
}

describe("parsePsplib", () => {
  it("reads a J30 instance (PSPLIB, Kolisch & Sprecher 1997: j301_1)", () => {
    const inst = getOrThrow(parsePsplib(fixture("j301_1.sm")))
    expect(inst.project.activities).toHaveLength(32)
    expect(inst.project.capacities).toEqual([12, 13, 4, 12])
    expect(inst.horizon).toBe(158)
    expect(inst.mpmTime).toBe(38)
    expect(inst.project.activities[0]).toEqual({ duration: 0, demands: [0, 0, 0, 0], predecessors: [] })
    expect(inst.project.activities[1]?.predecessors).toEqual([0])
    expect(inst.project.activities.reduce((s, a) => s + a.duration, 0)).toBe(inst.horizon)
    // The critical-path length computed from the parsed graph matches the file's MPM-Time.
    expect(getOrThrow(scheduleRcpsp(inst.project, { method: "rule" })).criticalPath).toBe(38)
  })

  it("reads Windows and old-Mac line endings alike", () => {
    const text = fixture("j301_1.sm")
    const expected = getOrThrow(parsePsplib(text)).project
    expect(getOrThrow(parsePsplib(text.replace(/\n/g, "\r\n"))).project).toEqual(expected)
    expect(getOrThrow(parsePsplib(text.replace(/\n/g, "\r"))).project).toEqual(expected)
  })

  it("reports malformed files by line, never a crash", () => {
    const text = fixture("j301_1.sm")
    const lines = text.split("\n")
    expect(codes("")).toEqual(["psplib_missing_jobs@line:1"])
    expect(codes("just some words\n")).toEqual(["psplib_missing_jobs@line:1"])
    expect(
      codes(text.replace("jobs (incl. supersource/sink ):  32", "jobs (incl. supersource/sink ):  9999999"))
    ).toEqual(["psplib_too_large@line:6"])
    expect(codes(lines.slice(0, 40).join("\n"))).toEqual([
      "psplib_bad_row@line:41",
      "psplib_missing_section@line:40",
      "psplib_missing_section@line:40"
    ])
    expect(
      codes(
        text.replace("   2        1          3           6  11  15", "   2        2          3           6  11  15")
      )
    ).toEqual(["psplib_multi_mode@line:20"])
    expect(
      codes(
        text.replace("   2        1          3           6  11  15", "   2        1          3           6  11  99")
      )
    ).toEqual(["psplib_unknown_job@line:20"])
    expect(
      codes(
        text.replace("   2        1          3           6  11  15", "   2        1          4           6  11  15")
      )
    ).toEqual(["psplib_successor_count@line:20"])
    expect(
      codes(text.replace("  - nonrenewable              :  0   N", "  - nonrenewable              :  2   N"))
    ).toEqual(["psplib_unsupported_resources@line:10"])
    expect(codes(text.replace("   12   13    4   12", "    1   13    4   12"))).toEqual(
      expect.arrayContaining(["psplib_demand_exceeds_capacity@line:56", "psplib_demand_exceeds_capacity@line:57"])
    )
    expect(codes(text.replace("   12   13    4   12", "   12   13    4"))).toEqual(["psplib_bad_row@line:90"])
    // Job 2 made a successor of itself through job 1: 1 → 2 → 1.
    expect(
      codes(
        text.replace("   2        1          3           6  11  15", "   2        1          3           6  11   1")
      )
    ).toEqual(["psplib_cycle@line:19"])
  })

  it("never throws on arbitrary text, and what it accepts can be scheduled", () => {
    const text = fixture("j301_1.sm")
    fc.assert(
      fc.property(fc.nat(text.length), fc.string({ maxLength: 12 }), (at, insert) => {
        const r = parsePsplib(text.slice(0, at) + insert + text.slice(at))
        if (r.ok) expect(scheduleRcpsp(r.value.project, { method: "rule" }).ok).toBe(true)
        else expect(r.issues.every((i) => i.message.zh !== "" && i.message.en !== "")).toBe(true)
      }),
      { numRuns: 150 }
    )
  })

  it("refuses a file over the size limit", () => {
    expect(parsePsplib("x".repeat(101), { maxLength: 100 }).ok).toBe(false)
  })
})

describe("parsePsplibOptima", () => {
  it("names the rows after the set", () => {
    const r = getOrThrow(
      parsePsplibOptima("Paramter Instance Makespan CPU-Time[sec.]\n---\n13 1 58 7208.90\n", { set: "j30" })
    )
    expect(r).toEqual([{ instance: "j3013_1", parameter: 13, index: 1, makespan: 58 }])
    expect(parsePsplibOptima("nothing here").ok).toBe(false)
  })
})

describe("PSPLIB J30 instances with known optima (j30opt.sm)", () => {
  it("j301_1: optimum 43 reached within 5,000 schedules", () => {
    const { project } = getOrThrow(parsePsplib(fixture("j301_1.sm")))
    const s = getOrThrow(scheduleRcpsp(project, { schedules: 5000, seed: 1 }))
    expect(s.makespan).toBe(43)
    expect(feasible(project, s.starts)).toBe(true)
  })

  it("j3029_2: optimum 90 reached within 5,000 schedules", () => {
    const { project } = getOrThrow(parsePsplib(fixture("j3029_2.sm")))
    const s = getOrThrow(scheduleRcpsp(project, { schedules: 5000, seed: 1 }))
    expect(s.makespan).toBe(90)
    expect(feasible(project, s.starts)).toBe(true)
  })

  it("j3013_1 (one of the hardest J30 instances, optimum 58): feasible, never below the optimum, within 5%", () => {
    const { project } = getOrThrow(parsePsplib(fixture("j3013_1.sm")))
    const s = getOrThrow(scheduleRcpsp(project, { schedules: 5000, seed: 2 }))
    expect(feasible(project, s.starts)).toBe(true)
    expect(s.makespan).toBeGreaterThanOrEqual(58)
    expect(s.makespan).toBeLessThanOrEqual(61)
  })

  it("the genetic algorithm beats the one-pass LFT rule, which is 5.6% above optimum on average", () => {
    const { project } = getOrThrow(parsePsplib(fixture("j3013_1.sm")))
    const lft = getOrThrow(scheduleRcpsp(project, { method: "rule", rule: "lft" })).makespan
    const ga = getOrThrow(scheduleRcpsp(project, { schedules: 1000, seed: 1 })).makespan
    expect(ga).toBeLessThan(lft)
  })
})
