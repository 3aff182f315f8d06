/**
 * An array whose every element (holes included) is an object with a string
 * `kind`: what `score` and `reviewStats` take as events without parsing them
 * again. Anything else (from plain JavaScript) goes through `parseEvents`,
 * which says what is wrong.
 */
export const isEventList = (value: unknown): boolean => {
  if (!Array.isArray(value)) return false
  for (let i = 0; i < value.length; i++) {
    const e: unknown = value[i]
    if (typeof e !== "object" || e === null || typeof Reflect.get(e, "kind") !== "string") return false
  }
  return true
}
