// Runs every package's tests once per time zone: results must not depend on
// the host's zone (see DESIGN.md, "Dates"). Prints one closing line,
// "tests: N passed, N failed", over all runs.
import { spawnSync } from "node:child_process"
import { mkdirSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"

const zones = ["UTC", "Asia/Shanghai", "America/Los_Angeles"]
const out = join("node_modules", ".cache", "tongban-test")
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const extra = process.argv.slice(2)

let passed = 0
let failed = 0
let broken = false
for (const zone of zones) {
  const file = join(out, `${zone.replace("/", "_")}.json`)
  console.log(`\n=== TZ=${zone} ===`)
  const run = spawnSync(
    process.execPath,
    [
      "node_modules/vitest/vitest.mjs",
      "run",
      "--reporter=dot",
      "--reporter=json",
      `--outputFile.json=${file}`,
      ...extra
    ],
    { stdio: "inherit", env: { ...process.env, TZ: zone } }
  )
  let report
  try {
    report = JSON.parse(readFileSync(file, "utf8"))
  } catch {
    console.error(`TZ=${zone}: the test run wrote no report (exit ${run.status})`)
    broken = true
    continue
  }
  passed += report.numPassedTests
  failed += report.numFailedTests
  if (run.status !== 0) broken = true
  console.log(`TZ=${zone}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`)
}
console.log(`\ntests: ${passed} passed, ${failed} failed`)
process.exitCode = broken || failed > 0 || passed === 0 ? 1 : 0
