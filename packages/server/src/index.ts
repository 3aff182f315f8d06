/**
 * `@tongban/server`: every tongban package as an HTTP JSON API. Bodies are
 * checked by the packages' own zod schemas, failures answer with the one
 * issue shape, the OpenAPI 3.1 document is generated from those schemas,
 * and heavy work runs in a bounded worker pool with a time budget.
 *
 * @packageDocumentation
 */
export * from "./App.js"
export * from "./IssueCodes.js"
export * from "./OpenApi.js"
export * from "./Operation.js"
export { operations } from "./operations/index.js"
export * from "./Page.js"
export * from "./Pool.js"
export * from "./Listen.js"
