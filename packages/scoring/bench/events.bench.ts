// Reads the CSV of a quarter of 1,000,000 events (plus roster and
// bad-review handling lines, about 61.7 M characters) with parseEventsCsv,
// and measures in the same run three peers over the same text: core's
// scanCsv alone (the RFC 4180 reader parseEventsCsv is built on, field
// ranges without strings, a callback that only counts fields), core's
// forEachCsvRow alone (the same reader, a string per field), and a plain
// `split("\n")` / `split(",")` baseline that checks nothing and does not
// handle quotes; and scanCsv with one object literal of seven fields made and
// kept per row, which checks nothing: the floor of any reader that returns a
// million event objects (their allocation and the garbage collector moving
// them). The ratio against scanCsv alone is what interning and checking each
// event costs; the goal (issue 16, point 6) is at most 1 s for the whole
// file.
import { forEachCsvRow, scanCsv } from "@tongban/core"
import { parseEventsCsv } from "@tongban/scoring"
import { generateQuarter, toCsv } from "../../../examples/t-county/scoring-events.js"

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? 0
}

interface Timed {
  readonly label: string
  readonly run: () => number
  readonly wall: Array<number>
  readonly cpu: Array<number>
  result: number
}

const task = (label: string, run: () => number): Timed => ({ label, run, wall: [], cpu: [], result: 0 })

/** Every task once per round, in turn, so that a noisy shared machine slows them alike; wall and CPU time. */
const measure = (rounds: number, tasks: ReadonlyArray<Timed>): void => {
  for (const t of tasks) t.result = t.run()
  for (let r = 0; r < rounds; r++) {
    for (const t of tasks) {
      const c0 = process.cpuUsage()
      const w0 = performance.now()
      t.result = t.run()
      t.wall.push(performance.now() - w0)
      const c = process.cpuUsage(c0)
      t.cpu.push((c.user + c.system) / 1000)
    }
  }
}

const os = await import("node:os")
const { events } = generateQuarter({ count: 1_000_000 })
const csv = toCsv(events)
console.log(
  `${events.length} events, ${(csv.length / 1e6).toFixed(1)} M characters; load average ${(os.loadavg()[0] ?? 0).toFixed(1)} on ${os.availableParallelism()} cores`
)

const ours = task("parseEventsCsv (core reader + the event validator)", () => {
  const r = parseEventsCsv(csv)
  if (!r.ok) throw new Error(`parseEventsCsv failed: ${r.issues[0]?.code}`)
  return r.value.length
})
const scan = task("peer: core scanCsv alone (counts fields)", () => {
  let cells = 0
  const r = scanCsv(csv, (row) => {
    cells += row.count
  })
  if (!r.ok) throw new Error("scanCsv failed")
  return cells
})
const core = task("peer: core forEachCsvRow alone (counts cells)", () => {
  let cells = 0
  const r = forEachCsvRow(csv, (row) => {
    cells += row.length
  })
  if (!r.ok) throw new Error("forEachCsvRow failed")
  return cells
})
const kept = task(
  "peer: scanCsv + one 7-field object literal per row, kept (the floor of returning an array of events)",
  () => {
    const out: Array<object> = []
    const r = scanCsv(csv, (row) => {
      out.push({
        kind: "case",
        date: "2026-07-01",
        staff: "s1",
        window: "w1",
        department: "d1",
        code: row.count,
        matterType: "m"
      })
    })
    if (!r.ok) throw new Error("scanCsv failed")
    return out.length
  }
)
const split = task("peer: split on line breaks and commas (no quotes, no checks)", () => {
  let cells = 0
  for (const line of csv.split("\n")) if (line !== "") cells += line.split(",").length
  return cells
})
const tasks = [ours, scan, kept, core, split]
measure(5, tasks)
console.table(
  tasks.map((t) => ({
    implementation: t.label,
    "wall ms (median)": Number(median(t.wall).toFixed(0)),
    "cpu ms (median)": Number(median(t.cpu).toFixed(0)),
    "ratio vs scanCsv (cpu)": Number((median(t.cpu) / median(scan.cpu)).toFixed(2)),
    "ratio vs forEachCsvRow (cpu)": Number((median(t.cpu) / median(core.cpu)).toFixed(2)),
    "ratio vs split (cpu)": Number((median(t.cpu) / median(split.cpu)).toFixed(2))
  }))
)
if (ours.result !== events.length) throw new Error(`read ${ours.result} events, expected ${events.length}`)
const wall = median(ours.wall)
const cpu = median(ours.cpu)
console.log(
  `goal: read 1,000,000 events in ≤ 1000 ms: wall ${wall.toFixed(0)} ms, cpu ${cpu.toFixed(0)} ms → ${wall <= 1000 ? "met" : cpu <= 1000 ? "met in CPU time, not in wall time on this loaded machine" : "NOT met"}`
)
