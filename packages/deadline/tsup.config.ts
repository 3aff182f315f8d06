import { defineConfig } from "tsup"

// One entry per national year, so that `@tongban/deadline/china/2026` can be
// imported alone and an app ships only the years it uses.
const years: Record<string, string> = {}
for (let year = 2004; year <= 2026; year++) years[`china/${year}`] = `src/data/china/${year}.ts`

export default defineConfig({
  entry: { index: "src/index.ts", ...years },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  silent: true,
  platform: "neutral",
  tsconfig: "tsconfig.json"
})
