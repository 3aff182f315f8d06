import * as core from "@tongban/core"
import { fileURLToPath } from "node:url"
import { describe } from "vitest"
import * as z from "zod"
import { docExamples } from "../../../scripts/doctest.js"

const root = fileURLToPath(new URL("../../..", import.meta.url))

describe("doc examples of @tongban/core", () => {
  docExamples(fileURLToPath(new URL("../src", import.meta.url)), root, { "@tongban/core": core, zod: z })
})
