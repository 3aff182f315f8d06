// docs/deploy/, read as far as a reading can check it: no container engine
// runs on the machines this was written on, so the image was never built
// here. The Dockerfile's final stage is node:20-slim, runs as a user that is
// not root, runs `tongban serve`, and holds production dependencies only;
// the Kubernetes manifest probes the health endpoints the server has and
// runs sweeps as an Indexed Job merged by `simulate merge`.
import { readFileSync } from "node:fs"
import { afterAll, describe, expect, it } from "vitest"
import { createServer } from "../src/index.js"

const read = (name: string): string => readFileSync(new URL(`../../../docs/deploy/${name}`, import.meta.url), "utf8")

interface Instruction {
  readonly op: string
  readonly args: string
}

// Instructions of a Dockerfile: comments dropped, continued lines joined.
const instructions = (text: string): ReadonlyArray<Instruction> =>
  text
    .replace(/\\\r?\n/g, " ")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => {
      const [op = "", ...rest] = l.split(/\s+/)
      return { op: op.toUpperCase(), args: rest.join(" ") }
    })

const all = instructions(read("Dockerfile"))
const lastFrom = all.map((i) => i.op).lastIndexOf("FROM")
const final = all.slice(lastFrom)
const build = all.slice(0, lastFrom)
const execForm = (args: string): ReadonlyArray<string> => {
  const parsed: unknown = JSON.parse(args)
  return Array.isArray(parsed) ? parsed.map(String) : []
}

describe("docs/deploy/Dockerfile", () => {
  it("runs on node:20-slim in its final stage", () => {
    expect(final[0]?.args.split(/\s+/)[0]).toBe("node:20-slim")
  })

  it("runs as a user that is not root", () => {
    const users = final.filter((i) => i.op === "USER").map((i) => i.args.split(":")[0])
    expect(users.length).toBeGreaterThan(0)
    expect(users.at(-1)).not.toMatch(/^(?:root|0)$/)
  })

  it("runs tongban serve on the port it exposes, listening on every interface", () => {
    const cmd = final.filter((i) => i.op === "CMD").map((i) => execForm(i.args))
    expect(cmd).toHaveLength(1)
    const argv = cmd[0] ?? []
    expect(argv.slice(0, 3)).toEqual(["node", "dist/bin.js", "serve"])
    const port = argv[argv.indexOf("--port") + 1]
    expect(final.filter((i) => i.op === "EXPOSE").map((i) => i.args)).toEqual([port])
    expect(argv[argv.indexOf("--host") + 1]).toBe("0.0.0.0")
    expect(final.some((i) => i.op === "ENTRYPOINT")).toBe(false)
  })

  it("holds production dependencies only: the final stage installs nothing and copies only the --prod deployment", () => {
    expect(final.filter((i) => i.op === "RUN")).toEqual([])
    const copies = final.filter((i) => i.op === "COPY" || i.op === "ADD")
    expect(copies.map((c) => c.args.replace(/--chown=\S+\s*/, ""))).toEqual(["--from=build /app /app"])
    const deploy = build.filter((i) => i.op === "RUN" && /\bpnpm\b.*\bdeploy\b/.test(i.args))
    expect(deploy).toHaveLength(1)
    expect(deploy[0]?.args).toMatch(/--filter @tongban\/cli deploy --prod \/app$/)
    expect(final.some((i) => i.op === "ENV" && /NODE_ENV=production/.test(i.args))).toBe(true)
  })

  it("sends nothing built on the host into the build", () => {
    const ignored = read("Dockerfile.dockerignore").split(/\r?\n/)
    for (const path of ["**/node_modules", "**/dist", ".git"]) expect(ignored).toContain(path)
  })
})

describe("docs/deploy/kubernetes.yaml", () => {
  const manifest = read("kubernetes.yaml")
  const documents = manifest.split(/^---$/m)
  const kinds = documents.map((d) => /^kind:\s*(\S+)/m.exec(d)?.[1])
  const server = createServer({ pool: false })
  afterAll(() => server.close())

  it("has a Deployment, a Service, an Indexed sweep Job and its merge Job", () => {
    expect(kinds).toEqual(["Deployment", "Service", "Job", "Job"])
  })

  it("probes readiness and liveness on endpoints the server answers", async () => {
    const deployment = documents[0] ?? ""
    const probe = (name: string) =>
      new RegExp(`${name}:\\s*\\n\\s*httpGet:\\s*\\{\\s*path:\\s*(\\S+),`).exec(deployment)?.[1]
    expect(probe("readinessProbe")).toBe("/readyz")
    expect(probe("livenessProbe")).toBe("/healthz")
    for (const path of ["/readyz", "/healthz"]) expect((await server.request(path)).status).toBe(200)
    expect(deployment).toMatch(/runAsNonRoot:\s*true/)
  })

  it("runs one simulate shard per completion index, and merges the shards with simulate merge", () => {
    const sweep = documents[2] ?? ""
    expect(sweep).toMatch(/completionMode:\s*Indexed/)
    expect(sweep).toMatch(
      /simulate \/sweep\/sweep\.json\s+--seed \$\(\(1 \+ JOB_COMPLETION_INDEX \* 500\)\) --runs 500/
    )
    expect(sweep).toMatch(/--out \/results\/shard-\$JOB_COMPLETION_INDEX/)
    expect(documents[3] ?? "").toMatch(/simulate merge \/results\/shard-\*\/shard\.json/)
  })
})
