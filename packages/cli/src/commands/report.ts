/**
 * `tongban report`: draws result files as one self-contained HTML report
 * (and, with `--svg DIR`, each figure as its own SVG file), through
 * @tongban/report. `--result FILE` takes a file another command wrote
 * (`simulate --out`'s shard.json; the JSON of `flow schedule`, `due`,
 * `catalog stats`, `catalog diff`, `score`), its kind told by its keys;
 * the other options take input files, each read by its own package's reader.
 *
 * @since 0.2.0
 */
import { compareFlow, criticalPath, scheduleFlow } from "@tongban/approval"
import { catalogueStats, diffCatalogues } from "@tongban/catalog"
import { type Issue, parseJson, parseLocalDate, type Result } from "@tongban/core"
import { listDays } from "@tongban/deadline"
import {
  approvalSection,
  catalogSection,
  deadlineSection,
  type Report,
  renderHtml,
  reportFigures,
  reportFromResults,
  type Section,
  scoringSection,
  simulationSection
} from "@tongban/report"
import { score } from "@tongban/scoring"
import { checkShard, compareScenarios, replicationReports, summariseSweep } from "@tongban/simulation"
import { defineCommand } from "../command.js"
import { type Context, UsageError } from "../context.js"
import { type OptionSpec, optionalNumberOption, repeatableOption, textOption } from "../options.js"
import { readCatalogueFile, readEvents, readFlowFile, readRubric } from "./readers.js"
import { calendarFor } from "./shared.js"

const resultOption = repeatableOption("--result <file>", {
  zh: "另一命令写出的结果文件（可重复）：simulate --out 的 shard.json，或 flow schedule、due、catalog stats、catalog diff、score 的 --format json 输出",
  en: "a result file another command wrote (repeatable): simulate --out's shard.json, or the --format json output of flow schedule, due, catalog stats, catalog diff or score"
})
const shardOption = textOption("--shard <file>", {
  zh: "仿真结果 shard.json（simulate --out 所写）",
  en: "a simulation's shard.json (as simulate --out writes it)"
})
const flowOption = repeatableOption("--flow <file>", {
  zh: "流程文件（JSON 或 BPMN，可重复）：串并联对比、甘特图、流程图",
  en: "a flow file (JSON or BPMN, repeatable): serial vs parallel, Gantt chart, flow graph"
})
const startOption = textOption("--start <date>", {
  zh: "甘特图的开始日期（默认不画甘特图）",
  en: "the Gantt chart's start date (no Gantt chart without it)"
})
const catalogueOption = textOption("--catalogue <file>", {
  zh: "事项目录（JSON、CSV 或 XLSX）：各部门占比",
  en: "a matter catalogue (JSON, CSV or XLSX): department shares"
})
const beforeOption = textOption("--before <file>", {
  zh: "改革前的目录：与 --catalogue 比较四减",
  en: "the catalogue before a reform: the four reductions against --catalogue"
})
const eventsOption = textOption("--events <file>", {
  zh: "考核事件（CSV 或 JSON）",
  en: "scoring events (CSV or JSON)"
})
const rubricOption = textOption("--rubric <file>", {
  zh: "评分标准文件，或 quarterly-deduction、window-110、joint-liability",
  en: "a rubric file, or quarterly-deduction, window-110, joint-liability"
})
const periodOption = textOption("--period <period>", { zh: "考核期，如 2026-Q3", en: "the period, e.g. 2026-Q3" })
const yearOption = optionalNumberOption(
  "--year <yyyy>",
  { zh: "画这一年的全国工作日历", en: "draw the national calendar of this year" },
  { integer: true, min: 1900, max: 2200 }
)
const outOption = textOption("--out <file>", {
  zh: "报告文件（默认 report.html）",
  en: "the report file (report.html)"
})
const svgOption = textOption("--svg <dir>", {
  zh: "另把每幅图写成 DIR/<id>.svg（目录须已存在）",
  en: "also write each figure to DIR/<id>.svg (the directory must exist)"
})
const titleOption = textOption("--title <text>", { zh: "报告标题", en: "the report's title" })

const readJson = (ctx: Context, file: string): Result<unknown> =>
  parseJson(ctx.readText(file), { maxLength: 256 * 1024 * 1024 })

