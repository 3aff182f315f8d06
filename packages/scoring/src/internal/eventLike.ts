/**
 * An object with a string `kind`: what `score` and `reviewStats` take as an
 * event without parsing it again. Anything else (from plain JavaScript) goes
 * through `parseEvents`, which says what is wrong.
 */
export const isEventLike = (value: unknown): boolean =>
  typeof value === "object" && value !== null && typeof Reflect.get(value, "kind") === "string"
