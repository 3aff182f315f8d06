/**
 * Search of a catalogue's matters by name, pinyin (full and initials) and
 * code, ranked, with filters. The index is built once per catalogue object,
 * on the first search, and kept in a `WeakMap`.
 *
 * Glossary: 检索 = search, 拼音 = pinyin, 首字母 = initials (`yyzz` for
 * 营业执照), 基本编码 = basic code, 实施编码 = implementation code,
 * 服务对象 = service object, 网办深度 = online depth, 到办事现场次数 = trips.
 *
 * @since 0.1.0
 */
import { pinyin } from "pinyin-pro"
import type { MatterTypeCode, OnlineDepth, ServiceObject } from "./Codes.js"
import type { Catalogue, Matter } from "./Schema.js"

/**
 * Filters that narrow a search; every given filter must hold.
 *
 * @since 0.1.0
 * @category models
 */
export interface SearchFilters {
  /** Department ids; the matter's department must be one of them. */
  readonly departments?: ReadonlyArray<string>
  /** Matter type codes (A.1 or the catalogue's own). */
  readonly types?: ReadonlyArray<MatterTypeCode | (string & {})>
  /** The matter must serve at least one of these objects. */
  readonly serviceObjects?: ReadonlyArray<ServiceObject>
  /** The matter must reach every one of these online depths. */
  readonly onlineDepth?: ReadonlyArray<OnlineDepth>
  /** The matter needs at most this many trips. */
  readonly maxTrips?: number
}

/**
 * Options of {@link searchMatters}.
 *
 * @since 0.1.0
 * @category models
 */
export interface SearchOptions extends SearchFilters {
  /** Most hits returned; default 20. */
  readonly limit?: number
}

/**
 * What matched: the name, its full pinyin, its pinyin initials, or a code.
 *
 * @since 0.1.0
 * @category models
 */
export type MatchKind = "name" | "pinyin" | "initials" | "code"

/**
 * One hit: the matter, its index in the catalogue, its score (higher is
 * better) and what matched.
 *
 * @since 0.1.0
 * @category models
 */
export interface SearchHit {
  readonly matter: Matter
  readonly index: number
  readonly score: number
  readonly match: MatchKind
}

interface Entry {
  readonly name: string
  readonly full: string
  readonly initials: string
  /** Basic and implementation code, lower case. */
  readonly basic: string
  readonly impl: string
}

interface SearchIndex {
  readonly entries: ReadonlyArray<Entry>
  /** Bigram (two UTF-16 units as one number) → ascending entry indexes, over names, pinyin and initials. */
  readonly grams: ReadonlyMap<number, Int32Array>
  /** Single character → ascending entry indexes, over names and initials. */
  readonly chars: ReadonlyMap<number, Int32Array>
  /** Codes (basic and implementation, lower case) in ascending order, with their entry indexes. */
  readonly codes: ReadonlyArray<readonly [string, number]>
}

const byRank = (a: SearchHit, b: SearchHit): number =>
  b.score - a.score || a.matter.name.length - b.matter.name.length || a.index - b.index

const FULL_WIDTH = /[\uff01-\uff5e]/g

/**
 * Normalises search text: full-width forms to half-width, lower case, white
 * space and punctuation removed.
 *
 * @example
 * ```ts
 * import { normaliseQuery } from "@tongban/catalog"
 *
 * normaliseQuery(" 营业执照（变更） YYZZ ") // "营业执照变更yyzz"
 * ```
 *
 * @since 0.1.0
 * @category search
 */
export const normaliseQuery = (text: string): string =>
  text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "")

const HAN = /\p{Script=Han}/u

const pinyinOf = (name: string): { full: string; initials: string } => {
  if (!HAN.test(name)) return { full: name, initials: name }
  const syllables = pinyin(name, { toneType: "none", type: "array", v: true })
  let full = ""
  let initials = ""
  for (const s of syllables) {
    const clean = s.toLowerCase().replace(/[^a-z0-9]/g, "")
    full += clean
    initials += clean.charAt(0)
  }
  return { full, initials }
}

