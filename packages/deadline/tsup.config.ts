import { defineConfig } from "tsup"

// One entry per national year, so that `@tongban/deadline/china/2026` can be
// imported alone and an app ships only the years it uses.
const years: Record<string, string> = {}
for (let year = 2004; year <= 2026; year++) years[`china/${year}`] = `src/data/china/${year}.ts`

// Every source module is an entry of its own, so that each lands in a chunk
// of its own and an app's bundler drops the chunks whose exports it does not
// use (the package has "sideEffects": false): an app that needs isWorkingDay
// does not load zod for the schemas. Reached only through the main entry:
// "./internal/*" is closed in the exports map.
const modules: Record<string, string> = {}
for (const name of [
  "Calendar",
  "CalendarSchema",
  "CaseClock",
  "Notice",
  "Period",
  "Presets",
  "Statute",
  "TimeLimit",
  "WorkingDays"
]) {
  modules[`internal/${name}`] = `src/${name}.ts`
}

// The provisional calendar has an entry of its own: it loads the lunar library
// (tyme4ts), which an app that uses announced years only must not ship.
export default defineConfig({
  entry: { index: "src/index.ts", provisional: "src/Provisional.ts", ...years, ...modules },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  silent: true,
  platform: "neutral",
  tsconfig: "tsconfig.json"
})
