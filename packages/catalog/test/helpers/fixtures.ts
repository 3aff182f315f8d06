/** The T County example catalogues, read once for the tests. */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { type Catalogue, catalogueFromJson } from "@tongban/catalog"
import { getOrThrow } from "@tongban/core"

export const exampleText = (year: 2019 | 2020): string =>
  readFileSync(
    fileURLToPath(new URL(`../../../../examples/t-county/data/catalogue-${year}.json`, import.meta.url)),
    "utf8"
  )

export const example = (year: 2019 | 2020): Catalogue => getOrThrow(catalogueFromJson(exampleText(year)))

/** A deep copy as plain mutable JSON, for tests that break things on purpose. */
export const mutable = (catalogue: Catalogue): Record<string, unknown> => {
  const value: unknown = JSON.parse(JSON.stringify(catalogue))
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new TypeError("not an object")
  return Object.fromEntries(Object.entries(value))
}
