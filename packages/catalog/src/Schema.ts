/**
 * The catalogue's data model: plain interfaces, their zod schemas and a JSON
 * Schema export, after GB/T 39046—2020 and the national 实施清单 exchange
 * elements.
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
import type { TimeLimit } from "@tongban/deadline"
import * as z from "zod"
import type {
  DepartmentKind,
  ExerciseLevel,
  HandlingForm,
  HandlingKind,
  MaterialForm,
  MaterialMedium,
  MaterialNecessity,
  MaterialSource,
  OnlineDepth,
  ServiceObject,
  WindowAuthority,
  WindowKind
} from "./Codes.js"
import {
  BundleObject,
  CatalogueObject,
  DateObject,
  DepartmentObject,
  FeeObject,
  MaterialObject,
  MatterObject,
  MatterTypeObject,
  SpecialProcedureObject,
  StepObject,
  WindowObject
} from "./internal/shapes.js"

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
export const DateSchema: z.ZodType<string> = DateObject

/**
 * A department stationed in the centre (进驻部门).
 *
 * @since 0.1.0
 * @category models
 */
export interface Department {
  /** Short identifier that windows, matters and bundles refer to. */
  readonly id: string
  readonly name: string
  /** 统一社会信用代码 (GB 32100); its check character is verified by `validateCatalogue`. */
  readonly creditCode: string
  readonly kind: DepartmentKind
}

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
export const DepartmentSchema: z.ZodType<Department> = DepartmentObject

/**
 * A window of the hall: comprehensive (综合窗口) or dedicated (专窗).
 *
 * @since 0.1.0
 * @category models
 */
export interface Window {
  readonly id: string
  readonly name: string
  readonly kind: WindowKind
  /** Ids of the departments whose matters it takes. */
  readonly departments: ReadonlyArray<string>
}

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
export const WindowSchema: z.ZodType<Window> = WindowObject

/**
 * A material the applicant hands in (申请材料).
 *
 * @since 0.1.0
 * @category models
 */
export interface Material {
  /** Unique within its matter; process steps refer to it. */
  readonly id: string
  readonly name: string
  /** Original, copy, or either (材料类型). */
  readonly form: MaterialForm
  /** Paper, electronic, or either (材料形式). */
  readonly medium: MaterialMedium
  /** Required, optional, or may follow later (容缺后补). */
  readonly necessity: MaterialNecessity
  /** 10 the applicant, 20 a government department, 99 other (来源渠道). */
  readonly source: MaterialSource
  /** 份数. */
  readonly copies: number
  /** Obtainable from shared government data, so it need not be handed in (免提交). */
  readonly sharedData: boolean
}

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
export const MaterialSchema: z.ZodType<Material> = MaterialObject

/**
 * A step of the process (办理环节).
 *
 * @since 0.1.0
 * @category models
 */
export interface Step {
  readonly name: string
  /** Who performs it (窗口, 业务股室 …). */
  readonly actor?: string | undefined
  readonly limit?: TimeLimit | undefined
  /** Ids of the matter's materials this step checks. */
  readonly materials?: ReadonlyArray<string> | undefined
}

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
export const StepSchema: z.ZodType<Step> = StepObject

/**
 * A special procedure (特别程序: hearing, expert review, inspection …), whose
 * time does not count toward the limit.
 *
 * @since 0.1.0
 * @category models
 */
export interface SpecialProcedure {
  readonly name: string
  readonly limit?: TimeLimit | undefined
}

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
export const SpecialProcedureSchema: z.ZodType<SpecialProcedure> = SpecialProcedureObject

/**
 * A fee (收费项目).
 *
 * @since 0.1.0
 * @category models
 */
export interface Fee {
  readonly name: string
  /** In yuan, when fixed. */
  readonly amount?: number | undefined
  readonly basis?: string | undefined
}

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
export const FeeSchema: z.ZodType<Fee> = FeeObject

/**
 * A matter (政务服务事项) as its implementation list (实施清单) describes it.
 *
 * @since 0.1.0
 * @category models
 */
