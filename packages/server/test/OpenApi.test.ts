// The document is true: a client generated from /openapi.json calls every
// operation with the document's own examples, the valid one answered 200
// with a value, the invalid one 422 with located issues of the one shape.
import { afterAll, describe, expect, it } from "vitest"
import * as z from "zod"
import { createServer, operations } from "../src/index.js"
import { FailureSchema } from "../src/internal/schemas.js"
import { generateClient } from "./client.js"

const server = createServer({
  pool: { size: 2, budgetMs: 60_000, workerUrl: new URL("./worker-from-source.mjs", import.meta.url) }
})
afterAll(() => server.close())

const documentResponse = await server.request("/openapi.json")
const document: unknown = await documentResponse.json()
const client = generateClient(document, server.request)
const posts = client.filter((op) => op.method === "POST")

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

  // A heavy operation's first call starts a worker thread (from the sources, through tsx: seconds).
  it.each(posts.map((op) => [op.id, op] as const))(
    "%s answers its valid example with 200",
    async (_, op) => {
      const res = await op.call(op.examples.get("valid"))
      const body: unknown = await res.json()
      expect(res.status, JSON.stringify(body).slice(0, 2000)).toBe(200)
      expect(z.object({ ok: z.literal(true), value: z.unknown() }).safeParse(body).success).toBe(true)
    },
    60_000
  )

  it.each(posts.map((op) => [op.id, op] as const))(
    "%s answers its invalid example with 422 and located issues",
    async (_, op) => {
      const res = await op.call(op.examples.get("invalid"))
      const body: unknown = await res.json()
      expect(res.status, JSON.stringify(body).slice(0, 2000)).toBe(422)
      const failure = FailureSchema.safeParse(body)
      expect(failure.success, JSON.stringify(body).slice(0, 2000)).toBe(true)
      expect(failure.data?.issues.length).toBeGreaterThan(0)
      expect(failure.data?.issues.some((i) => i.severity === "error")).toBe(true)
    },
    60_000
  )

  it("serves the human page without anything from elsewhere", async () => {
    const res = await server.request("/")
    const html = await res.text()
    expect(res.status).toBe(200)
    for (const op of operations) expect(html).toContain(op.path)
    expect(html).not.toMatch(/<script|<link|<img|(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i)
  })
})
