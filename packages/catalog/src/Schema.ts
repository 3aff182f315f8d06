/**
 * The catalogue's data model as zod schemas, with the inferred types and a
 * JSON Schema export, after GB/T 39046—2020 and the national 实施清单
 * exchange elements.
 *
 * Glossary: 政务服务事项目录 = Catalogue, 部门 = Department, 窗口 = Window,
 * 事项 = Matter, 申请材料 = Material, 受理条件 = acceptance condition,
 * 办理环节 = process step, 特别程序 = special procedure, 收费 = fee,
 * 设定依据 = legal basis, 办理结果 = result, 一件事 = Bundle,
 * 牵头部门 = lead department, 法定办结时限 = statutory limit,
 * 承诺办结时限 = promised limit, 到办事现场次数 = on-site trips,
 * 份数 = copies, 免提交 = obtainable from shared data (need not be handed in).
 *
 * @since 0.1.0
 */
import { TimeLimitSchema } from "@tongban/deadline"
import * as z from "zod"
import {
  DEPARTMENT_KINDS,
  EXERCISE_LEVELS,
  HANDLING_FORMS,
  HANDLING_KINDS,
  MATERIAL_FORMS,
  MATERIAL_MEDIA,
  MATERIAL_NECESSITIES,
  MATERIAL_SOURCES,
  ONLINE_DEPTHS,
  SERVICE_OBJECTS,
  WINDOW_AUTHORITIES,
  WINDOW_KINDS
} from "./Codes.js"

const codesOf = <C extends string>(table: ReadonlyArray<{ readonly code: C }>): [C, ...Array<C>] => {
  const [first, ...rest] = table.map((e) => e.code)
  if (first === undefined) throw new RangeError("empty code table")
  return [first, ...rest]
}

const isRealDate = (text: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (m === null) return false
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
  return year >= 1900 && year <= 2200 && day >= 1 && day <= days
}

const text = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((s) => s.trim() === s && !/[\u0000-\u001f]/.test(s), {
      params: {
        code: "text_untidy",
        zh: "文字不能以空白开头或结尾，也不能含换行等控制字符",
        en: "text must not begin or end with white space nor contain line breaks or other control characters"
      }
    })

const longText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((s) => s.trim() === s, {
      params: { code: "text_untidy", zh: "文字不能以空白开头或结尾", en: "text must not begin or end with white space" }
    })

/** A string matching `re`, with a stable issue code and a bilingual message; the pattern shows in the JSON Schema. */
const pattern = (re: RegExp, code: string, zh: string, en: string) =>
  z
    .string()
    .refine((s) => re.test(s), { params: { code, zh, en } })
    .meta({ pattern: re.source })

const identifier = pattern(
  /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/,
  "identifier_invalid",
  "标识应为 1–64 个字母、数字、下划线、点或连字符，以字母或数字开头",
  "an identifier is 1–64 letters, digits, underscores, dots or hyphens, beginning with a letter or digit"
)

/**
 * A calendar date `YYYY-MM-DD` (1900–2200) as it appears in catalogue data.
 *
 * @example
 * ```ts
 * import { DateSchema } from "@tongban/catalog"
 *
 * DateSchema.safeParse("2026-02-30").success // false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const DateSchema = z.string().refine(isRealDate, {
  params: { code: "date_invalid", zh: "日期应为存在的 YYYY-MM-DD（1900–2200 年）", en: "a date must be an existing YYYY-MM-DD in 1900–2200" }
})

/**
 * A department stationed in the centre (进驻部门).
 *
 * @example
 * ```ts
 * import { DepartmentSchema } from "@tongban/catalog"
 *
 * DepartmentSchema.safeParse({ id: "scjg", name: "县市场监督管理局", creditCode: "11522600MB1234567X", kind: "government" }).success // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const DepartmentSchema = z.strictObject({
  /** Short identifier other records refer to. */
  id: identifier,
  name: text(100),
  /** 统一社会信用代码 (GB 32100); its check character is verified by {@link validateCatalogue}. */
  creditCode: z.string().max(64),
  kind: z.enum(codesOf(DEPARTMENT_KINDS))
})

/**
 * A department (see {@link DepartmentSchema}).
 *
 * @since 0.1.0
 * @category models
 */
export type Department = z.infer<typeof DepartmentSchema>

/**
 * A window of the hall: comprehensive (综合窗口) or dedicated (专窗), and the
 * departments whose matters it takes.
 *
 * @example
 * ```ts
 * import { WindowSchema } from "@tongban/catalog"
 *
 * WindowSchema.safeParse({ id: "A01", name: "企业开办综合窗口", kind: "comprehensive", departments: ["scjg"] }).success // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const WindowSchema = z.strictObject({
  id: identifier,
  name: text(100),
  kind: z.enum(codesOf(WINDOW_KINDS)),
  departments: z.array(identifier).max(200)
})

/**
 * A window (see {@link WindowSchema}).
 *
 * @since 0.1.0
 * @category models
 */
export type Window = z.infer<typeof WindowSchema>

