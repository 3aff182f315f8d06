/**
 * Projected 调休: the days off and make-up working days of years no notice
 * has announced yet, placed as the statute in force and the practice of its
 * notices prescribe. Pure: lunar dates come in as data, so this module does
 * not load the lunar library.
 *
 * Glossary: 预测 = projection, 放假调休 = days off and moved rest days,
 * 调休上班 = make-up working day, 补假 = substitute day off, 连休 = run of days
 * off, 连续工作 = run of working days.
 *
 * @since 0.2.0
 */
import { fromDayNumber, isoWeekday, type Message } from "@tongban/core"
import type { CalendarLayer, CalendarSource, DayOff, MakeUpWorkday } from "../Calendar.js"
import {
  type HolidayKey,
  type StatuteVersion,
  type StatutoryDayRule,
  type StatutoryHoliday,
  statuteInForce
} from "../Statute.js"
import { dayNumberOfText } from "./calendarIndex.js"

/** The lunar dates of one Gregorian year, as day numbers. */
export interface LunarDates {
  /** 正月初一 of the lunar year starting in this Gregorian year. */
  readonly springDay1: number
  /** The day of the Qingming solar term. */
  readonly qingming: number
  /** Day number of a lunar month/day in the lunar year starting in this Gregorian year. */
  readonly lunar: (month: number, day: number) => number
}

/** What is known of a day before projecting: working, resting, or not known. */
export type KnownDay = (dayNumber: number) => boolean | undefined

const WORK = 0
const REST = 1
const OFF = 2
const MAKE_UP = 3

interface Block {
  readonly holiday: StatutoryHoliday
  readonly names: Message
  readonly version: StatuteVersion
  readonly from: number
  readonly to: number
  /** Statutory days of the block, a day twice when two holidays fall on it. */
  readonly statutory: ReadonlyArray<number>
}

