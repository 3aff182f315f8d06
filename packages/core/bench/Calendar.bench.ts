// Month periods (民法典第二百零二条: the corresponding day, else the month's
// last day) and natural-day periods, on YYYY-MM-DD strings as the API takes
// and returns them: tongban's addMonths / addDays on the date's parts and
// day numbers against date-fns (parseISO, addMonths / addDays, format) in
// the same run, and against date-fns on Date objects alone (no parsing or
// formatting: the least date-fns can do). The two must agree on every input,
// in the host's time zone; run it under several TZ values.
import { addDays, addMonths, getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import { addDays as fnsAddDays, addMonths as fnsAddMonths, format, parseISO } from "date-fns"
import { Bench } from "tinybench"

const inputs: Array<LocalDate> = []
const amounts: Array<number> = []
let seed = 7
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed
}
for (let i = 0; i < 10_000; i++) {
  const y = 1950 + (next() % 100)
  const m = 1 + (next() % 12)
  const d = 1 + (next() % 28) + (next() % 4 === 0 ? 3 : 0)
  const text = `${y}-${String(m).padStart(2, "0")}-${String(Math.min(d, 28 + (m === 2 ? 0 : 2))).padStart(2, "0")}`
  inputs.push(getOrThrow(parseLocalDate(text)))
  amounts.push(1 + (next() % 36))
}
const dates = inputs.map((s) => parseISO(s))
const fallback = getOrThrow(parseLocalDate("2026-01-01"))

let mismatches = 0
for (let i = 0; i < inputs.length; i++) {
  const s = inputs[i] ?? getOrThrow(parseLocalDate("2026-01-01"))
  const n = amounts[i] ?? 1
  if (addMonths(s, n) !== format(fnsAddMonths(parseISO(s), n), "yyyy-MM-dd")) mismatches++
  if (addDays(s, n * 10) !== format(fnsAddDays(parseISO(s), n * 10), "yyyy-MM-dd")) mismatches++
}

let sink = 0
const bench = new Bench({ time: 500 })
bench
  .add("months: tongban addMonths (string in, string out)", () => {
    for (let i = 0; i < inputs.length; i++) sink += addMonths(inputs[i] ?? fallback, amounts[i] ?? 1).length
  })
  .add("months: date-fns parseISO + addMonths + format", () => {
    for (let i = 0; i < inputs.length; i++)
      sink += format(fnsAddMonths(parseISO(inputs[i] ?? ""), amounts[i] ?? 1), "yyyy-MM-dd").length
  })
  .add("months: date-fns addMonths on Date objects only", () => {
    for (let i = 0; i < dates.length; i++) sink += fnsAddMonths(dates[i] ?? 0, amounts[i] ?? 1).getDate()
  })
  .add("days: tongban addDays (string in, string out)", () => {
    for (let i = 0; i < inputs.length; i++) sink += addDays(inputs[i] ?? fallback, (amounts[i] ?? 1) * 10).length
  })
  .add("days: date-fns parseISO + addDays + format", () => {
    for (let i = 0; i < inputs.length; i++)
      sink += format(fnsAddDays(parseISO(inputs[i] ?? ""), (amounts[i] ?? 1) * 10), "yyyy-MM-dd").length
  })
await bench.run()
console.table(bench.table())
const hz = (name: string): number => {
  const r = bench.tasks.find((t) => t.name === name)?.result
  return r !== undefined && "throughput" in r ? r.throughput.mean : 0
}
const ratio = (a: string, b: string) => (hz(a) / hz(b)).toFixed(1)
console.log(
  `TZ=${process.env.TZ ?? "(host)"}: ${mismatches} disagreements in ${2 * inputs.length} periods; ` +
    `addMonths ${ratio("months: tongban addMonths (string in, string out)", "months: date-fns parseISO + addMonths + format")}x date-fns on strings, ` +
    `${ratio("months: tongban addMonths (string in, string out)", "months: date-fns addMonths on Date objects only")}x date-fns on Dates; ` +
    `addDays ${ratio("days: tongban addDays (string in, string out)", "days: date-fns parseISO + addDays + format")}x date-fns on strings (sink ${sink > 0 ? "ok" : "empty"})`
)