/**
 * A material the applicant hands in (申请材料).
 *
 * @example
 * ```ts
 * import { MaterialSchema } from "@tongban/catalog"
 *
 * MaterialSchema.safeParse({
 *   id: "m1", name: "居民身份证", form: "original", medium: "paper",
 *   necessity: "required", source: "20", copies: 1, sharedData: true
 * }).success // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const MaterialSchema = z.strictObject({
  /** Unique within its matter; process steps refer to it. */
  id: identifier,
  name: text(200),
  form: z.enum(codesOf(MATERIAL_FORMS)),
  medium: z.enum(codesOf(MATERIAL_MEDIA)),
  necessity: z.enum(codesOf(MATERIAL_NECESSITIES)),
  source: z.enum(codesOf(MATERIAL_SOURCES)),
  /** 份数. */
  copies: z.number().int().min(0).max(1000),
  /** Obtainable from shared government data, so it need not be handed in (免提交). */
  sharedData: z.boolean()
})

/**
 * A material (see {@link MaterialSchema}).
 *
 * @since 0.1.0
 * @category models
 */
export type Material = z.infer<typeof MaterialSchema>

/**
 * A step of the process (办理环节): its name, who performs it, its own limit,
 * and the materials checked in it.
 *
 * @example
 * ```ts
 * import { StepSchema } from "@tongban/catalog"
 *
 * StepSchema.safeParse({ name: "受理", actor: "窗口", limit: { amount: 1, unit: "working_day" }, materials: ["m1"] }).success // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const StepSchema = z.strictObject({
  name: text(100),
  actor: text(100).optional(),
  limit: TimeLimitSchema.optional(),
  /** Ids of the matter's materials this step checks. */
  materials: z.array(identifier).max(200).optional()
})

/**
 * A process step (see {@link StepSchema}).
 *
 * @since 0.1.0
 * @category models
 */
export type Step = z.infer<typeof StepSchema>

/**
 * A special procedure (特别程序: hearing, expert review, inspection …), whose
 * time does not count toward the limit.
 *
 * @example
 * ```ts
 * import { SpecialProcedureSchema } from "@tongban/catalog"
 *
 * SpecialProcedureSchema.safeParse({ name: "现场核查", limit: { amount: 10, unit: "working_day" } }).success // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const SpecialProcedureSchema = z.strictObject({
  name: text(100),
  limit: TimeLimitSchema.optional()
})

/**
 * A special procedure (see {@link SpecialProcedureSchema}).
 *
 * @since 0.1.0
 * @category models
 */
export type SpecialProcedure = z.infer<typeof SpecialProcedureSchema>

/**
 * A fee (收费项目): name, amount in yuan when fixed, and its basis.
 *
 * @example
 * ```ts
 * import { FeeSchema } from "@tongban/catalog"
 *
 * FeeSchema.safeParse({ name: "工本费", amount: 10, basis: "价格主管部门批复" }).success // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const FeeSchema = z.strictObject({
  name: text(100),
  amount: z.number().min(0).max(1e12).optional(),
  basis: text(500).optional()
})

/**
 * A fee (see {@link FeeSchema}).
 *
 * @since 0.1.0
 * @category models
 */
export type Fee = z.infer<typeof FeeSchema>

/**
 * A matter (政务服务事项) as its implementation list (实施清单) describes it.
 *
 * @example
 * ```ts
 * import { MatterSchema } from "@tongban/catalog"
 *
 * const r = MatterSchema.safeParse({ name: "个体工商户设立登记" })
 * r.success // false: most elements are required
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const MatterSchema = z.strictObject({
  name: text(200),
  /** 基本编码: 12 characters (legacy 10 or 24). */
  basicCode: pattern(
    /^(?:[0-9A-Z]{10}|[0-9A-Z]{12}|[0-9A-Z]{24})$/,
    "basic_code_invalid",
    "基本编码应为 12 位（旧版 10 位或 24 位）数字或大写字母",
    "a basic code is 12 digits or capitals (legacy: 10 or 24)"
  ),
  /** 实施编码: department credit code (18) + exercise level (1) + basic code (12). */
  implementationCode: pattern(
    /^[0-9A-Z]{29,43}$/,
    "implementation_code_invalid",
    "实施编码应为 31 位（信用代码 18 位 + 行使层级 1 位 + 基本编码 12 位）数字或大写字母",
    "an implementation code is 31 digits or capitals (credit code 18 + level 1 + basic code 12)"
  ),
  /** 事项类型: a code of A.1, or one declared in the catalogue's `matterTypes`. */
  type: pattern(/^[0-9A-Za-z]{1,8}$/, "matter_type_invalid", "事项类型代码应为 1–8 位字母或数字", "a matter type code is 1–8 letters or digits"),
  level: z.enum(codesOf(EXERCISE_LEVELS)),
  /** Id of the implementing department (实施主体). */
  department: identifier,
  serviceObjects: z.array(z.enum(codesOf(SERVICE_OBJECTS))).min(1).max(10),
  handlingForms: z.array(z.enum(codesOf(HANDLING_FORMS))).min(1).max(10),
  onlineDepth: z.array(z.enum(codesOf(ONLINE_DEPTHS))).max(10),
  kind: z.enum(codesOf(HANDLING_KINDS)),
  statutoryLimit: TimeLimitSchema,
  promisedLimit: TimeLimitSchema,
  /** 到办事现场次数. */
  trips: z.number().int().min(0).max(100),
  /** Why the applicant must come (required when `trips` is above 0). */
  tripsReason: text(500).optional(),
  materials: z.array(MaterialSchema).max(500),
  conditions: z.array(longText(2000)).max(200),
  steps: z.array(StepSchema).max(100),
  specialProcedures: z.array(SpecialProcedureSchema).max(50),
  fees: z.array(FeeSchema).max(50),
  legalBasis: z.array(longText(2000)).max(100),
  /** 办理结果 (licence, approval document …). */
  result: text(200).optional(),
  place: text(500).optional(),
  hours: text(200).optional(),
  consultPhone: text(100).optional(),
  complaintPhone: text(100).optional(),
  /** 窗口授权: approve at the window, or only collect. */
  windowAuthority: z.enum(codesOf(WINDOW_AUTHORITIES)),
  validFrom: DateSchema.optional(),
  validTo: DateSchema.optional(),
  version: text(40)
})

