/**
 * Time limits (时限): an amount and a unit, parsed from `20wd`, `15d`, `48h`,
 * `3m`, `1y` or from Chinese `20个工作日`, `15日`, `48小时`, `3个月`, `1年`.
 *
 * Glossary: 时限 = time limit, 法定时限 = statutory limit, 承诺时限 =
 * promised limit, 工作日 = working day, 自然日 = natural (calendar) day,
 * 压缩率 = compression rate.
 *
 * @since 0.1.0
 */
import { type CodeSpecs, codeIssue, fail, type Lang, type PathSegment, type Result, validate } from "@tongban/core"
import * as z from "zod"

/**
 * The unit of a time limit.
 *
 * @since 0.1.0
 * @category time limits
 */
export type TimeUnit = "working_day" | "natural_day" | "hour" | "month" | "year"

/**
 * A time limit: a whole, non-negative amount of a unit. `{ amount: 0 }` is an
 * on-the-spot matter (即办件).
 *
 * @example
 * ```ts
 * import type { TimeLimit } from "@tongban/deadline"
 *
 * const statutory: TimeLimit = { amount: 20, unit: "working_day" }
 * statutory.amount // 20
 * ```
 *
 * @since 0.1.0
 * @category time limits
 */
export interface TimeLimit {
  readonly amount: number
  readonly unit: TimeUnit
}

/**
 * The largest amount a time limit may have (a century of days).
 *
 * @example
 * ```ts
 * import { MAX_TIME_LIMIT_AMOUNT, parseTimeLimit } from "@tongban/deadline"
 *
 * MAX_TIME_LIMIT_AMOUNT // 36600
 * parseTimeLimit({ amount: 36601, unit: "natural_day" }).ok // false
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const MAX_TIME_LIMIT_AMOUNT = 36_600

/**
 * The units, in order from finest to coarsest.
 *
 * @example
 * ```ts
 * import { TIME_UNITS } from "@tongban/deadline"
 *
 * TIME_UNITS // ["hour", "working_day", "natural_day", "month", "year"]
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const TIME_UNITS: ReadonlyArray<TimeUnit> = ["hour", "working_day", "natural_day", "month", "year"]

/**
 * The zod schema of a time limit's object form `{ amount, unit }`.
 *
 * @example
 * ```ts
 * import { TimeLimitSchema } from "@tongban/deadline"
 *
 * TimeLimitSchema.safeParse({ amount: 20, unit: "working_day" }).success // true
 * TimeLimitSchema.safeParse({ amount: -1, unit: "working_day" }).success // false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const TimeLimitSchema: z.ZodType<TimeLimit> = z
  .object({
    amount: z.number().int().min(0).max(MAX_TIME_LIMIT_AMOUNT),
    unit: z.enum(["working_day", "natural_day", "hour", "month", "year"])
  })
  .strict()

const SHORT: Readonly<Record<string, TimeUnit>> = {
  wd: "working_day",
  d: "natural_day",
  h: "hour",
  m: "month",
  y: "year"
}
const CHINESE: ReadonlyArray<readonly [RegExp, TimeUnit]> = [
  [/^(?:个)?工作日$/, "working_day"],
  [/^(?:个)?(?:自然日|日历日|日|天)$/, "natural_day"],
  [/^(?:个)?(?:小时|钟头)$/, "hour"],
  [/^(?:个)?月$/, "month"],
  [/^年$/, "year"]
]

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9
}

/** Reads 0–999 written in Chinese numerals (十五, 二十, 一百零五, 一百二十). */
const chineseNumber = (text: string): number | undefined => {
  let total = 0
  let digit: number | undefined
  let lastScale = 1000
  let any = false
  for (const ch of text) {
    const d = DIGITS[ch]
    if (d !== undefined) {
      if (d === 0 && digit === undefined && any) continue
      if (digit !== undefined) return undefined
      digit = d
      any = true
      continue
    }
    const scale = ch === "百" ? 100 : ch === "十" ? 10 : undefined
    if (scale === undefined || scale >= lastScale) return undefined
    if (digit === undefined && !(scale === 10 && !any)) return undefined
    total += (digit ?? 1) * scale
    digit = undefined
    lastScale = scale
    any = true
  }
  return any ? total + (digit ?? 0) : undefined
}

