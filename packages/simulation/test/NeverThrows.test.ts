// Issue 11, point 1: every public function of @tongban/simulation that reads
// data from outside (models and scenario files as parsed JSON, shard files
// from other machines, observed durations as CSV) answers any value with a Result, never a throw.
import * as simulation from "@tongban/simulation"
import { describe } from "vitest"
import { coversEveryExport, type EntryPoint, entry, neverThrows } from "../../../scripts/neverThrows.js"

const entries: ReadonlyArray<EntryPoint> = [
  entry("parseModel", simulation.parseModel, 2),
  entry("parseScenarioFile", simulation.parseScenarioFile, 2),
  entry("checkShard", simulation.checkShard, 1),
  entry("parseSweepFile", simulation.parseSweepFile, 2),
  entry("calibrate", simulation.calibrate, 2),
  entry("fitDuration", simulation.fitDuration, 2, "value")
]

// Arguments built by the library: a Model from parseModel, scenarios from
// parseScenarioFile, shards from runShard or checkShard, results, summaries
// and event logs that simulate returned, a generator from makeRandom; or
// numbers and options the caller's program sets (the textbook models, seeds).
// Not yet guarded against values their type forbids, though a caller in plain
// JavaScript can pass them: simulate, simulateMMc, simulateForkJoin, erlangC,
// scheduleRisk, runShard, runOne (see docs/testing.md).
const internal: Readonly<Record<string, string>> = Object.fromEntries(
  [
    "addValue",
    "casesToCsv",
    "clockTime",
    "compareScenarios",
    "describeRun",
    "describeSummary",
    "distributionMean",
    "erlangC",
    "eventLogToCsv",
    "eventLogToXes",
    "formatWorkingMinute",
    "freezeSummary",
    "intervalOf",
    "makeRandom",
    "makeSampler",
    "makeSummaryBuilder",
    "mergeRunSummaries",
    "mergeShards",
    "mergeSummaries",
    "modelJsonSchema",
    "normalQuantile",
    "quantile",
    "replicationReports",
    "replicationsFor",
    "replicationsToCsv",
    "runMetrics",
    "runOne",
    "runShard",
    "sample",
    "scenarioFileJsonSchema",
    "scheduleRisk",
    "seriesToCsv",
    "shardToTidyCsv",
    "simulate",
    "simulateForkJoin",
    "simulateMMc",
    "splitSeeds",
    "studentTCdf",
    "studentTQuantile",
    "summariseSweep",
    "workingMinuteTimestamp",
    "xesEvents"
  ].map((name) => [name, "arguments built by the library or set by the caller's program"])
)

describe("@tongban/simulation entry points never throw on data", () => {
  neverThrows(entries)
  coversEveryExport(simulation, entries, internal)
})
