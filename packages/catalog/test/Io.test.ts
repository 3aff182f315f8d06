import {
  type Catalogue,
  catalogueFromCsv,
  catalogueFromJson,
  catalogueFromXlsx,
  catalogueToCsv,
  catalogueToJson,
  catalogueToXlsx,
  decodeText
} from "@tongban/catalog"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbCatalogue } from "./arbitraries/catalogue.js"
import { example, exampleText } from "./helpers/fixtures.js"

const codes = (r: { ok: boolean; issues?: ReadonlyArray<{ code: string }> }): Array<string> =>
  r.ok ? [] : (r.issues ?? []).map((i) => i.code)

/** Encodes text as GBK (the characters used here only) by asking the decoder: GBK has no encoder in the platform. */
const gbkTable = (() => {
  const table = new Map<string, Array<number>>()
  const decoder = new TextDecoder("gbk")
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue
      const ch = decoder.decode(new Uint8Array([hi, lo]))
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo])
    }
  }
  return table
})()
const toGbk = (text: string): Uint8Array =>
  Uint8Array.from(
    [...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (gbkTable.get(ch) ?? [0x3f])))
  )

describe("JSON", () => {
  it("import after export is the identity", () => {
    fc.assert(
      fc.property(arbCatalogue(), (c) => {
        expect(catalogueFromJson(catalogueToJson(c))).toEqual({ ok: true, value: c })
      }),
      { numRuns: 50 }
    )
  })

  it("reads the example from bytes", () => {
    expect(catalogueFromJson(new TextEncoder().encode(exampleText(2019))).ok).toBe(true)
  })

  it.each([
    ["", "json_malformed"],
    ["{", "json_malformed"],
    ["[]", "invalid_type"],
    ['{"__proto__": {"polluted": true}}', "json_forbidden_key"],
    ['{"constructor": {"prototype": {"polluted": true}}}', "json_forbidden_key"]
  ])("%j → %s", (text, code) => {
    expect(codes(catalogueFromJson(text))).toContain(code)
    expect(Reflect.get({}, "polluted")).toBeUndefined()
  })

  it("a 50 MB file is read or refused as an issue, never a crash", () => {
    const huge = `{"region": {"code": "522600", "name": "${"县".repeat(50_000_000)}"}}`
    expect(huge.length).toBeGreaterThan(50_000_000)
    expect(codes(catalogueFromJson(huge))).toContain("too_big")
    expect(codes(catalogueFromJson(huge, { maxBytes: 10_000_000 }))).toEqual(["input_too_large"])
  })

  it("a list longer than the model allows is refused without walking it", () => {
    const long = `{"windows": [${"1,".repeat(2_000_000)}1]}`
    expect(codes(catalogueFromJson(long))).toContain("list_too_long")
  })

  it("deep nesting is an issue, never a stack overflow", () => {
    const deep = `{"matters": ${"[".repeat(200_000)}${"]".repeat(200_000)}}`
    expect(catalogueFromJson(deep).ok).toBe(false)
  })
})

describe("CSV", () => {
  it("import after export is the identity (catalogues whose departments all host matters, without windows and bundles)", () => {
    fc.assert(
      fc.property(
        arbCatalogue({ maxMatters: 6, withWindowsAndBundles: false }).filter((c) => c.matters.length > 0),
        (c) => {
          expect(catalogueFromCsv(catalogueToCsv(c))).toEqual({ ok: true, value: c })
        }
      ),
      { numRuns: 50 }
    )
  })

  it("round-trips the T County matters with Chinese headers", () => {
    const c = example(2020)
    const csv = catalogueToCsv(c)
    expect(csv.split("\r\n")[0]?.startsWith("区划代码,区划名称,目录版本,截至日期,部门标识,实施主体")).toBe(true)
    const back = catalogueFromCsv(csv)
    expect(back.ok && back.value.matters).toEqual(c.matters)
  })

  it("reads a GBK-encoded CSV", () => {
    const c = example(2019)
    const one: Catalogue = {
      ...c,
      matters: c.matters.slice(0, 3),
      departments: c.departments.filter((d) => c.matters.slice(0, 3).some((m) => m.department === d.id)),
      windows: [],
      bundles: []
    }
    const bytes = toGbk(catalogueToCsv(one))
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow()
    expect(catalogueFromCsv(bytes)).toEqual({ ok: true, value: one })
  })

  it("locates cell problems by sheet, row and column", () => {
    const c = example(2019)
    const csv = catalogueToCsv(c).replace("20个工作日", "二十来天")
    const r = catalogueFromCsv(csv)
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path[0], i.path[2]])).toContainEqual([
      "time_limit_malformed",
      "事项",
      expect.stringMatching(/办结时限/)
    ])
  })

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => typeof catalogueFromCsv(text).ok === "boolean"),
      { numRuns: 200 }
    )
  })
})

describe("XLSX", () => {
  it("import after export is the identity", () => {
    fc.assert(
      fc.property(arbCatalogue({ maxMatters: 4 }), (c) => {
        expect(catalogueFromXlsx(catalogueToXlsx(c))).toEqual({ ok: true, value: c })
      }),
      { numRuns: 12 }
    )
  })

  it("round-trips the T County catalogue, windows and bundles included", () => {
    const c = example(2019)
    expect(catalogueFromXlsx(catalogueToXlsx(c))).toEqual({ ok: true, value: c })
  })

  it.each([
    [new TextEncoder().encode("事项名称,基本编码"), "xlsx_not_workbook"],
    [Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), "xlsx_truncated"],
    // The first 10 bytes of a real workbook: SheetJS alone loops for ever on them.
    [Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]), "xlsx_truncated"]
  ])("refuses bytes that are not a workbook (%#)", (bytes, code) => {
    expect(codes(catalogueFromXlsx(bytes))).toEqual([code])
  })
})

describe("decodeText", () => {
  it("prefers UTF-8, strips a byte-order mark, falls back to GBK", () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({
      ok: true,
      value: { text: "a", encoding: "utf-8" }
    })
    expect(decodeText(toGbk("事项名称,实施编码"))).toEqual({
      ok: true,
      value: { text: "事项名称,实施编码", encoding: "gbk" }
    })
  })
})
