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
import type { Catalogue, ListedCatalogue, ListedMatter, Matter } from "./Schema.js"

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
export interface SearchHit<M extends ListedMatter = Matter> {
  readonly matter: M
  readonly index: number
  readonly score: number
  readonly match: MatchKind
}

/** Matters that share a name share their text score: the index works on these groups. */
interface Group {
  /** Normalised name, its full pinyin and its initials. */
  readonly name: string
  readonly full: string
  readonly initials: string
  /** Length of the name as written (the tie-break among equal scores). */
  readonly length: number
  /** Indexes of the matters with this name, ascending. */
  readonly members: Int32Array
}

interface SearchIndex {
  readonly groups: ReadonlyArray<Group>
  /** The group of each matter. */
  readonly groupOf: Int32Array
  /** Bigram (two UTF-16 units as one number) → ascending group indexes, over names, pinyin and initials. */
  readonly grams: ReadonlyMap<number, Int32Array>
  /** Single character → ascending group indexes, over names and initials. */
  readonly chars: ReadonlyMap<number, Int32Array>
  /** Codes (basic and implementation, lower case) in ascending order, with their matter indexes. */
  readonly codes: ReadonlyArray<readonly [string, number]>
}

/** A hit and the key that orders code matches among themselves. */
interface Ranked<M extends ListedMatter = ListedMatter> {
  readonly hit: SearchHit<M>
  readonly code: string
}

/**
 * The ranking: score, best first; among equal scores, code matches in code
 * order, other matches by shorter name; then catalogue order.
 */
const byRank = (a: Ranked, b: Ranked): number => {
  const score = b.hit.score - a.hit.score
  if (score !== 0) return score
  if (a.hit.match === "code" && b.hit.match === "code" && a.code !== b.code) return a.code < b.code ? -1 : 1
  return a.hit.matter.name.length - b.hit.matter.name.length || a.hit.index - b.hit.index
}

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

const buildIndex = (matters: ReadonlyArray<ListedMatter>): SearchIndex => {
  const byName = new Map<string, Array<number>>()
  const codes: Array<readonly [string, number]> = []
  for (let i = 0; i < matters.length; i++) {
    const matter = matters[i]
    if (matter === undefined) continue
    const members = byName.get(matter.name)
    if (members === undefined) byName.set(matter.name, [i])
    else members.push(i)
    for (const code of [matter.basicCode, matter.implementationCode, matter.localCode]) {
      if (code !== undefined && code !== "") codes.push([code.toLowerCase(), i])
    }
  }
  codes.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]))
  const groups: Array<Group> = []
  const groupOf = new Int32Array(matters.length)
  const grams = new Map<number, Array<number>>()
  const chars = new Map<number, Array<number>>()
  for (const [raw, members] of byName) {
    const g = groups.length
    const name = normaliseQuery(raw)
    const { full, initials } = pinyinOf(name)
    groups.push({ name, full, initials, length: raw.length, members: Int32Array.from(members) })
    for (const i of members) groupOf[i] = g
    for (const field of [name, full, initials]) {
      for (let k = 0; k + 1 < field.length; k++) addKey(grams, gramKey(field, k), g)
    }
    for (const field of [name, initials]) {
      for (let k = 0; k < field.length; k++) addKey(chars, field.charCodeAt(k), g)
    }
  }
  return { groups, groupOf, grams: freeze(grams), chars: freeze(chars), codes }
}

const indexes = new WeakMap<ReadonlyArray<ListedMatter>, SearchIndex>()

/**
 * Anything with matters: a {@link Catalogue}, or a {@link ListedCatalogue}
 * as a lenient import returns it.
 *
 * @since 0.2.0
 * @category models
 */
export type WithMatters<M extends ListedMatter> = { readonly matters: ReadonlyArray<M> }

