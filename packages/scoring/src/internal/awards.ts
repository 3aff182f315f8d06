/**
 * Awards (评先评优, 服务之星): by rank, by full score or by a weighted
 * formula, within a quota, for the eligible, with the reasons for each
 * decision and the stated rule for ties at the quota boundary.
 */
import type { Message } from "@tongban/core"
import type { AwardResult, Reason } from "../Assessment.js"
import { LEVEL_NAMES_ZH } from "../Events.js"
import { formatPoints } from "../Points.js"
import type { Level } from "../Rubric.js"
import { LEVEL_INDEX } from "./accumulate.js"
import type { Compiled } from "./compile.js"
import { roundDiv, toHundredths } from "./decimal.js"
import type { Work } from "./lines.js"
import { pct } from "./ratio.js"

/** How the subjects were ranked: the comparison (ahead is negative) and each one's rank. */
export interface Ranked {
  readonly compareWork: (x: Work, y: Work) => number
  readonly rankOf: ReadonlyMap<Work, number>
  readonly periodDays: number
}

/** Every award of the rubric, decided over the subjects scored. */
export const selectAwards = (c: Compiled, works: ReadonlyArray<Work>, ranked: Ranked): Array<AwardResult> => {
  const r = c.rubric
  const { compareWork, rankOf, periodDays } = ranked
  let maxWorkload = 0
  for (const w of works) maxWorkload = Math.max(maxWorkload, w.acc.workloadH)
  return (r.awards ?? []).map((aw) => {
    const tieRule: Message =
      (aw.ties ?? "include") === "include"
        ? {
            zh: "名额边界上得分并列者一并入选（名额可能因此超出）",
            en: "entries tied at the quota boundary are all selected (the quota may be exceeded)"
          }
        : {
            zh: "名额边界上得分并列者均不入选（名额可能因此空缺）",
            en: "entries tied at the quota boundary are all left out (seats may stay empty)"
          }
    const full = toHundredths(aw.fullScore ?? "") ?? c.maximumH
    const weights =
      aw.weights === undefined
        ? undefined
        : {
            score: toHundredths(aw.weights.score) ?? 0,
            satisfaction: toHundredths(aw.weights.satisfaction) ?? 0,
            workload: toHundredths(aw.weights.workload) ?? 0
          }
    const eligible: Array<{ w: Work; key: number; reasons: Array<Reason> }> = []
    const ineligible: Array<{ id: string; reasons: ReadonlyArray<Reason> }> = []
    for (const w of works) {
      const why: Array<Reason> = []
      for (const v of w.vetoes)
        why.push({ code: "veto", message: { zh: `一票否决：${v.name.zh}`, en: `veto: ${v.name.en}` } })
      const minShare = toHundredths(r.presence?.minShareForAwards ?? 0) ?? 0
      if (w.presentDays * 100 < minShare * periodDays) {
        why.push({
          code: "presence_too_short",
          message: {
            zh: `在岗 ${w.presentDays}/${periodDays} 天，不足 ${formatPoints(minShare * 100)}%`,
            en: `present ${w.presentDays} of ${periodDays} days, under ${formatPoints(minShare * 100)}%`
          }
        })
      }
      for (const rule of aw.eligibility ?? []) {
        if (rule.rule === "no_confirmed_complaint" && w.acc.complaints > 0) {
          why.push({
            code: "complaint_confirmed",
            message: { zh: `有 ${w.acc.complaints} 起查实投诉`, en: `${w.acc.complaints} confirmed complaint(s)` }
          })
        } else if (rule.rule === "no_rating") {
          const n = rule.levels.reduce((s, l) => s + (w.acc.levels[LEVEL_INDEX[l]] ?? 0), 0)
          if (n > 0)
            why.push({
              code: "rating_excluded",
              message: {
                zh: `有 ${n} 个${rule.levels.map((l: Level) => LEVEL_NAMES_ZH[l]).join("/")}评价`,
                en: `${n} rating(s) of ${rule.levels.join("/")}`
              }
            })
        } else if (rule.rule === "min_score") {
          const m = toHundredths(rule.points) ?? 0
          if (w.total < m)
            why.push({
              code: "score_too_low",
              message: {
                zh: `得分 ${formatPoints(w.total)} 低于 ${formatPoints(m)}`,
                en: `score ${formatPoints(w.total)} is below ${formatPoints(m)}`
              }
            })
        } else if (rule.rule === "min_evaluations" && w.sat.n < rule.count) {
          why.push({
            code: "too_few_evaluations",
            message: {
              zh: `评价数 ${w.sat.n} 少于 ${rule.count}`,
              en: `${w.sat.n} evaluations, fewer than ${rule.count}`
            }
          })
        } else if (rule.rule === "roles") {
          const role = w.acc.role
          const admitted =
            (rule.roles === undefined || (role !== undefined && rule.roles.includes(role))) &&
            (rule.exceptRoles === undefined || role === undefined || !rule.exceptRoles.includes(role))
          if (!admitted)
            why.push({
              code: "role_not_eligible",
              message: {
                zh: `角色 ${role ?? "（未注明）"} 不在评选范围内`,
                en: `the role ${role ?? "(none given)"} is not eligible`
              }
            })
        } else if (rule.rule === "window_types") {
          const type = w.acc.windowType
          const admitted =
            (rule.types === undefined || (type !== undefined && rule.types.includes(type))) &&
            (rule.exceptTypes === undefined || type === undefined || !rule.exceptTypes.includes(type))
          if (!admitted)
            why.push({
              code: "window_type_not_eligible",
              message: {
                zh: `窗口类型 ${type ?? "（名册未注明）"} 不在评选范围内`,
                en: `the window type ${type ?? "(not on the roster)"} is not eligible`
              }
            })
        } else if (rule.rule === "min_presence") {
          const s = toHundredths(rule.share) ?? 0
          if (w.presentDays * 100 < s * periodDays)
            why.push({
              code: "presence_too_short",
              message: {
                zh: `在岗 ${w.presentDays}/${periodDays} 天，不足 ${formatPoints(s * 100)}%`,
                en: `present ${w.presentDays} of ${periodDays} days, under ${formatPoints(s * 100)}%`
              }
            })
        }
      }
      if (aw.method === "full_score" && w.total < full) {
        why.push({
          code: "not_full_score",
          message: {
            zh: `得分 ${formatPoints(w.total)} 未达满分 ${formatPoints(full)}`,
            en: `score ${formatPoints(w.total)} is short of the full ${formatPoints(full)}`
          }
        })
      }
      if (
        aw.method === "weighted" &&
        weights !== undefined &&
        weights.satisfaction > 0 &&
        (w.sat.n === 0 || w.sat.n < c.minSample)
      ) {
        why.push({
          code: "too_few_evaluations",
          message: {
            zh: `评价数 ${w.sat.n} 少于最小样本 ${c.minSample}`,
            en: `${w.sat.n} evaluations, below the minimum sample of ${c.minSample}`
          }
        })
      }
      if (why.length > 0) {
        ineligible.push({ id: w.acc.id, reasons: why })
        continue
      }
      let key = w.total
      if (aw.method === "weighted" && weights !== undefined) {
        // Each term rounded half away from zero to a hundredth, then summed: w·(100·score/maximum) + w·satisfaction% + w·(100·workload/max workload).
        const t1 =
          c.maximumH === 0 ? 0 : Number(roundDiv(BigInt(weights.score) * BigInt(w.total) * 100n, BigInt(c.maximumH)))
        const t2 = Number(roundDiv(BigInt(weights.satisfaction) * w.sat.smoothed.num * 100n, w.sat.smoothed.den))
        const t3 =
          maxWorkload === 0
            ? 0
            : Number(roundDiv(BigInt(weights.workload) * BigInt(w.acc.workloadH) * 100n, BigInt(maxWorkload)))
        key = t1 + t2 + t3
      }
      eligible.push({ w, key, reasons: [] })
    }
    const cmp = (x: { w: Work; key: number }, y: { w: Work; key: number }): number =>
      x.key !== y.key ? y.key - x.key : aw.method === "weighted" ? 0 : compareWork(x.w, y.w)
    eligible.sort((x, y) => cmp(x, y) || (x.w.acc.id < y.w.acc.id ? -1 : x.w.acc.id > y.w.acc.id ? 1 : 0))
    const quota =
      "count" in aw.quota ? aw.quota.count : Math.floor(((toHundredths(aw.quota.share) ?? 0) * works.length) / 100)
    const winners: Array<{ id: string; key: string; reasons: ReadonlyArray<Reason> }> = []
    let k = 0
    while (k < eligible.length && winners.length < quota) {
      const head = eligible[k]
      let j = k
      for (;;) {
        const next = eligible[j + 1]
        if (head === undefined || next === undefined || cmp(head, next) !== 0) break
        j++
      }
      const groupSize = j - k + 1
      const fits = winners.length + groupSize <= quota
      if (!fits && (aw.ties ?? "include") === "exclude") break
      for (let g = k; g <= j; g++) {
        const e = eligible[g]
        if (e === undefined) continue
        const tied =
          groupSize > 1
            ? [
                {
                  code: "tied",
                  message: { zh: `与 ${groupSize - 1} 人并列`, en: `tied with ${groupSize - 1} other(s)` }
                }
              ]
            : []
        winners.push({
          id: e.w.acc.id,
          key: formatPoints(e.key),
          reasons: [
            aw.method === "weighted"
              ? {
                  code: "weighted",
                  message: {
                    zh: `加权得分 ${formatPoints(e.key)}（第 ${k + 1} 位）`,
                    en: `weighted score ${formatPoints(e.key)} (place ${k + 1})`
                  }
                }
              : {
                  code: "score",
                  message: {
                    zh: `得分 ${formatPoints(e.w.total)}，排名第 ${rankOf.get(e.w) ?? 0}`,
                    en: `score ${formatPoints(e.w.total)}, rank ${rankOf.get(e.w) ?? 0}`
                  }
                },
            {
              code: "satisfaction",
              message: {
                zh: `满意度 ${pct(e.w.sat.smoothed)}%（平滑；${e.w.sat.s}/${e.w.sat.n}）`,
                en: `satisfaction ${pct(e.w.sat.smoothed)}% (smoothed; ${e.w.sat.s}/${e.w.sat.n})`
              }
            },
            {
              code: "eligible",
              message: { zh: "无一票否决，符合全部评选条件", en: "no veto, and every eligibility rule met" }
            },
            ...tied
          ]
        })
      }
      k = j + 1
    }
    ineligible.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    return { id: aw.id, name: aw.name, method: aw.method, quota, tieRule, winners, ineligible }
  })
}
