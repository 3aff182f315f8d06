/**
 * Example rubric: 服务标兵 rules (Service Star selection by rank).
 *
 * Glossary: 服务标兵 = Service Star, 差评 = bad review, 吃拿卡要 =
 * soliciting favours, 负面通报 = negative notice, 一票否决 = veto, 名额 =
 * quota, 并列 = tie.
 *
 * @since 0.1.0
 */
import type { Rubric } from "../Rubric.js"

/**
 * A monthly staff rubric of the shape of public 服务标兵 rules: staff are
 * ranked by score and the best are named within a quota, after the veto
 * items. The rules it exercises:
 *
 * - per occurrence deductions (超期 −2, 查实投诉 −5, 差评 −1) and bonuses
 *   (表扬 +2, at most 10);
 * - veto items: soliciting favours zeroes the score (this month); a
 *   negative notice any time this year removes award eligibility;
 * - standard competition ranks (1224) with ties;
 * - an award by rank with a quota of 2 where entries tied at the quota
 *   edge are all left out (`ties: "exclude"`), so a seat may stay empty.
 *
 * @example
 * ```ts
 * import { parseRubric, serviceStarRubric } from "@tongban/scoring"
 *
 * parseRubric(serviceStarRubric).ok // true
 * serviceStarRubric.awards?.[0]?.ties // "exclude"
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const serviceStarRubric: Rubric = {
  id: "service-star",
  name: { zh: "服务标兵月度评选", en: "Monthly Service Star selection" },
  source: {
    zh: "仿公开的服务标兵评选办法：按月考核得分排名，名额内择优；有吃拿卡要行为的一票否决，受到负面通报的取消本年度评选资格",
    en: "after public Service Star rules: by monthly rank within a quota; soliciting favours is a veto, a negative notice removes eligibility for the year"
  },
  subject: "staff",
  period: "month",
  base: 100,
  maximum: 110,
  categories: [
    { id: "quality", name: { zh: "办件质量", en: "case quality" }, points: 30 },
    { id: "conduct", name: { zh: "服务规范", en: "conduct" }, points: 30 },
    { id: "bonus", name: { zh: "加分", en: "bonus" }, bonusCap: 10 }
  ],
  items: [
    {
      id: "overdue",
      category: "quality",
      name: { zh: "超期办结每件扣 2 分", en: "case overdue: −2 each" },
      effect: "deduct",
      points: 2,
      unit: "occurrence",
      match: { kind: "case", codes: ["overdue"] }
    },
    {
      id: "complaint",
      category: "conduct",
      name: { zh: "投诉经查实每次扣 5 分", en: "confirmed complaint: −5 each" },
      effect: "deduct",
      points: 5,
      unit: "occurrence",
      match: { kind: "complaint", codes: ["confirmed"] }
    },
    {
      id: "bad-review",
      category: "conduct",
      name: { zh: "差评每个扣 1 分", en: "bad review: −1 each" },
      effect: "deduct",
      points: 1,
      unit: "occurrence",
      match: { kind: "evaluation", levels: ["dissatisfied", "very_dissatisfied"] }
    },
    {
      id: "commendation",
      category: "bonus",
      name: { zh: "受到表扬每次加 2 分", en: "commendation: +2 each" },
      effect: "add",
      points: 2,
      unit: "occurrence",
      match: { kind: "commendation" }
    }
  ],
  vetoes: [
    {
      id: "soliciting",
      name: { zh: "吃拿卡要：得分归零", en: "soliciting favours: score zero" },
      match: { kind: "discipline", codes: ["soliciting"] },
      scope: "period",
      effect: "zero"
    },
    {
      id: "negative-notice-year",
      name: { zh: "负面通报：取消本年度评选资格", en: "negative notice: no awards for the year" },
      match: { kind: "discipline", codes: ["negative_notice"] },
      scope: "year",
      effect: "ineligible"
    }
  ],
  awards: [
    {
      id: "service-star",
      name: { zh: "服务标兵", en: "Service Star" },
      method: "rank",
      quota: { count: 2 },
      ties: "exclude"
    }
  ],
  ranking: { method: "standard_competition" }
}
