/**
 * The never-throw property of the public entry points (issue 11): a function
 * whose input can come from outside (text, bytes, parsed JSON, options
 * objects from plain JavaScript) answers any value, including ones its type
 * forbids, with a value (a Result with located bilingual issues, where it
 * returns one), never a throw.
 *
 * Each package's test/NeverThrows.test.ts lists its entry points with
 * {@link neverThrows}; a test there also proves the list is complete: every
 * function the package exports is either listed or named, with the reason,
 * among those whose arguments only the library itself builds.
 */
import fc from "fast-check"
import { expect, it } from "vitest"

/** Any function: the arguments are what the property chooses. */
export type AnyFunction = (...args: never[]) => unknown

const keys = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 8 }) },
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "valueOf", "length", "then")
)

/** Values a caller in plain JavaScript or from JSON can pass, hostile ones among them. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.anything({
      key: keys,
      maxDepth: 3,
      maxKeys: 6,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true
    })
  },
  fc.constantFrom(
    undefined,
    null,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    0.5,
    2 ** 53,
    "",
    " ",
    "\u0000",
    "2026-02-30",
    "2026-01-05",
    "{}",
    "[]",
    "<x/>",
    "a,b\n1,2",
    [],
    {},
    [[]],
    { __proto__: null },
    JSON.parse('{"__proto__": {"polluted": true}}')
  ),
  // Deep nesting, as JSON.parse would hand it over.
  fc.integer({ min: 200, max: 2000 }).map((depth) => {
    let value: unknown = {}
    for (let i = 0; i < depth; i++) value = { a: [value] }
    return value
  })
)

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null

/** Asserts `value` is `{ ok: true, value }` or `{ ok: false, issues }` with located bilingual issues. */
export const expectResult = (value: unknown, name: string): void => {
  expect(isRecord(value), `${name} returns a Result`).toBe(true)
  if (!isRecord(value)) return
  expect(typeof value.ok, `${name} returns a Result`).toBe("boolean")
  if (value.ok !== false) return
  const issues = value.issues
  expect(Array.isArray(issues) && issues.length > 0, `${name} fails with issues`).toBe(true)
  if (!Array.isArray(issues)) return
  for (const issue of issues) {
    expect(isRecord(issue) && typeof issue.code === "string" && /^[a-z][a-z0-9_]*$/.test(issue.code)).toBe(true)
    if (!isRecord(issue)) continue
    expect(Array.isArray(issue.path), `${name}: ${String(issue.code)} has a path`).toBe(true)
    const message = issue.message
    expect(isRecord(message) && typeof message.zh === "string" && typeof message.en === "string").toBe(true)
  }
}

/** One public entry point under the property. */
export interface EntryPoint {
  /** The exported name. */
  readonly name: string
  /** How many arguments the property draws (the options object included). */
  readonly arity: number
  /** `"result"`: the function returns a Result, and the property checks its shape. */
  readonly returns: "result" | "value"
  /** Calls the function with the drawn arguments (a fixed valid argument may stand beside them). */
  readonly run: (args: ReadonlyArray<unknown>) => unknown
}

/** An entry point called with the drawn arguments as they are, as plain JavaScript would. */
export const entry = (
  name: string,
  fn: AnyFunction,
  arity: number,
  returns: "result" | "value" = "result"
): EntryPoint => ({ name, arity, returns, run: (args) => Reflect.apply(fn, undefined, args) })

/**
 * Registers one property per entry point: for any arguments (each drawn from
 * {@link hostile}, or left out), the call returns (or resolves), never throws.
 */
export const neverThrows = (entries: ReadonlyArray<EntryPoint>, numRuns = 60): void => {
  for (const point of entries) {
    it(`${point.name} never throws, whatever its ${point.arity} argument(s)`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(hostile, { minLength: 0, maxLength: point.arity }), async (args) => {
          const out = await point.run(args)
          if (point.returns === "result") expectResult(out, point.name)
        }),
        { numRuns }
      )
    })
  }
}

/**
 * Every function `module` exports is either an entry point or named in
 * `internal` (their arguments are built by the library, not read from
 * outside), so a new export cannot slip past the property unnoticed.
 */
export const coversEveryExport = (
  module: Readonly<Record<string, unknown>>,
  entries: ReadonlyArray<EntryPoint>,
  internal: Readonly<Record<string, string>>
): void => {
  it("covers every exported function: an entry point, or named with the reason it reads no outside data", () => {
    const functions = Object.entries(module)
      .filter(([, value]) => typeof value === "function" && !/^class\s/.test(Function.prototype.toString.call(value)))
      .map(([name]) => name)
      .sort()
    // "searchMatters (a real catalogue)" covers searchMatters.
    const covered = new Set([...entries.map((e) => e.name.replace(/ \(.*\)$/, "")), ...Object.keys(internal)])
    expect(functions.filter((name) => !covered.has(name))).toEqual([])
  })
}