const dayOf = (year: number, month: number, day: number): number =>
  dayNumberOfText(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`)

const statutoryDay = (rule: StatutoryDayRule, year: number, lunar: LunarDates): number => {
  switch (rule.kind) {
    case "solar":
      return dayOf(year, rule.month, rule.day)
    case "lunar":
      return lunar.lunar(rule.month, rule.day)
    case "lunar_new_year_eve":
      return lunar.springDay1 - 1
    case "qingming":
      return lunar.qingming
  }
}

/**
 * The statutory days of a year under the version in force on its first day:
 * each holiday's days as day numbers.
 */
export const statutoryDaysOf = (
  year: number,
  lunar: LunarDates
): ReadonlyArray<{ readonly holiday: StatutoryHoliday; readonly version: StatuteVersion; readonly days: number[] }> => {
  const version = statuteInForce(year)
  if (version === undefined) return []
  return version.holidays.map((holiday) => ({
    holiday,
    version,
    days: holiday.days.map((rule) => statutoryDay(rule, year, lunar))
  }))
}

const isWeekend = (n: number): boolean => isoWeekday(n) >= 6

/** A one-day holiday: three days with the weekend it touches, bridging a Monday or a Friday; alone on a Wednesday. */
const oneDayRun = (d: number): readonly [number, number] => {
  switch (isoWeekday(d)) {
    case 1:
    case 2:
      return [d - 2, d]
    case 3:
      return [d, d]
    case 7:
      return [d - 1, d + 1]
    default:
      return [d, d + 2]
  }
}

/** The Labour Day run of the newest known year, in days (0 when not known). */
const knownLabourRun = (year: number, known: KnownDay): number => {
  for (let y = year - 1; y >= year - 3; y--) {
    const may1 = dayOf(y, 5, 1)
    const k = known(may1)
    if (k === undefined) continue
    if (k) return 0
    let a = may1
    let b = may1
    while (known(a - 1) === false) a--
    while (known(b + 1) === false) b++
    return b - a + 1
  }
  return 0
}

const blocksOf = (year: number, lunar: LunarDates, known: KnownDay): Array<Block> => {
  const days = statutoryDaysOf(year, lunar)
  const version = days[0]?.version
  if (version === undefined) return []
  const practice = version.practice
  const get = (key: HolidayKey) => days.find((h) => h.holiday.key === key)
  const blocks: Array<Block> = []
  const push = (h: { holiday: StatutoryHoliday; days: number[] }, from: number, to: number, names?: Message) => {
    blocks.push({ holiday: h.holiday, names: names ?? h.holiday.name, version, from, to, statutory: h.days })
  }
  const mid = get("mid_autumn")
  const national = get("national_day")
  const oct1 = dayOf(year, 10, 1)
  const midDay = mid?.days[0]
  const merged = midDay !== undefined && midDay >= oct1 - 2 && midDay <= oct1 + practice.nationalDay - 1
  // 中秋 on the weekend just before 国庆: its substitute day joins the 国庆 run (2015).
  const absorbed = !merged && midDay !== undefined && isWeekend(midDay) && oct1 - midDay <= 7
  for (const h of days) {
    const first = h.days[0]
    if (first === undefined) continue
    switch (h.holiday.key) {
      case "spring_festival": {
        const start = practice.springFestival.from === "eve" ? lunar.springDay1 - 1 : lunar.springDay1
        push(h, start, start + practice.springFestival.days - 1)
        break
      }
      case "labour_day": {
        const rule = practice.labourDay
        const n = rule === "learned" ? (knownLabourRun(year, known) >= 4 ? 5 : 0) : rule === "statutory" ? 0 : rule
        if (n === 0) {
          const [a, b] = oneDayRun(first)
          push(h, a, b)
        } else {
          const wd = isoWeekday(first)
          const start = n < 7 && (wd === 7 || wd === 1) ? first - (wd === 7 ? 1 : 2) : first
          push(h, start, start + n - 1)
        }
        break
      }
      case "national_day": {
        if (merged && midDay !== undefined && mid !== undefined) {
          const start = Math.min(midDay, oct1)
          blocks.push({
            holiday: h.holiday,
            names: { zh: "国庆节、中秋节", en: "National Day and Mid-Autumn Festival" },
            version,
            from: start,
            to: start + practice.nationalDay,
            statutory: [...h.days, ...mid.days]
          })
        } else if (absorbed && mid !== undefined) {
          blocks.push({
            holiday: h.holiday,
            names: h.holiday.name,
            version,
            from: oct1,
            to: oct1 + practice.nationalDay - 1,
            statutory: [...h.days, oct1]
          })
        } else push(h, oct1, oct1 + practice.nationalDay - 1)
        break
      }
      case "mid_autumn":
        if (merged && national !== undefined) break
        if (absorbed) push(h, first, first)
        else push(h, ...oneDayRun(first))
        break
      default:
        push(h, ...oneDayRun(first))
    }
  }
  return blocks
}

/** Source ids of a projected layer: one per article, one per practice. */
const articleSource = (version: StatuteVersion, holiday: StatutoryHoliday): CalendarSource => {
  const cut = holiday.article.indexOf("）")
  const short = cut > 0 ? holiday.article.slice(0, cut + 1) : holiday.article
  return {
    id: `${version.decree}${short}`,
    title: `《全国年节及纪念日放假办法》（${version.decree}）${holiday.article}；预测，尚未公布`
  }
}

const practiceSource = (version: StatuteVersion): CalendarSource => ({
  id: `${version.decree}·放假调休`,
  title: `${version.adjustmentArticle === undefined ? "" : `《全国年节及纪念日放假办法》${version.adjustmentArticle}；`}${version.practice.source}；预测，尚未公布`
})

/**
 * Projects the days from `from` to `to` (day numbers, whole years) as one
 * layer per year. `known` answers for the days before `from` (the announced
 * calendar); `lunarOf` gives each year's lunar dates.
 */
export const projectYears = (
  firstYear: number,
  lastYear: number,
  lunarOf: (year: number) => LunarDates,
  known: KnownDay
): ReadonlyArray<CalendarLayer> => {
  const from = dayOf(firstYear, 1, 1)
  const to = dayOf(lastYear, 12, 31)
  // The state of every day from two months before to two months after.
  const base = from - 62
  const size = to + 62 - base + 1
  const st = new Uint8Array(size)
  const fixed = new Uint8Array(size)
  for (let i = 0; i < size; i++) {
    const n = base + i
    const k = n < from ? known(n) : undefined
    if (k !== undefined) {
      fixed[i] = 1
      st[i] = k ? WORK : OFF
    } else st[i] = isWeekend(n) ? REST : WORK
  }
  const blocks: Array<Block> = []
  for (let y = firstYear - 1; y <= lastYear + 1; y++) {
    const lunar = lunarOf(y)
    for (const b of blocksOf(y, lunar, (n) => (n < from ? known(n) : undefined))) {
      if (b.to < from - 31 || b.from > to + 31) continue
      blocks.push(b)
    }
  }
  blocks.sort((a, b) => a.from - b.from)
  for (const b of blocks) {
    for (let n = b.from; n <= b.to; n++) {
      const i = n - base
      if (i >= 0 && i < size && fixed[i] === 0) st[i] = OFF
    }
  }
  const makeUps = new Map<number, Block>()
  for (const b of blocks) {
    // Only the days this projection sets: a run begun in announced days keeps those as they are.
    const open = (n: number): boolean => n >= from && fixed[n - base] === 0
    let weekdays = 0
    for (let n = b.from; n <= b.to; n++) if (open(n) && !isWeekend(n)) weekdays++
    let statutory = 0
    for (const n of b.statutory) if (n >= b.from && n <= b.to && open(n)) statutory++
    const needed = weekdays - statutory
    if (needed <= 0 || b.to < from) continue
    const candidates: Array<number> = []
    for (let n = b.from - 14; n <= b.to + 14; n++) {
      const i = n - base
      if (n >= from && i >= 0 && i < size && fixed[i] === 0 && st[i] === REST) candidates.push(n)
    }
    const chosen = choose(st, base, b, candidates, needed, b.version.practice.maxConsecutiveWork)
    for (const n of chosen) {
      st[n - base] = MAKE_UP
      makeUps.set(n, b)
    }
  }
  // One layer per year, the days off grouped into runs of the same source.
  const layers: Array<CalendarLayer> = []
  for (let y = firstYear; y <= lastYear; y++) {
    const yFrom = dayOf(y, 1, 1)
    const yTo = dayOf(y, 12, 31)
    const sources = new Map<string, CalendarSource>()
    const daysOff: Array<DayOff> = []
    const workdays: Array<MakeUpWorkday> = []
    for (const b of blocks) {
      let runStart: number | undefined
      let runSource: CalendarSource | undefined
      const close = (end: number) => {
        if (runStart === undefined || runSource === undefined) return
        daysOff.push({ from: fromDayNumber(runStart), to: fromDayNumber(end), name: b.names, source: runSource.id })
        runStart = undefined
      }
      for (let n = Math.max(b.from, yFrom); n <= Math.min(b.to, yTo); n++) {
        if (st[n - base] !== OFF || fixed[n - base] === 1) {
          close(n - 1)
          continue
        }
        const src = b.statutory.includes(n) ? articleSource(b.version, b.holiday) : practiceSource(b.version)
        sources.set(src.id, src)
        if (runSource?.id !== src.id) close(n - 1)
        if (runStart === undefined) {
          runStart = n
          runSource = src
        }
      }
      close(Math.min(b.to, yTo))
    }
    for (const [n, b] of [...makeUps].sort((p, q) => p[0] - q[0])) {
      if (n < yFrom || n > yTo) continue
      const src = practiceSource(b.version)
      sources.set(src.id, src)
      workdays.push({ date: fromDayNumber(n), name: b.names, source: src.id })
    }
    daysOff.sort((p, q) => (p.from < q.from ? -1 : p.from > q.from ? 1 : 0))
    layers.push({
      id: `cn-${y}-provisional`,
      name: {
        zh: `全国 ${y} 年节假日（预测，尚未公布）`,
        en: `China national holidays ${y} (projected, not yet announced)`
      },
      level: "national",
      coverage: { from: fromDayNumber(yFrom), to: fromDayNumber(yTo) },
      sources: [...sources.values()],
      daysOff,
      workdays
    })
  }
  return layers
}

/**
 * The cost of the working-day runs around a block: a run longer than the cap
 * costs most, then a lone working day or a lone rest day between working
 * days, then the sum of the squared run lengths (even runs before long ones).
 */
const cost = (st: Uint8Array, base: number, from: number, to: number, cap: number): number => {
  let total = 0
  let run = 0
  let longest = 0
  const working = (n: number): boolean => {
    const i = n - base
    const s = i >= 0 && i < st.length ? st[i] : isWeekend(n) ? REST : WORK
    return s === WORK || s === MAKE_UP
  }
  for (let n = from; n <= to + 1; n++) {
    const w = n <= to && working(n)
    if (w) {
      run++
      continue
    }
    if (run > 0) {
      if (run > cap) total += 1000 * (run - cap)
      if (run === 1) total += 100
      total += run * run
      longest = Math.max(longest, run)
      run = 0
    }
    if (n <= to && working(n - 1) && working(n + 1)) total += 100
  }
  return total + 10 * longest
}

const choose = (
  st: Uint8Array,
  base: number,
  b: Block,
  candidates: ReadonlyArray<number>,
  needed: number,
  cap: number
): ReadonlyArray<number> => {
  const k = Math.min(needed, candidates.length)
  let best: ReadonlyArray<number> = []
  let bestCost = Number.POSITIVE_INFINITY
  const pick: Array<number> = []
  const visit = (start: number): void => {
    if (pick.length === k) {
      for (const n of pick) st[n - base] = MAKE_UP
      let c = cost(st, base, b.from - 28, b.to + 28, cap)
      for (const n of pick) c += 3 * (n < b.from ? b.from - n : n - b.to)
      for (const n of pick) st[n - base] = REST
      if (c < bestCost) {
        bestCost = c
        best = [...pick]
      }
      return
    }
    for (let j = start; j < candidates.length; j++) {
      const n = candidates[j]
      if (n === undefined) continue
      pick.push(n)
      visit(j + 1)
      pick.pop()
    }
  }
  visit(0)
  return best
}
