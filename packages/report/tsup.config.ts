import { defineConfig } from "tsup"

const shared = {
  entry: ["src/index.ts"],
  dts: true,
  target: "es2022",
  silent: true,
  platform: "neutral",
  tsconfig: "tsconfig.json"
} as const

// echarts and zrender ship ES modules only for the subpaths report imports,
// which Node before 20.19 cannot require(): the CJS build carries what it
// uses of them, as approval's CJS build does for effect. The ESM build
// imports them as usual. scripts/check.mjs proves it with
// `node --no-experimental-require-module`.
export default defineConfig([
  { ...shared, format: ["esm"], clean: true },
  { ...shared, format: ["cjs"], clean: false, noExternal: [/^echarts/, /^zrender/] }
])
