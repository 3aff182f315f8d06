/**
 * The zod definitions behind the public schemas of Schema.ts, and the outer
 * shell of a catalogue that validation parses first. Internal: not exported
 * from the package.
 */
import { isLocalDate } from "@tongban/core"
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
} from "../Codes.js"
import { catalogCodes } from "../IssueCodes.js"

const codesOf = <C extends string>(table: ReadonlyArray<{ readonly code: C }>): [C, ...Array<C>] => {
  const [first, ...rest] = table.map((e) => e.code)
  if (first === undefined) throw new RangeError("empty code table")
  return [first, ...rest]
}

/** The shape codes of our own that a refinement reports. */
type ShapeCode =
  | "text_untidy"
  | "identifier_invalid"
  | "date_invalid"
  | "basic_code_invalid"
  | "implementation_code_invalid"
  | "local_code_invalid"
  | "matter_type_invalid"

/** A refinement's zod parameters: the code and its message, read from catalogCodes (never written here). */
const refinement = (code: ShapeCode, variant?: "spaces_only") => {
  const spec = catalogCodes.codes[code]
  const message =
    variant === undefined ? spec.message : (catalogCodes.codes.text_untidy.variants?.[variant] ?? spec.message)
  return { params: { code, zh: message.zh, en: message.en } }
}

const text = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this rejects
    .refine((s) => s.trim() === s && !/[\u0000-\u001f]/.test(s), refinement("text_untidy"))

const longText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((s) => s.trim() === s, refinement("text_untidy", "spaces_only"))

/** A string matching `re`, with a stable issue code and its message from the table; the pattern shows in the JSON Schema. */
const pattern = (re: RegExp, code: ShapeCode) =>
  z
    .string()
    .refine((s) => re.test(s), refinement(code))
    .meta({ pattern: re.source })

const identifier = pattern(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, "identifier_invalid")

export const DateObject = z.string().refine(isLocalDate, refinement("date_invalid"))

export const DepartmentObject = z.strictObject({
  /** Short identifier other records refer to. */
  id: identifier,
  name: text(100),
  /** 统一社会信用代码 (GB 32100); its check character is verified by {@link validateCatalogue}. */
  creditCode: z.string().max(64),
  kind: z.enum(codesOf(DEPARTMENT_KINDS))
})

export const WindowObject = z.strictObject({
  id: identifier,
  name: text(100),
  kind: z.enum(codesOf(WINDOW_KINDS)),
  departments: z.array(identifier).max(200)
})

export const MaterialObject = z.strictObject({
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

export const StepObject = z.strictObject({
  name: text(100),
  actor: text(100).optional(),
  limit: TimeLimitSchema.optional(),
  /** Ids of the matter's materials this step checks. */
  materials: z.array(identifier).max(200).optional()
})

export const SpecialProcedureObject = z.strictObject({
  name: text(100),
  limit: TimeLimitSchema.optional()
})

export const FeeObject = z.strictObject({
  name: text(100),
  amount: z.number().min(0).max(1e12).optional(),
  basis: text(500).optional()
})

export const MatterObject = z.strictObject({
  name: text(200),
  /** 基本编码: 12 characters (legacy 10 or 24). */
  basicCode: pattern(/^(?:[0-9A-Z]{10}|[0-9A-Z]{12}|[0-9A-Z]{24})$/, "basic_code_invalid"),
  /** 实施编码: department credit code (18) + exercise level (1) + basic code (12). */
  implementationCode: pattern(/^[0-9A-Z]{29,43}$/, "implementation_code_invalid"),
  /** 地方事项编码: the province's own item code. */
  localCode: pattern(/^[0-9A-Z]{4,40}$/, "local_code_invalid").optional(),
  /** 事项类型: a code of A.1, or one declared in the catalogue's `matterTypes`. */
  type: pattern(/^[0-9A-Za-z]{1,8}$/, "matter_type_invalid"),
  level: z.enum(codesOf(EXERCISE_LEVELS)),
  /** Id of the implementing department (实施主体). */
  department: identifier,
  serviceObjects: z
    .array(z.enum(codesOf(SERVICE_OBJECTS)))
    .min(1)
    .max(10),
  handlingForms: z
    .array(z.enum(codesOf(HANDLING_FORMS)))
    .min(1)
    .max(10),
  onlineDepth: z.array(z.enum(codesOf(ONLINE_DEPTHS))).max(10),
  kind: z.enum(codesOf(HANDLING_KINDS)),
  statutoryLimit: TimeLimitSchema,
  promisedLimit: TimeLimitSchema,
  /** 到办事现场次数. */
  trips: z.number().int().min(0).max(100),
  /** Why the applicant must come (required when `trips` is above 0). */
  tripsReason: text(500).optional(),
  materials: z.array(MaterialObject).max(500),
  conditions: z.array(longText(2000)).max(200),
  steps: z.array(StepObject).max(100),
  specialProcedures: z.array(SpecialProcedureObject).max(50),
  fees: z.array(FeeObject).max(50),
  legalBasis: z.array(longText(2000)).max(100),
  /** 办理结果 (licence, approval document …). */
  result: text(200).optional(),
  place: text(500).optional(),
  hours: text(200).optional(),
  consultPhone: text(100).optional(),
  complaintPhone: text(100).optional(),
  /** 窗口授权: approve at the window, or only collect. */
  windowAuthority: z.enum(codesOf(WINDOW_AUTHORITIES)),
  validFrom: DateObject.optional(),
  validTo: DateObject.optional(),
  version: text(40)
})

export const BundleObject = z.strictObject({
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

export const MatterTypeObject = z.strictObject({
  code: pattern(/^[0-9A-Za-z]{1,8}$/, "matter_type_invalid"),
  name: text(50)
})

export const CatalogueObject = z.strictObject({
  region: z.strictObject({ code: z.string().max(16), name: text(100) }),
  version: text(40),
  asOf: DateObject,
  matterTypes: z.array(MatterTypeObject).max(100).optional(),
  departments: z.array(DepartmentObject).max(10_000),
  windows: z.array(WindowObject).max(10_000),
  matters: z.array(MatterObject).max(1_000_000),
  bundles: z.array(BundleObject).max(10_000)
})

/** A catalogue whose lists are not yet looked into: each item is checked on its own. */
export const ShellObject = CatalogueObject.extend({
  matterTypes: z.array(z.unknown()).optional(),
  departments: z.array(z.unknown()),
  windows: z.array(z.unknown()),
  matters: z.array(z.unknown()),
  bundles: z.array(z.unknown())
})
