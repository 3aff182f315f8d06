/**
 * Example rubric: a unit grading scheme (进驻单位年度考核等次评定).
 *
 * Glossary: 进驻单位 = a unit stationed in the centre, 组织管理 =
 * organisation, 服务效能 = efficiency, 群众满意 = citizens' satisfaction,
 * 作风纪律 = conduct and discipline, 按时办结率 = on-time rate, 每个百分点 =
 * per percentage point, 等次 = grade, 优秀/良好/合格/不合格 = the four grades.
 *
 * @since 0.1.0
 */
import type { Rubric } from "../Rubric.js"

/**
 * A yearly rubric for the units stationed in a centre (each unit is
 * scored as a window), of the shape of public unit grading schemes: four
 * categories whose points add up to 100, each a budget its deductions
 * cannot exceed, and four grade bands. The rules it exercises:
 *
 * - categories with budgets (组织管理 20, 服务效能 40, 群众满意 25, 作风纪律
 *   15), deductions stopping at each (扣完为止);
 * - per missing element: a missing record −2 each;
 * - per percentage point of a rate: the on-time rate below 95 % costs 1
 *   point per percentage point (`metric`);
 * - a bad review −0.5 each; a discipline violation −3 to −5 as the case
 *   merits (`range`);
 * - grade bands, lower bounds inclusive (优秀 90, 良好 80, 合格 60).
 *
 * @example
 * ```ts
 * import { parseRubric, unitGradingRubric } from "@tongban/scoring"
 *
 * parseRubric(unitGradingRubric).ok // true
 * unitGradingRubric.grades?.map((g) => g.min) // [90, 80, 60, 0]
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const unitGradingRubric: Rubric = {
  id: "unit-grading",
  name: { zh: "进驻单位年度考核等次评定", en: "Yearly grading of the units in a centre" },
  source: {
    zh: "仿公开的进驻单位年度考核办法：组织管理 20 分、服务效能 40 分、群众满意 25 分、作风纪律 15 分，各项扣完为止；90 分（含）以上优秀，80 分（含）以上良好，60 分（含）以上合格",
    en: "after public unit grading schemes: organisation 20, efficiency 40, satisfaction 25, conduct 15, each stopping at zero; 90 and above excellent, 80 good, 60 pass"
  },
  subject: "window",
  period: "year",
  base: 100,
  categories: [
    { id: "organisation", name: { zh: "组织管理", en: "organisation" }, points: 20 },
    { id: "efficiency", name: { zh: "服务效能", en: "efficiency" }, points: 40 },
    { id: "satisfaction", name: { zh: "群众满意", en: "citizens' satisfaction" }, points: 25 },
    { id: "conduct", name: { zh: "作风纪律", en: "conduct and discipline" }, points: 15 }
  ],
  items: [
    {
      id: "missing-record",
      category: "organisation",
      name: { zh: "台账缺一项扣 2 分", en: "a missing record: −2 each" },
      effect: "deduct",
      points: 2,
      unit: "occurrence",
      match: { kind: "discipline", codes: ["missing_record"] }
    },
    {
      id: "on-time-rate",
      category: "efficiency",
      name: {
        zh: "按时办结率低于 95%，每低 1 个百分点扣 1 分",
        en: "on-time rate below 95%: −1 per percentage point"
      },
      effect: "deduct",
      points: 1,
      unit: "percentage_point",
      metric: { name: "on_time_rate", threshold: 95 }
    },
    {
      id: "bad-review",
      category: "satisfaction",
      name: { zh: "差评每个扣 0.5 分", en: "bad review: −0.5 each" },
      effect: "deduct",
      points: 0.5,
      unit: "occurrence",
      match: { kind: "evaluation", levels: ["dissatisfied", "very_dissatisfied"] }
    },
    {
      id: "violation",
      category: "conduct",
      name: { zh: "违反工作纪律，视情节每次扣 3–5 分", en: "a discipline violation: −3 to −5 as the case merits" },
      effect: "deduct",
      points: 3,
      unit: "occurrence",
      range: { min: 3, max: 5 },
      match: { kind: "discipline", codes: ["violation"] }
    }
  ],
  grades: [
    { id: "excellent", name: { zh: "优秀", en: "excellent" }, min: 90 },
    { id: "good", name: { zh: "良好", en: "good" }, min: 80 },
    { id: "pass", name: { zh: "合格", en: "pass" }, min: 60 },
    { id: "fail", name: { zh: "不合格", en: "fail" }, min: 0 }
  ]
}
