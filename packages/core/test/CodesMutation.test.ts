import { coreCodes, defineCodes } from "@tongban/core"
import { describe, expect, it } from "vitest"

// What mutation testing found unstated about code tables.

describe("code tables", () => {
  it("name the package their codes belong to", () => {
    // docs/codes.md is generated per package from this name.
    expect(coreCodes.package).toBe("@tongban/core")
    expect(defineCodes("@tongban/example", {}).package).toBe("@tongban/example")
  })

  it("use a variant only when one is asked for, even one named like a missing value", () => {
    const table = defineCodes("@tongban/example", {
      odd: {
        message: { zh: "基本", en: "base" },
        variants: { undefined: { zh: "变体", en: "variant" } }
      }
    })
    expect(table.issue("odd").message).toEqual({ zh: "基本", en: "base" })
    expect(table.issue("odd", { variant: "undefined" }).message).toEqual({ zh: "变体", en: "variant" })
  })
})
