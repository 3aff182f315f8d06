// The document is true: a client generated from /openapi.json calls every
// operation with the document's own examples, the valid one answered 200
// with a value, the invalid one 422 with located issues of the one shape,
// and bad bodies with the statuses the document lists; every answer is
// checked against the response schema the document states for its status.
// The client calls the server both ways in: in process (`fetch`, through
// Hono) and over loopback HTTP (`listen`, whose Node listener answers the
// operations without Hono), so the two cannot drift apart.
import { afterAll, describe, expect, it } from "vitest"
import * as z from "zod"
import { createServer, listen, operations, type ServerOptions } from "../src/index.js"
import { FailureSchema } from "../src/internal/schemas.js"
import { type GeneratedOperation, generateClient, sendRaw } from "./client.js"

const workerUrl = new URL("./worker-from-source.mjs", import.meta.url)
const server = createServer({ pool: { size: 2, budgetMs: 60_000, workerUrl } })
afterAll(() => server.close())

const documentResponse = await server.request("/openapi.json")
const document: unknown = await documentResponse.json()
const client = generateClient(document, server.request)
const posts = client.filter((op) => op.method === "POST")
// The same document's client against a server that accepts 1 KiB bodies.
const small = createServer({ pool: false, maxBodyBytes: 1024 })
afterAll(() => small.close())

type Requester = (path: string, init: RequestInit) => Promise<Response>

// A server listening on a loopback port, called with fetch.
const overHttp = async (options: ServerOptions): Promise<Requester> => {
  const running = await listen({ port: 0, hostname: "127.0.0.1", ...options })
  afterAll(() => running.close())
  return (path, init) => fetch(`${running.url}${path}`, init)
}

const transports: ReadonlyArray<{ readonly name: string; readonly request: Requester; readonly small: Requester }> = [
  { name: "in process (fetch, through Hono)", request: server.request, small: small.request },
  {
    name: "over loopback HTTP (the Node listener)",
    request: await overHttp({ pool: { size: 1, budgetMs: 60_000, workerUrl } }),
    small: await overHttp({ pool: false, maxBodyBytes: 1024 })
  }
]

// The answer's status is one the document lists for the operation, and its
// body has the shape the document states for that status.
const expectDocumented = async (op: GeneratedOperation, res: Response, status: number): Promise<unknown> => {
  const text = await res.text()
  expect(res.status, text.slice(0, 2000)).toBe(status)
  expect(op.statuses, op.id).toContain(String(status))
  const body: unknown = JSON.parse(text)
  const schema = op.responseSchema(status)
  expect(schema, `${op.id} ${String(status)}`).toBeDefined()
  const checked = schema?.safeParse(body)
  expect(checked?.success, `${JSON.stringify(checked?.error?.issues ?? []).slice(0, 1000)} ${text.slice(0, 500)}`).toBe(
    true
  )
  return body
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with an operation for every operation of the server, and nothing else", () => {
    expect(documentResponse.status).toBe(200)
    expect(z.object({ openapi: z.literal("3.1.0") }).safeParse(document).success).toBe(true)
    expect(posts.map((op) => op.id).sort()).toEqual(operations.map((op) => op.id).sort())
    expect(
      client
        .filter((op) => op.method === "GET")
        .map((op) => op.path)
        .sort()
    ).toEqual(["/healthz", "/openapi.json", "/readyz"])
  })

  it("gives every operation a valid and an invalid example and the error statuses", () => {
    for (const op of posts) {
      expect([...op.examples.keys()].sort(), op.id).toEqual(["invalid", "valid"])
      for (const status of ["200", "400", "413", "415", "422", "503"]) expect(op.statuses, op.id).toContain(status)
      expect(op.statuses.includes("429"), op.id).toBe(op.heavy)
    }
  })
})

describe.each(transports)("the server $name", ({ request, small: smallRequest }) => {
  const posts = generateClient(document, request).filter((op) => op.method === "POST")
  const smallClient = generateClient(document, smallRequest)

  // A heavy operation's first call starts a worker thread (from the sources, through tsx: seconds).
  it.each(posts.map((op) => [op.id, op] as const))(
    "%s answers its valid example with 200",
    async (_, op) => {
      const example = op.examples.get("valid")
      expect(op.requestSchema?.safeParse(example).success, "the valid example fits the document's body schema").toBe(
        true
      )
      const body = await expectDocumented(op, await op.call(example), 200)
      expect(z.object({ ok: z.literal(true), value: z.unknown() }).safeParse(body).success).toBe(true)
    },
    60_000
  )

  it.each(posts.map((op) => [op.id, op] as const))(
    "%s answers its invalid example with 422 and located issues",
    async (_, op) => {
      const body = await expectDocumented(op, await op.call(op.examples.get("invalid")), 422)
      const failure = FailureSchema.safeParse(body)
      expect(failure.success, JSON.stringify(body).slice(0, 2000)).toBe(true)
      expect(failure.data?.issues.length).toBeGreaterThan(0)
      expect(failure.data?.issues.some((i) => i.severity === "error")).toBe(true)
    },
    60_000
  )

  it.each(posts.map((op) => [op.id, op] as const))(
    "%s answers bad bodies with the statuses and the issue shape of the document",
    async (_, op) => {
      await expectDocumented(op, await sendRaw(op, request, "{ not json"), 400)
      await expectDocumented(op, await sendRaw(op, request, '{"__proto__":{"x":1}}'), 400)
      await expectDocumented(op, await sendRaw(op, request, "{}", "text/plain"), 415)
      await expectDocumented(op, await op.call([]), 422)
      await expectDocumented(op, await op.call({ surely: "not a field" }), 422)
      const limited = smallClient.find((o) => o.id === op.id)
      expect(limited).toBeDefined()
      if (limited !== undefined) await expectDocumented(limited, await limited.call({ padding: "x".repeat(2048) }), 413)
    }
  )

  it("answers its service GETs with the shapes it states", async () => {
    for (const op of generateClient(document, request).filter((o) => o.method === "GET"))
      await expectDocumented(op, await op.call(), 200)
  })

  it("serves the human page without anything from elsewhere", async () => {
    const res = await request("/", {})
    const html = await res.text()
    expect(res.status).toBe(200)
    for (const op of operations) expect(html).toContain(op.path)
    expect(html).not.toMatch(/<script|<link|<img|(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i)
  })
})
