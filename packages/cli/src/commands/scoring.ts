/**
 * `tongban score` and `tongban reviews`: staff and window assessment from
 * `@tongban/scoring`.
 *
 * Glossary: 考核评分 = score; 评分标准 = rubric; 好差评 = reviews; 整改 =
 * rectification; 服务之星 = Service Star.
 *
 * @since 0.1.0
 */
import { type Issue, parseJson, parseLocalDate, type Result } from "@tongban/core"
import {
  FIVE_IS_BEST_LEVEL_CODES,
  formatPoints,
  GBT_39046_LEVEL_CODES,
  type Level,
  type LevelCodes,
  LEVELS,
  minimalRubric,
  parseInputs,
  parseApproval,
  parseSelfScores,
  reviewStats,
  rollup,
  score,
  type ScoreOptions,
  scoreTotals
} from "@tongban/scoring"
import { defineCommand } from "../command.js"
import { type Context, UsageError } from "../context.js"
import { choiceOption, customOption, requiredTextOption, textOption, variadicArgument } from "../options.js"
import { readEvents, readRubric } from "./readers.js"
import { calendarFor, provisionalOption } from "./shared.js"

const levelCodesOf = (name: string | undefined): LevelCodes | undefined => {
  if (name === undefined) return undefined
  if (name === "gbt39046") return GBT_39046_LEVEL_CODES
  if (name === "five-is-best") return FIVE_IS_BEST_LEVEL_CODES
  throw new UsageError({
    zh: `--level-codes 须为 gbt39046（1 = 非常满意）或 five-is-best（5 = 非常满意），而不是 ${name}`,
    en: `--level-codes must be gbt39046 (1 = very satisfied) or five-is-best (5 = very satisfied), not ${name}`
  })
}

const isLevel = (text: string): text is Level => LEVELS.some((l) => l === text)

const satisfiedOf = (text: string | undefined): ReadonlyArray<Level> | undefined => {
  if (text === undefined) return undefined
  const levels: Array<Level> = []
  for (const part of text.split(",")) {
    const t = part.trim()
    if (!isLevel(t)) {
      throw new UsageError({
        zh: `--satisfied 中的 ${t} 不是评价等级（${LEVELS.join(", ")}）`,
        en: `${t} in --satisfied is not a level (${LEVELS.join(", ")})`
      })
    }
    levels.push(t)
  }
  return levels
}

const levelCodesOption = customOption(
  "--level-codes <mapping>",
  {
    zh: "评价代码对照：gbt39046（1 = 非常满意）或 five-is-best（5 = 非常满意）",
    en: "evaluation codes: gbt39046 (1 = very satisfied) or five-is-best (5 = very satisfied)"
  },
  levelCodesOf
)
const eventsOption = requiredTextOption("--events <file>", {
  zh: "事件文件（CSV 或 JSON）",
  en: "events file (CSV or JSON)"
})
/** Required, but checked when `score` itself runs, so that `score template` needs no rubric. */
const required = (text: string | undefined, flag: string): string => {
  if (text === undefined) throw new UsageError({ zh: `缺少 ${flag}`, en: `missing ${flag}` })
  return text
}
/** The issues of a failed result with each path put under the file it came from. */
const located = <A>(
  result: Result<A>,
  place: (path: ReadonlyArray<Issue["path"][number]>) => Issue["path"]
): Result<A> => (result.ok ? result : { ok: false, issues: result.issues.map((i) => ({ ...i, path: place(i.path) })) })
const inFile =
  (file: string) =>
  (path: Issue["path"]): Issue["path"] => [file, ...path]

