import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const packages = ["core", "deadline", "catalog", "approval", "simulation", "scoring", "report", "cli"]
const root = fileURLToPath(new URL(".", import.meta.url))
const cliPkg: unknown = JSON.parse(readFileSync(`${root}packages/cli/package.json`, "utf8"))
const cliVersion =
  typeof cliPkg === "object" && cliPkg !== null && "version" in cliPkg ? String(cliPkg.version) : "0.0.0"

// Tests run against the sources: each @tongban/* import resolves to its src/index.ts.
const alias = [
  // @tongban/deadline/china/2026: one national year of data, importable alone
  { find: /^@tongban\/deadline\/china\/(\d{4})$/, replacement: `${root}packages/deadline/src/data/china/$1.ts` },
  // @tongban/deadline/provisional: years past the last notice, projected (loads tyme4ts)
  { find: /^@tongban\/deadline\/provisional$/, replacement: `${root}packages/deadline/src/Provisional.ts` },
  // @tongban/simulation/node: the sweep runner (worker threads)
  { find: /^@tongban\/simulation\/node$/, replacement: `${root}packages/simulation/src/node.ts` },
  ...packages.map((name) => ({
    find: new RegExp(`^@tongban/${name}$`),
    replacement: `${root}packages/${name}/src/index.ts`
  }))
]

export default defineConfig({
  define: { __TONGBAN_VERSION__: JSON.stringify(cliVersion) },
  resolve: { alias },
  test: {
    projects: [
      ...packages.map((name) => ({
        extends: true as const,
        test: { name, root, include: [`packages/${name}/test/**/*.test.ts`] }
      })),
      { extends: true as const, test: { name: "workspace", root, include: ["test/**/*.test.ts"] } }
    ]
  }
})
