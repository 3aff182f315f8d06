// parseLocalDate + toDayNumber against date-fns parseISO + isValid + UTC day
// arithmetic, on the same random date strings.
import { parseLocalDate, toDayNumber } from "@tongban/core"
import { isValid, parseISO } from "date-fns"
import { Bench } from "tinybench"

const inputs: Array<string> = []
let seed = 42
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed
}
for (let i = 0; i < 10_000; i++) {
  const y = 1950 + (next() % 100)
  const m = 1 + (next() % 12)
  const d = 1 + (next() % 31)
  inputs.push(`${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`)
}

let sink = 0
const bench = new Bench({ time: 500 })
bench
  .add("tongban parseLocalDate + toDayNumber", () => {
    for (const s of inputs) {
      const r = parseLocalDate(s)
      if (r.ok) sink += toDayNumber(r.value)
    }
  })
  .add("date-fns parseISO + isValid", () => {
    for (const s of inputs) {
      const d = parseISO(s)
      if (isValid(d)) sink += Math.floor(d.getTime() / 86_400_000)
    }
  })
await bench.run()
const [ours, peer] = bench.tasks.map((t) => t.result)
const hz = (r: typeof ours) => (r !== undefined && "throughput" in r ? r.throughput.mean : 0)
console.table(bench.table())
console.log(`ratio tongban / date-fns: ${(hz(ours) / hz(peer)).toFixed(2)}x (sink ${sink > 0 ? "ok" : "empty"})`)
