/** Pieces the public schemas (Inputs.ts) and the figures' option checks share. */
import { isLocalDate } from "@tongban/core"
import * as z from "zod"
import { reportCodes } from "../IssueCodes.js"

/** The most items an array of a figure's data may hold. */
export const MAX = 100_000

/** Whether a list holds at most {@link MAX} items. */
export const fewEnough = (items: ReadonlyArray<unknown>): boolean => items.length <= MAX

/**
 * The refinement's issue when a list holds more. A refinement, not
 * `.max(MAX)`: zod runs its length checks on any value with a `length`, even
 * one that failed the array check, and `{ length: <an object without a
 * prototype> }` then throws a TypeError comparing the two.
 */
export const TOO_MANY = { params: { code: "list_too_long", ...reportCodes.codes.list_too_long.message } }

/** A `YYYY-MM-DD` text. */
export const DateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** A finite number. */
export const Num = z.number().finite()

/** A share in a result: a number, or absent (`undefined` or JSON's `null`) for an empty list. */
export const Share = z.number().finite().nullish()

/** Days of a calendar as a figure reads them: the date and whether it is a working day. */
export const DaysSchema = z.array(z.object({ date: DateText, working: z.boolean() })).refine(fewEnough, TOO_MANY)

/** A real calendar date, 1900–2200 (core's `isLocalDate`). */
export const LocalDateText = z
  .string()
  .refine(isLocalDate, { params: { code: "date_invalid", ...reportCodes.codes.date_invalid.message } })

/** A bilingual text. */
export const Text2 = z.object({ zh: z.string(), en: z.string() })

/** The options every figure takes, as an object schema a figure's own options extend. */
export const FigureOptionsObject = z.object({ title: Text2.optional(), id: z.string().optional() })
