/**
 * The pool's worker: a thread that runs the heavy operations sent by the
 * pool and posts each result back. Its first message says it is ready. Built as its own entry
 * (`dist/worker.js`, `dist/worker.cjs`) beside the server.
 *
 * @since 0.3.0
 */
import { getPriority, setPriority } from "node:os"
import { parentPort } from "node:worker_threads"
import { operations } from "./operations/index.js"

// Heavy work yields the cores to the event loop: on Linux each thread has
// its own nice value and pid 0 names the calling thread, so this lowers
// this thread alone, 10 below the thread that started it (at most 19; only
// raising a nice value needs no privilege), and a due date is answered
// first while a simulation runs on a busy machine. Elsewhere the call would
// lower the whole process, so it is made on Linux only.
const NICER = 10
if (process.platform === "linux") setPriority(Math.min(19, getPriority() + NICER))

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
