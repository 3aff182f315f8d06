// Mutation testing with Stryker and its vitest runner, one package at a time:
// `pnpm mutate core` (scripts/mutate.mjs sets TONGBAN_MUTATE). On demand, not
// in verify: it runs the package's tests once per mutant. Scores per package
// are kept in docs/testing.md. `--by-file` runs set TONGBAN_MUTATE_REPORT to
// a report per source file.
const pkg = process.env.TONGBAN_MUTATE ?? "core"
const report = process.env.TONGBAN_MUTATE_REPORT ?? `node_modules/.cache/mutation/${pkg}.json`

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "scripts/vitest.mutate.config.ts", dir: `packages/${pkg}`, related: false },
  mutate: [`packages/${pkg}/src/**/*.ts`],
  // The sandbox is a copy of the workspace without what no test reads.
  ignorePatterns: ["docs/api", "**/dist", ".git"],
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: report },
  coverageAnalysis: "perTest",
  timeoutFactor: 3,
  timeoutMS: 20000,
  tempDirName: `node_modules/.cache/stryker-${pkg}`,
  cleanTempDir: "always"
}
