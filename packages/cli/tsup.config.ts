import { readFileSync } from "node:fs"
import { defineConfig } from "tsup"

const pkg: unknown = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"))
const version = typeof pkg === "object" && pkg !== null && "version" in pkg ? String(pkg.version) : "0.0.0"

export default defineConfig({
  entry: ["src/index.ts", "src/bin.ts"],
  format: ["esm", "cjs"],
  dts: { entry: "src/index.ts" },
  clean: true,
  target: "es2022",
  silent: true,
  platform: "node",
  tsconfig: "tsconfig.json",
  define: { __TONGBAN_VERSION__: JSON.stringify(version) }
})
