// A vitest reporter of scripts/vitest.mutate.config.ts: a test file that
// fails to load (a mutant made an import throw at module level) has no tests,
// and Stryker's vitest runner (9.6.1) counts only the tests it finds, so it
// scored such a mutant "survived" (stryker-js#6150). This gives each such file
// one failed test, "loads", carrying the load error: the mutant is killed,
// as it is in a plain `pnpm test`, where the file fails.
export default class ModuleLoadFailures {
  onTestRunEnd(testModules) {
    for (const testModule of testModules) {
      const file = testModule.task
      if (file.result?.state !== "fail" || file.tasks.length > 0) continue
      file.tasks.push({
        type: "test",
        id: `${file.id}_load`,
        name: "loads",
        fullName: `${file.name} loads`,
        fullTestName: "loads",
        mode: "run",
        meta: {},
        file,
        suite: file,
        timeout: 0,
        annotations: [],
        artifacts: [],
        result: { state: "fail", errors: file.result.errors ?? [] }
      })
    }
  }
}
