/**
 * Statutory time-limit rules, each with its citation: 行政许可法 (the
 * Administrative Licensing Law), 行政处罚法 (the Administrative Penalty Law),
 * 信访工作条例 (the Regulations on Letters and Visits) and the 好差评
 * (good/bad review) rectification rule.
 *
 * Glossary: 受理 = acceptance, 补正 = supplementing materials, 一次告知 = a
 * single notice of everything missing, 延长 = extension, 负责人 = head of the
 * agency, 统一办理 / 联合办理 / 集中办理 = unified, joint or centralised
 * handling, 听证 = hearing, 招标 = tender, 拍卖 = auction, 检验 = inspection,
 * 检测 = testing, 检疫 = quarantine, 鉴定 = appraisal, 专家评审 = expert
 * review, 立案 = opening a case, 信访 = letters and visits, 差评整改 =
 * rectifying a bad review.
 *
 * @since 0.1.0
 */
import type { Message } from "@tongban/core"
import type { SuspensionReason } from "./CaseClock.js"
import type { StartRule } from "./Period.js"
import type { TimeLimit } from "./TimeLimit.js"

/**
 * Where a rule comes from.
 *
 * @since 0.1.0
 * @category models
 */
export interface Citation {
  /** The law or regulation, e.g. `中华人民共和国行政许可法`. */
  readonly law: string
  /** The article, e.g. `第四十二条`. */
  readonly article: string
  /** The rule in the law's words, abridged. */
  readonly text: string
}

/**
 * A time-limit rule: the limit, an optional extension and who approves it,
 * the event it runs from, the procedures it does not count, its citation.
 *
 * @since 0.1.0
 * @category models
 */
export interface RulePreset {
  readonly id: string
  readonly name: Message
  readonly limit: TimeLimit
  readonly startRule: StartRule
  /** The event the limit runs from. */
  readonly from: Message
  readonly extension?: { readonly limit: TimeLimit; readonly approvedBy: Message }
  /** Procedures whose time is not counted. */
  readonly excluded?: ReadonlyArray<SuspensionReason>
  readonly citation: Citation
  /** What happens when the limit is missed, when the law says. */
  readonly consequence?: Message
}

/**
 * A preset whose limit the law lets an agency extend: `extension` is always
 * there, so it reads without a check.
 *
 * @example
 * ```ts
 * import { licensingDecision, type ExtendableRulePreset } from "@tongban/deadline"
 *
 * const preset: ExtendableRulePreset = licensingDecision
 * preset.extension.limit // { amount: 10, unit: "working_day" }
 * ```
 *
 * @since 0.2.0
 * @category presets
 */
export interface ExtendableRulePreset extends RulePreset {
  readonly extension: { readonly limit: TimeLimit; readonly approvedBy: Message }
}

const XZXKF = "中华人民共和国行政许可法"
const XZCFF = "中华人民共和国行政处罚法"
const XFGZTL = "信访工作条例"

