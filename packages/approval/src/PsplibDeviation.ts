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
 * What the makespans of a PSPLIB file of optima or bounds are, from its
 * name: `j30opt.sm` holds proven optima (`"optimum"`); `j60hrs.sm` (best
 * heuristic solutions) and `j60lb.sm` (whose makespan column is the upper
 * bound, the same best known solutions) hold best known makespans, not
 * always optimal (`"best known"`). Any other name gives `undefined`.
 *
 * 文件名为 `j30opt.sm` 的是已证明的最优工期；`j60hrs.sm` 与 `j60lb.sm`
 * 中的工期是目前已知最好的解（上界），不一定最优。
 *
 * @example
 * ```ts
 * import { psplibReferenceKind } from "@tongban/approval"
 *
 * psplibReferenceKind("j30opt.sm") // "optimum"
 * psplibReferenceKind("data/j60hrs.sm") // "best known"
 * psplibReferenceKind("j601_1.sm") // undefined
 * ```
 *
 * @since 0.3.0
 * @category parsing
 */
export const psplibReferenceKind = (fileName: string): "optimum" | "best known" | undefined => {
  if (typeof fileName !== "string") return undefined
  const base = fileName.slice(Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\")) + 1)
  const kind = optimaFile.exec(base)?.[2]?.toLowerCase()
  return kind === undefined ? undefined : kind === "opt" ? "optimum" : "best known"
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
  /**
   * The mean deviation from the critical-path bound (a fraction) over the
   * rows that carry `criticalPathDeviation`, the measure the literature
   * reports for J60 and J120; `undefined` when no row carries it.
   */
  readonly averageCriticalPathDeviation: number | undefined
}

/**
 * Summarises the deviations of a set of scheduled instances the way RCPSP
 * studies report them (Kolisch & Hartmann 2006): the mean deviation over
 * the instances whose optimum is known, how many reached it, and the mean
 * deviation from the critical-path bound (see {@link deviationFromOptimum},
 * called with the critical-path length in place of the optimum).
 *
 * 按文献（Kolisch & Hartmann 2006）的口径汇总：已知最优解的实例的平均偏差、
 * 达到最优的个数，以及与关键路径下界的平均偏差（J60、J120 的通行口径）。
 *
 * @example
 * ```ts
 * import { summariseDeviations } from "@tongban/approval"
 *
 * const s = summariseDeviations([{ deviation: 0, criticalPathDeviation: 0.1 }, { deviation: 0.1, criticalPathDeviation: 0.3 }, {}])
 * s.known // 2
 * s.averageDeviation // 0.05
 * s.optimumReached // 1
 * s.averageCriticalPathDeviation // 0.2
 * ```
 *
 * @since 0.2.0
 * @category analytics
 */
export const summariseDeviations = (
  rows: ReadonlyArray<{ readonly deviation?: number | undefined; readonly criticalPathDeviation?: number | undefined }>
): DeviationSummary => {
  let known = 0
  let sum = 0
  let reached = 0
  let withPath = 0
  let pathSum = 0
  for (const row of rows) {
    if (row.criticalPathDeviation !== undefined) {
      withPath++
      pathSum += row.criticalPathDeviation
    }
    if (row.deviation === undefined) continue
    known++
    sum += row.deviation
    if (row.deviation === 0) reached++
  }
  return {
    instances: rows.length,
    known,
    averageDeviation: known === 0 ? undefined : sum / known,
    optimumReached: reached,
    averageCriticalPathDeviation: withPath === 0 ? undefined : pathSum / withPath
  }
}
