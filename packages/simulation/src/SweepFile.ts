/**
 * Sweeps as data: a sweep file names a base hall model and the parameters
 * to vary, each over a list of values or a range; the sweep is every
 * combination (the product), one scenario each, named by its settings
 * (`windows.general.count=6,arrivals.scale=1.2`). The scenarios then run
 * as shards over workers and machines like any scenario file, and come out
 * as tidy CSV and as per-scenario intervals.
 *
 * ```json
 * {
 *   "base": { …a hall model… },
 *   "vary": {
 *     "windows.general.count": { "from": 4, "to": 12 },
 *     "arrivals.scale": [1, 1.2, 1.5],
 *     "windows.general.authorisedShare": [0, 0.5, 1],
 *     "services.incomplete": [0.25, 0.12]
 *   }
 * }
 * ```
 *
 * Parameters: `windows.<id>.count` (windows in a group), `windows.<id>.authorisedShare`
 * (the share of a group's windows authorised to decide on the spot: the group
 * splits into `<id>` authorised and `<id>-plain`), `arrivals.scale` (every
 * Poisson `perDay` multiplied), `services.incomplete` and `services.online`
 * (every service), `services.<id>.incomplete` and `services.<id>.online` (one
 * service), `serviceLevelMinutes`, `days`.
 *
 * Glossary: 参数扫描 = sweep, 情景 = scenario, 授权窗口 = authorised window,
 * 补正 = incomplete materials.
 *
 * @since 0.2.0
 */
import { fail, type Issue, ok, type PathSegment, type Result, validate } from "@tongban/core"
import * as z from "zod"
import { simulationCodes } from "./IssueCodes.js"
import { parseModel } from "./Model.js"
import type { Scenario } from "./Sweep.js"

const MAX_SCENARIOS = 1000

const Values = z.union([
  z
    .array(z.union([z.number(), z.boolean(), z.string().max(200)]))
    .min(1)
    .max(1000),
  z.strictObject({
    from: z.number(),
    to: z.number(),
    step: z.number().positive().optional().describe("default 1")
  })
])

/**
 * The zod schema of a sweep file: a base model and the parameters to vary.
 *
 * @example
 * ```ts
 * import { SweepFileSchema } from "@tongban/simulation"
 *
 * SweepFileSchema.safeParse({ base: {}, vary: { "arrivals.scale": [1, 2] } }).data // { base: {}, vary: { "arrivals.scale": [1, 2] } }
 * SweepFileSchema.safeParse({ base: {}, vary: { "arrivals.scale": { from: 1 } } }).error?.issues.map((i) => i.code) // ["invalid_union"]
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const SweepFileSchema = z.strictObject({
  base: z.unknown().describe("the hall model every scenario starts from"),
  vary: z
    .record(z.string().min(1).max(200), Values)
    .describe("parameter → values (a list, or { from, to, step } inclusive)")
})

/**
 * A sweep file as written in JSON.
 *
 * @since 0.2.0
 * @category models
 */
export type SweepFileInput = z.input<typeof SweepFileSchema>

type Value = number | boolean | string

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v)

// Every element of a list field, changed by f.
const mapList = (
  model: Record<string, unknown>,
  key: string,
  f: (item: unknown) => unknown
): Record<string, unknown> => {
  const list = model[key]
  return { ...model, [key]: Array.isArray(list) ? list.map(f) : list }
}

const withId = (id: string, f: (item: Record<string, unknown>) => unknown) => (item: unknown) =>
  isRecord(item) && item.id === id ? f(item) : item

const hasId = (model: Record<string, unknown>, key: string, id: string): boolean => {
  const list = model[key]
  return Array.isArray(list) && list.some((item) => isRecord(item) && item.id === id)
}

// Applies one setting; undefined when the parameter is not in the grammar or names no such group or service.
const apply = (
  model: Record<string, unknown>,
  parameter: string,
  value: Value
): Record<string, unknown> | undefined => {
  const parts = parameter.split(".")
  const [head, id, field] = parts
  if (parameter === "arrivals.scale" && typeof value === "number")
    return mapList(model, "services", (s) =>
      isRecord(s) && isRecord(s.arrivals) && typeof s.arrivals.perDay === "number"
        ? { ...s, arrivals: { ...s.arrivals, perDay: s.arrivals.perDay * value } }
        : s
    )
  if ((parameter === "serviceLevelMinutes" || parameter === "days") && typeof value === "number")
    return { ...model, [parameter]: value }
  if (head === "services" && parts.length === 2 && (id === "incomplete" || id === "online"))
    return mapList(model, "services", (s) => (isRecord(s) ? { ...s, [id]: value } : s))
  if (head === "services" && parts.length === 3 && id !== undefined && (field === "incomplete" || field === "online"))
    return hasId(model, "services", id)
      ? mapList(
          model,
          "services",
          withId(id, (s) => ({ ...s, [field]: value }))
        )
      : undefined
  if (head === "windows" && parts.length === 3 && id !== undefined && hasId(model, "windows", id)) {
    if (field === "count")
      return mapList(
        model,
        "windows",
        withId(id, (w) => ({ ...w, count: value }))
      )
    if (field === "authorisedShare" && typeof value === "number") {
      const list = Array.isArray(model.windows) ? model.windows : []
      return {
        ...model,
        windows: list.flatMap((w) => {
          if (!isRecord(w) || w.id !== id) return [w]
          const count = typeof w.count === "number" ? w.count : 0
          const authorised = Math.round(count * Math.min(1, Math.max(0, value)))
          return [
            { ...w, count: authorised, authorised: true },
            { ...w, id: `${id}-plain`, count: count - authorised, authorised: false }
          ]
        })
      }
    }
  }
  return undefined
}

