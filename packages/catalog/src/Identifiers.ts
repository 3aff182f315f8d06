/**
 * Identifiers of the catalogue and their check characters: the unified social
 * credit code (GB 32100—2015), the citizen identity number (GB 11643—1999),
 * administrative division codes (GB/T 2260 and its 12-digit extension) and
 * matter codes (基本编码, 实施编码).
 *
 * Glossary: 统一社会信用代码 = unified social credit code (USCC, 18
 * characters), 校验码 = check character, 公民身份号码 = citizen identity
 * number, 行政区划代码 = administrative division code, 基本编码 = basic code
 * of a matter (12 characters; legacy 10 and 24), 实施编码 = implementation
 * code (the implementing department's USCC + exercise level + basic code).
 *
 * @since 0.1.0
 */
import { daysInMonth, fail, ok, type PathSegment, type Result } from "@tongban/core"
import { catalogCodes } from "./IssueCodes.js"

const CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/**
 * The check character (position 18) of a unified social credit code from its
 * first 17 characters (GB 32100—2015, 4.4: weights 3^(i−1) mod 31 over the
 * 31-character set without I, O, Z, S, V). `undefined` when the body is not
 * 17 characters of that set.
 *
 * @example
 * ```ts
 * import { creditCodeCheckChar } from "@tongban/catalog"
 *
 * creditCodeCheckChar("91350100M000100Y4") // "3"
 * creditCodeCheckChar("too short") // undefined
 * ```
 *
 * @since 0.1.0
 * @category validation
 */
export const creditCodeCheckChar = (body: string): string | undefined => {
  if (body.length !== 17) return undefined
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CHARSET.indexOf(body.charAt(i))
    if (value < 0) return undefined
    sum += value * (CREDIT_WEIGHTS[i] ?? 0)
  }
  return CREDIT_CHARSET.charAt((31 - (sum % 31)) % 31)
}

const describe = (input: unknown): string =>
  typeof input === "string" ? JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input) : typeof input

/**
 * Checks a unified social credit code (统一社会信用代码, GB 32100—2015): 18
 * characters, the registration-authority and category characters, the
 * 6-digit division code, the character set, and the check character.
 * Issues: `credit_code_format`, `credit_code_check`.
 *
 * @example
 * ```ts
 * import { checkCreditCode } from "@tongban/catalog"
 *
 * checkCreditCode("91350100M000100Y43").ok // true
 * const bad = checkCreditCode("91350100M000100Y44")
 * bad.ok ? "" : bad.issues[0]?.code // "credit_code_check"
 * ```
 *
 * @since 0.1.0
 * @category validation
 */
