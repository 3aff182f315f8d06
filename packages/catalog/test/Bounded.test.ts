// No file makes an importer hang or exhaust memory: truncated, byte-flipped
// and crafted workbooks and CSVs end with an issue (or a catalogue), never a
// throw. The bounds are stated in XLSX_LIMITS and ImportOptions. The
// importers are synchronous: vitest cannot interrupt one that hangs (the
// run would then never end), and its timeout fails a test only when it
// returns late. So the timeout here checks no speed (that is `pnpm bench
// catalog`'s): the slowest tests take 0.4 s of CPU at worst over six seeds
// and up to 1.1 s of wall time at load 12 to 15; vitest's default 5 s was
// once too little in the three-zone suite on a shared machine.
import {
  catalogueFromXlsx,
  catalogueToXlsx,
  importCatalogueCsv,
  importCatalogueXlsx,
  XLSX_LIMITS
} from "@tongban/catalog"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbCatalogue } from "./arbitraries/catalogue.js"
import { districtCsv } from "./helpers/districtList.js"
import { makeZip, sheetXml, workbookWithSheet } from "./helpers/zip.js"

const small = catalogueToXlsx(
  fc.sample(arbCatalogue({ maxMatters: 2 }), { seed: 11, numRuns: 1 })[0] ?? {
    region: { code: "522600", name: "黔东南州" },
    version: "1",
    asOf: "2026-01-01",
    departments: [],
    windows: [],
    matters: [],
    bundles: []
  }
)

/** About 70 times the worst CPU time of a test in this file. */
const SHARED = { timeout: 30_000 }

const codesOf = (r: { ok: boolean; issues?: ReadonlyArray<{ code: string }> }): Array<string> =>
  r.ok ? [] : (r.issues ?? []).map((i) => i.code)

describe("truncated and byte-flipped workbooks", SHARED, () => {
  it("every prefix of a workbook ends with an issue", () => {
    for (let n = 0; n < small.length; n += n < 64 ? 1 : 97) {
      const r = importCatalogueXlsx(small.slice(0, n))
      expect(r.ok).toBe(false)
    }
  })

  it("the 10-byte PK header that hung the CLI is xlsx_truncated", () => {
    expect(codesOf(catalogueFromXlsx(small.slice(0, 10)))).toEqual(["xlsx_truncated"])
  })

  it("flipped bytes give a catalogue or an issue, never a throw or a hang", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: small.length - 1 }), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 8
        }),
        (flips) => {
          const bytes = small.slice()
          for (const [at, x] of flips) bytes[at] = (bytes[at] ?? 0) ^ x
          const r = importCatalogueXlsx(bytes)
          expect(typeof r.ok).toBe("boolean")
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe("crafted workbooks", SHARED, () => {
  it("a zip bomb is refused before it is unpacked", () => {
    const bomb = workbookWithSheet(sheetXml([["事项名称"], ["甲".repeat(100_000)]]))
    expect(codesOf(importCatalogueXlsx(bomb, { maxUnpackedBytes: 100_000 }))).toEqual(["xlsx_too_large_unpacked"])
    const zeros = makeZip([{ name: "xl/worksheets/sheet1.xml", data: new Uint8Array(20_000_000) }])
    expect(zeros.length).toBeLessThan(100_000)
    expect(codesOf(importCatalogueXlsx(zeros, { maxUnpackedBytes: 1_000_000 }))).toEqual(["xlsx_too_large_unpacked"])
  })

  it("an entry that claims a huge size is refused without allocating it", () => {
    const liar = makeZip([{ name: "a.xml", data: new TextEncoder().encode("<a/>"), claimSize: 0xfffffff0 }])
    expect(codesOf(importCatalogueXlsx(liar))).toEqual(["xlsx_too_large_unpacked"])
    // The limit is said for people: 256 MiB, not 268435456 bytes.
    const r = importCatalogueXlsx(liar)
    const message = r.ok ? undefined : r.issues[0]?.message
    expect(message).toEqual({
      zh: "工作簿解压后超过 256 MiB（可能是压缩炸弹）",
      en: "the workbook unpacks to more than 256 MiB (it may be a zip bomb)"
    })
    const small = importCatalogueXlsx(liar, { maxUnpackedBytes: 100_000 })
    expect(small.ok ? "" : small.issues[0]?.message.en).toContain("more than 97.7 KiB")
  })

  it("an entry whose size does not match its data is xlsx_corrupt", () => {
    const liar = makeZip([{ name: "a.xml", data: new TextEncoder().encode("<a>hello</a>"), claimSize: 5 }])
    expect(codesOf(importCatalogueXlsx(liar))).toEqual(["xlsx_corrupt"])
  })

  it("too many entries is refused", () => {
    const many = makeZip(
      Array.from({ length: XLSX_LIMITS.maxEntries + 1 }, (_, i) => ({
        name: `f${i}`,
        data: new Uint8Array(0),
        deflate: false
      }))
    )
    expect(codesOf(importCatalogueXlsx(many))).toEqual(["xlsx_too_many_entries"])
  })

  it("a sheet claiming a million rows reads only the rows it has", () => {
    const claim = workbookWithSheet(
      sheetXml(
        [
          ["事项名称", "跑动次数"],
          ["甲", "1"]
        ],
        "A1:Z1000000"
      )
    )
    const r = importCatalogueXlsx(claim)
    expect(r.ok && r.value.catalogue.matters).toEqual([{ name: "甲", trips: 1 }])
  })

  it("a sheet with more columns than the limit is refused", () => {
    const wide = workbookWithSheet(
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="ZZZ1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`
    )
    expect(codesOf(importCatalogueXlsx(wide))).toEqual(["xlsx_sheet_too_large"])
  })

  it("a sheet named __proto__ does not reach the prototype", () => {
    const r = importCatalogueXlsx(workbookWithSheet(sheetXml([["事项名称"], ["甲"]]), "__proto__"))
    expect(r.ok && r.value.catalogue.matters).toEqual([{ name: "甲" }])
    expect(Reflect.get({}, "length")).toBeUndefined()
    expect(Object.getPrototypeOf({})).toBe(Object.prototype)
  })
})

describe("CSVs", SHARED, () => {
  const csv = districtCsv({ matters: 40 })

  it("truncated anywhere, a CSV gives a catalogue or an issue", () => {
    for (let n = 0; n < csv.length; n += 37) expect(typeof importCatalogueCsv(csv.slice(0, n)).ok).toBe("boolean")
  })

  it("byte-flipped, a CSV gives a catalogue or an issue", () => {
    const bytes = new TextEncoder().encode(csv)
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 })), { maxLength: 8 }),
        (flips) => {
          const b = bytes.slice()
          for (const [at, x] of flips) b[at] = (b[at] ?? 0) ^ x
          expect(typeof importCatalogueCsv(b).ok).toBe("boolean")
        }
      ),
      { numRuns: 200 }
    )
  })

  it("a CSV above the size limit is refused before it is read", () => {
    expect(codesOf(importCatalogueCsv(csv, { maxBytes: 100 }))).toEqual(["input_too_large"])
    const big = importCatalogueCsv(csv, { maxBytes: 100 })
    expect(big.ok ? "" : big.issues[0]?.message.zh).toMatch(/^输入过大：[\d.]+ (?:B|KiB|MiB)，上限 100 B$/)
  })
})
