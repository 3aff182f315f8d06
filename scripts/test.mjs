// Runs every package's tests once per time zone: results must not depend on
// the host's zone (see DESIGN.md, "Dates"). One vitest run holds all three
// zones (vitest.config.ts makes a project per suite and zone when
// TONGBAN_TEST_ZONES is set; each forked worker starts with its zone's TZ),
// so the sources are transformed once and the libraries imported once per
// worker instead of once per file and zone. Prints a line per zone, then one
// closing line, "tests: N passed, N failed", over all runs.
//
// Extra arguments go to vitest, except `--project`, below.
import { spawnSync } from "node:child_process"
import { mkdirSync, readFileSync, rmSync } from "node:fs"
import { availableParallelism } from "node:os"
import { join } from "node:path"

const zones = ["UTC", "Asia/Shanghai", "America/Los_Angeles"]
const out = join("node_modules", ".cache", "tongban-test")
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const tally = join(out, "tally.json")

// `--project core` (or `--project=core`, repeatable) keeps one suite in every
// zone: vitest.config.ts reads the names from TONGBAN_TEST_SUITES.
const extra = []
const suites = []
const args = process.argv.slice(2)
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? ""
  if (arg === "--project" && i + 1 < args.length) suites.push(args[++i] ?? "")
  else if (arg.startsWith("--project=")) suites.push(arg.slice("--project=".length))
  else extra.push(arg)
}

// Vitest's default on two cores is one worker; the three zones' projects are
// independent, so use every core.
const workers = String(Math.max(2, availableParallelism()))
const run = spawnSync(
  process.execPath,
  [
    "node_modules/vitest/vitest.mjs",
    "run",
    `--maxWorkers=${workers}`,
    "--reporter=dot",
    "--reporter=./scripts/test-reporter.mjs",
    ...extra
  ],
  {
    stdio: "inherit",
    env: {
      ...process.env,
      TONGBAN_TEST_ZONES: zones.join(","),
      TONGBAN_TEST_SUITES: suites.join(","),
      TONGBAN_TEST_TALLY: tally
    }
  }
)

let report
try {
  report = JSON.parse(readFileSync(tally, "utf8"))
} catch {
  console.error(`the test run wrote no tally (exit ${run.status})`)
  console.log("\ntests: 0 passed, 0 failed")
  process.exit(1)
}
let passed = 0
let failed = 0
console.log("")
for (const zone of zones) {
  const counts = report.zones[zone] ?? { passed: 0, failed: 0 }
  passed += counts.passed
  failed += counts.failed
  console.log(`TZ=${zone}: ${counts.passed} passed, ${counts.failed} failed`)
}
// Every zone must have run the same tests: a zone that ran fewer is a zone
// whose projects did not start.
const sizes = new Set(zones.map((zone) => (report.zones[zone]?.passed ?? 0) + (report.zones[zone]?.failed ?? 0)))
const uneven = sizes.size !== 1
if (uneven) console.error("the zones ran different numbers of tests")
console.log(`\ntests: ${passed} passed, ${failed} failed`)
process.exitCode = run.status !== 0 || uneven || failed > 0 || passed === 0 ? 1 : 0
