/**
 * A bounded inspection of a zip container (an XLSX workbook) before SheetJS
 * reads it. SheetJS trusts the container: bytes cut short after the local
 * header (`PK\x03\x04` and six more) send its inflater past the end of the
 * data, where it reads zero bits for ever (a stored block of length 0, not
 * final, again and again), and a header claiming a huge size makes it
 * allocate that size. This walk checks every length against the file,
 * decodes every deflate stream once with a counter instead of an output
 * buffer (so it needs no memory), and stops at the first thing out of
 * bounds. Internal: not exported from the package.
 *
 * Glossary: 中央目录 = central directory, 本地文件头 = local file header,
 * 压缩炸弹 = zip bomb.
 */

/** Limits of the inspection. */
export interface ZipLimits {
  /** Most entries in the container. */
  readonly maxEntries: number
  /** Most bytes all entries may unpack to, together. */
  readonly maxUnpackedBytes: number
}

/** What is wrong with a container, as a stable code and the facts behind it. */
export type ZipProblem =
  | { readonly kind: "truncated"; readonly detail: string; readonly detailZh: string }
  | { readonly kind: "unsupported"; readonly detail: string; readonly detailZh: string }
  | { readonly kind: "too_many_entries"; readonly entries: number; readonly max: number }
  | { readonly kind: "too_large_unpacked"; readonly bytes: number; readonly max: number }
  | { readonly kind: "corrupt"; readonly detail: string; readonly detailZh: string }

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8)
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0

/** Thrown inside the walk, caught at its top: never leaves this module. */
class ZipBoundsError extends Error {
  readonly _tag = "ZipBoundsError"
  /** The same problem in Chinese. */
  readonly zh: string
  constructor(message: string, zh = message) {
    super(message)
    this.zh = zh
  }
}

/** Lengths of the length codes 257…285 and of the distance codes 0…29 (RFC 1951, 3.2.5). */
const LEN_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258
]
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577
]
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
const ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

interface Huffman {
  readonly counts: Int32Array
  readonly symbols: Int32Array
}

const huffman = (lengths: ArrayLike<number>, n: number): Huffman => {
  const counts = new Int32Array(16)
  for (let i = 0; i < n; i++) counts[lengths[i] ?? 0] = (counts[lengths[i] ?? 0] ?? 0) + 1
  counts[0] = 0
  const offsets = new Int32Array(16)
  for (let len = 2; len < 16; len++) offsets[len] = (offsets[len - 1] ?? 0) + (counts[len - 1] ?? 0)
  const symbols = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const len = lengths[i] ?? 0
    if (len !== 0) {
      symbols[offsets[len] ?? 0] = i
      offsets[len] = (offsets[len] ?? 0) + 1
    }
  }
  return { counts, symbols }
}

