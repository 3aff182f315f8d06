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
  { code: "01", label: { zh: "行政许可", en: "administrative licence" } },
  { code: "02", label: { zh: "行政处罚", en: "administrative penalty" } },
  { code: "03", label: { zh: "行政强制", en: "administrative coercion" } },
  { code: "04", label: { zh: "行政征收", en: "administrative levy" } },
  { code: "05", label: { zh: "行政给付", en: "administrative benefit" } },
  { code: "06", label: { zh: "行政检查", en: "administrative inspection" } },
  { code: "07", label: { zh: "行政确认", en: "administrative confirmation" } },
  { code: "08", label: { zh: "行政奖励", en: "administrative reward" } },
  { code: "09", label: { zh: "行政裁决", en: "administrative adjudication" } },
  { code: "10", label: { zh: "其他行政权力", en: "other administrative power" } },
  { code: "20", label: { zh: "公共服务", en: "public service" } }
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
  { code: "1", label: { zh: "国家级", en: "national" } },
  { code: "2", label: { zh: "省级", en: "provincial" } },
  { code: "3", label: { zh: "市级", en: "prefectural" } },
  { code: "4", label: { zh: "县级", en: "county" } },
  { code: "5", label: { zh: "镇（乡、街道）级", en: "township" } },
  { code: "6", label: { zh: "村（社区）级", en: "village" } }
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
  { code: "1", label: { zh: "自然人", en: "natural person" } },
  { code: "2", label: { zh: "企业法人", en: "enterprise legal person" } },
  { code: "3", label: { zh: "事业法人", en: "public institution" } },
  { code: "4", label: { zh: "社会组织法人", en: "social organisation" } },
  { code: "5", label: { zh: "非法人企业", en: "unincorporated enterprise" } },
  { code: "6", label: { zh: "行政机关", en: "government body" } },
  { code: "9", label: { zh: "其他组织", en: "other organisation" } }
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
  { code: "1", label: { zh: "窗口办理", en: "at a window" } },
  { code: "2", label: { zh: "网上办理", en: "online" } },
  { code: "3", label: { zh: "快递申请", en: "by post" } }
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
  { code: "1", label: { zh: "互联网咨询", en: "online enquiry" } },
  { code: "2", label: { zh: "互联网收件", en: "online submission" } },
  { code: "3", label: { zh: "互联网预审", en: "online pre-review" } },
  { code: "4", label: { zh: "互联网受理", en: "online acceptance" } },
  { code: "5", label: { zh: "互联网办理", en: "online handling" } },
  { code: "6", label: { zh: "互联网办理结果信息反馈", en: "online result notice" } },
  { code: "7", label: { zh: "互联网电子证照反馈", en: "electronic licence issued online" } }
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
  { code: "immediate", label: { zh: "即办件", en: "immediate" } },
  { code: "promised", label: { zh: "承诺件", en: "promised" } }
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
  { code: "original", label: { zh: "原件", en: "original" } },
  { code: "copy", label: { zh: "复印件", en: "copy" } },
  { code: "either", label: { zh: "原件或复印件", en: "original or copy" } }
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
  { code: "paper", label: { zh: "纸质", en: "paper" } },
  { code: "electronic", label: { zh: "电子", en: "electronic" } },
  { code: "both", label: { zh: "纸质或电子", en: "paper or electronic" } }
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
  { code: "required", label: { zh: "必要", en: "required" } },
  { code: "optional", label: { zh: "非必要", en: "optional" } },
  { code: "deferrable", label: { zh: "容缺后补", en: "may follow later" } }
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
  { code: "10", label: { zh: "申请人自备", en: "prepared by the applicant" } },
  { code: "20", label: { zh: "政府部门核发", en: "issued by a government department" } },
  { code: "99", label: { zh: "其他", en: "other" } }
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
  { code: "government", label: { zh: "政府工作部门", en: "government department" } },
  { code: "vertical", label: { zh: "垂直管理部门", en: "vertically managed department" } },
  { code: "institution", label: { zh: "事业单位", en: "public institution" } },
  { code: "enterprise", label: { zh: "公共企业", en: "public utility enterprise" } },
  { code: "other", label: { zh: "其他", en: "other" } }
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
  { code: "comprehensive", label: { zh: "综合窗口", en: "comprehensive window" } },
  { code: "dedicated", label: { zh: "专窗", en: "dedicated window" } }
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
  { code: "approve", label: { zh: "窗口审批", en: "approved at the window" } },
  { code: "collect", label: { zh: "只收件", en: "collected only" } }
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
