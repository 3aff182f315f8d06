/**
 * Example rubric: a monthly staff sheet with nested sub-categories, a flat
 * deduction on a rate, exclusive grade bounds, evidence per item and a
 * window composite that mixes the staff's scores with votes.
 *
 * Glossary: 思想作风 = conduct, 依法行政 = acting within the law, 遵纪守法 =
 * keeping the rules, 评优比例 = the share of ratings that are excellent,
 * 考核依据 = evidence source, 综合得分 = composite score, 窗口效能 =
 * window efficiency, 值班长投票 = the duty chiefs' vote, 服务对象投票 = the
 * citizens' vote.
 *
 * @since 0.2.0
 */
import type { Rubric } from "../Rubric.js"

/**
 * A monthly staff rubric of the shape of public window and staff appraisal
 * schemes (窗口及工作人员综合考评办法). The rules it exercises:
 *
 * - nested sub-categories: 思想作风 15 holds 依法行政 5 and 遵纪守法 10, each
 *   sub-category stops at its own points and the parent at 15 over both and
 *   its own items;
 * - a flat deduction on a rate: fewer than 20 % of the ratings 非常满意
 *   ("评优比例低于 20% 的扣 3 分"), a `ratio` metric scored `once`;
 * - exclusive grade bounds: 优秀 above 85 (不含 85), 合格 from 60 (含);
 * - the evidence source of each item (`evidence`), carried into its lines;
 * - eligibility by role: 服务标兵 is for window staff, chief representatives
 *   excepted (`{ rule: "roles", exceptRoles: ["chief_representative"] }`);
 * - a window composite (综合得分): 窗口效能 30 % (an input from the window
 *   rubric) + the mean of the window's staff scores 30 % + 值班长投票 20 % +
 *   服务对象投票 20 %, the votes passed in as inputs.
 *
 * @example
 * ```ts
 * import { parseRubric, windowCompositeRubric } from "@tongban/scoring"
 *
 * parseRubric(windowCompositeRubric).ok // true
 * windowCompositeRubric.categories.map((c) => c.parent ?? "-") // ["-", "conduct", "conduct", "-"]
 * ```
 *
 * @since 0.2.0
 * @category presets
 */
export const windowCompositeRubric: Rubric = {
  id: "window-composite",
  name: { zh: "窗口工作人员月度考评与窗口综合得分", en: "Monthly staff appraisal and window composite" },
  source: {
    zh: "仿公开的窗口及工作人员综合考评办法：思想作风分设依法行政、遵纪守法子项；评优比例低于 20% 的扣 3 分；85 分以上（不含 85 分）为优秀；窗口综合得分 = 窗口效能 30% + 工作人员考核 30% + 值班长投票 20% + 服务对象投票 20%",
    en: "After public window and staff appraisal schemes: conduct split into acting within the law and keeping the rules; 3 points off when fewer than 20% of ratings are excellent; excellent above 85 (85 itself not); window composite = efficiency 30% + staff 30% + duty chiefs' vote 20% + citizens' vote 20%"
  },
  subject: "staff",
  period: "month",
  base: 100,
  categories: [
    { id: "conduct", name: { zh: "思想作风", en: "conduct" }, points: 15 },
    { id: "law", parent: "conduct", name: { zh: "依法行政", en: "acting within the law" }, points: 5 },
    { id: "rules", parent: "conduct", name: { zh: "遵纪守法", en: "keeping the rules" }, points: 10 },
    { id: "quality", name: { zh: "服务质量", en: "service quality" }, points: 10 }
  ],
  items: [
    {
      id: "conduct-notice",
      category: "conduct",
      name: { zh: "作风问题被通报，每次扣 4 分", en: "conduct notice: 4 points each" },
      effect: "deduct",
      points: 4,
      unit: "occurrence",
      match: { kind: "discipline", codes: ["conduct_notice"] },
      evidence: { zh: "中心督查通报", en: "the centre's inspection notices" }
    },
    {
      id: "law-breach",
      category: "law",
      name: { zh: "未依法依规办理，每件扣 2 分", en: "not handled by law: 2 points each" },
      effect: "deduct",
      points: 2,
      unit: "occurrence",
      match: { kind: "discipline", codes: ["law_breach"] },
      evidence: { zh: "办件抽查记录", en: "case spot checks" }
    },
    {
      id: "rule-breach",
      category: "rules",
      name: { zh: "违反工作纪律，每次扣 3 分", en: "breach of work rules: 3 points each" },
      effect: "deduct",
      points: 3,
      unit: "occurrence",
      match: { kind: "discipline", codes: ["rule_breach"] },
      evidence: { zh: "考勤与巡查记录", en: "attendance and patrol records" }
    },
    {
      id: "excellent-share",
      category: "quality",
      name: { zh: "评优比例低于 20% 的扣 3 分", en: "fewer than 20% of ratings excellent: 3 points" },
      effect: "deduct",
      points: 3,
      unit: "once",
      metric: {
        name: "ratio",
        threshold: 20,
        when: "below",
        numerator: { kind: "evaluation", levels: ["very_satisfied"] },
        denominator: { kind: "evaluation" }
      },
      evidence: { zh: "好差评系统", en: "the good/bad review system" }
    }
  ],
  grades: [
    { id: "excellent", name: { zh: "优秀", en: "excellent" }, min: 85, inclusive: false },
    { id: "pass", name: { zh: "合格", en: "pass" }, min: 60 },
    { id: "fail", name: { zh: "不合格", en: "fail" }, min: 0 }
  ],
  awards: [
    {
      id: "service-model",
      name: { zh: "服务标兵", en: "Service Model" },
      method: "rank",
      quota: { count: 1 },
      ties: "include",
      eligibility: [{ rule: "roles", exceptRoles: ["chief_representative"] }]
    }
  ],
  inputs: [
    {
      id: "window_efficiency",
      name: { zh: "窗口效能", en: "window efficiency" },
      max: 100,
      source: { zh: "窗口考核评分标准的窗口得分", en: "the window's score under the window rubric" }
    },
    { id: "duty_vote", name: { zh: "值班长投票", en: "duty chiefs' vote" }, max: 100 },
    { id: "citizen_vote", name: { zh: "服务对象投票", en: "citizens' vote" }, max: 100 }
  ],
  composites: [
    {
      id: "window-total",
      name: { zh: "窗口综合得分", en: "window composite" },
      of: "window",
      components: [
        {
          id: "efficiency",
          name: { zh: "窗口效能 30%", en: "efficiency 30%" },
          weight: 0.3,
          from: "input",
          input: "window_efficiency"
        },
        {
          id: "staff",
          name: { zh: "工作人员考核 30%（平均）", en: "staff appraisal 30% (mean)" },
          weight: 0.3,
          from: "score",
          aggregate: "mean"
        },
        {
          id: "duty",
          name: { zh: "值班长投票 20%", en: "duty chiefs' vote 20%" },
          weight: 0.2,
          from: "input",
          input: "duty_vote"
        },
        {
          id: "citizens",
          name: { zh: "服务对象投票 20%", en: "citizens' vote 20%" },
          weight: 0.2,
          from: "input",
          input: "citizen_vote"
        }
      ]
    }
  ]
}
