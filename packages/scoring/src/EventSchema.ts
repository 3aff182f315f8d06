/**
 * The documented shape of an event as JSON: a zod schema and the JSON
 * Schema of an event file, for editors and for systems not written in
 * TypeScript. The readers of `ReadEvents` check events with a faster
 * hand-written validator; a test proves that every event they accept
 * satisfies this schema.
 *
 * Glossary: 事件 = event, 模式 = schema.
 *
 * @since 0.1.0
 */
import * as z from "zod"
import { EVENT_KINDS, LEVELS } from "./Rubric.js"

const scoringEventSchema = z.strictObject({
  kind: z.enum(EVENT_KINDS),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  staff: z.string().max(64).optional(),
  window: z.string().max(64).optional(),
  department: z.string().max(64).optional(),
  code: z.string().max(64).optional(),
  level: z.union([z.enum(LEVELS), z.string(), z.number()]).optional(),
  quantity: z.number().int().min(1).max(1000).optional(),
  points: z.union([z.number(), z.string()]).optional(),
  matterType: z.string().max(64).optional(),
  id: z.string().max(64).optional(),
  ref: z.string().max(64).optional(),
  active: z.boolean().optional(),
  role: z.string().max(64).optional(),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  windowType: z.string().max(64).optional()
})

/**
 * The JSON shape of one event before it is checked: dates are text and a
 * level may still be a code.
 *
 * @since 0.1.0
 * @category models
 */
export type ScoringEventJson = z.infer<typeof scoringEventSchema>

/**
 * The zod schema of one event, for documentation and JSON Schema export.
 * {@link parseEvents} reads events with a faster hand-written check; a test
 * proves that every event it accepts satisfies this schema.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ScoringEventSchema: z.ZodType<ScoringEventJson> = scoringEventSchema

/**
 * The JSON Schema of an event file: an array of events.
 *
 * @example
 * ```ts
 * import { eventsJsonSchema } from "@tongban/scoring"
 *
 * eventsJsonSchema().type // "array"
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const eventsJsonSchema = (): Record<string, unknown> =>
  z.toJSONSchema(z.array(scoringEventSchema), { io: "input" })
