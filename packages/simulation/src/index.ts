/**
 * `@tongban/simulation`.
 *
 * @packageDocumentation
 */
export {}