/** The codes of time limits. */
export const timeLimitCodes = {
  time_limit_malformed: {
    message: {
      zh: "无法识别时限“{input}”，应写作 20wd、15d、48h、3m、1y 或 20个工作日、15日、48小时、3个月、1年",
      en: 'cannot read the time limit "{input}"; write 20wd, 15d, 48h, 3m, 1y or 20个工作日, 15日, 48小时, 3个月, 1年'
    },
    facts: { input: "string" }
  }
} as const satisfies CodeSpecs

const malformed = (input: string, path: ReadonlyArray<PathSegment>) =>
  codeIssue(timeLimitCodes, "time_limit_malformed", { path, facts: { input } })

/**
 * Reads a time limit from text (`"20wd"`, `"15d"`, `"48h"`, `"3m"`, `"1y"`,
 * `"20个工作日"`, `"二十个工作日"`, `"15日"`, `"15天"`, `"48小时"`,
 * `"3个月"`, `"1年"`) or from its object form `{ amount, unit }`.
 *
 * @param input - text or an object, typically from JSON or a command line
 * @param options - `path` locates issues in a larger input
 * @returns the limit, or `time_limit_malformed` / schema issues
 *
 * @example
 * ```ts
 * import { parseTimeLimit } from "@tongban/deadline"
 *
 * parseTimeLimit("20wd") // { ok: true, value: { amount: 20, unit: "working_day" } }
 * parseTimeLimit("3个月") // { ok: true, value: { amount: 3, unit: "month" } }
 * parseTimeLimit("soon").ok // false
 * ```
 *
 * @since 0.1.0
 * @category parsing
 */
export const parseTimeLimit = (
  input: unknown,
  options?: { readonly path?: ReadonlyArray<PathSegment> }
): Result<TimeLimit> => {
  const path = options?.path ?? []
  if (typeof input !== "string") return validate(TimeLimitSchema, input, { path })
  if (input.length > 40) return fail(malformed(`${input.slice(0, 40)}…`, path))
  const text = input.trim()
  const latin = /^(\d{1,6})\s*(wd|d|h|m|y)$/i.exec(text)
  if (latin !== null) {
    const unit = SHORT[(latin[2] ?? "").toLowerCase()]
    if (unit === undefined) return fail(malformed(input, path))
    return validate(TimeLimitSchema, { amount: Number(latin[1]), unit }, { path })
  }
  const cn = /^(\d{1,6}|[零〇一二两三四五六七八九十百]{1,6})\s*(.+)$/.exec(text)
  if (cn !== null) {
    const amountText = cn[1] ?? ""
    const amount = /^\d+$/.test(amountText) ? Number(amountText) : chineseNumber(amountText)
    const unitText = (cn[2] ?? "").trim()
    const unit = CHINESE.find(([re]) => re.test(unitText))?.[1]
    if (amount !== undefined && unit !== undefined) return validate(TimeLimitSchema, { amount, unit }, { path })
  }
  return fail(malformed(input, path))
}

const NAMES: Readonly<Record<TimeUnit, { readonly zh: string; readonly en: readonly [string, string] }>> = {
  working_day: { zh: "个工作日", en: ["working day", "working days"] },
  natural_day: { zh: "日", en: ["day", "days"] },
  hour: { zh: "小时", en: ["hour", "hours"] },
  month: { zh: "个月", en: ["month", "months"] },
  year: { zh: "年", en: ["year", "years"] }
}

/**
 * Writes a time limit for people.
 *
 * @example
 * ```ts
 * import { formatTimeLimit } from "@tongban/deadline"
 *
 * formatTimeLimit({ amount: 20, unit: "working_day" }, "zh") // "20个工作日"
 * formatTimeLimit({ amount: 1, unit: "month" }, "en") // "1 month"
 * ```
 *
 * @since 0.1.0
 * @category formatting
 */
export const formatTimeLimit = (limit: TimeLimit, lang: Lang): string => {
  const name = NAMES[limit.unit]
  return lang === "zh" ? `${limit.amount}${name.zh}` : `${limit.amount} ${limit.amount === 1 ? name.en[0] : name.en[1]}`
}

