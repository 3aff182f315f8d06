// Hostile bodies at every operation of the document: malformed JSON, deep
// nesting, __proto__ keys, huge arrays, wrong types and mutated examples.
// Every answer is a 4xx (or 200 for a mutation that stays valid) carrying
// issues of the one shape; nothing answers 5xx, the server stays up and
// Object.prototype stays clean. Both ways in are fuzzed: in process
// (`fetch`, through Hono) and over loopback HTTP (the Node listener, which
// answers the operations without Hono).
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createServer, listen } from "../src/index.js"
import { FailureSchema } from "../src/internal/schemas.js"
import { generateClient } from "./client.js"

const maxBodyBytes = 256 * 1024
const options = {
  maxBodyBytes,
  pool: { size: 2, queue: 64, budgetMs: 2_000, workerUrl: new URL("./worker-from-source.mjs", import.meta.url) }
}
const server = createServer(options)
afterAll(() => server.close())
const running = await listen({ port: 0, hostname: "127.0.0.1", ...options })
afterAll(() => running.close())

type Requester = (path: string, init?: RequestInit) => Promise<Response>
const transports: ReadonlyArray<readonly [string, Requester]> = [
  ["in process", server.request],
  ["over loopback HTTP", (path, init) => fetch(`${running.url}${path}`, init)]
]

const document: unknown = await (await server.request("/openapi.json")).json()
const posts = generateClient(document, server.request).filter((op) => op.method === "POST")

// Starts the pool's threads before the properties run: a thread started from
// the sources (through tsx) takes seconds on a busy machine.
beforeAll(async () => {
  await Promise.all(
    transports.flatMap(([, request]) =>
      generateClient(document, request)
        .filter((op) => op.heavy)
        .map((op) => op.call(op.examples.get("valid")))
    )
  )
}, 120_000)

const expectIssues = async (res: Response, statuses: ReadonlyArray<number>): Promise<ReadonlyArray<string>> => {
  const text = await res.text()
  expect(statuses, text.slice(0, 500)).toContain(res.status)
  if (res.status === 200) return []
  const parsed = FailureSchema.safeParse(JSON.parse(text))
  expect(parsed.success, text.slice(0, 500)).toBe(true)
  expect(parsed.data?.issues.length ?? 0).toBeGreaterThan(0)
  return parsed.data?.issues.map((i) => i.code) ?? []
}

// Replaces the value at one path of a JSON value.
const replaceAt = (value: unknown, path: ReadonlyArray<number>, leaf: unknown): unknown => {
  const [head, ...rest] = path
  if (head === undefined) return leaf
  if (Array.isArray(value) && value.length > 0)
    return value.map((v, i) => (i === head % value.length ? replaceAt(v, rest, leaf) : v))
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value)
    if (entries.length === 0) return leaf
    const k = head % entries.length
    return Object.fromEntries(entries.map(([key, v], i) => [key, i === k ? replaceAt(v, rest, leaf) : v]))
  }
  return leaf
}

const prototypeKeys = (): ReadonlyArray<string> => Object.getOwnPropertyNames(Object.prototype).sort()
const cleanPrototype = prototypeKeys()

describe.each(transports)("%s", (_, request) => {
  const raw = (path: string, body: string, contentType = "application/json"): Promise<Response> =>
    request(path, { method: "POST", headers: { "content-type": contentType }, body })

  describe.each(posts.map((op) => [op.id, op] as const))("%s under hostile bodies", { timeout: 60_000 }, (_, op) => {
    it("refuses malformed JSON with 400", async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
          fc.pre(
            !(() => {
              try {
                JSON.parse(text)
                return true
              } catch {
                return false
              }
            })()
          )
          const codes = await expectIssues(await raw(op.path, text), [400])
          expect(codes).toContain("json_malformed")
        }),
        { numRuns: 30 }
      )
      expect(await expectIssues(await raw(op.path, ""), [400])).toContain("json_malformed")
    })

    it("refuses deep nesting and __proto__, constructor and prototype keys with 400", async () => {
      const deep = `${"[".repeat(50_000)}${"]".repeat(50_000)}`
      expect(await expectIssues(await raw(op.path, deep), [400])).toContain("json_too_deep")
      for (const key of ["__proto__", "constructor", "prototype"]) {
        const text = JSON.stringify(op.examples.get("valid")).replace(/^\{/, `{"${key}":{"polluted":true},`)
        expect(await expectIssues(await raw(op.path, text), [400])).toContain("json_forbidden_key")
      }
      expect(Reflect.get(Object.prototype, "polluted")).toBeUndefined()
    })

    it("refuses a body above the size limit with 413, and a huge array inside it with 422", async () => {
      const huge = JSON.stringify({ items: new Array(maxBodyBytes).fill(0) })
      expect(await expectIssues(await raw(op.path, huge), [413])).toEqual(["body_too_large"])
      const wide = JSON.stringify({ items: new Array(60_000).fill(0) })
      await expectIssues(await raw(op.path, wide), [422])
    })

    it("refuses another content type with 415 and another method with 405", async () => {
      expect(await expectIssues(await raw(op.path, "{}", "text/plain"), [415])).toEqual(["content_type_unsupported"])
      expect(await expectIssues(await request(op.path), [405])).toEqual(["method_not_allowed"])
    })

    it("answers any JSON value with 4xx and issues, never 5xx", async () => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
          await expectIssues(await raw(op.path, JSON.stringify(value)), [400, 422])
        }),
        { numRuns: 25 }
      )
    })

    it("answers a mutated example with 200 or 422, never 5xx", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.nat(50), { minLength: 1, maxLength: 6 }),
          fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(-1, 0, 1e12, "", "2026-02-30", null, [], {})),
          async (path, leaf) => {
            const body = replaceAt(op.examples.get("valid"), path, leaf)
            await expectIssues(await raw(op.path, JSON.stringify(body)), [200, 400, 422])
          }
        ),
        { numRuns: 25 }
      )
    }, 120_000)
  })
})

describe.each(transports)("after the hostile bodies, %s", (_, request) => {
  it("the server is alive, ready, and Object.prototype is clean", async () => {
    expect((await request("/healthz")).status).toBe(200)
    expect((await request("/readyz")).status).toBe(200)
    expect(prototypeKeys()).toEqual(cleanPrototype)
    expect(Reflect.get({}, "polluted")).toBeUndefined()
  })

  it("answers an unknown route with 404 and its issue", async () => {
    expect(await expectIssues(await request("/no/such/route"), [404])).toEqual(["route_unknown"])
  })
})
