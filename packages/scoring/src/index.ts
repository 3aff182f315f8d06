/**
 * `@tongban/scoring`.
 *
 * @packageDocumentation
 */
export {}
