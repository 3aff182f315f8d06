/**
 * Result files as the `tongban` command writes them, read back and drawn:
 * `simulate --out`'s shard.json, and the JSON of `flow schedule`, `due`
 * (a case clock), `catalog stats`, `catalog diff` and `score`. Each file's
 * kind is told by its keys and the file is checked against that kind's
 * schema; a file of no known kind, or a broken one, is a located issue.
 *
 * 结果文件 = result file, 识别 = detect.
 *
 * @since 0.2.0
 */
import { type Issue, type Message, type PathSegment, parseLocalDate, type Result, validate } from "@tongban/core"
import { type DayInfo, listDays, type WorkCalendar, WorkCalendarSchema } from "@tongban/deadline"
import { checkShard, compareScenarios, replicationReports, type ShardResult, summariseSweep } from "@tongban/simulation"
import * as z from "zod"
import type { Block, Report, Section } from "./Html.js"
import {
  type AssessmentView,
  AssessmentViewSchema,
  type CatalogueStatsView,
  CatalogueStatsViewSchema,
  type ClockView,
  ClockViewSchema,
  type CompletenessView,
  CompletenessViewSchema,
  type FourReductionsView,
  FourReductionsViewSchema,
  MessageSchema,
  type ScheduleView,
  ScheduleViewSchema
} from "./Inputs.js"
import { reportCodes } from "./IssueCodes.js"
import { invalidFigure } from "./internal/invalid.js"
import { fewEnough, TOO_MANY } from "./internal/schemas.js"
import { approvalSection, catalogSection, deadlineSection, scoringSection, simulationSection } from "./Sections.js"

/**
 * One result file, its kind told by its keys:
 *
 * - `shard`: `simulate --out DIR` writes `DIR/shard.json` (`{ entries }`);
 * - `schedule`: `flow schedule --format json` (`criticalPaths`, `steps`);
 * - `clock`: `due --format json`, a case clock (`limit`, `elapsed`, `level`);
 * - `catalogue-stats`: `catalog stats --format json` (`overall`, `departments`);
 * - `catalogue-diff`: `catalog diff --format json` (`fourReductions`);
 * - `assessment`: `score --format json` (`rubric`, `scores`).
 *
 * @since 0.2.0
 * @category models
 */
export type ResultFile =
  | { readonly kind: "shard"; readonly shard: ShardResult }
  | { readonly kind: "schedule"; readonly schedule: ScheduleView }
  | { readonly kind: "clock"; readonly clock: ClockView }
  | {
      readonly kind: "catalogue-stats"
      readonly stats: CatalogueStatsView
      readonly completeness?: CompletenessView | undefined
    }
  | { readonly kind: "catalogue-diff"; readonly fourReductions: FourReductionsView }
  | { readonly kind: "assessment"; readonly assessment: AssessmentView }

const StatsFileSchema = z.object({ completeness: CompletenessViewSchema.optional() })
const DiffFileSchema = z.object({ fourReductions: FourReductionsViewSchema })

const has = (value: object, ...keys: ReadonlyArray<string>): boolean => keys.every((k) => Object.hasOwn(value, k))

const located = (issues: ReadonlyArray<Issue>, prefix: ReadonlyArray<PathSegment>): ReadonlyArray<Issue> =>
  issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }))

const keysOf = (value: unknown): string => {
  if (Array.isArray(value)) return "(an array)"
  if (typeof value !== "object" || value === null) return `(${value === null ? "null" : typeof value})`
  const keys = Object.keys(value).slice(0, 8)
  return keys.length === 0 ? "(none)" : keys.join(", ")
}

