/** Rounds for display: at most `digits` decimals; a non-finite number reads as 0. */
export const round = (x: number, digits = 2): number => {
  if (!Number.isFinite(x)) return 0
  const f = 10 ** digits
  return Math.round(x * f) / f
}

/** A share in [0, 1] as a percentage with one decimal. */
export const percent = (share: number | undefined | null): number => (share == null ? 0 : round(share * 100, 1))

/** A finite number, or 0. */
export const finite = (x: unknown): number => (typeof x === "number" && Number.isFinite(x) ? x : 0)

/** The milliseconds of a `YYYY-MM-DD` date at UTC midnight (for a UTC time axis). */
export const utcMs = (date: string): number => {
  const [y, m, d] = date.split("-").map(Number)
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)
}

/** One day in milliseconds. */
export const DAY_MS = 86_400_000
