// Scores 134 windows and 400 staff over a quarter of 1,000,000 events with
// the deduction-only quarterly rubric, and measures in the same run three
// plain implementations of the same rubric (one pass, points accumulated per
// event, category floors, ranking): with floats, with integer hundredths and
// with Effect's BigDecimal. The ratio against the float peer is the cost of
// exactness plus what `score` does beyond it (itemised events, vetoes,
// satisfaction, awards). The goal is at most 1 s for `score`.
import { BigDecimal } from "effect"
import { parseEventsCsv, quarterlyDeductionRubric, type Rubric, type ScoringEvent, score } from "@tongban/scoring"
import { generateQuarter, toCsv } from "../../../examples/t-county/scoring-events.js"

const rubric: Rubric = quarterlyDeductionRubric
const period = { from: "2026-07-01", to: "2026-09-30" }

interface Arith<N> {
  readonly zero: N
  readonly of: (points: number | string) => N
  readonly add: (a: N, b: N) => N
  readonly mul: (a: N, k: number) => N
  readonly lt: (a: N, b: N) => boolean
  readonly text: (a: N) => string
}

const float: Arith<number> = {
  zero: 0,
  of: (p) => Number(p),
  add: (a, b) => a + b,
  mul: (a, k) => a * k,
  lt: (a, b) => a < b,
  text: (a) => a.toFixed(2)
}

const hundredths: Arith<number> = {
  zero: 0,
  of: (p) => Math.round(Number(p) * 100),
  add: (a, b) => a + b,
  mul: (a, k) => a * k,
  lt: (a, b) => a < b,
  text: (a) => (a / 100).toFixed(2)
}

const bigDecimal: Arith<BigDecimal.BigDecimal> = {
  zero: BigDecimal.fromNumberUnsafe(0),
  of: (p) => BigDecimal.fromStringUnsafe(String(p)),
  add: (a, b) => BigDecimal.sum(a, b),
  mul: (a, k) => BigDecimal.multiply(a, BigDecimal.fromNumberUnsafe(k)),
  lt: (a, b) => BigDecimal.isLessThan(a, b),
  text: (a) => {
    const [whole = "0", frac = ""] = BigDecimal.format(BigDecimal.scale(a, 2)).split(".")
    return `${whole}.${frac.padEnd(2, "0")}`
  }
}

/** The same rubric written directly over plain numbers (or BigDecimal): per event, add the item's points to the category. */
const plain = <N>(ar: Arith<N>, events: ReadonlyArray<ScoringEvent>): Array<[string, string]> => {
  const cats = rubric.categories.map((c) => c.id)
  const caps = rubric.categories.map((c) => ar.of(c.points ?? 0))
  const keyed = new Map<string, Array<{ cat: number; points: N; perUnit: boolean; range: boolean }>>()
  for (const it of rubric.items) {
    if (it.match === undefined) continue
    const subs = [...(it.match.codes ?? []), ...(it.match.levels ?? [])]
    for (const s of subs.length === 0 ? ["*"] : subs) {
      const k = `${it.match.kind}|${s}`
      const list = keyed.get(k) ?? []
      keyed.set(k, list)
      list.push({ cat: cats.indexOf(it.category), points: ar.of(it.points), perUnit: it.unit !== "occurrence", range: it.range !== undefined })
    }
  }
  const appealed = new Set<string>()
  for (const e of events) if (e.kind === "appeal" && e.code === "upheld" && e.ref !== undefined) appealed.add(e.ref)
  const staff = new Map<string, Array<N>>()
  for (const e of events) {
    if (e.kind === "staff" && e.staff !== undefined) staff.set(e.staff, cats.map(() => ar.zero))
  }
  for (const e of events) {
    if (e.date < period.from || e.date > period.to || e.staff === undefined || e.kind === "staff") continue
    if (e.kind === "evaluation" && e.id !== undefined && appealed.has(e.id)) continue
    let acc = staff.get(e.staff)
    if (acc === undefined) {
      acc = cats.map(() => ar.zero)
      staff.set(e.staff, acc)
    }
    const list = keyed.get(`${e.kind}|${(e.kind === "evaluation" ? e.level : e.code) ?? ""}`)
    if (list === undefined) continue
    for (const it of list) {
      const p = it.range && e.points !== undefined ? ar.of(e.points) : it.points
      acc[it.cat] = ar.add(acc[it.cat] ?? ar.zero, it.perUnit ? ar.mul(p, e.quantity ?? 1) : p)
    }
  }
  const base = ar.of(rubric.base)
  const out: Array<[string, N]> = []
  for (const [id, ded] of staff) {
    let total = base
    ded.forEach((d, i) => {
      const cap = caps[i] ?? ar.zero
      total = ar.add(total, ar.mul(ar.lt(cap, d) ? cap : d, -1))
    })
    out.push([id, total])
  }
  out.sort((a, b) => (ar.lt(a[1], b[1]) ? 1 : ar.lt(b[1], a[1]) ? -1 : a[0] < b[0] ? -1 : 1))
  return out.map(([id, t]) => [id, ar.text(t)])
}

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? 0
}

const time = <A>(label: string, runs: number, f: () => A): { label: string; ms: number; value: A } => {
  let value = f()
  const ms: Array<number> = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    value = f()
    ms.push(performance.now() - t)
  }
  return { label, ms: median(ms), value }
}

const { events } = generateQuarter({ count: 1_000_000 })
console.log(`events: ${events.length} (1,000,000 generated + roster, rectification, follow-up and appeal lines); 134 windows, 400 staff; 2026-Q3`)

const runs = 5
const ours = time("tongban score (integer hundredths, itemised)", runs, () => score(rubric, events, { period: "2026-Q3" }))
const f = time("plain float peer", runs, () => plain(float, events))
const hu = time("plain integer-hundredths peer", runs, () => plain(hundredths, events))
const bd = time("plain Effect BigDecimal peer", runs, () => plain(bigDecimal, events))

if (!ours.value.ok) throw new Error("score failed")
const exact = ours.value.value.scores.map((s): [string, string] => [s.id, s.score])
const exactMap = new Map(exact)
const disagree = (rows: ReadonlyArray<[string, string]>): number => rows.filter(([id, t]) => exactMap.get(id) !== t).length
const rows = [ours, f, hu, bd].map((r) => ({ implementation: r.label, "median ms": Number(r.ms.toFixed(1)), "ratio vs float": Number((r.ms / f.ms).toFixed(2)) }))
console.table(rows)
console.log(`scores that differ from tongban's exact ones: float ${disagree(f.value)}, hundredths ${disagree(hu.value)}, BigDecimal ${disagree(bd.value)} (of ${exact.length})`)
console.log(`ratio tongban / float: ${(ours.ms / f.ms).toFixed(2)}x; BigDecimal / integer hundredths: ${(bd.ms / hu.ms).toFixed(2)}x`)
console.log(`goal: score ≤ 1000 ms → ${ours.ms <= 1000 ? "met" : "NOT met"} (${ours.ms.toFixed(0)} ms on this machine, load ${(await import("node:os")).loadavg()[0]?.toFixed(1)})`)

const csv = toCsv(events)
const parsed = time("parseEventsCsv", 1, () => parseEventsCsv(csv))
console.log(`parseEventsCsv of ${(csv.length / 1e6).toFixed(1)} M characters: ${parsed.ms.toFixed(0)} ms (${parsed.value.ok ? "ok" : "failed"})`)
