/**
 * The pool's worker: a thread that runs the heavy operations sent by the
 * pool and posts each result back. Its first message says it is ready. Built as its own entry
 * (`dist/worker.js`, `dist/worker.cjs`) beside the server.
 *
 * @since 0.3.0
 */
import { parentPort } from "node:worker_threads"
import { operations } from "./operations/index.js"

const port = parentPort
const byId = new Map(operations.map((op) => [op.id, op]))
if (port !== null) {
  port.on("message", (message: unknown) => {
    const id: unknown = typeof message === "object" && message !== null ? Reflect.get(message, "id") : undefined
    const name: unknown =
      typeof message === "object" && message !== null ? Reflect.get(message, "operation") : undefined
    const op = typeof name === "string" ? byId.get(name) : undefined
    if (typeof id !== "number" || op === undefined) {
      port.postMessage({ id, result: null })
      return
    }
    const body: unknown = Reflect.get(Object(message), "body")
    port.postMessage({ id, result: op.handle(body, {}) })
  })
  // Loaded: the pool starts a job's time budget only from here.
  port.postMessage({ ready: true })
}
