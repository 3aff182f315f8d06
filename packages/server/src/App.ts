/**
 * The HTTP application: one POST route per operation, `/openapi.json`, the
 * human page at `/`, `/healthz` and `/readyz`. It reads each body within a
 * size limit and through core's `parseJson` (depth, `__proto__`), answers
 * every failure with the one issue shape, runs heavy operations in the
 * worker pool, writes one JSON log line a request (method, route, status,
 * time: never a body, a query or an address), and drains on `close`.
 *
 * Two ways in, one behaviour: `fetch` (Hono, web-standard) serves every
 * route; `listener` (a Node request listener, what `listen` runs) answers an
 * operation's POST straight from Node's request and response, without the
 * web Request and Response objects, Hono's router and its middleware (most
 * of the CPU of a small request), and hands every other request to Hono.
 * Both call the same `operate`, and the tests run the OpenAPI client and the
 * fuzz bodies through both.
 *
 * Status codes: 200 the result; 400 unreadable JSON; 404 no such route; 405
 * wrong method; 413 body too large; 415 not JSON; 422 the package refused
 * the body (its issues); 429 the pool is full (Retry-After); 503 shutting
 * down (Retry-After); 500 only for a defect of the server itself.
 *
 * Glossary: 接口 = operation, 就绪 = ready, 优雅停机 = graceful shutdown.
 *
 * @since 0.3.0
 */
import type { IncomingMessage, ServerResponse } from "node:http"
import { getRequestListener } from "@hono/node-server"
import { type Catalogue, prepareSearch } from "@tongban/catalog"
import { fail, type Issue, parseJson, type Result } from "@tongban/core"
import { Hono } from "hono"
import { serverCodes } from "./IssueCodes.js"
import { type JsonObject, openApiDocument } from "./OpenApi.js"
import type { Operation, OperationContext } from "./Operation.js"
import { operations as allOperations } from "./operations/index.js"
import { apiPage } from "./Page.js"
import { makeWorkerPool, type PoolOptions, type PoolStats, type WorkerPool } from "./Pool.js"

/**
 * Options of {@link createServer}.
 *
 * @since 0.3.0
 * @category models
 */
export interface ServerOptions {
  /** Largest body accepted, in bytes; default 8 MiB (larger: 413). */
  readonly maxBodyBytes?: number
  /** Deepest JSON nesting accepted; default 64 (deeper: 400). */
  readonly maxDepth?: number
  /** The worker pool for heavy operations; `false` runs them on the event loop (tests, tiny deployments). */
  readonly pool?: PoolOptions | false
  /** A catalogue loaded at start-up (validated by `validateCatalogue`), searched when a request brings none; its search index is built by `createServer`. */
  readonly catalogue?: Catalogue
  /** Where each request's log line goes; default nowhere. */
  readonly log?: (line: string) => void
  /** The version in the document and the page; default "0.0.0". */
  readonly version?: string
  /** The operations served; default every operation of the packages. */
  readonly operations?: ReadonlyArray<Operation>
}

/**
 * A server made by {@link createServer}: `fetch` (a web-standard handler,
 * for Deno, Bun or tests), `listener` (for Node's `http.createServer`), the
 * document, the pool's counters and `close`, which refuses new requests with
 * 503 and resolves when the running ones have finished.
 *
 * @since 0.3.0
 * @category models
 */
export interface TongbanServer {
  /** The web-standard handler; `env` is what an adaptor passes (`@hono/node-server`: `{ incoming, outgoing }`, whose parsed headers are then read directly). */
  readonly fetch: (request: Request, env?: unknown) => Promise<Response>
  /** The Node request listener (`http.createServer(server.listener)`): an operation's POST is answered from Node's own request and response, any other request through `fetch`; the answers are the same. */
  readonly listener: (incoming: IncomingMessage, outgoing: ServerResponse) => void
  /** Calls the server in process, as a client would: `request("/deadline/due", { method: "POST", body })`. */
  readonly request: (path: string, init?: RequestInit) => Promise<Response>
  readonly document: JsonObject
  readonly inFlight: () => number
  readonly poolStats: () => PoolStats | undefined
  readonly close: () => Promise<void>
}

const failure = (issues: ReadonlyArray<Issue>) => ({ ok: false as const, issues })

// An answer before a transport writes it: the status, the JSON text, and
// the headers besides the content type and the request id.
interface Answer {
  readonly status: number
  readonly text: string
  readonly headers?: Readonly<Record<string, string>>
}

const refusal = (status: number, issues: ReadonlyArray<Issue>, headers?: Record<string, string>): Answer =>
  headers === undefined
    ? { status, text: JSON.stringify(failure(issues)) }
    : { status, text: JSON.stringify(failure(issues)), headers }

const JSON_TYPE = "application/json; charset=utf-8"

