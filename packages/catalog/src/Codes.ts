/**
 * Code tables of the matter catalogue, after GB/T 39046—2020 政务服务平台基础数据规范
 * (Appendix A) and the national 实施清单 exchange elements.
 *
 * Glossary: 事项类型 = matter type (A.1), 行使层级 = exercise level (A.2),
 * 服务对象 = service object (A.4), 办理形式 = handling form (A.5),
 * 网办深度 = online depth, 办件类型 = handling kind (即办件 immediate /
 * 承诺件 promised), 材料来源渠道 = material source, 原件 = original,
 * 复印件 = copy, 纸质 = paper, 电子 = electronic, 容缺后补 = may be handed in
 * later (deferred), 综合窗口 = comprehensive window, 专窗 = dedicated window,
 * 窗口授权 = window authority (approve at the window or only collect).
 *
 * Sources and certainty:
 * - A.1 matter types 01 行政许可, 02 行政处罚, 03 行政强制, 04 行政征收,
 *   05 行政给付, 06 行政检查, 07 行政确认, 08 行政奖励, 09 行政裁决,
 *   10 其他（行政权力）, 20 公共服务: the codes the national platform and
 *   provincial 实施清单 exports use; the table is extensible (a catalogue may
 *   declare its own types, e.g. 行政备案).
 * - Online depth 1 互联网咨询 … 7 互联网电子证照反馈: the seven levels used by
 *   provincial exchange files (seen verbatim in public platform code).
 * - A.2 exercise levels (1 国家级 … 6 村（社区）级), A.4 service objects,
 *   A.5 handling forms, and the material codes (原件/复印件, 纸质/电子,
 *   source 10/20/99): the values used by provincial 实施清单 exports. We could
 *   not confirm every one against the text of the standard itself; see
 *   docs/catalog.md, "Code tables".
 *
 * @since 0.1.0
 */
import type { Message } from "@tongban/core"

/**
 * One entry of a code table: the code and its label in Chinese and English.
 *
 * @since 0.1.0
 * @category models
 */
export interface CodeEntry<C extends string = string> {
  readonly code: C
  readonly label: Message
}

/** One entry of a code table (a function, so that a code table's literals are not taken for issue codes). */
const entry = <const C extends string>(code: C, zh: string, en: string): CodeEntry<C> => ({ code, label: { zh, en } })

