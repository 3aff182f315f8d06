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
  catalogueJsonSchema,
  catalogueStats,
  detectCatalogueFormat,
  diffCatalogues,
  type FourReductions,
  formatOfPath,
  type MatterStats,
  readCatalogue,
  searchMatters,
  writeCatalogue
} from "@tongban/catalog"
import type { Result } from "@tongban/core"
import { defineCommand, defineGroup } from "../command.js"
import { type Context, UsageError } from "../context.js"
import { argument, listOption, optionalNumberOption } from "../options.js"

const load = (ctx: Context, path: string): Result<Catalogue> => {
  const bytes = ctx.readBytes(path)
  return readCatalogue(bytes, detectCatalogueFormat(path, bytes))
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

const validate = defineCommand({
  name: "validate",
  description: { zh: "校验目录文件（JSON、CSV 或 XLSX）", en: "validate a catalogue file (JSON, CSV or XLSX)" },
  formats: ["table", "json"],
  args: [catalogueFile],
  run: ({ get, ctx }) => {
    const r = load(ctx, get(catalogueFile))
    if (!r.ok) return r
    const c = r.value
    return {
      ok: true,
      value: {
        json: {
          ok: true,
          issues: [],
          departments: c.departments.length,
          windows: c.windows.length,
          matters: c.matters.length,
          bundles: c.bundles.length
        },
        table: {
          columns: ["ok", "departments", "windows", "matters", "bundles"],
          rows: [["✓", c.departments.length, c.windows.length, c.matters.length, c.bundles.length]]
        }
      }
    }
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
  options: [departmentOption, typeOption, maxTripsOption, limitOption],
  run: ({ get, ctx }) => {
    const r = load(ctx, get(catalogueFile))
    if (!r.ok) return r
    const departments = get(departmentOption)
    const types = get(typeOption)
    const maxTrips = get(maxTripsOption)
    const limit = get(limitOption)
    const hits = searchMatters(r.value, get(query), {
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
          code: h.matter.implementationCode,
          department: h.matter.department
        })),
        table: {
          columns: ["score", "match", "name", "code", "department"],
          rows: hits.map((h) => [
            h.score.toFixed(1),
            h.match,
            h.matter.name,
            h.matter.implementationCode,
            h.matter.department
          ])
        }
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
  run: ({ get, ctx }) => {
    const r = load(ctx, get(catalogueFile))
    if (!r.ok) return r
    const s = catalogueStats(r.value)
    return {
      ok: true,
      value: {
        json: s,
        table: {
          columns: [
            "department",
            "matters",
            "immediate",
            "fullyOnline",
            "≤1 trip",
            "0 trips",
            "compression",
            "windowApproved"
          ],
          rows: [
            ...s.departments.map((d) => statsRow(d.name, d.stats)),
            statsRow(ctx.t({ zh: "合计", en: "overall" }), s.overall)
          ]
        }
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
  run: ({ get, ctx }) => {
    const a = load(ctx, get(older))
    const b = load(ctx, get(newer))
    if (!a.ok || !b.ok) return { ok: false, issues: [...(a.ok ? [] : a.issues), ...(b.ok ? [] : b.issues)] }
    const d = diffCatalogues(a.value, b.value)
    return {
      ok: true,
      value: {
        json: {
          added: d.added.map((m) => ({ code: m.implementationCode, name: m.name })),
          removed: d.removed.map((m) => ({ code: m.implementationCode, name: m.name })),
          changed: d.changed.map((c) => ({ code: c.code, name: c.name, fields: c.changes.map((x) => x.field) })),
          fourReductions: d.fourReductions,
          totals: d.totals
        },
        table: {
          columns: [ctx.t({ zh: "四减", en: "reduction" }), "before", "after", "reduced", "%"],
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
        }
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
  run: ({ get, ctx }) => {
    const target = formatOfPath(get(output))
    if (target === undefined) {
      throw new UsageError({
        zh: "输出文件的扩展名应为 .json、.csv 或 .xlsx",
        en: "the output file must end in .json, .csv or .xlsx"
      })
    }
    const r = load(ctx, get(input))
    if (!r.ok) return r
    ctx.writeFile(get(output), writeCatalogue(r.value, target))
    if (target === "csv" && (r.value.windows.length > 0 || r.value.bundles.length > 0)) {
      ctx.io.stderr(
        ctx.t({
          zh: "注意：CSV 只含事项表，窗口与一件事未写出（用 JSON 或 XLSX 保留）\n",
          en: "note: CSV holds the matter table only; windows and bundles were not written (use JSON or XLSX to keep them)\n"
        })
      )
    }
    return {
      ok: true,
      value: {
        json: { ok: true, matters: r.value.matters.length, to: target },
        table: { columns: ["ok", "matters", "to"], rows: [["✓", r.value.matters.length, target]] }
      }
    }
  }
})

/**
 * `tongban catalog validate|search|stats|diff|schema|convert` (e.g.
 * `tongban catalog validate examples/t-county/data/catalogue.json --format json`).
 */
export const catalogCommand = defineGroup({
  name: "catalog",
  description: {
    zh: "政务服务事项目录：校验、检索、统计、版本比较（四减）、JSON Schema、格式转换",
    en: "matter catalogues: validate, search, stats, diff (四减), JSON Schema, convert"
  },
  commands: [validate, search, stats, diff, schema, convert]
})
