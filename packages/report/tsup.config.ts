import { defineConfig } from "tsup"

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  silent: true,
  platform: "neutral",
  tsconfig: "tsconfig.json"
})
