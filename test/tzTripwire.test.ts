// The guard of the one-zone files (test/tzTripwire.ts) sees each kind of
// zone-dependent call and lets the zone-free ones pass.
import { existsSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { ONE_ZONE } from "./oneZone.js"
import { installTripwire } from "./tzTripwire.js"

const root = fileURLToPath(new URL("..", import.meta.url))

/** The calls `act` makes that the tripwire records, with the tripwire taken off again after. */
const recorded = (act: () => unknown): ReadonlyArray<string> => {
  const tripwire = installTripwire()
  tripwire.clear()
  try {
    act()
    return tripwire.calls.map((call) => call.slice(0, call.indexOf(" at ")))
  } finally {
    tripwire.uninstall()
  }
}

const at = new Date(Date.UTC(2026, 0, 15, 12))

describe("the time-zone tripwire of the one-zone test files", () => {
  it("records the local-time methods of Date", () => {
    expect(recorded(() => at.getHours())).toEqual(["Date.prototype.getHours"])
    expect(recorded(() => new Date(at).setDate(3))).toEqual(["Date.prototype.setDate"])
    expect(recorded(() => at.getTimezoneOffset())).toEqual(["Date.prototype.getTimezoneOffset"])
    expect(recorded(() => at.toLocaleDateString("zh-CN"))).toEqual(["Date.prototype.toLocaleDateString"])
    expect(recorded(() => `${at}`)).toEqual(["Date.prototype.toString"])
  })

  it("records a Date made from local parts or read from a local string, and Date() as a function", () => {
    expect(recorded(() => new Date(2026, 0, 15))).toEqual(["new Date(2026, 0, 15)"])
    expect(recorded(() => new Date("2026-01-15T08:00"))).toEqual(['new Date("2026-01-15T08:00")'])
    expect(recorded(() => new Date("Jan 15 2026"))).toEqual(['new Date("Jan 15 2026")'])
    expect(recorded(() => Date.parse("2026/01/15"))).toEqual(['Date.parse("2026/01/15")'])
    expect(recorded(() => Date.parse("01-15"))).toEqual(['Date.parse("01-15")'])
    expect(recorded(() => Date())).toEqual(["Date()"])
  })

  it("records Intl.DateTimeFormat without a time zone, with or without new", () => {
    expect(recorded(() => new Intl.DateTimeFormat("zh-CN").format(at))).toEqual([
      "new Intl.DateTimeFormat without timeZone"
    ])
    expect(recorded(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toEqual([
      "Intl.DateTimeFormat() without timeZone"
    ])
  })

  it("lets pass what is the same in every zone", () => {
    expect(
      recorded(() => [
        Date.now(),
        new Date(),
        new Date(0).toISOString(),
        new Date("2026-01-15").getUTCDate(),
        new Date("2026-01-15T08:00:00Z").getUTCHours(),
        new Date("2026-01-15T08:00:00.000+08:00").toJSON(),
        Date.parse("2026-01-15T08:00:00-07:00"),
        new Date("6/9/69 00:00 UTC"),
        Date.parse("Thu, 15 Jan 2026 08:00:00 GMT"),
        at.getMilliseconds(),
        Date.UTC(2026, 0, 15),
        new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai" }).format(at),
        at instanceof Date
      ])
    ).toEqual([])
  })

  it("is taken off again: Date and Intl.DateTimeFormat are the originals after uninstall", () => {
    const OriginalDate = Date
    const OriginalFormat = Intl.DateTimeFormat
    const getHours = Date.prototype.getHours
    recorded(() => undefined)
    expect(Date).toBe(OriginalDate)
    expect(Intl.DateTimeFormat).toBe(OriginalFormat)
    expect(Date.prototype.getHours).toBe(getHours)
  })
})

describe("the one-zone files (test/oneZone.ts)", () => {
  it("exist, each with the reason it runs in one zone", () => {
    for (const { file, why } of ONE_ZONE) {
      expect(existsSync(join(root, file)), file).toBe(true)
      expect(why.length, file).toBeGreaterThan(20)
    }
  })
})
