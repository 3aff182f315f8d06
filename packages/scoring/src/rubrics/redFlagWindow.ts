/**
 * Example rubric: 红旗窗口 rules (red-flag window selection).
 *
 * Glossary: 红旗窗口 = red-flag window, 办件效能 = case efficiency, 超期 =
 * overdue, 督查发现问题 = a problem found by inspection, 酌情 = as the case
 * merits, 市级/省级表扬 = city- or province-level praise, 名额 = quota.
 *
 * @since 0.1.0
 */
import type { Rubric } from "../Rubric.js"

/**
 * A quarterly window rubric of the shape of public 红旗窗口 selection rules:
 * each window is scored from its own events, and the best windows are
 * named within a quota. The rules it exercises:
 *
 * - a window as the subject (`subject: "window"`);
 * - per occurrence deductions in budgeted categories (办件效能 40, 服务质量
 *   40, 工作纪律 20);
 * - a discretionary range: an inspection finding costs 1–5 points as the
 *   case merits (`range`, the event carries `points`);
 * - a level × type table as one item per cell (市级表扬 +3, 省级表扬 +5),
 *   the bonus capped at 10 (`bonusCap`) and the score at 110 (`maximum`);
 * - an award by rank with a quota of 2 (ties at the edge included), for
 *   windows with no confirmed complaint and at least 100 points, 综合窗口
 *   excepted (the roster lines' `windowType`; a window whose type the
 *   roster does not give is not excepted).
 *
 * Where a sheet takes a window's score as the mean of its staff's
 * ("窗口人员总得分除以窗口人数"), score the staff with a staff rubric such as
 * `windowStaffMonthlyRubric` and read the result's `windows[]`.
 *
 * @example
 * ```ts
 * import { parseRubric, redFlagWindowRubric } from "@tongban/scoring"
 *
 * parseRubric(redFlagWindowRubric).ok // true
 * redFlagWindowRubric.awards?.[0]?.quota // { count: 2 }
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const redFlagWindowRubric: Rubric = {
  id: "red-flag-window",
  name: { zh: "红旗窗口季度评选", en: "Quarterly red-flag window selection" },
  source: {
    zh: "仿公开的红旗窗口评选办法：办件效能、服务质量、工作纪律分项扣分，表扬按级别加分，按得分排名择优评选",
    en: "after public red-flag window rules: deductions by category, praise by level, the best windows by rank"
  },
  subject: "window",
  period: "quarter",
  base: 100,
  maximum: 110,
  categories: [
    { id: "efficiency", name: { zh: "办件效能", en: "case efficiency" }, points: 40 },
    { id: "service", name: { zh: "服务质量", en: "service quality" }, points: 40 },
    { id: "discipline", name: { zh: "工作纪律", en: "discipline" }, points: 20 },
    { id: "bonus", name: { zh: "加分", en: "bonus" }, bonusCap: 10 }
  ],
  items: [
    {
      id: "overdue",
      category: "efficiency",
      name: { zh: "超期办结每件扣 2 分", en: "case overdue: −2 each" },
      effect: "deduct",
      points: 2,
      unit: "occurrence",
      match: { kind: "case", codes: ["overdue"] }
    },
    {
      id: "complaint",
      category: "service",
      name: { zh: "投诉经查实每次扣 5 分", en: "confirmed complaint: −5 each" },
      effect: "deduct",
      points: 5,
      unit: "occurrence",
      match: { kind: "complaint", codes: ["confirmed"] }
    },
    {
      id: "inspection",
      category: "discipline",
      name: { zh: "督查发现问题，视情节每次扣 1–5 分", en: "inspection finding: −1 to −5 as the case merits" },
      effect: "deduct",
      points: 3,
      unit: "occurrence",
      range: { min: 1, max: 5 },
      match: { kind: "discipline", codes: ["inspection_finding"] }
    },
    {
      id: "city-praise",
      category: "bonus",
      name: { zh: "受到市级表扬每次加 3 分", en: "city-level praise: +3 each" },
      effect: "add",
      points: 3,
      unit: "occurrence",
      match: { kind: "commendation", codes: ["city_praise"] }
    },
    {
      id: "province-praise",
      category: "bonus",
      name: { zh: "受到省级表扬每次加 5 分", en: "province-level praise: +5 each" },
      effect: "add",
      points: 5,
      unit: "occurrence",
      match: { kind: "commendation", codes: ["province_praise"] }
    }
  ],
  awards: [
    {
      id: "red-flag",
      name: { zh: "红旗窗口", en: "red-flag window" },
      method: "rank",
      quota: { count: 2 },
      ties: "include",
      eligibility: [
        { rule: "no_confirmed_complaint" },
        { rule: "min_score", points: 100 },
        { rule: "window_types", exceptTypes: ["综合窗口"] }
      ]
    }
  ]
}
