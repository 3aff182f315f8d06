/**
 * The HTTP application: one POST route per operation, `/openapi.json`, the
 * human page at `/`, `/healthz` and `/readyz`. It reads each body within a
 * size limit and through core's `parseJson` (depth, `__proto__`), answers
 * every failure with the one issue shape, runs heavy operations in the
 * worker pool, writes one JSON log line a request (method, route, status,
 * time: never a body, a query or an address), and drains on `close`.
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
import { type Catalogue, prepareSearch } from "@tongban/catalog"
import { fail, type Issue, parseJson, type Result } from "@tongban/core"
import { Hono } from "hono"
import type { ContentfulStatusCode } from "hono/utils/http-status"
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
 * for `@hono/node-server`, Deno, Bun or tests), the document, the pool's
 * counters and `close`, which refuses new requests with 503 and resolves
 * when the running ones have finished.
 *
 * @since 0.3.0
 * @category models
 */
export interface TongbanServer {
  /** The handler; `env` is what the adaptor passes (`@hono/node-server`: `{ incoming, outgoing }`, whose parsed headers are then read directly). */
  readonly fetch: (request: Request, env?: unknown) => Promise<Response>
  /** Calls the server in process, as a client would: `request("/deadline/due", { method: "POST", body })`. */
  readonly request: (path: string, init?: RequestInit) => Promise<Response>
  readonly document: JsonObject
  readonly inFlight: () => number
  readonly poolStats: () => PoolStats | undefined
  readonly close: () => Promise<void>
}

const failure = (issues: ReadonlyArray<Issue>) => ({ ok: false as const, issues })

// One decoder for every body: without `stream` each decode starts afresh.
const utf8 = new TextDecoder("utf-8", { fatal: true })

type Body = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly issues: ReadonlyArray<Issue> }

// Reads the body, stopping as soon as it passes the limit (a chunked body
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
      return { ok: false, issues: [serverCodes.issue("body_too_large", { facts: { bytes, maxBytes } })] }
    }
    chunks.push(next.value)
  }
  const all = new Uint8Array(bytes)
  let at = 0
  for (const chunk of chunks) {
    all.set(chunk, at)
    at += chunk.byteLength
  }
  try {
    return { ok: true, text: utf8.decode(all) }
  } catch {
    return { ok: false, issues: [serverCodes.issue("body_unreadable", { facts: { reason: "not UTF-8" } })] }
  }
}

// With a Content-Length already checked against the limit, Node's parser
// reads exactly that many bytes: the adaptor's direct read is then safe, and
// far cheaper than a web stream.
const readDeclared = async (request: Request, maxBytes: number): Promise<Body> => {
  const all = new Uint8Array(await request.arrayBuffer())
  if (all.byteLength > maxBytes)
    return { ok: false, issues: [serverCodes.issue("body_too_large", { facts: { bytes: all.byteLength, maxBytes } })] }
  try {
    return { ok: true, text: utf8.decode(all) }
  } catch {
    return { ok: false, issues: [serverCodes.issue("body_unreadable", { facts: { reason: "not UTF-8" } })] }
  }
}

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

