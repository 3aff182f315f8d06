/**
 * Calibration from a county's case records: from a CSV with one row per
 * case (`received`, `accepted`, `concluded` timestamps, `department`,
 * `matter`) fit the hall's hourly arrival profile and each matter's daily
 * volume, the window durations (received → accepted, working minutes) and
 * the back-office review durations (accepted → concluded, working days),
 * lognormal by maximum likelihood or empirical, with the Kolmogorov–Smirnov
 * goodness of fit reported; the result is a model file `parseModel` reads.
 *
 * Glossary: 标定 = calibration, 办件记录 = case records, 收件 = received,
 * 受理 = accepted, 办结 = concluded, 拟合优度 = goodness of fit.
 *
 * @since 0.2.0
 */
import { fail, forEachCsvRow, type Issue, type LocalDate, ok, parseLocalDate, type Result } from "@tongban/core"
import { type WorkCalendar, workingDaysBetween } from "@tongban/deadline"
import type { Distribution } from "./Distribution.js"
import { clockMinutes } from "./internal/plan.js"
import { simulationCodes } from "./IssueCodes.js"
import type { ModelInput } from "./Model.js"

/**
 * Options of {@link calibrate}.
 *
 * @since 0.2.0
 * @category models
 */
export interface CalibrationOptions {
  /** The working calendar the records' dates fall on (e.g. `chinaCalendar`). */
  readonly calendar: WorkCalendar
  /** The hall's opening hours (default 09:00–12:00 and 13:30–17:30). */
  readonly openingHours?: ReadonlyArray<{ readonly from: string; readonly to: string }>
  /** The Kolmogorov–Smirnov p-value below which the lognormal is refused for the empirical (default 0.05). */
  readonly minPValue?: number
  /** General windows in the model (default: the most cases between receipt and acceptance at once). */
  readonly windows?: number
}

/**
 * A fitted duration: the lognormal's parameters (of the logarithm, and as
 * mean and sd), its Kolmogorov–Smirnov distance and p-value against the
 * sample, and the distribution chosen for the model.
 *
 * @since 0.2.0
 * @category models
 */
export interface DurationFit {
  readonly n: number
  readonly mean: number
  readonly sd: number
  readonly mu: number
  readonly sigma: number
  /** The largest distance between the sample's and the fitted lognormal's distribution functions. */
  readonly ks: number
  /** The asymptotic Kolmogorov p-value (parameters estimated from the same sample, so it errs towards accepting). */
  readonly pValue: number
  /** `lognormal` when the p-value is at least `minPValue`, else `empirical`. */
  readonly chosen: "lognormal" | "empirical"
  readonly distribution: Distribution
}

/**
 * What {@link calibrate} found, and the model it made.
 *
 * @since 0.2.0
 * @category models
 */
export interface Calibration {
  /** The model file: one general window group, the departments, one service per matter. */
  readonly model: ModelInput
  /** Rows used, and the rows skipped (each a warning issue, at most 100 listed). */
  readonly records: number
  readonly skipped: number
  readonly warnings: ReadonlyArray<Issue>
  /** Working days from the first to the last receipt. */
  readonly days: number
  /** Receipts per equal slice of the opening hours (the model's `profile`), all matters together. */
  readonly profile: ReadonlyArray<number>
  readonly matters: ReadonlyArray<{
    readonly matter: string
    readonly department: string
    readonly perDay: number
    readonly window: DurationFit | null
    readonly review: DurationFit | null
  }>
}

// Φ by Abramowitz–Stegun 7.1.26 on erf (error below 1.5e-7).
const normalCdf = (z: number): number => {
  const x = Math.abs(z) / Math.SQRT2
  const t = 1 / (1 + 0.3275911 * x)
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x)
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf)
}

const kolmogorovP = (d: number, n: number): number => {
  const s = Math.sqrt(n)
  const lambda = (s + 0.12 + 0.11 / s) * d
  if (lambda < 1e-3) return 1
  let p = 0
  for (let k = 1; k <= 100; k++) p += 2 * (k % 2 === 1 ? 1 : -1) * Math.exp(-2 * k * k * lambda * lambda)
  return Math.min(1, Math.max(0, p))
}

