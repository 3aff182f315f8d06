/**
 * The hall model: departments and their reviewers, window groups with their
 * skills, services (matters and bundles) with arrivals, channel, window
 * handling, incomplete materials, back-office approval flows (from
 * `@tongban/approval`) and time limits (from `@tongban/deadline`).
 *
 * Glossary: 事项 = matter, 一件事 = bundle, 综合窗口 = general window (serves
 * any department), 专窗 = dedicated window (serves listed departments),
 * 授权窗口 = authorised window (may approve on the spot), 即办 = decided at
 * the window, 补正 = return visit to complete the materials, 网办 = online,
 * 绿色通道 = green channel (priority), 法定时限 / 承诺时限 = statutory /
 * promised time limit, 取号 = ticket, 弃号 = reneging.
 *
 * @since 0.1.0
 */
import {
  type Issue,
  ok,
  fail,
  type PathSegment,
  type Result,
  parseLocalDate,
  validate,
  type LocalDate
} from "@tongban/core"
import { type Flow, FlowInputSchema, parseFlow } from "@tongban/approval"
import { parseTimeLimit, type TimeLimit } from "@tongban/deadline"
import * as z from "zod"
import { DistributionSchema } from "./Distribution.js"
import { simulationCodes } from "./IssueCodes.js"

const Id = z.string().min(1).max(200)
const Clock = z.string().refine((s) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s), {
  params: { code: "clock_malformed", ...simulationCodes.codes.clock_malformed.message }
})
const Share = z.number().min(0).max(1)
const Limit = z.union([z.string().max(40), z.strictObject({ amount: z.number(), unit: z.string().max(20) })])

/**
 * The zod schema of a hall model as written in JSON.
 *
 * @example
 * ```ts
 * import { ModelSchema } from "@tongban/simulation"
 *
 * ModelSchema.safeParse({ departments: [], windows: [], services: [] }).data?.openingHours
 * // [{ from: "09:00", to: "12:00" }, { from: "13:30", to: "17:30" }]
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelSchema = z.strictObject({
  name: z.string().max(500).optional(),
  start: z
    .string()
    .max(20)
    .optional()
    .describe("first working day of the run (YYYY-MM-DD); needs a calendar to turn days into dates"),
  days: z.number().int().min(1).max(3650).default(1).describe("working days over which cases arrive"),
  openingHours: z
    .array(z.strictObject({ from: Clock, to: Clock }))
    .min(1)
    .max(12)
    .default([
      { from: "09:00", to: "12:00" },
      { from: "13:30", to: "17:30" }
    ])
    .describe("the hall's opening hours on a working day; the simulation clock runs only while they last"),
  sampleEvery: z
    .number()
    .min(1)
    .max(100_000)
    .default(30)
    .describe("minutes between samples of the queue-length time series"),
  serviceLevelMinutes: z
    .number()
    .min(0)
    .max(100_000)
    .default(15)
    .describe("the service level's threshold: the share of tickets waiting longer than this many minutes is reported"),
  departments: z
    .array(
      z.strictObject({
        id: Id,
        name: z.string().max(500).optional(),
        reviewers: z.number().int().min(1).max(100_000),
        casesPerReviewer: z
          .number()
          .int()
          .min(1)
          .max(10_000)
          .default(1)
          .describe("files a reviewer works on at once (a step holds one slot per reviewer it needs)")
      })
    )
    .max(1000),
  windows: z
    .array(
      z.strictObject({
        id: Id,
        name: z.string().max(500).optional(),
        count: z.number().int().min(0).max(100_000),
        serves: z
          .union([z.literal("all"), z.array(Id).min(1).max(10_000)])
          .default("all")
          .describe('"all" for 综合窗口, else the departments a 专窗 serves'),
        authorised: z.boolean().default(false).describe("may decide matters on the spot (授权窗口)")
      })
    )
    .max(1000),
  priorities: z
    .array(z.strictObject({ id: Id, share: Share }))
    .max(20)
    .default([])
    .describe(
      "priority classes (e.g. elderly, green channel), highest first, with the share of on-site visitors in each"
    ),
  patience: DistributionSchema.optional().describe(
    "minutes a visitor waits for a window before leaving (弃号); none means no one leaves"
  ),
  services: z
    .array(
      z.strictObject({
        id: Id,
        name: z.string().max(500).optional(),
        kind: z.union([z.literal("matter"), z.literal("bundle")]).default("matter"),
        matters: z
          .array(z.string().min(1).max(200))
          .max(1000)
          .optional()
          .describe("for a bundle (一件事): the matters it joins"),
        department: Id.describe("the lead department, whose windows take the application"),
        arrivals: z.union([
          z.strictObject({
            perDay: z.number().min(0).max(1_000_000),
            profile: z
              .array(z.number().min(0))
              .min(1)
              .max(1440)
              .optional()
              .describe("relative arrival rates over equal slices of the opening hours")
          }),
          z.strictObject({
            trace: z
              .array(z.union([z.number().min(0), z.string().max(40)]))
              .max(5_000_000)
              .describe(
                'arrival times: working minutes from the first opening, or local timestamps "YYYY-MM-DDTHH:MM" (need `start` and a calendar)'
              )
          })
        ]),
        online: Share.default(0).describe("share of applications made online (no window visit)"),
        windowMinutes: DistributionSchema.describe("minutes at the window"),
        approveAtWindow: z.boolean().default(false).describe("an authorised window decides it on the spot (即办)"),
        incomplete: Share.default(0).describe("probability that the materials are incomplete at a submission"),
        returnDays: DistributionSchema.optional().describe(
          "working days until the applicant comes back with the missing materials (default 1)"
        ),
        flow: FlowInputSchema.optional().describe("the back-office approval flow (see @tongban/approval)"),
        statutory: Limit.optional().describe('statutory limit, e.g. "20wd" or "20个工作日"'),
        promised: Limit.optional().describe('promised limit, e.g. "5wd"')
      })
    )
    .max(10_000)
})

/**
 * A hall model as written in JSON, before validation.
 *
 * @since 0.1.0
 * @category models
 */
