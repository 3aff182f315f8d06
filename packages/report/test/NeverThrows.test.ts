/**
 * Every public entry point of the report on hostile input: anything at all
 * (`fc.anything()`), and the packages' own results with one value somewhere
 * inside replaced by anything. None throws; each returns a figure, a
 * section, a report or a result, and what it could not draw carries located,
 * bilingual issues.
 */
import { compareFlow, criticalPath, parseFlow, scheduleFlow } from "@tongban/approval"
import {
  type Catalogue,
  catalogueCompleteness,
  catalogueFromJson,
  catalogueStats,
  diffCatalogues
} from "@tongban/catalog"
import { getOrThrow, parseLocalDate } from "@tongban/core"
import { caseClock, chinaCalendar, licensingDecision, listDays } from "@tongban/deadline"
import {
  approvalSection,
  awardTable,
  bilingual,
  byHourFigure,
  calendarFigure,
  caseClockFigure,
  catalogSection,
  clockSegments,
  comparisonFigure,
  completenessFigure,
  deadlineSection,
  departmentSharesFigure,
  distributionFigure,
  escapeHtml,
  figureId,
  flowFigure,
  fourReductionsFigure,
  ganttFigure,
  isProvisionalDay,
  rankingFigure,
  readResult,
  renderHtml,
  reportFigures,
  reportFromResults,
  resultSections,
  scenarioFigure,
  scoreBands,
  scoreDistributionFigure,
  scoringSection,
  serialParallelFigure,
  simulationSection,
  sweepFigure,
  utilisationFigure
} from "@tongban/report"
import { parseEvents, quarterlyDeductionRubric, score } from "@tongban/scoring"
import { compareScenarios, parseModel, replicationReports, runShard, summariseSweep } from "@tongban/simulation"
import * as fc from "fast-check"
import { XMLValidator } from "fast-xml-parser"
import { describe, expect, it } from "vitest"
import { readFileSync } from "node:fs"
import * as report from "@tongban/report"
import { coversEveryExport, type EntryPoint, entry, neverThrows } from "../../../scripts/neverThrows.js"
import { smallReport } from "./fixtures.js"

const d = (s: string) => getOrThrow(parseLocalDate(s))

/** Calls `f` with arguments of any type: the point is input a typed caller could not write. */
const call = (f: (...args: never[]) => unknown, args: ReadonlyArray<unknown>): unknown =>
  Reflect.apply(f, undefined, args)

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null

const expectIssues = (issues: unknown, label: string): void => {
  expect(Array.isArray(issues), label).toBe(true)
  if (!Array.isArray(issues)) return
  expect(issues.length, label).toBeGreaterThan(0)
  for (const issue of issues) {
    expect(typeof issue.code, label).toBe("string")
    expect(Array.isArray(issue.path), label).toBe(true)
    expect(typeof issue.message.zh, label).toBe("string")
    expect(typeof issue.message.en, label).toBe("string")
  }
}

/**
 * A figure: well-formed standalone SVG (unless `drawn` is false: a figure a
 * caller built and handed on keeps its own SVG); when it carries issues, the
 * first says which figure could not be drawn.
 */
const expectFigure = (x: unknown, label: string, drawn = true): void => {
  expect(isRecord(x), label).toBe(true)
  if (!isRecord(x)) return
  expect(typeof x.svg, label).toBe("string")
  if (drawn || x.issues !== undefined) expect(XMLValidator.validate(String(x.svg)), label).toBe(true)
  expect(typeof x.id, label).toBe("string")
  if (x.issues !== undefined) {
    expectIssues(x.issues, label)
    expect(Array.isArray(x.issues) && x.issues[0]?.code, label).toBe("figure_input_invalid")
  }
}

const expectSection = (x: unknown, label: string): void => {
  expect(isRecord(x) && typeof x.id === "string" && Array.isArray(x.blocks), label).toBe(true)
  if (isRecord(x) && Array.isArray(x.blocks))
    for (const b of x.blocks) if (b.kind === "figure") expectFigure(b.figure, label)
}