/**
 * Reads one result file's parsed JSON: tells its kind by its keys and
 * checks it against that kind's schema. Extra fields are accepted (a result
 * may gain fields); a file of no known kind is `result_kind_unknown`, a
 * broken one the located issues of its schema. Never throws.
 *
 * @param json - the file's parsed JSON (`parseJson` from `@tongban/core`)
 * @param options - `path`: where the file is, prefixed to every issue's path (its name, say)
 *
 * @example
 * ```ts
 * import { readResult } from "@tongban/report"
 *
 * const due = { due: "2026-03-30", remaining: 20, level: "normal", elapsed: 0, limit: { amount: 20, unit: "working_day" }, excluded: [], trace: [] }
 * const r = readResult(due)
 * r.ok ? r.value.kind : "" // "clock"
 * const foreign = readResult({ name: "x" }, { path: ["x.json"] })
 * foreign.ok ? "" : foreign.issues[0]?.code // "result_kind_unknown"
 * foreign.ok ? [] : foreign.issues[0]?.path // ["x.json"]
 * const broken = readResult({ ...due, level: "green" })
 * broken.ok ? [] : broken.issues[0]?.path // ["level"]
 * ```
 *
 * @since 0.2.0
 * @category parsing
 */
export const readResult = (
  json: unknown,
  options: { readonly path?: ReadonlyArray<PathSegment> } = {}
): Result<ResultFile> => {
  const path = Array.isArray(options?.path)
    ? options.path.filter((p) => typeof p === "string" || typeof p === "number")
    : []
  const unknown = (): Result<ResultFile> => ({
    ok: false,
    issues: [reportCodes.issue("result_kind_unknown", { path, facts: { keys: keysOf(json) } })]
  })
  if (typeof json !== "object" || json === null || Array.isArray(json)) return unknown()
  if (has(json, "entries")) {
    const shard = checkShard(json)
    return shard.ok
      ? { ok: true, value: { kind: "shard", shard: shard.value } }
      : { ok: false, issues: located(shard.issues, path) }
  }
  if (has(json, "criticalPaths", "steps")) {
    const schedule = validate(ScheduleViewSchema, json, { path })
    return schedule.ok ? { ok: true, value: { kind: "schedule", schedule: schedule.value } } : schedule
  }
  if (has(json, "rubric", "scores")) {
    const assessment = validate(AssessmentViewSchema, json, { path })
    return assessment.ok ? { ok: true, value: { kind: "assessment", assessment: assessment.value } } : assessment
  }
  if (has(json, "fourReductions")) {
    const diff = validate(DiffFileSchema, json, { path })
    return diff.ok ? { ok: true, value: { kind: "catalogue-diff", fourReductions: diff.value.fourReductions } } : diff
  }
  if (has(json, "overall", "departments")) {
    const stats = validate(CatalogueStatsViewSchema, json, { path })
    const file = validate(StatsFileSchema, json, { path })
    if (!stats.ok || !file.ok)
      return { ok: false, issues: [...(stats.ok ? [] : stats.issues), ...(file.ok ? [] : file.issues)] }
    return { ok: true, value: { kind: "catalogue-stats", stats: stats.value, completeness: file.value.completeness } }
  }
  if (has(json, "limit", "elapsed", "level")) {
    const clock = validate(ClockViewSchema, json, { path })
    return clock.ok ? { ok: true, value: { kind: "clock", clock: clock.value } } : clock
  }
  return unknown()
}

/**
 * A result file with the name it is shown by (its file name, say).
 *
 * @since 0.2.0
 * @category models
 */
export interface NamedResult {
  readonly name: string
  readonly result: ResultFile
}

/**
 * The report's sections for the given results, in the order of the
 * packages (deadline, approval, simulation, catalog, scoring); a kind with
 * no file makes no section. With a `calendar`, each Gantt chart shades the
 * calendar's non-working days. A shard's first two scenarios are compared
 * pairwise. Results of the wrong shape (from plain JavaScript rather than
 * {@link readResult}) give one section holding a figure that carries their
 * located issues. Never throws.
 *
 * @example
 * ```ts
 * import { getOrThrow } from "@tongban/core"
 * import { readResult, resultSections } from "@tongban/report"
 *
 * const due = getOrThrow(readResult({ due: "2026-03-30", remaining: 20, level: "normal", elapsed: 0, limit: { amount: 20, unit: "working_day" }, excluded: [] }))
 * resultSections([{ name: "case 1", result: due }]).map((s) => s.id) // ["deadline"]
 * resultSections([]) // []
 * ```
 *
 * @since 0.2.0
 * @category rendering
 */
