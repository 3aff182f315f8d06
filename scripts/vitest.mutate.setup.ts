// A setup file of scripts/vitest.mutate.config.ts: under mutation testing,
// skips the few tests that measure how input of a million elements is
// walked. Instrumented for Stryker the sources are ~30 times slower, and
// such a test takes over a minute instead of two seconds, which timed out
// the initial run and would run for every mutant it covers. What they check
// besides their size is checked by smaller tests (docs/testing.md lists them
// with the reason).
import { beforeEach } from "vitest"

const slow = ["walks a million-element array without building a path per element"]

beforeEach((context) => {
  if (slow.includes(context.task.name)) context.skip()
})