/** Reads `--inputs`: JSON (input id → subject id → points) or CSV (input, subject, value), paths under the file name. */
const readInputs = (ctx: Context, file: string): Result<NonNullable<ScoreOptions["inputs"]>> => {
  const text = ctx.readText(file)
  const json = /\.json$/i.test(file) || /^\uFEFF?\s*[[{]/.test(text.slice(0, 64))
  if (!json) return located(parseInputs(text), inFile(file))
  const parsed = parseJson(text, { maxLength: 64 * 1024 * 1024 })
  return located(parsed.ok ? parseInputs(parsed.value) : parsed, inFile(file))
}

/** Reads `--approval`: JSON `{ by, date, decision, note }`, paths under the file name (score checks the date). */
const readApproval = (ctx: Context, file: string): Result<NonNullable<ScoreOptions["approval"]>> => {
  const parsed = parseJson(ctx.readText(file), { maxLength: 1024 * 1024 })
  return located(parsed.ok ? parseApproval(parsed.value) : parsed, inFile(file))
}

/** Reads `--self-scores`: JSON, subject id → points or `{ score, categories }`, paths under the file name. */
const readSelfScores = (ctx: Context, file: string): Result<NonNullable<ScoreOptions["selfScores"]>> => {
  const parsed = parseJson(ctx.readText(file), { maxLength: 64 * 1024 * 1024 })
  return located(parsed.ok ? parseSelfScores(parsed.value) : parsed, inFile(file))
}

const rubricOption = customOption(
  "--rubric <file>",
  {
    zh: "评分标准 JSON 文件，或内置示例名称，如 quarterly-deduction、window-110、window-composite（必填）",
    en: "rubric JSON file, or a built-in example's name, e.g. quarterly-deduction, window-110, window-composite (required)"
  },
  required
)
const scoreEventsOption = customOption(
  "--events <file>",
  { zh: "事件文件（CSV 或 JSON，必填）", en: "events file (CSV or JSON; required)" },
  required
)

/** `tongban score template`: a complete minimal rubric as JSON, to copy and fill in. */
export const scoreTemplateCommand = defineCommand({
  name: "template",
  description: {
    zh: "打印一份完整的最小评分标准（JSON），供复制后逐项改写",
    en: "print a complete minimal rubric (JSON) to copy and fill in item by item"
  },
  formats: ["json"],
  run: () => ({ ok: true, value: { json: minimalRubric } })
})
const oneOf =
  <const C extends string>(choices: ReadonlyArray<C>) =>
  (text: string | undefined, flag: string): C | undefined => {
    if (text === undefined) return undefined
    const found = choices.find((c) => c === text)
    if (found === undefined) {
      throw new UsageError({
        zh: `${flag} 须为 ${choices.join("、")} 之一（收到 ${text}）`,
        en: `${flag} must be one of ${choices.join(", ")} (got ${text})`
      })
    }
    return found
  }
const resultFiles = variadicArgument("results", {
  zh: "各期结果 JSON 文件（tongban score --format json 的输出），一期一个",
  en: "the periods' result JSON files (what tongban score --format json writes), one per period"
})
const combineOption = customOption(
  "--combine <rule>",
  {
    zh: "汇总方式：sum（求和，默认）、mean（平均）或 last（取最后一期）；按权重汇总写在 --rule 文件里",
    en: "how to combine: sum (default), mean or last; weights per period go in the --rule file"
  },
  oneOf(["sum", "mean", "last"])
)
const missingOption = customOption(
  "--missing <rule>",
  {
    zh: "某期无得分：skip（不计该期，默认）或 zero（计 0 分）",
    en: "a period without a score: skip (leave it out, default) or zero (count 0)"
  },
  oneOf(["skip", "zero"])
)
const withinOption = textOption("--within <period>", {
  zh: "汇总周期，如 2026 或 2026-Q3：各期须在其内",
  en: "the roll-up period, e.g. 2026 or 2026-Q3: every result must lie in it"
})
const ruleOption = textOption("--rule <file>", {
  zh: "汇总规则 JSON 文件（combine、weights、awards 每期评选、failure 连续不合格；命令行选项优先）",
  en: "a roll-up rule JSON file (combine, weights, awards per period, failure; the flags above take precedence)"
})

/** `tongban score rollup m1.json m2.json m3.json [--combine mean] [--rule rule.json]`: periods' results rolled up. */
export const scoreRollupCommand = defineCommand({
  name: "rollup",
  description: {
    zh: "把各期结果汇总为季度、年度结果：累计排名、每期评选、连续不合格",
    en: "roll periods' results up into a quarter or a year: cumulative ranks, award rounds, repeated failure"
  },
  formats: ["table", "json", "csv"],
  args: [resultFiles],
  options: [combineOption, missingOption, withinOption, ruleOption],
  run: ({ get, ctx }) => {
    const results: Array<unknown> = []
    for (const file of get(resultFiles)) {
      const json = parseJson(ctx.readText(file), { maxLength: 64 * 1024 * 1024 })
      if (!json.ok) return json
      results.push(json.value)
    }
    const combine = get(combineOption)
    const missing = get(missingOption)
    const within = get(withinOption)
    const flags = {
      ...(combine === undefined ? {} : { combine }),
      ...(missing === undefined ? {} : { missing }),
      ...(within === undefined ? {} : { within })
    }
    let rule: unknown = flags
    const ruleFile = get(ruleOption)
    if (ruleFile !== undefined) {
      const json = parseJson(ctx.readText(ruleFile), { maxLength: 4 * 1024 * 1024 })
      if (!json.ok) return json
      const given: unknown = json.value
      // The rule is checked by rollup itself (a located issue under "rule"); one that is not an object goes as it is.
      rule = typeof given === "object" && given !== null && !Array.isArray(given) ? { ...given, ...flags } : given
    }
    const files = get(resultFiles)
    // rollup locates a result's problem under results[i]: the file name says more.
    const result = located(rollup(results, rule), ([head, i, ...rest]) => {
      const file = head === "results" && typeof i === "number" ? files[i] : undefined
      return file !== undefined
        ? [file, ...rest]
        : [...(head === undefined ? [] : [head]), ...(i === undefined ? [] : [i]), ...rest]
    })
    if (!result.ok) return result
    const r = result.value
    const zh = ctx.lang === "zh"
    const rows = r.entries.map((e) => [
      e.rank,
      e.id,
      e.score,
      e.parts.map((p) => `${p.period} ${p.score}`).join("; "),
      e.absent.join(" ")
    ])
    const footer = [
      "",
      `${zh ? "评分标准" : "rubric"}: ${r.rubric}; ${zh ? "各期" : "periods"}: ${r.periods.join(", ")}`,
      `${zh ? "汇总" : "combined"}: ${ctx.t(r.combine.formula)}; ${zh ? "排名规则" : "ranking"}: ${ctx.t(r.ranking.rule)}`,
      ...[r, r.windows, r.departments].flatMap((level) =>
        level.awards.flatMap((aw) => [
          "",
          `${ctx.t(aw.name)} (${zh ? "每期名额" : "quota"} ${aw.quota}; ${ctx.t(aw.tieRule)})`,
          ...aw.rounds.map(
            (round) => `  ${round.period}: ${round.winners.map((w) => `★ ${w.id} ${w.score}`).join(", ") || "—"}`
          )
        ])
      ),
      ...(
        [
          [zh ? "窗口" : "windows", r.windows],
          [zh ? "部门" : "departments", r.departments]
        ] as const
      ).flatMap(([label, level]) =>
        level.entries.length === 0
          ? []
          : ["", `${label}: ${level.entries.map((e) => `${e.rank}. ${e.id} ${e.score}`).join(", ")}`]
      ),
      ...(r.repeatedFailure === undefined
        ? []
        : [
            "",
            `${ctx.t(r.repeatedFailure.rule)}: ${r.repeatedFailure.people.map((p) => `${p.id} (${p.runs.map((run) => run.join(" ")).join("; ")})`).join(", ") || "—"}`
          ])
    ]
    return {
      ok: true,
      value: { json: r, table: { columns: ["rank", "id", "score", "periods", "absent"], rows }, footer }
    }
  }
})
const inputsOption = textOption("--inputs <file>", {
  zh: "组合得分的外部输入（投票、问卷）：JSON（输入编号 → { 对象编号: 分值 }）或 CSV（input,subject,value）",
  en: "a composite's external inputs (votes, surveys): JSON (input id → { subject id: points }) or CSV (input,subject,value)"
})
const selfScoresOption = textOption("--self-scores <file>", {
  zh: "自评分 JSON：对象编号 → 分值，或 { score, categories: { 类别: 分值 } }",
  en: "self-scores JSON: subject id → points, or { score, categories: { category: points } }"
})
const approvalOption = textOption("--approval <file>", {
  zh: "评审委员会对排名的审定 JSON：{ by, date, decision: approved | returned, note }，记在结果中，不改变任何分数",
  en: "the committee's approval of the ranking, JSON: { by, date, decision: approved | returned, note }; recorded in the result, it changes no figure"
})
const scorePeriodOption = textOption("--period <period>", {
  zh: "考核周期，如 2026-Q3、2026-07、2026（默认：最新事件所在周期）",
  en: "period, e.g. 2026-Q3, 2026-07, 2026 (default: the period of the latest event)"
})

/** `tongban score --rubric R --events E.csv [--period 2026-Q3]`: itemised scores, ranks and awards; `tongban score template` prints a rubric to start from. */
export const scoreCommand = defineCommand({
  name: "score",
  description: {
    zh: "按评分标准为工作人员或窗口考核评分（逐项说明、排名、服务之星）",
    en: "score staff or windows with a rubric (itemised, ranked, Service Star)"
  },
  formats: ["table", "json", "csv"],
  options: [
    rubricOption,
    scoreEventsOption,
    scorePeriodOption,
    levelCodesOption,
    inputsOption,
    selfScoresOption,
    approvalOption
  ],
  subcommands: [scoreTemplateCommand, scoreRollupCommand],
  run: ({ get, ctx }) => {
    const levelCodes = get(levelCodesOption)
    const rubric = readRubric(ctx, get(rubricOption))
    if (!rubric.ok) return rubric
    const events = readEvents(ctx, get(scoreEventsOption), levelCodes === undefined ? {} : { levelCodes })
    if (!events.ok) return events
    const period = get(scorePeriodOption)
    const inputsFile = get(inputsOption)
    const inputs = inputsFile === undefined ? undefined : readInputs(ctx, inputsFile)
    if (inputs !== undefined && !inputs.ok) return inputs
    const selfFile = get(selfScoresOption)
    const selfScores = selfFile === undefined ? undefined : readSelfScores(ctx, selfFile)
    if (selfScores !== undefined && !selfScores.ok) return selfScores
    const approvalFile = get(approvalOption)
    const approval = approvalFile === undefined ? undefined : readApproval(ctx, approvalFile)
    if (approval !== undefined && !approval.ok) return approval
    // score checks the inputs, self-scores and approval (a located issue under "inputs", "selfScores" or "approval"); the file name goes in their place.
    const result = located(
      score(rubric.value, events.value, {
        ...(period === undefined ? {} : { period }),
        ...(inputs === undefined ? {} : { inputs: inputs.value }),
        ...(selfScores === undefined ? {} : { selfScores: selfScores.value }),
        ...(approval === undefined ? {} : { approval: approval.value })
      }),
      ([head, ...rest]) =>
        head === "inputs" && inputsFile !== undefined
          ? [inputsFile, ...rest]
          : head === "selfScores" && selfFile !== undefined
            ? [selfFile, ...rest]
            : head === "approval" && approvalFile !== undefined
              ? [approvalFile, ...rest]
              : [head ?? "", ...rest]
    )
    if (!result.ok) return result
    const a = result.value
    const zh = ctx.lang === "zh"
    const columns = [
      "rank",
      "id",
      "window",
      "department",
      "score",
      "grade",
      "deducted",
      "added",
      "satisfaction",
      "evaluations",
      "vetoes",
      ...(a.scores.some((s) => s.selfScore !== undefined) ? ["self", "difference"] : [])
    ]
    const selfColumns = columns.length > 11
    const rows = a.scores.map((s) => {
      const { deducted, added } = scoreTotals(s)
      return [
        s.rank,
        s.id,
        s.window ?? "",
        s.department ?? "",
        s.score,
        s.grade === undefined ? "" : ctx.t(s.grade.name),
        formatPoints(deducted),
        formatPoints(added),
        s.satisfaction.smoothed,
        s.satisfaction.evaluations,
        s.vetoes.map((v) => v.id).join(" "),
        ...(selfColumns ? [s.selfScore?.score ?? "", s.selfScore?.difference ?? ""] : [])
      ]
    })
    const footer = [
      "",
      `${zh ? "考核周期" : "period"}: ${a.period.id} (${a.period.from} – ${a.period.to}); ${zh ? "评分标准" : "rubric"}: ${a.rubric}`,
      `${zh ? "排名规则" : "ranking"}: ${ctx.t(a.ranking.rule)}${a.ranking.tieBreakers.length > 0 ? `; ${zh ? "先比较" : "ties first broken by"} ${a.ranking.tieBreakers.join(", ")}` : ""}`,
      `${zh ? "满意度先验" : "satisfaction prior"}: α = ${a.prior.alpha}, β = ${a.prior.beta}`,
      ...(a.approval === undefined
        ? []
        : [
            `${zh ? "审定" : "approval"}: ${a.approval.by}, ${a.approval.date}, ${
              a.approval.decision === "approved" ? (zh ? "同意" : "approved") : zh ? "退回" : "returned"
            }${a.approval.note === undefined ? "" : ` (${a.approval.note})`}`
          ]),
      ...a.composites.flatMap((cp) => [
        "",
        `${ctx.t(cp.name)} (${cp.of})${cp.note === undefined ? "" : `: ${ctx.t(cp.note)}`}`,
        ...cp.entries.map(
          (e) => `  ${e.rank}. ${e.id} ${e.score} = ${e.lines.map((l) => `${l.weight} × ${l.value}`).join(" + ")}`
        )
      ]),
      ...a.awards.flatMap((aw) => [
        "",
        `${ctx.t(aw.name)} (${zh ? "名额" : "quota"} ${aw.quota}; ${ctx.t(aw.tieRule)})`,
        ...aw.winners.map((w) => `  ★ ${w.id}: ${w.reasons.map((r) => ctx.t(r.message)).join("; ")}`),
        `  ${zh ? "不符合条件" : "ineligible"}: ${aw.ineligible.length}${
          aw.ineligible.length > 0
            ? ` (${aw.ineligible
                .slice(0, 5)
                .map((x) => `${x.id}: ${x.reasons.map((r) => ctx.t(r.message)).join("; ")}`)
                .join(" | ")}${aw.ineligible.length > 5 ? " …" : ""})`
            : ""
        }`
      ])
    ]
    return { ok: true, value: { json: a, table: { columns, rows }, footer } }
  }
})

const reviewPeriodOption = textOption("--period <period>", {
  zh: "只统计此周期的评价，如 2026-Q3",
  en: "only evaluations in this period, e.g. 2026-Q3"
})
const limitOption = textOption("--limit <limit>", {
  zh: "差评整改时限（默认 5wd，即 5 个工作日）",
  en: "rectification limit (default 5wd: 5 working days)"
})
const asOfOption = textOption("--as-of <date>", {
  zh: "统计日：此日已过期未整改的差评记为超期",
  en: "the day of the statistics: open bad reviews past due on it are overdue"
})
const groupByOption = choiceOption(
  "--group-by <key>",
  { zh: "分组：staff、window（默认）或 department", en: "group by staff, window (default) or department" },
  ["staff", "window", "department"],
  "window"
)
const satisfiedOption = customOption(
  "--satisfied <levels>",
  {
    zh: "计为好评的等级，逗号分隔（默认 very_satisfied,satisfied）",
    en: "levels counted as good, comma-separated (default very_satisfied,satisfied)"
  },
  satisfiedOf
)

/** `tongban reviews --events E.csv`: 好差评 statistics, rectification and follow-up. */
export const reviewsCommand = defineCommand({
  name: "reviews",
  description: {
    zh: "好差评统计：好评/中评/差评率、主动评价率、差评整改与回访",
    en: "good/bad review statistics: rates, active rate, rectification and follow-up"
  },
  formats: ["table", "json", "csv"],
  options: [
    eventsOption,
    reviewPeriodOption,
    limitOption,
    asOfOption,
    groupByOption,
    levelCodesOption,
    satisfiedOption,
    provisionalOption
  ],
  run: ({ get, ctx }) => {
    const calendar = calendarFor(ctx, [], get(provisionalOption))
    if (!calendar.ok) return calendar
    const levelCodes = get(levelCodesOption)
    const satisfied = get(satisfiedOption)
    const asOfText = get(asOfOption)
    const asOf = asOfText === undefined ? undefined : parseLocalDate(asOfText, { path: ["--as-of"] })
    if (asOf !== undefined && !asOf.ok) return asOf
    const events = readEvents(ctx, get(eventsOption), levelCodes === undefined ? {} : { levelCodes })
    if (!events.ok) return events
    const period = get(reviewPeriodOption)
    const limit = get(limitOption)
    const stats = reviewStats(events.value, {
      calendar: calendar.value,
      groupBy: get(groupByOption),
      ...(satisfied === undefined ? {} : { satisfied }),
      ...(period === undefined ? {} : { period }),
      ...(limit === undefined ? {} : { limit }),
      ...(asOf === undefined ? {} : { asOf: asOf.value })
    })
    if (!stats.ok) return stats
    const s = stats.value
    const zh = ctx.lang === "zh"
    const columns = [
      "group",
      "evaluations",
      "goodRate",
      "mediumRate",
      "badRate",
      "activeRate",
      "bad",
      "rectifiedRate",
      "onTimeRate",
      "followUpRate"
    ]
    const row = (id: string, t: typeof s.total) => [
      id,
      t.evaluations,
      t.goodRate ?? "",
      t.mediumRate ?? "",
      t.badRate ?? "",
      t.activeRate ?? "",
      t.bad,
      t.rectifiedRate ?? "",
      t.onTimeRate ?? "",
      t.followUpRate ?? ""
    ]
    return {
      ok: true,
      value: {
        json: s,
        table: { columns, rows: [row(zh ? "合计" : "total", s.total), ...s.groups.map((g) => row(g.id, g))] },
        footer: [
          "",
          `${zh ? "整改时限" : "rectification limit"}: ${s.limit.amount} ${s.limit.unit}; ${zh ? "申诉成立剔除" : "removed by upheld appeals"}: ${s.excludedByAppeal}; ${zh ? "无编号无法跟踪的差评" : "bad reviews without an id"}: ${s.untracked}`,
          `${zh ? "（比率为百分数，两位小数，四舍五入）" : "(rates are percentages with two decimals, rounded half away from zero)"}`
        ]
      }
    }
  }
})