const expectResult = (x: unknown, label: string): void => {
  expect(isRecord(x) && typeof x.ok === "boolean", label).toBe(true)
  if (isRecord(x) && x.ok === false) expectIssues(x.issues, label)
}

// The packages' own results, small.
const flow = getOrThrow(
  parseFlow({
    id: "kaiban",
    name: "企业开办",
    steps: [
      { id: "yyzz", name: "营业执照", department: "scj", duration: 1 },
      { id: "kz", name: "公章刻制", department: "gaj", duration: 1, after: ["yyzz"] },
      { id: "sw", name: "税务登记", department: "sw", duration: 2, after: ["yyzz"] }
    ]
  })
)
const schedule = getOrThrow(scheduleFlow(flow, { start: d("2024-09-27"), calendar: chinaCalendar }))
const days = getOrThrow(listDays(d("2024-09-23"), d("2024-10-13"), { calendar: chinaCalendar }))
const model = getOrThrow(
  parseModel({
    departments: [{ id: "d", reviewers: 1 }],
    windows: [{ id: "w", count: 2 }],
    services: [{ id: "s", department: "d", arrivals: { perDay: 30 }, windowMinutes: { type: "exponential", mean: 12 } }]
  })
)
const shard = getOrThrow(
  runShard(
    [
      { name: "a", model },
      { name: "b", model }
    ],
    { seeds: { from: 1, to: 3 } }
  )
)
const results = summariseSweep(shard)
const replications = replicationReports(shard)
const comparison = compareScenarios(shard, "a", "b")
const clock = getOrThrow(
  caseClock([{ type: "accepted", date: d("2024-09-27") }], {
    calendar: chinaCalendar,
    limit: licensingDecision.limit,
    asOf: d("2024-10-28")
  })
)
const catalogue = (file: string): Catalogue =>
  getOrThrow(catalogueFromJson(readFileSync(new URL(`../../../examples/t-county/data/${file}`, import.meta.url))))
const after = catalogue("catalogue-2020.json")
const diff = diffCatalogues(catalogue("catalogue-2019.json"), after)
const stats = catalogueStats(after)
const completeness = catalogueCompleteness(after)
const assessment = getOrThrow(
  score(
    quarterlyDeductionRubric,
    getOrThrow(
      parseEvents([
        { kind: "case", date: "2026-07-07", staff: "s1", window: "w1", code: "on_time" },
        { kind: "case", date: "2026-07-07", staff: "s2", window: "w1", code: "overdue" }
      ])
    ),
    { period: "2026-Q3" }
  )
)
const sweep = [{ name: "Wq", points: [2, 3, 4].map((x) => ({ x, y: 6 / x, low: 5 / x, high: 7 / x })) }]
const axes = { x: { zh: "窗口数", en: "windows" }, y: { zh: "等候", en: "wait" } }

/** Each figure builder with arguments it draws. */
const FIGURES: ReadonlyArray<{
  readonly name: string
  readonly f: (...args: never[]) => unknown
  readonly args: ReadonlyArray<unknown>
}> = [
  { name: "calendarFigure", f: calendarFigure, args: [days, {}] },
  { name: "caseClockFigure", f: caseClockFigure, args: [[{ label: "食品经营许可", clock }], {}] },
  { name: "ganttFigure", f: ganttFigure, args: [schedule, { days }] },
  {
    name: "serialParallelFigure",
    f: serialParallelFigure,
    args: [[{ name: "开办", comparison: compareFlow(flow) }], {}]
  },
  { name: "flowFigure", f: flowFigure, args: [flow, criticalPath(flow), {}] },
  { name: "distributionFigure", f: distributionFigure, args: [results, "wait", { names: { a: "今 today" } }] },
  { name: "byHourFigure", f: byHourFigure, args: [replications, "meanQueue", {}] },
  { name: "utilisationFigure", f: utilisationFigure, args: [results, {}] },
  { name: "scenarioFigure", f: scenarioFigure, args: [replications, undefined, {}] },
  { name: "comparisonFigure", f: comparisonFigure, args: [comparison, undefined, {}] },
  { name: "sweepFigure", f: sweepFigure, args: [sweep, axes, {}] },
  { name: "fourReductionsFigure", f: fourReductionsFigure, args: [diff.fourReductions, {}] },
  { name: "departmentSharesFigure", f: departmentSharesFigure, args: [stats, {}] },
  { name: "completenessFigure", f: completenessFigure, args: [completeness, {}] },
  { name: "scoreDistributionFigure", f: scoreDistributionFigure, args: [assessment, {}] },
  { name: "rankingFigure", f: rankingFigure, args: [assessment, {}] }
]

