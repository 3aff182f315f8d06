/**
 * The itemised lines of each score (明细): item and metric lines, joint
 * deductions of the chief representative (连带扣分), category floors and
 * bonus caps (扣完为止), the maximum (pro-rated to days present), the floor
 * at zero and vetoes (一票否决). Every line is exact hundredths; a score is
 * the sum of its lines.
 */
import type { Message } from "@tongban/core"
import type { ScoreLine } from "../Assessment.js"
import { formatPoints } from "../Points.js"
import type { Acc } from "./accumulate.js"
import type { Compiled, CompiledItem } from "./compile.js"
import { roundDiv } from "./decimal.js"
import { pct, type Ratio } from "./ratio.js"
import type { Sat } from "./satisfaction.js"

const WHEN_TEXT: Readonly<Record<"below" | "at_or_below" | "above" | "at_or_above", Message>> = {
  below: { zh: "低于", en: "below" },
  at_or_below: { zh: "不高于", en: "at or below" },
  above: { zh: "高于", en: "above" },
  at_or_above: { zh: "不低于", en: "at or above" }
}

/** One subject being scored: its counts, lines, notes, total and vetoes. */
export interface Work {
  readonly acc: Acc
  readonly lines: Array<ScoreLine>
  readonly notes: Array<Message>
  readonly sat: Sat
  readonly presentDays: number
  total: number
  deductions: number
  readonly vetoes: Array<{ id: string; name: Message; events: ReadonlyArray<number> }>
  zeroed: boolean
  capGrade: string | undefined
}

