/**
 * The minimal complete rubric: the smallest rubric that uses each part a
 * county's sheet usually has (a base, a category that deducts until it is
 * used up, a per-occurrence deduction, a bonus with a cap, a grade band and
 * an award with a quota). `tongban score template` prints it as JSON, to be
 * copied and filled in item by item (see docs/scoring.md).
 *
 * Glossary: 评分标准模板 = rubric template, 基本分 = base, 扣分 = deduction,
 * 加分 = bonus, 扣完为止 = deductions stop at the category's points, 等次 =
 * grade, 名额 = quota.
 *
 * @since 0.2.0
 */
import type { Rubric } from "../Rubric.js"

/**
 * A complete minimal monthly rubric for window staff: base 100, at most
 * 105; a
 * 纪律 category of 20 points (迟到 −1 each, deducted until the 20 are used
 * up); a 加分 category (表扬 +2 each, at most 5); grades 合格 ≥ 80 and
 * 不合格 below; one 服务标兵 a month by rank, ties at the quota edge all in.
 * Every key a rubric needs is present, and each can be extended as
 * docs/scoring.md explains.
 *
 * @example
 * ```ts
 * import { minimalRubric, parseRubric } from "@tongban/scoring"
 *
 * parseRubric(minimalRubric).ok // true
 * minimalRubric.items.map((i) => i.id) // ["late", "commendation"]
 * ```
 *
 * @since 0.2.0
 * @category presets
 */
export const minimalRubric: Rubric = {
  id: "my-county-monthly",
  name: { zh: "窗口工作人员月度考核评分标准", en: "Monthly assessment of window staff" },
  source: { zh: "（填写：本县文件名称与文号）", en: "(fill in: the title and number of the county's document)" },
  subject: "staff",
  period: "month",
  base: 100,
  maximum: 105,
  categories: [
    { id: "discipline", name: { zh: "纪律", en: "discipline" }, points: 20 },
    { id: "bonus", name: { zh: "加分", en: "bonus" }, bonusCap: 5 }
  ],
  items: [
    {
      id: "late",
      category: "discipline",
      name: { zh: "迟到，每次扣 1 分", en: "late: 1 point each time" },
      effect: "deduct",
      points: 1,
      unit: "occurrence",
      match: { kind: "attendance", codes: ["late"] }
    },
    {
      id: "commendation",
      category: "bonus",
      name: { zh: "受到表扬，每次加 2 分", en: "commended: 2 points each time" },
      effect: "add",
      points: 2,
      unit: "occurrence",
      match: { kind: "commendation" }
    }
  ],
  grades: [
    { id: "pass", name: { zh: "合格", en: "pass" }, min: 80 },
    { id: "fail", name: { zh: "不合格", en: "fail" }, min: 0 }
  ],
  awards: [
    {
      id: "service-model",
      name: { zh: "服务标兵", en: "Service Model" },
      method: "rank",
      quota: { count: 1 },
      ties: "include"
    }
  ]
}
