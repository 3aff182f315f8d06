// A vitest reporter for scripts/test.mjs: counts passed and failed tests per
// time zone (the part of a project name after "@", see vitest.config.ts),
// the one-zone project ("once@<zone>") apart, and writes them with each
// file's time to the file named by TONGBAN_TEST_TALLY.
import { writeFileSync } from "node:fs"
import { relative } from "node:path"

export default class ZoneTally {
  onTestRunEnd(testModules, unhandledErrors) {
    const zones = {}
    const once = { zone: "", passed: 0, failed: 0 }
    const files = []
    for (const testModule of testModules) {
      const name = testModule.project.name
      const zone = name.includes("@") ? name.slice(name.indexOf("@") + 1) : (process.env.TZ ?? "")
      let counts = once
      if (name.startsWith("once@")) once.zone = zone
      else {
        if (zones[zone] === undefined) zones[zone] = { passed: 0, failed: 0 }
        counts = zones[zone]
      }
      // A file that fails to load has no tests: count it as one failure.
      if (testModule.state() === "failed" && [...testModule.children.allTests()].length === 0) counts.failed++
      for (const test of testModule.children.allTests()) {
        const state = test.result().state
        if (state === "passed") counts.passed++
        else if (state === "failed") counts.failed++
      }
      const d = testModule.diagnostic()
      files.push({ file: relative(process.cwd(), testModule.moduleId), zone, ms: d.collectDuration + d.duration })
    }
    const file = process.env.TONGBAN_TEST_TALLY
    if (file !== undefined)
      writeFileSync(file, JSON.stringify({ zones, once, files, unhandledErrors: unhandledErrors.length }))
  }
}
