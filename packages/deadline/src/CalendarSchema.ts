/**
 * Calendar data from outside: zod schemas and JSON Schemas of a calendar
 * layer and of a whole calendar, so that a county can supply its own layer
 * as JSON and have every mistake located.
 *
 * Glossary: 图层 = layer, 放假 = day off, 调休上班 = make-up working day,
 * 取消调休 = cancelled make-up working day, 来源 = source.
 *
 * @since 0.1.0
 */
import {
  checkJsonValue,
  fail,
  type Issue,
  makeIssue,
  ok,
  parseJson,
  parseLocalDate,
  type PathSegment,
  prefixIssues,
  type Result,
  validate
} from "@tongban/core"
import * as z from "zod"
import type { CalendarLayer, WorkCalendar } from "./Calendar.js"
import { fileIssue } from "./internal/fileCodes.js"
import { checkCalendar } from "./WorkingDays.js"

// The refinements name their code only: `fileIssues` builds every issue of
// a file from the deadline code table, with the facts read from the value.
const DateTextSchema = z.string().refine((s) => parseLocalDate(s).ok, { params: { code: "date_invalid" } })

const Text = z.string().min(1).max(500)
const MessageSchema = z.object({ zh: Text, en: Text }).strict()

const DateRangeSchema = z
  .object({ from: DateTextSchema, to: DateTextSchema })
  .strict()
  .refine((r) => r.from <= r.to, { params: { code: "range_reversed" } })

const SourceSchema = z
  .object({
    id: Text,
    title: Text,
    signed: z.string().max(20).exactOptional(),
    url: z.string().max(2000).exactOptional()
  })
  .strict()

const DayOffSchema = z
  .object({ from: DateTextSchema, to: DateTextSchema, name: MessageSchema, source: Text })
  .strict()
  .refine((r) => r.from <= r.to, { params: { code: "range_reversed" } })

const DatedSchema = z.object({ date: DateTextSchema, name: MessageSchema, source: Text }).strict()

const AnnualSchema = z
  .object({
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    days: z.number().int().min(1).max(31),
    name: MessageSchema,
    source: Text,
    fromYear: z.number().int().min(1900).max(2200),
    toYear: z.number().int().min(1900).max(2200).exactOptional()
  })
  .strict()

/**
 * The zod schema of a calendar layer. Every entry's `source` must be the `id`
 * of one of the layer's `sources`.
 *
 * @example
 * ```ts
 * import { CalendarLayerSchema } from "@tongban/deadline"
 *
 * CalendarLayerSchema.safeParse({ id: "x" }).success // false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const CalendarLayerSchema: z.ZodType<CalendarLayer> = z
  .object({
    id: Text,
    name: MessageSchema,
    level: z.enum(["national", "province", "prefecture", "county", "centre"]),
    coverage: DateRangeSchema.exactOptional(),
    sources: z.array(SourceSchema).min(1).max(1000),
    daysOff: z.array(DayOffSchema).max(20000),
    workdays: z.array(DatedSchema).max(20000),
    cancelledWorkdays: z.array(DatedSchema).max(20000).exactOptional(),
    annualDaysOff: z.array(AnnualSchema).max(1000).exactOptional()
  })
  .strict()
  .superRefine((layer, ctx) => {
    const ids = new Set(layer.sources.map((s) => s.id))
    const check = (list: ReadonlyArray<{ readonly source: string }>, key: string) =>
      list.forEach((entry, i) => {
        if (!ids.has(entry.source)) {
          ctx.addIssue({
            code: "custom",
            path: [key, i, "source"],
            params: { code: "source_unknown", source: entry.source }
          })
        }
      })
    check(layer.daysOff, "daysOff")
    check(layer.workdays, "workdays")
    check(layer.cancelledWorkdays ?? [], "cancelledWorkdays")
    check(layer.annualDaysOff ?? [], "annualDaysOff")
  })

/**
 * The zod schema of a whole calendar.
 *
 * @example
 * ```ts
 * import { WorkCalendarSchema } from "@tongban/deadline"
 *
 * WorkCalendarSchema.safeParse({ id: "x", weekdays: [8] }).success // false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const WorkCalendarSchema: z.ZodType<WorkCalendar> = z
  .object({
    id: Text,
    name: MessageSchema,
    weekdays: z
      .array(
        z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)])
      )
      .max(7),
    coverage: DateRangeSchema,
    layers: z.array(CalendarLayerSchema).max(1000),
    announcedThrough: DateTextSchema.exactOptional()
  })
  .strict()

/** JSON text parsed, or a value checked for hostile keys and depth; the issues located under `path`. */
export const fromText = (input: unknown, path: ReadonlyArray<PathSegment> = []): Result<unknown> => {
  const read = typeof input === "string" ? parseJson(input) : undefined
  if (read?.ok === true) return read
  const issues = read === undefined ? checkJsonValue(input) : read.issues
  if (issues.length === 0) return ok(input)
  return fail(path.length === 0 ? issues : prefixIssues(issues, path))
}

