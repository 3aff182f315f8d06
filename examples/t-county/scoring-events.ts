/**
 * Seeded generator of a quarter of assessment events for T County's hall:
 * 134 windows (the paper, section 1.1), 39 departments, window staff with a
 * chief representative (首席代表) at each window, and cases, 好差评 ratings,
 * attendance, complaints, commendations and discipline records in the
 * proportions below. The same seed gives the same events on every machine.
 *
 * Used by the demo (06-scoring.ts) and by the scoring benchmark; run it
 * directly to write the events as CSV for the CLI:
 *   npx tsx examples/t-county/scoring-events.ts 60000 > events.csv
 */
import { addDays, dayOfWeek, type LocalDate, getOrThrow, parseLocalDate } from "@tongban/core"
import type { ScoringEvent } from "@tongban/scoring"

/** mulberry32: a small seeded generator, enough for test data. */
const rng = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (n: number, w: number): string => String(n).padStart(w, "0")

export interface GeneratedQuarter {
  readonly events: ReadonlyArray<ScoringEvent>
  readonly windows: number
  readonly staff: number
}

/**
 * Generates `count` events (plus one roster line per staff member) for
 * 2026-Q3 at `windows` windows staffed by `staff` people.
 */
export const generateQuarter = (options: {
  readonly count: number
  readonly windows?: number
  readonly staff?: number
  readonly seed?: number
}): GeneratedQuarter => {
  const windows = options.windows ?? 134
  const staffCount = options.staff ?? 400
  const random = rng(options.seed ?? 20260701)
  const pick = <A>(list: readonly [A, ...ReadonlyArray<A>]): A => list[Math.floor(random() * list.length)] ?? list[0]
  const start = getOrThrow(parseLocalDate("2026-07-01"))
  const days: Array<LocalDate> = []
  for (let i = 0; i < 92; i++) {
    const d = addDays(start, i)
    if (dayOfWeek(d) <= 5) days.push(d)
  }
  const events: Array<ScoringEvent> = []
  // Staff: member k works at window k mod windows; the first at each window is its chief representative.
  const staff: Array<{ id: string; window: string; department: string; weight: number }> = []
  for (let k = 0; k < staffCount; k++) {
    const w = k % windows
    const id = `s${pad(k + 1, 3)}`
    const window = `w${pad(w + 1, 3)}`
    const department = `d${pad((w % 39) + 1, 2)}`
    // Workloads differ widely between windows: a few quiet ones, a few very busy ones.
    const weight = k % 97 === 5 ? 0.01 : 0.3 + random() * 1.7
    staff.push({ id, window, department, weight })
    const partial = k % 20 === 7
    events.push({
      kind: "staff",
      date: start,
      staff: id,
      window,
      department,
      ...(k < windows ? { role: "chief_representative" } : {}),
      ...(partial ? { from: getOrThrow(parseLocalDate("2026-08-17")) } : {})
    })
  }
  const cumulative: Array<number> = []
  let sum = 0
  for (const s of staff) {
    sum += s.weight
    cumulative.push(sum)
  }
  const who = (): { id: string; window: string; department: string } => {
    const x = random() * sum
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1
      else hi = mid
    }
    return staff[lo] ?? { id: "s001", window: "w001", department: "d01" }
  }
  const disciplines = [
    "games_chat",
    "dress",
    "untidy",
    "smoking",
    "quarrel",
    "negligence",
    "unauthorised_fee",
    "result_error",
    "abolished_requirement"
  ] as const
  let evalId = 0
  for (let i = 0; i < options.count; i++) {
    const s = who()
    const date = days[Math.floor(random() * days.length)] ?? start
    const base = { date, staff: s.id, window: s.window, department: s.department }
    const r = random()
    if (r < 0.55) {
      const m = random()
      events.push({
        kind: "case",
        ...base,
        code: random() < 0.015 ? "overdue" : "on_time",
        matterType: m < 0.5 ? "instant" : m < 0.9 ? "commitment" : "joint"
      })
    } else if (r < 0.9) {
      const l = random()
      const level =
        l < 0.8
          ? "very_satisfied"
          : l < 0.95
            ? "satisfied"
            : l < 0.98
              ? "basically_satisfied"
              : l < 0.995
                ? "dissatisfied"
                : "very_dissatisfied"
      const id = `e${++evalId}`
      events.push({ kind: "evaluation", ...base, level, id, active: random() < 0.85 })
      if (level === "dissatisfied" || level === "very_dissatisfied") {
        const k = random()
        if (k < 0.08) events.push({ kind: "appeal", date, ref: id, code: "upheld" })
        else if (k < 0.92) {
          const late = random() < 0.1 ? 9 : 1 + Math.floor(random() * 5)
          events.push({ kind: "rectification", date: addDays(date, late), ref: id })
          if (random() < 0.8) events.push({ kind: "follow_up", date: addDays(date, late + 1), ref: id })
        }
      }
    } else if (r < 0.96) {
      const a = random()
      const code = a < 0.6 ? "late" : a < 0.8 ? "early_leave" : a < 0.9 ? "off_post" : "absent"
      events.push({
        kind: "attendance",
        ...base,
        code,
        ...(code === "absent" ? { quantity: 1 + Math.floor(random() * 2) } : {})
      })
    } else if (r < 0.98) {
      const code = pick(disciplines)
      events.push({
        kind: "discipline",
        ...base,
        code,
        ...(code === "negligence"
          ? { points: 3 + Math.floor(random() * 3) }
          : code === "result_error"
            ? { points: 2 + Math.floor(random() * 4) }
            : {})
      })
    } else if (r < 0.99) {
      events.push({ kind: "complaint", ...base, code: random() < 0.3 ? "confirmed" : "unconfirmed" })
    } else {
      events.push({ kind: "commendation", ...base, code: random() < 0.5 ? "letter" : "banner" })
    }
  }
  // Two rare, grave records: a negative notice in the first quarter (a year-long veto) and soliciting favours.
  events.push({
    kind: "discipline",
    date: getOrThrow(parseLocalDate("2026-03-12")),
    staff: "s007",
    window: "w007",
    department: "d07",
    code: "negative_notice"
  })
  events.push({
    kind: "discipline",
    date: getOrThrow(parseLocalDate("2026-08-20")),
    staff: "s013",
    window: "w013",
    department: "d13",
    code: "soliciting"
  })
  return { events, windows, staff: staffCount }
}

const csvCell = (v: unknown): string => (v === undefined ? "" : String(v))

/** The events as CSV with the header of EVENT_CSV_COLUMNS. */
export const toCsv = (events: ReadonlyArray<ScoringEvent>): string => {
  const cols = [
    "kind",
    "date",
    "staff",
    "window",
    "department",
    "code",
    "level",
    "quantity",
    "points",
    "matterType",
    "id",
    "ref",
    "active",
    "role",
    "from",
    "to"
  ] as const
  const lines = [cols.join(",")]
  for (const e of events) lines.push(cols.map((c) => csvCell(e[c])).join(","))
  return `${lines.join("\n")}\n`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? "60000")
  process.stdout.write(toCsv(generateQuarter({ count: Number.isInteger(count) && count > 0 ? count : 60000 }).events))
}