export type ModelInput = z.input<typeof ModelSchema>

type Shape = z.output<typeof ModelSchema>

/**
 * A service after validation: its flow parsed by `@tongban/approval` and its
 * limits by `@tongban/deadline`.
 *
 * @since 0.1.0
 * @category models
 */
export type Service = Omit<Shape["services"][number], "flow" | "statutory" | "promised"> & {
  readonly flow: Flow | undefined
  readonly statutory: TimeLimit | undefined
  readonly promised: TimeLimit | undefined
}

/**
 * A validated hall model: plain data, every reference resolved.
 *
 * @since 0.1.0
 * @category models
 */
export type Model = Omit<Shape, "services" | "start"> & {
  readonly start: LocalDate | undefined
  readonly services: ReadonlyArray<Service>
  /** Minutes the hall is open on a working day. */
  readonly dayMinutes: number
}

const minutesOf = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))

const MAX_EXPECTED_CASES = 5_000_000
const MAX_FLOW_WORK = 50_000_000

/**
 * Validates a hall model: its shape (zod), then the references (departments
 * of windows, services and flow steps), the opening hours, the priority
 * shares, the flows (`parseFlow`) and the time limits (`parseTimeLimit`).
 * Every problem is a located bilingual issue; nothing throws.
 *
 * @param input - the model as plain data (for instance from `parseJson`)
 * @returns the model, or the issues
 *
 * @example
 * ```ts
 * import { parseModel } from "@tongban/simulation"
 *
 * const r = parseModel({
 *   departments: [{ id: "market", reviewers: 2 }],
 *   windows: [{ id: "general", count: 3 }],
 *   services: [{ id: "licence", department: "market", arrivals: { perDay: 40 }, windowMinutes: { type: "exponential", mean: 10 } }]
 * })
 * r.ok ? r.value.dayMinutes : 0 // 420
 * const bad = parseModel({ departments: [], windows: [{ id: "w", count: 1, serves: ["tax"] }], services: [] })
 * bad.ok ? "" : bad.issues[0]?.code // "unknown_department"
 * ```
 *
 * @since 0.1.0
 * @category parsing
 */
