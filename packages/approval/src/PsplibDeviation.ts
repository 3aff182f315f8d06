/**
 * How far a schedule of a PSPLIB instance lies from the best known
 * makespan, and the summary over a set of instances that the RCPSP
 * literature reports (average deviation, optimum reached).
 *
 * Glossary: 资源受限项目调度 = resource-constrained project scheduling;
 * 最优工期 = optimal makespan; 偏差 = deviation.
 *
 * @since 0.2.0
 */

const optimaFile = /^(j\d+)(opt|hrs|lb)\.sm$/i

/**
 * The instance set of a PSPLIB file of optima or bounds, from its name:
 * `j30opt.sm` (J30 optima), `j60hrs.sm` (best heuristic solutions) and
 * `j90lb.sm` (lower bounds) give `"j30"`, `"j60"`, `"j90"`; any other name
 * gives `undefined` (not a file of optima). A directory part is ignored.
 *
 * @example
 * ```ts
 * import { psplibOptimaSet } from "@tongban/approval"
 *
 * psplibOptimaSet("data/psplib/j30opt.sm") // "j30"
 * psplibOptimaSet("J60HRS.SM") // "j60"
 * psplibOptimaSet("j301_1.sm") // undefined
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const psplibOptimaSet = (fileName: string): string | undefined => {
  if (typeof fileName !== "string") return undefined
  const base = fileName.slice(Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\")) + 1)
  return optimaFile.exec(base)?.[1]?.toLowerCase()
}

/**
 * The relative deviation of a makespan from the optimum (or best known
 * bound), `(makespan − optimum) / optimum`, rounded to six decimals: `0`
 * when the optimum is reached, `0.05` when the schedule is 5 % longer.
 * `undefined` when the optimum is not a positive finite number (no
 * deviation is defined).
 *
 * @example
 * ```ts
 * import { deviationFromOptimum } from "@tongban/approval"
 *
 * deviationFromOptimum(43, 43) // 0
 * deviationFromOptimum(45, 43) // 0.046512
 * deviationFromOptimum(45, 0) // undefined
 * ```
 *
 * @since 0.2.0
 * @category analytics
 */
export const deviationFromOptimum = (makespan: number, optimum: number): number | undefined =>
  Number.isFinite(optimum) && optimum > 0 && Number.isFinite(makespan)
    ? Math.round(((makespan - optimum) / optimum) * 1e6) / 1e6
    : undefined

/**
 * The summary of {@link summariseDeviations}.
 *
 * @since 0.2.0
 * @category models
 */
export interface DeviationSummary {
  /** Instances scheduled. */
  readonly instances: number
  /** Instances whose optimum is known. */
  readonly known: number
  /** The mean deviation over the known instances (a fraction); `undefined` when none is known. */
  readonly averageDeviation: number | undefined
  /** Known instances whose optimum was reached (deviation 0). */
  readonly optimumReached: number
}

/**
 * Summarises the deviations of a set of scheduled instances the way RCPSP
 * studies report them (Kolisch & Hartmann 2006): the mean deviation over
 * the instances whose optimum is known, and how many reached it.
 *
 * @example
 * ```ts
 * import { summariseDeviations } from "@tongban/approval"
 *
 * const s = summariseDeviations([{ deviation: 0 }, { deviation: 0.1 }, {}])
 * s.known // 2
 * s.averageDeviation // 0.05
 * s.optimumReached // 1
 * ```
 *
 * @since 0.2.0
 * @category analytics
 */
export const summariseDeviations = (
  rows: ReadonlyArray<{ readonly deviation?: number | undefined }>
): DeviationSummary => {
  let known = 0
  let sum = 0
  let reached = 0
  for (const row of rows) {
    if (row.deviation === undefined) continue
    known++
    sum += row.deviation
    if (row.deviation === 0) reached++
  }
  return {
    instances: rows.length,
    known,
    averageDeviation: known === 0 ? undefined : sum / known,
    optimumReached: reached
  }
}
