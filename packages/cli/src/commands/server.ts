/**
 * `tongban serve`: every package as an HTTP JSON API (`@tongban/server`),
 * for county systems written in Java, .NET, PHP or Python. It listens until
 * SIGTERM or SIGINT, then shuts down gracefully: it stops accepting
 * connections, answers new requests on open ones with 503, lets the running
 * requests finish, stops the worker pool and exits 0 (a signal that comes
 * while it starts, or again while it drains, changes nothing). Its log is one JSON
 * line a request on standard output (never a body, a query or an address),
 * with a line when it listens and one when it stops.
 *
 * Glossary: 服务 = serve, 监听 = listen, 优雅停机 = graceful shutdown.
 *
 * @since 0.3.0
 */
import cluster, { type Worker } from "node:cluster"
import { type Catalogue, validateCatalogue } from "@tongban/catalog"
import { fail, type Result } from "@tongban/core"
import { type ListenOptions, listen, type PoolOptions } from "@tongban/server"
import { type CommandInput, defineCommand, type Outcome } from "../command.js"
import { type Context, UsageError } from "../context.js"
import { numberOption, optionalNumberOption, textOption } from "../options.js"
import { readCatalogueFile } from "./readers.js"

declare const __TONGBAN_VERSION__: string

// The program's version (defined by the build, as in program.ts, which this file cannot import without a cycle).
const VERSION: string = typeof __TONGBAN_VERSION__ === "string" ? __TONGBAN_VERSION__ : "0.0.0-dev"

const port = numberOption(
  "--port <port>",
  { zh: "监听端口（0 为任选空闲端口）", en: "port to listen on (0 picks a free one)" },
  8080,
  {
    integer: true,
    min: 0,
    max: 65_535
  }
)
const host = textOption("--host <address>", {
  zh: "监听地址（默认 0.0.0.0，即所有网卡，容器中需要如此；仅本机用 127.0.0.1）",
  en: "address to listen on (default 0.0.0.0, every interface, as a container needs; 127.0.0.1 for this machine only)"
})
const catalogue = textOption("--catalogue <file>", {
  zh: "启动时载入并校验的事项目录（JSON/CSV/XLSX），请求未附带目录时检索它",
  en: "a catalogue (JSON/CSV/XLSX) loaded and validated at start-up, searched when a request brings none"
})
const workers = optionalNumberOption(
  "--workers <n>",
  {
    zh: "计算线程数（默认核数减一，至少 1）",
    en: "worker threads for heavy work (default the cores less one, at least 1)"
  },
  { integer: true, min: 1, max: 256 }
)
const queue = optionalNumberOption(
  "--queue <n>",
  {
    zh: "可排队等待线程的计算数（默认每线程 2 个）",
    en: "heavy jobs that may wait for a thread (default 2 per thread)"
  },
  { integer: true, min: 0, max: 10_000 }
)
const budget = optionalNumberOption(
  "--budget <ms>",
  {
    zh: "每次计算的时限预算，毫秒（默认 10000）",
    en: "time budget of each heavy job, in milliseconds (default 10000)"
  },
  { integer: true, min: 1, max: 3_600_000 }
)
const maxBody = optionalNumberOption(
  "--max-body <bytes>",
  {
    zh: "请求体上限，字节（默认 8 MiB，超过答 413）",
    en: "largest request body, in bytes (default 8 MiB; larger gets 413)"
  },
  { integer: true, min: 1024, max: 1024 * 1024 * 1024 }
)

// The request log, buffered: lines wait for the end of the event loop's turn
// and go out in one write (Node writes standard output to a pipe or a file
// synchronously, a system call each, which cost more than a due date).
// `flush` writes what waits at once, before the shutdown's lines.
const bufferedLog = (
  write: (text: string) => void
): { readonly log: (line: string) => void; readonly flush: () => void } => {
  let waiting: Array<string> = []
  let scheduled = false
  const flush = (): void => {
    scheduled = false
    if (waiting.length === 0) return
    // Writes of at most 4 KiB (PIPE_BUF) on line boundaries, so the lines
    // of several processes sharing one pipe never interleave within a line.
    let text = ""
    for (const one of waiting) {
      if (text.length > 0 && Buffer.byteLength(text) + Buffer.byteLength(one) > 4096) {
        write(text)
        text = ""
      }
      text += one
    }
    waiting = []
    write(text)
  }
  return {
    log: (text) => {
      waiting.push(`${text}\n`)
      if (scheduled) return
      scheduled = true
      setImmediate(flush)
    },
    flush
  }
}