/**
 * A matter (see {@link MatterSchema}).
 *
 * @since 0.1.0
 * @category models
 */
export type Matter = z.infer<typeof MatterSchema>

/**
 * A bundle (一件事): several matters handled as one, with a lead department,
 * co-operating departments, its own promised limit and trips.
 *
 * @example
 * ```ts
 * import { BundleSchema } from "@tongban/catalog"
 *
 * BundleSchema.safeParse({ id: "qykb", name: "企业开办" }).success // false: lead, members … are required
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const BundleSchema = z.strictObject({
  id: identifier,
  name: text(200),
  lead: identifier,
  partners: z.array(identifier).max(100),
  /** Implementation codes of the member matters. */
  matters: z.array(z.string().max(64)).min(1).max(500),
  promisedLimit: TimeLimitSchema,
  trips: z.number().int().min(0).max(100),
  /** Steps of the joint process (一表申请, 一窗受理 …), when fewer than the members' own. */
  steps: z.number().int().min(0).max(10_000).optional()
})

/**
 * A bundle (see {@link BundleSchema}).
 *
 * @since 0.1.0
 * @category models
 */
export type Bundle = z.infer<typeof BundleSchema>

/**
 * A matter type a catalogue adds to A.1 (e.g. `{ code: "11", name: "行政备案" }`).
 *
 * @example
 * ```ts
 * import { MatterTypeSchema } from "@tongban/catalog"
 *
 * MatterTypeSchema.safeParse({ code: "11", name: "行政备案" }).success // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const MatterTypeSchema = z.strictObject({
  code: pattern(/^[0-9A-Za-z]{1,8}$/, "matter_type_invalid", "事项类型代码应为 1–8 位字母或数字", "a matter type code is 1–8 letters or digits"),
  name: text(50)
})

/**
 * An extra matter type (see {@link MatterTypeSchema}).
 *
 * @since 0.1.0
 * @category models
 */
export type MatterType = z.infer<typeof MatterTypeSchema>

/**
 * A whole catalogue: region, version, as-of date, departments, windows,
 * matters, bundles.
 *
 * @example
 * ```ts
 * import { CatalogueSchema } from "@tongban/catalog"
 *
 * CatalogueSchema.safeParse({
 *   region: { code: "522600", name: "黔东南州" }, version: "2026.1", asOf: "2026-01-01",
 *   departments: [], windows: [], matters: [], bundles: []
 * }).success // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const CatalogueSchema = z.strictObject({
  region: z.strictObject({ code: z.string().max(16), name: text(100) }),
  version: text(40),
  asOf: DateSchema,
  matterTypes: z.array(MatterTypeSchema).max(100).optional(),
  departments: z.array(DepartmentSchema).max(10_000),
  windows: z.array(WindowSchema).max(10_000),
  matters: z.array(MatterSchema).max(1_000_000),
  bundles: z.array(BundleSchema).max(10_000)
})

/**
 * A catalogue (see {@link CatalogueSchema}).
 *
 * @since 0.1.0
 * @category models
 */
export type Catalogue = z.infer<typeof CatalogueSchema>

/**
 * The JSON Schema (draft 2020-12) of a catalogue, for systems not written in
 * TypeScript. Computed on each call.
 *
 * @example
 * ```ts
 * import { catalogueJsonSchema } from "@tongban/catalog"
 *
 * catalogueJsonSchema().type // "object"
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const catalogueJsonSchema = (): Record<string, unknown> => {
  const schema: Record<string, unknown> = z.toJSONSchema(CatalogueSchema, { unrepresentable: "any" })
  return {
    ...schema,
    title: "tongban catalogue (政务服务事项目录)",
    description: "A matter catalogue after GB/T 39046—2020; see docs/catalog.md of tongban."
  }
}
