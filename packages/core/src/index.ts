/**
 * `@tongban/core`: the calendar date, the result and issue shape, and the
 * boundary helpers (JSON, zod, CSV) and the seeded generator that every
 * tongban package shares.
 *
 * @packageDocumentation
 */
export * from "./Codes.js"
export * from "./IssueCodes.js"
export * from "./Csv.js"
export * from "./Issue.js"
export * from "./Json.js"
export * from "./LocalDate.js"
export * from "./Random.js"
export * from "./Result.js"
export * from "./Schema.js"
