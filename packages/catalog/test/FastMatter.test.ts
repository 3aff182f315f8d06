import { MatterSchema } from "@tongban/catalog"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { isMatterFast, isTrimmed, matterChecks } from "../src/internal/fastMatter.js"
import { arbMatter } from "./arbitraries/catalogue.js"
import { creditCodeFor } from "./helpers/generate.js"

const department = { id: "d0", name: "县市场监督管理局", creditCode: creditCodeFor(1), kind: "government" } as const

const arbValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    "",
    " x",
    "x\n",
    "0",
    "1",
    "9",
    "20",
    "approve",
    "original",
    "2026-02-30",
    "2026-02-28",
    -1,
    0.5,
    1e13,
    null,
    [],
    {},
    ["1"],
    { amount: 1, unit: "hour" }
  )
)

/** A valid matter with one thing changed: a field replaced, removed or added, at the top or one level down. */
const arbMutated = fc
  .tuple(arbMatter(department, 1), fc.nat(), fc.nat(), arbValue, fc.constantFrom("replace", "remove", "add"))
  .map(([matter, a, b, value, how]) => {
    const copy: Record<string, unknown> = structuredClone({ ...matter })
    const keys = Object.keys(copy)
    const key = keys[a % keys.length] ?? "name"
    const target = copy[key]
    const inner = Array.isArray(target) ? target[b % Math.max(1, target.length)] : target
    const host: Record<string, unknown> =
      typeof inner === "object" && inner !== null && !Array.isArray(inner) && b % 2 === 0
        ? Object.fromEntries(Object.entries(inner))
        : copy
    if (host !== copy && Array.isArray(target)) target[b % Math.max(1, target.length)] = host
    else if (host !== copy) copy[key] = host
    const hostKeys = Object.keys(host)
    const field = how === "add" ? "extra" : (hostKeys[b % Math.max(1, hostKeys.length)] ?? "name")
    if (how === "remove") delete host[field]
    else host[field] = value
    return copy
  })

describe("the fast matter test", () => {
  it("accepts every valid matter, so validation of good data skips zod", () => {
    fc.assert(
      fc.property(arbMatter(department, 7), (m) => isMatterFast(JSON.parse(JSON.stringify(m)))),
      { numRuns: 200 }
    )
  })

  it("never accepts what the zod schema refuses: every field of a matter, its material, step and limits, set to each edge value", () => {
    const matter = fc.sample(
      arbMatter(department, 3).filter((m) => m.materials.length > 0 && m.steps.length > 0 && m.fees.length > 0),
      { numRuns: 1, seed: 42 }
    )[0]
    expect(matter).toBeDefined()
    const edges: ReadonlyArray<unknown> = [
      undefined,
      null,
      true,
      0,
      -1,
      0.5,
      101,
      1001,
      36_601,
      1e13,
      Number.NaN,
      "",
      " a",
      "a ",
      "a\nb",
      "x".repeat(2001),
      "1",
      "7",
      "9",
      "10",
      "20",
      "2026-02-30",
      "2026-02-28",
      "1899-12-31",
      [],
      [""],
      ["8"],
      {},
      { amount: 1, unit: "week" },
      { amount: -1, unit: "hour" }
    ]
    let accepted = 0
    const probe = (value: unknown): void => {
      if (isMatterFast(value)) {
        accepted++
        const r = MatterSchema.safeParse(value)
        expect(r.success).toBe(true)
      }
    }
    for (const key of Object.keys(matter ?? {})) {
      for (const edge of edges) {
        probe({ ...matter, [key]: edge })
        const nested = Reflect.get(matter ?? {}, key)
        const first: unknown = Array.isArray(nested) ? nested[0] : nested
        if (typeof first === "object" && first !== null && !Array.isArray(first)) {
          for (const inner of Object.keys(first)) {
            const changed = { ...first, [inner]: edge }
            probe({ ...matter, [key]: Array.isArray(nested) ? [changed, ...nested.slice(1)] : changed })
          }
        }
      }
    }
    expect(accepted).toBeGreaterThan(0)
  })

  it("never accepts what the zod schema refuses, and what it accepts zod returns unchanged", () => {
    fc.assert(
      fc.property(arbMutated, (value) => {
        if (isMatterFast(value)) {
          const r = MatterSchema.safeParse(value)
          expect(r.success).toBe(true)
          expect(r.data).toEqual(value)
        }
      }),
      { numRuns: 800 }
    )
  })

  it("tells the characters trim removes by a character test, for every UTF-16 unit", () => {
    for (let c = 0; c <= 0xffff; c++) expect(isTrimmed(c)).toBe(String.fromCharCode(c).trim() === "")
  })

  it("judges each matter as the plain test does when a validation's checks remember the lists and materials they accepted", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(arbMutated, arbMatter(department, 2)), { maxLength: 6 }), fc.nat(), (items, k) => {
        // Matters that share their lists and materials, as an importer's readings do; a shared one may be bad.
        const first = items[k % Math.max(1, items.length)]
        const shared = items.map((m) =>
          typeof m === "object" && m !== null && typeof first === "object" && first !== null
            ? { ...m, materials: Reflect.get(first, "materials"), steps: Reflect.get(first, "steps") }
            : m
        )
        const checks = matterChecks()
        for (const m of [...shared, ...shared]) expect(checks.isMatter(m)).toBe(isMatterFast(m))
      }),
      { numRuns: 300 }
    )
  })
})
