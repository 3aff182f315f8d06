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
  type CatalogueFormat,
  catalogueJsonSchema,
  catalogueStats,
  diffCatalogues,
  type FourReductions,
  formatOfPath,
  type MatterStats,
  readCatalogue,
  searchMatters,
  writeCatalogue
} from "@tongban/catalog"
import type { Result } from "@tongban/core"
import { type Context, ExitCode, UsageError } from "../context.js"
import type { Registrar } from "../program.js"

const text = (value: unknown): string => (typeof value === "string" ? value : "")

const bytesOf = (ctx: Context, path: string): Uint8Array => {
  const read = ctx.io.readFile(path)
  if (!read.ok) {
    throw new UsageError({ zh: `无法读取文件 ${path}：${read.reason}`, en: `cannot read file ${path}: ${read.reason}` })
  }
  return read.bytes
}

/** The format of a file: its extension, else its first bytes (zip → xlsx, `{` → json, else csv). */
const formatOf = (path: string, bytes: Uint8Array): CatalogueFormat => {
  const byName = formatOfPath(path)
  if (byName !== undefined) return byName
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "xlsx"
  let i = bytes[0] === 0xef ? 3 : 0
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++
  return bytes[i] === 0x7b ? "json" : "csv"
}

const load = (ctx: Context, path: string): Result<Catalogue> => {
  const bytes = bytesOf(ctx, path)
  return readCatalogue(bytes, formatOf(path, bytes))
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

/**
 * Adds `tongban catalog validate|search|stats|diff|schema|convert`.
 *
 * @example
 * ```ts
 * import { run } from "@tongban/cli"
 * // tongban catalog validate examples/t-county/data/catalogue.json --format json
 * typeof run // "function"
 * ```
 *
 * @since 0.1.0
 * @category commands
 */
export const registerCatalog = ({ program, ctx, action }: Registrar): void => {
  const catalog = program.command("catalog").description(
    ctx.t({
      zh: "政务服务事项目录：校验、检索、统计、版本比较（四减）、JSON Schema、格式转换",
      en: "matter catalogues: validate, search, stats, diff (四减), JSON Schema, convert"
    })
  )

  catalog
    .command("validate")
    .description(
      ctx.t({ zh: "校验目录文件（JSON、CSV 或 XLSX）", en: "validate a catalogue file (JSON, CSV or XLSX)" })
    )
    .argument("<file>", ctx.t({ zh: "目录文件", en: "catalogue file" }))
    .action(
      action((file) => {
        const format = ctx.format(["table", "json"], "table")
        const r = load(ctx, text(file))
        if (!r.ok) {
          ctx.printIssues(r.issues, format)
          return ExitCode.invalid
        }
        const c = r.value
        ctx.print(
          {
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
          },
          format
        )
        return ExitCode.ok
      })
    )

  catalog
    .command("search")
    .description(
      ctx.t({
        zh: "按名称、拼音（全拼或首字母）或编码检索事项",
        en: "search matters by name, pinyin (full or initials) or code"
      })
    )
    .argument("<file>", ctx.t({ zh: "目录文件", en: "catalogue file" }))
    .argument("<query>", ctx.t({ zh: "检索词，如 yyzz", en: "query, e.g. yyzz" }))
    .option("--department <id...>", ctx.t({ zh: "限定部门标识", en: "only these department ids" }))
    .option("--type <code...>", ctx.t({ zh: "限定事项类型代码", en: "only these matter type codes" }))
    .option("--max-trips <n>", ctx.t({ zh: "到现场次数上限", en: "at most this many trips" }))
    .option("--limit <n>", ctx.t({ zh: "最多显示条数（默认 20）", en: "most hits shown (default 20)" }))
    .action(
      action((file, query, options) => {
        const format = ctx.format(["table", "json", "csv"], "table")
        const opts = typeof options === "object" && options !== null ? options : {}
        const list = (key: string): Array<string> | undefined => {
          const v: unknown = Reflect.get(opts, key)
          return Array.isArray(v) ? v.map(String) : undefined
        }
        const count = (key: string): number | undefined => {
          const v: unknown = Reflect.get(opts, key)
          if (v === undefined) return undefined
          const n = Number(v)
          if (!Number.isInteger(n) || n < 0) {
            throw new UsageError({ zh: `--${key} 应为非负整数`, en: `--${key} must be a whole number ≥ 0` })
          }
          return n
        }
        const r = load(ctx, text(file))
        if (!r.ok) {
          ctx.printIssues(r.issues, format)
          return ExitCode.invalid
        }
        const departments = list("department")
        const types = list("type")
        const maxTrips = count("maxTrips")
        const limit = count("limit")
        const hits = searchMatters(r.value, text(query), {
          ...(departments === undefined ? {} : { departments }),
          ...(types === undefined ? {} : { types }),
          ...(maxTrips === undefined ? {} : { maxTrips }),
          ...(limit === undefined ? {} : { limit })
        })
        ctx.print(
          {
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
          },
          format
        )
        return ExitCode.ok
      })
    )

  catalog
    .command("stats")
    .description(
      ctx.t({
        zh: "目录统计：即办件、全程网办、最多跑一次、零跑动、时限压缩率、窗口授权",
        en: "catalogue statistics: immediate, fully online, at most one trip, zero trips, compression, window authority"
      })
    )
    .argument("<file>", ctx.t({ zh: "目录文件", en: "catalogue file" }))
    .action(
      action((file) => {
        const format = ctx.format(["table", "json", "csv"], "table")
        const r = load(ctx, text(file))
        if (!r.ok) {
          ctx.printIssues(r.issues, format)
          return ExitCode.invalid
        }
        const stats = catalogueStats(r.value)
        ctx.print(
          {
            json: stats,
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
                ...stats.departments.map((d) => statsRow(d.name, d.stats)),
                statsRow(ctx.t({ zh: "合计", en: "overall" }), stats.overall)
              ]
            }
          },
          format
        )
        return ExitCode.ok
      })
    )

  catalog
    .command("diff")
    .description(
      ctx.t({
        zh: "比较两个版本：新增、取消、变更事项与四减",
        en: "compare two versions: matters added, removed, changed, and the four reductions"
      })
    )
    .argument("<old>", ctx.t({ zh: "旧版本", en: "older version" }))
    .argument("<new>", ctx.t({ zh: "新版本", en: "newer version" }))
    .action(
      action((oldFile, newFile) => {
        const format = ctx.format(["table", "json", "csv"], "table")
        const a = load(ctx, text(oldFile))
        const b = load(ctx, text(newFile))
        if (!a.ok || !b.ok) {
          ctx.printIssues([...(a.ok ? [] : a.issues), ...(b.ok ? [] : b.issues)], format)
          return ExitCode.invalid
        }
        const d = diffCatalogues(a.value, b.value)
        ctx.print(
          {
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
          },
          format
        )
        return ExitCode.ok
      })
    )

  catalog
    .command("schema")
    .description(ctx.t({ zh: "输出目录的 JSON Schema", en: "print the catalogue's JSON Schema" }))
    .action(
      action(() => {
        ctx.print({ json: catalogueJsonSchema() }, "json")
        return ExitCode.ok
      })
    )

  catalog
    .command("convert")
    .description(
      ctx.t({ zh: "在 JSON、CSV、XLSX 之间转换（按扩展名）", en: "convert between JSON, CSV and XLSX (by extension)" })
    )
    .argument("<in>", ctx.t({ zh: "输入文件", en: "input file" }))
    .argument("<out>", ctx.t({ zh: "输出文件（.json、.csv 或 .xlsx）", en: "output file (.json, .csv or .xlsx)" }))
    .action(
      action((input, output) => {
        const format = ctx.format(["table", "json"], "table")
        const target = formatOfPath(text(output))
        if (target === undefined) {
          throw new UsageError({
            zh: "输出文件的扩展名应为 .json、.csv 或 .xlsx",
            en: "the output file must end in .json, .csv or .xlsx"
          })
        }
        const r = load(ctx, text(input))
        if (!r.ok) {
          ctx.printIssues(r.issues, format)
          return ExitCode.invalid
        }
        const written = ctx.io.writeFile(text(output), writeCatalogue(r.value, target))
        if (!written.ok) {
          throw new UsageError({
            zh: `无法写入 ${text(output)}：${written.reason}`,
            en: `cannot write ${text(output)}: ${written.reason}`
          })
        }
        if (target === "csv" && (r.value.windows.length > 0 || r.value.bundles.length > 0)) {
          ctx.io.stderr(
            ctx.t({
              zh: "注意：CSV 只含事项表，窗口与一件事未写出（用 JSON 或 XLSX 保留）\n",
              en: "note: CSV holds the matter table only; windows and bundles were not written (use JSON or XLSX to keep them)\n"
            })
          )
        }
        ctx.print(
          {
            json: { ok: true, matters: r.value.matters.length, to: target },
            table: { columns: ["ok", "matters", "to"], rows: [["✓", r.value.matters.length, target]] }
          },
          format
        )
        return ExitCode.ok
      })
    )
}
