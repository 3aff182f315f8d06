/**
 * Example rubric: a deduction-only quarterly rubric for window staff, in
 * four categories (纪律 30 / 规范 25 / 效能 25 / 内务 20), each deducting
 * until it reaches zero.
 *
 * Glossary: 纪律 = discipline, 规范 = conduct, 效能 = efficiency, 内务 =
 * housekeeping, 迟到 = late, 早退 = early leave, 溜岗 = off post, 擅自缺岗 =
 * absent without leave, 合格 = pass, 基本合格 = basic pass, 不合格 = fail.
 *
 * @since 0.1.0
 */
import type { Rubric } from "../Rubric.js"

/**
 * A deduction-only quarterly rubric for window staff: base 100, four
 * categories of 30, 25, 25 and 20 points, deductions per occurrence or per
 * person-time, 酌情 3–5 for negligence with consequences, grades 合格 ≥ 80,
 * 基本合格 60–80, 不合格 < 60, and a Service Star for the top 10% with no
 * confirmed complaint, no 不满意/非常不满意 rating and at least 10 ratings.
 *
 * It follows the shape of public municipal rules for service units
 * (公共政务服务单位等级评定): "迟到、早退、溜岗的，每人次扣0.5分；不履行请假手续、
 * 擅自缺岗的，每人次扣1分 … 与服务对象发生争吵的，每人次扣3分 … 以上各项评分，
 * 扣完为止，不计负分", and its grades "80分（含）以上为合格，60–80分为基本合格，
 * 60分以下为不合格"; the 30/25/25/20 split of the categories is the shape
 * issue 7 of tongban names.
 *
 * @example
 * ```ts
 * import { parseRubric, quarterlyDeductionRubric } from "@tongban/scoring"
 *
 * parseRubric(quarterlyDeductionRubric).ok // true
 * quarterlyDeductionRubric.categories.map((c) => c.points) // [30, 25, 25, 20]
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const quarterlyDeductionRubric: Rubric = {
  id: "quarterly-deduction",
  name: { zh: "窗口工作人员季度考核评分标准（扣分制）", en: "Quarterly assessment of window staff (deductions only)" },
  source: {
    zh: "仿公开的市级《公共政务服务单位等级评定》评分办法：每人次扣分、扣完为止不计负分、80/60 分三等次",
    en: "after public municipal rules for grading service units: deductions per person-time, stopping at zero, three grades at 80 and 60"
  },
  subject: "staff",
  period: "quarter",
  base: 100,
  categories: [
    { id: "discipline", name: { zh: "纪律", en: "discipline" }, points: 30 },
    { id: "conduct", name: { zh: "规范", en: "conduct" }, points: 25 },
    { id: "efficiency", name: { zh: "效能", en: "efficiency" }, points: 25 },
    { id: "housekeeping", name: { zh: "内务", en: "housekeeping" }, points: 20 }
  ],
  items: [
    {
      id: "late-early-off-post",
      category: "discipline",
      name: { zh: "迟到、早退、溜岗", en: "late, early leave, off post" },
      effect: "deduct",
      points: 0.5,
      unit: "occurrence",
      match: { kind: "attendance", codes: ["late", "early_leave", "off_post"] }
    },
    {
      id: "absent",
      category: "discipline",
      name: { zh: "不履行请假手续、擅自缺岗", en: "absent without leave" },
      effect: "deduct",
      points: 1,
      unit: "person_time",
      match: { kind: "attendance", codes: ["absent"] }
    },
    {
      id: "games-chat",
      category: "discipline",
      name: { zh: "上班时间玩游戏、闲聊", en: "games or chatting on duty" },
      effect: "deduct",
      points: 1,
      unit: "occurrence",
      match: { kind: "discipline", codes: ["games_chat"] }
    },
    {
      id: "quarrel",
      category: "conduct",
      name: { zh: "服务态度不好，与服务对象争吵", en: "quarrel with a citizen" },
      effect: "deduct",
      points: 3,
      unit: "person_time",
      match: { kind: "discipline", codes: ["quarrel"] }
    },
    {
      id: "dress",
      category: "conduct",
      name: { zh: "仪表不整、未佩戴工作牌", en: "untidy dress or no badge" },
      effect: "deduct",
      points: 0.5,
      unit: "occurrence",
      match: { kind: "discipline", codes: ["dress"] }
    },
    {
      id: "complaint",
      category: "conduct",
      name: { zh: "投诉经查实", en: "confirmed complaint" },
      effect: "deduct",
      points: 2,
      unit: "occurrence",
      match: { kind: "complaint", codes: ["confirmed"] }
    },
    {
      id: "overdue",
      category: "efficiency",
      name: { zh: "超过承诺时限办结", en: "case overdue" },
      effect: "deduct",
      points: 1,
      unit: "occurrence",
      match: { kind: "case", codes: ["overdue"] }
    },
    {
      id: "bad-review",
      category: "efficiency",
      name: { zh: "差评（不满意、非常不满意）", en: "bad review (dissatisfied, very dissatisfied)" },
      effect: "deduct",
      points: 0.5,
      unit: "occurrence",
      match: { kind: "evaluation", levels: ["dissatisfied", "very_dissatisfied"] }
    },
    {
      id: "negligence",
      category: "efficiency",
      name: { zh: "不负责任造成不良后果（酌情 3–5 分）", en: "negligence with consequences (3–5 as the case merits)" },
      effect: "deduct",
      points: 3,
      range: { min: 3, max: 5 },
      unit: "occurrence",
      match: { kind: "discipline", codes: ["negligence"] }
    },
    {
      id: "untidy",
      category: "housekeeping",
      name: { zh: "窗口卫生不整洁、物品摆放不整齐", en: "untidy window" },
      effect: "deduct",
      points: 0.5,
      unit: "occurrence",
      match: { kind: "discipline", codes: ["untidy"] }
    },
    {
      id: "smoking",
      category: "housekeeping",
      name: { zh: "大厅内吸烟、进食", en: "smoking or eating in the hall" },
      effect: "deduct",
      points: 1,
      unit: "occurrence",
      match: { kind: "discipline", codes: ["smoking"] }
    }
  ],
  grades: [
    { id: "pass", name: { zh: "合格", en: "pass" }, min: 80 },
    { id: "basic", name: { zh: "基本合格", en: "basic pass" }, min: 60 },
    { id: "fail", name: { zh: "不合格", en: "fail" }, min: 0 }
  ],
  awards: [
    {
      id: "service-star",
      name: { zh: "服务之星", en: "Service Star" },
      method: "rank",
      quota: { share: 0.1 },
      ties: "include",
      eligibility: [
        { rule: "no_confirmed_complaint" },
        { rule: "no_rating", levels: ["dissatisfied", "very_dissatisfied"] },
        { rule: "min_evaluations", count: 10 }
      ]
    }
  ],
  satisfaction: { minSample: 10, prior: { alpha: 1, beta: 1 } },
  ranking: { method: "standard_competition", tieBreakers: ["satisfaction"] }
}