const SECTIONS: ReadonlyArray<{
  readonly name: string
  readonly f: (...args: never[]) => unknown
  readonly args: ReadonlyArray<unknown>
}> = [
  { name: "deadlineSection", f: deadlineSection, args: [{ calendars: [{ days }], clocks: [{ label: "c", clock }] }] },
  {
    name: "approvalSection",
    f: approvalSection,
    args: [{ schedules: [{ schedule, days }], flows: [{ flow, criticalPath: criticalPath(flow) }] }]
  },
  {
    name: "simulationSection",
    f: simulationSection,
    args: [{ results, replications, comparisons: [comparison], sweeps: [{ ...axes, curves: sweep }] }]
  },
  { name: "catalogSection", f: catalogSection, args: [{ diff, stats, completeness: completeness }] },
  { name: "scoringSection", f: scoringSection, args: [{ assessments: [{ assessment }] }] }
]

/** Every path into a value (objects and arrays), at most `limit` of them, breadth first. */
const pathsOf = (value: unknown, limit = 400): ReadonlyArray<ReadonlyArray<string | number>> => {
  const out: Array<ReadonlyArray<string | number>> = []
  const queue: Array<{ v: unknown; path: ReadonlyArray<string | number> }> = [{ v: value, path: [] }]
  while (queue.length > 0 && out.length < limit) {
    const next = queue.shift()
    if (next === undefined) break
    if (next.path.length > 0) out.push(next.path)
    if (Array.isArray(next.v)) for (const [i, v] of next.v.entries()) queue.push({ v, path: [...next.path, i] })
    else if (isRecord(next.v)) for (const [k, v] of Object.entries(next.v)) queue.push({ v, path: [...next.path, k] })
  }
  return out
}

/** A structural copy of `value` with the value at `path` replaced by `by` (functions are kept as they are). */
const replaced = (value: unknown, path: ReadonlyArray<string | number>, by: unknown): unknown => {
  const [head, ...rest] = path
  if (head === undefined) return by
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaced(v, rest, by) : v))
  if (isRecord(value)) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = k === head ? replaced(v, rest, by) : v
    return out
  }
  return value
}

/** The arguments with one value somewhere inside replaced by anything. */
const corrupted = (args: ReadonlyArray<unknown>) => {
  const paths = pathsOf(args)
  return fc
    .tuple(fc.nat({ max: Math.max(0, paths.length - 1) }), fc.anything())
    .map(([k, by]) => replaced(args, paths[k] ?? [0], by))
    .filter((x): x is ReadonlyArray<unknown> => Array.isArray(x))
}

describe("figure builders never throw", () => {
  for (const { name, f, args } of FIGURES) {
    it(`${name}: on anything, a figure carrying its issues`, () => {
      expectFigure(call(f, args), `${name} (valid)`)
      expect(isRecord(call(f, args)) && call(f, args)).not.toHaveProperty("issues")
      fc.assert(
        fc.property(fc.array(fc.anything(), { maxLength: 3 }), (xs) => expectFigure(call(f, xs), name)),
        { numRuns: 30 }
      )
    }, 60_000)
    it(`${name}: on its own result with one value replaced by anything, a figure`, () => {
      fc.assert(
        fc.property(corrupted(args), (xs) => expectFigure(call(f, xs), name)),
        { numRuns: 30 }
      )
    }, 60_000)
  }
})

