/** fast-check arbitraries of valid catalogues and their parts. */
import type { Catalogue, Department, Material, Matter } from "@tongban/catalog"
import { makeImplementationCode } from "@tongban/catalog"
import type { TimeLimit } from "@tongban/deadline"
import fc from "fast-check"
import { creditCodeFor } from "../helpers/generate.js"

const HAN = [..."营业执照食品经营许可登记变更注销设立备案审批核发申请证明材料居民身份证户口簿建设工程规划施工消防验收"]

/** Tidy single-line text: Chinese characters, letters, digits and a few signs; no surrounding space. */
export const arbText = (max = 12): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(...HAN), fc.constantFrom(..."abcXYZ019|\\（）《》、 ".split(""))), {
      minLength: 1,
      maxLength: max
    })
    .map((cs) => cs.join("").trim())
    .filter((s) => s.length > 0)

export const arbId: fc.Arbitrary<string> = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/)

export const arbLimit: fc.Arbitrary<TimeLimit> = fc.record({
  amount: fc.integer({ min: 0, max: 60 }),
  unit: fc.constantFrom("working_day", "natural_day", "hour", "month", "year")
})

const arbMaterial = (id: string): fc.Arbitrary<Material> =>
  fc.record({
    id: fc.constant(id),
    name: arbText(),
    form: fc.constantFrom("original", "copy", "either"),
    medium: fc.constantFrom("paper", "electronic", "both"),
    necessity: fc.constantFrom("required", "optional", "deferrable"),
    source: fc.constantFrom("10", "20", "99"),
    copies: fc.integer({ min: 0, max: 5 }),
    sharedData: fc.boolean()
  })

const subset = <A>(items: ReadonlyArray<A>): fc.Arbitrary<Array<A>> => fc.subarray([...items], { minLength: 1 })

/** A valid matter of `department`; its code is unique through `serial`. */
export const arbMatter = (department: Department, serial: number): fc.Arbitrary<Matter> =>
  fc
    .record({
      name: arbText(16),
      type: fc.constantFrom("01", "02", "07", "10", "20"),
      level: fc.constantFrom("1", "2", "3", "4", "5", "6"),
      serviceObjects: subset(["1", "2", "3", "4", "5", "6", "9"] as const),
      handlingForms: subset(["1", "2", "3"] as const),
      onlineDepth: fc.subarray(["1", "2", "3", "4", "5", "6", "7"] as const),
      immediate: fc.boolean(),
      statutory: arbLimit,
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      trips: fc.integer({ min: 0, max: 3 }),
      reason: arbText(),
      materialCount: fc.integer({ min: 0, max: 3 }),
      conditions: fc.array(arbText(20), { maxLength: 2 }),
      steps: fc.array(
        fc.record({
          name: arbText(6),
          actor: fc.option(arbText(6), { nil: undefined }),
          limit: fc.option(arbLimit, { nil: undefined })
        }),
        { maxLength: 3 }
      ),
      fee: fc.option(
        fc.record({ name: arbText(6), amount: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }) }),
        { nil: undefined }
      ),
      legalBasis: fc.array(arbText(20), { maxLength: 2 }),
      windowAuthority: fc.constantFrom("approve", "collect"),
      validTo: fc.option(fc.constantFrom("2030-12-31", "2026-06-30"), { nil: undefined }),
      place: fc.option(arbText(), { nil: undefined })
    })
    .chain((r) =>
      fc.tuple(...Array.from({ length: r.materialCount }, (_, k) => arbMaterial(`m${k}`))).map((materials): Matter => {
        const basicCode = String(serial).padStart(12, "0")
        const promisedAmount = r.immediate ? 0 : Math.floor(r.statutory.amount * r.share)
        const fullyOnline = r.handlingForms.includes("2") && r.onlineDepth.includes("5")
        const trips = fullyOnline ? 0 : r.trips
        return {
          name: r.name,
          basicCode,
          implementationCode: makeImplementationCode(department.creditCode, r.level, basicCode),
          type: r.type,
          level: r.level,
          department: department.id,
          serviceObjects: r.serviceObjects,
          handlingForms: r.handlingForms,
          onlineDepth: r.onlineDepth,
          kind: r.immediate ? "immediate" : "promised",
          statutoryLimit: r.statutory,
          promisedLimit: { amount: promisedAmount, unit: r.statutory.unit },
          trips,
          ...(trips > 0 ? { tripsReason: r.reason } : {}),
          materials,
          conditions: r.conditions,
          steps: r.steps.map((s, k) => ({
            name: s.name,
            ...(s.actor === undefined ? {} : { actor: s.actor }),
            ...(s.limit === undefined ? {} : { limit: s.limit }),
            ...(k === 0 && materials.length > 0 ? { materials: materials.map((m) => m.id) } : {})
          })),
          specialProcedures: [],
          fees:
            r.fee === undefined
              ? []
              : [{ name: r.fee.name, ...(r.fee.amount === undefined ? {} : { amount: r.fee.amount }) }],
          legalBasis: r.legalBasis,
          windowAuthority: r.windowAuthority,
          ...(r.place === undefined ? {} : { place: r.place }),
          validFrom: "2020-01-01",
          ...(r.validTo === undefined ? {} : { validTo: r.validTo }),
          version: "1"
        }
      })
    )

/** A valid catalogue: 1–3 departments, 0–`maxMatters` matters, a window and, when there are matters, a bundle. */
export const arbCatalogue = (options?: {
  readonly maxMatters?: number
  readonly withWindowsAndBundles?: boolean
}): fc.Arbitrary<Catalogue> =>
  fc
    .record({
      departmentCount: fc.integer({ min: 1, max: 3 }),
      names: fc.array(arbText(), { minLength: 3, maxLength: 3 }),
      kinds: fc.array(fc.constantFrom("government", "vertical", "institution", "enterprise", "other"), {
        minLength: 3,
        maxLength: 3
      }),
      matterCount: fc.integer({ min: 0, max: options?.maxMatters ?? 5 }),
      version: arbText(6),
      asOf: fc.constantFrom("2019-12-31", "2020-12-31", "2026-01-01")
    })
    .chain((r) => {
      const departments: Array<Department> = Array.from({ length: r.departmentCount }, (_, d) => ({
        id: `d${d}`,
        name: r.names[d] ?? "部门",
        creditCode: creditCodeFor(d + 1),
        kind: r.kinds[d] ?? "government"
      }))
      const departmentOf = (i: number): Department => {
        const d = departments[i % departments.length]
        if (d === undefined) throw new RangeError("no department")
        return d
      }
      const matters = Array.from({ length: r.matterCount }, (_, i) => arbMatter(departmentOf(i), i))
      return fc.tuple(...matters).map((list): Catalogue => {
        const extras = options?.withWindowsAndBundles ?? true
        // Every department hosts a matter, so a CSV (which derives departments from matters) can carry them all.
        const used = departments.filter((d) => extras || list.some((m) => m.department === d.id))
        return {
          region: { code: "522600", name: "黔东南州" },
          version: r.version,
          asOf: r.asOf,
          departments: used,
          windows: extras
            ? [{ id: "w1", name: "综合窗口", kind: "comprehensive", departments: departments.map((d) => d.id) }]
            : [],
          matters: list,
          bundles:
            extras && list.length > 0
              ? [
                  {
                    id: "b1",
                    name: "一件事",
                    lead: "d0",
                    partners: [],
                    matters: list.map((m) => m.implementationCode),
                    promisedLimit: { amount: 1, unit: "working_day" },
                    trips: 0
                  }
                ]
              : []
        }
      })
    })