export const resultSections = (
  results: ReadonlyArray<NamedResult>,
  options: { readonly calendar?: WorkCalendar } = {}
): ReadonlyArray<Section> => {
  const checked = validate(NamedResultsSchema, results, { path: ["results"] })
  const shardChecks = checked.ok
    ? results.flatMap((r, i) => {
        if (r.result.kind !== "shard") return []
        const shard = checkShard(r.result.shard)
        return shard.ok
          ? []
          : [{ ok: false as const, issues: located(shard.issues, ["results", i, "result", "shard"]) }]
      })
    : []
  const invalid = invalidFigure("resultSections", [
    checked,
    ...shardChecks,
    validate(CalendarOptionSchema, options, { path: ["options"] })
  ])
  if (invalid !== undefined)
    return [
      {
        id: "results",
        title: { zh: "无法绘制的结果", en: "Results that cannot be drawn" },
        blocks: [{ kind: "figure", figure: invalid }]
      }
    ]
  return drawResults(results, options.calendar)
}

/** The sections of results known to have their kinds' shapes. */
const drawResults = (
  results: ReadonlyArray<NamedResult>,
  calendar: WorkCalendar | undefined
): ReadonlyArray<Section> => {
  const clocks: Array<{ label: string; clock: ClockView }> = []
  const schedules: Array<{ schedule: ScheduleView; days?: ReadonlyArray<DayInfo> }> = []
  const shards: Array<ShardResult> = []
  const catalog: Array<Block> = []
  const assessments: Array<{ assessment: AssessmentView }> = []
  for (const { name, result } of results) {
    switch (result.kind) {
      case "clock":
        clocks.push({ label: name, clock: result.clock })
        break
      case "schedule": {
        const days = calendar === undefined ? undefined : daysOver(result.schedule, calendar)
        schedules.push(days === undefined ? { schedule: result.schedule } : { schedule: result.schedule, days })
        break
      }
      case "shard":
        shards.push(result.shard)
        break
      case "catalogue-stats":
        catalog.push(
          ...catalogSection({
            stats: result.stats,
            ...(result.completeness === undefined ? {} : { completeness: result.completeness })
          }).blocks
        )
        break
      case "catalogue-diff":
        catalog.push(...catalogSection({ diff: { fourReductions: result.fourReductions } }).blocks)
        break
      case "assessment":
        assessments.push({ assessment: result.assessment })
        break
    }
  }
  const sections: Array<Section> = []
  if (clocks.length > 0) sections.push(deadlineSection({ clocks }))
  if (schedules.length > 0) sections.push(approvalSection({ schedules }))
  for (const shard of shards) {
    const replications = replicationReports(shard)
    const [first, second] = replications
    sections.push(
      simulationSection({
        results: summariseSweep(shard),
        replications,
        comparisons:
          first === undefined || second === undefined ? [] : [compareScenarios(shard, first.scenario, second.scenario)]
      })
    )
  }
  if (catalog.length > 0) sections.push({ ...catalogSection({}), blocks: catalog })
  if (assessments.length > 0) sections.push(scoringSection({ assessments }))
  return distinctIds(sections)
}

const daysOver = (schedule: ScheduleView, calendar: WorkCalendar): ReadonlyArray<DayInfo> | undefined => {
  // A schedule of the wrong shape gets no shading; its Gantt chart reports the issues.
  if (!ScheduleViewSchema.safeParse(schedule).success) return undefined
  const from = parseLocalDate(schedule.start)
  const to = parseLocalDate(schedule.finish)
  if (!from.ok || !to.ok) return undefined
  const days = listDays(from.value, to.value, { calendar })
  return days.ok ? days.value : undefined
}

