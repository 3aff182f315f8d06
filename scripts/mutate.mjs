// `pnpm mutate <package>`: Stryker mutation testing of one package's sources
// against that package's tests (stryker.config.mjs). Prints Stryker's table;
// the JSON report lands in node_modules/.cache/mutation/<package>.json.
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { join } from "node:path"

const [pkg, ...rest] = process.argv.slice(2)
if (pkg === undefined || !existsSync(join("packages", pkg, "src"))) {
  console.error("usage: pnpm mutate <package> [stryker options], e.g. pnpm mutate core --concurrency 2")
  process.exit(2)
}
const run = spawnSync(
  process.execPath,
  ["node_modules/@stryker-mutator/core/bin/stryker.js", "run", "stryker.config.mjs", ...rest],
  { stdio: "inherit", env: { ...process.env, TONGBAN_MUTATE: pkg, TONGBAN_TEST_SUITES: pkg } }
)
process.exitCode = run.status ?? 1
