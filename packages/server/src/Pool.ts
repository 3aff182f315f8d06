/**
 * A bounded pool of worker threads for the heavy operations (simulations,
 * schedule risk, resource-constrained scheduling): at most `size` jobs run
 * at once, at most `queue` wait, and each job has a time budget after which
 * its thread is stopped and replaced. A job that finds the queue full is
 * refused at once (the server answers 429 with Retry-After), so a burst of
 * simulations never delays a due-date request on the event loop.
 *
 * Glossary: 工作线程池 = worker pool, 排队 = queue, 时限预算 = time budget.
 *
 * @since 0.3.0
 */
import type { Issue, Result } from "@tongban/core"
import { availableParallelism } from "node:os"
import { Worker } from "node:worker_threads"

/**
 * Options of {@link makeWorkerPool}.
 *
 * @since 0.3.0
 * @category models
 */
export interface PoolOptions {
  /** Threads; default one less than the cores, at least 1. */
  readonly size?: number
  /** Jobs that may wait for a thread; default 2 per thread. */
  readonly queue?: number
  /** Milliseconds a job may run before its thread is stopped; default 10,000. */
  readonly budgetMs?: number
  /** Milliseconds a job may wait in the queue before it is refused as busy; default the budget. */
  readonly queueWaitMs?: number
  /** The worker script; default `worker.js` (or `.cjs`) beside this module. */
  readonly workerUrl?: URL
}

/**
 * What became of a job.
 *
 * @since 0.3.0
 * @category models
 */
export type PoolOutcome =
  | { readonly kind: "done"; readonly result: Result<unknown> }
  | { readonly kind: "full"; readonly running: number; readonly queued: number; readonly retryAfter: number }
  | { readonly kind: "timeout"; readonly budgetMs: number }
  | { readonly kind: "failed"; readonly reason: string }

/**
 * The pool's counters, for `/readyz` and the logs.
 *
 * @since 0.3.0
 * @category models
 */
export interface PoolStats {
  readonly size: number
  readonly running: number
  readonly queued: number
  readonly queueLimit: number
  readonly budgetMs: number
}

/**
 * A running pool: `run` a job by operation id, read its `stats`, `close` it
 * (running jobs finish; queued ones are refused).
 *
 * @since 0.3.0
 * @category models
 */
export interface WorkerPool {
  readonly run: (operation: string, body: unknown) => Promise<PoolOutcome>
  readonly stats: () => PoolStats
  readonly close: () => Promise<void>
}

/**
 * The worker script beside a module: `worker.js` next to the ESM build,
 * `worker.cjs` next to the CommonJS one, `worker.ts` next to the source.
 *
 * @example
 * ```ts
 * import { defaultWorkerUrl } from "@tongban/server"
 *
 * defaultWorkerUrl("file:///app/node_modules/@tongban/server/dist/index.cjs").href // "file:///app/node_modules/@tongban/server/dist/worker.cjs"
 * ```
 *
 * @since 0.3.0
 * @category running
 */
export const defaultWorkerUrl = (moduleUrl: string = import.meta.url): URL => {
  const ext = moduleUrl.endsWith(".cjs") ? ".cjs" : moduleUrl.endsWith(".ts") ? ".ts" : ".js"
  return new URL(`./worker${ext}`, moduleUrl)
}

interface Job {
  readonly id: number
  readonly operation: string
  readonly body: unknown
  readonly resolve: (outcome: PoolOutcome) => void
  readonly queuedAt: number
}

interface Slot {
  readonly worker: Worker
  /** The thread has loaded its modules and said so: a job's budget starts only then. */
  ready: boolean
  job: Job | undefined
  timer: ReturnType<typeof setTimeout> | undefined
}

const isIssueList = (value: unknown): value is ReadonlyArray<Issue> =>
  Array.isArray(value) &&
  value.every((i) => typeof i === "object" && i !== null && typeof Reflect.get(i, "code") === "string")

const readReply = (message: unknown): { readonly id: number; readonly result: Result<unknown> } | undefined => {
  if (typeof message !== "object" || message === null) return undefined
  const id: unknown = Reflect.get(message, "id")
  const result: unknown = Reflect.get(message, "result")
  if (typeof id !== "number" || typeof result !== "object" || result === null) return undefined
  if (Reflect.get(result, "ok") === true) return { id, result: { ok: true, value: Reflect.get(result, "value") } }
  const issues: unknown = Reflect.get(result, "issues")
  return isIssueList(issues) ? { id, result: { ok: false, issues } } : undefined
}

const clampInt = (value: number | undefined, fallback: number, min: number, max: number): number =>
  typeof value === "number" && Number.isFinite(value) ? Math.max(min, Math.min(max, Math.floor(value))) : fallback

