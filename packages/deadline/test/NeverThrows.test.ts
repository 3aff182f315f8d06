// Issue 11, point 1: every public function of @tongban/deadline that reads
// data from outside (dates as text, time limits and events from JSON, options
// objects from plain JavaScript) answers any value with a value or a Result,
// never a throw. Each calendar function is fed both any options and the real
// national calendar with any other arguments.
import * as deadline from "@tongban/deadline"
import { describe } from "vitest"
import { coversEveryExport, type EntryPoint, entry, neverThrows } from "../../../scripts/neverThrows.js"

const calendar = deadline.chinaCalendar

// `path` (where issues are located) is the caller's program, not data: left out.
const withCalendar = (name: string, fn: (...args: never[]) => unknown, before: number): EntryPoint => ({
  name: `${name} (national calendar)`,
  arity: before,
  returns: "result",
  run: (args) => Reflect.apply(fn, undefined, [...args.slice(0, before), { calendar }])
})

const calendarFunctions: ReadonlyArray<readonly [string, (...args: never[]) => unknown, number]> = [
  ["isWorkingDay", deadline.isWorkingDay, 1],
  ["addWorkingDays", deadline.addWorkingDays, 2],
  ["workingDaysBetween", deadline.workingDaysBetween, 2],
  ["nextWorkingDay", deadline.nextWorkingDay, 1],
  ["previousWorkingDay", deadline.previousWorkingDay, 1],
  ["describeDay", deadline.describeDay, 1],
  ["listDays", deadline.listDays, 2],
  ["dueDate", deadline.dueDate, 2],
  ["explainDueDate", deadline.explainDueDate, 2]
]

const entries: ReadonlyArray<EntryPoint> = [
  ...calendarFunctions.flatMap(([name, fn, before]) => [entry(name, fn, before + 1), withCalendar(name, fn, before)]),
  entry("caseClock", deadline.caseClock, 2),
  {
    name: "caseClock (national calendar)",
    arity: 3,
    returns: "result",
    run: ([events, limit, received]) =>
      Reflect.apply(deadline.caseClock, undefined, [events, { calendar, limit, today: received }])
  },
  entry("checkCalendar", deadline.checkCalendar, 1),
  entry("parseCalendar", deadline.parseCalendar, 2),
  entry("parseCalendarLayer", deadline.parseCalendarLayer, 2),
  entry("parseNotice", deadline.parseNotice, 2),
  entry("parseTimeLimit", deadline.parseTimeLimit, 2),
  entry("makeTimeLimit", deadline.makeTimeLimit, 2),
  entry("isTimeLimit", deadline.isTimeLimit, 1, "value"),
  entry("statuteInForce", deadline.statuteInForce, 1, "value")
]

// Arguments built by the library (calendars from chinaCalendarOf, withLayers
// or parseCalendar; time limits from parseTimeLimit; presets), or schema
// builders that take none.
const internal: Readonly<Record<string, string>> = Object.fromEntries(
  [
    "approximateWorkingDays",
    "badReviewRectification",
    "calendarJsonSchema",
    "calendarLayerJsonSchema",
    "casesMovedBy",
    "chinaCalendarOf",
    "compressionRate",
    "diffCalendars",
    "formatTimeLimit",
    "penaltyLawDays",
    "shortTimeLimit",
    "timeLimitJsonSchema",
    "withLayers"
  ].map((name) => [name, "arguments built by the library (calendars, time limits), or none"])
)

describe("@tongban/deadline entry points never throw on data", () => {
  neverThrows(entries)
  coversEveryExport(deadline, entries, internal)
})
