// `pnpm mutate <package>`: Stryker mutation testing of one package's sources
// against that package's tests (stryker.config.mjs). Prints Stryker's table;
// the JSON report lands in node_modules/.cache/mutation/<package>.json.
//
// `pnpm mutate <package> --by-file [File.ts,…]` runs Stryker once per source
// file (all of them, or those named, relative to src/), each against all of
// the package's tests, writes node_modules/.cache/mutation/<package>/<file>.json
// and prints the sum over the files reported so far; `--sum` only prints it.
// The union of the files is the whole package; a file's run can be repeated
// alone after its tests change, and a long measurement can stop and go on.
import { spawnSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"

const [pkg, ...rest] = process.argv.slice(2)
if (pkg === undefined || !existsSync(join("packages", pkg, "src"))) {
  console.error(
    "usage: pnpm mutate <package> [--by-file [File.ts,…] | --sum] [stryker options], e.g. pnpm mutate core --by-file --concurrency 2"
  )
  process.exit(2)
}
const src = join("packages", pkg, "src")
const reports = join("node_modules", ".cache", "mutation", pkg)

const stryker = (args, env) =>
  spawnSync(
    process.execPath,
    ["node_modules/@stryker-mutator/core/bin/stryker.js", "run", "stryker.config.mjs", ...args],
    {
      stdio: "inherit",
      env: { ...process.env, TONGBAN_MUTATE: pkg, TONGBAN_TEST_SUITES: pkg, ...env }
    }
  ).status ?? 1

const sourceFiles = () =>
  readdirSync(src, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => file.split("\\").join("/"))
    .sort()

// Stryker's statuses counted as the table in docs/testing.md counts them;
// compile and runtime errors and ignored mutants are not in the score.
const tally = (report) => {
  const counts = { mutants: 0, Killed: 0, Survived: 0, Timeout: 0, NoCoverage: 0, errors: 0 }
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) {
      counts.mutants++
      if (mutant.status in counts) counts[mutant.status]++
      else counts.errors++
    }
  }
  return counts
}
const score = (c) => {
  const valid = c.Killed + c.Timeout + c.Survived + c.NoCoverage
  return valid === 0 ? "n/a" : `${((100 * (c.Killed + c.Timeout)) / valid).toFixed(1)} %`
}

const printSum = () => {
  const total = { mutants: 0, Killed: 0, Survived: 0, Timeout: 0, NoCoverage: 0, errors: 0 }
  const rows = []
  const missing = []
  for (const file of sourceFiles()) {
    const path = join(reports, `${file}.json`)
    if (!existsSync(path)) {
      missing.push(file)
      continue
    }
    const counts = tally(JSON.parse(readFileSync(path, "utf8")))
    for (const key of Object.keys(total)) total[key] += counts[key]
    rows.push({ file, ...counts, score: score(counts) })
  }
  rows.push({ file: "sum", ...total, score: score(total) })
  console.table(rows)
  if (missing.length > 0) console.log(`not measured yet: ${missing.join(", ")}`)
}

if (rest[0] === "--sum") {
  printSum()
} else if (rest[0] === "--by-file") {
  const named = rest[1] !== undefined && !rest[1].startsWith("--") ? rest[1].split(",") : undefined
  const options = named === undefined ? rest.slice(1) : rest.slice(2)
  const files = named ?? sourceFiles()
  for (const file of files) {
    if (!existsSync(join(src, file))) {
      console.error(`no ${relative(".", join(src, file))}`)
      process.exit(2)
    }
  }
  let status = 0
  for (const file of files) {
    console.log(`\n== ${pkg}/src/${file}`)
    const code = stryker(["--mutate", join(src, file), ...options], {
      TONGBAN_MUTATE_REPORT: join(reports, `${file}.json`)
    })
    if (code !== 0) status = code
  }
  printSum()
  process.exitCode = status
} else {
  process.exitCode = stryker(rest, {})
}
