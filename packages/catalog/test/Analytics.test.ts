import {
  analyseBundle,
  catalogueStats,
  diffCatalogues,
  type Matter,
  matterStats,
  reduction,
  sharedMaterialCandidates
} from "@tongban/catalog"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbCatalogue } from "./arbitraries/catalogue.js"
import { example } from "./helpers/fixtures.js"

const t2019 = example(2019)
const t2020 = example(2020)
const first = t2019.matters[0]
if (first === undefined) throw new RangeError("the example has no matters")
const matter = (patch: Partial<Matter>): Matter => ({ ...first, ...patch })

describe("matterStats", () => {
  it("counts shares over the matters given", () => {
    const s = matterStats([
      matter({ kind: "immediate", promisedLimit: { amount: 0, unit: "working_day" }, trips: 0, handlingForms: ["1"] }),
      matter({ kind: "promised", trips: 1, windowAuthority: "collect", handlingForms: ["1"] }),
      matter({ kind: "promised", trips: 2, windowAuthority: "collect", handlingForms: ["1"] }),
      matter({ kind: "promised", trips: 0, handlingForms: ["2"], onlineDepth: ["5"], windowAuthority: "approve" })
    ])
    expect([s.matters, s.immediateShare, s.atMostOneTripShare, s.zeroTripShare, s.fullyOnlineShare]).toEqual([
      4, 0.25, 0.75, 0.5, 0.25
    ])
  })

  it("compression: per matter (statutory − promised) / statutory, units normalised; zero statutory limits left out", () => {
    const s = matterStats([
      matter({
        statutoryLimit: { amount: 20, unit: "working_day" },
        promisedLimit: { amount: 5, unit: "working_day" }
      }),
      matter({
        statutoryLimit: { amount: 10, unit: "working_day" },
        promisedLimit: { amount: 10, unit: "working_day" }
      }),
      matter({ statutoryLimit: { amount: 0, unit: "working_day" }, promisedLimit: { amount: 0, unit: "working_day" } })
    ])
    expect(s.compressionCounted).toBe(2)
    expect(s.meanCompression).toBeCloseTo((0.75 + 0) / 2)
    expect(s.totalCompression).toBeCloseTo((30 - 15) / 30)
  })

  it("an empty list has no shares", () => {
    expect(matterStats([])).toMatchObject({
      matters: 0,
      immediateShare: undefined,
      meanCompression: undefined,
      totalCompression: undefined
    })
  })

  it("the departments' counts add up to the whole (every matter belongs to a listed department)", () => {
    fc.assert(
      fc.property(arbCatalogue(), (c) => {
        const s = catalogueStats(c)
        const sum = (f: (x: (typeof s.departments)[number]["stats"]) => number) =>
          s.departments.reduce((n, d) => n + f(d.stats), 0)
        expect([sum((x) => x.matters), sum((x) => x.immediate), sum((x) => x.zeroTrips), sum((x) => x.trips)]).toEqual([
          s.overall.matters,
          s.overall.immediate,
          s.overall.zeroTrips,
          s.overall.trips
        ])
      })
    )
  })

  it("names the materials several departments demand (信息孤岛 candidates)", () => {
    const names = sharedMaterialCandidates(t2019).map((c) => c.name)
    expect(names.slice(0, 2)).toEqual(expect.arrayContaining(["居民身份证", "营业执照"]))
    for (const c of sharedMaterialCandidates(t2019)) expect(c.departments.length).toBeGreaterThanOrEqual(2)
  })
})

describe("diffCatalogues", () => {
  it("a version against itself: nothing added, removed or changed, every reduction 0", () => {
    fc.assert(
      fc.property(arbCatalogue(), (c) => {
        const d = diffCatalogues(c, structuredClone(c))
        expect([d.added, d.removed, d.changed]).toEqual([[], [], []])
        for (const r of Object.values(d.fourReductions)) expect(r.reduction).toBe(0)
      })
    )
  })

  it("the four reductions of diff(a, b) are the negation of diff(b, a)", () => {
    fc.assert(
      fc.property(arbCatalogue(), arbCatalogue(), (a, b) => {
        const ab = diffCatalogues(a, b)
        const ba = diffCatalogues(b, a)
        for (const key of ["steps", "materials", "time", "trips"] as const) {
          expect(ab.fourReductions[key].reduction).toBeCloseTo(-ba.fourReductions[key].reduction, 9)
          expect(ab.totals[key].reduction).toBeCloseTo(-ba.totals[key].reduction, 9)
        }
        expect(ab.added.map((m) => m.implementationCode)).toEqual(ba.removed.map((m) => m.implementationCode))
      })
    )
  })

  it("T County 2019 → 2020: one matter added, two removed, fewer steps, materials, days and trips", () => {
    const d = diffCatalogues(t2019, t2020)
    expect(d.added.map((m) => m.name)).toEqual(["企业开办“一件事”集成办理"])
    expect(d.removed.map((m) => m.name)).toEqual(["计量器具型式批准", "企业开办一窗通办咨询"])
    for (const r of Object.values(d.fourReductions)) expect(r.reduction).toBeGreaterThan(0)
    const changed = d.changed.find((c) => c.name === "食品经营许可")
    expect(changed?.changes.map((x) => x.field)).toEqual(
      expect.arrayContaining(["promisedLimit", "materials", "steps"])
    )
  })

  it("reduction: absolute and percent of before", () => {
    expect(reduction(10, 4)).toEqual({ before: 10, after: 4, reduction: 6, percent: 60 })
    expect(reduction(0, 0).percent).toBeUndefined()
  })
})

describe("analyseBundle", () => {
  it("企业开办: merges the members' materials, each once, with the members that share it", () => {
    const r = analyseBundle(t2019, "qykb")
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.value.members.map((m) => m.name)).toEqual([
        "公司设立登记",
        "公章刻制备案",
        "发票领用",
        "社会保险登记",
        "住房公积金缴存登记"
      ])
      const keys = r.value.materials.map((m) => m.key)
      expect(new Set(keys).size).toBe(keys.length)
      expect(r.value.materials.find((m) => m.name === "营业执照")?.matters.length).toBe(4)
      expect(r.value.fourReductions.materials.after).toBeLessThan(r.value.fourReductions.materials.before)
    }
  })

  it("the four stages of 工程建设项目审批 each save steps against their members", () => {
    for (const id of ["gcjs-1", "gcjs-2", "gcjs-3", "gcjs-4"]) {
      const r = analyseBundle(t2020, id)
      expect(r.ok && r.value.fourReductions.steps.reduction).toBeGreaterThan(0)
    }
  })

  it("merged materials never outnumber the members' materials", () => {
    fc.assert(
      fc.property(arbCatalogue(), (c) => {
        for (const b of c.bundles) {
          const r = analyseBundle(c, b.id)
          expect(r.ok).toBe(true)
          if (r.ok)
            expect(r.value.fourReductions.materials.after).toBeLessThanOrEqual(r.value.fourReductions.materials.before)
        }
      })
    )
  })

  it("an unknown bundle is an issue", () => {
    const r = analyseBundle(t2019, "nope")
    expect(r.ok ? "" : r.issues[0]?.code).toBe("unknown_bundle")
  })
})
