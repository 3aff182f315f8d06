/**
 * `tongban catalog …`: matter catalogues from `@tongban/catalog`.
 *
 * Glossary: 事项目录 = catalogue; 校验 = validate; 检索 = search;
 * 统计 = stats; 版本比较 = diff; 四减 = the four reductions; 格式转换 =
 * convert.
 *
 * @since 0.1.0
 */
import {
  type Catalogue,
  type ColumnMapping,
  catalogueCompleteness,
  catalogueJsonSchema,
  catalogueStats,
  checkColumnMapping,
  diffCatalogues,
  type FourReductions,
  formatOfPath,
  type ImportedCatalogue,
  type MatchKind,
  type MatterCompleteness,
  type MatterStats,
  matterTemplateCsv,
  searchMatters,
  validateCatalogue,
  writeCatalogue
} from "@tongban/catalog"
import { countIssues, fail, type Issue, issueToJson, type Message, parseJson, type Result } from "@tongban/core"
import { defineCommand, defineGroup } from "../command.js"
import { type Context, type Format, UsageError } from "../context.js"
import { argument, flagOption, listOption, optionalNumberOption, textOption } from "../options.js"
import { readCatalogueFile } from "./readers.js"

const columnsOption = textOption("--columns <mapping.json>", {
  zh: '列映射文件：{ "文件中的列名": "事项表的列名" }',
  en: 'column mapping file: { "name in the file": "column of the matter table" }'
})

/** The user's column mapping, when `--columns` names one. */
const mappingOf = (ctx: Context, path: string | undefined): Result<ColumnMapping | undefined> => {
  if (path === undefined) return { ok: true, value: undefined }
  const parsed = parseJson(ctx.readText(path))
  if (!parsed.ok) return parsed
  return checkColumnMapping(parsed.value)
}

/** Reads a catalogue leniently: the list as it is, with its issues; `columnsFile` is a `--columns` mapping. */
const load = (ctx: Context, path: string, columnsFile?: string): Result<ImportedCatalogue> => {
  const mapping = mappingOf(ctx, columnsFile)
  if (!mapping.ok) return mapping
  return readCatalogueFile(ctx, path, mapping.value)
}

/** Reads a catalogue strictly (for commands that write one back). */
const loadStrict = (ctx: Context, path: string): Result<Catalogue> => {
  const r = load(ctx, path)
  if (!r.ok) return r
  return r.value.issues.length > 0 ? fail(r.value.issues) : validateCatalogue(r.value.catalogue)
}

