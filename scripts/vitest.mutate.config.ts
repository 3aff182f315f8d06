// The vitest configuration Stryker runs (stryker.config.mjs): the suite's
// own (vitest.config.ts) with every test file in a fresh module registry.
// The suite shares one registry between the files of a worker (isolate:
// false, for speed), but then Stryker's setup file, which sets the test id
// for coverage and switches the mutant on, reaches only the first file of
// the worker: the tests of every other file counted as covering nothing and
// ran without the mutant, so `pnpm mutate core` reported 971 of 1,310
// mutants as not covered (Csv, Issue, Json, Random and Schema at 0 %). A
// fresh registry per file and run is also what lets
// scripts/vitest.mutate.setup.ts switch static mutants on before the
// sources load; that file also skips the tests of a million elements,
// which instrumented sources make too slow to run per mutant.
// scripts/vitest.mutate.reporter.mjs turns a test file that fails to load
// into a failed test, so that a mutant breaking an import is killed.
import { mergeConfig } from "vitest/config"
import suite from "../vitest.config.js"

export default mergeConfig(suite, {
  test: {
    isolate: true,
    setupFiles: ["scripts/vitest.mutate.setup.ts"],
    reporters: ["default", "./scripts/vitest.mutate.reporter.mjs"]
  }
})
