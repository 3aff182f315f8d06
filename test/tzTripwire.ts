// The guard of the test files that run in one time zone only
// (vitest.config.ts, ONE_ZONE): while such a file runs, every call of a
// JavaScript API whose answer depends on the host's time zone is recorded,
// and test/oneZone.setup.ts fails the file if there was one. A file that
// makes no such call, in its own code or in any library it runs in the test
// worker, cannot give another result in another zone, so running it once
// loses nothing. (Not seen: child processes and worker threads the file
// starts; vitest.config.ts says, file by file, why those are zone-free.)
//
// Recorded: the local-time methods of Date (getHours, setDate, toString,
// toLocaleString, getTimezoneOffset, ...), `new Date(y, m, ...)`, a Date
// or Date.parse of a string read in local time (a date and time without an
// offset, or any form other than ISO 8601), `Date()` called as a function,
// and Intl.DateTimeFormat without a timeZone option. Not recorded, because
// they are the same in every zone: Date.now(), new Date(), new Date(ms),
// date-only ISO strings and strings that name their zone (Z, UTC, GMT, an
// offset), Date.UTC, the getUTC*/setUTC*/toISOString/toJSON methods, and
// getMilliseconds/setMilliseconds (every offset is whole seconds; Node's
// HTTP Date header reads them).

const LOCAL_METHODS = [
  "getFullYear",
  "getMonth",
  "getDate",
  "getDay",
  "getHours",
  "getMinutes",
  "getSeconds",
  "getTimezoneOffset",
  "getYear",
  "setFullYear",
  "setMonth",
  "setDate",
  "setHours",
  "setMinutes",
  "setSeconds",
  "setYear",
  "toString",
  "toDateString",
  "toTimeString",
  "toLocaleString",
  "toLocaleDateString",
  "toLocaleTimeString"
] as const

/** A date-only ISO string (read as UTC). */
const ISO_DATE = /^(?:[+-]\d{6}|\d{4})(?:-\d\d(?:-\d\d)?)?$/
/** A date and time that names its zone: Z, UTC, GMT or an offset at the end. */
const NAMED_ZONE = /(?:\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?\s*(?:Z|[+-]\d\d(?::?\d\d)?)|\b(?:UTC|GMT)(?:[+-]\d\d:?\d\d)?)$/i

const zoneFreeArgs = (args: ReadonlyArray<unknown>): boolean => {
  if (args.length > 1) return false
  const [first] = args
  if (typeof first !== "string") return true
  const text = first.trim()
  return ISO_DATE.test(text) || NAMED_ZONE.test(text)
}

/** The calls recorded since the last `clear`, each with where it was made. */
export interface Tripwire {
  readonly calls: ReadonlyArray<string>
  readonly clear: () => void
  readonly uninstall: () => void
}

const KEY = Symbol.for("tongban.tzTripwire")

const where = (): string => {
  const lines = (new Error().stack ?? "").split("\n").slice(1)
  return (lines.find((line) => !line.includes("tzTripwire")) ?? "").trim()
}

/**
 * Patches Date and Intl.DateTimeFormat to record the zone-dependent calls
 * (once per worker: a second call returns the same tripwire).
 */
export const installTripwire = (): Tripwire => {
  const installed: unknown = Reflect.get(globalThis, KEY)
  if (isTripwire(installed)) return installed
  const calls: Array<string> = []
  const record = (api: string): void => {
    // The first few are enough to find the culprit; a loop could make millions.
    if (calls.length < 20) calls.push(`${api} at ${where()}`)
  }
  const undo: Array<() => void> = []
  const replace = (owner: object, name: string, value: unknown): void => {
    const before = Object.getOwnPropertyDescriptor(owner, name)
    if (before === undefined) return
    Object.defineProperty(owner, name, { ...before, value })
    undo.push(() => Object.defineProperty(owner, name, before))
  }
  for (const name of LOCAL_METHODS) {
    const original: unknown = Reflect.get(Date.prototype, name)
    if (typeof original !== "function") continue
    replace(Date.prototype, name, function (this: unknown, ...args: Array<unknown>) {
      record(`Date.prototype.${name}`)
      return Reflect.apply(original, this, args)
    })
  }
  const OriginalDate = globalThis.Date
  const originalParse = OriginalDate.parse
  replace(OriginalDate, "parse", (text: string) => {
    if (!zoneFreeArgs([text])) record(`Date.parse(${JSON.stringify(text)})`)
    return originalParse(text)
  })
  const date: DateConstructor = new Proxy(OriginalDate, {
    construct: (target, args, newTarget): object => {
      if (!zoneFreeArgs(args)) record(`new Date(${args.map((a) => JSON.stringify(a)).join(", ")})`)
      return Reflect.construct(target, args, newTarget === date ? target : newTarget)
    },
    apply: (target, self, args) => {
      record("Date()")
      return Reflect.apply(target, self, args)
    }
  })
  globalThis.Date = date
  undo.push(() => {
    globalThis.Date = OriginalDate
  })
  const OriginalFormat = Intl.DateTimeFormat
  const format: typeof Intl.DateTimeFormat = new Proxy(OriginalFormat, {
    construct: (target, args, newTarget): object => {
      if (!hasTimeZone(args[1])) record("new Intl.DateTimeFormat without timeZone")
      return Reflect.construct(target, args, newTarget === format ? target : newTarget)
    },
    apply: (target, self, args) => {
      if (!hasTimeZone(args[1])) record("Intl.DateTimeFormat() without timeZone")
      return Reflect.apply(target, self, args)
    }
  })
  replace(Intl, "DateTimeFormat", format)
  const tripwire: Tripwire = {
    calls,
    clear: () => {
      calls.length = 0
    },
    uninstall: () => {
      for (const step of undo.reverse()) step()
      Reflect.deleteProperty(globalThis, KEY)
    }
  }
  Reflect.set(globalThis, KEY, tripwire)
  return tripwire
}

const hasTimeZone = (options: unknown): boolean =>
  typeof options === "object" && options !== null && "timeZone" in options && options.timeZone !== undefined

const isTripwire = (x: unknown): x is Tripwire =>
  typeof x === "object" && x !== null && "calls" in x && "clear" in x && "uninstall" in x
