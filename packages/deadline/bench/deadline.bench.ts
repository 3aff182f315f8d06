// addWorkingDays(d, 20) and workingDaysBetween on random dates 2004–2026,
// against (1) a day-by-day loop over the same calendar through the public
// isWorkingDay, (2) chinese-days (findWorkday / getWorkdaysInRange), and
// (3) date-fns addBusinessDays / differenceInBusinessDays (weekends only, no
// holidays: for scale). Every task handles the same 1,000 dates per run; ops/s
// below are single calls. Goals: ≥ 50× the loop, ≥ 20× chinese-days.
// The provisional calendar (2004–2031, 2027 on projected) is timed on the
// same dates and on dates in its projected years: once built it must cost
// the same per call as the national calendar.
import { addDays, getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import { addWorkingDays, chinaCalendar, isWorkingDay, workingDaysBetween } from "@tongban/deadline"
import { provisionalChinaCalendar } from "@tongban/deadline/provisional"
import chineseDays from "chinese-days"
import { addBusinessDays, differenceInBusinessDays } from "date-fns"
import { Bench } from "tinybench"

const calendar = chinaCalendar
const provisional = getOrThrow(provisionalChinaCalendar({ through: 2031 }))
const N = 1000
let seed = 20_240_927
const next = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed
}
const starts: Array<LocalDate> = []
const ends: Array<LocalDate> = []
const base = getOrThrow(parseLocalDate("2004-01-01"))
for (let i = 0; i < N; i++) {
  const s = addDays(base, next() % 8300)
  starts.push(s)
  ends.push(addDays(s, 1 + (next() % 60)))
}
const y2027 = getOrThrow(parseLocalDate("2027-01-01"))
const projectedStarts = starts.map(() => addDays(y2027, next() % 1790))
const jsDates = starts.map((s) => new Date(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))))
const jsEnds = ends.map((s) => new Date(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))))

/** The day-by-day loop a developer writes without an index. */
const loopAdd = (date: LocalDate, n: number): LocalDate => {
  let cur = date
  let left = n
  while (left > 0) {
    cur = addDays(cur, 1)
    const w = isWorkingDay(cur, { calendar })
    if (w.ok && w.value) left--
  }
  return cur
}
const loopBetween = (from: LocalDate, to: LocalDate): number => {
  let count = 0
  for (let cur = addDays(from, 1); cur <= to; cur = addDays(cur, 1)) {
    const w = isWorkingDay(cur, { calendar })
    if (w.ok && w.value) count++
  }
  return count
}

// Same answers before timing anything (chinese-days: on the dates its time-zone handling gets right).
getOrThrow(addWorkingDays(starts[0] ?? base, 20, { calendar }))
let agree = 0
for (let i = 0; i < 200; i++) {
  const s = starts[i] ?? base
  const ours = getOrThrow(addWorkingDays(s, 20, { calendar }))
  if (ours !== loopAdd(s, 20)) throw new Error(`loop disagrees at ${s}`)
  if (chineseDays.findWorkday(20, s) === ours) agree++
}

let sink = 0
const bench = new Bench({ time: 700, warmup: true })
bench
  .add("add: tongban addWorkingDays(d, 20)", () => {
    for (const s of starts) {
      const r = addWorkingDays(s, 20, { calendar })
      if (r.ok) sink += r.value.length
    }
  })
  .add("add: provisional calendar, same dates", () => {
    for (const s of starts) {
      const r = addWorkingDays(s, 20, { calendar: provisional })
      if (r.ok) sink += r.value.length
    }
  })
  .add("add: provisional calendar, dates in 2027–2031", () => {
    for (const s of projectedStarts) {
      const r = addWorkingDays(s, 20, { calendar: provisional })
      if (r.ok) sink += r.value.length
    }
  })
  .add("add: day-by-day loop, same calendar", () => {
    for (const s of starts) sink += loopAdd(s, 20).length
  })
  .add("add: chinese-days findWorkday(20, d)", () => {
    for (const s of starts) sink += chineseDays.findWorkday(20, s).length
  })
  .add("add: date-fns addBusinessDays (weekends only)", () => {
    for (const d of jsDates) sink += addBusinessDays(d, 20).getDate()
  })
  .add("between: tongban workingDaysBetween", () => {
    for (let i = 0; i < N; i++) {
      const r = workingDaysBetween(starts[i] ?? base, ends[i] ?? base, { calendar })
      if (r.ok) sink += r.value
    }
  })
  .add("between: provisional calendar, same dates", () => {
    for (let i = 0; i < N; i++) {
      const r = workingDaysBetween(starts[i] ?? base, ends[i] ?? base, { calendar: provisional })
      if (r.ok) sink += r.value
    }
  })
  .add("between: day-by-day loop, same calendar", () => {
    for (let i = 0; i < N; i++) sink += loopBetween(starts[i] ?? base, ends[i] ?? base)
  })
  .add("between: chinese-days getWorkdaysInRange", () => {
    for (let i = 0; i < N; i++)
      sink += chineseDays.getWorkdaysInRange(addDays(starts[i] ?? base, 1), ends[i] ?? base, false).length
  })
  .add("between: date-fns differenceInBusinessDays (weekends only)", () => {
    for (let i = 0; i < N; i++) sink += differenceInBusinessDays(jsEnds[i] ?? new Date(), jsDates[i] ?? new Date())
  })
await bench.run()

const opsPerCall = (name: string): number => {
  const task = bench.tasks.find((t) => t.name === name)
  const r = task?.result
  return r !== undefined && "throughput" in r ? r.throughput.mean * N : 0
}
const rows = bench.tasks.map((t) => ({
  task: t.name,
  "calls/s": Math.round(opsPerCall(t.name)).toLocaleString("en-US"),
  "ns/call": (1e9 / opsPerCall(t.name)).toFixed(0)
}))
console.table(rows)
const ratio = (a: string, b: string): string => `${(opsPerCall(a) / opsPerCall(b)).toFixed(1)}×`
const addOurs = "add: tongban addWorkingDays(d, 20)"
const betweenOurs = "between: tongban workingDaysBetween"
console.log(
  `addWorkingDays vs day-by-day loop:      ${ratio(addOurs, "add: day-by-day loop, same calendar")} (goal ≥ 50×)`
)
console.log(
  `addWorkingDays vs chinese-days:         ${ratio(addOurs, "add: chinese-days findWorkday(20, d)")} (goal ≥ 20×)`
)
console.log(
  `addWorkingDays vs date-fns (no holidays): ${ratio(addOurs, "add: date-fns addBusinessDays (weekends only)")}`
)
console.log(
  `workingDaysBetween vs day-by-day loop:  ${ratio(betweenOurs, "between: day-by-day loop, same calendar")} (goal ≥ 50×)`
)
console.log(
  `workingDaysBetween vs chinese-days:     ${ratio(betweenOurs, "between: chinese-days getWorkdaysInRange")} (goal ≥ 20×)`
)
console.log(
  `workingDaysBetween vs date-fns:         ${ratio(betweenOurs, "between: date-fns differenceInBusinessDays (weekends only)")}`
)
console.log(
  `provisional vs national, addWorkingDays:     ${ratio("add: provisional calendar, same dates", addOurs)} (goal ≈ 1×)`
)
console.log(
  `provisional vs national, workingDaysBetween: ${ratio("between: provisional calendar, same dates", betweenOurs)} (goal ≈ 1×)`
)
console.log(
  `chinese-days agreed on ${agree}/200 sampled due dates in TZ=${process.env.TZ ?? "(host)"} (sink ${sink > 0 ? "ok" : "empty"})`
)
