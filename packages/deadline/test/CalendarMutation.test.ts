// What the by-file mutation run of Calendar.ts (48 mutants, 70.8 %) left
// unchecked in withLayers: which national layer extends the coverage (only
// one starting the day after it ends and reaching past it), that a layer
// never widens the coverage at either end, the new calendar's id and name,
// and that a provisional calendar keeps its announced end.
import { getOrThrow } from "@tongban/core"
import { type CalendarLayer, chinaCalendar, guangxiSanyuesan, withLayers } from "@tongban/deadline"
import { provisionalChinaCalendar } from "@tongban/deadline/provisional"
import { describe, expect, it } from "vitest"

const layer = (level: CalendarLayer["level"], from: string, to: string): CalendarLayer => ({
  id: `${level}-${from}`,
  name: { zh: "图层", en: "layer" },
  level,
  coverage: { from, to },
  sources: [{ id: "n", title: "通知" }],
  daysOff: [],
  workdays: []
})

describe("withLayers: the coverage", () => {
  it("a national year right after the coverage extends it; one a day later narrows it to nothing", () => {
    expect(withLayers(chinaCalendar, [layer("national", "2027-01-01", "2027-12-31")]).coverage).toEqual({
      from: "2004-01-01",
      to: "2027-12-31"
    })
    expect(withLayers(chinaCalendar, [layer("national", "2027-01-02", "2027-12-31")]).coverage).toEqual({
      from: "2027-01-02",
      to: "2026-12-31"
    })
  })

  it("a national layer starting the day after but ending no later does not extend it", () => {
    expect(withLayers(chinaCalendar, [layer("national", "2027-01-01", "2026-12-31")]).coverage).toEqual({
      from: "2027-01-01",
      to: "2026-12-31"
    })
  })

  it("a layer reaching past either end never widens the coverage; one inside narrows both ends", () => {
    expect(withLayers(chinaCalendar, [layer("county", "2000-01-01", "2030-12-31")]).coverage).toEqual(
      chinaCalendar.coverage
    )
    expect(withLayers(chinaCalendar, [layer("county", "2010-03-01", "2020-06-30")]).coverage).toEqual({
      from: "2010-03-01",
      to: "2020-06-30"
    })
  })
})

describe("withLayers: the new calendar's names", () => {
  it("the id joins the calendar's and the layers' with +, the name is the calendar's, unless given", () => {
    const c = withLayers(chinaCalendar, [guangxiSanyuesan, layer("centre", "2024-01-01", "2024-12-31")])
    expect(c.id).toBe("cn+gx-sanyuesan+centre-2024-01-01")
    expect(c.name).toEqual(chinaCalendar.name)
    const named = withLayers(chinaCalendar, [guangxiSanyuesan], {
      id: "gx",
      name: { zh: "广西工作日历", en: "Guangxi" }
    })
    expect([named.id, named.name]).toEqual(["gx", { zh: "广西工作日历", en: "Guangxi" }])
  })

  it("a provisional calendar keeps its announced end; an announced one has none", () => {
    const provisional = getOrThrow(provisionalChinaCalendar({ through: 2028 }))
    expect(withLayers(provisional, [guangxiSanyuesan]).announcedThrough).toBe("2026-12-31")
    expect(Object.hasOwn(withLayers(chinaCalendar, [guangxiSanyuesan]), "announcedThrough")).toBe(false)
  })
})
