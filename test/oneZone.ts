// Test files that run in ONE time zone (vitest.config.ts: the last of
// TONGBAN_TEST_ZONES, America/Los_Angeles, a negative offset with daylight
// saving time, where a local-time slip shows most) instead of all three,
// because their results cannot depend on the zone. Each is guarded:
// test/oneZone.setup.ts arms a tripwire (test/tzTripwire.ts) that fails the
// file if it, or any library it runs in the test worker, calls an API whose
// answer depends on the host's zone (local Date getters and setters, a Date
// from local parts or strings, toString and toLocale*, Intl.DateTimeFormat
// without timeZone). The tripwire cannot see into child processes and worker
// threads: the reasons below say what those run. Together these files were
// about 60 % of the suite's time in three zones. Every other file, and every
// file that computes a date, runs in all three zones.
export const ONE_ZONE: ReadonlyArray<{ readonly file: string; readonly why: string }> = [
  {
    file: "packages/report/test/NeverThrows.test.ts",
    why: "hostile values into every figure and section: it checks that none throws and the issues' shape; the figures' dates are tested in three zones by Figures.test.ts"
  },
  {
    file: "packages/report/test/Browser.test.ts",
    why: "the report in Chromium (its own process): visibility, requests and print layout of figures drawn with ECharts useUTC (src/internal/render.ts), no date is read back"
  },
  {
    file: "packages/server/test/Serve.test.ts",
    why: "tongban serve as processes: listening, signals, draining, exit codes; the answers' dates are DueCheck.test.ts's and the deadline package's, in three zones"
  },
  {
    file: "packages/server/test/Server.test.ts",
    why: "the job pool, queue, time budgets, request log and HTTP limits; the simulation its worker threads run is tested in three zones by packages/simulation"
  },
  {
    file: "packages/server/test/Fuzz.test.ts",
    why: "hostile requests answered with 4xx and located issues, never a 500"
  },
  {
    file: "packages/server/test/OpenApi.test.ts",
    why: "the OpenAPI document against the routes and schemas, and a client over it"
  },
  {
    file: "packages/cli/test/options.test.ts",
    why: "every declared option has a row that runs it; the commands' dates are tested in three zones by the command files and the packages"
  }
]

// Zone-dependent calls the tripwire sees in libraries that the one-zone files
// load, made at their import and without effect on what the files check:
// the place in the stack (a part of the file name) and why it is harmless.
export const ALLOWED_CALLS: ReadonlyArray<{ readonly at: string; readonly why: string }> = [
  {
    at: "playwright-core/lib/utilsBundle.js",
    why: "yazl's bounds of the zip format's local dates (1980 to 2107), made when playwright-core loads; Browser.test.ts writes no zip"
  }
]
