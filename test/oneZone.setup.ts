// Setup file of the one-zone project (vitest.config.ts, ONE_ZONE): arms the
// time-zone tripwire (test/tzTripwire.ts) before the test file loads and
// fails the file after its tests if it called an API whose answer depends on
// the host's zone, other than the library calls test/oneZone.ts allows. Such
// a file must run in every zone: take it off ONE_ZONE.
import { afterAll, expect } from "vitest"
import { ALLOWED_CALLS } from "./oneZone.js"
import { installTripwire } from "./tzTripwire.js"

const tripwire = installTripwire()
tripwire.clear()

afterAll(() => {
  expect(
    tripwire.calls.filter((call) => !ALLOWED_CALLS.some((allowed) => call.includes(allowed.at))),
    "this file runs in one time zone only (vitest.config.ts, ONE_ZONE) but called zone-dependent APIs: run it in every zone"
  ).toEqual([])
})
