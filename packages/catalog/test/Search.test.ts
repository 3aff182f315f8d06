import { normaliseQuery, searchMatters, searchMattersLinear } from "@tongban/catalog"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbCatalogue } from "./arbitraries/catalogue.js"
import { generateCatalogue } from "./helpers/generate.js"
import { example } from "./helpers/fixtures.js"

const t2020 = example(2020)
const names = (query: string, options?: Parameters<typeof searchMatters>[2]) =>
  searchMatters(t2020, query, options).map((h) => h.matter.name)

describe("searchMatters", () => {
  it("finds 营业执照 by its pinyin initials yyzz", () => {
    expect(names("yyzz")[0]).toBe("营业执照遗失补领、换发")
    expect(searchMatters(t2020, "yyzz")[0]?.match).toBe("initials")
  })

  it("finds by full pinyin, by Chinese name and by code", () => {
    expect(names("shipinjingying")).toContain("食品经营许可")
    expect(names("食品经营")).toEqual(["食品经营许可"])
    const m = t2020.matters[10]
    expect(m).toBeDefined()
    if (m !== undefined) {
      expect(searchMatters(t2020, m.implementationCode)[0]?.matter).toEqual(m)
      expect(searchMatters(t2020, m.basicCode)[0]?.match).toBe("code")
    }
  })

  it("ranks an exact name first, then names beginning with the query, then the rest", () => {
    const hits = searchMatters(t2020, "公司设立登记")
    expect(hits[0]?.matter.name).toBe("公司设立登记")
    const scores = searchMatters(t2020, "登记", { limit: 100 }).map((h) => h.score)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
  })

  it("filters by department, type, service object, online depth and trips", () => {
    const hits = searchMatters(t2020, "许可", {
      departments: ["scj"],
      types: ["01"],
      serviceObjects: ["1"],
      onlineDepth: ["3"],
      maxTrips: 1,
      limit: 100
    })
    expect(hits.length).toBeGreaterThan(0)
    for (const h of hits) {
      expect(h.matter.department).toBe("scj")
      expect(h.matter.type).toBe("01")
      expect(h.matter.serviceObjects).toContain("1")
      expect(h.matter.onlineDepth).toContain("3")
      expect(h.matter.trips).toBeLessThanOrEqual(1)
    }
  })

  it("an empty query lists the matters that pass the filters, in catalogue order", () => {
    const hits = searchMatters(t2020, "  ", { departments: ["gaj"], limit: 100 })
    expect(hits.map((h) => h.index)).toEqual(t2020.matters.flatMap((m, i) => (m.department === "gaj" ? [i] : [])))
  })

  it("normalises full-width letters, case, spaces and punctuation", () => {
    expect(normaliseQuery("ＹＹ zz")).toBe("yyzz")
    expect(names("ＹＹ ZZ")).toEqual(names("yyzz"))
  })

  it("agrees with the linear scan on every query (the index only narrows, never changes, the answer)", () => {
    const big = generateCatalogue({ matters: 600, seed: 7 })
    const sample = big.matters.slice(0, 40)
    const arbQuery = fc.oneof(
      fc
        .constantFrom(...sample.map((m) => m.name))
        .chain((n) =>
          fc.tuple(fc.nat(n.length - 1), fc.integer({ min: 1, max: 4 })).map(([a, l]) => n.slice(a, a + l))
        ),
      fc.constantFrom("yyzz", "spjy", "xk", "s", "djz", "shipin", "0000000001", "11522600", "许", "登记", "q", "zzz"),
      fc.string({ maxLength: 4 })
    )
    fc.assert(
      fc.property(arbQuery, fc.integer({ min: 1, max: 30 }), (q, limit) => {
        expect(searchMatters(big, q, { limit })).toEqual(searchMattersLinear(big, q, { limit }))
      }),
      { numRuns: 200 }
    )
  })

  it("every hit matches the query and passes the filters (generated catalogues)", () => {
    fc.assert(
      fc.property(
        arbCatalogue(),
        fc.constantFrom("营", "执照", "yy", "a", "0"),
        fc.integer({ min: 0, max: 3 }),
        (c, q, maxTrips) => {
          for (const h of searchMatters(c, q, { maxTrips })) {
            expect(h.score).toBeGreaterThan(0)
            expect(h.matter.trips).toBeLessThanOrEqual(maxTrips)
          }
        }
      ),
      { numRuns: 50 }
    )
  })

  it("builds its index once per catalogue: a new matters array gets a new index", () => {
    const c = { matters: t2020.matters.slice(0, 5) }
    const first = searchMatters(c, "dj")
    const changed = { matters: [...c.matters.slice(1)] }
    expect(searchMatters(changed, "dj").length).toBeLessThanOrEqual(first.length)
  })
})
