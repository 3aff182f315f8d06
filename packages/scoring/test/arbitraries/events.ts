import { getOrThrow, type LocalDate, parseLocalDate } from "@tongban/core"
import { LEVELS, type Rubric, type ScoringEvent } from "@tongban/scoring"
import * as fc from "fast-check"

const d = (s: string): LocalDate => getOrThrow(parseLocalDate(s))

/** A date in 2026-Q3 (and, for year-long vetoes, a few from earlier in 2026). */
export const quarterDate: fc.Arbitrary<LocalDate> = fc.integer({ min: 0, max: 91 }).map((k) => {
  const day = new Date(Date.UTC(2026, 6, 1 + k))
  return d(day.toISOString().slice(0, 10))
})

export const STAFF = ["s1", "s2", "s3", "s4", "s5", "s6"] as const
export const WINDOWS = ["w1", "w2", "w3"] as const

/** The window of a staff member: s1, s4 at w1; s2, s5 at w2; s3, s6 at w3. */
export const windowOf = (staff: string): string => WINDOWS[(Number(staff.slice(1)) - 1) % 3] ?? "w1"

/** Roster lines: the first three are their windows' chief representatives. */
export const roster: ReadonlyArray<ScoringEvent> = STAFF.map((s, i) => ({
  kind: "staff",
  date: d("2026-07-01"),
  staff: s,
  window: windowOf(s),
  department: i % 2 === 0 ? "d1" : "d2",
  ...(i < 3 ? { role: "chief_representative" } : {})
}))

/** An event that one of the rubric's items or vetoes counts, for a given staff member. */
export const matchingEvent = (
  rubric: Rubric,
  options?: { readonly only?: "deduct" | "add"; readonly staff?: fc.Arbitrary<string> }
): fc.Arbitrary<ScoringEvent> => {
  const items = rubric.items.filter(
    (it) => it.match !== undefined && (options?.only === undefined || it.effect === options.only)
  )
  const matches = [
    ...items.map((it) => ({ match: it.match, range: it.range })),
    ...(options?.only === undefined ? (rubric.vetoes ?? []).map((v) => ({ match: v.match, range: undefined })) : [])
  ]
  return fc
    .record({
      m: fc.constantFrom(...matches),
      staff: options?.staff ?? fc.constantFrom(...STAFF),
      date: quarterDate,
      quantity: fc.integer({ min: 1, max: 3 }),
      k: fc.nat(),
      matterType: fc.constantFrom("instant", "commitment", "joint", "other")
    })
    .map(({ m, staff, date, quantity, k, matterType }): ScoringEvent => {
      const match = m.match
      if (match === undefined) throw new Error("unreachable: filtered")
      const codes = match.codes ?? []
      const levels = match.levels ?? []
      const code =
        codes[k % Math.max(1, codes.length)] ??
        (match.kind === "case" ? "on_time" : match.kind === "complaint" ? "confirmed" : "other")
      const level = levels[k % Math.max(1, levels.length)] ?? LEVELS[k % 5] ?? "satisfied"
      const range = m.range
      const points =
        range === undefined ? undefined : Number(range.min) + (k % (Number(range.max) - Number(range.min) + 1))
      return {
        kind: match.kind,
        date,
        staff,
        window: windowOf(staff),
        quantity,
        matterType,
        ...(match.kind === "evaluation" ? { level } : { code }),
        ...(points === undefined ? {} : { points })
      }
    })
}

/** Any event of the kinds a rubric scores, matched or not. */
export const anyEvent = (rubric: Rubric): fc.Arbitrary<ScoringEvent> =>
  fc.oneof(
    matchingEvent(rubric),
    fc
      .record({
        staff: fc.constantFrom(...STAFF),
        date: quarterDate,
        level: fc.constantFrom(...LEVELS),
        ok: fc.boolean(),
        matterType: fc.constantFrom("instant", "commitment", "joint")
      })
      .chain(({ staff, date, level, ok, matterType }) =>
        fc.constantFrom<ScoringEvent>(
          { kind: "evaluation", date, staff, window: windowOf(staff), level },
          { kind: "case", date, staff, window: windowOf(staff), code: ok ? "on_time" : "overdue", matterType },
          { kind: "commendation", date, staff, window: windowOf(staff), code: "letter" }
        )
      )
  )

/** Events of a quarter for the rubric, with the roster first. */
export const quarterEvents = (rubric: Rubric, max = 60): fc.Arbitrary<ReadonlyArray<ScoringEvent>> =>
  fc.array(anyEvent(rubric), { maxLength: max }).map((events) => [...roster, ...events])
