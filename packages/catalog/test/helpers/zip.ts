/**
 * A tiny zip writer for crafting hostile workbooks in tests: entries stored
 * or deflated, with sizes that may lie. Uses node:zlib; not part of the
 * package.
 */
import { crc32, deflateRawSync } from "node:zlib"

/** One entry of a crafted zip. */
export interface ZipEntry {
  readonly name: string
  readonly data: Uint8Array
  readonly deflate?: boolean
  /** Uncompressed size to claim in both headers (a lie when given). */
  readonly claimSize?: number
}

const u16 = (n: number): Array<number> => [n & 0xff, (n >>> 8) & 0xff]
const u32 = (n: number): Array<number> => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]

/** A zip container of the entries. */
export const makeZip = (entries: ReadonlyArray<ZipEntry>): Uint8Array => {
  const out: Array<number> = []
  const central: Array<number> = []
  for (const e of entries) {
    const name = [...new TextEncoder().encode(e.name)]
    const body = e.deflate === false ? e.data : new Uint8Array(deflateRawSync(e.data))
    const method = e.deflate === false ? 0 : 8
    const size = e.claimSize ?? e.data.length
    const crc = crc32(e.data)
    const offset = out.length
    out.push(...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(method), ...u16(0), ...u16(0))
    out.push(...u32(crc), ...u32(body.length), ...u32(size), ...u16(name.length), ...u16(0), ...name)
    for (const b of body) out.push(b)
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(method), ...u16(0), ...u16(0))
    central.push(...u32(crc), ...u32(body.length), ...u32(size), ...u16(name.length), ...u16(0), ...u16(0))
    central.push(...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...name)
  }
  const cdOffset = out.length
  for (const b of central) out.push(b)
  out.push(...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length))
  out.push(...u32(central.length), ...u32(cdOffset), ...u16(0))
  return Uint8Array.from(out)
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s)

/** A minimal one-sheet workbook whose sheet XML is given. */
export const workbookWithSheet = (sheetXml: string, sheetName = "Sheet1"): Uint8Array =>
  makeZip([
    {
      name: "[Content_Types].xml",
      data: text(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
      )
    },
    {
      name: "_rels/.rels",
      data: text(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
      )
    },
    {
      name: "xl/workbook.xml",
      data: text(
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`
      )
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: text(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
      )
    },
    { name: "xl/worksheets/sheet1.xml", data: text(sheetXml) }
  ])

/** Sheet XML with inline-string cells, rows from 1. */
export const sheetXml = (rows: ReadonlyArray<ReadonlyArray<string>>, dimension?: string): string => {
  const col = (c: number): string => String.fromCharCode(65 + c)
  const body = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells.map((v, c) => `<c r="${col(c)}${r + 1}" t="inlineStr"><is><t>${v}</t></is></c>`).join("")}</row>`
    )
    .join("")
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${dimension === undefined ? "" : `<dimension ref="${dimension}"/>`}<sheetData>${body}</sheetData></worksheet>`
}