/** A note for standard error: how many errors and warnings the list has (search and stats work on it anyway). */
/** A count with its English noun: "1 error", "2 errors". */
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`

const summarise = (ctx: Context, path: string, issues: ReadonlyArray<Issue>): ReadonlyArray<string> => {
  if (issues.length === 0) return []
  const { errors, warnings } = countIssues(issues)
  return [
    ctx.t({
      zh: `${path}：${errors} 个错误，${warnings} 个警告（tongban catalog validate ${path} 列出全部）`,
      en: `${path}: ${count(errors, "error")}, ${count(warnings, "warning")} (tongban catalog validate ${path} lists them)`
    })
  ]
}

/**
 * A table's column names: in the user's language in the table people read
 * (`--format table`); in CSV the stable English names, like the keys of JSON,
 * so that a program reading it does not depend on `--lang`.
 */
const heads = (format: Format, ctx: Context, names: ReadonlyArray<Message>): Array<string> =>
  names.map((name) => (format === "table" ? ctx.t(name) : name.en))

/** How a search hit matched, as the table shows it (JSON and CSV keep the kind itself). */
const matchLabels: Readonly<Record<MatchKind, Message>> = {
  name: { zh: "名称", en: "name" },
  pinyin: { zh: "拼音", en: "pinyin" },
  initials: { zh: "首字母", en: "initials" },
  code: { zh: "编码", en: "code" }
}

const pct = (share: number | undefined): string => (share === undefined ? "—" : `${(share * 100).toFixed(1)}%`)

const statsRow = (name: string, s: MatterStats): Array<string | number> => [
  name,
  s.matters,
  pct(s.immediateShare),
  pct(s.fullyOnlineShare),
  pct(s.atMostOneTripShare),
  pct(s.zeroTripShare),
  pct(s.meanCompression),
  pct(s.windowApprovedShare)
]

const reductionRows = (lang: "zh" | "en", four: FourReductions): Array<Array<string | number>> =>
  (
    [
      ["steps", "减环节"],
      ["materials", "减材料"],
      ["time", "减时限（工作日）"],
      ["trips", "减跑动"]
    ] as const
  ).map(([key, zh]) => {
    const r = four[key]
    return [
      lang === "zh" ? zh : key,
      Math.round(r.before * 10) / 10,
      Math.round(r.after * 10) / 10,
      Math.round(r.reduction * 10) / 10,
      r.percent === undefined ? "—" : `${r.percent.toFixed(1)}%`
    ]
  })

const catalogueFile = argument("file", { zh: "目录文件", en: "catalogue file" })
const strictOption = flagOption("--strict", {
  zh: "警告（数据不完整）也算不通过",
  en: "fail on warnings (incomplete data) too"
})

const validate = defineCommand({
  name: "validate",
  description: {
    zh: "校验目录文件（JSON、CSV 或 XLSX）：有错误时退出码 1，只有警告时 0（--strict 时 1）",
    en: "validate a catalogue file (JSON, CSV or XLSX): exit 1 on errors, 0 with warnings only (1 with --strict)"
  },
  formats: ["table", "json"],
  args: [catalogueFile],
  options: [strictOption, columnsOption],
  run: ({ get, ctx, format }) => {
    const r = load(ctx, get(catalogueFile), get(columnsOption))
    if (!r.ok) return r
    const { catalogue: c, issues } = r.value
    const { errors, warnings } = countIssues(issues)
    const failed = errors > 0 || (get(strictOption) && warnings > 0)
    const counts = [c.departments.length, c.windows.length, c.matters.length, c.bundles.length]
    const value = {
      json: {
        ok: !failed,
        errors,
        warnings,
        issues: issues.map(issueToJson),
        departments: counts[0],
        windows: counts[1],
        matters: counts[2],
        bundles: counts[3]
      },
      table: {
        columns: heads(format, ctx, [
          { zh: "通过", en: "ok" },
          { zh: "错误", en: "errors" },
          { zh: "警告", en: "warnings" },
          { zh: "部门", en: "departments" },
          { zh: "窗口", en: "windows" },
          { zh: "事项", en: "matters" },
          { zh: "一件事", en: "bundles" }
        ]),
        rows: [[failed ? "✗" : "✓", errors, warnings, ...counts]]
      }
    }
    if (failed) return { ok: false, issues, value }
    return { ok: true, value: { ...value, warnings: issues } }
  }
})

const query = argument("query", { zh: "检索词，如 yyzz", en: "query, e.g. yyzz" })
const departmentOption = listOption("--department <id...>", { zh: "限定部门标识", en: "only these department ids" })
const typeOption = listOption("--type <code...>", { zh: "限定事项类型代码", en: "only these matter type codes" })
const COUNT = { integer: true, min: 0, max: Number.MAX_SAFE_INTEGER } as const
const maxTripsOption = optionalNumberOption(
  "--max-trips <n>",
  { zh: "到现场次数上限", en: "at most this many trips" },
  COUNT
)
const limitOption = optionalNumberOption(
  "--limit <n>",
  { zh: "最多显示条数（默认 20）", en: "most hits shown (default 20)" },
  COUNT
)

const search = defineCommand({
  name: "search",
  description: {
    zh: "按名称、拼音（全拼或首字母）或编码检索事项",
    en: "search matters by name, pinyin (full or initials) or code"
  },
  formats: ["table", "json", "csv"],
  args: [catalogueFile, query],
  options: [departmentOption, typeOption, maxTripsOption, limitOption, columnsOption],
  run: ({ get, ctx, format }) => {
    const r = load(ctx, get(catalogueFile), get(columnsOption))
    if (!r.ok) return r
    const notes = summarise(ctx, get(catalogueFile), r.value.issues)
    const departments = get(departmentOption)
    const types = get(typeOption)
    const maxTrips = get(maxTripsOption)
    const limit = get(limitOption)
    // A list's departments often have only the ids the importer gave them (d1, d2, …): people read the name.
    const names = new Map(r.value.catalogue.departments.map((d) => [d.id, d.name ?? d.id]))
    const departmentName = (id: string | undefined): string => (id === undefined ? "—" : (names.get(id) ?? id))
    const hits = searchMatters(r.value.catalogue, get(query), {
      ...(departments === undefined ? {} : { departments }),
      ...(types === undefined ? {} : { types }),
      ...(maxTrips === undefined ? {} : { maxTrips }),
      ...(limit === undefined ? {} : { limit })
    })
    return {
      ok: true,
      value: {
        json: hits.map((h) => ({
          score: h.score,
          match: h.match,
          name: h.matter.name,
          code: h.matter.implementationCode ?? h.matter.localCode ?? null,
          department: h.matter.department ?? null
        })),
        table: {
          columns: heads(format, ctx, [
            { zh: "得分", en: "score" },
            { zh: "匹配", en: "match" },
            { zh: "事项名称", en: "name" },
            { zh: "编码", en: "code" },
            { zh: "部门", en: "department" }
          ]),
          rows: hits.map((h) => [
            h.score.toFixed(1),
            format === "table" ? ctx.t(matchLabels[h.match]) : h.match,
            h.matter.name,
            h.matter.implementationCode ?? h.matter.localCode ?? "—",
            departmentName(h.matter.department)
          ])
        },
        notes
      }
    }
  }
})

const stats = defineCommand({
  name: "stats",
  description: {
    zh: "目录统计：即办件、全程网办、最多跑一次、零跑动、时限压缩率、窗口授权",
    en: "catalogue statistics: immediate, fully online, at most one trip, zero trips, compression, window authority"
  },
  formats: ["table", "json", "csv"],
  args: [catalogueFile],
  options: [columnsOption],
  run: ({ get, ctx, format }) => {
    const r = load(ctx, get(catalogueFile), get(columnsOption))
    if (!r.ok) return r
    const notes = summarise(ctx, get(catalogueFile), r.value.issues)
    const s = catalogueStats(r.value.catalogue)
    const c = catalogueCompleteness(r.value.catalogue)
    const completeOf = (id: string): MatterCompleteness | undefined =>
      c.departments.find((d) => d.id === id)?.completeness
    const lacking = c.overall.elements.filter((e) => e.share !== undefined && e.share < 1)
    // Per department and element: where departments differ, the (at most three) that carry the element least.
    const lowest = (element: string): string => {
      const shares = c.departments.flatMap((d) => {
        const share = d.completeness.elements.find((e) => e.element === element)?.share
        return share === undefined ? [] : [{ name: d.name, share }]
      })
      if (new Set(shares.map((d) => d.share)).size < 2) return ""
      const least = shares
        .filter((d) => d.share < 1)
        .sort((a, b) => a.share - b.share)
        .slice(0, 3)
      const named = least.map((d) => `${d.name} ${pct(d.share)}`)
      return ctx.t({ zh: `；最低：${named.join("、")}`, en: `; lowest: ${named.join(", ")}` })
    }
    return {
      ok: true,
      value: {
        json: { ...s, completeness: c },
        table: {
          columns: heads(format, ctx, [
            { zh: "部门", en: "department" },
            { zh: "事项数", en: "matters" },
            { zh: "即办件", en: "immediate" },
            { zh: "全程网办", en: "fullyOnline" },
            { zh: "最多跑一次", en: "≤1 trip" },
            { zh: "零跑动", en: "0 trips" },
            { zh: "时限压缩率", en: "compression" },
            { zh: "窗口审批", en: "windowApproved" },
            { zh: "完整度", en: "complete" }
          ]),
          rows: [
            ...s.departments.map((d) => [...statsRow(d.name, d.stats), pct(completeOf(d.id)?.share)]),
            [...statsRow(ctx.t({ zh: "合计", en: "overall" }), s.overall), pct(c.overall.share)]
          ]
        },
        footer:
          lacking.length === 0
            ? []
            : [
                ctx.t({
                  zh: "要素完整度（携带该要素的事项占比）：",
                  en: "completeness (share of matters carrying each element):"
                }),
                ...lacking.map(
                  (e) => `  ${ctx.t(e.label)}: ${pct(e.share)} (${e.carried}/${c.overall.matters})${lowest(e.element)}`
                )
              ],
        notes
      }
    }
  }
})

const older = argument("old", { zh: "旧版本", en: "older version" })
const newer = argument("new", { zh: "新版本", en: "newer version" })

const diff = defineCommand({
  name: "diff",
  description: {
    zh: "比较两个版本：新增、取消、变更事项与四减",
    en: "compare two versions: matters added, removed, changed, and the four reductions"
  },
  formats: ["table", "json", "csv"],
  args: [older, newer],
  run: ({ get, ctx, format }) => {
    const a = load(ctx, get(older))
    const b = load(ctx, get(newer))
    if (!a.ok || !b.ok) return { ok: false, issues: [...(a.ok ? [] : a.issues), ...(b.ok ? [] : b.issues)] }
    const notes = [...summarise(ctx, get(older), a.value.issues), ...summarise(ctx, get(newer), b.value.issues)]
    const d = diffCatalogues(a.value.catalogue, b.value.catalogue)
    return {
      ok: true,
      value: {
        json: {
          added: d.added.map((m) => ({ code: m.implementationCode ?? m.localCode ?? null, name: m.name })),
          removed: d.removed.map((m) => ({ code: m.implementationCode ?? m.localCode ?? null, name: m.name })),
          changed: d.changed.map((c) => ({ code: c.code, name: c.name, fields: c.changes.map((x) => x.field) })),
          fourReductions: d.fourReductions,
          totals: d.totals
        },
        table: {
          columns: heads(format, ctx, [
            { zh: "四减", en: "reduction" },
            { zh: "改革前", en: "before" },
            { zh: "改革后", en: "after" },
            { zh: "减少", en: "reduced" },
            { zh: "减少 %", en: "%" }
          ]),
          rows: [
            ...reductionRows(ctx.lang, d.fourReductions),
            [
              ctx.t({
                zh: `新增 ${d.added.length}，取消 ${d.removed.length}，变更 ${d.changed.length}`,
                en: `added ${d.added.length}, removed ${d.removed.length}, changed ${d.changed.length}`
              }),
              "",
              "",
              "",
              ""
            ]
          ]
        },
        notes
      }
    }
  }
})

const schema = defineCommand({
  name: "schema",
  description: { zh: "输出目录的 JSON Schema", en: "print the catalogue's JSON Schema" },
  formats: ["json"],
  run: () => ({ ok: true, value: { json: catalogueJsonSchema() } })
})

const template = defineCommand({
  name: "template",
  description: {
    zh: "输出事项表的表头行（CSV），填好后即可导入",
    en: "print the header row of the matter table (CSV), to fill in and import"
  },
  formats: ["csv"],
  run: () => ({ ok: true, value: { text: matterTemplateCsv().trimEnd() } })
})

const input = argument("in", { zh: "输入文件", en: "input file" })
const output = argument("out", { zh: "输出文件（.json、.csv 或 .xlsx）", en: "output file (.json, .csv or .xlsx)" })

const convert = defineCommand({
  name: "convert",
  description: {
    zh: "在 JSON、CSV、XLSX 之间转换（按扩展名）",
    en: "convert between JSON, CSV and XLSX (by extension)"
  },
  formats: ["table", "json"],
  args: [input, output],
  run: ({ get, ctx, format }) => {
    const target = formatOfPath(get(output))
    if (target === undefined) {
      throw new UsageError({
        zh: "输出文件的扩展名应为 .json、.csv 或 .xlsx",
        en: "the output file must end in .json, .csv or .xlsx"
      })
    }
    const r = loadStrict(ctx, get(input))
    if (!r.ok) return r
    ctx.writeFile(get(output), writeCatalogue(r.value, target))
    const notes =
      target === "csv" && (r.value.windows.length > 0 || r.value.bundles.length > 0)
        ? [
            ctx.t({
              zh: "注意：CSV 只含事项表，窗口与一件事未写出（用 JSON 或 XLSX 保留）",
              en: "note: CSV holds the matter table only; windows and bundles were not written (use JSON or XLSX to keep them)"
            })
          ]
        : []
    return {
      ok: true,
      value: {
        json: { ok: true, matters: r.value.matters.length, to: target },
        table: {
          columns: heads(format, ctx, [
            { zh: "通过", en: "ok" },
            { zh: "事项", en: "matters" },
            { zh: "写为", en: "to" }
          ]),
          rows: [["✓", r.value.matters.length, target]]
        },
        notes
      }
    }
  }
})

/**
 * `tongban catalog validate|search|stats|diff|schema|template|convert` (e.g.
 * `tongban catalog validate examples/t-county/data/catalogue.json --format json`).
 */
export const catalogCommand = defineGroup({
  name: "catalog",
  description: {
    zh: "政务服务事项目录：校验、检索、统计、版本比较（四减）、JSON Schema、格式转换",
    en: "matter catalogues: validate, search, stats, diff (四减), JSON Schema, convert"
  },
  commands: [validate, search, stats, diff, schema, template, convert]
})
