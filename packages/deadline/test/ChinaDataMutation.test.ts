// The national year modules against the list of State Council holiday
// notices (the notice behind each year, its number and the date it was
// signed, from the notices themselves; "2007-12" where only the month is
// known). The by-file mutation run of data/china/2024.ts left one survivor:
// the date signed of 国办发明电〔2023〕7号 made empty, which no test read.
// Each year is also named, dated and bounded exactly, and every day a layer
// sets cites a notice of its year's list.
import { chinaYears } from "@tongban/deadline"
import { describe, expect, it } from "vitest"

interface Listed {
  /** The year the notice arranges. */
  readonly year: number
  readonly signed: string
  /** The title when it is not 国务院办公厅关于{year}年部分节假日安排的通知. */
  readonly title?: string
}

const NOTICES: Readonly<Record<string, Listed>> = {
  "国办发明电〔2003〕53号": { year: 2004, signed: "2003-12-18" },
  "国办发明电〔2004〕52号": { year: 2005, signed: "2004-12-17" },
  "国办发明电〔2005〕35号": { year: 2006, signed: "2005-12-16" },
  "国办发明电〔2006〕49号": { year: 2007, signed: "2006-12-14" },
  "国办发明电〔2007〕52号": { year: 2008, signed: "2007-12" },
  "国办发明电〔2008〕42号": { year: 2009, signed: "2008-12" },
  "国办发明电〔2009〕27号": { year: 2010, signed: "2009-12-07" },
  "国办发明电〔2010〕40号": { year: 2011, signed: "2010-12-09" },
  "国办发明电〔2011〕45号": { year: 2012, signed: "2011-12-05" },
  "国办发明电〔2012〕33号": { year: 2013, signed: "2012-12-08" },
  "国办发明电〔2013〕28号": { year: 2014, signed: "2013-12-11" },
  "国办发明电〔2014〕28号": { year: 2015, signed: "2014-12-16" },
  "国发明电〔2015〕1号": {
    year: 2015,
    signed: "2015-05-13",
    title: "国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知"
  },
  "国办发明电〔2015〕18号": { year: 2016, signed: "2015-12-10" },
  "国办发明电〔2016〕17号": { year: 2017, signed: "2016-12-01" },
  "国办发明电〔2017〕12号": { year: 2018, signed: "2017-11-30" },
  "国办发明电〔2018〕15号": { year: 2019, signed: "2018-12-04" },
  "国办发明电〔2019〕3号": {
    year: 2019,
    signed: "2019-03-22",
    title: "国务院办公厅关于调整2019年劳动节假期安排的通知"
  },
  "国办发明电〔2019〕16号": { year: 2020, signed: "2019-11-21" },
  "国办发明电〔2020〕1号": { year: 2020, signed: "2020-01-26", title: "国务院办公厅关于延长2020年春节假期的通知" },
  "国办发明电〔2020〕27号": { year: 2021, signed: "2020-11-25" },
  "国办发明电〔2021〕11号": { year: 2022, signed: "2021-10-25" },
  "国办发明电〔2022〕16号": { year: 2023, signed: "2022-12-08" },
  "国办发明电〔2023〕7号": { year: 2024, signed: "2023-10-25" },
  "国办发明电〔2024〕12号": { year: 2025, signed: "2024-11-12" },
  "国办发明电〔2025〕7号": { year: 2026, signed: "2025-11-04" }
}

const titleOf = (listed: Listed): string => listed.title ?? `国务院办公厅关于${listed.year}年部分节假日安排的通知`

describe("the national year modules against the list of notices", () => {
  it("every source is a listed notice with its title and the date it was signed; a url is the notice's page", () => {
    for (const layer of chinaYears) {
      for (const source of layer.sources) {
        const listed = NOTICES[source.id]
        expect(listed, `${layer.id} cites ${source.id}`).toBeDefined()
        if (listed === undefined) continue
        expect(source.title).toBe(titleOf(listed))
        expect(source.signed).toBe(listed.signed)
        if (source.url !== undefined) expect(source.url).toBe(`https://zh.wikisource.org/wiki/${source.title}`)
      }
    }
  })

  it("each year cites every notice that arranges it, and each notice is cited", () => {
    for (const layer of chinaYears) {
      const year = Number(layer.id.slice(3))
      const arranging = Object.keys(NOTICES).filter((id) => NOTICES[id]?.year === year)
      expect(layer.sources.map((s) => s.id)).toEqual(expect.arrayContaining(arranging))
    }
    const cited = new Set(chinaYears.flatMap((layer) => layer.sources.map((s) => s.id)))
    expect([...cited].sort()).toEqual(Object.keys(NOTICES).sort())
  })

  it("each year is the national layer of exactly its dates, named in both languages", () => {
    expect(chinaYears.map((layer) => layer.id)).toEqual(Array.from({ length: 23 }, (_, k) => `cn-${2004 + k}`))
    for (const [k, layer] of chinaYears.entries()) {
      const year = 2004 + k
      expect(layer.level).toBe("national")
      expect(layer.name).toEqual({ zh: `全国 ${year} 年节假日`, en: `China national holidays ${year}` })
      expect(layer.coverage).toEqual({ from: `${year}-01-01`, to: `${year}-12-31` })
    }
  })

  it("every day off and make-up working day cites a source of its layer and has a name in both languages", () => {
    for (const layer of chinaYears) {
      const ids = layer.sources.map((s) => s.id)
      for (const entry of [...layer.daysOff, ...layer.workdays]) {
        expect(ids).toContain(entry.source)
        expect(entry.name.zh.length).toBeGreaterThan(0)
        expect(entry.name.en.length).toBeGreaterThan(0)
      }
    }
  })
})