const valuesOf = (v: z.output<typeof Values>): ReadonlyArray<Value> => {
  if (Array.isArray(v)) return v
  const step = v.step ?? 1
  const out: Array<number> = []
  for (let k = 0; out.length <= MAX_SCENARIOS; k++) {
    const x = v.from + k * step
    if (x > v.to + 1e-9 * Math.max(1, Math.abs(step))) break
    out.push(Number(x.toPrecision(12)))
  }
  return out
}

/**
 * Expands a sweep file into its scenarios: every combination of the varied
 * parameters applied to the base model, each checked by `parseModel`
 * (issues located under `["vary", parameter]` or the scenario's name). A
 * parameter outside the grammar, a group or service the base does not
 * have, or more than 1000 combinations is an issue.
 *
 * @example
 * ```ts
 * import { parseSweepFile } from "@tongban/simulation"
 *
 * const base = {
 *   departments: [{ id: "d", reviewers: 1 }],
 *   windows: [{ id: "general", count: 2 }],
 *   services: [{ id: "s", department: "d", arrivals: { perDay: 40 }, windowMinutes: { type: "exponential", mean: 10 } }]
 * }
 * const sweep = parseSweepFile({ base, vary: { "windows.general.count": { from: 2, to: 4 }, "arrivals.scale": [1, 1.5] } })
 * sweep.ok ? sweep.value.map((s) => s.name) : []
 * // ["windows.general.count=2,arrivals.scale=1", "windows.general.count=2,arrivals.scale=1.5", "windows.general.count=3,arrivals.scale=1", "windows.general.count=3,arrivals.scale=1.5", "windows.general.count=4,arrivals.scale=1", "windows.general.count=4,arrivals.scale=1.5"]
 * sweep.ok ? sweep.value[1]?.model.services[0]?.arrivals : undefined // { perDay: 60 }
 * const bad = parseSweepFile({ base, vary: { "windows.tax.count": [1] } })
 * bad.ok ? "" : bad.issues[0]?.code // "sweep_parameter_unknown"
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const parseSweepFile = (
  input: unknown,
  options?: { readonly path?: ReadonlyArray<PathSegment> }
): Result<ReadonlyArray<Scenario>> => {
  const prefix = options?.path ?? []
  const shaped = validate(SweepFileSchema, input, { path: prefix })
  if (!shaped.ok) return shaped
  const base = shaped.value.base
  if (!isRecord(base)) {
    const model = parseModel(base, { path: [...prefix, "base"] })
    return model.ok ? ok([{ name: "base", model: model.value }]) : model
  }
  const dimensions = Object.entries(shaped.value.vary).map(([parameter, v]) => ({ parameter, values: valuesOf(v) }))
  const issues: Array<Issue> = []
  for (const d of dimensions) {
    const first = d.values[0]
    if (first === undefined || apply(base, d.parameter, first) === undefined)
      issues.push(
        simulationCodes.issue("sweep_parameter_unknown", {
          path: [...prefix, "vary", d.parameter],
          facts: { parameter: d.parameter }
        })
      )
  }
  const total = dimensions.reduce((n, d) => n * d.values.length, 1)
  if (total > MAX_SCENARIOS)
    issues.push(
      simulationCodes.issue("sweep_too_large", {
        path: [...prefix, "vary"],
        facts: { scenarios: total, max: MAX_SCENARIOS }
      })
    )
  if (issues.length > 0) return fail(issues)
  let combos: Array<{ readonly name: Array<string>; readonly model: Record<string, unknown> }> = [
    { name: [], model: base }
  ]
  for (const d of dimensions)
    combos = combos.flatMap((c) =>
      d.values.flatMap((v) => {
        const model = apply(c.model, d.parameter, v)
        return model === undefined ? [] : [{ name: [...c.name, `${d.parameter}=${String(v)}`], model }]
      })
    )
  const scenarios: Array<Scenario> = []
  for (const c of combos) {
    const name = c.name.length === 0 ? "base" : c.name.join(",")
    const model = parseModel(c.model, { path: [...prefix, "scenarios", name] })
    if (model.ok) scenarios.push({ name, model: model.value })
    else issues.push(...model.issues)
  }
  return issues.length > 0 ? fail(issues) : ok(scenarios)
}