/**
 * Starts a pool (threads are started on first use, so an idle server holds
 * none).
 *
 * @param options - size, queue, time budget, worker script
 * @returns the pool
 *
 * @example
 * ```ts
 * import { makeWorkerPool } from "@tongban/server"
 *
 * const pool = makeWorkerPool({ size: 2, queue: 1, budgetMs: 5000 })
 * pool.stats() // { size: 2, running: 0, queued: 0, queueLimit: 1, budgetMs: 5000 }
 * await pool.close()
 * ```
 *
 * @since 0.3.0
 * @category running
 */
export const makeWorkerPool = (options: PoolOptions = {}): WorkerPool => {
  const size = clampInt(options.size, Math.max(1, availableParallelism() - 1), 1, 256)
  const queueLimit = clampInt(options.queue, size * 2, 0, 10_000)
  const budgetMs = clampInt(options.budgetMs, 10_000, 1, 3_600_000)
  const queueWaitMs = clampInt(options.queueWaitMs, budgetMs, 0, 3_600_000)
  const url = options.workerUrl ?? defaultWorkerUrl()
  const slots: Array<Slot> = []
  const queue: Array<Job> = []
  let nextId = 0
  let closed = false
  const retryAfter = (): number => Math.max(1, Math.ceil(budgetMs / 1000))

  const finish = (slot: Slot, outcome: PoolOutcome): void => {
    const job = slot.job
    if (slot.timer !== undefined) clearTimeout(slot.timer)
    slot.job = undefined
    slot.timer = undefined
    job?.resolve(outcome)
  }

  const retire = (slot: Slot): void => {
    const i = slots.indexOf(slot)
    if (i >= 0) slots.splice(i, 1)
    void slot.worker.terminate()
  }

  const start = (slot: Slot, job: Job): void => {
    slot.job = job
    slot.timer = setTimeout(() => {
      finish(slot, { kind: "timeout", budgetMs })
      retire(slot)
      pump()
    }, budgetMs)
    slot.worker.postMessage({ id: job.id, operation: job.operation, body: job.body })
  }

  const spawn = (): Slot => {
    const worker = new Worker(url)
    const slot: Slot = { worker, ready: false, job: undefined, timer: undefined }
    worker.on("message", (message: unknown) => {
      if (!slot.ready) {
        slot.ready = true
        pump()
        return
      }
      const reply = readReply(message)
      if (reply === undefined || slot.job?.id !== reply.id) {
        finish(slot, { kind: "failed", reason: "unreadable reply" })
        retire(slot)
      } else finish(slot, { kind: "done", result: reply.result })
      pump()
    })
    // A thread that dies before it is ready takes the first waiting job with
    // it, so a worker script that cannot load fails jobs instead of being
    // restarted for ever.
    const lost = (reason: string): void => {
      if (!slots.includes(slot)) return
      if (slot.job !== undefined) finish(slot, { kind: "failed", reason })
      else if (!slot.ready) queue.shift()?.resolve({ kind: "failed", reason: `the worker could not start: ${reason}` })
      retire(slot)
      pump()
    }
    worker.on("error", (error: unknown) => lost(error instanceof Error ? error.name : "error"))
    worker.on("exit", () => lost("the worker exited"))
    slots.push(slot)
    return slot
  }

  const pump = (): void => {
    while (queue.length > 0 && !closed) {
      const idle = slots.find((s) => s.ready && s.job === undefined)
      if (idle !== undefined) {
        const job = queue.shift()
        if (job !== undefined) start(idle, job)
        continue
      }
      // No thread free. A thread still loading is not the job's wait: only a
      // queue behind busy threads expires.
      const starting = slots.filter((s) => !s.ready).length
      if (slots.length < size && starting < queue.length) spawn()
      const waited = queue[0]
      if (slots.some((s) => !s.ready) || waited === undefined || performance.now() - waited.queuedAt <= queueWaitMs)
        return
      queue.shift()
      waited.resolve({ kind: "full", running: running(), queued: queue.length, retryAfter: retryAfter() })
    }
  }

  const running = (): number => slots.filter((s) => s.job !== undefined).length

  return {
    run: (operation, body) =>
      new Promise<PoolOutcome>((resolve) => {
        if (closed) {
          resolve({ kind: "full", running: running(), queued: queue.length, retryAfter: retryAfter() })
          return
        }
        const busy = running() + queue.length >= size + queueLimit
        if (busy) {
          resolve({ kind: "full", running: running(), queued: queue.length, retryAfter: retryAfter() })
          return
        }
        queue.push({ id: nextId++, operation, body, resolve, queuedAt: performance.now() })
        pump()
      }),
    stats: () => ({ size, running: running(), queued: queue.length, queueLimit, budgetMs }),
    close: async () => {
      closed = true
      for (const job of queue.splice(0))
        job.resolve({ kind: "full", running: running(), queued: 0, retryAfter: retryAfter() })
      const busy = slots.filter((s) => s.job !== undefined)
      await Promise.all(
        busy.map(
          (slot) =>
            new Promise<void>((done) => {
              const check = setInterval(() => {
                if (slot.job === undefined) {
                  clearInterval(check)
                  done()
                }
              }, 10)
            })
        )
      )
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()))
    }
  }
}
