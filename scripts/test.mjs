// Runs every package's tests once per time zone: results must not depend on
// the host's zone (see DESIGN.md, "Dates"). One vitest run holds all three
// zones (vitest.config.ts makes a project per zone when TONGBAN_TEST_ZONES is
// set; each forked worker starts with its zone's TZ), so the sources are
// transformed once and the libraries imported once per worker instead of
// once per file and zone. The files vitest.config.ts lists in ONE_ZONE, whose
// results cannot depend on the zone (a tripwire proves it as they run), run
// in one zone only. Prints a line per zone, one for the one-zone files, the
// slowest files, then one closing line, "tests: N passed, N failed", over all
// runs.
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
const once = report.once ?? { zone: "", passed: 0, failed: 0 }
if (once.passed + once.failed > 0) {
  passed += once.passed
  failed += once.failed
  console.log(
    `TZ=${once.zone} only (vitest.config.ts, ONE_ZONE: zone-free files): ${once.passed} passed, ${once.failed} failed`
  )
}
// Every zone must have run the same tests: a zone that ran fewer is a zone
// whose projects did not start.
const sizes = new Set(zones.map((zone) => (report.zones[zone]?.passed ?? 0) + (report.zones[zone]?.failed ?? 0)))
const uneven = sizes.size !== 1
if (uneven) console.error("the zones ran different numbers of tests")
// Where the time goes (the time of a file's import and tests in its worker, summed over its zones).
const byFile = new Map()
for (const { file, ms } of report.files ?? []) byFile.set(file, (byFile.get(file) ?? 0) + ms)
const slowest = [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 5)
if (slowest.length > 0)
  console.log(`slowest files: ${slowest.map(([file, ms]) => `${file} ${(ms / 1000).toFixed(1)} s`).join(", ")}`)
console.log(`\ntests: ${passed} passed, ${failed} failed`)
process.exitCode = run.status !== 0 || uneven || failed > 0 || passed === 0 ? 1 : 0
