// Guardrails over the whole workspace: the dependency direction of
// DESIGN.md, imports only through public entries, no import cycles inside
// a package, the package shape every package promises, and the registered
// issue codes with their generated list in docs/codes.md.
import { checkCodeTable } from "@tongban/core"
import { Graph, Option } from "effect"
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { codeLiterals, loadTables, renderCodes } from "../scripts/codes.js"

const root = fileURLToPath(new URL("..", import.meta.url))
const packages = readdirSync(join(root, "packages")).filter((p) =>
  existsSync(join(root, "packages", p, "package.json"))
)

// DESIGN.md: core <- deadline <- catalog <- approval <- simulation; scoring
// takes core, deadline and catalog; report and server take all of those; cli
// takes everything.
const allowed: Readonly<Record<string, ReadonlyArray<string>>> = {
  core: [],
  deadline: ["core"],
  catalog: ["core", "deadline"],
  approval: ["core", "deadline", "catalog"],
  simulation: ["core", "deadline", "catalog", "approval"],
  scoring: ["core", "deadline", "catalog"],
  report: ["core", "deadline", "catalog", "approval", "simulation", "scoring"],
  server: ["core", "deadline", "catalog", "approval", "simulation", "scoring"],
  cli: ["core", "deadline", "catalog", "approval", "simulation", "scoring", "report", "server"]
}

const walk = (dir: string): Array<string> =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((name) => {
        const path = join(dir, name)
        return statSync(path).isDirectory() ? walk(path) : path.endsWith(".ts") ? [path] : []
      })
    : []

const readJson = (path: string): Record<string, unknown> => {
  const value: unknown = JSON.parse(readFileSync(path, "utf8"))
  return typeof value === "object" && value !== null ? Object.fromEntries(Object.entries(value)) : {}
}

