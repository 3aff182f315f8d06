import { defineConfig } from "tsup"

const shared = {
  target: "es2022",
  silent: true,
  platform: "neutral",
  shims: true,
  external: ["node:worker_threads"],
  tsconfig: "tsconfig.json",
  dts: { entry: ["src/index.ts", "src/node.ts"] }
} as const

// The ESM build keeps one file per public module (every src/*.ts is an entry),
// so index.js holds only re-exports and a bundler drops each module an app
// does not use (sideEffects: false): an app that only runs simulateMMc carries
// neither zod nor the hall model nor @tongban/approval. A module that is not
// an entry would be inlined into index.js, and its module-level schemas would
// then come along with every import (31 kB instead of under 2 kB). The CJS
// build is three files: the library, the sweep runner and its worker.
export default defineConfig([
  {
    ...shared,
    entry: ["src/*.ts"],
    format: ["esm"],
    clean: true
  },
  {
    ...shared,
    entry: ["src/index.ts", "src/node.ts", "src/worker.ts"],
    format: ["cjs"],
    clean: false
  }
])
