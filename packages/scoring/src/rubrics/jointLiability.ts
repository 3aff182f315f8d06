/**
 * Example rubric: staff deductions shared by the window's chief
 * representative, with a veto that lasts the whole year.
 *
 * Glossary: 首席代表 = chief representative, 连带责任 = joint liability,
 * 明查暗访 = open and covert inspection, 负面通报（曝光）= negative notice
 * (exposure), 取消本年度评先选优资格 = no awards for the rest of the year,
 * 吃拿卡要 = soliciting favours, 一票否决 = veto.
 *
 * @since 0.1.0
 */
import type { Rubric } from "../Rubric.js"

/**
 * A quarterly staff rubric where the chief representative of a window loses
 * half of each deduction of its members (每次扣2分、首席代表扣1分); a
 * negative notice after an inspection or in the media costs 15 points and
 * all awards for the rest of the year; soliciting favours zeroes the score;
 * two confirmed complaints cap the grade at 基本合格. Commendations add up to
 * 5 points (maximum 105, pro-rated for part of the quarter); the Service
 * Star goes to full scores (100 or more) with at least 10 evaluations and no
 * confirmed complaint, at most 10% of staff.
 *
 * It follows the shape of a public county rule for windows and their staff
 * (县政务服务中心窗口月度考评评分标准与窗口工作人员考核评分标准): "每次扣2分、首席
 * 代表扣1分 … 窗口被有关部门（媒体）明查暗访负面通报（曝光）的，每次扣15分、首席
 * 代表扣7.5分，取消本年度各项评先选优资格".
 *
 * @example
 * ```ts
 * import { jointLiabilityRubric, parseRubric } from "@tongban/scoring"
 *
 * parseRubric(jointLiabilityRubric).ok // true
 * jointLiabilityRubric.items[0]?.joint // { share: 0.5 }
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const jointLiabilityRubric: Rubric = {
  id: "joint-liability",
  name: {
    zh: "窗口工作人员季度考核（首席代表连带责任）",
    en: "Quarterly staff assessment with the chief representative's joint liability"
  },
  source: {
    zh: "仿公开的《县政务服务中心窗口月度考评评分标准与窗口工作人员考核评分标准》：每次扣2分、首席代表扣1分；负面通报每次扣15分、首席代表扣7.5分，取消本年度评先选优资格",
    en: "after a public county rule for windows and their staff: −2 each and −1 for the chief representative; a negative notice −15 (chief −7.5) and no awards for the year"
  },
  subject: "staff",
  period: "quarter",
  base: 100,
  maximum: 105,
  categories: [
    { id: "quality", name: { zh: "办件质量", en: "case quality" }, points: 40 },
    { id: "supervision", name: { zh: "服务监督", en: "supervision" }, points: 40 },
    { id: "discipline", name: { zh: "工作纪律", en: "discipline" }, points: 20 },
    { id: "bonus", name: { zh: "加分", en: "bonus" }, bonusCap: 5 }
  ],
  items: [
    {
      id: "overdue",
      category: "quality",
      name: { zh: "超期办结（每次扣2分、首席代表扣1分）", en: "case overdue (−2; chief −1)" },
      effect: "deduct",
      points: 2,
      unit: "occurrence",
      match: { kind: "case", codes: ["overdue"] },
      joint: { share: 0.5 }
    },
    {
      id: "abolished-requirement",
      category: "quality",
      name: { zh: "仍在实施已明令取消的事项、材料、收费或环节", en: "still applying an abolished requirement" },
      effect: "deduct",
      points: 5,
      unit: "occurrence",
      match: { kind: "discipline", codes: ["abolished_requirement"] },
      joint: { share: 0.5 }
    },
    {
      id: "complaint",
      category: "supervision",
      name: { zh: "投诉经查实（每次扣3分、首席代表扣1.5分）", en: "confirmed complaint (−3; chief −1.5)" },
      effect: "deduct",
      points: 3,
      unit: "occurrence",
      match: { kind: "complaint", codes: ["confirmed"] },
      joint: { share: 0.5 }
    },
    {
      id: "negative-notice",
      category: "supervision",
      name: { zh: "明查暗访负面通报（曝光）", en: "negative notice after inspection or in the media" },
      effect: "deduct",
      points: 15,
      unit: "occurrence",
      match: { kind: "discipline", codes: ["negative_notice"] },
      joint: { share: 0.5 }
    },
    {
      id: "late",
      category: "discipline",
      name: { zh: "迟到、早退", en: "late or early leave" },
      effect: "deduct",
      points: 1,
      unit: "occurrence",
      match: { kind: "attendance", codes: ["late", "early_leave"] }
    },
    {
      id: "commendation",
      category: "bonus",
      name: { zh: "受到表扬", en: "commendation" },
      effect: "add",
      points: 1,
      unit: "occurrence",
      match: { kind: "commendation" }
    }
  ],
  vetoes: [
    {
      id: "negative-notice-year",
      name: { zh: "负面通报：取消本年度评先选优资格", en: "negative notice: no awards for the year" },
      match: { kind: "discipline", codes: ["negative_notice"] },
      scope: "year",
      effect: "ineligible"
    },
    {
      id: "soliciting",
      name: { zh: "吃拿卡要：得分归零", en: "soliciting favours: score zero" },
      match: { kind: "discipline", codes: ["soliciting"] },
      scope: "period",
      effect: "zero"
    },
    {
      id: "two-complaints",
      name: { zh: "查实投诉两次及以上：最高基本合格", en: "two or more confirmed complaints: at most a basic pass" },
      match: { kind: "complaint", codes: ["confirmed"] },
      minCount: 2,
      scope: "period",
      effect: { capGrade: "basic" }
    }
  ],
  grades: [
    { id: "excellent", name: { zh: "优秀", en: "excellent" }, min: 95 },
    { id: "pass", name: { zh: "合格", en: "pass" }, min: 80 },
    { id: "basic", name: { zh: "基本合格", en: "basic pass" }, min: 60 },
    { id: "fail", name: { zh: "不合格", en: "fail" }, min: 0 }
  ],
  awards: [
    {
      id: "service-star",
      name: { zh: "服务之星", en: "Service Star" },
      method: "full_score",
      fullScore: 100,
      quota: { share: 0.1 },
      ties: "exclude",
      eligibility: [{ rule: "no_confirmed_complaint" }, { rule: "min_evaluations", count: 10 }]
    }
  ],
  satisfaction: { minSample: 10, prior: { alpha: 1, beta: 1 } },
  presence: { proRateBonus: true, minShareForAwards: 0.5 },
  ranking: { method: "standard_competition", tieBreakers: ["satisfaction", "fewer_deductions"] }
}
