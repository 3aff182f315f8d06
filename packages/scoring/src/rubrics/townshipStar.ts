/**
 * Example rubric: a township star rating (乡镇便民服务中心星级评定).
 *
 * Glossary: 乡镇便民服务中心 = township service centre, 标准化建设 =
 * standardisation, 事项进驻 = matters handled on site, 星级 = star rating,
 * 创新 = innovation.
 *
 * @since 0.1.0
 */
import type { Rubric } from "../Rubric.js"

/**
 * A yearly rubric for township service centres (each centre scored as a
 * window), of the shape of public star-rating schemes: points deducted for
 * missing standard elements and matters not handled on site, a bonus for
 * innovation, and score bands turned into stars. The rules it exercises:
 *
 * - per missing element: a missing standard element −2 each (标准化建设
 *   30, stopping at zero);
 * - a threshold before counting starts: matters not handled on site
 *   beyond 3 (不含 3 项), −1 each (`threshold: 3`);
 * - a confirmed complaint −4 each;
 * - a bonus of 2.5 per innovation, capped at 5, the score at 105;
 * - bands to stars, lower bounds inclusive: 95 五星, 85 四星, 75 三星, 60
 *   二星, below 60 一星.
 *
 * @example
 * ```ts
 * import { parseRubric, townshipStarRubric } from "@tongban/scoring"
 *
 * parseRubric(townshipStarRubric).ok // true
 * townshipStarRubric.grades?.[0]?.name.zh // "五星"
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const townshipStarRubric: Rubric = {
  id: "township-star",
  name: { zh: "乡镇便民服务中心星级评定", en: "Star rating of township service centres" },
  source: {
    zh: "仿公开的乡镇（街道）便民服务中心星级评定办法：标准化建设、事项进驻、服务质量分项扣分，创新加分，按得分评定一至五星",
    en: "after public township star-rating schemes: deductions for standardisation, matters on site and service quality, a bonus for innovation, one to five stars by score"
  },
  subject: "window",
  period: "year",
  base: 100,
  maximum: 105,
  categories: [
    { id: "standard", name: { zh: "标准化建设", en: "standardisation" }, points: 30 },
    { id: "matters", name: { zh: "事项进驻", en: "matters on site" }, points: 30 },
    { id: "quality", name: { zh: "服务质量", en: "service quality" }, points: 40 },
    { id: "bonus", name: { zh: "创新加分", en: "innovation bonus" }, bonusCap: 5 }
  ],
  items: [
    {
      id: "standard-gap",
      category: "standard",
      name: { zh: "缺一项标准化要素扣 2 分", en: "a missing standard element: −2 each" },
      effect: "deduct",
      points: 2,
      unit: "occurrence",
      match: { kind: "discipline", codes: ["standard_gap"] }
    },
    {
      id: "matter-not-resident",
      category: "matters",
      name: {
        zh: "应进未进事项超过 3 项（不含 3 项），每增加 1 项扣 1 分",
        en: "matters not handled on site beyond 3: −1 each"
      },
      effect: "deduct",
      points: 1,
      unit: "occurrence",
      threshold: 3,
      match: { kind: "discipline", codes: ["matter_not_resident"] }
    },
    {
      id: "complaint",
      category: "quality",
      name: { zh: "投诉经查实每次扣 4 分", en: "confirmed complaint: −4 each" },
      effect: "deduct",
      points: 4,
      unit: "occurrence",
      match: { kind: "complaint", codes: ["confirmed"] }
    },
    {
      id: "innovation",
      category: "bonus",
      name: { zh: "创新做法被推广每项加 2.5 分", en: "an innovation adopted elsewhere: +2.5 each" },
      effect: "add",
      points: 2.5,
      unit: "occurrence",
      match: { kind: "commendation", codes: ["innovation"] }
    }
  ],
  grades: [
    { id: "five-star", name: { zh: "五星", en: "five stars" }, min: 95 },
    { id: "four-star", name: { zh: "四星", en: "four stars" }, min: 85 },
    { id: "three-star", name: { zh: "三星", en: "three stars" }, min: 75 },
    { id: "two-star", name: { zh: "二星", en: "two stars" }, min: 60 },
    { id: "one-star", name: { zh: "一星", en: "one star" }, min: 0 }
  ]
}
