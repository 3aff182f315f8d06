// Issue 11, point 1: every public function of @tongban/approval that reads
// data from outside (flows as JSON, BPMN XML, PSPLIB text, review tasks,
// options objects from plain JavaScript) answers any value with a value or
// a Result, never a throw.
import * as approval from "@tongban/approval"
import { describe } from "vitest"
import { coversEveryExport, type EntryPoint, entry, neverThrows } from "../../../scripts/neverThrows.js"

const entries: ReadonlyArray<EntryPoint> = [
  entry("parseFlow", approval.parseFlow, 2),
  entry("parseBpmn", approval.parseBpmn, 2),
  entry("parsePsplib", approval.parsePsplib, 2),
  entry("parsePsplibOptima", approval.parsePsplibOptima, 2),
  entry("psplibOptimaSet", approval.psplibOptimaSet, 1, "value"),
  entry("psplibReferenceKind", approval.psplibReferenceKind, 1, "value"),
  entry("scheduleReviewTasks", approval.scheduleReviewTasks, 2)
]

// Their first argument is a Flow from parseFlow or parseBpmn, an RCPSP
// project from parsePsplib, or a result the library computed; or they take
// none (the JSON Schema).
const internal: Readonly<Record<string, string>> = Object.fromEntries(
  [
    "applyCommitment",
    "compareFlow",
    "criticalPath",
    "deviationFromOptimum",
    "flaggedTransforms",
    "flowJsonSchema",
    "flowToInput",
    "makeParallel",
    "mergeJointReview",
    "mergeJointReviewGroups",
    "plannedDays",
    "scheduleFlow",
    "scheduleRcpsp",
    "serialBaseline",
    "summariseDeviations",
    "toBpmn",
    "toDot",
    "toMermaidFlowchart",
    "toMermaidGantt",
    "whatIf"
  ].map((name) => [name, "a Flow, project or result built by the library, or no argument"])
)

describe("@tongban/approval entry points never throw on data", () => {
  neverThrows(entries)
  coversEveryExport(approval, entries, internal)
})