const addKey = (map: Map<number, Array<number>>, key: number, index: number): void => {
  const list = map.get(key)
  if (list === undefined) map.set(key, [index])
  else if (list[list.length - 1] !== index) list.push(index)
}

const freeze = (map: Map<number, Array<number>>): Map<number, Int32Array> => {
  const out = new Map<number, Int32Array>()
  for (const [key, list] of map) out.set(key, Int32Array.from(list))
  return out
}

const gramKey = (text: string, at: number): number => text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1)

const buildIndex = (matters: ReadonlyArray<Matter>): SearchIndex => {
  const entries: Array<Entry> = []
  const pinyinCache = new Map<string, { full: string; initials: string }>()
  const grams = new Map<number, Array<number>>()
  const chars = new Map<number, Array<number>>()
  const codes: Array<readonly [string, number]> = []
  for (let i = 0; i < matters.length; i++) {
    const matter = matters[i]
    if (matter === undefined) continue
    const name = normaliseQuery(matter.name)
    let spelled = pinyinCache.get(name)
    if (spelled === undefined) {
      spelled = pinyinOf(name)
      pinyinCache.set(name, spelled)
    }
    const { full, initials } = spelled
    const basic = matter.basicCode.toLowerCase()
    const impl = matter.implementationCode.toLowerCase()
    entries.push({ name, full, initials, basic, impl })
    codes.push([basic, i], [impl, i])
    for (const field of [name, full, initials]) {
      for (let k = 0; k + 1 < field.length; k++) addKey(grams, gramKey(field, k), i)
    }
    for (const field of [name, initials]) {
      for (let k = 0; k < field.length; k++) addKey(chars, field.charCodeAt(k), i)
    }
  }
  codes.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]))
  return { entries, grams: freeze(grams), chars: freeze(chars), codes }
}

const indexes = new WeakMap<ReadonlyArray<Matter>, SearchIndex>()

const indexOf = (catalogue: Pick<Catalogue, "matters">): SearchIndex => {
  const found = indexes.get(catalogue.matters)
  if (found !== undefined) return found
  const built = buildIndex(catalogue.matters)
  indexes.set(catalogue.matters, built)
  return built
}

/**
 * Builds the search index of a catalogue now, instead of on the first
 * search (e.g. at start-up). The index is kept per `matters` array: build it
 * again by passing a new array.
 *
 * @example
 * ```ts
 * import { prepareSearch } from "@tongban/catalog"
 *
 * prepareSearch({ matters: [] }) // { matters: 0 }
 * ```
 *
 * @since 0.1.0
 * @category search
 */
export const prepareSearch = (catalogue: Pick<Catalogue, "matters">): { readonly matters: number } => ({
  matters: indexOf(catalogue).entries.length
})

const positionScore = (field: string, query: string, exact: number, prefix: number, inner: number): number => {
  if (field === query) return exact
  const at = field.indexOf(query)
  if (at === 0) return prefix - Math.min(field.length - query.length, 50) / 100
  if (at > 0) return inner - Math.min(at, 50) / 100
  return 0
}

/**
 * Scores one indexed entry against a normalised query: 0 when it does not
 * match. Name matches rank above pinyin, pinyin above initials; an exact or
 * leading match above one inside; shorter names first among equals. The
 * kind of match is written to `kind[0]`.
 */
const scoreEntry = (entry: Entry, query: string, han: boolean, digits: boolean, kind: Array<MatchKind>): number => {
  let best = positionScore(entry.name, query, 100, 90, 70)
  kind[0] = "name"
  if (han) return best
  const initials = positionScore(entry.initials, query, 85, 80, 55)
  if (initials > best) {
    best = initials
    kind[0] = "initials"
  }
  // One letter is matched against initials only: inside full pinyin it matches nearly everything.
  const full = query.length > 1 ? positionScore(entry.full, query, 84, 78, 50) : 0
  if (full > best) {
    best = full
    kind[0] = "pinyin"
  }
  if (digits) {
    const code = entry.basic === query || entry.impl === query ? 95 : entry.basic.startsWith(query) || entry.impl.startsWith(query) ? 88 : 0
    if (code > best) {
      best = code
      kind[0] = "code"
    }
  }
  return best
}