describe("a value whose length is an object without a prototype", () => {
  // zod ran its length checks on it even after the array check failed, and comparing threw a TypeError.
  it("is a located issue for every figure and section, not a throw", () => {
    const poisoned = { length: Object.create(null) }
    const swapped = (args: ReadonlyArray<unknown>, k: number, by: unknown) => args.map((a, i) => (i === k ? by : a))
    for (const { name, f, args } of FIGURES)
      for (const k of args.keys())
        for (const by of [poisoned, [poisoned]]) {
          const figure = call(f, swapped(args, k, by))
          expectFigure(figure, `${name} ${k}`)
          // An options object may carry any extra key; data never may.
          if (k === 0) expect(isRecord(figure) && Array.isArray(figure.issues), `${name} ${k}`).toBe(true)
        }
    for (const { name, f } of SECTIONS) for (const by of [poisoned, [poisoned]]) expectSection(call(f, [by]), name)
    expectResult(call(reportFromResults, [poisoned]), "reportFromResults")
    expectResult(call(readResult, [poisoned]), "readResult")
    expect(String(call(renderHtml, [poisoned]))).toContain('class="issues" role="note"')
  }, 60_000)
})

describe("section builders never throw", () => {
  for (const { name, f, args } of SECTIONS) {
    it(`${name}: on anything and on its own results corrupted, a section`, () => {
      expectSection(call(f, args), `${name} (valid)`)
      fc.assert(
        fc.property(fc.anything(), (x) => expectSection(call(f, [x]), name)),
        { numRuns: 40 }
      )
      fc.assert(
        fc.property(corrupted(args), (xs) => expectSection(call(f, xs), name)),
        { numRuns: 20 }
      )
    }, 120_000)
  }
})

describe("section builders draw whatever results are at hand", () => {
  for (const { name, f, args } of SECTIONS) {
    it(`${name}: each kind of result alone draws without an issue`, () => {
      const [results] = args
      if (!isRecord(results)) throw new Error(`${name}: the fixture is an object`)
      for (const [key, value] of Object.entries(results)) {
        const section = call(f, [{ [key]: value }])
        expectSection(section, `${name} ${key}`)
        const blocks = isRecord(section) && Array.isArray(section.blocks) ? section.blocks : []
        expect(blocks.length, `${name} ${key}`).toBeGreaterThan(0)
        for (const b of blocks) if (b.kind === "figure") expect(b.figure.issues, `${name} ${key}`).toBeUndefined()
      }
    }, 60_000)
  }
})