const processes = numberOption(
  "--processes <n>",
  {
    zh: "在同一端口上运行的服务进程数（node:cluster，默认 1；每核一个可用满多核）",
    en: "serving processes on the one port (node:cluster, default 1; one a core uses every core)"
  },
  1,
  { integer: true, min: 1, max: 256 }
)

const line = (fields: Record<string, string | number>): string =>
  JSON.stringify({ time: new Date().toISOString(), level: "info", ...fields })

// The message by which the primary of `--processes N` asks a process to drain.
const STOP = "tongban:stop"

// The shutdown request: the first SIGTERM or SIGINT (or, in a process of
// `--processes N`, the primary's message). The handlers are installed when
// the command starts and stay until it ends: a signal while the catalogue
// loads or the processes start, or a second one while draining (a terminal's
// Ctrl-C reaches every process of the group, a supervisor may repeat its
// SIGTERM), would otherwise take Node's default action and end the process
// by the signal (exit 143 or 130) with requests under way.
const shutdownRequest = (): { readonly requested: Promise<string>; readonly dispose: () => void } => {
  let request: (why: string) => void = () => undefined
  const requested = new Promise<string>((resolve) => {
    request = resolve
  })
  const on = (signal: NodeJS.Signals): void => request(signal)
  const onMessage = (message: unknown): void => {
    if (message === STOP) request("SIGTERM")
  }
  process.on("SIGTERM", on)
  process.on("SIGINT", on)
  process.on("message", onMessage)
  return {
    requested,
    dispose: () => {
      process.off("SIGTERM", on)
      process.off("SIGINT", on)
      process.off("message", onMessage)
    }
  }
}

// The primary of `--processes N`: forks N copies of this command, which
// share the port (node:cluster), waits until every one listens, replaces one
// that dies while serving, and on SIGTERM or SIGINT (even one that comes
// before all listen) asks each to drain and waits until all have exited.
const primary = async (
  ctx: Context,
  count: number,
  shutdown: Promise<string>
): Promise<Result<{ readonly text: string }>> => {
  let stopping = false
  const alive = new Set<Worker>()
  const listens = new Set<Worker>()
  cluster.on("listening", (worker) => listens.add(worker))
  const fork = (): Worker => {
    const worker = cluster.fork()
    alive.add(worker)
    return worker
  }
  const first = await new Promise<{ readonly url: string } | { readonly code: number } | { readonly signal: string }>(
    (resolve) => {
      let listening = 0
      let url = ""
      const onListening = (_: Worker, address: { address: string; port: number }): void => {
        if (url === "")
          url = `http://${address.address === "0.0.0.0" ? "127.0.0.1" : address.address}:${String(address.port)}`
        listening++
        if (listening === count) resolve({ url })
      }
      const onExit = (worker: Worker, code: number | null): void => {
        alive.delete(worker)
        listens.delete(worker)
        if (listening < count) resolve({ code: code ?? 1 })
      }
      cluster.on("listening", onListening)
      cluster.on("exit", onExit)
      void shutdown.then((signal) => resolve({ signal }))
      for (let i = 0; i < count; i++) fork()
    }
  )
  const allExited = (): Promise<void> =>
    new Promise((done) => {
      if (alive.size === 0) done()
      else
        cluster.on("exit", () => {
          if (alive.size === 0) done()
        })
    })
  // One that listens drains on the message; one still starting may not have
  // reached its handlers yet, and stops on SIGTERM before it has taken any
  // request (draining if it has).
  const stopAll = (): void => {
    stopping = true
    for (const worker of alive)
      if (!listens.has(worker)) worker.process.kill("SIGTERM")
      else if (worker.isConnected()) worker.send(STOP)
  }
  if ("signal" in first) {
    ctx.io.stdout(`${line({ event: "stopping", signal: first.signal, processes: alive.size })}\n`)
    stopAll()
    await allExited()
    return { ok: true, value: { text: line({ event: "stopped", signal: first.signal }) } }
  }
  if ("code" in first) {
    stopAll()
    await allExited()
    throw new UsageError({
      zh: `一个服务进程在监听前以 ${String(first.code)} 退出（见上文）`,
      en: `a serving process exited with ${String(first.code)} before it listened (see above)`
    })
  }
  cluster.on("exit", (worker, code) => {
    if (stopping) return
    ctx.io.stdout(`${line({ event: "replaced", code: code ?? "signal", pid: worker.process.pid ?? 0 })}\n`)
    fork()
  })
  ctx.io.stdout(`${line({ event: "listening", url: first.url, version: VERSION, processes: count })}\n`)
  const signal = await shutdown
  ctx.io.stdout(`${line({ event: "stopping", signal, processes: alive.size })}\n`)
  stopAll()
  await allExited()
  return { ok: true, value: { text: line({ event: "stopped", signal }) } }
}