/** Keeps the best `limit` hits, best first, without sorting every hit. */
class TopHits {
  readonly hits: Array<SearchHit> = []
  constructor(readonly limit: number) {}

  /** Could a hit with this score, matter and index enter the list? (The order of {@link byRank}, without allocating.) */
  wants(score: number, matter: Matter, index: number): boolean {
    if (this.limit === 0) return false
    if (this.hits.length < this.limit) return true
    const worst = this.hits[this.hits.length - 1]
    if (worst === undefined) return true
    if (score !== worst.score) return score > worst.score
    const length = matter.name.length - worst.matter.name.length
    return length !== 0 ? length < 0 : index < worst.index
  }

  offer(hit: SearchHit): void {
    const hits = this.hits
    if (this.limit === 0) return
    if (hits.length === this.limit) {
      const worst = hits[hits.length - 1]
      if (worst === undefined || byRank(hit, worst) >= 0) return
      hits.pop()
    }
    let at = hits.length
    while (at > 0) {
      const before = hits[at - 1]
      if (before === undefined || byRank(hit, before) >= 0) break
      at--
    }
    hits.splice(at, 0, hit)
  }
}

const intersect = (a: Int32Array, b: Int32Array): Int32Array => {
  const out: Array<number> = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0
    const y = b[j] ?? 0
    if (x === y) {
      out.push(x)
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return Int32Array.from(out)
}

/** Entry indexes whose basic or implementation code begins with `query`, ascending. */
const codePrefix = (index: SearchIndex, query: string): Array<number> => {
  const codes = index.codes
  let lo = 0
  let hi = codes.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const code = codes[mid]?.[0] ?? ""
    if (code < query) lo = mid + 1
    else hi = mid
  }
  const out: Array<number> = []
  for (let k = lo; k < codes.length; k++) {
    const item = codes[k]
    if (item === undefined || !item[0].startsWith(query)) break
    out.push(item[1])
  }
  return out
}

/** The ascending union of two sets of entry indexes below `size`, by marking (no sort). */
const union = (a: Int32Array, b: ReadonlyArray<number>, size: number): Int32Array => {
  if (b.length === 0) return a
  const marks = new Uint8Array(size)
  let count = 0
  for (const list of [a, b]) {
    for (const i of list) {
      if (marks[i] === 0) {
        marks[i] = 1
        count++
      }
    }
  }
  const out = new Int32Array(count)
  let k = 0
  for (let i = 0; i < size; i++) if (marks[i] === 1) out[k++] = i
  return out
}

const gramCandidates = (index: SearchIndex, query: string): Int32Array => {
  if (query.length === 1) return index.chars.get(query.charCodeAt(0)) ?? new Int32Array(0)
  let lists: Array<Int32Array> = []
  for (let k = 0; k + 1 < query.length; k++) {
    const list = index.grams.get(gramKey(query, k))
    if (list === undefined) return new Int32Array(0)
    lists.push(list)
  }
  lists = lists.sort((a, b) => a.length - b.length)
  let acc = lists[0] ?? new Int32Array(0)
  for (let k = 1; k < lists.length && acc.length > 0; k++) {
    const next = lists[k]
    if (next !== undefined) acc = intersect(acc, next)
  }
  return acc
}

const candidatesOf = (index: SearchIndex, query: string): Int32Array => {
  const byText = gramCandidates(index, query)
  return /\d/.test(query) ? union(byText, codePrefix(index, query), index.entries.length) : byText
}

const passes = (matter: Matter, filters: SearchFilters): boolean => {
  if (filters.departments !== undefined && !filters.departments.includes(matter.department)) return false
  if (filters.types !== undefined && !filters.types.includes(matter.type)) return false
  if (filters.serviceObjects !== undefined && !filters.serviceObjects.some((o) => matter.serviceObjects.includes(o))) {
    return false
  }
  if (filters.onlineDepth !== undefined && !filters.onlineDepth.every((d) => matter.onlineDepth.includes(d))) return false
  if (filters.maxTrips !== undefined && matter.trips > filters.maxTrips) return false
  return true
}