export const checkCreditCode = (
  input: unknown,
  options?: { readonly path?: ReadonlyArray<PathSegment> }
): Result<string> => {
  const path = options?.path ?? []
  if (typeof input !== "string" || !/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(input)) {
    return fail(catalogCodes.issue("credit_code_format", { path, facts: { input: describe(input) } }))
  }
  const expected = creditCodeCheckChar(input.slice(0, 17))
  const actual = input.charAt(17)
  if (expected !== actual) {
    return fail(catalogCodes.issue("credit_code_check", { path, facts: { input, expected: expected ?? "", actual } }))
  }
  return ok(input)
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = "10X98765432"

/**
 * The check character of a citizen identity number from its first 17 digits
 * (GB 11643—1999, ISO 7064 MOD 11-2). `undefined` when the body is not 17
 * digits.
 *
 * @example
 * ```ts
 * import { idCardCheckChar } from "@tongban/catalog"
 *
 * idCardCheckChar("11010519491231002") // "X"
 * ```
 *
 * @since 0.1.0
 * @category validation
 */
export const idCardCheckChar = (body: string): string | undefined => {
  if (!/^\d{17}$/.test(body)) return undefined
  let sum = 0
  for (let i = 0; i < 17; i++) sum += (body.charCodeAt(i) - 48) * (ID_WEIGHTS[i] ?? 0)
  return ID_CHECK.charAt(sum % 11)
}

/**
 * Checks a citizen identity number (公民身份号码, GB 11643—1999): 17 digits
 * and a check character (`X` for 10), a real birth date in positions 7–14.
 * A lower-case `x` is accepted and returned upper-case. Issues:
 * `id_card_format`, `id_card_birth_date`, `id_card_check`.
 *
 * @example
 * ```ts
 * import { checkIdCard } from "@tongban/catalog"
 *
 * checkIdCard("11010519491231002X") // { ok: true, value: "11010519491231002X" }
 * const bad = checkIdCard("110105194912310021")
 * bad.ok ? "" : bad.issues[0]?.code // "id_card_check"
 * ```
 *
 * @since 0.1.0
 * @category validation
 */
export const checkIdCard = (
  input: unknown,
  options?: { readonly path?: ReadonlyArray<PathSegment> }
): Result<string> => {
  const path = options?.path ?? []
  if (typeof input !== "string" || !/^\d{17}[\dXx]$/.test(input)) {
    return fail(catalogCodes.issue("id_card_format", { path, facts: { input: describe(input) } }))
  }
  const id = input.toUpperCase()
  const year = Number(id.slice(6, 10))
  const month = Number(id.slice(10, 12))
  const day = Number(id.slice(12, 14))
  if (year < 1800 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail(catalogCodes.issue("id_card_birth_date", { path, facts: { input: id, birth: id.slice(6, 14) } }))
  }
  const expected = idCardCheckChar(id.slice(0, 17))
  const actual = id.charAt(17)
  if (expected !== actual) {
    return fail(catalogCodes.issue("id_card_check", { path, facts: { input: id, expected: expected ?? "", actual } }))
  }
  return ok(id)
}

/**
 * The two-digit province codes of GB/T 2260 (including 71 Taiwan, 81 Hong
 * Kong, 82 Macao).
 *
 * @example
 * ```ts
 * import { PROVINCE_CODES } from "@tongban/catalog"
 *
 * PROVINCE_CODES.includes("52") // true: 贵州省
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const PROVINCE_CODES: ReadonlyArray<string> = [
  "11",
  "12",
  "13",
  "14",
  "15",
  "21",
  "22",
  "23",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "37",
  "41",
  "42",
  "43",
  "44",
  "45",
  "46",
  "50",
  "51",
  "52",
  "53",
  "54",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "81",
  "82"
]

/**
 * Checks an administrative division code (行政区划代码): 6 digits (GB/T 2260:
 * province, prefecture, county) or 12 digits (with township and village),
 * beginning with a province code of GB/T 2260. Only the form is checked: no
 * list of every county ships with the package. Issue: `region_code_invalid`.
 *
 * @example
 * ```ts
 * import { checkRegionCode } from "@tongban/catalog"
 *
 * checkRegionCode("522600").ok // true: 黔东南苗族侗族自治州
 * checkRegionCode("992600").ok // false: no province 99
 * ```
 *
 * @since 0.1.0
 * @category validation
 */
export const checkRegionCode = (
  input: unknown,
  options?: { readonly path?: ReadonlyArray<PathSegment> }
): Result<string> => {
  if (typeof input === "string" && /^(\d{6}|\d{12})$/.test(input) && PROVINCE_CODES.includes(input.slice(0, 2))) {
    return ok(input)
  }
  return fail(
    catalogCodes.issue("region_code_invalid", { path: options?.path ?? [], facts: { input: describe(input) } })
  )
}

/**
 * Is this a matter's basic code (基本编码)? 12 characters (current), or the
 * legacy 10 or 24; digits and capital letters.
 *
 * @example
 * ```ts
 * import { isBasicCode } from "@tongban/catalog"
 *
 * isBasicCode("000105001000") // true
 * isBasicCode("0001050010") // true (legacy 10)
 * isBasicCode("00010500") // false
 * ```
 *
 * @since 0.1.0
 * @category guards
 */
export const isBasicCode = (input: string): boolean => /^[0-9A-Z]+$/.test(input) && [10, 12, 24].includes(input.length)

/**
 * The implementation code (实施编码) a matter must have: the implementing
 * department's unified social credit code (18), the exercise level (1) and
 * the basic code (12; 31 characters in all).
 *
 * @example
 * ```ts
 * import { makeImplementationCode } from "@tongban/catalog"
 *
 * makeImplementationCode("11522600MB1234567X", "4", "000105001000") // "11522600MB1234567X4000105001000"
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeImplementationCode = (creditCode: string, level: string, basicCode: string): string =>
  `${creditCode}${level}${basicCode}`
