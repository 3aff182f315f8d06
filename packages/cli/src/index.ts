/**
 * `@tongban/cli`: the `tongban` command, and `run` to drive it from code.
 *
 * @packageDocumentation
 */
export * from "./command.js"
export { commands } from "./commands/index.js"
export * from "./context.js"
export * from "./options.js"
export * from "./program.js"
export * from "./render.js"