export const parseModel = (input: unknown, options?: { readonly path?: ReadonlyArray<PathSegment> }): Result<Model> => {
  const prefix = options?.path ?? []
  const shaped = validate(ModelSchema, input, { path: prefix })
  if (!shaped.ok) return shaped
  const data = shaped.value
  const issues: Array<Issue> = []
  const departments = new Set<string>()
  data.departments.forEach((d, i) => {
    if (departments.has(d.id))
      issues.push(
        simulationCodes.issue("duplicate_id", { path: [...prefix, "departments", i, "id"], facts: { id: d.id } })
      )
    departments.add(d.id)
  })
  const unknown = (id: string, path: ReadonlyArray<PathSegment>): Issue =>
    simulationCodes.issue("unknown_department", { path, facts: { id } })
  const windowIds = new Set<string>()
  data.windows.forEach((w, i) => {
    if (windowIds.has(w.id))
      issues.push(
        simulationCodes.issue("duplicate_id", {
          path: [...prefix, "windows", i, "id"],
          facts: { id: w.id },
          variant: "window"
        })
      )
    windowIds.add(w.id)
    if (w.serves !== "all")
      w.serves.forEach((d, j) => {
        if (!departments.has(d)) issues.push(unknown(d, [...prefix, "windows", i, "serves", j]))
      })
  })
  let dayMinutes = 0
  let previousEnd = -1
  data.openingHours.forEach((h, i) => {
    const from = minutesOf(h.from)
    const to = minutesOf(h.to)
    if (to <= from || from < previousEnd) {
      issues.push(
        simulationCodes.issue("opening_hours_order", {
          path: [...prefix, "openingHours", i],
          facts: { from: h.from, to: h.to }
        })
      )
    }
    previousEnd = to
    dayMinutes += Math.max(0, to - from)
  })
  const shareSum = data.priorities.reduce((s, p) => s + p.share, 0)
  if (shareSum > 1 + 1e-9) {
    issues.push(
      simulationCodes.issue("priority_shares_exceed_one", { path: [...prefix, "priorities"], facts: { sum: shareSum } })
    )
  }
  let start: LocalDate | undefined
  if (data.start !== undefined) {
    const parsed = parseLocalDate(data.start, { path: [...prefix, "start"] })
    if (parsed.ok) start = parsed.value
    else issues.push(...parsed.issues)
  }
  const serviceIds = new Set<string>()
  const services: Array<Service> = []
  let expected = 0
  let flowWork = 0
  data.services.forEach((s, i) => {
    const path = [...prefix, "services", i]
    if (serviceIds.has(s.id))
      issues.push(
        simulationCodes.issue("duplicate_id", { path: [...path, "id"], facts: { id: s.id }, variant: "service" })
      )
    serviceIds.add(s.id)
    if (!departments.has(s.department)) issues.push(unknown(s.department, [...path, "department"]))
    else if (
      s.online < 1 &&
      !data.windows.some((w) => w.count > 0 && (w.serves === "all" || w.serves.includes(s.department)))
    ) {
      issues.push(
        simulationCodes.issue("no_window_for_service", {
          path: [...path, "department"],
          facts: { id: s.id, department: s.department }
        })
      )
    }
    const arriving = "perDay" in s.arrivals ? s.arrivals.perDay * data.days : s.arrivals.trace.length
    expected += arriving
    flowWork += arriving * (1 + (s.flow === undefined ? 0 : s.flow.steps.length + (s.flow.gateways?.length ?? 0)))
    if ("trace" in s.arrivals) {
      s.arrivals.trace.forEach((t, j) => {
        if (typeof t !== "string") return
        const at = [...path, "arrivals", "trace", j]
        const date = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d$/.exec(t)
        if (date === null || !parseLocalDate(date[1]).ok) {
          issues.push(simulationCodes.issue("trace_timestamp_malformed", { path: at, facts: { input: t } }))
        } else if (data.start === undefined) {
          issues.push(simulationCodes.issue("trace_needs_start", { path: at, facts: { input: t } }))
        } else if ((date[1] ?? "") < data.start) {
          issues.push(simulationCodes.issue("trace_before_start", { path: at, facts: { input: t, start: data.start } }))
        }
      })
    }
    if ("profile" in s.arrivals && s.arrivals.profile !== undefined && !s.arrivals.profile.some((w) => w > 0)) {
      issues.push(simulationCodes.issue("profile_all_zero", { path: [...path, "arrivals", "profile"] }))
    }
    let flow: Flow | undefined
    if (s.flow !== undefined) {
      const parsed = parseFlow(s.flow, { path: [...path, "flow"] })
      if (!parsed.ok) issues.push(...parsed.issues)
      else {
        flow = parsed.value
        parsed.value.steps.forEach((step, j) => {
          const department = data.departments.find((d) => d.id === step.department)
          if (department === undefined)
            issues.push(unknown(step.department, [...path, "flow", "steps", j, "department"]))
          else if (step.reviewers > department.reviewers * department.casesPerReviewer) {
            issues.push(
              simulationCodes.issue("step_needs_more_reviewers", {
                path: [...path, "flow", "steps", j, "reviewers"],
                facts: { step: step.id, needs: step.reviewers, has: department.reviewers }
              })
            )
          }
        })
      }
    }
    const limit = (value: unknown, key: string): TimeLimit | undefined => {
      if (value === undefined) return undefined
      const parsed = parseTimeLimit(value, { path: [...path, key] })
      if (parsed.ok) return parsed.value
      issues.push(...parsed.issues)
      return undefined
    }
    services.push({ ...s, flow, statutory: limit(s.statutory, "statutory"), promised: limit(s.promised, "promised") })
  })
  if (flowWork > MAX_FLOW_WORK) {
    issues.push(
      simulationCodes.issue("model_too_large", {
        path: [...prefix, "services"],
        facts: { expected: Math.round(flowWork), limit: MAX_FLOW_WORK }
      })
    )
  } else if (expected > MAX_EXPECTED_CASES) {
    issues.push(
      simulationCodes.issue("model_too_large", {
        path: [...prefix, "services"],
        facts: { expected: Math.round(expected), limit: MAX_EXPECTED_CASES },
        variant: "cases"
      })
    )
  }
  if (issues.length > 0) return fail(issues)
  return ok({ ...data, start, services, dayMinutes })
}

/**
 * The JSON Schema of a hall model (input form), for editors and for systems
 * not written in TypeScript.
 *
 * @example
 * ```ts
 * import { modelJsonSchema } from "@tongban/simulation"
 *
 * modelJsonSchema().type // "object"
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const modelJsonSchema = (): Record<string, unknown> => z.toJSONSchema(ModelSchema, { io: "input" })
