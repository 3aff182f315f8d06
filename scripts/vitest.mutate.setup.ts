// A setup file of scripts/vitest.mutate.config.ts. It runs after Stryker's
// own setup file and before each test file imports the modules under test.
//
// 1. Static mutants switched on before the modules load. Stryker's vitest
//    runner (9.6.1) switches a mutant on in a beforeAll hook whenever the
//    run has a test filter ("runtime" activation), and it has one for a
//    static mutant as soon as test files are named (`--testFiles`, or the
//    file-by-file runs of scripts/mutate.mjs): by then the test file has
//    imported the sources, module-level code (constants, `export const f =
//    () => …`) has run unmutated and the mutant "survives" whatever the
//    tests say (stryker-js#6144, #6209). The runner declares it can reload
//    the environment but does not. With `isolate: true` every test file
//    loads the sources afresh in each run, so setting the active mutant
//    here, at the top level, switches it on for module-level code and for
//    calls alike: static activation for every mutant.
// 2. Skips the few tests that measure how input of a million elements is
//    walked. Instrumented for Stryker the sources are ~30 times slower, and
//    such a test takes over a minute instead of two seconds, which timed out
//    the initial run and would run for every mutant it covers. What they
//    check besides their size is checked by smaller tests (docs/testing.md
//    lists them with the reason).
import { beforeEach, inject } from "vitest"

declare module "vitest" {
  // What Stryker's vitest runner provides to its setup file.
  interface ProvidedContext {
    globalNamespace: string
    mode: "dry-run" | "mutant"
    activeMutant: string
  }
}

if (inject("mode") === "mutant") {
  const namespace: unknown = Reflect.get(globalThis, inject("globalNamespace"))
  if (typeof namespace === "object" && namespace !== null)
    Reflect.set(namespace, "activeMutant", inject("activeMutant"))
}

const slow = ["walks a million-element array without building a path per element"]

beforeEach((context) => {
  if (slow.includes(context.task.name)) context.skip()
})
