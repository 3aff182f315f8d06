import { defineConfig } from "tsup"

// Three entries: the pure library, the sweep runner (worker threads, Node
// only) and the worker script the runner starts from beside itself.
export default defineConfig({
  entry: ["src/index.ts", "src/node.ts", "src/worker.ts"],
  format: ["esm", "cjs"],
  dts: { entry: ["src/index.ts", "src/node.ts"] },
  clean: true,
  target: "es2022",
  silent: true,
  platform: "neutral",
  shims: true,
  external: ["node:worker_threads"],
  tsconfig: "tsconfig.json"
})
