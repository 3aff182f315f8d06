import {
  choiceOption,
  customOption,
  flagOption,
  listOption,
  numberOption,
  optionalNumberOption,
  repeatableOption,
  UsageError
} from "@tongban/cli"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

const m = { zh: "数", en: "n" }
const refused = (f: () => unknown): UsageError | undefined => {
  try {
    f()
  } catch (error) {
    if (error instanceof UsageError) return error
    throw error
  }
  return undefined
}

describe("the one number parser", () => {
  it("takes every whole number within the bounds, as written, and refuses every one outside", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -2000, max: 2000 }),
        (a, b, n) => {
          const [min, max] = a <= b ? [a, b] : [b, a]
          const option = numberOption("--n <n>", m, min, { integer: true, min, max })
          const error = refused(() => option.parse(String(n), "--n"))
          if (n >= min && n <= max) {
            expect(error).toBeUndefined()
            expect(option.parse(String(n), "--n")).toBe(n)
          } else {
            expect(error?.text.en).toContain("--n must be a whole number")
          }
        }
      )
    )
  })

  it("strict bounds exclude the bound itself", () => {
    const share = numberOption("--share <x>", m, 0.5, { min: 0, max: 1, exclusiveMin: true, exclusiveMax: true })
    expect(share.parse("0.25", "--share")).toBe(0.25)
    for (const bad of ["0", "1", "-0.1", "1.5"])
      expect(refused(() => share.parse(bad, "--share"))?.text.en).toContain("> 0 and < 1")
  })

  it("text that is not a number, a fraction for a whole number, and huge digits are refused; absent is the default", () => {
    const whole = numberOption("--k <k>", m, 3, { integer: true, min: 0, max: 1e9 })
    for (const bad of ["", " ", "abc", "2.5", "1e3", "0x10", "Infinity", "NaN", "99999999999999999999"]) {
      expect(refused(() => whole.parse(bad, "--k"))).toBeInstanceOf(UsageError)
    }
    expect(whole.parse(undefined, "--k")).toBe(3)
    expect(whole.parse(" 7 ", "--k")).toBe(7)
    expect(optionalNumberOption("--k <k>", m, { min: 0, max: 9 }).parse(undefined, "--k")).toBeUndefined()
    expect(refused(() => numberOption("--x <x>", m, 1, { min: 0, max: 10 }).parse("1,5", "--x"))).toBeInstanceOf(
      UsageError
    )
  })

  it("any text either parses to a number within the bounds or is refused with a usage error", () => {
    const option = numberOption("--x <x>", m, 0, { min: -5, max: 5 })
    fc.assert(
      fc.property(fc.string(), (text) => {
        const error = refused(() => option.parse(text, "--x"))
        if (error === undefined) {
          const n = option.parse(text, "--x")
          expect(n).toBeGreaterThanOrEqual(-5)
          expect(n).toBeLessThanOrEqual(5)
        } else expect(error.text.zh).toContain("--x")
      })
    )
  })
})

describe("the other parsers", () => {
  it("choice: one of the words, or the default; anything else is refused naming the choices", () => {
    const by = choiceOption("--by <k>", m, ["staff", "window"], "window")
    expect(by.parse("staff", "--by")).toBe("staff")
    expect(by.parse(undefined, "--by")).toBe("window")
    expect(refused(() => by.parse("__proto__", "--by"))?.text.en).toBe(
      "--by must be one of staff, window (got __proto__)"
    )
  })

  it("flag, repeatable, list and custom options", () => {
    expect(flagOption("--p", m).parse(true, "--p")).toBe(true)
    expect(flagOption("--p", m).parse(undefined, "--p")).toBe(false)
    expect(repeatableOption("--l <f>", m).parse([], "--l")).toEqual([])
    expect(listOption("--d <id...>", m).parse(["a"], "--d")).toEqual(["a"])
    expect(customOption("--c <c>", m, (t) => t?.length).parse("abc", "--c")).toBe(3)
  })
})