// One decoder for every body: without `stream` each decode starts afresh.
const utf8 = new TextDecoder("utf-8", { fatal: true })

type Body = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly issues: ReadonlyArray<Issue> }

const tooLarge = (bytes: number, maxBytes: number): Body => ({
  ok: false,
  issues: [serverCodes.issue("body_too_large", { facts: { bytes, maxBytes } })]
})

const decoded = (bytes: Uint8Array): Body => {
  try {
    return { ok: true, text: utf8.decode(bytes) }
  } catch {
    return { ok: false, issues: [serverCodes.issue("body_unreadable", { facts: { reason: "not UTF-8" } })] }
  }
}

// Reads a web body, stopping as soon as it passes the limit (a chunked body
// has no Content-Length to trust).
const readBody = async (request: Request, maxBytes: number): Promise<Body> => {
  const stream = request.body
  if (stream === null) return { ok: true, text: "" }
  const reader = stream.getReader()
  const chunks: Array<Uint8Array> = []
  let bytes = 0
  for (;;) {
    const next = await reader.read()
    if (next.done) break
    bytes += next.value.byteLength
    if (bytes > maxBytes) {
      await reader.cancel()
      return tooLarge(bytes, maxBytes)
    }
    chunks.push(next.value)
  }
  const all = new Uint8Array(bytes)
  let at = 0
  for (const chunk of chunks) {
    all.set(chunk, at)
    at += chunk.byteLength
  }
  return decoded(all)
}

// With a Content-Length already checked against the limit, Node's parser
// reads exactly that many bytes: the adaptor's direct read is then safe, and
// far cheaper than a web stream.
const readDeclared = async (request: Request, maxBytes: number): Promise<Body> => {
  const all = new Uint8Array(await request.arrayBuffer())
  return all.byteLength > maxBytes ? tooLarge(all.byteLength, maxBytes) : decoded(all)
}

// Reads a Node request's body within the limit: the chunks past it are
// let through unkept; a request that ends before its body is unreadable.
const readIncoming = (incoming: IncomingMessage, maxBytes: number): Promise<Body> =>
  new Promise((resolve) => {
    const chunks: Array<Buffer> = []
    let bytes = 0
    let settled = false
    const settle = (body: Body): void => {
      if (settled) return
      settled = true
      resolve(body)
    }
    incoming.on("data", (chunk: Buffer) => {
      if (settled) return
      bytes += chunk.byteLength
      if (bytes > maxBytes) settle(tooLarge(bytes, maxBytes))
      else chunks.push(chunk)
    })
    incoming.on("end", () => settle(decoded(chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks))))
    // Called on "close" after every request too: the issue is made only for one that ended early.
    const aborted = (): void => {
      if (!settled)
        settle({
          ok: false,
          issues: [serverCodes.issue("body_unreadable", { facts: { reason: "the request ended before its body" } })]
        })
    }
    incoming.on("error", aborted)
    incoming.on("close", aborted)
  })

// A request header, read from Node's own parsed headers when the adaptor
// passes its IncomingMessage (so no web Headers object is built for the
// request), else from the web Request (tests, other runtimes).
const headerOf = (env: unknown, request: Request, name: string): string | undefined => {
  const incoming: unknown = typeof env === "object" && env !== null ? Reflect.get(env, "incoming") : undefined
  const headers: unknown =
    typeof incoming === "object" && incoming !== null ? Reflect.get(incoming, "headers") : undefined
  if (typeof headers !== "object" || headers === null) return request.headers.get(name) ?? undefined
  const value: unknown = Reflect.get(headers, name)
  return typeof value === "string" ? value : undefined
}

const isJsonType = (contentType: string | undefined): boolean =>
  contentType !== undefined && /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType.trim())

const declaredLength = (length: string | undefined): number | undefined =>
  length === undefined || !/^\d{1,15}$/.test(length) ? undefined : Number(length)

/**
 * Makes the server: routes for the operations, the document, the page,
 * health and readiness, and the pool (started lazily).
 *
 * @param options - body limits, pool, preloaded catalogue, log, version
 * @returns the server, ready for Node's `http.createServer(server.listener)`, for `fetch`, or for `request()` in process
 *
 * @example
 * ```ts
 * import { createServer } from "@tongban/server"
 *
 * const server = createServer({ pool: false })
 * const res = await server.request("/deadline/due", {
 *   method: "POST",
 *   headers: { "content-type": "application/json" },
 *   body: JSON.stringify({ start: "2024-09-20", limit: "15d" })
 * })
 * res.status // 200
 * const body = await res.json()
 * body.value.due // "2024-10-08"
 * await server.close()
 * ```
 *
 * @since 0.3.0
 * @category running
 */
