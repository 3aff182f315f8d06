// Issue 11, point 1: every public function of @tongban/core that reads data
// from outside (text, parsed JSON, options objects from plain JavaScript)
// answers any value with a value or a Result, never a throw.
import * as core from "@tongban/core"
import { describe } from "vitest"
import * as z from "zod"
import { coversEveryExport, type EntryPoint, entry, neverThrows } from "../../../scripts/neverThrows.js"

const schema = z.object({ code: z.string(), days: z.number().int() })

const entries: ReadonlyArray<EntryPoint> = [
  entry("parseJson", core.parseJson, 2),
  entry("checkJsonValue", core.checkJsonValue, 2, "value"),
  entry("parseLocalDate", core.parseLocalDate, 2),
  entry("localDateFromParts", core.localDateFromParts, 4),
  entry("isLocalDate", core.isLocalDate, 1, "value"),
  entry("isDayNumber", core.isDayNumber, 1, "value"),
  entry("isCodeTable", core.isCodeTable, 1, "value"),
  entry("parseCsv", core.parseCsv, 2),
  {
    name: "forEachCsvRow",
    arity: 2,
    returns: "result",
    run: ([text, options]) => Reflect.apply(core.forEachCsvRow, undefined, [text, () => undefined, options])
  },
  {
    name: "scanCsv",
    arity: 2,
    returns: "result",
    run: ([text, options]) => Reflect.apply(core.scanCsv, undefined, [text, () => undefined, options])
  },
  {
    name: "validate",
    arity: 2,
    returns: "result",
    run: ([data, options]) => Reflect.apply(core.validate, undefined, [schema, data, options])
  }
]

// Their arguments are built by the library (a LocalDate or DayNumber from
// parseLocalDate, issues and Results from its functions, code tables from
// defineCodes) or are the caller's own program (seeds, rows to write), not
// data read from outside.
const internal: Readonly<Record<string, string>> = Object.fromEntries(
  [
    "addDays",
    "addMonths",
    "addYears",
    "compareLocalDate",
    "dayOfWeek",
    "daysBetween",
    "daysInMonth",
    "formatLocalDate",
    "fromDayNumber",
    "isLeapYear",
    "isoWeekday",
    "toDayNumber",
    "toParts",
    "all",
    "fail",
    "flatMap",
    "getOrThrow",
    "isOk",
    "map",
    "ok",
    "atPath",
    "checkCodeTable",
    "codeIssue",
    "compareIssues",
    "countIssues",
    "defineCodes",
    "errorsOf",
    "formatIssues",
    "formatPath",
    "issueToJson",
    "makeIssue",
    "prefixIssues",
    "renderMessage",
    "sortIssues",
    "warningsOf",
    "formatCsv",
    "formatCsvCell",
    "makeRandom"
  ].map((name) => [name, "arguments built by the library or the caller's program"])
)

describe("@tongban/core entry points never throw on data", () => {
  neverThrows(entries)
  coversEveryExport(core, entries, internal)
})
