import * as cli from "@tongban/cli"
import * as core from "@tongban/core"
import { fileURLToPath } from "node:url"
import { describe } from "vitest"
import { docExamples } from "../../../scripts/doctest.js"

const root = fileURLToPath(new URL("../../..", import.meta.url))

describe("doc examples of @tongban/cli", () => {
  docExamples(fileURLToPath(new URL("../src", import.meta.url)), root, { "@tongban/cli": cli, "@tongban/core": core })
})