/**
 * 行政许可法 art. 32: an agency that finds materials incomplete must tell the
 * applicant everything to supplement in one notice, on the spot or within 5
 * working days; otherwise the application counts as accepted on the day it was
 * received.
 *
 * @example
 * ```ts
 * import { licensingSupplementNotice } from "@tongban/deadline"
 *
 * licensingSupplementNotice.limit // { amount: 5, unit: "working_day" }
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const licensingSupplementNotice: RulePreset = {
  id: "xzxkf-32",
  name: { zh: "一次告知补正材料", en: "single notice of missing materials" },
  limit: { amount: 5, unit: "working_day" },
  startRule: "next_day",
  from: { zh: "收到申请材料", en: "receipt of the application" },
  citation: {
    law: XZXKF,
    article: "第三十二条第一款第（四）项",
    text: "申请材料不齐全或者不符合法定形式的，应当当场或者在五日内一次告知申请人需要补正的全部内容，逾期不告知的，自收到申请材料之日起即为受理"
  },
  consequence: {
    zh: "逾期不告知的，自收到申请材料之日起即为受理",
    en: "if not told in time, the application counts as accepted on the day it was received"
  }
}

/**
 * 行政许可法 art. 42: a decision within 20 working days of acceptance; the
 * head of the agency may extend it by 10 working days, giving the applicant
 * the reason.
 *
 * @example
 * ```ts
 * import { licensingDecision } from "@tongban/deadline"
 *
 * licensingDecision.extension.limit // { amount: 10, unit: "working_day" }
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const licensingDecision: ExtendableRulePreset = {
  id: "xzxkf-42",
  name: { zh: "作出行政许可决定", en: "licensing decision" },
  limit: { amount: 20, unit: "working_day" },
  startRule: "next_day",
  from: { zh: "受理行政许可申请", en: "acceptance of the application" },
  extension: {
    limit: { amount: 10, unit: "working_day" },
    approvedBy: { zh: "本行政机关负责人", en: "the head of the agency" }
  },
  excluded: ["hearing", "tender", "auction", "inspection", "testing", "quarantine", "appraisal", "expert_review"],
  citation: {
    law: XZXKF,
    article: "第四十二条第一款",
    text: "除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。二十日内不能作出决定的，经本行政机关负责人批准，可以延长十日，并应当将延长期限的理由告知申请人"
  }
}

/**
 * 行政许可法 art. 42 para. 2: unified, joint or centralised handling, 45
 * working days, extendable by 15 with the approval of the head of the
 * government at that level.
 *
 * @example
 * ```ts
 * import { licensingJointDecision } from "@tongban/deadline"
 *
 * licensingJointDecision.limit // { amount: 45, unit: "working_day" }
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const licensingJointDecision: ExtendableRulePreset = {
  id: "xzxkf-42-2",
  name: { zh: "统一办理、联合办理、集中办理的行政许可", en: "unified, joint or centralised licensing" },
  limit: { amount: 45, unit: "working_day" },
  startRule: "next_day",
  from: { zh: "受理行政许可申请", en: "acceptance of the application" },
  extension: {
    limit: { amount: 15, unit: "working_day" },
    approvedBy: { zh: "本级人民政府负责人", en: "the head of the government at that level" }
  },
  excluded: ["hearing", "tender", "auction", "inspection", "testing", "quarantine", "appraisal", "expert_review"],
  citation: {
    law: XZXKF,
    article: "第四十二条第二款",
    text: "依照本法第二十六条的规定，行政许可采取统一办理或者联合办理、集中办理的，办理的时间不得超过四十五日；四十五日内不能办结的，经本级人民政府负责人批准，可以延长十五日，并应当将延长期限的理由告知申请人"
  }
}

/**
 * 行政许可法 art. 43: where a lower agency examines first, it finishes within
 * 20 working days of acceptance.
 *
 * @example
 * ```ts
 * import { licensingLowerReview } from "@tongban/deadline"
 *
 * licensingLowerReview.limit.amount // 20
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const licensingLowerReview: RulePreset = {
  id: "xzxkf-43",
  name: { zh: "下级行政机关初步审查", en: "preliminary review by the lower agency" },
  limit: { amount: 20, unit: "working_day" },
  startRule: "next_day",
  from: { zh: "下级行政机关受理申请", en: "acceptance by the lower agency" },
  excluded: ["hearing", "tender", "auction", "inspection", "testing", "quarantine", "appraisal", "expert_review"],
  citation: {
    law: XZXKF,
    article: "第四十三条",
    text: "依法应当先经下级行政机关审查后报上级行政机关决定的行政许可，下级行政机关应当自其受理行政许可申请之日起二十日内审查完毕"
  }
}

/**
 * 行政许可法 art. 44: the licence is issued or served within 10 working days
 * of the decision to grant it.
 *
 * @example
 * ```ts
 * import { licenceIssue } from "@tongban/deadline"
 *
 * licenceIssue.limit // { amount: 10, unit: "working_day" }
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const licenceIssue: RulePreset = {
  id: "xzxkf-44",
  name: { zh: "颁发、送达行政许可证件", en: "issuing and serving the licence" },
  limit: { amount: 10, unit: "working_day" },
  startRule: "next_day",
  from: { zh: "作出准予行政许可的决定", en: "the decision to grant" },
  citation: {
    law: XZXKF,
    article: "第四十四条",
    text: "行政机关作出准予行政许可的决定，应当自作出决定之日起十日内向申请人颁发、送达行政许可证件，或者加贴标签、加盖检验、检测、检疫印章"
  }
}

/**
 * 行政许可法 art. 45: the time of a hearing, tender, auction, inspection,
 * testing, quarantine, appraisal or expert review is not counted in the
 * limits of this section; the agency tells the applicant in writing how long
 * it will take.
 *
 * @example
 * ```ts
 * import { LICENSING_EXCLUDED_PROCEDURES } from "@tongban/deadline"
 *
 * LICENSING_EXCLUDED_PROCEDURES.citation.article // "第四十五条"
 * LICENSING_EXCLUDED_PROCEDURES.reasons.length // 8
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const LICENSING_EXCLUDED_PROCEDURES: {
  readonly reasons: ReadonlyArray<SuspensionReason>
  readonly citation: Citation
} = {
  reasons: ["hearing", "tender", "auction", "inspection", "testing", "quarantine", "appraisal", "expert_review"],
  citation: {
    law: XZXKF,
    article: "第四十五条",
    text: "行政机关作出行政许可决定，依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在本节规定的期限内。行政机关应当将所需时间书面告知申请人"
  }
}

/**
 * 行政许可法 art. 82: the law's limits are working days, statutory holidays
 * excluded.
 *
 * @example
 * ```ts
 * import { LICENSING_WORKING_DAYS } from "@tongban/deadline"
 *
 * LICENSING_WORKING_DAYS.article // "第八十二条"
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const LICENSING_WORKING_DAYS: Citation = {
  law: XZXKF,
  article: "第八十二条",
  text: "本法规定的行政机关实施行政许可的期限以工作日计算，不含法定节假日"
}

/**
 * 行政处罚法 art. 60: a penalty decision within 90 days of opening the case
 * (natural days; the law's own 2, 3, 5 and 7 day limits are working days under
 * art. 85, this one is not).
 *
 * @example
 * ```ts
 * import { penaltyDecision } from "@tongban/deadline"
 *
 * penaltyDecision.limit // { amount: 90, unit: "natural_day" }
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const penaltyDecision: RulePreset = {
  id: "xzcff-60",
  name: { zh: "作出行政处罚决定", en: "administrative penalty decision" },
  limit: { amount: 90, unit: "natural_day" },
  startRule: "next_day",
  from: { zh: "行政处罚案件立案", en: "opening of the penalty case" },
  citation: {
    law: XZCFF,
    article: "第六十条",
    text: "行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定。法律、法规、规章另有规定的，从其规定"
  }
}

/**
 * 行政处罚法 art. 85: in that law, "2 days", "3 days", "5 days" and "7 days"
 * are working days, statutory holidays excluded. Turns such a limit of the
 * law into working days; other amounts stay natural days.
 *
 * @example
 * ```ts
 * import { penaltyLawDays } from "@tongban/deadline"
 *
 * penaltyLawDays(5).limit // { amount: 5, unit: "working_day" }
 * penaltyLawDays(15).limit // { amount: 15, unit: "natural_day" }
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const penaltyLawDays = (days: number): { readonly limit: TimeLimit; readonly citation: Citation } => ({
  limit: { amount: days, unit: days === 2 || days === 3 || days === 5 || days === 7 ? "working_day" : "natural_day" },
  citation: {
    law: XZCFF,
    article: "第八十五条",
    text: "本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日"
  }
})

/**
 * 信访工作条例: an agency decides whether to accept a letter-and-visit matter
 * and tells the petitioner within 15 days of receiving it.
 *
 * @example
 * ```ts
 * import { petitionAcceptance } from "@tongban/deadline"
 *
 * petitionAcceptance.limit // { amount: 15, unit: "natural_day" }
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const petitionAcceptance: RulePreset = {
  id: "xfgztl-accept",
  name: { zh: "信访事项受理告知", en: "accepting a petition and telling the petitioner" },
  limit: { amount: 15, unit: "natural_day" },
  startRule: "next_day",
  from: { zh: "收到信访事项", en: "receipt of the petition" },
  citation: {
    law: XFGZTL,
    article: "第四章 信访事项的受理",
    text: "有权处理的机关、单位收到信访事项后，应当在15日内决定是否受理并告知信访人"
  }
}

/**
 * 信访工作条例 art. 34: a petition is concluded within 60 days of acceptance;
 * for a complex one the head of the agency may extend it by at most 30 days,
 * telling the petitioner why.
 *
 * @example
 * ```ts
 * import { petitionHandling } from "@tongban/deadline"
 *
 * petitionHandling.limit // { amount: 60, unit: "natural_day" }
 * petitionHandling.extension.limit // { amount: 30, unit: "natural_day" }
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const petitionHandling: ExtendableRulePreset = {
  id: "xfgztl-34",
  name: { zh: "信访事项办结", en: "concluding a petition" },
  limit: { amount: 60, unit: "natural_day" },
  startRule: "next_day",
  from: { zh: "受理信访事项", en: "acceptance of the petition" },
  extension: {
    limit: { amount: 30, unit: "natural_day" },
    approvedBy: { zh: "本机关、单位负责人", en: "the head of the agency" }
  },
  citation: {
    law: XFGZTL,
    article: "第三十四条",
    text: "信访事项应当自受理之日起60日内办结；情况复杂的，经本机关、单位负责人批准，可以适当延长办理期限，但延长期限不得超过30日，并告知信访人延期理由"
  }
}

/**
 * 好差评 rectification: a bad review (差评) must be verified and rectified
 * within a limit set by local rules (5, 7 or 15 working days are common),
 * under 国务院办公厅关于建立政务服务"好差评"制度提高政务服务水平的意见
 * (国办发〔2019〕51号).
 *
 * @param workingDays - the local limit in working days
 * @param localRule - the local document that sets it
 *
 * @example
 * ```ts
 * import { badReviewRectification } from "@tongban/deadline"
 *
 * badReviewRectification(7, "黔东南州政务服务“好差评”管理办法").limit // { amount: 7, unit: "working_day" }
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const badReviewRectification = (workingDays: number, localRule: string): RulePreset => ({
  id: `haochaping-${workingDays}`,
  name: { zh: "差评整改", en: "bad-review rectification" },
  limit: { amount: workingDays, unit: "working_day" },
  startRule: "next_day",
  from: { zh: "收到差评", en: "receipt of the bad review" },
  citation: {
    law: `国务院办公厅关于建立政务服务“好差评”制度提高政务服务水平的意见（国办发〔2019〕51号）；${localRule}`,
    article: "差评整改",
    text: `实名差评须回访核实、限期整改，整改时限按地方规定为${workingDays}个工作日`
  }
})

/**
 * Every fixed preset, for listing in tools and docs.
 *
 * @example
 * ```ts
 * import { RULE_PRESETS } from "@tongban/deadline"
 *
 * RULE_PRESETS.map((p) => p.id) // ["xzxkf-32", "xzxkf-42", "xzxkf-42-2", "xzxkf-43", "xzxkf-44", "xzcff-60", "xfgztl-accept", "xfgztl-34"]
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const RULE_PRESETS: ReadonlyArray<RulePreset> = [
  licensingSupplementNotice,
  licensingDecision,
  licensingJointDecision,
  licensingLowerReview,
  licenceIssue,
  penaltyDecision,
  petitionAcceptance,
  petitionHandling
]
