// A vitest reporter for scripts/test.mjs: counts passed and failed tests per
// time zone (the part of a project name after "@", see vitest.config.ts) and
// writes them to the file named by TONGBAN_TEST_TALLY.
import { writeFileSync } from "node:fs"

export default class ZoneTally {
  onTestRunEnd(testModules, unhandledErrors) {
    const zones = {}
    for (const testModule of testModules) {
      const name = testModule.project.name
      const zone = name.includes("@") ? name.slice(name.indexOf("@") + 1) : (process.env.TZ ?? "")
      if (zones[zone] === undefined) zones[zone] = { passed: 0, failed: 0 }
      const counts = zones[zone]
      // A file that fails to load has no tests: count it as one failure.
      if (testModule.state() === "failed" && [...testModule.children.allTests()].length === 0) counts.failed++
      for (const test of testModule.children.allTests()) {
        const state = test.result().state
        if (state === "passed") counts.passed++
        else if (state === "failed") counts.failed++
      }
    }
    const file = process.env.TONGBAN_TEST_TALLY
    if (file !== undefined) writeFileSync(file, JSON.stringify({ zones, unhandledErrors: unhandledErrors.length }))
  }
}