const poolOptions = (size: number | undefined, waiting: number | undefined, ms: number | undefined): PoolOptions => ({
  ...(size === undefined ? {} : { size }),
  ...(waiting === undefined ? {} : { queue: waiting }),
  ...(ms === undefined ? {} : { budgetMs: ms })
})

// The catalogue served: read as the catalog commands read it, refused on its first error.
const readCatalogue = (ctx: Context, file: string): Result<Catalogue> => {
  const read = readCatalogueFile(ctx, file)
  if (!read.ok) return read
  return read.value.issues.some((i) => i.severity === "error")
    ? fail(read.value.issues)
    : validateCatalogue(read.value.catalogue)
}

const startListening = async (options: ListenOptions) => {
  try {
    return await listen(options)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const where = `${options.hostname ?? "0.0.0.0"}:${String(options.port ?? 8080)}`
    throw new UsageError({ zh: `无法在 ${where} 监听：${reason}`, en: `cannot listen on ${where}: ${reason}` })
  }
}

// One serving process: the catalogue read, the port taken, and the drain on SIGTERM, SIGINT or the primary's message.
const serveHere = async (ctx: Context, get: CommandInput["get"], shutdown: Promise<string>): Promise<Outcome> => {
  const file = get(catalogue)
  let loaded: Catalogue | undefined
  if (file !== undefined) {
    const read = readCatalogue(ctx, file)
    if (!read.ok) return read
    loaded = read.value
  }
  const limit = get(maxBody)
  const requests = bufferedLog(ctx.io.stdout)
  const options: ListenOptions = {
    port: get(port),
    hostname: get(host) ?? "0.0.0.0",
    version: VERSION,
    pool: poolOptions(get(workers), get(queue), get(budget)),
    log: requests.log,
    ...(limit === undefined ? {} : { maxBodyBytes: limit }),
    ...(loaded === undefined ? {} : { catalogue: loaded })
  }
  const running = await startListening(options)
  // One process of `--processes N` names its own events; the primary logs "listening" once all listen.
  const own = cluster.isWorker ? "process-" : ""
  ctx.io.stdout(`${line({ event: `${own}listening`, url: running.url, version: VERSION })}\n`)
  const signal = await Promise.race([shutdown, running.closed.then(() => "closed")])
  requests.flush()
  ctx.io.stdout(`${line({ event: `${own}stopping`, signal, inFlight: running.server.inFlight() })}\n`)
  await running.close()
  requests.flush()
  return { ok: true, value: { text: line({ event: `${own}stopped`, signal }) } }
}

/** `tongban serve [--port 8080] [--host 0.0.0.0] [--catalogue FILE] …`: the HTTP JSON API, until SIGTERM or SIGINT. */
export const serveCommand = defineCommand({
  name: "serve",
  description: {
    zh: "以 HTTP JSON 接口提供各包功能（OpenAPI 文档在 /openapi.json），收到 SIGTERM/SIGINT 后优雅停机",
    en: "serve every package as an HTTP JSON API (OpenAPI document at /openapi.json) until SIGTERM or SIGINT, then shut down gracefully"
  },
  formats: ["json"],
  options: [port, host, catalogue, workers, queue, budget, maxBody, processes],
  run: async ({ get, ctx }) => {
    const count = get(processes)
    const shutdown = shutdownRequest()
    try {
      if (count > 1 && cluster.isPrimary) return await primary(ctx, count, shutdown.requested)
      return await serveHere(ctx, get, shutdown.requested)
    } finally {
      shutdown.dispose()
      // A process of `--processes N` lets go of its channel to the primary
      // however it ends (a refused catalogue, a port it cannot take), or it would not exit.
      // (Worker.disconnect, unlike process.disconnect, leaves the exit code to this process.)
      if (cluster.worker?.isConnected() === true) cluster.worker.disconnect()
    }
  }
})
