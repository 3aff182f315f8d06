// `tongban serve` as a process: it logs one JSON line when it listens, answers
// on loopback, and on SIGTERM finishes the request it is in the middle of
// (a body still arriving), refuses new connections, logs that it stopped and
// exits 0; a second signal while it drains, or a signal before all its
// processes listen, does not end it by the signal (exit 143). The CLI runs from its sources through tsx (tests run before any
// build).
import { type ChildProcess, spawn } from "node:child_process"
import { request } from "node:http"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import * as z from "zod"

const root = fileURLToPath(new URL("../../..", import.meta.url))

const LogLine = z.looseObject({ event: z.string().optional(), url: z.string().optional(), status: z.int().optional() })

const start = (
  ...extra: Array<string>
): { child: ChildProcess; lines: Array<z.output<typeof LogLine>>; exited: Promise<number | null> } => {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "packages/cli/src/bin.ts", "serve", "--port", "0", "--host", "127.0.0.1", ...extra],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"] }
  )
  const lines: Array<z.output<typeof LogLine>> = []
  let rest = ""
  child.stdout?.on("data", (chunk: Buffer) => {
    rest += chunk.toString("utf8")
    const parts = rest.split("\n")
    rest = parts.pop() ?? ""
    for (const part of parts) if (part.trim() !== "") lines.push(LogLine.parse(JSON.parse(part)))
  })
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)))
  return { child, lines, exited }
}

const until = async (condition: () => boolean): Promise<void> => {
  while (!condition()) await new Promise((r) => setTimeout(r, 20))
}

describe("tongban serve", () => {
  it("drains on SIGTERM, a second signal notwithstanding: the request under way is answered, then the process exits 0", async () => {
    const { child, lines, exited } = start()
    await until(() => lines.some((l) => l.event === "listening"))
    const url = new URL(lines.find((l) => l.event === "listening")?.url ?? "")
    const body = JSON.stringify({ start: "2024-09-20", limit: "15d" })
    // A request whose body arrives in two halves, with SIGTERM between them.
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: "/deadline/due",
          method: "POST",
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) }
        },
        (res) => {
          let text = ""
          res.on("data", (c: Buffer) => {
            text += c.toString("utf8")
          })
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }))
        }
      )
      req.on("error", reject)
      req.write(body.slice(0, 10))
      setTimeout(() => {
        child.kill("SIGTERM")
        // A repeated signal while it drains (a supervisor's, a terminal's Ctrl-C).
        setTimeout(() => child.kill("SIGINT"), 200)
        setTimeout(() => req.end(body.slice(10)), 500)
      }, 500)
    })
    const res = await answer
    expect(res.status).toBe(200)
    expect(res.text).toContain('"due":"2024-10-08"')
    expect(await exited).toBe(0)
    expect(lines.map((l) => l.event).filter((e) => e !== undefined)).toEqual(["listening", "stopping", "stopped"])
    expect(lines.find((l) => l.event === undefined)?.status).toBe(200)
    await expect(fetch(`${url.origin}/healthz`)).rejects.toThrow()
  }, 120_000)

  it("--processes 2: two processes answer on one port, and SIGTERM drains both and exits 0", async () => {
    const { child, lines, exited } = start("--processes", "2", "--workers", "1")
    await until(() => lines.some((l) => l.event === "listening"))
    const url = new URL(lines.find((l) => l.event === "listening")?.url ?? "")
    const body = JSON.stringify({ start: "2024-09-20", limit: "15d" })
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        fetch(`${url.origin}/deadline/due`, {
          method: "POST",
          headers: { "content-type": "application/json", connection: "close" },
          body
        }).then(async (r) => ({ status: r.status, text: await r.text() }))
      )
    )
    for (const a of answers)
      expect(a).toMatchObject({ status: 200, text: expect.stringContaining('"due":"2024-10-08"') })
    child.kill("SIGTERM")
    setTimeout(() => child.kill("SIGTERM"), 20)
    expect(await exited).toBe(0)
    const events = lines.map((l) => l.event).filter((e) => e !== undefined)
    expect(events.filter((e) => e === "process-listening")).toHaveLength(2)
    expect(events.filter((e) => e === "process-stopped")).toHaveLength(2)
    expect(events.slice(-1)).toEqual(["stopped"])
    expect(lines.filter((l) => l.event === undefined && l.status === 200)).toHaveLength(8)
    await expect(fetch(`${url.origin}/healthz`)).rejects.toThrow()
  }, 180_000)

  it("--processes 2: a SIGTERM before every process listens stops them all and exits 0", async () => {
    const { child, lines, exited } = start("--processes", "2", "--workers", "1")
    await until(() => lines.some((l) => l.event === "process-listening"))
    child.kill("SIGTERM")
    expect(await exited).toBe(0)
    const events = lines.map((l) => l.event).filter((e) => e !== undefined)
    expect(events).toContain("stopping")
    expect(events.slice(-1)).toEqual(["stopped"])
    expect(events).not.toContain("listening")
  }, 180_000)
})
