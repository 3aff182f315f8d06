import {
  checkCreditCode,
  checkIdCard,
  checkRegionCode,
  creditCodeCheckChar,
  idCardCheckChar,
  isBasicCode
} from "@tongban/catalog"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"

describe("unified social credit code (GB 32100—2015)", () => {
  it.each([
    // The example code printed in GB 32100—2015 and its guides.
    "91350100M000100Y43",
    // Codes published on the licences of well-known enterprises.
    "9144030071526726XG",
    "91440300708461136T",
    "91330100799655058B",
    "91110108551385082Q"
  ])("GB 32100—2015 check character of %s", (code) => {
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code.slice(17))
    expect(checkCreditCode(code)).toEqual({ ok: true, value: code })
  })

  it("reports a wrong check character with the expected one", () => {
    const r = checkCreditCode("91350100M000100Y44", { path: ["departments", 0, "creditCode"] })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe("credit_code_check")
      expect(r.issues[0]?.facts.expected).toBe("3")
      expect(r.issues[0]?.path).toEqual(["departments", 0, "creditCode"])
    }
  })

  it.each(["", "91350100M000100Y4", "91350100M000100Y433", "9135010OM000100Y43", "913501A0M000100Y43", 42, null])(
    "refuses the malformed %s",
    (input) => {
      const r = checkCreditCode(input)
      expect(r.ok ? "" : r.issues[0]?.code).toBe("credit_code_format")
    }
  )

  const arbBody = fc
    .tuple(
      fc.constantFrom("11", "12", "51", "91", "92", "93"),
      fc.stringMatching(/^\d{6}$/),
      fc.array(fc.constantFrom(...CREDIT_CHARSET), { minLength: 9, maxLength: 9 })
    )
    .map(([head, region, rest]) => `${head}${region}${rest.join("")}`)

  it("a body with its computed check character is valid", () => {
    fc.assert(fc.property(arbBody, (body) => checkCreditCode(`${body}${creditCodeCheckChar(body) ?? ""}`).ok))
  })

  it("every single-character substitution is detected (31 is prime, the weights are not multiples of it)", () => {
    fc.assert(
      fc.property(arbBody, fc.integer({ min: 8, max: 16 }), fc.constantFrom(...CREDIT_CHARSET), (body, at, c) => {
        fc.pre(body.charAt(at) !== c)
        const code = `${body}${creditCodeCheckChar(body) ?? ""}`
        const changed = `${code.slice(0, at)}${c}${code.slice(at + 1)}`
        return !checkCreditCode(changed).ok
      })
    )
  })
})

describe("citizen identity number (GB 11643—1999)", () => {
  it.each(["11010519491231002X", "440524188001010014"])("GB 11643—1999 example %s is valid", (id) => {
    expect(idCardCheckChar(id.slice(0, 17))).toBe(id.slice(17))
    expect(checkIdCard(id).ok).toBe(true)
  })

  it("accepts a lower-case x and returns it upper-case", () => {
    expect(checkIdCard("11010519491231002x")).toEqual({ ok: true, value: "11010519491231002X" })
  })

  it.each([
    ["110105194912310021", "id_card_check"],
    ["110105194902301234", "id_card_birth_date"],
    ["1101051949123100", "id_card_format"],
    ["11010519491231002Y", "id_card_format"]
  ])("%s → %s", (id, code) => {
    const r = checkIdCard(id)
    expect(r.ok ? "" : r.issues[0]?.code).toBe(code)
  })

  it("every single-digit substitution is detected (ISO 7064 MOD 11-2)", () => {
    const arbId = fc
      .tuple(fc.stringMatching(/^\d{6}$/), fc.integer({ min: 0, max: 40_000 }), fc.stringMatching(/^\d{3}$/))
      .map(([region, day, seq]) => {
        const d = new Date(Date.UTC(1950, 0, 1) + day * 86_400_000)
        const birth = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, "0")}${String(d.getUTCDate()).padStart(2, "0")}`
        const body = `${region}${birth}${seq}`
        return `${body}${idCardCheckChar(body) ?? ""}`
      })
    fc.assert(
      fc.property(arbId, fc.integer({ min: 14, max: 16 }), fc.integer({ min: 0, max: 9 }), (id, at, digit) => {
        expect(checkIdCard(id).ok).toBe(true)
        fc.pre(id.charAt(at) !== String(digit))
        return !checkIdCard(`${id.slice(0, at)}${digit}${id.slice(at + 1)}`).ok
      })
    )
  })
})

describe("administrative division codes and basic codes", () => {
  it.each(["522600", "520000", "522601001000", "110105"])("%s is well formed", (code) => {
    expect(checkRegionCode(code).ok).toBe(true)
  })
  it.each(["992600", "52260", "5226001", "52260A", 522600])("%s is not", (code) => {
    const r = checkRegionCode(code)
    expect(r.ok ? "" : r.issues[0]?.code).toBe("region_code_invalid")
  })
  it("basic codes have 12 characters, or the legacy 10 and 24", () => {
    expect([10, 12, 24, 11, 31].map((n) => isBasicCode("0".repeat(n)))).toEqual([true, true, true, false, false])
  })
})
