// The two local layers as a clerk cites them: each layer's name, the rules
// and notices it cites (number, title, the date signed as far as it is
// known), and the name a day off is given when a day is described. The
// by-file mutation run of data/local/guangxi.ts (58 mutants, 70.7 %) and
// data/local/qiandongnan.ts (22, 50.0 %) left all of these unread: an empty
// title, date signed or festival name passed every test.
import { getOrThrow, parseLocalDate } from "@tongban/core"
import {
  type CalendarLayer,
  chinaCalendar,
  describeDay,
  guangxiSanyuesan,
  qiandongnanFoundingDay,
  withLayers
} from "@tongban/deadline"
import { describe, expect, it } from "vitest"

const d = (s: string) => getOrThrow(parseLocalDate(s))

/** What a day off on `date` is called, with the layer and the rule or notice it cites. */
const dayOff = (layer: CalendarLayer, date: string) => {
  const described = describeDay(d(date), { calendar: withLayers(chinaCalendar, [layer]) })
  return described.ok
    ? {
        kind: described.value.kind,
        name: described.value.name,
        source: described.value.source,
        layer: described.value.layer
      }
    : described.issues
}

const sanyuesan = { zh: "壮族三月三", en: "Zhuang Sanyuesan festival" }
const foundingDay = { zh: "黔东南州州庆", en: "Qiandongnan Prefecture founding day" }

describe("Guangxi's 壮族三月三 layer", () => {
  it("is named and cites the regulation and each year's notice exactly", () => {
    expect(guangxiSanyuesan.name).toStrictEqual({
      zh: "广西壮族自治区“壮族三月三”",
      en: "Guangxi Zhuang Autonomous Region, Sanyuesan"
    })
    expect(guangxiSanyuesan.sources).toStrictEqual([
      { id: "桂政令98号", title: "广西壮族自治区少数民族习惯节日放假办法（广西壮族自治区人民政府令第98号）" },
      {
        id: "桂政办2023三月三",
        title: "广西壮族自治区人民政府办公厅关于2023年“壮族三月三”放假的通知",
        signed: "2023-03"
      },
      {
        id: "桂政办2024三月三",
        title: "广西壮族自治区人民政府办公厅关于2024年“壮族三月三”放假的通知",
        signed: "2024-03-22"
      },
      { id: "桂政办2025三月三", title: "广西壮族自治区人民政府办公厅关于2025年“壮族三月三”放假的通知", signed: "2025" },
      { id: "桂政办2026三月三", title: "广西壮族自治区人民政府办公厅关于2026年“壮族三月三”放假的通知", signed: "2026" }
    ])
  })

  it("names each day off and the cancelled make-up day after the festival, citing that year's notice", () => {
    expect(dayOff(guangxiSanyuesan, "2024-04-11")).toStrictEqual({
      kind: "day_off",
      name: sanyuesan,
      source: "桂政办2024三月三",
      layer: "gx-sanyuesan"
    })
    expect(dayOff(guangxiSanyuesan, "2023-04-23")).toStrictEqual({
      kind: "cancelled_make_up",
      name: sanyuesan,
      source: "桂政办2023三月三",
      layer: "gx-sanyuesan"
    })
  })

  it("cites only sources it lists, each listed once", () => {
    const ids = guangxiSanyuesan.sources.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    const cited = [...guangxiSanyuesan.daysOff, ...(guangxiSanyuesan.cancelledWorkdays ?? [])].map((x) => x.source)
    for (const source of cited) expect(ids).toContain(source)
  })
})

describe("Qiandongnan's founding-day layer", () => {
  it("is named and cites the autonomy regulation and the 2018 notice exactly", () => {
    expect(qiandongnanFoundingDay.name).toStrictEqual(foundingDay)
    expect(qiandongnanFoundingDay.sources).toStrictEqual([
      {
        id: "黔东南州自治条例第六十一条",
        title: "黔东南苗族侗族自治州自治条例 第六十一条：每年自治州成立纪念日，假期2天"
      },
      {
        id: "黔东南州2018州庆通知",
        title: "黔东南州人民政府办公室关于黔东南州2018年州庆放假安排的通知（7月23日、24日放假）",
        signed: "2018-07-16"
      }
    ])
  })

  it("names both days off each year after the regulation", () => {
    for (const date of ["2004-07-23", "2024-07-23", "2024-07-24"]) {
      expect(dayOff(qiandongnanFoundingDay, date)).toStrictEqual({
        kind: "day_off",
        name: foundingDay,
        source: "黔东南州自治条例第六十一条",
        layer: "qdn-zhouqing"
      })
    }
  })
})
