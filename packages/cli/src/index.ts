/**
 * `@tongban/cli`: the `tongban` command, and `run` to drive it from code.
 *
 * @packageDocumentation
 */
export * from "./context.js"
export * from "./program.js"
export * from "./render.js"
export { commandModules } from "./commands/index.js"
