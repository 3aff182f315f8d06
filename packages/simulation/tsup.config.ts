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

// The ESM build keeps one file per module (each module is an entry), so a
// bundler drops the modules an app does not use (sideEffects: false): an app
// that only runs simulateMMc carries neither zod nor the hall model. The CJS
// build is three files: the library, the sweep runner and its worker.
export default defineConfig([
  {
    ...shared,
    entry: [
      "src/index.ts",
      "src/node.ts",
      "src/worker.ts",
      "src/Csv.ts",
      "src/Distribution.ts",
      "src/Hall.ts",
      "src/Model.ts",
      "src/Queueing.ts",
      "src/Random.ts",
      "src/Summary.ts",
      "src/Sweep.ts"
    ],
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
