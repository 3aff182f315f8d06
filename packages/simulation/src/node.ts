/**
 * `@tongban/simulation/node`: the sweep runner that spreads (scenario, seed)
 * runs over worker threads. The only part of the package that is not pure:
 * it starts threads. Results are identical whatever the number of workers,
 * because each run is a pure function of its seed and the runs are merged
 * in (scenario, seed) order.
 *
 * Glossary: 工作线程 = worker thread, 进度 = progress.
 *
 * @packageDocumentation
 */
import { fail, type Issue, ok, type Result } from "@tongban/core"
import type { WorkCalendar } from "@tongban/deadline"
import { Worker } from "node:worker_threads"
import { simulationCodes } from "./IssueCodes.js"
import {
  checkShard,
  mergeShards,
  runOne,
  type Scenario,
  type SeedRange,
  type ShardEntry,
  type ShardResult
} from "./Sweep.js"

/**
 * Options of {@link runSweep}.
 *
 * @since 0.1.0
 * @category models
 */
export interface SweepOptions {
  readonly seeds: SeedRange
  /** Worker threads; 0 runs in the calling thread. Default 0. */
  readonly workers?: number
  readonly calendar?: WorkCalendar
  /** Called after each run with the runs done and the total. */
  readonly onProgress?: (done: number, total: number) => void
  /**
   * The worker script. Default: `worker.js` (or `worker.cjs`) beside this
   * module in `dist/`. From TypeScript sources, pass a script that loads a
   * TypeScript loader first (see the package's tests).
   */
  readonly workerUrl?: URL
}

/**
 * The worker script beside this module: `worker.js` next to the ESM build,
 * `worker.cjs` next to the CommonJS one, `worker.ts` next to the source.
 *
 * @example
 * ```ts
 * import { defaultWorkerUrl } from "@tongban/simulation/node"
 *
 * defaultWorkerUrl("file:///app/node_modules/@tongban/simulation/dist/node.cjs").href // "file:///app/node_modules/@tongban/simulation/dist/worker.cjs"
 * ```
 *
 * @since 0.1.0
 * @category sweeps
 */
export const defaultWorkerUrl = (moduleUrl: string = import.meta.url): URL => {
  const ext = moduleUrl.endsWith(".cjs") ? ".cjs" : moduleUrl.endsWith(".ts") ? ".ts" : ".js"
  return new URL(`./worker${ext}`, moduleUrl)
}

const workerFailed = (reason: string): Issue =>
  simulationCodes.issue("sweep_worker_failed", { path: [], facts: { reason } })

const readReply = (message: unknown): Result<ShardEntry> | undefined => {
  if (typeof message !== "object" || message === null) return undefined
  const okFlag: unknown = Reflect.get(message, "ok")
  if (okFlag === true) {
    const checked = checkShard({ entries: [Reflect.get(message, "entry")] })
    const entry = checked.ok ? checked.value.entries[0] : undefined
    return entry === undefined ? undefined : ok(entry)
  }
  const issues: unknown = Reflect.get(message, "issues")
  return Array.isArray(issues) ? fail(issues.map((i) => workerFailed(JSON.stringify(i)))) : undefined
}

/**
 * Runs every scenario with every seed of the range, on `workers` threads
 * (or in this thread with 0), reporting progress. The result equals
 * `runShard(scenarios, { seeds })` whatever the number of workers.
 *
 * @param scenarios - named models (from `parseModel`)
 * @param options - seeds, workers, calendar, progress callback
 * @returns the sorted runs, or the issues of failed runs
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { parseModel } from "@tongban/simulation"
 * import { runSweep } from "@tongban/simulation/node"
 *
 * const model = getOrThrow(parseModel({
 *   departments: [{ id: "d", reviewers: 1 }],
 *   windows: [{ id: "w", count: 1 }],
 *   services: [{ id: "s", department: "d", arrivals: { perDay: 10 }, windowMinutes: { type: "fixed", value: 5 } }]
 * }))
 * const sweep = getOrThrow(await runSweep([{ name: "today", model }], { seeds: { from: 1, to: 4 }, workers: 0 }))
 * sweep.entries.map((e) => e.seed) // [1, 2, 3]
 * ```
 *
 * @since 0.1.0
 * @category sweeps
 */
export const runSweep = async (
  scenarios: ReadonlyArray<Scenario>,
  options: SweepOptions
): Promise<Result<ShardResult>> => {
  const jobs: Array<{ readonly scenario: number; readonly seed: number }> = []
  scenarios.forEach((_, scenario) => {
    for (let seed = options.seeds.from; seed < options.seeds.to; seed++) jobs.push({ scenario, seed })
  })
  const total = jobs.length
  const entries: Array<ShardEntry> = []
  const issues: Array<Issue> = []
  let done = 0
  const progress = (): void => options.onProgress?.(done, total)
  const workers = Math.max(0, Math.min(Math.floor(options.workers ?? 0), total))
  if (workers === 0) {
    for (const job of jobs) {
      const scenario = scenarios[job.scenario]
      if (scenario === undefined) continue
      const run = runOne(scenario, job.seed, options.calendar)
      if (run.ok) entries.push(run.value)
      else issues.push(...run.issues)
      done++
      progress()
    }
  } else {
    const url = options.workerUrl ?? defaultWorkerUrl()
    let next = 0
    const one = (): Promise<void> =>
      new Promise((resolve) => {
        const worker = new Worker(url, { workerData: { scenarios, calendar: options.calendar } })
        const send = (): void => {
          const job = jobs[next++]
          if (job === undefined) {
            void worker.terminate().then(() => resolve())
            return
          }
          worker.postMessage(job)
        }
        worker.on("message", (message: unknown) => {
          const reply = readReply(message)
          if (reply === undefined) issues.push(workerFailed("unreadable reply"))
          else if (reply.ok) entries.push(reply.value)
          else issues.push(...reply.issues)
          done++
          progress()
          send()
        })
        worker.on("error", (error: unknown) => {
          issues.push(workerFailed(error instanceof Error ? error.message : String(error)))
          resolve()
        })
        worker.on("exit", () => resolve())
        send()
      })
    await Promise.all(Array.from({ length: workers }, one))
    if (issues.length === 0 && entries.length < total)
      issues.push(workerFailed(`${total - entries.length} runs did not come back`))
  }
  if (issues.length > 0) return fail(issues)
  return ok(mergeShards({ entries }, { entries: [] }))
}