export const createServer = (options: ServerOptions = {}): TongbanServer => {
  const maxBodyBytes = options.maxBodyBytes ?? 8 * 1024 * 1024
  const maxDepth = options.maxDepth ?? 64
  const version = options.version ?? "0.0.0"
  const operations = options.operations ?? allOperations
  const log = options.log
  const context: OperationContext = options.catalogue === undefined ? {} : { catalogue: options.catalogue }
  // The search index of the catalogue loaded at start-up is built now, not by
  // the first request (seconds for 50,000 matters).
  if (options.catalogue !== undefined) prepareSearch(options.catalogue)
  const document = openApiDocument(operations, { version })
  const documentText = JSON.stringify(document)
  const page = apiPage(operations, version)
  let pool: WorkerPool | undefined
  const poolOf = (): WorkerPool | undefined => {
    if (options.pool === false) return undefined
    pool ??= makeWorkerPool(options.pool ?? {})
    return pool
  }
  let draining = false
  let inFlight = 0
  let idle: Array<() => void> = []
  let sequence = 0

  // Every request: an id, counted in flight until its answer is made.
  const begin = (): string => {
    inFlight++
    return `${Date.now().toString(36)}-${(sequence++).toString(36)}`
  }
  const end = (): void => {
    inFlight--
    if (inFlight === 0) for (const wake of idle.splice(0)) wake()
  }
  // The request's log line, written as text: its values are an id, a route
  // and a method (a token, which JSON.stringify quotes), and numbers.
  const logRequest = (
    requestId: string,
    method: string,
    route: string,
    status: number,
    started: number,
    bytesIn: string | undefined
  ): void => {
    if (log === undefined) return
    const ms = Math.round((performance.now() - started) * 100) / 100
    log(
      `{"time":"${new Date().toISOString()}","level":"info","requestId":"${requestId}","method":${JSON.stringify(method)},"route":${JSON.stringify(route)},"status":${status},"ms":${ms},"bytesIn":${Number(bytesIn ?? 0) || 0}}`
    )
  }
  const logError = (requestId: string, error: unknown): void =>
    log?.(JSON.stringify({ level: "error", requestId, error: error instanceof Error ? error.name : "unknown" }))

  const shuttingDown = (): Answer =>
    refusal(503, [serverCodes.issue("shutting_down")], { "retry-after": "1", connection: "close" })
  const internal = (requestId: string): Answer =>
    refusal(500, [serverCodes.issue("internal_error", { facts: { requestId } })])

  const answer = (result: Result<unknown>): Answer =>
    result.ok ? { status: 200, text: JSON.stringify({ ok: true, value: result.value }) } : refusal(422, result.issues)

  // One operation's POST, whichever way it came in: the content type, the
  // declared length, the body (read by the transport), the JSON, the
  // operation here or in the pool.
  const operate = async (
    op: Operation,
    contentType: string | undefined,
    length: string | undefined,
    read: (declared: number | undefined) => Promise<Body>
  ): Promise<Answer> => {
    if (!isJsonType(contentType))
      return refusal(415, [
        serverCodes.issue("content_type_unsupported", {
          facts: { contentType: (contentType ?? "none").slice(0, 100) }
        })
      ])
    const declared = declaredLength(length)
    if (declared !== undefined && declared > maxBodyBytes)
      return refusal(413, [serverCodes.issue("body_too_large", { facts: { bytes: declared, maxBytes: maxBodyBytes } })])
    const body = await read(declared)
    if (!body.ok) return refusal(body.issues[0]?.code === "body_too_large" ? 413 : 400, body.issues)
    const json = parseJson(body.text, { maxLength: maxBodyBytes, maxDepth })
    if (!json.ok) return refusal(400, json.issues)
    const workers = op.heavy ? poolOf() : undefined
    if (workers === undefined) return answer(op.handle(json.value, context))
    const outcome = await workers.run(op.id, json.value)
    switch (outcome.kind) {
      case "done":
        return answer(outcome.result)
      case "full":
        return refusal(
          draining ? 503 : 429,
          [
            draining
              ? serverCodes.issue("shutting_down")
              : serverCodes.issue("pool_full", {
                  facts: { running: outcome.running, queued: outcome.queued, retryAfter: outcome.retryAfter }
                })
          ],
          { "retry-after": String(outcome.retryAfter) }
        )
      case "timeout":
        return answer(fail(serverCodes.issue("time_budget_exceeded", { facts: { budgetMs: outcome.budgetMs } })))
      case "failed":
        return refusal(500, [serverCodes.issue("worker_failed", { facts: { reason: outcome.reason } })])
    }
  }

  const app = new Hono<{ Variables: { route: string | undefined; requestId: string } }>()

  // Every answer is made with its headers as a plain object, the request id
  // among them: a header set on a Response afterwards would make the adaptor
  // build a Headers object and a full Response for each request.
  const respond = (requestId: string, made: Answer): Response =>
    new Response(made.text, {
      status: made.status,
      headers:
        made.headers === undefined
          ? { "content-type": JSON_TYPE, "x-request-id": requestId }
          : { "content-type": JSON_TYPE, "x-request-id": requestId, ...made.headers }
    })

  app.use(async (c, next) => {
    const started = performance.now()
    const requestId = begin()
    c.set("requestId", requestId)
    try {
      if (draining && c.req.path !== "/healthz") c.res = respond(requestId, shuttingDown())
      else await next()
    } catch (error) {
      c.res = respond(requestId, internal(requestId))
      logError(requestId, error)
    } finally {
      end()
    }
    logRequest(
      requestId,
      c.req.method,
      c.get("route") ?? "unmatched",
      c.res.status,
      started,
      headerOf(c.env, c.req.raw, "content-length")
    )
  })

  for (const op of operations) {
    app.post(op.path, async (c) => {
      c.set("route", op.path)
      const made = await operate(
        op,
        headerOf(c.env, c.req.raw, "content-type"),
        headerOf(c.env, c.req.raw, "content-length"),
        (declared) =>
          declared === undefined ? readBody(c.req.raw, maxBodyBytes) : readDeclared(c.req.raw, maxBodyBytes)
      )
      return respond(c.get("requestId"), made)
    })
    app.all(op.path, (c) => {
      c.set("route", op.path)
      return respond(
        c.get("requestId"),
        refusal(405, [serverCodes.issue("method_not_allowed", { facts: { path: op.path, allowed: "POST" } })], {
          allow: "POST"
        })
      )
    })
  }

  app.get("/openapi.json", (c) => {
    c.set("route", "/openapi.json")
    return new Response(documentText, { headers: { "content-type": JSON_TYPE, "x-request-id": c.get("requestId") } })
  })
  app.get("/", (c) => {
    c.set("route", "/")
    return new Response(page, {
      headers: { "content-type": "text/html; charset=UTF-8", "x-request-id": c.get("requestId") }
    })
  })
  app.get("/healthz", (c) => {
    c.set("route", "/healthz")
    return respond(c.get("requestId"), { status: 200, text: '{"ok":true}' })
  })
  app.get("/readyz", (c) => {
    c.set("route", "/readyz")
    const stats = pool?.stats()
    return respond(c.get("requestId"), {
      status: draining ? 503 : 200,
      text: JSON.stringify({ ok: !draining, ...(stats === undefined ? {} : { pool: stats }) })
    })
  })
  app.notFound((c) =>
    respond(
      c.get("requestId"),
      refusal(404, [
        serverCodes.issue("route_unknown", { facts: { method: c.req.method, path: c.req.path.slice(0, 200) } })
      ])
    )
  )

  const fetch = async (request: Request, env?: unknown): Promise<Response> => app.fetch(request, env)

  // The Node way in: an operation's POST to its exact path (no query) is
  // answered here; anything else goes through Hono's adaptor to `fetch`.
  const byPath = new Map(operations.map((op) => [op.path, op]))
  // Made at the first request it takes: the adaptor replaces the global
  // Request and Response with its own lighter ones when made.
  let viaHono: ReturnType<typeof getRequestListener> | undefined
  const serveOperation = async (op: Operation, incoming: IncomingMessage, outgoing: ServerResponse) => {
    const started = performance.now()
    const requestId = begin()
    const headers = incoming.headers
    let made: Answer
    try {
      made = draining
        ? shuttingDown()
        : await operate(op, headers["content-type"], headers["content-length"], () =>
            readIncoming(incoming, maxBodyBytes)
          )
    } catch (error) {
      made = internal(requestId)
      logError(requestId, error)
    } finally {
      end()
    }
    const flat = [
      "content-type",
      JSON_TYPE,
      "content-length",
      String(Buffer.byteLength(made.text)),
      "x-request-id",
      requestId
    ]
    if (made.headers !== undefined) for (const [name, value] of Object.entries(made.headers)) flat.push(name, value)
    outgoing.writeHead(made.status, flat)
    outgoing.end(made.text)
    logRequest(requestId, "POST", op.path, made.status, started, headers["content-length"])
  }
  const listener = (incoming: IncomingMessage, outgoing: ServerResponse): void => {
    const op = incoming.method === "POST" ? byPath.get(incoming.url ?? "") : undefined
    if (op !== undefined) void serveOperation(op, incoming, outgoing)
    else {
      viaHono ??= getRequestListener(fetch)
      void viaHono(incoming, outgoing)
    }
  }

  return {
    fetch,
    listener,
    request: async (path, init) => app.request(path, init),
    document,
    inFlight: () => inFlight,
    poolStats: () => pool?.stats(),
    close: async () => {
      draining = true
      if (inFlight > 0) await new Promise<void>((wake) => idle.push(wake))
      idle = []
      await pool?.close()
    }
  }
}
