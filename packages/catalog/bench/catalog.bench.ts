// Validation, indexing and search on generated catalogues of 1,546 matters
// (T County's size) and 50,000 matters, run by tsx on the sources (it resolves
// @tongban/* through the repository's tsconfig paths, not the built dist).
// Peers measured in the same run: zod's shape check alone (CatalogueSchema)
// for validation, and a linear scan with the same scoring for search.
// Goals (issue 4): validate 50,000 matters in at most 2 s; search p99 at most 2 ms.
// Issue 13: lenient import plus validation of 50,000 matters from CSV in at
// most 2 s, against core's parseCsv alone on the same text (the floor of any
// CSV import) measured in the same run, in wall and in CPU time (on a shared
// machine wall time counts the others' work; CPU at most 1.6 s keeps 2 s when quiet).
import {
  CatalogueSchema,
  catalogueFromJson,
  catalogueToCsv,
  importCatalogueCsv,
  prepareSearch,
  searchMatters,
  searchMattersLinear,
  type Catalogue
} from "@tongban/catalog"
import { parseCsv } from "@tongban/core"
import { pinyin } from "pinyin-pro"
import { districtCsv } from "../test/helpers/districtList.js"
import { generateCatalogue, rng } from "../test/helpers/generate.js"

const median = (xs: ReadonlyArray<number>): number => quantile(xs, 0.5)
const quantile = (xs: ReadonlyArray<number>, q: number): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
}
const time = (f: () => unknown): number => {
  const start = performance.now()
  f()
  return performance.now() - start
}
/** CPU time of the process (user + system) in ms: unlike wall time, it does not count the time other processes of a shared machine hold the core. */
const cpu = (f: () => unknown): number => {
  const start = process.cpuUsage()
  f()
  const d = process.cpuUsage(start)
  return (d.user + d.system) / 1000
}
const ms = (x: number): string => `${x.toFixed(x < 10 ? 3 : 0)} ms`

/** 1,000 queries drawn from the catalogue: name fragments, pinyin initials and full pinyin, codes. */
const queriesFor = (catalogue: Catalogue): Array<string> => {
  const next = rng(99)
  const out: Array<string> = []
  for (let i = 0; i < 1000; i++) {
    const m = catalogue.matters[Math.floor(next() * catalogue.matters.length)]
    if (m === undefined) continue
    const kind = i % 5
    const start = Math.floor(next() * Math.max(1, m.name.length - 2))
    const fragment = m.name.slice(start, start + 2 + Math.floor(next() * 3))
    if (kind === 0 || kind === 1) out.push(fragment)
    else if (kind === 2) out.push(pinyin(fragment, { pattern: "first", toneType: "none", type: "array" }).join(""))
    else if (kind === 3) out.push(pinyin(fragment, { toneType: "none", type: "array" }).join(""))
    else out.push(m.basicCode.slice(0, 6 + Math.floor(next() * 6)))
  }
  return out
}