export interface Matter {
  readonly name: string
  /** 基本编码: 12 characters (legacy 10 or 24). */
  readonly basicCode: string
  /** 实施编码: the department's credit code (18) + exercise level (1) + basic code (12). */
  readonly implementationCode: string
  /**
   * The province's own item code (地方事项编码, e.g. the 14 characters
   * `511A0138000000` of a provincial portal), kept beside the national codes.
   */
  readonly localCode?: string | undefined
  /** 事项类型: a code of A.1 (`MATTER_TYPES`) or one the catalogue declares in `matterTypes`. */
  readonly type: string
  /** 行使层级 (A.2). */
  readonly level: ExerciseLevel
  /** Id of the implementing department (实施主体). */
  readonly department: string
  /** 服务对象 (A.4), at least one. */
  readonly serviceObjects: ReadonlyArray<ServiceObject>
  /** 办理形式 (A.5), at least one. */
  readonly handlingForms: ReadonlyArray<HandlingForm>
  /** 网办深度, any number. */
  readonly onlineDepth: ReadonlyArray<OnlineDepth>
  /** 即办件 (immediate) or 承诺件 (promised). */
  readonly kind: HandlingKind
  /** 法定办结时限. */
  readonly statutoryLimit: TimeLimit
  /** 承诺办结时限. */
  readonly promisedLimit: TimeLimit
  /** 到办事现场次数. */
  readonly trips: number
  /** Why the applicant must come; required when `trips` is above 0. */
  readonly tripsReason?: string | undefined
  readonly materials: ReadonlyArray<Material>
  /** 受理条件. */
  readonly conditions: ReadonlyArray<string>
  readonly steps: ReadonlyArray<Step>
  readonly specialProcedures: ReadonlyArray<SpecialProcedure>
  readonly fees: ReadonlyArray<Fee>
  /** 设定依据. */
  readonly legalBasis: ReadonlyArray<string>
  /** 办理结果 (licence, approval document …). */
  readonly result?: string | undefined
  readonly place?: string | undefined
  readonly hours?: string | undefined
  readonly consultPhone?: string | undefined
  readonly complaintPhone?: string | undefined
  /** 窗口授权: approve at the window, or only collect. */
  readonly windowAuthority: WindowAuthority
  readonly validFrom?: string | undefined
  readonly validTo?: string | undefined
  readonly version: string
}

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
export const MatterSchema: z.ZodType<Matter> = MatterObject

/**
 * A bundle (一件事): several matters handled as one.
 *
 * @since 0.1.0
 * @category models
 */
export interface Bundle {
  readonly id: string
  readonly name: string
  /** 牵头部门. */
  readonly lead: string
  /** 协办部门. */
  readonly partners: ReadonlyArray<string>
  /** Implementation codes of the member matters. */
  readonly matters: ReadonlyArray<string>
  readonly promisedLimit: TimeLimit
  readonly trips: number
  /** Steps of the joint process (一表申请, 一窗受理 …), when fewer than the members' own. */
  readonly steps?: number | undefined
}

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
export const BundleSchema: z.ZodType<Bundle> = BundleObject

/**
 * A matter type a catalogue adds to A.1 (e.g. `{ code: "11", name: "行政备案" }`).
 *
 * @since 0.1.0
 * @category models
 */
export interface MatterType {
  readonly code: string
  readonly name: string
}

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
export const MatterTypeSchema: z.ZodType<MatterType> = MatterTypeObject

/**
 * A whole catalogue: region, version, as-of date, departments, windows,
 * matters, bundles.
 *
 * @since 0.1.0
 * @category models
 */
export interface Catalogue {
  /** 行政区划: a GB/T 2260 code and its name. */
  readonly region: { readonly code: string; readonly name: string }
  readonly version: string
  /** The date the catalogue describes. */
  readonly asOf: string
  /** Matter types beyond A.1. */
  readonly matterTypes?: ReadonlyArray<MatterType> | undefined
  readonly departments: ReadonlyArray<Department>
  readonly windows: ReadonlyArray<Window>
  readonly matters: ReadonlyArray<Matter>
  readonly bundles: ReadonlyArray<Bundle>
}

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
export const CatalogueSchema: z.ZodType<Catalogue> = CatalogueObject

/**
 * A matter as a real list carries it (列出的事项): its name, and whichever
 * elements the list holds. What the list lacks stays absent (`undefined`),
 * never a default that looks like data; {@link catalogueCompleteness} says
 * what is missing.
 * Every {@link Matter} is a `ListedMatter`.
 *
 * @since 0.2.0
 * @category models
 */
export type ListedMatter = { readonly name: string } & {
  readonly [K in Exclude<keyof Matter, "name">]?: Matter[K] | undefined
}

/**
 * A department as a list carries it: an identifier (from the list's 部门标识,
 * or made up in order of appearance, `d1`, `d2` …), and its name, credit
 * code and kind when the list holds them. Every {@link Department} is one.
 *
 * @since 0.2.0
 * @category models
 */
export interface ListedDepartment {
  readonly id: string
  readonly name?: string | undefined
  /** As written in the list, valid or not (an invalid one is an issue of the import). */
  readonly creditCode?: string | undefined
  readonly kind?: DepartmentKind | undefined
}

/**
 * A catalogue as a lenient import returns it: what the list carries, beside
 * the issues of the import. Search, statistics, diffs, bundles and
 * {@link catalogueCompleteness} work on it; every {@link Catalogue} is one.
 *
 * @since 0.2.0
 * @category models
 */
export interface ListedCatalogue {
  readonly region?: { readonly code?: string | undefined; readonly name?: string | undefined } | undefined
  readonly version?: string | undefined
  readonly asOf?: string | undefined
  readonly matterTypes?: ReadonlyArray<MatterType> | undefined
  readonly departments: ReadonlyArray<ListedDepartment>
  readonly windows: ReadonlyArray<Window>
  readonly matters: ReadonlyArray<ListedMatter>
  readonly bundles: ReadonlyArray<Bundle>
}

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
  const schema: Record<string, unknown> = z.toJSONSchema(CatalogueObject, { unrepresentable: "any" })
  return {
    ...schema,
    title: "tongban catalogue (政务服务事项目录)",
    description: "A matter catalogue after GB/T 39046—2020; see docs/catalog.md of tongban."
  }
}