/** The sections the given files make, or every issue found in them. */
const sections = (ctx: Context, get: <T>(spec: OptionSpec<T>) => T): Result<ReadonlyArray<Section>> => {
  const issues: Array<Issue> = []
  const out: Array<Section> = []
  const keep = <A>(r: Result<A>): A | undefined => {
    if (r.ok) return r.value
    issues.push(...r.issues)
    return undefined
  }
  const calendar = calendarFor(ctx, [], false)
  if (!calendar.ok) return calendar
  const resultFiles = get(resultOption).flatMap((name) => {
    const json = readJson(ctx, name)
    if (json.ok) return [{ name, json: json.value }]
    issues.push(...json.issues.map((issue) => ({ ...issue, path: [name, ...issue.path] })))
    return []
  })
  if (resultFiles.length > 0) {
    const results = keep(reportFromResults(resultFiles, { calendar: calendar.value }))
    if (results !== undefined) out.push(...results.sections)
  }
  const year = get(yearOption)
  if (year !== undefined) {
    const from = keep(parseLocalDate(`${year}-01-01`, { path: ["year"] }))
    const to = keep(parseLocalDate(`${year}-12-31`, { path: ["year"] }))
    const days =
      from === undefined || to === undefined ? undefined : keep(listDays(from, to, { calendar: calendar.value }))
    if (days !== undefined) out.push(deadlineSection({ calendars: [{ days }] }))
  }
  const flows = get(flowOption).flatMap((file) => {
    const flow = keep(readFlowFile(ctx, file))?.flow
    return flow === undefined ? [] : [flow]
  })
  if (flows.length > 0) {
    const startText = get(startOption)
    const start = startText === undefined ? undefined : keep(parseLocalDate(startText, { path: ["start"] }))
    const schedules = flows.flatMap((flow) => {
      if (start === undefined) return []
      const schedule = keep(scheduleFlow(flow, { start, calendar: calendar.value }))
      if (schedule === undefined) return []
      const days = keep(listDays(schedule.start, schedule.finish, { calendar: calendar.value }))
      return [{ schedule, ...(days === undefined ? {} : { days }) }]
    })
    out.push(
      approvalSection({
        comparisons: flows.map((flow) => ({ name: flow.name, comparison: compareFlow(flow) })),
        schedules,
        flows: flows.map((flow) => ({ flow, criticalPath: criticalPath(flow) }))
      })
    )
  }
  const shardFile = get(shardOption)
  if (shardFile !== undefined) {
    const json = keep(readJson(ctx, shardFile))
    const shard = json === undefined ? undefined : keep(checkShard(json))
    if (shard !== undefined) {
      const replications = replicationReports(shard)
      const [first, second] = replications
      out.push(
        simulationSection({
          results: summariseSweep(shard),
          replications,
          comparisons:
            first === undefined || second === undefined
              ? []
              : [compareScenarios(shard, first.scenario, second.scenario)]
        })
      )
    }
  }
  const catalogueFile = get(catalogueOption)
  const beforeFile = get(beforeOption)
  if (beforeFile !== undefined && catalogueFile === undefined)
    throw new UsageError({ zh: "--before 需与 --catalogue 同用", en: "--before needs --catalogue" })
  if (catalogueFile !== undefined) {
    const after = keep(readCatalogueFile(ctx, catalogueFile))
    const before = beforeFile === undefined ? undefined : keep(readCatalogueFile(ctx, beforeFile))
    if (after !== undefined)
      out.push(
        catalogSection({
          stats: catalogueStats(after.catalogue),
          ...(before === undefined
            ? {}
            : {
                diff: diffCatalogues(before.catalogue, after.catalogue),
                versions: { before: before.catalogue.version ?? "before", after: after.catalogue.version ?? "after" }
              })
        })
      )
  }
  const eventsFile = get(eventsOption)
  const rubricName = get(rubricOption)
  if ((eventsFile === undefined) !== (rubricName === undefined))
    throw new UsageError({ zh: "--events 与 --rubric 须同用", en: "--events and --rubric go together" })
  if (eventsFile !== undefined && rubricName !== undefined) {
    const rubric = keep(readRubric(ctx, rubricName))
    const events = keep(readEvents(ctx, eventsFile))
    const period = get(periodOption)
    if (rubric !== undefined && events !== undefined) {
      const assessment = keep(score(rubric, events, period === undefined ? {} : { period }))
      if (assessment !== undefined) out.push(scoringSection({ assessments: [{ name: rubric.name, assessment }] }))
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: out }
}

/**
 * `tongban report`: the HTML report of the given result files.
 *
 * @since 0.2.0
 * @category commands
 */
export const reportCommand = defineCommand({
  name: "report",
  description: {
    zh: "把结果文件画成一份自包含的 HTML 报告（可按 A4 打印），--svg 另写每幅图",
    en: "draw result files as one self-contained HTML report (prints on A4); --svg also writes each figure"
  },
  formats: ["table", "json"],
  options: [
    resultOption,
    shardOption,
    flowOption,
    startOption,
    catalogueOption,
    beforeOption,
    eventsOption,
    rubricOption,
    periodOption,
    yearOption,
    outOption,
    svgOption,
    titleOption
  ],
  run: ({ get, ctx }) => {
    const built = sections(ctx, get)
    if (!built.ok) return built
    if (built.value.length === 0)
      throw new UsageError({
        zh: "没有可画的结果：请给出 --result、--shard、--flow、--catalogue、--events/--rubric 或 --year",
        en: "nothing to draw: give --result, --shard, --flow, --catalogue, --events with --rubric, or --year"
      })
    const title = get(titleOption)
    const report: Report = {
      title: title === undefined ? { zh: "通办报告", en: "tongban report" } : { zh: title, en: title },
      sections: built.value
    }
    const file = get(outOption) ?? "report.html"
    ctx.writeFile(file, renderHtml(report))
    const figures = reportFigures(report)
    const dir = get(svgOption)?.replace(/\/+$/, "")
    const svgs = dir === undefined ? [] : figures.map((f) => `${dir}/${f.id}.svg`)
    figures.forEach((f, i) => {
      const path = svgs[i]
      if (path !== undefined) ctx.writeFile(path, f.svg)
    })
    return {
      ok: true,
      value: {
        json: { file, sections: report.sections.map((s) => s.id), figures: figures.map((f) => f.id), svg: svgs },
        table: {
          columns: ["section", "figures"],
          rows: report.sections.map((s) => [s.id, s.blocks.filter((b) => b.kind === "figure").length])
        },
        footer: [`report: ${file}`, ...(dir === undefined ? [] : [`svg: ${svgs.length} files in ${dir}`])]
      }
    }
  }
})
