import { fileURLToPath } from "node:url"
import { describe } from "vitest"
import * as z from "zod"
import * as core from "@tongban/core"
import * as deadline from "@tongban/deadline"
import * as catalog from "@tongban/catalog"
import { docExamples } from "../../../scripts/doctest.js"

// Every @example in this package's doc comments runs here; a line
// "expression // value" must produce that value (see scripts/doctest.ts).
const root = fileURLToPath(new URL("../../..", import.meta.url))

describe("doc examples of @tongban/catalog", () => {
  docExamples(fileURLToPath(new URL("../src", import.meta.url)), root, {
    "@tongban/core": core,
    "@tongban/deadline": deadline,
    "@tongban/catalog": catalog,
    zod: z
  })
})
