// `pnpm verify`: lint, typecheck, examples, test, check and docs, what CI
// runs. Steps that do not depend on each other run side by side (issue 11
// point 3, verify under 5 minutes on two cores): lint, the type check and
// the examples first, then the tests (which use every core alone), then the
// tarball checks beside the API docs. A step run beside another has its
// output held and printed whole when it ends, so the output reads as if the
// steps ran one after the other; every step of a phase runs to its end, and
// verify fails after the phase if any failed. Prints each step's time.
import { spawn } from "node:child_process"

const phases = [
  [
    ["lint", ["--silent", "lint"]],
    ["typecheck", ["--silent", "typecheck"]],
    ["examples", ["--silent", "examples"]]
  ],
  [["test", ["--silent", "test"]]],
  [
    ["check", ["--silent", "check"]],
    ["docs", ["--silent", "run", "docs"]]
  ]
]

/** Runs `pnpm ...args`; its output goes straight through when alone, else is held until it ends. */
const step = (name, args, alone) =>
  new Promise((done) => {
    const started = performance.now()
    const child = spawn("pnpm", args, { stdio: alone ? "inherit" : ["ignore", "pipe", "pipe"] })
    const held = []
    child.stdout?.on("data", (chunk) => held.push(chunk))
    child.stderr?.on("data", (chunk) => held.push(chunk))
    child.on("close", (code, signal) => {
      for (const chunk of held) process.stdout.write(chunk)
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      const ok = code === 0
      console.log(`verify: ${name}: ${ok ? "ok" : `FAILED (exit ${code ?? signal})`} (${seconds} s)`)
      done(ok)
    })
  })

for (const phase of phases) {
  const results = await Promise.all(phase.map(([name, args]) => step(name, args, phase.length === 1)))
  if (results.includes(false)) {
    process.exitCode = 1
    break
  }
}
