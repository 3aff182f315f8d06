import { fileURLToPath } from "node:url"
import { describe } from "vitest"
import * as z from "zod"
import * as approval from "@tongban/approval"
import * as catalog from "@tongban/catalog"
import * as core from "@tongban/core"
import * as deadline from "@tongban/deadline"
import * as scoring from "@tongban/scoring"
import * as server from "@tongban/server"
import * as simulation from "@tongban/simulation"
import { docExamples } from "../../../scripts/doctest.js"

// Every @example in this package's doc comments runs here; a line
// "expression // value" must produce that value (see scripts/doctest.ts).
const root = fileURLToPath(new URL("../../..", import.meta.url))

describe("doc examples of @tongban/server", () => {
  docExamples(fileURLToPath(new URL("../src", import.meta.url)), root, {
    "@tongban/approval": approval,
    "@tongban/catalog": catalog,
    "@tongban/core": core,
    "@tongban/deadline": deadline,
    "@tongban/scoring": scoring,
    "@tongban/server": server,
    "@tongban/simulation": simulation,
    zod: z
  })
})
