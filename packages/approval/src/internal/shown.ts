// A bad value as an issue's fact: a primitive as `String` writes it (a long
// string cut at 80 characters), anything else by its kind. `String` itself
// throws on an object without `toString` (`Object.create(null)`) or with a
// broken one, and a fact must never throw.
export const shown = (value: unknown): string => {
  if (typeof value === "string") return value.length > 80 ? `${value.slice(0, 80)}…` : value
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value)
  if (value === undefined || value === null) return String(value)
  if (Array.isArray(value)) return "array"
  return typeof value
}
