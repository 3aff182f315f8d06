// Bodies for /deadline/due: mostly the shape the hand check reads (a start
// and a text limit, with startRule and trace or not), valid or nearly so,
// and some of everything else (a calendar, a limit object, unknown keys,
// wrong types, any JSON value).
import fc from "fast-check"

const date: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      y: fc.integer({ min: 1890, max: 2210 }),
      m: fc.integer({ min: 0, max: 13 }),
      d: fc.integer({ min: 0, max: 32 })
    })
    .map(({ y, m, d }) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  fc.constantFrom(
    "2024-09-20",
    "2026-02-30",
    "2024-02-29",
    "20240920",
    " 2024-09-20",
    "2024-9-20",
    "２０２４-09-20",
    ""
  ),
  fc.string({ maxLength: 12 })
)

const limitText: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: -2, max: 40_000 }),
      fc.constantFrom("wd", "d", "m", "y", "h", "个工作日", "日", "天", "个月", "x", "")
    )
    .map(([n, unit]) => `${n}${unit}`),
  fc.constantFrom("20wd", "15d", "3m", "20个工作日", "0d", " 20wd", "20 wd", "x".repeat(41)),
  fc.string({ maxLength: 44 })
)

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(undefined, null, true, 0, "", [], {})
)

/** A due body as a client might send it, hostile or not. */
export const dueBody: fc.Arbitrary<unknown> = fc.oneof(
  // The shape the hand check reads, its values near the edges.
  {
    weight: 6,
    arbitrary: fc.record(
      {
        start: date,
        limit: limitText,
        startRule: fc.oneof({ weight: 4, arbitrary: fc.constantFrom("next_day", "same_day") }, anyValue),
        trace: fc.oneof({ weight: 4, arbitrary: fc.boolean() }, anyValue)
      },
      { requiredKeys: ["start", "limit"], noNullPrototype: true }
    )
  },
  {
    weight: 6,
    arbitrary: fc.record(
      {
        start: fc.oneof({ weight: 5, arbitrary: date }, anyValue),
        limit: fc.oneof(
          { weight: 5, arbitrary: limitText },
          fc.record({
            amount: fc.integer({ min: -1, max: 100 }),
            unit: fc.constantFrom("working_day", "natural_day", "month", "days")
          }),
          anyValue
        ),
        startRule: fc.oneof({ weight: 3, arbitrary: fc.constantFrom("next_day", "same_day") }, anyValue),
        trace: fc.oneof({ weight: 3, arbitrary: fc.boolean() }, anyValue),
        calendar: fc.oneof(fc.constant({}), fc.record({ provisional: fc.boolean() }, { requiredKeys: [] }), anyValue),
        extra: anyValue
      },
      { requiredKeys: [] }
    )
  },
  { weight: 1, arbitrary: anyValue }
)