const FIXED = (() => {
  const lengths = new Int32Array(288)
  for (let i = 0; i < 288; i++) lengths[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8
  const dist = new Int32Array(30).fill(5)
  return { lit: huffman(lengths, 288), dist: huffman(dist, 30) }
})()

/**
 * Decodes the raw deflate stream in `data[start, end)` without keeping its
 * output; returns the number of bytes it unpacks to. Throws `ZipBoundsError` when the
 * stream runs past `end`, is malformed, or unpacks to more than `limit`.
 */
export const inflatedSize = (data: Uint8Array, start: number, end: number, limit: number): number => {
  let pos = start
  let bitBuf = 0
  let bitCount = 0
  let out = 0
  const bits = (n: number): number => {
    while (bitCount < n) {
      if (pos >= end)
        throw new ZipBoundsError("the deflate stream runs past the end of its entry", "压缩数据流超出了所在条目的末尾")
      bitBuf |= (data[pos++] ?? 0) << bitCount
      bitCount += 8
    }
    const v = bitBuf & ((1 << n) - 1)
    bitBuf >>>= n
    bitCount -= n
    return v
  }
  const decode = (h: Huffman): number => {
    let code = 0
    let first = 0
    let index = 0
    for (let len = 1; len < 16; len++) {
      code |= bits(1)
      const count = h.counts[len] ?? 0
      if (code - count < first) return h.symbols[index + (code - first)] ?? 0
      index += count
      first += count
      first <<= 1
      code <<= 1
    }
    throw new ZipBoundsError("an invalid Huffman code in the deflate stream", "压缩数据流中有无效的哈夫曼编码")
  }
  const grow = (n: number): void => {
    out += n
    if (out > limit) throw new ZipBoundsError("limit")
  }
  let final = 0
  while (final === 0) {
    final = bits(1)
    const type = bits(2)
    if (type === 0) {
      bitBuf = 0
      bitCount = 0
      if (pos + 4 > end)
        throw new ZipBoundsError("a stored block runs past the end of its entry", "未压缩块超出了所在条目的末尾")
      const len = u16(data, pos)
      const nlen = u16(data, pos + 2)
      if ((len ^ 0xffff) !== nlen)
        throw new ZipBoundsError(
          "a stored block's length does not match its complement",
          "未压缩块的长度与其校验补码不符"
        )
      pos += 4
      if (pos + len > end)
        throw new ZipBoundsError("a stored block runs past the end of its entry", "未压缩块超出了所在条目的末尾")
      pos += len
      grow(len)
      continue
    }
    if (type === 3) throw new ZipBoundsError("an invalid deflate block type", "无效的压缩块类型")
    let lit = FIXED.lit
    let dist = FIXED.dist
    if (type === 2) {
      const nlen = bits(5) + 257
      const ndist = bits(5) + 1
      const ncode = bits(4) + 4
      if (nlen > 286 || ndist > 30) throw new ZipBoundsError("too many deflate codes", "压缩编码过多")
      const codeLengths = new Int32Array(19)
      for (let i = 0; i < ncode; i++) codeLengths[ORDER[i] ?? 0] = bits(3)
      const lencode = huffman(codeLengths, 19)
      const lengths = new Int32Array(nlen + ndist)
      let i = 0
      while (i < nlen + ndist) {
        const sym = decode(lencode)
        if (sym < 16) lengths[i++] = sym
        else {
          let repeat = 0
          let value = 0
          if (sym === 16) {
            if (i === 0) throw new ZipBoundsError("a repeat with no previous length", "重复码之前没有长度")
            value = lengths[i - 1] ?? 0
            repeat = 3 + bits(2)
          } else repeat = sym === 17 ? 3 + bits(3) : 11 + bits(7)
          if (i + repeat > nlen + ndist) throw new ZipBoundsError("too many code lengths", "码长过多")
          while (repeat-- > 0) lengths[i++] = value
        }
      }
      lit = huffman(lengths.subarray(0, nlen), nlen)
      dist = huffman(lengths.subarray(nlen), ndist)
    }
    for (;;) {
      const sym = decode(lit)
      if (sym < 256) grow(1)
      else if (sym === 256) break
      else {
        const k = sym - 257
        if (k >= 29) throw new ZipBoundsError("an invalid length code", "无效的长度码")
        const length = (LEN_BASE[k] ?? 0) + bits(LEN_EXTRA[k] ?? 0)
        const d = decode(dist)
        if (d >= 30) throw new ZipBoundsError("an invalid distance code", "无效的距离码")
        const distance = (DIST_BASE[d] ?? 0) + bits(DIST_EXTRA[d] ?? 0)
        if (distance > out)
          throw new ZipBoundsError("a distance reaches before the start of the data", "回溯距离超出了数据开头")
        grow(length)
      }
    }
  }
  return out
}

/**
 * Inspects a zip container: the end of central directory, every central
 * entry and its local header, every deflate stream. Returns `undefined` when
 * SheetJS can read it within the limits, else the first problem.
 */
export const inspectZip = (bytes: Uint8Array, limits: ZipLimits): ZipProblem | undefined => {
  // SheetJS takes the last end-of-central-directory signature; so does this walk.
  let eocd = bytes.length - 4
  while (
    eocd >= 0 &&
    !(bytes[eocd] === 0x50 && bytes[eocd + 1] === 0x4b && bytes[eocd + 2] === 0x05 && bytes[eocd + 3] === 0x06)
  )
    eocd--
  if (eocd < 0)
    return {
      kind: "truncated",
      detail: "no end of central directory: the file is cut short",
      detailZh: "找不到中央目录结尾，文件被截断"
    }
  if (eocd + 22 > bytes.length)
    return { kind: "truncated", detail: "the end of central directory is cut short", detailZh: "中央目录结尾被截断" }
  const entries = u16(bytes, eocd + 10)
  const cdSize = u32(bytes, eocd + 12)
  const cdOffset = u32(bytes, eocd + 16)
  if (entries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    return { kind: "unsupported", detail: "ZIP64 containers are not read", detailZh: "不读取 ZIP64 容器" }
  }
  if (entries > limits.maxEntries) return { kind: "too_many_entries", entries, max: limits.maxEntries }
  if (cdOffset + cdSize > eocd)
    return {
      kind: "truncated",
      detail: "the central directory lies outside the file",
      detailZh: "中央目录位于文件之外"
    }
  let p = cdOffset
  let unpacked = 0
  try {
    for (let i = 0; i < entries; i++) {
      if (p + 46 > cdOffset + cdSize || u32(bytes, p) !== 0x02014b50) {
        return {
          kind: "corrupt",
          detail: `central directory entry ${i + 1} is missing or cut short`,
          detailZh: `中央目录第 ${i + 1} 个条目缺失或被截断`
        }
      }
      const flags = u16(bytes, p + 8)
      const method = u16(bytes, p + 10)
      const csz = u32(bytes, p + 20)
      const usz = u32(bytes, p + 24)
      const next = p + 46 + u16(bytes, p + 28) + u16(bytes, p + 30) + u16(bytes, p + 32)
      const local = u32(bytes, p + 42)
      if (next > cdOffset + cdSize)
        return {
          kind: "corrupt",
          detail: `central directory entry ${i + 1} is cut short`,
          detailZh: `中央目录第 ${i + 1} 个条目被截断`
        }
      p = next
      if ((flags & 0x2041) !== 0)
        return { kind: "unsupported", detail: "encrypted entries are not read", detailZh: "不读取加密条目" }
      if (method !== 0 && method !== 8)
        return { kind: "unsupported", detail: `compression method ${method}`, detailZh: `不支持的压缩方法 ${method}` }
      if (csz === 0xffffffff || usz === 0xffffffff)
        return { kind: "unsupported", detail: "ZIP64 entries are not read", detailZh: "不读取 ZIP64 条目" }
      if (local + 30 > eocd || u32(bytes, local) !== 0x04034b50) {
        return {
          kind: "corrupt",
          detail: `the local header of entry ${i + 1} is missing`,
          detailZh: `第 ${i + 1} 个条目缺少本地文件头`
        }
      }
      const localFlags = u16(bytes, local + 6)
      const localMethod = u16(bytes, local + 8)
      if ((localFlags & 0x2041) !== 0)
        return { kind: "unsupported", detail: "encrypted entries are not read", detailZh: "不读取加密条目" }
      if (localMethod !== method)
        return {
          kind: "corrupt",
          detail: `entry ${i + 1} names two compression methods`,
          detailZh: `第 ${i + 1} 个条目写了两种压缩方法`
        }
      if ((localFlags & 8) === 0 && (u32(bytes, local + 18) !== csz || u32(bytes, local + 22) !== usz)) {
        return {
          kind: "corrupt",
          detail: `entry ${i + 1} gives two different sizes`,
          detailZh: `第 ${i + 1} 个条目给出两个不同的大小`
        }
      }
      const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28)
      if (dataStart + csz > eocd)
        return {
          kind: "truncated",
          detail: `the data of entry ${i + 1} is cut short`,
          detailZh: `第 ${i + 1} 个条目的数据被截断`
        }
      const budget = limits.maxUnpackedBytes - unpacked
      if (usz > budget) return { kind: "too_large_unpacked", bytes: unpacked + usz, max: limits.maxUnpackedBytes }
      if (method === 0) {
        if (csz !== usz)
          return {
            kind: "corrupt",
            detail: `stored entry ${i + 1} gives two different sizes`,
            detailZh: `未压缩的第 ${i + 1} 个条目给出两个不同的大小`
          }
        unpacked += usz
      } else {
        const size = inflatedSize(bytes, dataStart, dataStart + csz, budget)
        if (size !== usz && (localFlags & 8) === 0) {
          return {
            kind: "corrupt",
            detail: `entry ${i + 1} unpacks to ${size} bytes, not the ${usz} it declares`,
            detailZh: `第 ${i + 1} 个条目解压后为 ${size} 字节，而不是声明的 ${usz} 字节`
          }
        }
        unpacked += size
      }
    }
  } catch (error) {
    if (!(error instanceof ZipBoundsError)) throw error
    if (error.message === "limit") {
      return { kind: "too_large_unpacked", bytes: limits.maxUnpackedBytes + 1, max: limits.maxUnpackedBytes }
    }
    return { kind: "corrupt", detail: error.message, detailZh: error.zh }
  }
  return undefined
}
