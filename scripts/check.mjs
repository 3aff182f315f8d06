// Packs every package as it would be published, then checks each tarball:
// publint --strict, are-the-types-wrong, size-limit budgets, and a smoke
// import of every entry of the packed build from ESM and from CommonJS in a
// fresh project. The CommonJS import proves what `engines` says: where it
// admits a Node older than 20.19, require() runs with require(esm) off.
import { execFile, execFileSync } from "node:child_process"
import { availableParallelism } from "node:os"
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"

const root = resolve(".")
const work = join(root, "node_modules", ".cache", "tongban-check")
const packDir = join(work, "pack")
rmSync(work, { recursive: true, force: true })
mkdirSync(packDir, { recursive: true })

const sh = (cmd, args, cwd = root) => {
  console.log(`$ ${cmd} ${args.join(" ")}`)
  execFileSync(cmd, args, { cwd, stdio: "inherit" })
}

const packages = readdirSync(join(root, "packages")).filter((name) =>
  existsSync(join(root, "packages", name, "package.json"))
)
const tarballs = []
for (const name of packages) {
  const dir = join(root, "packages", name)
  const before = new Set(readdirSync(packDir))
  sh("pnpm", ["pack", "--pack-destination", packDir], dir)
  const created = readdirSync(packDir).filter((f) => !before.has(f) && f.endsWith(".tgz"))
  if (created.length !== 1) throw new Error(`packing ${name} made ${created.length} tarballs`)
  tarballs.push({ name, file: join(packDir, created[0]) })
}

// publint and are-the-types-wrong of each tarball, as many at a time as
// there are cores (each is one single-threaded process; verify runs check
// beside typedoc on two cores): each command's output is printed whole when
// it ends, in the order of the list, and check stops after them if one failed.
const lints = tarballs.flatMap(({ file }) => [
  ["node", [join(root, "node_modules/publint/src/cli.js"), "run", file, "--strict"]],
  [
    "node",
    [
      join(root, "node_modules/@arethetypeswrong/cli/dist/index.js"),
      file,
      "--profile",
      "node16",
      "--no-emoji",
      "--no-color"
    ]
  ]
])
const runHeld = ([cmd, args]) =>
  new Promise((done) =>
    execFile(cmd, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      done({ cmd, args, error, output: `${stdout}${stderr}` })
    )
  )
const results = new Array(lints.length)
let next = 0
await Promise.all(
  Array.from({ length: Math.max(2, availableParallelism()) }, async () => {
    while (next < lints.length) {
      const i = next++
      results[i] = await runHeld(lints[i])
    }
  })
)
for (const { cmd, args, error, output } of results) {
  console.log(`$ ${cmd} ${args.join(" ")}`)
  process.stdout.write(output)
  if (error !== null) throw new Error(`${cmd} ${args.join(" ")} failed: ${error.message}`)
}

if (existsSync(join(root, ".size-limit.cjs"))) sh("node", [join(root, "node_modules/size-limit/bin.js")])

// Smoke: install the tarballs into an empty project, as a user would.
const smoke = join(work, "smoke")
mkdirSync(smoke, { recursive: true })
writeFileSync(join(smoke, "package.json"), JSON.stringify({ name: "smoke", private: true, version: "0.0.0" }))
sh(
  "npm",
  ["install", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error", ...tarballs.map((t) => t.file)],
  smoke
)
// engines.node as the lowest version it admits: ">=20" is 20.0.0.
const lowestNode = (range) => {
  const m = /^\s*>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(range ?? "")
  if (m === null)
    throw new Error(`engines.node "${range}" is not of the form ">=X.Y.Z", which check knows how to prove`)
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)]
}
const [major, minor] = process.versions.node.split(".").map(Number)
let cjsOnOldNode = 0
for (const { name } of tarballs) {
  const spec = `@tongban/${name}`
  const manifest = JSON.parse(readFileSync(join(root, "packages", name, "package.json"), "utf8"))
  const [lowMajor, lowMinor] = lowestNode(manifest.engines?.node)
  if (major < lowMajor || (major === lowMajor && minor < lowMinor)) {
    throw new Error(`${spec}: engines.node is ${manifest.engines.node}, this is Node ${process.versions.node}`)
  }
  // Node before 20.19 (and 22.0-22.11) cannot require() an ES module. When
  // engines admits such a Node, every CJS entry must load with require(esm)
  // switched off, as it would there: no ESM-only dependency may be required.
  const noRequireEsm = lowMajor < 20 || (lowMajor === 20 && lowMinor < 19) ? ["--no-experimental-require-module"] : []
  const subpaths = Object.entries(manifest.exports ?? {})
    .filter(([key, value]) => !key.includes("*") && key !== "./package.json" && value !== null)
    .map(([key]) => (key === "." ? spec : `${spec}/${key.slice(2)}`))
  for (const entry of subpaths) {
    const esm = `const m = await import(${JSON.stringify(entry)}); console.log("esm ok", ${JSON.stringify(entry)}, Object.keys(m).length)`
    const cjs = `const m = require(${JSON.stringify(entry)}); console.log("cjs ok", ${JSON.stringify(entry)}, Object.keys(m).length)`
    sh("node", ["--input-type=module", "-e", esm], smoke)
    sh("node", [...noRequireEsm, "-e", cjs], smoke)
  }
  if (noRequireEsm.length > 0) cjsOnOldNode++
  let internalBlocked = false
  try {
    execFileSync("node", ["--input-type=module", "-e", `await import(${JSON.stringify(`${spec}/internal/x`)})`], {
      cwd: smoke,
      stdio: "pipe"
    })
  } catch {
    internalBlocked = true
  }
  if (!internalBlocked) throw new Error(`${spec}/internal/* is reachable`)
}
const cliOut = execFileSync(join(smoke, "node_modules", ".bin", "tongban"), ["--version"], { cwd: smoke })
  .toString()
  .trim()
const cliPkg = JSON.parse(readFileSync(join(root, "packages", "cli", "package.json"), "utf8"))
if (cliOut !== cliPkg.version) throw new Error(`tongban --version printed ${cliOut}, expected ${cliPkg.version}`)
console.log(
  `check: ${tarballs.length} packages packed, linted, type-checked and imported (ESM and CJS, every entry; ${cjsOnOldNode} required as on Node before 20.19, as their engines admit); tongban ${cliOut}`
)
