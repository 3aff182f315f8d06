import { defineConfig } from "tsup"

const shared = {
  entry: ["src/index.ts", "src/worker.ts"],
  target: "es2022",
  silent: true,
  platform: "node",
  shims: true,
  tsconfig: "tsconfig.json",
  dts: { entry: ["src/index.ts"] }
} as const

// Two entries: the server and the pool's worker, built beside it so that
// defaultWorkerUrl finds worker.js (ESM) or worker.cjs (CJS) next to the
// module that starts it.
export default defineConfig([
  { ...shared, format: ["esm"], clean: true },
  { ...shared, format: ["cjs"], clean: false }
])
