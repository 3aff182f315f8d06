/**
 * `@tongban/approval`.
 *
 * @packageDocumentation
 */
export {}
