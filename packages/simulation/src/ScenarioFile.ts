/**
 * The scenario file: what `tongban simulate` reads. A file holds one hall
 * model, or several named ones to compare side by side:
 * `{ "scenarios": { "today": {…}, "reformed": {…} } }`.
 *
 * Glossary: 情景 = scenario, 仿真 = simulation.
 *
 * @since 0.2.0
 */
import { fail, type Issue, ok, type PathSegment, type Result, validate } from "@tongban/core"
import * as z from "zod"
import { simulationCodes } from "./IssueCodes.js"
import { ModelSchema, parseModel } from "./Model.js"
import type { Scenario } from "./Sweep.js"

const MAX_SCENARIOS = 1000

/**
 * The shape of a scenario file: one model, or `{ scenarios: { name: model } }`
 * with at least one scenario, each name non-empty.
 *
 * @since 0.2.0
 * @category schemas
 */
export const ScenarioFileSchema = z.union([
  z.strictObject({
    scenarios: z.record(z.string().min(1).max(200), ModelSchema).describe("named hall models, compared side by side")
  }),
  ModelSchema
])

const EnvelopeSchema = z.strictObject({ scenarios: z.record(z.string().min(1).max(200), z.unknown()) })

const isRecord = (value: unknown): value is object =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/**
 * Reads a scenario file's content (plain data, for instance from
 * `parseJson`): a value with a `scenarios` key is a set of named models
 * (each checked by `parseModel`, its issues located under
 * `["scenarios", name]`); any other value is one model named `"model"`.
 * An empty set, or more than 1000 scenarios, is an issue.
 *
 * @example
 * ```ts
 * import { parseScenarioFile } from "@tongban/simulation"
 *
 * const model = {
 *   departments: [{ id: "market", reviewers: 2 }],
 *   windows: [{ id: "general", count: 3 }],
 *   services: [{ id: "licence", department: "market", arrivals: { perDay: 40 }, windowMinutes: { type: "exponential", mean: 10 } }]
 * }
 * const one = parseScenarioFile(model)
 * one.ok ? one.value.map((s) => s.name) : [] // ["model"]
 * const two = parseScenarioFile({ scenarios: { today: model, reformed: { ...model, windows: [{ id: "general", count: 4 }] } } })
 * two.ok ? two.value.map((s) => s.name) : [] // ["today", "reformed"]
 * const bad = parseScenarioFile({ scenarios: {} })
 * bad.ok ? "" : bad.issues[0]?.code // "no_scenarios"
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const parseScenarioFile = (
  input: unknown,
  options?: { readonly path?: ReadonlyArray<PathSegment> }
): Result<ReadonlyArray<Scenario>> => {
  const prefix = options?.path ?? []
  if (!isRecord(input) || !Object.hasOwn(input, "scenarios")) {
    const model = parseModel(input, { path: prefix })
    return model.ok ? ok([{ name: "model", model: model.value }]) : model
  }
  const envelope = validate(EnvelopeSchema, input, { path: prefix })
  if (!envelope.ok) return envelope
  // The entries of the input itself: zod's record drops a "__proto__" key, which would lose a scenario silently.
  const named: unknown = Reflect.get(input, "scenarios")
  const entries = isRecord(named) ? Object.entries(named) : []
  if (entries.length === 0 || entries.length > MAX_SCENARIOS) {
    return fail(
      simulationCodes.issue("no_scenarios", {
        path: [...prefix, "scenarios"],
        facts: { count: entries.length, max: MAX_SCENARIOS },
        ...(entries.length === 0 ? {} : { variant: "too_many" })
      })
    )
  }
  const scenarios: Array<Scenario> = []
  const issues: Array<Issue> = []
  for (const [name, value] of entries) {
    const model = parseModel(value, { path: [...prefix, "scenarios", name] })
    if (model.ok) scenarios.push({ name, model: model.value })
    else issues.push(...model.issues)
  }
  return issues.length > 0 ? fail(issues) : ok(scenarios)
}

/**
 * The JSON Schema of a scenario file (input form): one model, or named
 * models under `scenarios`. For editors and for systems not written in
 * TypeScript.
 *
 * @example
 * ```ts
 * import { scenarioFileJsonSchema } from "@tongban/simulation"
 *
 * Object.keys(scenarioFileJsonSchema()) // ["$schema", "anyOf"]
 * ```
 *
 * @since 0.2.0
 * @category schemas
 */
export const scenarioFileJsonSchema = (): Record<string, unknown> => z.toJSONSchema(ScenarioFileSchema, { io: "input" })