const indexOf = (catalogue: WithMatters<ListedMatter>): SearchIndex => {
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
export const prepareSearch = (catalogue: WithMatters<ListedMatter>): { readonly matters: number } => ({
  matters: indexOf(catalogue).groupOf.length
})

const positionScore = (field: string, query: string, exact: number, prefix: number, inner: number): number => {
  if (field === query) return exact
  const at = field.indexOf(query)
  if (at === 0) return prefix - Math.min(field.length - query.length, 50) / 100
  if (at > 0) return inner - Math.min(at, 50) / 100
  return 0
}

/**
 * Scores a name group against a normalised query: 0 when it does not match.
 * Name matches rank above pinyin, pinyin above initials; an exact or leading
 * match above one inside. The kind of match is written to `kind[0]`.
 */
const scoreGroup = (group: Group, query: string, han: boolean, kind: Array<MatchKind>): number => {
  let best = positionScore(group.name, query, 100, 90, 70)
  kind[0] = "name"
  if (han) return best
  const initials = positionScore(group.initials, query, 85, 80, 55)
  if (initials > best) {
    best = initials
    kind[0] = "initials"
  }
  // One letter is matched against initials only: inside full pinyin it matches nearly everything.
  const full = query.length > 1 ? positionScore(group.full, query, 84, 78, 50) : 0
  if (full > best) {
    best = full
    kind[0] = "pinyin"
  }
  return best
}

/** The score of a code match: 95 for a whole code, 88 for a prefix, 0 for none; the matched code in `code[0]`. */
const scoreCode = (matter: ListedMatter, query: string, code: Array<string>): number => {
  let best = ""
  for (const raw of [matter.basicCode, matter.implementationCode, matter.localCode]) {
    if (raw === undefined || raw === "") continue
    const c = raw.toLowerCase()
    if (c === query) {
      code[0] = query
      return 95
    }
    if (c.startsWith(query) && (best === "" || c < best)) best = c
  }
  if (best === "") return 0
  code[0] = best
  return 88
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

/** Groups whose name, pinyin or initials hold every bigram of the query, ascending. */
const groupCandidates = (index: SearchIndex, query: string): Int32Array => {
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

/** Does the matter pass every filter? A matter that lacks a filtered element does not. */
const passes = (matter: ListedMatter, filters: SearchFilters): boolean => {
  const { department, type, serviceObjects, onlineDepth, trips } = matter
  if (filters.departments !== undefined && (department === undefined || !filters.departments.includes(department)))
    return false
  if (filters.types !== undefined && (type === undefined || !filters.types.includes(type))) return false
  if (
    filters.serviceObjects !== undefined &&
    (serviceObjects === undefined || !filters.serviceObjects.some((o) => serviceObjects.includes(o)))
  ) {
    return false
  }
  if (
    filters.onlineDepth !== undefined &&
    (onlineDepth === undefined || !filters.onlineDepth.every((d) => onlineDepth.includes(d)))
  )
    return false
  if (filters.maxTrips !== undefined && (trips === undefined || trips > filters.maxTrips)) return false
  return true
}

/** The best `limit` text hits: groups ranked once, then their members in catalogue order. */
const textHits = <M extends ListedMatter>(
  index: SearchIndex,
  matters: ReadonlyArray<M>,
  q: string,
  filters: SearchFilters,
  limit: number
): Array<Ranked<M>> => {
  const han = HAN.test(q)
  const kind: Array<MatchKind> = ["name"]
  const scored: Array<{ readonly group: Group; readonly score: number; readonly match: MatchKind }> = []
  for (const g of groupCandidates(index, q)) {
    const group = index.groups[g]
    if (group === undefined) continue
    const score = scoreGroup(group, q, han, kind)
    if (score > 0) scored.push({ group, score, match: kind[0] ?? "name" })
  }
  scored.sort((a, b) => b.score - a.score || a.group.length - b.group.length)
  const out: Array<Ranked<M>> = []
  // Groups of equal score and name length tie: their members merge by catalogue order.
  for (let start = 0; start < scored.length && out.length < limit; ) {
    const first = scored[start]
    if (first === undefined) break
    let end = start + 1
    while (
      end < scored.length &&
      scored[end]?.score === first.score &&
      scored[end]?.group.length === first.group.length
    )
      end++
    const need = limit - out.length
    const bucket: Array<Ranked<M>> = []
    for (let k = start; k < end; k++) {
      const item = scored[k]
      if (item === undefined) continue
      let taken = 0
      for (const i of item.group.members) {
        if (taken === need) break
        const matter = matters[i]
        if (matter === undefined || !passes(matter, filters)) continue
        bucket.push({ hit: { matter, index: i, score: item.score, match: item.match }, code: "" })
        taken++
      }
    }
    bucket.sort((a, b) => a.hit.index - b.hit.index)
    out.push(...bucket.slice(0, need))
    start = end
  }
  return out
}

/** The first `limit` code hits, in code order (whole codes sort before longer ones). */
const codeHits = <M extends ListedMatter>(
  index: SearchIndex,
  matters: ReadonlyArray<M>,
  q: string,
  filters: SearchFilters,
  limit: number
): Array<Ranked<M>> => {
  const codes = index.codes
  let lo = 0
  let hi = codes.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((codes[mid]?.[0] ?? "") < q) lo = mid + 1
    else hi = mid
  }
  const out: Array<Ranked<M>> = []
  const seen = new Set<number>()
  for (let k = lo; k < codes.length && out.length < limit; k++) {
    const item = codes[k]
    if (item === undefined || !item[0].startsWith(q)) break
    const [code, i] = item
    const matter = matters[i]
    if (seen.has(i) || matter === undefined || !passes(matter, filters)) continue
    seen.add(i)
    out.push({ hit: { matter, index: i, score: code === q ? 95 : 88, match: "code" }, code })
  }
  return out
}

/** Merges ranked lists, keeping each matter's best place, and takes the first `limit`. */
const merge = <M extends ListedMatter>(
  lists: ReadonlyArray<ReadonlyArray<Ranked<M>>>,
  limit: number
): ReadonlyArray<SearchHit<M>> => {
  const all = lists.flat().sort(byRank)
  const seen = new Set<number>()
  const out: Array<SearchHit<M>> = []
  for (const r of all) {
    if (out.length === limit) break
    if (seen.has(r.hit.index)) continue
    seen.add(r.hit.index)
    out.push(r.hit)
  }
  return out
}

/**
 * Searches a catalogue's matters by name (Chinese), full pinyin
 * (`yingyezhizhao`), pinyin initials (`yyzz`) or code (basic or
 * implementation, whole or by prefix), ranked best first (among equal scores,
 * shorter names first, and code matches in code order); filters narrow the
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
export const searchMatters = <M extends ListedMatter>(
  catalogue: WithMatters<M>,
  query: string,
  options?: SearchOptions
): ReadonlyArray<SearchHit<M>> => {
  const limit = Math.max(0, Math.floor(typeof options?.limit === "number" ? options.limit : 20))
  const filters = options ?? {}
  // From plain JavaScript: a query that is not text is no query.
  const q = normaliseQuery(typeof query === "string" ? query : "")
  const matters = catalogue.matters
  if (q === "") {
    const hits: Array<SearchHit<M>> = []
    for (let i = 0; i < matters.length && hits.length < limit; i++) {
      const matter = matters[i]
      if (matter !== undefined && passes(matter, filters)) hits.push({ matter, index: i, score: 0, match: "name" })
    }
    return hits
  }
  const index = indexOf(catalogue)
  const text = textHits(index, matters, q, filters, limit)
  return /\d/.test(q) ? merge([text, codeHits(index, matters, q, filters, limit)], limit) : merge([text], limit)
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
export const searchMattersLinear = <M extends ListedMatter>(
  catalogue: WithMatters<M>,
  query: string,
  options?: SearchOptions
): ReadonlyArray<SearchHit<M>> => {
  const limit = Math.max(0, Math.floor(options?.limit ?? 20))
  const q = normaliseQuery(query)
  if (q === "") return searchMatters(catalogue, query, options)
  const index = indexOf(catalogue)
  const han = HAN.test(q)
  const digits = /\d/.test(q)
  const kind: Array<MatchKind> = ["name"]
  const code: Array<string> = [""]
  // The best `limit` so far, best first, kept by insertion (no sort of every hit).
  const hits: Array<Ranked<M>> = []
  const offer = (r: Ranked<M>): void => {
    if (limit === 0) return
    const worst = hits[hits.length - 1]
    if (hits.length === limit && worst !== undefined && byRank(r, worst) >= 0) return
    let at = hits.length
    while (at > 0) {
      const before = hits[at - 1]
      if (before === undefined || byRank(r, before) >= 0) break
      at--
    }
    hits.splice(at, 0, r)
    if (hits.length > limit) hits.pop()
  }
  for (let i = 0; i < catalogue.matters.length; i++) {
    const matter = catalogue.matters[i]
    const group = index.groups[index.groupOf[i] ?? -1]
    if (matter === undefined || group === undefined || !passes(matter, options ?? {})) continue
    const text = scoreGroup(group, q, han, kind)
    const byCode = digits ? scoreCode(matter, q, code) : 0
    if (byCode > text) offer({ hit: { matter, index: i, score: byCode, match: "code" }, code: code[0] ?? "" })
    else if (text > 0) offer({ hit: { matter, index: i, score: text, match: kind[0] ?? "name" }, code: "" })
  }
  return hits.map((r) => r.hit)
}
