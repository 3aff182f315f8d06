// Runs every package's benchmarks (packages/*/bench/*.bench.ts) one after
// another, against the built packages. Each benchmark prints its own peer
// ratios; machines are shared and noisy, so ratios are what to read.
import { spawnSync } from "node:child_process"
import { existsSync, readdirSync } from "node:fs"
import { join } from "node:path"

const only = process.argv.slice(2)
let failed = false
let count = 0
for (const pkg of readdirSync("packages")) {
  const dir = join("packages", pkg, "bench")
  if (!existsSync(dir)) continue
  if (only.length > 0 && !only.includes(pkg)) continue
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort()) {
    count++
    console.log(`\n### ${pkg}/${file}`)
    const run = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", join(dir, file)], { stdio: "inherit" })
    if (run.status !== 0) failed = true
  }
}
console.log(`\nbench: ${count} benchmark files run${failed ? ", some failed" : ""}`)
process.exitCode = failed ? 1 : 0