/**
 * Fits a lognormal to positive durations by maximum likelihood (μ and σ of
 * the logarithm), measures the Kolmogorov–Smirnov distance, and chooses
 * the lognormal or, when it fits badly, the empirical distribution (at
 * most 200 equally weighted quantiles). `null` for fewer than two values.
 *
 * @example
 * ```ts
 * import { fitDuration } from "@tongban/simulation"
 *
 * const fit = fitDuration([4, 5, 6, 5, 7, 4.5, 5.5, 6.5])
 * fit?.chosen // "lognormal"
 * fit?.n // 8
 * fitDuration([3]) // null
 * ```
 *
 * @since 0.2.0
 * @category statistics
 */
export const fitDuration = (
  values: ReadonlyArray<number>,
  options?: { readonly minPValue?: number }
): DurationFit | null => {
  // From plain JavaScript: what is not a list holds no durations to fit.
  const xs = (Array.isArray(values) ? values : []).filter((v) => Number.isFinite(v) && v > 0).sort((a, b) => a - b)
  const n = xs.length
  if (n < 2) return null
  let sum = 0
  for (const x of xs) sum += Math.log(x)
  const mu = sum / n
  let sq = 0
  for (const x of xs) sq += (Math.log(x) - mu) ** 2
  const sigma = Math.max(1e-9, Math.sqrt(sq / n))
  let ks = 0
  xs.forEach((x, i) => {
    const f = normalCdf((Math.log(x) - mu) / sigma)
    ks = Math.max(ks, Math.abs(f - i / n), Math.abs((i + 1) / n - f))
  })
  const pValue = kolmogorovP(ks, n)
  const mean = Math.exp(mu + (sigma * sigma) / 2)
  const sd = mean * Math.sqrt(Math.expm1(sigma * sigma))
  const chosen = pValue >= (options?.minPValue ?? 0.05) ? "lognormal" : "empirical"
  const k = Math.min(200, n)
  const distribution: Distribution =
    chosen === "lognormal"
      ? { type: "lognormal", mean, sd }
      : { type: "empirical", values: Array.from({ length: k }, (_, i) => xs[Math.floor(((i + 0.5) * n) / k)] ?? 0) }
  return { n, mean, sd, mu, sigma, ks, pValue, chosen, distribution }
}