/**
 * The matter types of GB/T 39046—2020 A.1 (事项类型).
 *
 * @example
 * ```ts
 * import { MATTER_TYPES } from "@tongban/catalog"
 *
 * MATTER_TYPES[0] // { code: "01", label: { zh: "行政许可", en: "administrative licence" } }
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const MATTER_TYPES = [
  entry("01", "行政许可", "administrative licence"),
  entry("02", "行政处罚", "administrative penalty"),
  entry("03", "行政强制", "administrative coercion"),
  entry("04", "行政征收", "administrative levy"),
  entry("05", "行政给付", "administrative benefit"),
  entry("06", "行政检查", "administrative inspection"),
  entry("07", "行政确认", "administrative confirmation"),
  entry("08", "行政奖励", "administrative reward"),
  entry("09", "行政裁决", "administrative adjudication"),
  entry("10", "其他行政权力", "other administrative power"),
  entry("20", "公共服务", "public service")
] as const satisfies ReadonlyArray<CodeEntry>

/**
 * The exercise levels (行使层级, GB/T 39046—2020 A.2): the one character
 * between the department's credit code and the basic code in an
 * implementation code.
 *
 * @example
 * ```ts
 * import { EXERCISE_LEVELS } from "@tongban/catalog"
 *
 * EXERCISE_LEVELS[3]?.label.zh // "县级"
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const EXERCISE_LEVELS = [
  entry("1", "国家级", "national"),
  entry("2", "省级", "provincial"),
  entry("3", "市级", "prefectural"),
  entry("4", "县级", "county"),
  entry("5", "镇（乡、街道）级", "township"),
  entry("6", "村（社区）级", "village")
] as const satisfies ReadonlyArray<CodeEntry>

/**
 * The service objects (服务对象, GB/T 39046—2020 A.4).
 *
 * @example
 * ```ts
 * import { SERVICE_OBJECTS } from "@tongban/catalog"
 *
 * SERVICE_OBJECTS[0]?.label.zh // "自然人"
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const SERVICE_OBJECTS = [
  entry("1", "自然人", "natural person"),
  entry("2", "企业法人", "enterprise legal person"),
  entry("3", "事业法人", "public institution"),
  entry("4", "社会组织法人", "social organisation"),
  entry("5", "非法人企业", "unincorporated enterprise"),
  entry("6", "行政机关", "government body"),
  entry("9", "其他组织", "other organisation")
] as const satisfies ReadonlyArray<CodeEntry>

/**
 * The handling forms (办理形式, GB/T 39046—2020 A.5).
 *
 * @example
 * ```ts
 * import { HANDLING_FORMS } from "@tongban/catalog"
 *
 * HANDLING_FORMS.map((f) => f.label.zh) // ["窗口办理", "网上办理", "快递申请"]
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const HANDLING_FORMS = [
  entry("1", "窗口办理", "at a window"),
  entry("2", "网上办理", "online"),
  entry("3", "快递申请", "by post")
] as const satisfies ReadonlyArray<CodeEntry>

/**
 * The online depths (网办深度): several may hold at once. A matter is handled
 * fully online (全程网办) when it offers online handling (办理形式 2) and
 * reaches depth 5, 互联网办理.
 *
 * @example
 * ```ts
 * import { ONLINE_DEPTHS } from "@tongban/catalog"
 *
 * ONLINE_DEPTHS[4]?.label.zh // "互联网办理"
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const ONLINE_DEPTHS = [
  entry("1", "互联网咨询", "online enquiry"),
  entry("2", "互联网收件", "online submission"),
  entry("3", "互联网预审", "online pre-review"),
  entry("4", "互联网受理", "online acceptance"),
  entry("5", "互联网办理", "online handling"),
  entry("6", "互联网办理结果信息反馈", "online result notice"),
  entry("7", "互联网电子证照反馈", "electronic licence issued online")
] as const satisfies ReadonlyArray<CodeEntry>

/**
 * The handling kinds (办件类型): 即办件 are decided on the spot, 承诺件 within
 * a promised limit.
 *
 * @example
 * ```ts
 * import { HANDLING_KINDS } from "@tongban/catalog"
 *
 * HANDLING_KINDS[0]?.label.zh // "即办件"
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const HANDLING_KINDS = [
  entry("immediate", "即办件", "immediate"),
  entry("promised", "承诺件", "promised")
] as const satisfies ReadonlyArray<CodeEntry>

/**
 * What form of a material is accepted (材料类型): the original, a copy, or
 * either.
 *
 * @example
 * ```ts
 * import { MATERIAL_FORMS } from "@tongban/catalog"
 *
 * MATERIAL_FORMS[2]?.label.zh // "原件或复印件"
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const MATERIAL_FORMS = [
  entry("original", "原件", "original"),
  entry("copy", "复印件", "copy"),
  entry("either", "原件或复印件", "original or copy")
] as const satisfies ReadonlyArray<CodeEntry>

/**
 * The medium of a material (材料形式): paper, electronic, or both accepted.
 *
 * @example
 * ```ts
 * import { MATERIAL_MEDIA } from "@tongban/catalog"
 *
 * MATERIAL_MEDIA.map((m) => m.label.zh) // ["纸质", "电子", "纸质或电子"]
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const MATERIAL_MEDIA = [
  entry("paper", "纸质", "paper"),
  entry("electronic", "电子", "electronic"),
  entry("both", "纸质或电子", "paper or electronic")
] as const satisfies ReadonlyArray<CodeEntry>

/**
 * Whether a material must be handed in (必要性): required, optional, or
 * required but may follow later (容缺后补).
 *
 * @example
 * ```ts
 * import { MATERIAL_NECESSITIES } from "@tongban/catalog"
 *
 * MATERIAL_NECESSITIES[2]?.label.zh // "容缺后补"
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const MATERIAL_NECESSITIES = [
  entry("required", "必要", "required"),
  entry("optional", "非必要", "optional"),
  entry("deferrable", "容缺后补", "may follow later")
] as const satisfies ReadonlyArray<CodeEntry>

/**
 * Where a material comes from (来源渠道): 10 the applicant, 20 a government
 * department, 99 other.
 *
 * @example
 * ```ts
 * import { MATERIAL_SOURCES } from "@tongban/catalog"
 *
 * MATERIAL_SOURCES[1] // { code: "20", label: { zh: "政府部门核发", en: "issued by a government department" } }
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const MATERIAL_SOURCES = [
  entry("10", "申请人自备", "prepared by the applicant"),
  entry("20", "政府部门核发", "issued by a government department"),
  entry("99", "其他", "other")
] as const satisfies ReadonlyArray<CodeEntry>

/**
 * Kinds of department.
 *
 * @example
 * ```ts
 * import { DEPARTMENT_KINDS } from "@tongban/catalog"
 *
 * DEPARTMENT_KINDS[1]?.label.zh // "垂直管理部门"
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const DEPARTMENT_KINDS = [
  entry("government", "政府工作部门", "government department"),
  entry("vertical", "垂直管理部门", "vertically managed department"),
  entry("institution", "事业单位", "public institution"),
  entry("enterprise", "公共企业", "public utility enterprise"),
  entry("other", "其他", "other")
] as const satisfies ReadonlyArray<CodeEntry>

/**
 * Kinds of window: 综合窗口 (comprehensive, any department's matters) or 专窗
 * (dedicated).
 *
 * @example
 * ```ts
 * import { WINDOW_KINDS } from "@tongban/catalog"
 *
 * WINDOW_KINDS[0]?.label.zh // "综合窗口"
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const WINDOW_KINDS = [
  entry("comprehensive", "综合窗口", "comprehensive window"),
  entry("dedicated", "专窗", "dedicated window")
] as const satisfies ReadonlyArray<CodeEntry>

/**
 * Window authority (窗口授权): the window may approve, or only collect papers
 * for the department (只收件不审批, the paper's complaint).
 *
 * @example
 * ```ts
 * import { WINDOW_AUTHORITIES } from "@tongban/catalog"
 *
 * WINDOW_AUTHORITIES[1]?.label.zh // "只收件"
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const WINDOW_AUTHORITIES = [
  entry("approve", "窗口审批", "approved at the window"),
  entry("collect", "只收件", "collected only")
] as const satisfies ReadonlyArray<CodeEntry>

/**
 * A code of {@link MATTER_TYPES}.
 *
 * @since 0.1.0
 * @category models
 */
