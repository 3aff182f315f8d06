// Issue 11, point 1: every public function of @tongban/scoring that reads
// data from outside (events as JSON or CSV text, rubrics and periods from
// JSON, options objects from plain JavaScript) answers any value with a
// Result, never a throw.
import * as scoring from "@tongban/scoring"
import { describe } from "vitest"
import { coversEveryExport, type EntryPoint, entry, neverThrows } from "../../../scripts/neverThrows.js"

const rubric = scoring.quarterlyDeductionRubric

const compositeEvents = [
  { kind: "staff", date: "2026-07-01", staff: "s1", window: "w1" },
  { kind: "staff", date: "2026-07-01", staff: "s2", window: "w2" },
  { kind: "discipline", date: "2026-07-08", staff: "s1", code: "rule_breach" }
]

const entries: ReadonlyArray<EntryPoint> = [
  entry("parseEvents", scoring.parseEvents, 2),
  entry("parseEventsJson", scoring.parseEventsJson, 2),
  entry("parseEventsCsv", scoring.parseEventsCsv, 2),
  entry("parseInputs", scoring.parseInputs, 1),
  entry("parseInputsCsv", scoring.parseInputsCsv, 1),
  entry("parseSelfScores", scoring.parseSelfScores, 1),
  entry("parseApproval", scoring.parseApproval, 1),
  entry("parsePeriod", scoring.parsePeriod, 2),
  entry("parsePoints", scoring.parsePoints, 2),
  entry("parseRubric", scoring.parseRubric, 2),
  entry("score", scoring.score, 3),
  {
    name: "score (a valid rubric)",
    arity: 2,
    returns: "result",
    run: ([events, options]) => Reflect.apply(scoring.score, undefined, [rubric, events, options])
  },
  {
    // The caller's composite inputs and self-scores (issue 16): any value is checked, never trusted.
    name: "score (a composite rubric, any inputs and self-scores)",
    arity: 2,
    returns: "result",
    run: ([inputs, selfScores]) =>
      Reflect.apply(scoring.score, undefined, [
        scoring.windowCompositeRubric,
        compositeEvents,
        { period: "2026-07", inputs, selfScores }
      ])
  },
  entry("reviewStats", scoring.reviewStats, 2),
  entry("scorePeriods", scoring.scorePeriods, 3),
  {
    name: "scorePeriods (a valid rubric)",
    arity: 2,
    returns: "result",
    run: ([events, options]) => Reflect.apply(scoring.scorePeriods, undefined, [rubric, events, options])
  },
  entry("rollup", scoring.rollup, 2)
]

// Arguments built by the library (LocalDate, hundredths, an Assessment from
// score), the caller's own comparator, or none (JSON Schema builders).
const internal: Readonly<Record<string, string>> = {
  eventsJsonSchema: "takes no argument",
  rubricJsonSchema: "takes no argument",
  formatPoints: "exact hundredths computed by the library",
  periodContaining: "a LocalDate from parseLocalDate",
  periodsWithin: "a Period from parsePeriod",
  previousPeriod: "a Period from parsePeriod",
  nextPeriod: "a Period from parsePeriod",
  rankBy: "the caller's entries and comparator",
  rankingRule: "a RankingMethod chosen in the caller's program",
  scoreTotals: "an Assessment returned by score"
}

describe("@tongban/scoring entry points never throw on data", () => {
  neverThrows(entries)
  coversEveryExport(scoring, entries, internal)
})
