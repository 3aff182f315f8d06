/**
 * `@tongban/deadline`.
 *
 * @packageDocumentation
 */
export {}
