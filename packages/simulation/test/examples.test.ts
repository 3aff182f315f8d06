import { fileURLToPath } from "node:url"
import { describe } from "vitest"
import * as z from "zod"
import * as core from "@tongban/core"
import * as deadline from "@tongban/deadline"
import * as approval from "@tongban/approval"
import * as simulation from "@tongban/simulation"
import * as simulationNode from "../src/node.js"
import { docExamples } from "../../../scripts/doctest.js"

// Every @example in this package's doc comments runs here; a line
// "expression // value" must produce that value (see scripts/doctest.ts).
const root = fileURLToPath(new URL("../../..", import.meta.url))

describe("doc examples of @tongban/simulation", () => {
  docExamples(fileURLToPath(new URL("../src", import.meta.url)), root, {
    "@tongban/core": core,
    "@tongban/deadline": deadline,
    "@tongban/approval": approval,
    "@tongban/simulation": simulation,
    "@tongban/simulation/node": simulationNode,
    zod: z
  })
})
