/**
 * Example rubric: a window staff monthly sheet (窗口工作人员月度考核表).
 *
 * Glossary: 到岗 = being at one's post, 请假 = leave, 迟到 = late, 旷工 =
 * absent without leave, 服务投诉 = service complaint, 表扬 = commendation,
 * 扣完为止 = deductions stop at the category's points.
 *
 * @since 0.1.0
 */
import type { Rubric } from "../Rubric.js"

/**
 * A monthly staff sheet of the common shape "到岗 20 分、服务 30 分，扣完为
 * 止；表扬每次加 1 分，最多加 5 分". The rules it exercises:
 *
 * - a category that starts full and is reduced (人员到岗 20 分);
 * - a threshold before counting starts: leave beyond 2 days a month, 1
 *   point a day (`threshold: 2`);
 * - tiers by duration as event codes: late within 10 minutes −1
 *   (`late_10`), late beyond 10 minutes −2 (`late_30`);
 * - per person per half day: absent −3 a half day (`half_day`);
 * - reclassification: a missed sign-in within a half day counts as absence
 *   (半天内缺签按旷工处理: `reclassify` maps `missed_sign_in` to `absent`);
 * - a confirmed service complaint −5 each;
 * - a bonus per occurrence, capped by its category (`bonusCap: 5`);
 * - grade bands with inclusive lower bounds (80 合格, 60 基本合格);
 * - the window's score as its staff's mean: read the result's `windows[]`.
 *
 * @example
 * ```ts
 * import { parseRubric, windowStaffMonthlyRubric } from "@tongban/scoring"
 *
 * parseRubric(windowStaffMonthlyRubric).ok // true
 * windowStaffMonthlyRubric.items[0]?.threshold // 2
 * windowStaffMonthlyRubric.reclassify?.[0]?.code // "absent"
 * ```
 *
 * @since 0.1.0
 * @category presets
 */
export const windowStaffMonthlyRubric: Rubric = {
  id: "window-staff-monthly",
  name: { zh: "窗口工作人员月度考核", en: "Monthly assessment of window staff" },
  source: {
    zh: "仿公开的窗口工作人员月度考核表：人员到岗 20 分、服务质量 30 分，扣完为止；请假超过 2 天（不含 2 天）每增加 1 天扣 1 分；迟到 10 分钟之内每次扣 1 分",
    en: "after public monthly sheets for window staff: at post 20, service 30, deductions stop at zero; leave beyond 2 days −1 a day; late within 10 minutes −1 each"
  },
  subject: "staff",
  period: "month",
  base: 100,
  maximum: 105,
  categories: [
    { id: "attendance", name: { zh: "人员到岗", en: "at post" }, points: 20 },
    { id: "service", name: { zh: "服务质量", en: "service quality" }, points: 30 },
    { id: "bonus", name: { zh: "加分", en: "bonus" }, bonusCap: 5 }
  ],
  items: [
    {
      id: "leave",
      category: "attendance",
      name: { zh: "请假超过 2 天（不含 2 天），每增加 1 天扣 1 分", en: "leave beyond 2 days: −1 a day" },
      effect: "deduct",
      points: 1,
      unit: "person_time",
      threshold: 2,
      match: { kind: "attendance", codes: ["leave"] }
    },
    {
      id: "late-10",
      category: "attendance",
      name: { zh: "迟到 10 分钟之内每次扣 1 分", en: "late within 10 minutes: −1 each" },
      effect: "deduct",
      points: 1,
      unit: "occurrence",
      match: { kind: "attendance", codes: ["late_10"] }
    },
    {
      id: "late-30",
      category: "attendance",
      name: { zh: "迟到 10 分钟以上每次扣 2 分", en: "late beyond 10 minutes: −2 each" },
      effect: "deduct",
      points: 2,
      unit: "occurrence",
      match: { kind: "attendance", codes: ["late_30"] }
    },
    {
      id: "absent",
      category: "attendance",
      name: { zh: "旷工每人每半天扣 3 分", en: "absent: −3 per person per half day" },
      effect: "deduct",
      points: 3,
      unit: "half_day",
      match: { kind: "attendance", codes: ["absent"] }
    },
    {
      id: "complaint",
      category: "service",
      name: { zh: "服务投诉经查实每次扣 5 分", en: "confirmed service complaint: −5 each" },
      effect: "deduct",
      points: 5,
      unit: "occurrence",
      match: { kind: "complaint", codes: ["confirmed"] }
    },
    {
      id: "commendation",
      category: "bonus",
      name: { zh: "受到表扬每次加 1 分", en: "commendation: +1 each" },
      effect: "add",
      points: 1,
      unit: "occurrence",
      match: { kind: "commendation" }
    }
  ],
  reclassify: [
    {
      id: "missed-sign-in",
      name: { zh: "半天内缺签按旷工处理", en: "a missed sign-in within a half day counts as absence" },
      match: { kind: "attendance", codes: ["missed_sign_in"] },
      code: "absent"
    }
  ],
  grades: [
    { id: "pass", name: { zh: "合格", en: "pass" }, min: 80 },
    { id: "basic", name: { zh: "基本合格", en: "basic pass" }, min: 60 },
    { id: "fail", name: { zh: "不合格", en: "fail" }, min: 0 }
  ]
}
