import { defineConfig } from "tsup"

const shared = {
  entry: ["src/index.ts"],
  dts: true,
  target: "es2022",
  silent: true,
  platform: "neutral",
  tsconfig: "tsconfig.json"
} as const

// effect is published as ES modules only, which Node before 20.19 cannot
// require(): the CJS build carries the part of effect it uses (Graph and
// Option, tree-shaken), so `require("@tongban/approval")` works on every
// Node that `engines` names. The ESM build imports effect as usual.
// scripts/check.mjs proves it with `node --no-experimental-require-module`.
export default defineConfig([
  { ...shared, format: ["esm"], clean: true },
  { ...shared, format: ["cjs"], clean: false, noExternal: ["effect"] }
])
