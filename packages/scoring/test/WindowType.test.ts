// Issue 16: eligibility by a window's type ("正式窗口，综合窗口除外"). The
// type is a roster field (`windowType`, CSV `window_type`); an award's
// eligibility `window_types` admits the types listed or all but
// `exceptTypes`. Golden case by hand on redFlagWindowRubric.
import { getOrThrow } from "@tongban/core"
import { parseEventsCsv, redFlagWindowRubric, score } from "@tongban/scoring"
import { describe, expect, it } from "vitest"

// redFlagWindowRubric: quarterly, windows as subjects, base 100, city praise +3,
// red-flag window: the best 2 with no confirmed complaint, ≥ 100 points, 综合窗口 excepted.
// w1 正式窗口: two city praises → 106; w2 综合窗口: three → 109; w3 正式窗口: one → 103;
// w4 without a type on its roster: 100.
// By score: w2 109, w1 106, w3 103, w4 100. w2 is a 综合窗口: the two seats go to w1 and w3.
const csv = [
  "kind,date,staff,window,window_type,code",
  "staff,2026-07-01,s1,w1,正式窗口,",
  "staff,2026-07-01,s2,w2,综合窗口,",
  "staff,2026-07-01,s3,w3,正式窗口,",
  "staff,2026-07-01,s4,w4,,",
  "commendation,2026-07-10,,w1,,city_praise",
  "commendation,2026-07-11,,w1,,city_praise",
  "commendation,2026-08-10,,w2,,city_praise",
  "commendation,2026-08-11,,w2,,city_praise",
  "commendation,2026-08-12,,w2,,city_praise",
  "commendation,2026-09-01,,w3,,city_praise",
  ""
].join("\n")

describe("window type on the roster, for award eligibility", () => {
  const events = getOrThrow(parseEventsCsv(csv))
  const a = getOrThrow(score(redFlagWindowRubric, events, { period: "2026-Q3" }))

  it("reads window_type from the CSV roster lines", () => {
    expect(events.filter((e) => e.kind === "staff").map((e) => e.windowType)).toEqual([
      "正式窗口",
      "综合窗口",
      "正式窗口",
      undefined
    ])
  })

  it("scores every window, 综合窗口 included: w2 109, w1 106, w3 103, w4 100", () => {
    expect(a.scores.map((s) => [s.id, s.score, s.rank])).toEqual([
      ["w2", "109.00", 1],
      ["w1", "106.00", 2],
      ["w3", "103.00", 3],
      ["w4", "100.00", 4]
    ])
  })

  it("leaves the 综合窗口 out of the red-flag selection, with the reason: w1 and w3 win", () => {
    const award = a.awards.find((x) => x.id === "red-flag")
    expect(award?.winners.map((w) => w.id)).toEqual(["w1", "w3"])
    expect(award?.ineligible.map((x) => [x.id, x.reasons.map((r) => r.code)])).toEqual([
      ["w2", ["window_type_not_eligible"]]
    ])
  })

  it("admits only the listed types with types: a window whose type the roster does not give is then out", () => {
    const onlyRegular = {
      ...redFlagWindowRubric,
      awards: [
        {
          id: "red-flag",
          name: { zh: "红旗窗口", en: "red-flag window" },
          method: "rank" as const,
          quota: { count: 4 },
          eligibility: [{ rule: "window_types" as const, types: ["正式窗口"] }]
        }
      ]
    }
    const b = getOrThrow(score(onlyRegular, events, { period: "2026-Q3" }))
    expect(b.awards[0]?.winners.map((w) => w.id)).toEqual(["w1", "w3"])
    expect(b.awards[0]?.ineligible.map((x) => x.id)).toEqual(["w2", "w4"])
  })
})