const rows: Array<Record<string, string>> = []
let sink = 0
for (const size of [1_546, 50_000]) {
  const catalogue = generateCatalogue({ matters: size, seed: size })
  const text = JSON.stringify(catalogue)
  const value: unknown = JSON.parse(text)

  // Validation: the whole of it (shape and beyond) from text, against zod's shape check alone on the parsed value.
  const validate: Array<number> = []
  const validateCpu: Array<number> = []
  const shape: Array<number> = []
  for (let run = 0; run < 5; run++) {
    validate.push(time(() => (sink += catalogueFromJson(text).ok ? 1 : 0)))
    validateCpu.push(cpu(() => (sink += catalogueFromJson(text).ok ? 1 : 0)))
    shape.push(time(() => (sink += CatalogueSchema.safeParse(value).success ? 1 : 0)))
  }

  // Indexing: on first search of a catalogue; a fresh matters array forces a new index.
  const fresh = { matters: [...catalogue.matters] }
  const index = time(() => prepareSearch(fresh))

  // Search: each of 1,000 queries timed alone, after one warm-up pass.
  const queries = queriesFor(catalogue)
  for (const q of queries) {
    sink += searchMatters(fresh, q).length + searchMattersLinear(fresh, q).length
  }
  const indexed: Array<number> = []
  const linear: Array<number> = []
  const indexedCpu: Array<number> = []
  for (const q of queries) {
    indexed.push(time(() => (sink += searchMatters(fresh, q).length)))
    linear.push(time(() => (sink += searchMattersLinear(fresh, q).length)))
    indexedCpu.push(cpu(() => (sink += searchMatters(fresh, q).length)))
  }
  rows.push({
    matters: size.toLocaleString("en"),
    "validate (parse+all checks)": ms(median(validate)),
    "validate (CPU)": ms(median(validateCpu)),
    "zod shape only": ms(median(shape)),
    "validate / shape": `${(median(validate) / median(shape)).toFixed(2)}x`,
    "index build": ms(index),
    "search p50": ms(median(indexed)),
    "search p99": ms(quantile(indexed, 0.99)),
    "search p99 (CPU)": ms(quantile(indexedCpu, 0.99)),
    "linear p50": ms(median(linear)),
    "linear p99": ms(quantile(linear, 0.99)),
    "speed-up p50": `${(median(linear) / median(indexed)).toFixed(1)}x`,
    "speed-up p99": `${(quantile(linear, 0.99) / quantile(indexed, 0.99)).toFixed(1)}x`
  })
  if (size === 50_000) {
    console.log(
      `goal validate 50,000 ≤ 2 s: ${median(validate) <= 2000 ? "met" : "NOT met"} (wall ${ms(median(validate))}, CPU ${ms(median(validateCpu))})`
    )
    console.log(
      `goal search p99 ≤ 2 ms: ${quantile(indexed, 0.99) <= 2 ? "met" : "NOT met"} (wall ${ms(quantile(indexed, 0.99))}, CPU ${ms(quantile(indexedCpu, 0.99))})`
    )
    console.log(
      `load average while measuring: ${(await import("node:os"))
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(" ")} on ${(await import("node:os")).cpus().length} cores`
    )
  }
}
console.table(rows)

// Lenient import + validation from CSV: a complete catalogue of 50,000 matters, and a district list of 50,000 rows
// as provincial portals export it (few columns, dirty codes), each against parseCsv alone on the same text.
const lenientRows: Array<Record<string, string>> = []
for (const [label, text] of [
  ["complete catalogue", catalogueToCsv(generateCatalogue({ matters: 50_000, seed: 50_000 }))],
  ["district list", districtCsv({ matters: 50_000 })]
] as const) {
  const lenient: Array<number> = []
  const lenientCpu: Array<number> = []
  const csvOnly: Array<number> = []
  const csvOnlyCpu: Array<number> = []
  for (let run = 0; run < 5; run++) {
    lenient.push(time(() => (sink += importCatalogueCsv(text).ok ? 1 : 0)))
    lenientCpu.push(cpu(() => (sink += importCatalogueCsv(text).ok ? 1 : 0)))
    csvOnly.push(time(() => (sink += parseCsv(text, { unguard: true }).ok ? 1 : 0)))
    csvOnlyCpu.push(cpu(() => (sink += parseCsv(text, { unguard: true }).ok ? 1 : 0)))
  }
  lenientRows.push({
    list: `${label} (50,000 rows, ${(text.length / 1e6).toFixed(1)} M chars)`,
    "lenient import + validation": ms(median(lenient)),
    "lenient (CPU)": ms(median(lenientCpu)),
    "parseCsv only": ms(median(csvOnly)),
    "parseCsv (CPU)": ms(median(csvOnlyCpu)),
    "lenient / parseCsv": `${(median(lenient) / median(csvOnly)).toFixed(2)}x`,
    "lenient / parseCsv (CPU)": `${(median(lenientCpu) / median(csvOnlyCpu)).toFixed(2)}x`,
    "goal ≤ 2 s": median(lenient) <= 2000 ? "met" : "NOT met",
    "CPU ≤ 1.6 s": median(lenientCpu) <= 1600 ? "yes" : "no"
  })
}
console.table(lenientRows)
console.log(`(sink ${sink > 0 ? "ok" : "empty"})`)