// The modules a file imports (comments, where doc examples live, left out);
// with `runtimeOnly`, `import type` and `export type` are left out too.
const importsOf = (file: string, runtimeOnly = false): Array<string> => {
  const text = readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
  const specs: Array<string> = []
  const pattern =
    /(?:^|\n)\s*(import|export)\s+(type\s)?[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g
  for (const m of text.matchAll(pattern)) {
    if (runtimeOnly && m[2] !== undefined) continue
    specs.push(m[3] ?? m[4] ?? "")
  }
  return specs
}

const publicSubpaths = (pkg: string): Set<string> => {
  const exportsField = readJson(join(root, "packages", pkg, "package.json")).exports
  const keys = typeof exportsField === "object" && exportsField !== null ? Object.keys(exportsField) : []
  return new Set(keys.filter((k) => !k.includes("*")))
}

describe("workspace", () => {
  it.each(packages)("%s depends only along the design's arrows", (pkg) => {
    const manifest = readJson(join(root, "packages", pkg, "package.json"))
    const deps = Object.keys(Object(manifest.dependencies))
      .filter((d) => d.startsWith("@tongban/"))
      .map((d) => d.slice("@tongban/".length))
    for (const dep of deps) expect(allowed[pkg] ?? [], `${pkg} -> ${dep}`).toContain(dep)
    for (const file of walk(join(root, "packages", pkg, "src"))) {
      for (const spec of importsOf(file)) {
        if (spec.startsWith("@tongban/")) {
          const [, name = "", ...rest] = spec.split("/")
          expect(allowed[pkg] ?? [], `${relative(root, file)} imports ${spec}`).toContain(name)
          const sub = rest.length === 0 ? "." : `./${rest.join("/")}`
          expect(publicSubpaths(name).has(sub), `${relative(root, file)} imports ${spec}, not a public entry`).toBe(
            true
          )
          expect(deps, `${relative(root, file)} imports ${spec} but package.json does not depend on it`).toContain(name)
        } else if (spec.startsWith(".")) {
          const target = resolve(dirname(file), spec)
          expect(
            relative(join(root, "packages", pkg, "src"), target).startsWith(".."),
            `${relative(root, file)} reaches outside its src: ${spec}`
          ).toBe(false)
        }
      }
    }
  })

  it.each(packages)("%s declares exactly the packages its sources import, both ways", (pkg) => {
    const manifest = readJson(join(root, "packages", pkg, "package.json"))
    const declared = new Set([
      ...Object.keys(Object(manifest.dependencies)),
      ...Object.keys(Object(manifest.peerDependencies))
    ])
    const used = new Map<string, string>()
    for (const file of walk(join(root, "packages", pkg, "src"))) {
      for (const spec of importsOf(file)) {
        if (spec.startsWith(".") || spec.startsWith("node:")) continue
        const parts = spec.split("/")
        const name = spec.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? spec)
        if (!used.has(name)) used.set(name, relative(root, file))
      }
    }
    const undeclared = [...used].filter(([name]) => !declared.has(name)).map(([name, file]) => `${name} (${file})`)
    expect(undeclared, `${pkg} imports packages its package.json does not declare`).toEqual([])
    const unused = [...declared].filter((name) => !used.has(name))
    expect(unused, `${pkg} declares dependencies its sources never import`).toEqual([])
  })

  it.each(packages)("%s has no import cycle", (pkg) => {
    const src = join(root, "packages", pkg, "src")
    const files = walk(src)
    const graph = Graph.directed<string, null>((g) => {
      const ids = new Map<string, number>()
      for (const f of files) ids.set(f, Graph.addNode(g, relative(src, f)))
      for (const f of files) {
        for (const spec of importsOf(f, true)) {
          if (!spec.startsWith(".")) continue
          const target = resolve(dirname(f), spec).replace(/\.js$/, ".ts")
          const from = ids.get(f)
          const to = ids.get(target) ?? ids.get(join(target, "index.ts"))
          if (from !== undefined && to !== undefined) Graph.addEdge(g, from, to, null)
        }
      }
    })
    const cycle = Graph.findCycle(graph)
    const names = Option.match(cycle, {
      onNone: () => [],
      onSome: (c) => c.path.map((i) => Option.getOrElse(Graph.getNode(graph, i), () => String(i)))
    })
    expect(names, `import cycle in ${pkg}`).toEqual([])
  })

  it.each(packages)("%s has the promised package shape", (pkg) => {
    const dir = join(root, "packages", pkg)
    const manifest = readJson(join(dir, "package.json"))
    expect(manifest.name).toBe(`@tongban/${pkg}`)
    expect(manifest.sideEffects).toBe(false)
    expect(manifest.license).toBe("Apache-2.0")
    expect(Array.isArray(manifest.files)).toBe(true)
    const exportsField = Object(manifest.exports)
    expect(Object.hasOwn(exportsField, "./internal/*") && exportsField["./internal/*"] === null).toBe(true)
    const main = Object(exportsField["."])
    expect(Object.keys(Object(main.import))[0]).toBe("types")
    expect(Object.keys(Object(main.require))[0]).toBe("types")
    for (const f of ["README.md", "src/index.ts", "tsup.config.ts", "tsconfig.json"])
      expect(existsSync(join(dir, f)), f).toBe(true)
    expect(walk(join(dir, "test")).some((f) => f.endsWith(".test.ts"))).toBe(true)
  })

  it("docs/codes.md is what the packages' code tables generate (run `pnpm codes` after changing a table)", async () => {
    const text = readFileSync(join(root, "docs", "codes.md"), "utf8")
    expect(text).toBe(renderCodes(await loadTables(root)))
  })

  it("every code table is well formed, named after its package, and registers every code its package reports", async () => {
    const tables = await loadTables(root)
    const registered = new Map(tables.map(({ pkg, table }) => [pkg, new Set(Object.keys(table?.codes ?? {}))]))
    for (const { pkg, table } of tables) {
      if (table === undefined) continue
      expect(table.package, `${pkg}'s table`).toBe(`@tongban/${pkg}`)
      expect(checkCodeTable(table), `${pkg}'s table`).toEqual([])
      // A package may pass on the codes of the packages it depends on.
      const known = new Set([pkg, ...(allowed[pkg] ?? [])].flatMap((p) => [...(registered.get(p) ?? [])]))
      for (const file of walk(join(root, "packages", pkg, "src"))) {
        const stray = codeLiterals(readFileSync(file, "utf8")).filter((code) => !known.has(code))
        expect(stray, `${relative(root, file)} reports codes its package's table does not register`).toEqual([])
      }
    }
  })

  // docs/architecture.md, kept true: the table of arrows is what the package.json files declare, and every
  // path the page names exists.
  const architecture = readFileSync(join(root, "docs", "architecture.md"), "utf8")
  const rowsBetween = (start: string, end: string): Array<Array<string>> => {
    const from = architecture.indexOf(start)
    const to = architecture.indexOf(end)
    return architecture
      .slice(from, to)
      .split("\n")
      .filter((l) => l.startsWith("|") && !l.startsWith("| ---"))
      .slice(1)
      .map((l) =>
        l
          .slice(1, -1)
          .split(/(?<!\\)\|/)
          .map((c) => c.trim())
      )
  }
  const list = (cell: string | undefined): Array<string> =>
    (cell ?? "")
      .split(",")
      .map((x) => x.trim())
      .filter((x) => x !== "")
      .sort()

  it("docs/architecture.md lists every package with exactly the dependencies its package.json declares", () => {
    const rows = rowsBetween("<!-- arrows:start -->", "<!-- arrows:end -->")
    expect(rows.map((r) => r[0]).sort()).toEqual([...packages].sort())
    for (const [pkg = "", tongban, other] of rows) {
      const deps = Object.keys(Object(readJson(join(root, "packages", pkg, "package.json")).dependencies))
      const ours = deps.filter((d) => d.startsWith("@tongban/")).map((d) => d.slice("@tongban/".length))
      expect(list(tongban), `${pkg}: tongban packages`).toEqual(ours.sort())
      expect(list(other), `${pkg}: other packages`).toEqual(deps.filter((d) => !d.startsWith("@tongban/")).sort())
      for (const dep of ours) expect(allowed[pkg] ?? [], `${pkg} -> ${dep} in docs/architecture.md`).toContain(dep)
    }
  })

  it("docs/architecture.md names only paths that exist, and every section of the T County demo", () => {
    const paths = [
      ...architecture.matchAll(
        /`((?:packages|examples|scripts|docs|test)\/[^`\s]+|\.[a-z-]+(?:\/[^`\s]+|\.cjs)|biome\.json|typedoc\.json)`/g
      )
    ].map((m) => m[1] ?? "")
    expect(paths.length).toBeGreaterThan(20)
    for (const path of paths) expect(existsSync(join(root, path)), `docs/architecture.md names ${path}`).toBe(true)
    const sections = readdirSync(join(root, "examples", "t-county")).filter((f) => /^\d\d-.*\.ts$/.test(f))
    for (const file of sections) expect(paths, `the demo section ${file}`).toContain(`examples/t-county/${file}`)
  })
})