/**
 * Writes a time limit in the short form `parseTimeLimit` reads (`20wd`).
 *
 * @example
 * ```ts
 * import { shortTimeLimit } from "@tongban/deadline"
 *
 * shortTimeLimit({ amount: 15, unit: "natural_day" }) // "15d"
 * ```
 *
 * @since 0.1.0
 * @category formatting
 */
export const shortTimeLimit = (limit: TimeLimit): string =>
  `${limit.amount}${{ working_day: "wd", natural_day: "d", hour: "h", month: "m", year: "y" }[limit.unit]}`

/**
 * Working days per unit used by {@link approximateWorkingDays}: a year has
 * 250 working days in China (365 days less 104 weekend days less 11–13
 * holiday days, plus make-up days), so a natural day is 250/365 working
 * days, a month 250/12 and an hour 1/24 of a natural day.
 *
 * @example
 * ```ts
 * import { WORKING_DAYS_PER_UNIT } from "@tongban/deadline"
 *
 * WORKING_DAYS_PER_UNIT.year // 250
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const WORKING_DAYS_PER_UNIT: Readonly<Record<TimeUnit, number>> = {
  working_day: 1,
  natural_day: 250 / 365,
  hour: 250 / 365 / 24,
  month: 250 / 12,
  year: 250
}

/**
 * The approximate number of working days in a limit, for comparing limits of
 * different units (a promised 15 days against a statutory 20 working days).
 * Not for due dates: use `dueDate` on a real calendar for those.
 *
 * @example
 * ```ts
 * import { approximateWorkingDays } from "@tongban/deadline"
 *
 * approximateWorkingDays({ amount: 20, unit: "working_day" }) // 20
 * approximateWorkingDays({ amount: 1, unit: "year" }) // 250
 * ```
 *
 * @since 0.1.0
 * @category time limits
 */
export const approximateWorkingDays = (limit: TimeLimit): number => limit.amount * WORKING_DAYS_PER_UNIT[limit.unit]

/**
 * How much a promised limit (承诺时限) shortens the statutory one (法定时限):
 * (statutory − promised) / statutory, after converting both to working days.
 *
 * @returns a share (0.75 = 75 % shorter; negative when the promise is longer),
 * or `undefined` when the statutory limit is zero
 *
 * @example
 * ```ts
 * import { compressionRate } from "@tongban/deadline"
 *
 * compressionRate({ amount: 5, unit: "working_day" }, { amount: 20, unit: "working_day" }) // 0.75
 * compressionRate({ amount: 0, unit: "working_day" }, { amount: 0, unit: "working_day" }) // undefined
 * ```
 *
 * @since 0.1.0
 * @category time limits
 */
export const compressionRate = (promised: TimeLimit, statutory: TimeLimit): number | undefined => {
  const s = approximateWorkingDays(statutory)
  if (s === 0) return undefined
  return (s - approximateWorkingDays(promised)) / s
}

/**
 * Is this a valid time limit object?
 *
 * @example
 * ```ts
 * import { isTimeLimit } from "@tongban/deadline"
 *
 * isTimeLimit({ amount: 3, unit: "month" }) // true
 * isTimeLimit({ amount: 1.5, unit: "month" }) // false
 * ```
 *
 * @since 0.1.0
 * @category guards
 */
export const isTimeLimit = (input: unknown): input is TimeLimit => TimeLimitSchema.safeParse(input).success

/**
 * Builds a time limit, checking it.
 *
 * @example
 * ```ts
 * import { makeTimeLimit } from "@tongban/deadline"
 *
 * makeTimeLimit(20, "working_day") // { ok: true, value: { amount: 20, unit: "working_day" } }
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeTimeLimit = (amount: number, unit: TimeUnit): Result<TimeLimit> => parseTimeLimit({ amount, unit })

/**
 * The JSON Schema of a time limit's object form.
 *
 * @example
 * ```ts
 * import { timeLimitJsonSchema } from "@tongban/deadline"
 *
 * timeLimitJsonSchema().type // "object"
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const timeLimitJsonSchema = (): Record<string, unknown> => z.toJSONSchema(TimeLimitSchema)
