/**
 * Example rubric: a monthly window rubric with a base of 100 and a maximum
 * of 110.
 *
 * Glossary: 基本分 = base, 最高分 = maximum, 擅自脱岗 = off post without
 * leave, 擅自增加收费项目 = unauthorised fee, 超过承诺时限 = overdue, 办结率 =
 * completion rate, 酌情 = as the case merits, 锦旗/表扬信 = commendation,
 * 红旗窗口 = Red Flag Window.
 *
 * @since 0.1.0
 */
import type { Rubric } from "../Rubric.js"

/**
 * A monthly rubric for windows: base 100, maximum 110; absence −3 per
 * person per half day, an unauthorised fee −5 each, an overdue case −5
 * each, −1 per percentage point of on-time rate under 100%, a result error
 * −2 to −5 as the case merits; bonuses for commendations, satisfaction above
 * 95% (at least 30 evaluations) and workload weighted by matter difficulty;
 * a Red Flag Window award for the best 10 by a weighted formula.
 *
 * It follows the shape of a public county rule for window service
 * (县行政服务中心窗口服务考核实施细则): "中心对各窗口每月考核一次，考核设基本分
 * 100分，最高分110分 … 擅自脱岗半天以上，每人次每半天扣3分 … 擅自增加收费项目
 * 或提高收费标准，经查实每次扣5分 … 超过承诺时限，每件次扣5分 … 办结率每减少1
 * 个百分点，扣分；办事结果有差错，每件次酌情扣2–5分".
 *
 * @example
 * ```ts
 * import { parseRubric, windowMaximum110Rubric } from "@tongban/scoring"
 *
 * parseRubric(windowMaximum110Rubric).ok // true
 * windowMaximum110Rubric.maximum // 110
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const windowMaximum110Rubric: Rubric = {
  id: "window-110",
  name: { zh: "窗口服务月度考核（基本分100分，最高分110分）", en: "Monthly window assessment (base 100, maximum 110)" },
  source: {
    zh: "仿公开的《县行政服务中心窗口服务考核实施细则》：基本分100分、最高分110分，脱岗每半天扣3分，违规收费每次扣5分，超期每件扣5分",
    en: "after a public county rule for window service: base 100, maximum 110, −3 per half day off post, −5 per unauthorised fee, −5 per overdue case"
  },
  subject: "window",
  period: "month",
  base: 100,
  maximum: 110,
  categories: [
    { id: "attendance", name: { zh: "人员到岗", en: "attendance" }, points: 20 },
    { id: "fees", name: { zh: "收费管理", en: "fees" }, points: 10 },
    { id: "time-limits", name: { zh: "限时承诺", en: "promised time limits" }, points: 15 },
    { id: "results", name: { zh: "办事结果", en: "results" }, points: 15 },
    { id: "bonus", name: { zh: "加分", en: "bonus" }, bonusCap: 10 }
  ],
  items: [
    {
      id: "absent-half-day",
      category: "attendance",
      name: { zh: "擅自脱岗（每人次每半天）", en: "off post without leave (per person per half day)" },
      effect: "deduct",
      points: 3,
      unit: "half_day",
      match: { kind: "attendance", codes: ["absent"] }
    },
    {
      id: "unauthorised-fee",
      category: "fees",
      name: { zh: "擅自增加收费项目或提高收费标准", en: "unauthorised fee" },
      effect: "deduct",
      points: 5,
      unit: "occurrence",
      match: { kind: "discipline", codes: ["unauthorised_fee"] }
    },
    {
      id: "overdue",
      category: "time-limits",
      name: { zh: "超过承诺时限（每件次）", en: "case overdue (each)" },
      effect: "deduct",
      points: 5,
      unit: "occurrence",
      match: { kind: "case", codes: ["overdue"] }
    },
    {
      id: "on-time-rate",
      category: "results",
      name: { zh: "按时办结率每低于100%一个百分点", en: "each percentage point of on-time rate under 100%" },
      effect: "deduct",
      points: 1,
      unit: "percentage_point",
      metric: { name: "on_time_rate", threshold: 100 }
    },
    {
      id: "result-error",
      category: "results",
      name: { zh: "办事结果有差错（酌情 2–5 分）", en: "error in a result (2–5 as the case merits)" },
      effect: "deduct",
      points: 2,
      range: { min: 2, max: 5 },
      unit: "occurrence",
      match: { kind: "discipline", codes: ["result_error"] }
    },
    {
      id: "commendation",
      category: "bonus",
      name: { zh: "锦旗、表扬信", en: "commendation" },
      effect: "add",
      points: 2,
      unit: "occurrence",
      match: { kind: "commendation" }
    },
    {
      id: "satisfaction",
      category: "bonus",
      name: { zh: "满意度每高于95%一个百分点", en: "each percentage point of satisfaction above 95%" },
      effect: "add",
      points: 1,
      unit: "percentage_point",
      metric: { name: "satisfaction", threshold: 95 },
      cap: 4
    },
    {
      id: "workload",
      category: "bonus",
      name: {
        zh: "按时办结件数（按难度加权，每件 0.01 分）",
        en: "cases handled on time, weighted by difficulty (0.01 each)"
      },
      effect: "add",
      points: 0.01,
      unit: "occurrence",
      weighted: true,
      cap: 3,
      match: { kind: "case", codes: ["on_time"] }
    }
  ],
  grades: [
    { id: "excellent", name: { zh: "优秀", en: "excellent" }, min: 100 },
    { id: "pass", name: { zh: "合格", en: "pass" }, min: 80 },
    { id: "fail", name: { zh: "不合格", en: "fail" }, min: 0 }
  ],
  awards: [
    {
      id: "red-flag-window",
      name: { zh: "红旗窗口", en: "Red Flag Window" },
      method: "weighted",
      weights: { score: 0.6, satisfaction: 0.3, workload: 0.1 },
      quota: { count: 10 },
      ties: "include",
      eligibility: [{ rule: "no_confirmed_complaint" }]
    }
  ],
  satisfaction: { minSample: 30, prior: { pooled: 10 } },
  workload: { weights: { instant: 0.5, commitment: 1, joint: 2 }, defaultWeight: 1 }
}
