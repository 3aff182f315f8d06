/**
 * The sweep worker: a thread that runs (scenario, seed) jobs sent by
 * `runSweep` and posts each run's summary back. Built as its own entry
 * (`dist/worker.js`, `dist/worker.cjs`) beside the runner.
 *
 * @since 0.1.0
 */
import { parentPort, workerData } from "node:worker_threads"
import { runOne } from "./Sweep.js"
import { readWorkerData } from "./internal/protocol.js"

const port = parentPort
const data = readWorkerData(workerData)
if (port !== null && data !== undefined) {
  port.on("message", (message: unknown) => {
    const scenarioIndex: unknown =
      typeof message === "object" && message !== null ? Reflect.get(message, "scenario") : undefined
    const seed: unknown = typeof message === "object" && message !== null ? Reflect.get(message, "seed") : undefined
    const scenario = typeof scenarioIndex === "number" ? data.scenarios[scenarioIndex] : undefined
    if (scenario === undefined || typeof seed !== "number") {
      port.close()
      return
    }
    const run = runOne(scenario, seed, data.calendar)
    port.postMessage(run.ok ? { ok: true, entry: run.value } : { ok: false, issues: run.issues })
  })
}