const scan = (
  index: SearchIndex,
  matters: ReadonlyArray<Matter>,
  q: string,
  filters: SearchFilters,
  limit: number,
  candidates: Int32Array | undefined
): ReadonlyArray<SearchHit> => {
  const han = HAN.test(q)
  const digits = /\d/.test(q)
  const kind: Array<MatchKind> = ["name"]
  const top = new TopHits(limit)
  const n = candidates === undefined ? index.entries.length : candidates.length
  for (let k = 0; k < n; k++) {
    const i = candidates === undefined ? k : (candidates[k] ?? 0)
    const entry = index.entries[i]
    const matter = matters[i]
    if (entry === undefined || matter === undefined) continue
    const score = scoreEntry(entry, q, han, digits, kind)
    if (score > 0 && top.wants(score, matter, i) && passes(matter, filters)) {
      top.offer({ matter, index: i, score, match: kind[0] ?? "name" })
    }
  }
  return top.hits
}

/**
 * Searches a catalogue's matters by name (Chinese), full pinyin
 * (`yingyezhizhao`), pinyin initials (`yyzz`) or code (basic or
 * implementation, whole or by prefix), ranked best first; filters narrow the
 * hits. An empty query lists the matters that pass the filters, in catalogue
 * order. The first search of a catalogue builds its index (see
 * {@link prepareSearch}).
 *
 * @example
 * ```ts
 * import { searchMatters } from "@tongban/catalog"
 *
 * const base = {
 *   basicCode: "000105001000", implementationCode: "", type: "01", level: "4", department: "scjg",
 *   serviceObjects: ["2"], handlingForms: ["1"], onlineDepth: [], kind: "promised",
 *   statutoryLimit: { amount: 15, unit: "working_day" }, promisedLimit: { amount: 3, unit: "working_day" },
 *   trips: 0, materials: [], conditions: [], steps: [], specialProcedures: [], fees: [], legalBasis: [],
 *   windowAuthority: "approve", version: "1"
 * } as const
 * const catalogue = { matters: [{ ...base, name: "食品经营许可" }, { ...base, name: "营业执照变更登记" }] }
 * searchMatters(catalogue, "yyzz").map((h) => h.matter.name) // ["营业执照变更登记"]
 * searchMatters(catalogue, "许可")[0]?.match // "name"
 * ```
 *
 * @since 0.1.0
 * @category search
 */
export const searchMatters = (
  catalogue: Pick<Catalogue, "matters">,
  query: string,
  options?: SearchOptions
): ReadonlyArray<SearchHit> => {
  const limit = Math.max(0, Math.floor(options?.limit ?? 20))
  const filters = options ?? {}
  const q = normaliseQuery(query)
  const matters = catalogue.matters
  const hits: Array<SearchHit> = []
  if (q === "") {
    for (let i = 0; i < matters.length && hits.length < limit; i++) {
      const matter = matters[i]
      if (matter !== undefined && passes(matter, filters)) hits.push({ matter, index: i, score: 0, match: "name" })
    }
    return hits
  }
  const index = indexOf(catalogue)
  const candidates = candidatesOf(index, q)
  return scan(index, matters, q, filters, limit, candidates)
}

/**
 * The same search as {@link searchMatters} without the inverted index: every
 * matter is scored on each query. Kept as the peer for benchmarks and as an
 * oracle for tests; prefer {@link searchMatters}.
 *
 * @example
 * ```ts
 * import { searchMattersLinear } from "@tongban/catalog"
 *
 * searchMattersLinear({ matters: [] }, "yyzz") // []
 * ```
 *
 * @since 0.1.0
 * @category search
 */
export const searchMattersLinear = (
  catalogue: Pick<Catalogue, "matters">,
  query: string,
  options?: SearchOptions
): ReadonlyArray<SearchHit> => {
  const limit = Math.max(0, Math.floor(options?.limit ?? 20))
  const q = normaliseQuery(query)
  if (q === "") return searchMatters(catalogue, query, options)
  return scan(indexOf(catalogue), catalogue.matters, q, options ?? {}, limit, undefined)
}
