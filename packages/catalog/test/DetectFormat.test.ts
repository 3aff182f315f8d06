import { catalogueToCsv, catalogueToJson, detectCatalogueFormat, readCatalogue, writeCatalogue } from "@tongban/catalog"
import { getOrThrow } from "@tongban/core"
import * as fc from "fast-check"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"

const catalogue = getOrThrow(
  readCatalogue(
    new Uint8Array(readFileSync(new URL("../../../examples/t-county/data/catalogue-2019.json", import.meta.url))),
    "json"
  )
)

describe("detectCatalogueFormat", () => {
  it("an extension wins over the content", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("json", "csv", "xlsx", "JSON", "Xlsx"),
        fc.uint8Array({ maxLength: 64 }),
        (ext, bytes) => {
          expect(detectCatalogueFormat(`dir/file.${ext}`, bytes)).toBe(ext.toLowerCase())
        }
      )
    )
  })

  it("without an extension, what writeCatalogue wrote is read back as its own format", () => {
    for (const format of ["json", "csv", "xlsx"] as const) {
      expect(detectCatalogueFormat("download", writeCatalogue(catalogue, format))).toBe(format)
    }
  })

  it("JSON after a UTF-8 BOM and blank lines; a BOM and CSV headers stay CSV", () => {
    const enc = new TextEncoder()
    expect(detectCatalogueFormat("x", enc.encode(`\uFEFF\r\n\t ${catalogueToJson(catalogue)}`))).toBe("json")
    expect(detectCatalogueFormat("x", enc.encode(`\uFEFF${catalogueToCsv(catalogue)}`))).toBe("csv")
    expect(detectCatalogueFormat("x", new Uint8Array())).toBe("csv")
    expect(detectCatalogueFormat("x", new Uint8Array([0xef]))).toBe("csv")
  })

  it("any bytes get one of the three formats, without throwing", () => {
    fc.assert(
      fc.property(fc.string(), fc.uint8Array({ maxLength: 256 }), (name, bytes) => {
        expect(["json", "csv", "xlsx"]).toContain(detectCatalogueFormat(name, bytes))
      })
    )
  })
})
