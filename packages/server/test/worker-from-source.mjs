// Starts the pool's worker from the TypeScript sources (for tests, which run
// before any build): registers tsx's loader in this thread, then loads
// src/worker.ts. tsx resolves @tongban/* to the sources through the paths
// of the root tsconfig.json.
import { register } from "tsx/esm/api"

register()
await import(new URL("../src/worker.ts", import.meta.url).href)
