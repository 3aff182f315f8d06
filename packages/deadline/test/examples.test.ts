import { fileURLToPath } from "node:url"
import { describe } from "vitest"
import * as z from "zod"
import * as core from "@tongban/core"
import * as deadline from "@tongban/deadline"
import * as provisional from "@tongban/deadline/provisional"
import { docExamples } from "../../../scripts/doctest.js"

// Every @example in this package's doc comments runs here; a line
// "expression // value" must produce that value (see scripts/doctest.ts).
const years: Record<string, unknown> = {}
for (let year = 2004; year <= 2026; year++)
  years[`@tongban/deadline/china/${year}`] = await import(`../src/data/china/${year}.ts`)
const root = fileURLToPath(new URL("../../..", import.meta.url))

describe("doc examples of @tongban/deadline", () => {
  docExamples(fileURLToPath(new URL("../src", import.meta.url)), root, {
    "@tongban/core": core,
    "@tongban/deadline": deadline,
    "@tongban/deadline/provisional": provisional,
    zod: z,
    ...years
  })
})
