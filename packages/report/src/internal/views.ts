/**
 * The parts of approval's and simulation's results the figures read, as zod
 * schemas: a figure checks its arguments against them first, so data of the
 * wrong shape (plain JavaScript, a foreign file) gives a figure carrying its
 * issues instead of a throw. Extra fields are accepted and ignored.
 */
import * as z from "zod"
import { reportCodes } from "../IssueCodes.js"
import { FigureOptionsObject, fewEnough, TOO_MANY, Num, Text2 } from "./schemas.js"

/** A value of a record only when the record holds it as its own key (never `Object.prototype`'s). */
export const own = <A>(record: Readonly<Record<string, A>> | undefined, key: string): A | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined

/** Display names of scenarios. */
export const NamesSchema = z.record(z.string(), z.string())

/** The options of the simulation figures: a title, an id and the scenarios' display names. */
export const NamedOptionsSchema = FigureOptionsObject.extend({ names: NamesSchema.optional() })

/** A quantile sketch as `quantile` reads it. */
const SummarySchema = z.object({
  count: Num,
  sum: Num,
  min: Num,
  max: Num,
  zeros: Num,
  offset: Num,
  bins: z.array(Num).refine(fewEnough, TOO_MANY)
})

/** The merged runs of scenarios, as `distributionFigure` reads them. */
export const DistributionInputSchema = z
  .array(
    z.object({
      scenario: z.string(),
      summary: z.object({ wait: SummarySchema, cycleDays: SummarySchema, trips: SummarySchema })
    })
  )
  .refine(fewEnough, TOO_MANY)

/** The merged runs of scenarios, as `utilisationFigure` reads them. */
export const UtilisationInputSchema = z
  .array(
    z.object({
      scenario: z.string(),
      report: z.object({
        windowUtilisation: z.record(z.string(), Num),
        departmentUtilisation: z.record(z.string(), Num)
      })
    })
  )
  .refine(fewEnough, TOO_MANY)

/** A mean over replications with its interval. */
export const IntervalSchema = z.object({
  mean: Num,
  ci: z.object({ low: Num, high: Num }),
  runs: Num
})

/** Replication reports as `byHourFigure` reads them, for one hourly measure. */
export const hourInputSchema = (measure: string) =>
  z
    .array(
      z.object({
        scenario: z.string(),
        seeds: z.array(Num).refine(fewEnough, TOO_MANY),
        level: Num,
        hours: z.array(z.object({ hour: Num, [measure]: IntervalSchema })).refine(fewEnough, TOO_MANY)
      })
    )
    .refine(fewEnough, TOO_MANY)

/** Replication reports as `scenarioFigure` reads them. */
export const ScenarioInputSchema = z
  .array(z.object({ scenario: z.string(), level: Num, metrics: z.record(z.string(), IntervalSchema) }))
  .refine(fewEnough, TOO_MANY)

/** A paired comparison as `comparisonFigure` reads it. */
export const ComparisonInputSchema = z.object({
  baseline: z.string(),
  alternative: z.string(),
  seeds: z.array(Num).refine(fewEnough, TOO_MANY),
  level: Num,
  differences: z.record(z.string(), IntervalSchema)
})

/** The metrics to show. */
export const MetricsSchema = z
  .array(z.object({ key: z.string(), name: Text2, scale: Num.optional() }))
  .refine(fewEnough, TOO_MANY)

/** Sweep curves. */
export const SweepCurvesSchema = z
  .array(
    z.object({
      name: z.string(),
      points: z
        .array(z.object({ x: Num, y: Num, low: Num.optional(), high: Num.optional() }))
        .refine(fewEnough, TOO_MANY),
      dashed: z.boolean().optional()
    })
  )
  .refine(fewEnough, TOO_MANY)

/** A sweep's axis names. */
export const AxesSchema = z.object({ x: Text2, y: Text2 })

/** Serial-against-parallel comparisons as `serialParallelFigure` reads them. */
export const NamedComparisonsSchema = z
  .array(
    z.object({
      name: z.string(),
      comparison: z.object({
        serial: Num,
        parallel: Num,
        saving: Num,
        statutory: z.object({ days: Num }),
        promised: z.object({ days: Num }),
        target: Num.nullish()
      })
    })
  )
  .refine(fewEnough, TOO_MANY)

const Ids = z.array(z.string()).refine(fewEnough, TOO_MANY)

/** A flow as `flowFigure` reads it: steps and gateways, each id once. */
export const FlowInputSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    steps: z
      .array(z.object({ id: z.string(), name: z.string(), department: z.string(), after: Ids }))
      .refine(fewEnough, TOO_MANY),
    gateways: z
      .array(
        z.object({
          id: z.string(),
          name: z.string().nullish(),
          kind: z.enum(["parallel", "exclusive", "inclusive"]),
          after: Ids
        })
      )
      .refine(fewEnough, TOO_MANY)
  })
  .refine((f) => new Set([...f.steps, ...f.gateways].map((n) => n.id)).size === f.steps.length + f.gateways.length, {
    params: { code: "node_id_repeated", ...reportCodes.codes.node_id_repeated.message },
    path: ["steps"]
  })

/** A critical-path result as `flowFigure` reads it. */
export const CriticalPathInputSchema = z.object({
  timings: z.array(z.object({ id: z.string(), es: Num, days: Num, critical: z.boolean() })).refine(fewEnough, TOO_MANY)
})