/** A file's value validated by a schema, every issue from the deadline code table (see `fileIssue`). */
export const validateFile = <S extends z.ZodType>(
  schema: S,
  value: unknown,
  path: ReadonlyArray<PathSegment>
): Result<z.output<S>> => {
  const shaped = validate(schema, value, { path })
  return shaped.ok ? shaped : fail(shaped.issues.map((issue) => fileIssue(issue, value, path)))
}

/**
 * Reads a calendar layer (a province's, prefecture's, county's or centre's
 * days off) from JSON text or a parsed value, with every problem located.
 *
 * @example
 * ```ts
 * import { parseCalendarLayer } from "@tongban/deadline"
 *
 * const r = parseCalendarLayer(`{"id":"c","name":{"zh":"中心","en":"centre"},"level":"centre",
 *   "sources":[{"id":"n1","title":"通知"}],
 *   "daysOff":[{"from":"2024-03-12","to":"2024-03-12","name":{"zh":"检修","en":"maintenance"},"source":"n2"}],
 *   "workdays":[]}`)
 * r.ok ? [] : r.issues.map((i) => i.code) // ["source_unknown"]
 * ```
 *
 * @since 0.1.0
 * @category parsing
 */
export const parseCalendarLayer = (
  input: unknown,
  options?: { readonly path?: ReadonlyArray<PathSegment> }
): Result<CalendarLayer> => {
  const path = options?.path ?? []
  const value = fromText(input, path)
  if (!value.ok) return value
  return validateFile(CalendarLayerSchema, value.value, path)
}

/**
 * Reads a whole calendar from JSON text or a parsed value and checks it the
 * way it will be used: shape, dates, sources, cancellations of make-up days
 * that exist, a non-empty coverage.
 *
 * @example
 * ```ts
 * import { parseCalendar } from "@tongban/deadline"
 *
 * const r = parseCalendar({
 *   id: "mini", name: { zh: "示例", en: "example" }, weekdays: [1, 2, 3, 4, 5],
 *   coverage: { from: "2030-01-01", to: "2030-12-31" }, layers: []
 * })
 * r.ok // true
 * parseCalendar("{").ok // false
 * ```
 *
 * @since 0.1.0
 * @category parsing
 */
export const parseCalendar = (
  input: unknown,
  options?: { readonly path?: ReadonlyArray<PathSegment> }
): Result<WorkCalendar> => {
  const path = options?.path ?? []
  const value = fromText(input, path)
  if (!value.ok) return value
  const shaped = validateFile(WorkCalendarSchema, value.value, path)
  if (!shaped.ok) return shaped
  const checked = checkCalendar(shaped.value)
  if (checked.ok) return checked
  return {
    ok: false,
    issues: checked.issues.map((issue: Issue) =>
      path.length === 0 ? issue : makeIssue({ ...issue, path: [...path, ...issue.path] })
    )
  }
}

/**
 * The JSON Schema of a calendar layer, for counties that write their layer
 * by hand or in another language.
 *
 * @example
 * ```ts
 * import { calendarLayerJsonSchema } from "@tongban/deadline"
 *
 * calendarLayerJsonSchema().type // "object"
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const calendarLayerJsonSchema = (): Record<string, unknown> =>
  z.toJSONSchema(CalendarLayerSchema, { io: "input" })

/**
 * The JSON Schema of a whole calendar.
 *
 * @example
 * ```ts
 * import { calendarJsonSchema } from "@tongban/deadline"
 *
 * calendarJsonSchema().type // "object"
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const calendarJsonSchema = (): Record<string, unknown> => z.toJSONSchema(WorkCalendarSchema, { io: "input" })
