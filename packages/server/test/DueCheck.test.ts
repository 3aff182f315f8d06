// The due route's hand check is held to the schema it stands in for: a
// body it reads is read by zod to the same value, and a body it leaves is
// zod's to answer (so every refusal is zod's). It reads the common bodies:
// the property also shows it leaves none of them to zod.
import { validate } from "@tongban/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { operations } from "../src/index.js"
import { checkDueBody } from "../src/operations/deadline.js"
import { dueBody } from "./arbitraries/due.js"

const due = operations.find((op) => op.id === "dueDate")

describe("the /deadline/due hand check", () => {
  it("reads a body only as zod reads it: the same value, else zod's issues", () => {
    expect(due).toBeDefined()
    if (due === undefined) return
    fc.assert(
      fc.property(dueBody, (body) => {
        const quick = checkDueBody(body)
        const slow = validate(due.body, body)
        if (quick !== undefined) expect(slow).toEqual({ ok: true, value: quick })
        // A body zod refuses is answered with zod's issues, whatever the check says.
        if (!slow.ok) expect(due.handle(body, {})).toEqual(slow)
      }),
      { numRuns: 1_500 }
    )
  }, 30_000)

  it("reads every body JSON.parse can make of a start, a text limit and startRule or trace that zod accepts", () => {
    const plain = fc.record(
      {
        start: fc
          .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        limit: fc
          .tuple(fc.integer({ min: 0, max: 400 }), fc.constantFrom("wd", "d", "m", "个工作日"))
          .map(([n, u]) => `${n}${u}`),
        startRule: fc.constantFrom("next_day", "same_day"),
        trace: fc.boolean()
      },
      { requiredKeys: ["start", "limit"], noNullPrototype: true }
    )
    fc.assert(
      fc.property(plain, (body) => {
        if (due === undefined) return
        const slow = validate(due.body, body)
        expect(slow.ok).toBe(true)
        expect(checkDueBody(body)).toEqual(slow.ok ? slow.value : undefined)
      }),
      { numRuns: 1_000 }
    )
  }, 30_000)

  it("answers the trace only when asked", () => {
    const asked = due?.handle({ start: "2024-09-20", limit: "15d", trace: true }, {})
    const plain = due?.handle({ start: "2024-09-20", limit: "15d" }, {})
    expect(asked).toMatchObject({ ok: true, value: { due: "2024-10-08", skipped: expect.any(Array) } })
    expect(plain).toMatchObject({ ok: true, value: { due: "2024-10-08", workingDays: expect.any(Number) } })
    expect(plain?.ok === true && "skipped" in Object(plain.value)).toBe(false)
  })
})
