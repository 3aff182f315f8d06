import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { configDefaults, defineConfig } from "vitest/config"
import { ONE_ZONE } from "./test/oneZone.js"

const packages = ["core", "deadline", "catalog", "approval", "simulation", "scoring", "report", "server", "cli"]
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

const suites = [
  ...packages.map((name) => ({ name, include: [`packages/${name}/test/**/*.test.ts`] })),
  { name: "workspace", include: ["test/**/*.test.ts"] }
]

// TONGBAN_TEST_ZONES="UTC,Asia/Shanghai,America/Los_Angeles" (set by
// scripts/test.mjs) runs every suite once per zone in ONE vitest run: a
// project per zone, named "all@UTC", whose forked workers start with that TZ,
// and "once@America/Los_Angeles" for ONE_ZONE, with the tripwire. Without it,
// one project per suite under the host's TZ, named as before ("core"), so
// `--project core` still picks one package.
// TONGBAN_TEST_SUITES="core,deadline" keeps only those suites (in every zone;
// scripts/mutate.mjs sets it too).
const zones = (process.env.TONGBAN_TEST_ZONES ?? "").split(",").filter((zone) => zone !== "")
const only = (process.env.TONGBAN_TEST_SUITES ?? "").split(",").filter((name) => name !== "")
const chosen = only.length === 0 ? suites : suites.filter((suite) => only.includes(suite.name))
const suiteOf = (file: string): string => (file.startsWith("packages/") ? (file.split("/")[1] ?? "") : "workspace")
const once = ONE_ZONE.map((entry) => entry.file).filter((file) => chosen.some((suite) => suite.name === suiteOf(file)))
const lastZone = zones.at(-1)
const projects =
  zones.length === 0 || lastZone === undefined
    ? chosen.map((suite) => ({ extends: true as const, test: { ...suite, root } }))
    : [
        ...zones.map((zone) => ({
          extends: true as const,
          test: {
            name: `all@${zone}`,
            include: chosen.flatMap((suite) => suite.include),
            exclude: [...configDefaults.exclude, ...ONE_ZONE.map((entry) => entry.file)],
            root,
            env: { TZ: zone, TONGBAN_TEST_ZONE: zone }
          }
        })),
        ...(once.length === 0
          ? []
          : [
              {
                extends: true as const,
                test: {
                  name: `once@${lastZone}`,
                  include: once,
                  root,
                  setupFiles: ["test/oneZone.setup.ts"],
                  env: { TZ: lastZone, TONGBAN_TEST_ZONE: lastZone }
                }
              }
            ])
      ]

export default defineConfig({
  define: { __TONGBAN_VERSION__: JSON.stringify(cliVersion) },
  resolve: { alias },
  test: {
    // Test files of one project share a worker and its module cache (no test
    // touches global state): the libraries are imported once per worker, not
    // once per file, which was most of the suite's time.
    isolate: false,
    // Under mutation testing (scripts/mutate.mjs) the sources are instrumented and slower.
    testTimeout: process.env.TONGBAN_MUTATE === undefined ? 5000 : 60_000,
    pool: "forks",
    projects
  }
})
