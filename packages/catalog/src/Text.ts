/**
 * Text from outside: bytes decoded as UTF-8 or, when they are not UTF-8, as
 * GBK (what Chinese spreadsheet software often writes). CSV itself is read
 * and written by `@tongban/core` (`parseCsv`, `formatCsv`).
 *
 * Glossary: 编码 = encoding, 国标码 GBK = the Chinese national extended
 * encoding, 逗号分隔值 CSV = comma-separated values, 表头 = header row.
 *
 * @since 0.1.0
 */
import { sizeText } from "./internal/size.js"
import { fail, ok, type Result } from "@tongban/core"
import { catalogCodes } from "./IssueCodes.js"

/**
 * The default largest input accepted by the catalogue's importers: 64 MiB.
 *
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024

/**
 * Text decoded from bytes, and the encoding found.
 *
 * @since 0.1.0
 * @category models
 */
export interface DecodedText {
  readonly text: string
  readonly encoding: "utf-8" | "utf-16le" | "gbk"
}

const HAN = /\p{Script=Han}/u

const decodeWith = (label: string, bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

const utf8Of = (bytes: Uint8Array): string | undefined => decodeWith("utf-8", bytes)

const gbkOf = (bytes: Uint8Array): string | undefined => decodeWith("gbk", bytes)

const tooLarge = (size: number, max: number) =>
  catalogCodes.issue("input_too_large", { facts: { size, max, sizeText: sizeText(size), maxText: sizeText(max) } })

/**
 * Decodes bytes: UTF-8 (with or without a byte-order mark), UTF-16LE with its
 * mark, otherwise GBK, the encoding of many Chinese spreadsheets' CSV. Some
 * GBK bytes are also valid UTF-8 (`营业` is `D3 AA D2 B5`, which UTF-8 reads
 * as two Cyrillic letters): text that decodes as UTF-8 without a single
 * Chinese character but as GBK with some is taken as GBK. Fails
 * with `input_too_large` past `maxBytes` (default 64 MiB) and
 * `encoding_unknown` when neither decoding works.
 *
 * @example
 * ```ts
 * import { decodeText } from "@tongban/catalog"
 *
 * decodeText(new Uint8Array([0xca, 0xc2, 0xcf, 0xee])) // { ok: true, value: { text: "事项", encoding: "gbk" } }
 * decodeText(new Uint8Array([0xd3, 0xaa, 0xd2, 0xb5])) // { ok: true, value: { text: "营业", encoding: "gbk" } }
 * decodeText(new TextEncoder().encode("营业")) // { ok: true, value: { text: "营业", encoding: "utf-8" } }
 * ```
 *
 * @since 0.1.0
 * @category import
 */
export const decodeText = (bytes: Uint8Array, options?: { readonly maxBytes?: number }): Result<DecodedText> => {
  const given: unknown = bytes
  if (!(given instanceof Uint8Array)) {
    // From plain JavaScript: neither text nor bytes is no text in a known encoding.
    return fail(catalogCodes.issue("encoding_unknown", { facts: { size: 0 } }))
  }
  const max = options?.maxBytes ?? DEFAULT_MAX_BYTES
  if (bytes.length > max) return fail(tooLarge(bytes.length, max))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return ok({ text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" })
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  const utf8 = utf8Of(body)
  const gbk = utf8 === undefined || (!HAN.test(utf8) && /[\u0080-\u07ff]/.test(utf8)) ? gbkOf(body) : undefined
  if (gbk !== undefined && (utf8 === undefined || HAN.test(gbk))) return ok({ text: gbk, encoding: "gbk" })
  if (utf8 !== undefined) return ok({ text: utf8, encoding: "utf-8" })
  return fail(catalogCodes.issue("encoding_unknown", { facts: { size: bytes.length } }))
}

/**
 * Text as given, or decoded from bytes (see {@link decodeText}).
 *
 * @example
 * ```ts
 * import { textOf } from "@tongban/catalog"
 *
 * textOf("a,b") // { ok: true, value: "a,b" }
 * ```
 *
 * @since 0.1.0
 * @category import
 */
export const textOf = (input: string | Uint8Array, options?: { readonly maxBytes?: number }): Result<string> => {
  if (typeof input !== "string") {
    const decoded = decodeText(input, options)
    return decoded.ok ? ok(decoded.value.text) : decoded
  }
  const max = options?.maxBytes ?? DEFAULT_MAX_BYTES
  // A UTF-16 code unit is at most 3 bytes of UTF-8; length is a cheap bound.
  if (input.length > max) return fail(tooLarge(input.length, max))
  return ok(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input)
}