/** Figures and sections keep distinct ids (an HTML anchor, a file name under `--svg`): a repeat gets `-2`, `-3`… */
const distinctIds = (sections: ReadonlyArray<Section>): ReadonlyArray<Section> => {
  const seen = new Map<string, number>()
  const next = (id: string): string => {
    const n = (seen.get(id) ?? 0) + 1
    seen.set(id, n)
    return n === 1 ? id : `${id}-${n}`
  }
  return sections.map((section) => ({
    ...section,
    id: next(section.id),
    blocks: section.blocks.map((block) =>
      block.kind === "figure" ? { ...block, figure: { ...block.figure, id: next(block.figure.id) } } : block
    )
  }))
}

/**
 * The report of the given result files: each read with {@link readResult}
 * (its name prefixed to the path of its issues), then drawn with
 * {@link resultSections}. Every issue of every file comes back together;
 * no file at all is `result_none`. Never throws.
 *
 * @example
 * ```ts
 * import { reportFromResults } from "@tongban/report"
 *
 * const due = { due: "2026-03-30", remaining: 20, level: "normal", elapsed: 0, limit: { amount: 20, unit: "working_day" }, excluded: [] }
 * const r = reportFromResults([{ name: "due.json", json: due }])
 * r.ok ? r.value.sections.map((s) => s.id) : [] // ["deadline"]
 * const bad = reportFromResults([{ name: "due.json", json: due }, { name: "x.json", json: [] }])
 * bad.ok ? [] : bad.issues.map((i) => [i.code, i.path]) // [["result_kind_unknown", ["x.json"]]]
 * ```
 *
 * @since 0.2.0
 * @category rendering
 */
export const reportFromResults = (
  files: ReadonlyArray<{ readonly name: string; readonly json: unknown }>,
  options: { readonly title?: Message; readonly calendar?: WorkCalendar } = {}
): Result<Report> => {
  const checked = validate(FilesSchema, files, { path: ["files"] })
  if (!checked.ok) return checked
  const opts = validate(OptionsSchema, options, { path: ["options"] })
  if (!opts.ok) return opts
  if (checked.value.length === 0) return { ok: false, issues: [reportCodes.issue("result_none", { path: ["files"] })] }
  const issues: Array<Issue> = []
  const named: Array<NamedResult> = []
  for (const file of checked.value) {
    const result = readResult(file.json, { path: [file.name] })
    if (result.ok) named.push({ name: file.name, result: result.value })
    else issues.push(...result.issues)
  }
  if (issues.length > 0) return { ok: false, issues }
  return {
    ok: true,
    value: {
      title: opts.value.title ?? { zh: "通办报告", en: "tongban report" },
      sections: drawResults(named, options.calendar)
    }
  }
}

const NamedResultsSchema = z
  .array(
    z.object({
      name: z.string(),
      result: z.discriminatedUnion("kind", [
        z.object({ kind: z.literal("shard"), shard: z.unknown() }),
        z.object({ kind: z.literal("schedule"), schedule: z.unknown() }),
        z.object({ kind: z.literal("clock"), clock: z.unknown() }),
        z.object({ kind: z.literal("catalogue-stats"), stats: z.unknown(), completeness: z.unknown().optional() }),
        z.object({ kind: z.literal("catalogue-diff"), fourReductions: z.unknown() }),
        z.object({ kind: z.literal("assessment"), assessment: z.unknown() })
      ])
    })
  )
  .refine(fewEnough, TOO_MANY)

const FilesSchema = z.array(z.object({ name: z.string(), json: z.unknown() })).refine(fewEnough, TOO_MANY)
// A calendar is checked by deadline's own schema before any day is listed on it.
const CalendarOptionSchema = z.object({ calendar: WorkCalendarSchema.optional() })
const OptionsSchema = CalendarOptionSchema.extend({ title: MessageSchema.optional() })