describe("the HTML report, the result-file reader and the helpers never throw", () => {
  const report = smallReport()

  it("renderHtml and reportFigures: on anything, a document; on a corrupted report, a document", () => {
    const check = (x: unknown): void => {
      const html = call(renderHtml, [x])
      expect(typeof html === "string" && html.startsWith("<!doctype html>")).toBe(true)
      const figures = call(reportFigures, [x])
      expect(Array.isArray(figures)).toBe(true)
      if (Array.isArray(figures)) for (const f of figures) expectFigure(f, "reportFigures", false)
    }
    fc.assert(fc.property(fc.anything(), check), { numRuns: 60 })
    fc.assert(
      fc.property(corrupted([report]), ([x]) => check(x)),
      { numRuns: 40 }
    )
  }, 60_000)

  it("readResult, resultSections and reportFromResults: on anything, a result or sections with issues", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (x, y) => {
        expectResult(call(readResult, [x, y]), "readResult")
        expectResult(call(reportFromResults, [x, y]), "reportFromResults")
        expectResult(call(reportFromResults, [[{ name: "x.json", json: x }]]), "reportFromResults")
        const sections = call(resultSections, [x, y])
        expect(Array.isArray(sections)).toBe(true)
        if (Array.isArray(sections)) for (const s of sections) expectSection(s, "resultSections")
      }),
      { numRuns: 80 }
    )
    const files = [
      { name: "shard.json", json: JSON.parse(JSON.stringify(shard)) },
      { name: "schedule.json", json: JSON.parse(JSON.stringify(schedule)) },
      { name: "due.json", json: JSON.parse(JSON.stringify(clock)) },
      { name: "score.json", json: JSON.parse(JSON.stringify(assessment)) }
    ]
    const named = files.map((f) => ({ name: f.name, result: getOrThrow(readResult(f.json)) }))
    fc.assert(
      fc.property(corrupted([files]), ([x]) => expectResult(call(reportFromResults, [x]), "reportFromResults")),
      { numRuns: 30 }
    )
    fc.assert(
      fc.property(corrupted([named, { calendar: chinaCalendar }]), (xs) => {
        const sections = call(resultSections, xs)
        expect(Array.isArray(sections)).toBe(true)
        if (Array.isArray(sections)) for (const s of sections) expectSection(s, "resultSections")
      }),
      { numRuns: 30 }
    )
  }, 120_000)

  it("awardTable, scoreBands, clockSegments and the text helpers: on anything, a value of their type", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (x, y) => {
        const table = call(awardTable, [x])
        expect(isRecord(table) && Array.isArray(table.columns) && Array.isArray(table.rows)).toBe(true)
        if (isRecord(table) && Array.isArray(table.rows) && table.rows.length === 0 && table.issues !== undefined)
          expectIssues(table.issues, "awardTable")
        expect(Array.isArray(call(scoreBands, [x, y]))).toBe(true)
        const segments = call(clockSegments, [x])
        expect(isRecord(segments) && Object.values(segments).every(Number.isFinite)).toBe(true)
        expect(typeof call(isProvisionalDay, [x])).toBe("boolean")
        expect(typeof call(bilingual, [x])).toBe("string")
        expect(typeof call(escapeHtml, [x])).toBe("string")
        expect(call(figureId, [x])).toMatch(/^[a-z0-9-]+$/)
      }),
      { numRuns: 200 }
    )
    expect(awardTable(assessment).issues).toBeUndefined()
    fc.assert(
      fc.property(corrupted([assessment]), ([x]) => {
        const table = call(awardTable, [x])
        expect(isRecord(table) && Array.isArray(table.rows)).toBe(true)
      }),
      { numRuns: 40 }
    )
  }, 60_000)

  it("scoreBands counts a list longer than a spread of arguments can hold", () => {
    const many = Array.from({ length: 300_000 }, (_, i) => 9000 + (i % 1000))
    const bands = scoreBands(many, 1)
    expect(bands.reduce((n, b) => n + b.count, 0)).toBe(many.length)
    expect(bands.length).toBe(10)
  })
})

// The repository's shared property (scripts/neverThrows.ts): hostile values
// (null prototypes, boxed values, typed arrays, prototype keys, nesting 2,000
// deep) for every argument of every exported function.
const ENTRIES: ReadonlyArray<EntryPoint> = [
  ...FIGURES.map((f) => entry(f.name, f.f, f.args.length, "value")),
  ...SECTIONS.map((f) => entry(f.name, f.f, 1, "value")),
  entry("awardTable", awardTable, 1, "value"),
  entry("scoreBands", scoreBands, 2, "value"),
  entry("clockSegments", clockSegments, 1, "value"),
  entry("isProvisionalDay", isProvisionalDay, 1, "value"),
  entry("bilingual", bilingual, 1, "value"),
  entry("figureId", figureId, 1, "value"),
  entry("escapeHtml", escapeHtml, 1, "value"),
  entry("renderHtml", renderHtml, 1, "value"),
  entry("reportFigures", reportFigures, 1, "value"),
  entry("resultSections", resultSections, 2, "value"),
  entry("readResult", readResult, 2),
  entry("reportFromResults", reportFromResults, 2)
]

describe("every export on the repository's hostile values", () => {
  neverThrows(ENTRIES, 20)
  coversEveryExport(report, ENTRIES, {})
})