const STAMP = /^(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/
const REQUIRED = ["received", "accepted", "concluded", "department", "matter"] as const

/**
 * Calibrates a hall model from a CSV of case records. The header names the
 * columns `received`, `accepted`, `concluded`, `department`, `matter`
 * (other columns are ignored); timestamps are local `YYYY-MM-DDTHH:MM[:SS]`
 * (or with a space). A row with a missing or unreadable timestamp, or
 * with its times out of order, is skipped with a warning; a file without
 * the columns or without two usable rows fails.
 *
 * @param csv - the records as CSV text (RFC 4180)
 * @param options - the calendar, the opening hours, the fit's threshold, the windows
 * @returns the fitted profile and durations and the model
 *
 * @example
 * ```ts
 * import { calibrate, parseModel } from "@tongban/simulation"
 * import { chinaCalendar } from "@tongban/deadline"
 *
 * const csv = [
 *   "received,accepted,concluded,department,matter",
 *   "2026-03-02T09:05,2026-03-02T09:20,2026-03-04T10:00,market,licence",
 *   "2026-03-02T10:10,2026-03-02T10:22,2026-03-05T15:00,market,licence",
 *   "2026-03-03T14:00,2026-03-03T14:09,2026-03-06T09:30,market,licence"
 * ].join("\n")
 * const r = calibrate(csv, { calendar: chinaCalendar })
 * r.ok ? r.value.days : 0 // 2
 * r.ok ? r.value.matters[0]?.perDay : 0 // 1.5
 * r.ok ? r.value.matters[0]?.window?.n : 0 // 3
 * const model = r.ok ? parseModel(r.value.model) : undefined
 * model?.ok ? model.value.departments : [] // [{ id: "market", reviewers: 3, casesPerReviewer: 1 }]
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const calibrate = (csv: string, options: CalibrationOptions): Result<Calibration> => {
  const calendar = options?.calendar
  const hours = options?.openingHours ?? [
    { from: "09:00", to: "12:00" },
    { from: "13:30", to: "17:30" }
  ]
  const segments = hours.map((h) => ({ from: clockMinutes(h.from), to: clockMinutes(h.to) }))
  const D = segments.reduce((a, s) => a + Math.max(0, s.to - s.from), 0)
  const warnings: Array<Issue> = []
  let skipped = 0
  const skip = (line: number, reason: string): void => {
    skipped++
    if (warnings.length < 100)
      warnings.push(simulationCodes.issue("calibration_row_skipped", { path: [line], facts: { line, reason } }))
  }
  let columns: Record<(typeof REQUIRED)[number], number> | undefined
  let missing: ReadonlyArray<string> = []
  const rows: Array<{ readonly line: number; readonly cells: ReadonlyArray<string> }> = []
  const read = forEachCsvRow(
    csv,
    (cells, line) => {
      if (columns === undefined) {
        const header = cells.map((c) => c.trim().toLowerCase())
        missing = REQUIRED.filter((name) => !header.includes(name))
        if (missing.length > 0) return false
        columns = {
          received: header.indexOf("received"),
          accepted: header.indexOf("accepted"),
          concluded: header.indexOf("concluded"),
          department: header.indexOf("department"),
          matter: header.indexOf("matter")
        }
        return true
      }
      rows.push({ line, cells: [...cells] })
      return true
    },
    { maxRows: 5_000_000 }
  )
  if (!read.ok) return read
  if (columns === undefined)
    return fail([
      simulationCodes.issue("calibration_columns_missing", {
        path: [1],
        facts: { missing: missing.join(", ") || REQUIRED.join(", ") }
      })
    ])
  const col = columns
  // Timestamps as (date, working minute of the day); closed times move to the next opening.
  const parsed: Array<{
    readonly line: number
    readonly matter: string
    readonly department: string
    readonly stamps: ReadonlyArray<{ readonly date: LocalDate; readonly minute: number }>
  }> = []
  for (const { line, cells } of rows) {
    const stamps: Array<{ readonly date: LocalDate; readonly minute: number }> = []
    let reason = ""
    for (const name of ["received", "accepted", "concluded"] as const) {
      const text = (cells[col[name]] ?? "").trim()
      const m = STAMP.exec(text)
      const date = m === null ? undefined : parseLocalDate(m[1] ?? "")
      if (m === null || date === undefined || !date.ok) {
        reason = `${name} "${text.slice(0, 40)}" is not YYYY-MM-DDTHH:MM`
        break
      }
      const clock = Number(m[2]) * 60 + Number(m[3]) + Number(m[4] ?? 0) / 60
      let before = 0
      let minute = D
      for (const s of segments) {
        if (clock < s.from) {
          minute = before
          break
        }
        if (clock < s.to) {
          minute = before + (clock - s.from)
          break
        }
        before += s.to - s.from
      }
      stamps.push({ date: date.value, minute })
    }
    const matter = (cells[col.matter] ?? "").trim()
    const department = (cells[col.department] ?? "").trim()
    if (reason === "" && (matter === "" || department === "")) reason = "no matter or department"
    if (reason !== "") skip(line, reason)
    else parsed.push({ line, matter, department, stamps })
  }
  if (parsed.length < 2)
    return fail([
      simulationCodes.issue("calibration_too_few_records", { path: [], facts: { usable: parsed.length } }),
      ...warnings
    ])
  let day0 = parsed[0]?.stamps[0]?.date
  let last = day0
  for (const p of parsed) {
    const d = p.stamps[0]?.date
    if (d === undefined) continue
    if (day0 === undefined || d < day0) day0 = d
    if (last === undefined || d > last) last = d
  }
  if (day0 === undefined || last === undefined) return fail(warnings)
  const first = day0
  const dayIndex = new Map<LocalDate, number>()
  const indexOf = (date: LocalDate): Result<number> => {
    const known = dayIndex.get(date)
    if (known !== undefined) return ok(known)
    const r = workingDaysBetween(first, date, { calendar })
    if (r.ok) dayIndex.set(date, r.value)
    return r
  }
  const span = indexOf(last)
  if (!span.ok) return span
  const days = span.value + 1
  const slices = Math.max(1, Math.round(D / 60))
  const profile = new Array<number>(slices).fill(0)
  const byMatter = new Map<
    string,
    { department: string; count: number; window: Array<number>; review: Array<number> }
  >()
  const events: Array<{ readonly department: string; readonly at: number; readonly step: number }> = []
  const windowEvents: Array<{ readonly at: number; readonly step: number }> = []
  let used = 0
  for (const p of parsed) {
    const at: Array<number> = []
    for (const s of p.stamps) {
      const k = indexOf(s.date)
      if (!k.ok) return k
      at.push(k.value * D + s.minute)
    }
    const [received = 0, accepted = 0, concluded = 0] = at
    if (!(received <= accepted && accepted <= concluded)) {
      skip(p.line, "received, accepted and concluded are not in order")
      continue
    }
    used++
    const slot = Math.min(slices - 1, Math.floor(((received % D) / D) * slices))
    profile[slot] = (profile[slot] ?? 0) + 1
    const entry = byMatter.get(p.matter) ?? { department: p.department, count: 0, window: [], review: [] }
    entry.count++
    entry.window.push(accepted - received)
    entry.review.push((concluded - accepted) / D)
    byMatter.set(p.matter, entry)
    events.push(
      { department: p.department, at: accepted, step: 1 },
      { department: p.department, at: concluded, step: -1 }
    )
    windowEvents.push({ at: received, step: 1 }, { at: accepted, step: -1 })
  }
  // The most cases at once: at a window, and in review per department.
  const peak = (list: ReadonlyArray<{ readonly at: number; readonly step: number }>): number => {
    let now = 0
    let most = 0
    for (const e of [...list].sort((a, b) => a.at - b.at || a.step - b.step)) {
      now += e.step
      most = Math.max(most, now)
    }
    return most
  }
  const departments = [...new Set(events.map((e) => e.department))].sort()
  const minPValue = options.minPValue ?? 0.05
  const matters = [...byMatter.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([matter, m]) => ({
      matter,
      department: m.department,
      perDay: m.count / days,
      window: fitDuration(m.window, { minPValue }),
      review: fitDuration(m.review, { minPValue })
    }))
  const model: ModelInput = {
    name: "calibrated from case records",
    start: first,
    days,
    openingHours: hours.map((h) => ({ from: h.from, to: h.to })),
    departments: departments.map((id) => ({
      id,
      reviewers: Math.max(1, peak(events.filter((e) => e.department === id)))
    })),
    windows: [{ id: "general", count: options.windows ?? Math.max(1, peak(windowEvents)) }],
    services: matters.map((m) => ({
      id: m.matter,
      department: m.department,
      arrivals: { perDay: m.perDay, profile: profile.map((c) => c) },
      windowMinutes: m.window?.distribution ?? { type: "fixed", value: 0 },
      ...(m.review === null
        ? {}
        : {
            flow: {
              id: m.matter,
              name: m.matter,
              steps: [
                {
                  id: "review",
                  name: "review",
                  department: m.department,
                  duration: { kind: "lognormal" as const, mu: m.review.mu, sigma: m.review.sigma }
                }
              ]
            }
          })
    }))
  }
  return ok({ model, records: used, skipped, warnings, days, profile, matters })
}