export type MatterTypeCode = (typeof MATTER_TYPES)[number]["code"]

/**
 * A code of {@link EXERCISE_LEVELS}.
 *
 * @since 0.1.0
 * @category models
 */
export type ExerciseLevel = (typeof EXERCISE_LEVELS)[number]["code"]

/**
 * A code of {@link SERVICE_OBJECTS}.
 *
 * @since 0.1.0
 * @category models
 */
export type ServiceObject = (typeof SERVICE_OBJECTS)[number]["code"]

/**
 * A code of {@link HANDLING_FORMS}.
 *
 * @since 0.1.0
 * @category models
 */
export type HandlingForm = (typeof HANDLING_FORMS)[number]["code"]

/**
 * A code of {@link ONLINE_DEPTHS}.
 *
 * @since 0.1.0
 * @category models
 */
export type OnlineDepth = (typeof ONLINE_DEPTHS)[number]["code"]

/**
 * A code of {@link HANDLING_KINDS}.
 *
 * @since 0.1.0
 * @category models
 */
export type HandlingKind = (typeof HANDLING_KINDS)[number]["code"]

/**
 * A code of {@link MATERIAL_FORMS}.
 *
 * @since 0.1.0
 * @category models
 */
export type MaterialForm = (typeof MATERIAL_FORMS)[number]["code"]

/**
 * A code of {@link MATERIAL_MEDIA}.
 *
 * @since 0.1.0
 * @category models
 */
export type MaterialMedium = (typeof MATERIAL_MEDIA)[number]["code"]

/**
 * A code of {@link MATERIAL_NECESSITIES}.
 *
 * @since 0.1.0
 * @category models
 */
export type MaterialNecessity = (typeof MATERIAL_NECESSITIES)[number]["code"]

/**
 * A code of {@link MATERIAL_SOURCES}.
 *
 * @since 0.1.0
 * @category models
 */
export type MaterialSource = (typeof MATERIAL_SOURCES)[number]["code"]

/**
 * A code of {@link DEPARTMENT_KINDS}.
 *
 * @since 0.1.0
 * @category models
 */
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number]["code"]

/**
 * A code of {@link WINDOW_KINDS}.
 *
 * @since 0.1.0
 * @category models
 */
export type WindowKind = (typeof WINDOW_KINDS)[number]["code"]

/**
 * A code of {@link WINDOW_AUTHORITIES}.
 *
 * @since 0.1.0
 * @category models
 */
export type WindowAuthority = (typeof WINDOW_AUTHORITIES)[number]["code"]

/**
 * The entry of a code in a table, or `undefined`. Accepts the code itself or
 * its Chinese or English label (what spreadsheets carry).
 *
 * @example
 * ```ts
 * import { lookupCode, MATTER_TYPES } from "@tongban/catalog"
 *
 * lookupCode(MATTER_TYPES, "行政许可")?.code // "01"
 * lookupCode(MATTER_TYPES, "20")?.label.zh // "公共服务"
 * lookupCode(MATTER_TYPES, "nope") // undefined
 * ```
 *
 * @since 0.1.0
 * @category utils
 */
export const lookupCode = <E extends CodeEntry>(table: ReadonlyArray<E>, input: string): E | undefined => {
  const text = input.trim()
  return table.find((e) => e.code === text || e.label.zh === text || e.label.en === text)
}
