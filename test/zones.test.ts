// scripts/test.mjs runs every suite under three time zones in one vitest run
// (see vitest.config.ts): this proves that a project made for a zone really
// runs under it (the worker's clock, not only its environment), so a zone
// cannot silently fall back to the host's.
import { describe, expect, it } from "vitest"

// Minutes east of UTC on 2026-01-15 and 2026-07-15 (Los Angeles has daylight saving time).
const offsets: Readonly<Record<string, readonly [number, number]>> = {
  UTC: [0, 0],
  "Asia/Shanghai": [480, 480],
  "America/Los_Angeles": [-480, -420]
}

const east = (iso: string): number => 0 - new Date(iso).getTimezoneOffset()

describe("time zone of the test worker", () => {
  const zone = process.env.TONGBAN_TEST_ZONE
  it.runIf(zone !== undefined)(`runs under the zone its project names (${zone})`, () => {
    expect(process.env.TZ).toBe(zone)
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone)
    expect([east("2026-01-15T12:00:00Z"), east("2026-07-15T12:00:00Z")]).toEqual(offsets[zone ?? ""])
  })
})
