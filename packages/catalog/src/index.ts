/**
 * `@tongban/catalog`.
 *
 * @packageDocumentation
 */
export {}
