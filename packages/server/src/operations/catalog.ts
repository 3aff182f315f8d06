// The operations of @tongban/catalog: validation, search (over the body's
// catalogue or the one loaded at start-up), statistics, version diff with
// the four reductions, and the completeness of a list as a county keeps it.
//
// Glossary: 事项目录 = matter catalogue, 四减 = four reductions,
// 要素完整度 = completeness of the elements.
import {
  type Catalogue,
  CatalogueSchema,
  catalogueCompleteness,
  catalogueStats,
  diffCatalogues,
  importCatalogueCsv,
  searchMatters,
  validateCatalogue
} from "@tongban/catalog"
import { fail, ok, prefixIssues, type Result } from "@tongban/core"
import * as z from "zod"
import { exampleCatalogue, exampleCatalogue2019 } from "../internal/examples.js"
import { serverCodes } from "../IssueCodes.js"
import { defineOperation, type Operation } from "../Operation.js"

// The catalogue of a body, checked beyond its shape (unique codes, references,
// promised within statutory limits), its issues located under `at`.
const checked = (input: Catalogue, at: string): Result<Catalogue> => {
  const r = validateCatalogue(input)
  return r.ok ? r : fail(prefixIssues(r.issues, [at]))
}

const validate = defineOperation({
  id: "catalogValidate",
  path: "/catalog/validate",
  tag: "catalog",
  summary: {
    zh: "目录校验：形状之外还检查编码唯一、引用可解析、承诺时限不超过法定时限、校验位等，问题逐条定位",
    en: "validate a catalogue: beyond its shape, unique codes, resolvable references, promised within statutory limits, check characters; every problem located"
  },
  heavy: false,
  body: z.strictObject({ catalogue: CatalogueSchema }),
  example: { catalogue: exampleCatalogue },
  invalidExample: { catalogue: { ...exampleCatalogue, departments: [] } },
  run: (body) => {
    const r = checked(body.catalogue, "catalogue")
    if (!r.ok) return r
    const c = r.value
    return ok({
      valid: true,
      departments: c.departments.length,
      windows: c.windows.length,
      matters: c.matters.length,
      bundles: c.bundles.length
    })
  }
})

const search = defineOperation({
  id: "catalogSearch",
  path: "/catalog/search",
  tag: "catalog",
  summary: {
    zh: "事项检索：按名称、全拼、拼音首字母（如 yyzz）或编码检索，可按部门、类型、跑动次数筛选；不带目录时检索服务启动时载入的目录",
    en: "search matters by name, pinyin, pinyin initials (yyzz) or code, filtered by department, type or trips; without a catalogue, the one the server loaded at start-up"
  },
  heavy: false,
  body: z.strictObject({
    query: z.string().max(200),
    catalogue: CatalogueSchema.exactOptional(),
    departments: z.array(z.string().max(64)).max(1000).exactOptional(),
    types: z.array(z.string().max(8)).max(1000).exactOptional(),
    maxTrips: z.int().min(0).max(100).exactOptional(),
    limit: z.int().min(1).max(500).exactOptional()
  }),
  example: { query: "yyzz", catalogue: exampleCatalogue },
  invalidExample: { query: 42, catalogue: exampleCatalogue },
  run: (body, context) => {
    const catalogue = body.catalogue ?? context.catalogue
    if (catalogue === undefined) return fail(serverCodes.issue("catalogue_missing", { path: ["catalogue"] }))
    const hits = searchMatters(catalogue, body.query, {
      ...(body.departments === undefined ? {} : { departments: body.departments }),
      ...(body.types === undefined ? {} : { types: body.types }),
      ...(body.maxTrips === undefined ? {} : { maxTrips: body.maxTrips }),
      ...(body.limit === undefined ? {} : { limit: body.limit })
    })
    return ok({ total: hits.length, hits })
  }
})

const stats = defineOperation({
  id: "catalogStats",
  path: "/catalog/stats",
  tag: "catalog",
  summary: {
    zh: "目录统计：即办件、全程网办、最多跑一次、窗口授权占比，各部门分列，以及多部门要求的同一材料（数据共享候选）",
    en: "catalogue statistics: shares of immediate, fully online, at-most-one-trip and window-authorised matters, per department, and materials several departments demand (data-sharing candidates)"
  },
  heavy: false,
  body: z.strictObject({ catalogue: CatalogueSchema }),
  example: { catalogue: exampleCatalogue },
  invalidExample: { catalogue: { ...exampleCatalogue, matters: "none" } },
  run: (body) => {
    const r = checked(body.catalogue, "catalogue")
    return r.ok ? ok(catalogueStats(r.value)) : r
  }
})

const diff = defineOperation({
  id: "catalogDiff",
  path: "/catalog/diff",
  tag: "catalog",
  summary: {
    zh: "版本对比：新增、取消、变更的事项，以及四减（环节、材料、时限、跑动）",
    en: "diff two catalogue versions: matters added, removed and changed, and the four reductions (steps, materials, time, trips)"
  },
  heavy: false,
  body: z.strictObject({ before: CatalogueSchema, after: CatalogueSchema }),
  example: { before: exampleCatalogue2019, after: exampleCatalogue },
  invalidExample: { before: exampleCatalogue2019 },
  run: (body) => {
    const before = checked(body.before, "before")
    const after = checked(body.after, "after")
    if (!before.ok || !after.ok) return fail([...(before.ok ? [] : before.issues), ...(after.ok ? [] : after.issues)])
    return ok(diffCatalogues(before.value, after.value))
  }
})

const completeness = defineOperation({
  id: "catalogCompleteness",
  path: "/catalog/completeness",
  tag: "catalog",
  summary: {
    zh: "要素完整度：县里实际保存的清单（CSV 文本，宽松读取）对照实施清单要素，各要素、各部门的填写比例，以及读取时的问题",
    en: "completeness of a list as a county keeps it (CSV text, read leniently) against the implementation-list elements, per element and department, with the issues of the reading"
  },
  heavy: false,
  body: z.strictObject({
    csv: z
      .string()
      .min(1)
      .max(8 * 1024 * 1024)
      .meta({ description: "the matter table as CSV (tongban catalog template)" })
  }),
  example: { csv: "事项名称,实施主体,到办事现场次数\n临时救助,县民政局,1\n最低生活保障,县民政局,\n" },
  invalidExample: { csv: "" },
  run: (body) => {
    const imported = importCatalogueCsv(body.csv)
    if (!imported.ok) return fail(prefixIssues(imported.issues, ["csv"]))
    return ok({
      completeness: catalogueCompleteness(imported.value.catalogue),
      issues: prefixIssues(imported.value.issues, ["csv"])
    })
  }
})

/** The operations of `@tongban/catalog`. */
export const catalogOperations: ReadonlyArray<Operation> = [validate, search, stats, diff, completeness]