/** Writes every subject's lines and total. */
export const scoreLines = (
  c: Compiled,
  works: ReadonlyArray<Work>,
  periodDays: number,
  staffSubject: boolean
): void => {
  const r = c.rubric
  const itemLine = (it: CompiledItem, hundredths: number, extra: Partial<ScoreLine>): ScoreLine => ({
    kind: "item",
    rule: it.id,
    category: c.categories[it.category]?.id ?? "",
    name: it.name,
    points: formatPoints(hundredths),
    hundredths,
    events: [],
    ...(it.evidence === undefined ? {} : { evidence: it.evidence }),
    ...extra
  })
  for (const w of works) {
    const a = w.acc
    for (const it of c.items) {
      if (it.metric !== undefined) continue
      const units = a.units[it.index] ?? 0
      if (units === 0) continue
      let raw: number
      let quantity: string
      if (it.unit === "once") {
        // A flat amount, once, when the matching events exceed the threshold (default 0: any).
        if (units <= it.threshold) continue
        w.lines.push(
          itemLine(it, it.sign * it.pointsH, {
            quantity: String(units),
            events: a.itemEvents[it.index] ?? [],
            note: {
              zh: `计 ${units}${it.threshold > 0 ? `，超过 ${it.threshold}` : ""}，一次性计 ${formatPoints(it.pointsH)} 分`,
              en: `${units} counted${it.threshold > 0 ? `, beyond ${it.threshold}` : ""}: ${formatPoints(it.pointsH)} once`
            }
          })
        )
        continue
      }
      if (it.weighted) {
        raw = Number(roundDiv(BigInt(it.pointsH) * BigInt(units), 100n))
        quantity = formatPoints(units)
      } else if (it.threshold > 0) {
        // Counting starts after the threshold: "超过 2 天（不含 2 天），每增加 1 天扣 1 分".
        raw = it.pointsH * Math.max(0, units - it.threshold)
        quantity = String(units)
      } else {
        raw = it.pointsH * (units - (a.explicitUnits[it.index] ?? 0)) + (a.explicit[it.index] ?? 0)
        quantity = String(units)
      }
      const capped = it.capH !== undefined && raw > it.capH
      const pts = it.sign * (capped && it.capH !== undefined ? it.capH : raw)
      if (pts === 0) continue
      w.lines.push(
        itemLine(it, pts, {
          quantity,
          events: a.itemEvents[it.index] ?? [],
          ...(it.threshold > 0 && !capped
            ? {
                note: {
                  zh: `计 ${units}，前 ${it.threshold} 不计分，计分 ${Math.max(0, units - it.threshold)}`,
                  en: `${units} counted, the first ${it.threshold} free, ${Math.max(0, units - it.threshold)} scored`
                }
              }
            : {}),
          ...(capped
            ? {
                note: {
                  zh: `达到本项上限 ${formatPoints(it.capH ?? 0)} 分（原计 ${formatPoints(raw)} 分）`,
                  en: `held to the item's cap of ${formatPoints(it.capH ?? 0)} (counted ${formatPoints(raw)})`
                }
              }
            : {})
        })
      )
    }
    for (const it of c.metricItems) {
      const m = it.metric
      if (m === undefined) continue
      let value: Ratio
      if (m.name === "satisfaction") {
        if (w.sat.n === 0 || w.sat.n < c.minSample) {
          w.notes.push({
            zh: `${it.name.zh}：评价数 ${w.sat.n} 少于最小样本 ${c.minSample}，本项不计分`,
            en: `${it.name.en}: ${w.sat.n} evaluations, below the minimum sample of ${c.minSample}; not applied`
          })
          continue
        }
        value = w.sat.smoothed
      } else if (m.name === "on_time_rate") {
        const n = a.onTime + a.overdue
        if (n === 0) {
          w.notes.push({ zh: `${it.name.zh}：无办件，本项不计分`, en: `${it.name.en}: no cases; not applied` })
          continue
        }
        value = { num: BigInt(a.onTime), den: BigInt(n) }
      } else {
        const den = a.counts[m.denominator] ?? 0
        if (den === 0) {
          w.notes.push({
            zh: `${it.name.zh}：比率的分母为 0，本项不计分`,
            en: `${it.name.en}: the rate's denominator is 0; not applied`
          })
          continue
        }
        if (den < m.minCount) {
          w.notes.push({
            zh: `${it.name.zh}：比率的分母 ${den} 少于 ${m.minCount}，本项不计分`,
            en: `${it.name.en}: the rate's denominator ${den} is below ${m.minCount}; not applied`
          })
          continue
        }
        value = { num: BigInt(a.counts[m.numerator] ?? 0), den: BigInt(den) }
      }
      const valueText = pct(value)
      const rateName =
        m.name === "satisfaction"
          ? { zh: "满意度（平滑）", en: "satisfaction (smoothed)" }
          : m.name === "on_time_rate"
            ? { zh: "按时办结率", en: "on-time rate" }
            : { zh: "比率", en: "rate" }
      if (it.unit === "once") {
        // Exact: 100·num/den against T, compared as 10000·num against T·den.
        const l = 10000n * value.num
        const r = BigInt(m.thresholdH) * value.den
        const holds =
          m.when === "below" ? l < r : m.when === "at_or_below" ? l <= r : m.when === "above" ? l > r : l >= r
        if (!holds || it.pointsH === 0) continue
        const whenText = WHEN_TEXT[m.when]
        w.lines.push(
          itemLine(it, it.sign * it.pointsH, {
            quantity: valueText,
            note: {
              zh: `${rateName.zh} ${valueText}%（${value.num}/${value.den}），${whenText.zh} ${formatPoints(m.thresholdH)}%，一次性计 ${formatPoints(it.pointsH)} 分`,
              en: `${rateName.en} ${valueText}% (${value.num}/${value.den}), ${whenText.en} ${formatPoints(m.thresholdH)}%: ${formatPoints(it.pointsH)} once`
            }
          })
        )
        continue
      }
      // Percentage points beyond the threshold, exact: T − 100·num/den (deduct) or the reverse (add).
      const diffNum = (BigInt(m.thresholdH) * value.den - 10000n * value.num) * (it.sign === -1 ? 1n : -1n)
      if (diffNum <= 0n) continue
      let raw = Number(roundDiv(BigInt(it.pointsH) * diffNum, 100n * value.den))
      const capped = it.capH !== undefined && raw > it.capH
      if (capped && it.capH !== undefined) raw = it.capH
      if (raw === 0) continue
      w.lines.push(
        itemLine(it, it.sign * raw, {
          quantity: formatPoints(Number(roundDiv(diffNum, value.den))),
          note: {
            zh: `${rateName.zh} ${valueText}%，门槛 ${formatPoints(m.thresholdH)}%${capped ? "，达到本项上限" : ""}`,
            en: `${rateName.en} ${valueText}%, threshold ${formatPoints(m.thresholdH)}%${capped ? ", held to the item's cap" : ""}`
          }
        })
      )
    }
  }
  // Joint liability: the chief representative of the member's window loses a share of each joint item.
  const jointItems = c.items.filter((it) => it.joint !== undefined)
  if (jointItems.length > 0 && staffSubject) {
    const chiefs = new Map<string, Map<string, Array<Work>>>()
    for (const w of works) {
      if (w.acc.role === undefined || w.acc.window === undefined) continue
      const byRole = chiefs.get(w.acc.window) ?? new Map<string, Array<Work>>()
      chiefs.set(w.acc.window, byRole)
      const ws = byRole.get(w.acc.role) ?? []
      byRole.set(w.acc.role, ws)
      ws.push(w)
    }
    for (const w of works) {
      if (w.acc.window === undefined) continue
      for (const l of [...w.lines]) {
        if (l.kind !== "item") continue
        const it = jointItems.find((j) => j.id === l.rule)
        if (it === undefined || it.joint === undefined) continue
        const bearers = chiefs.get(w.acc.window)?.get(it.joint.role) ?? []
        const share = -Number(roundDiv(BigInt(-l.hundredths) * BigInt(it.joint.shareH), 100n))
        if (share === 0) continue
        for (const chief of bearers) {
          if (chief === w) continue
          chief.lines.push({
            kind: "joint",
            rule: it.id,
            category: l.category ?? "",
            name: it.name,
            points: formatPoints(share),
            hundredths: share,
            events: l.events,
            member: w.acc.id,
            note: {
              zh: `连带责任：${w.acc.id} 扣 ${formatPoints(-l.hundredths)} 分的 ${formatPoints(it.joint.shareH)}`,
              en: `joint liability: ${formatPoints(it.joint.shareH)} of ${w.acc.id}'s ${formatPoints(-l.hundredths)}`
            }
          })
        }
      }
    }
  }
  // Categories, maximum, floor, vetoes.
  for (const w of works) {
    const a = w.acc
    const lines = w.lines
    const out: Array<ScoreLine> = [
      {
        kind: "base",
        rule: "base",
        name: { zh: "基本分", en: "base" },
        points: formatPoints(c.baseH),
        hundredths: c.baseH,
        events: []
      }
    ]
    const byCategory = new Map<string, Array<ScoreLine>>()
    for (const l of lines) {
      const k = l.category ?? ""
      const list = byCategory.get(k) ?? []
      byCategory.set(k, list)
      list.push(l)
    }
    // Each category's own lines, then its sub-categories, then its bounds over both (扣完为止 at each level).
    const visit = (ci: number): { ded: number; bonus: number } => {
      const cat = c.categories[ci]
      if (cat === undefined) return { ded: 0, bonus: 0 }
      const withPath = c.nested ? { path: cat.path } : {}
      const mine = (byCategory.get(cat.id) ?? []).sort((x, y) => (x.kind === y.kind ? 0 : x.kind === "item" ? -1 : 1))
      let ded = 0
      let bonus = 0
      for (const l of mine) {
        out.push(c.nested ? { ...l, ...withPath } : l)
        if (l.hundredths < 0) ded -= l.hundredths
        else bonus += l.hundredths
      }
      for (const child of cat.children) {
        const sub = visit(child)
        ded += sub.ded
        bonus += sub.bonus
      }
      if (cat.pointsH !== undefined && ded > cat.pointsH) {
        const back = ded - cat.pointsH
        out.push({
          kind: "category_floor",
          rule: cat.id,
          category: cat.id,
          ...withPath,
          name: cat.name,
          points: formatPoints(back),
          hundredths: back,
          events: [],
          note: {
            zh: `本类扣完 ${formatPoints(cat.pointsH)} 分为止，不计负分`,
            en: `deductions in this category stop at its ${formatPoints(cat.pointsH)} points`
          }
        })
        ded = cat.pointsH
      }
      if (cat.bonusCapH !== undefined && bonus > cat.bonusCapH) {
        const take = -(bonus - cat.bonusCapH)
        out.push({
          kind: "category_bonus_cap",
          rule: cat.id,
          category: cat.id,
          ...withPath,
          name: cat.name,
          points: formatPoints(take),
          hundredths: take,
          events: [],
          note: {
            zh: `本类加分以 ${formatPoints(cat.bonusCapH)} 分为限`,
            en: `bonus in this category is capped at ${formatPoints(cat.bonusCapH)}`
          }
        })
        bonus = cat.bonusCapH
      }
      return { ded, bonus }
    }
    for (const root of c.roots) w.deductions += visit(root).ded
    let total = 0
    for (const l of out) total += l.hundredths
    const proRate = r.presence?.proRateBonus === true && w.presentDays < periodDays
    const maxH = proRate
      ? c.baseH + Number(roundDiv(BigInt(c.maximumH - c.baseH) * BigInt(w.presentDays), BigInt(periodDays)))
      : c.maximumH
    if (total > maxH) {
      out.push({
        kind: "maximum",
        rule: "maximum",
        name: { zh: "最高分", en: "maximum" },
        points: formatPoints(maxH - total),
        hundredths: maxH - total,
        events: [],
        note: proRate
          ? {
              zh: `在岗 ${w.presentDays}/${periodDays} 天，最高分折算为 ${formatPoints(maxH)}`,
              en: `present ${w.presentDays} of ${periodDays} days: the maximum is pro-rated to ${formatPoints(maxH)}`
            }
          : {
              zh: `得分以最高分 ${formatPoints(maxH)} 为限`,
              en: `the score is held to the maximum of ${formatPoints(maxH)}`
            }
      })
      total = maxH
    }
    if (total < 0) {
      out.push({
        kind: "floor",
        rule: "floor",
        name: { zh: "不计负分", en: "no negative score" },
        points: formatPoints(-total),
        hundredths: -total,
        events: []
      })
      total = 0
    }
    for (const v of c.vetoes) {
      const n = a.vetoCounts[v.index] ?? 0
      if (n < v.minCount) continue
      const evs = a.vetoEvents[v.index] ?? []
      w.vetoes.push({ id: v.id, name: v.name, events: evs })
      if (v.effect === "zero" && total !== 0) {
        out.push({
          kind: "veto",
          rule: v.id,
          name: v.name,
          points: formatPoints(-total),
          hundredths: -total,
          events: evs,
          note: { zh: "一票否决：得分归零", en: "veto: the score is zero" }
        })
        total = 0
        w.zeroed = true
      } else if (typeof v.effect === "object") {
        const capId = v.effect.capGrade
        const cap = c.grades.find((g) => g.id === capId)
        const current = w.capGrade === undefined ? undefined : c.grades.find((g) => g.id === w.capGrade)
        if (cap !== undefined && (current === undefined || cap.order > current.order)) w.capGrade = capId
      }
    }
    w.lines.length = 0
    w.lines.push(...out)
    w.total = total
  }
}
