import { rankBy } from "@tongban/scoring"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

const desc = (a: number, b: number): number => b - a

describe("rankBy", () => {
  it("standard competition: a rank is 1 + the number of entries strictly ahead (1224)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 40 }), (xs) => {
        const ranks = rankBy(xs, desc)
        xs.forEach((x, i) => {
          expect(ranks[i]).toBe(1 + xs.filter((y) => y > x).length)
        })
      })
    )
  })

  it("dense: a rank is 1 + the number of distinct values ahead (1223)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 40 }), (xs) => {
        const ranks = rankBy(xs, desc, { method: "dense" })
        xs.forEach((x, i) => {
          expect(ranks[i]).toBe(1 + new Set(xs.filter((y) => y > x)).size)
        })
      })
    )
  })

  it("does not depend on the order of the input", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }).chain((xs) =>
          fc.tuple(
            fc.constant(xs),
            fc.shuffledSubarray(
              xs.map((x, i) => [x, i] as const),
              { minLength: xs.length, maxLength: xs.length }
            )
          )
        ),
        ([xs, shuffled]) => {
          const a = rankBy(xs, desc)
          const b = rankBy(
            shuffled.map(([x]) => x),
            desc
          )
          shuffled.forEach(([, i], k) => {
            expect(b[k]).toBe(a[i])
          })
        }
      )
    )
  })

  it("the example from the rule: 90, 95, 90, 80 → 2, 1, 2, 4", () => {
    expect(rankBy([90, 95, 90, 80], desc)).toEqual([2, 1, 2, 4])
  })
})
