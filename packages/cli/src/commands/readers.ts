/**
 * One reader per kind of file the commands take, each reading the file
 * through the context (the one "cannot read file") and handing it to its
 * package's parser: flow files (BPMN 2.0 XML or flow JSON), rubrics (a file
 * or a built-in name), events (CSV or JSON) and catalogues (JSON, CSV or
 * XLSX).
 *
 * @since 0.2.0
 */
import { type Flow, parseBpmn, parseFlow } from "@tongban/approval"
import { type ColumnMapping, detectCatalogueFormat, type ImportedCatalogue, importCatalogue } from "@tongban/catalog"
import { type Issue, parseJson, type Result } from "@tongban/core"
import {
  type EventOptions,
  jointLiabilityRubric,
  parseEventsCsv,
  parseEventsJson,
  parseRubric,
  quarterlyDeductionRubric,
  type Rubric,
  type ScoringEvent,
  redFlagWindowRubric,
  serviceStarRubric,
  townshipStarRubric,
  unitGradingRubric,
  windowCompositeRubric,
  windowMaximum110Rubric,
  windowStaffMonthlyRubric
} from "@tongban/scoring"
import type { Context } from "../context.js"

/** A flow read from a file, with the warnings of a BPMN import. */
export interface FlowFile {
  readonly flow: Flow
  readonly warnings: ReadonlyArray<Issue>
}

/** Reads a flow file: BPMN 2.0 XML (by extension or content) or flow JSON. */
export const readFlowFile = (ctx: Context, file: string): Result<FlowFile> => {
  const text = ctx.readText(file)
  if (/\.(bpmn|xml)$/i.test(file) || /^\uFEFF?\s*</.test(text)) return parseBpmn(text)
  const json = parseJson(text, { maxLength: 32 * 1024 * 1024 })
  if (!json.ok) return json
  const flow = parseFlow(json.value)
  return flow.ok ? { ok: true, value: { flow: flow.value, warnings: [] } } : flow
}

/** The rubrics a command line may name instead of a file. */
export const RUBRIC_PRESETS: ReadonlyMap<string, Rubric> = new Map([
  ["quarterly-deduction", quarterlyDeductionRubric],
  ["window-110", windowMaximum110Rubric],
  ["joint-liability", jointLiabilityRubric],
  ["window-staff-monthly", windowStaffMonthlyRubric],
  ["red-flag-window", redFlagWindowRubric],
  ["service-star", serviceStarRubric],
  ["unit-grading", unitGradingRubric],
  ["township-star", townshipStarRubric],
  ["window-composite", windowCompositeRubric]
])

/** Reads a rubric: a built-in one by name, else a rubric JSON file. */
export const readRubric = (ctx: Context, nameOrFile: string): Result<Rubric> => {
  const preset = RUBRIC_PRESETS.get(nameOrFile)
  if (preset !== undefined) return { ok: true, value: preset }
  const json = parseJson(ctx.readText(nameOrFile), { maxLength: 4 * 1024 * 1024 })
  return json.ok ? parseRubric(json.value) : json
}

/** Reads an events file: JSON by extension or content, else CSV. */
export const readEvents = (
  ctx: Context,
  file: string,
  options: EventOptions = {}
): Result<ReadonlyArray<ScoringEvent>> => {
  const text = ctx.readText(file)
  const json = /\.json$/i.test(file) || /^\s*[[{]/.test(text.slice(0, 64))
  return json ? parseEventsJson(text, options) : parseEventsCsv(text, options)
}

/** Reads a catalogue leniently (the list as it is, with its issues), its format by name or first bytes. */
export const readCatalogueFile = (ctx: Context, file: string, columns?: ColumnMapping): Result<ImportedCatalogue> => {
  const bytes = ctx.readBytes(file)
  return importCatalogue(bytes, detectCatalogueFormat(file, bytes), columns === undefined ? {} : { columns })
}