/**
 * Makes the server: routes for the operations, the document, the page,
 * health and readiness, and the pool (started lazily).
 *
 * @param options - body limits, pool, preloaded catalogue, log, version
 * @returns the server, ready for `@hono/node-server`'s `serve` or for `request()` in process
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

  const app = new Hono<{ Variables: { route: string | undefined; requestId: string } }>()

  // Every answer is made with its headers as a plain object, the request id
  // among them: a header set on a Response afterwards would make the adaptor
  // build a Headers object and a full Response for each request.
  const send = (
    requestId: string,
    status: ContentfulStatusCode,
    body: unknown,
    headers?: Record<string, string>
  ): Response =>
    new Response(JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json; charset=utf-8", "x-request-id": requestId, ...headers }
    })

  app.use(async (c, next) => {
    const started = performance.now()
    const requestId = `${Date.now().toString(36)}-${(sequence++).toString(36)}`
    c.set("requestId", requestId)
    inFlight++
    try {
      if (draining && c.req.path !== "/healthz") {
        c.res = send(requestId, 503, failure([serverCodes.issue("shutting_down")]), {
          "retry-after": "1",
          connection: "close"
        })
      } else {
        await next()
      }
    } catch (error) {
      c.res = send(requestId, 500, failure([serverCodes.issue("internal_error", { facts: { requestId } })]))
      log?.(JSON.stringify({ level: "error", requestId, error: error instanceof Error ? error.name : "unknown" }))
    } finally {
      inFlight--
      if (inFlight === 0) for (const wake of idle.splice(0)) wake()
    }
    const route = c.get("route")
    log?.(
      JSON.stringify({
        time: new Date().toISOString(),
        level: "info",
        requestId,
        method: c.req.method,
        route: route ?? "unmatched",
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 100) / 100,
        bytesIn: Number(headerOf(c.env, c.req.raw, "content-length") ?? 0) || 0
      })
    )
  })

  const answer = (requestId: string, result: Result<unknown>): Response =>
    result.ok ? send(requestId, 200, { ok: true, value: result.value }) : send(requestId, 422, failure(result.issues))

  for (const op of operations) {
    app.post(op.path, async (c) => {
      c.set("route", op.path)
      const id = c.get("requestId")
      const contentType = headerOf(c.env, c.req.raw, "content-type")
      if (!isJsonType(contentType))
        return send(
          id,
          415,
          failure([
            serverCodes.issue("content_type_unsupported", {
              facts: { contentType: (contentType ?? "none").slice(0, 100) }
            })
          ])
        )
      const length = headerOf(c.env, c.req.raw, "content-length")
      const declared = length === undefined || !/^\d{1,15}$/.test(length) ? undefined : Number(length)
      if (declared !== undefined && declared > maxBodyBytes)
        return send(
          id,
          413,
          failure([serverCodes.issue("body_too_large", { facts: { bytes: declared, maxBytes: maxBodyBytes } })])
        )
      const body =
        declared === undefined ? await readBody(c.req.raw, maxBodyBytes) : await readDeclared(c.req.raw, maxBodyBytes)
      if (!body.ok) return send(id, body.issues[0]?.code === "body_too_large" ? 413 : 400, failure(body.issues))
      const json = parseJson(body.text, { maxLength: maxBodyBytes, maxDepth })
      if (!json.ok) return send(id, 400, failure(json.issues))
      const workers = op.heavy ? poolOf() : undefined
      if (workers === undefined) return answer(id, op.handle(json.value, context))
      const outcome = await workers.run(op.id, json.value)
      switch (outcome.kind) {
        case "done":
          return answer(id, outcome.result)
        case "full":
          return send(
            id,
            draining ? 503 : 429,
            failure([
              draining
                ? serverCodes.issue("shutting_down")
                : serverCodes.issue("pool_full", {
                    facts: { running: outcome.running, queued: outcome.queued, retryAfter: outcome.retryAfter }
                  })
            ]),
            { "retry-after": String(outcome.retryAfter) }
          )
        case "timeout":
          return answer(id, fail(serverCodes.issue("time_budget_exceeded", { facts: { budgetMs: outcome.budgetMs } })))
        case "failed":
          return send(id, 500, failure([serverCodes.issue("worker_failed", { facts: { reason: outcome.reason } })]))
      }
    })
    app.all(op.path, (c) => {
      c.set("route", op.path)
      return send(
        c.get("requestId"),
        405,
        failure([serverCodes.issue("method_not_allowed", { facts: { path: op.path, allowed: "POST" } })]),
        { allow: "POST" }
      )
    })
  }

  app.get("/openapi.json", (c) => {
    c.set("route", "/openapi.json")
    return new Response(documentText, {
      headers: { "content-type": "application/json; charset=utf-8", "x-request-id": c.get("requestId") }
    })
  })
  app.get("/", (c) => {
    c.set("route", "/")
    return new Response(page, {
      headers: { "content-type": "text/html; charset=UTF-8", "x-request-id": c.get("requestId") }
    })
  })
  app.get("/healthz", (c) => {
    c.set("route", "/healthz")
    return send(c.get("requestId"), 200, { ok: true })
  })
  app.get("/readyz", (c) => {
    c.set("route", "/readyz")
    const stats = pool?.stats()
    return send(c.get("requestId"), draining ? 503 : 200, {
      ok: !draining,
      ...(stats === undefined ? {} : { pool: stats })
    })
  })
  app.notFound((c) =>
    send(
      c.get("requestId"),
      404,
      failure([serverCodes.issue("route_unknown", { facts: { method: c.req.method, path: c.req.path.slice(0, 200) } })])
    )
  )

  const fetch = async (request: Request, env?: unknown): Promise<Response> => app.fetch(request, env)

  return {
    fetch,
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
