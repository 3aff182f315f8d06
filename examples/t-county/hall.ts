/**
 * The T County hall as a simulation model (the paper in ../../shared/seed,
 * sections 1.1 and 1.2): 134 front windows, 39 departments, a working day's
 * arrival profile, and the 企业开办 bundle (business start-up: licence, seal,
 * tax, social insurance, housing fund, bank account).
 *
 * Two scenarios:
 * - today: windows only collect papers (只收件不审批); most windows are
 *   dedicated to one department (专窗); approvals run one after another and
 *   the applicant walks to each department; a quarter of applications come
 *   with incomplete materials (补正); few matters online;
 * - reformed: general windows (综合窗口) authorised to decide simple
 *   matters on the spot; approvals of a bundle run in parallel (并联审批)
 *   after the lead department's licence; results are delivered, so the
 *   applicant comes once (最多跑一次); more online; clearer lists of
 *   materials halve incomplete submissions.
 *
 * Arrival volumes, handling times and reviewer numbers are plausible
 * figures for a county of about 300,000 people, not measurements.
 */
import type { ModelInput } from "@tongban/simulation"

type Scenario = "today" | "reformed"

// The 39 departments stationed in the hall: reviewers, and the files each works on at once.
const DEPARTMENTS: ReadonlyArray<readonly [string, string, number, number]> = [
  ["market", "市场监管局", 12, 22],
  ["tax", "税务局", 14, 22],
  ["police", "公安局", 14, 200],
  ["hrss", "人社局", 10, 25],
  ["medical", "医保局", 8, 15],
  ["land", "自然资源局（不动产登记）", 14, 70],
  ["housing", "住建局", 6, 4],
  ["fund", "住房公积金中心", 6, 55],
  ["civil", "民政局", 4, 3],
  ["transport", "交通运输局", 4, 30],
  ["bank", "银行（开户）", 6, 20],
  ["fire", "消防救援大队", 3, 12],
  ["civil-defence", "人防办", 2, 10],
  ["health", "卫健局", 2, 12],
  ["agriculture", "农业农村局", 2, 12],
  ["water", "水务局", 2, 12],
  ["environment", "生态环境局", 2, 12],
  ["forestry", "林业局", 2, 12],
  ["culture", "文旅局", 2, 12],
  ["education", "教育局", 2, 12],
  ["commerce", "商务局", 2, 12],
  ["development", "发改局", 2, 12],
  ["industry", "工信局", 2, 12],
  ["justice", "司法局", 2, 12],
  ["finance", "财政局", 2, 12],
  ["emergency", "应急管理局", 2, 12],
  ["disability", "残联", 2, 12],
  ["tobacco", "烟草专卖局", 2, 12],
  ["power", "供电公司", 2, 12],
  ["supply", "供水公司", 2, 12],
  ["gas", "燃气公司", 2, 12],
  ["post", "邮政（寄递）", 2, 12],
  ["archives", "档案馆", 2, 12],
  ["weather", "气象局", 2, 12],
  ["urban", "城管局", 2, 12],
  ["veterans", "退役军人事务局", 2, 12],
  ["statistics", "统计局", 2, 12],
  ["notary", "公证处", 2, 12],
  ["ethnic", "民宗局", 2, 12]
]

// Daily volumes below are scaled by this factor (about 2,700 applications a day).
const VOLUME = 1.8

// Arrivals over the seven opening hours 09–12 and 13:30–17:30 (morning peak).
const PROFILE = [3, 4, 3.5, 1.5, 2.5, 2.5, 1]

interface Matter {
  readonly id: string
  readonly name: string
  readonly department: string
  readonly perDay: number
  readonly online: readonly [number, number]
  readonly windowMinutes: number
  /** Back-office days (triangular min, mode, max) for the one approval step. */
  readonly days: readonly [number, number, number]
  readonly statutory: string
  readonly promised: readonly [string, string]
  /** Simple enough for an authorised window to decide on the spot. */
  readonly simple: boolean
}

// The busiest matters; every other department gets a share of "other matters".
const MATTERS: ReadonlyArray<Matter> = [
  {
    id: "sole-trader",
    name: "个体工商户登记",
    department: "market",
    perDay: 60,
    online: [0.1, 0.4],
    windowMinutes: 15,
    days: [0.5, 1, 3],
    statutory: "15wd",
    promised: ["3wd", "1wd"],
    simple: true
  },
  {
    id: "property",
    name: "不动产登记",
    department: "land",
    perDay: 150,
    online: [0.05, 0.2],
    windowMinutes: 20,
    days: [2, 4, 8],
    statutory: "30wd",
    promised: ["10wd", "5wd"],
    simple: false
  },
  {
    id: "social-insurance",
    name: "社保参保登记",
    department: "hrss",
    perDay: 200,
    online: [0.2, 0.5],
    windowMinutes: 8,
    days: [0.2, 0.5, 1],
    statutory: "10wd",
    promised: ["3wd", "1wd"],
    simple: true
  },
  {
    id: "medical-insurance",
    name: "医保异地就医备案",
    department: "medical",
    perDay: 160,
    online: [0.2, 0.6],
    windowMinutes: 7,
    days: [0.2, 0.5, 1],
    statutory: "10wd",
    promised: ["2wd", "1wd"],
    simple: true
  },
  {
    id: "id-card",
    name: "居民身份证",
    department: "police",
    perDay: 220,
    online: [0, 0.1],
    windowMinutes: 10,
    days: [5, 8, 15],
    statutory: "60d",
    promised: ["20wd", "15wd"],
    simple: false
  },
  {
    id: "exit-entry",
    name: "出入境证件",
    department: "police",
    perDay: 50,
    online: [0, 0.2],
    windowMinutes: 15,
    days: [3, 5, 7],
    statutory: "20wd",
    promised: ["7wd", "5wd"],
    simple: false
  },
  {
    id: "invoice",
    name: "发票领用",
    department: "tax",
    perDay: 300,
    online: [0.4, 0.75],
    windowMinutes: 6,
    days: [0.1, 0.3, 1],
    statutory: "10wd",
    promised: ["1wd", "1wd"],
    simple: true
  },
  {
    id: "fund-withdrawal",
    name: "公积金提取",
    department: "fund",
    perDay: 120,
    online: [0.3, 0.6],
    windowMinutes: 10,
    days: [0.5, 1, 3],
    statutory: "3wd",
    promised: ["3wd", "1wd"],
    simple: true
  },
  {
    id: "vehicle",
    name: "道路运输证",
    department: "transport",
    perDay: 40,
    online: [0.1, 0.3],
    windowMinutes: 12,
    days: [1, 2, 4],
    statutory: "20wd",
    promised: ["5wd", "3wd"],
    simple: false
  },
  {
    id: "marriage",
    name: "婚姻登记",
    department: "civil",
    perDay: 25,
    online: [0, 0],
    windowMinutes: 20,
    days: [0.1, 0.2, 0.5],
    statutory: "1wd",
    promised: ["1wd", "1wd"],
    simple: true
  }
]

const BIG = new Set(MATTERS.map((m) => m.department).concat(["bank", "fire", "civil-defence", "housing"]))

// The 134 windows: mostly dedicated today, mostly general and authorised after the reform.
const windows = (scenario: Scenario): ModelInput["windows"] => {
  if (scenario === "today") {
    const dedicated: ReadonlyArray<readonly [string, number]> = [
      ["market", 14],
      ["tax", 18],
      ["police", 16],
      ["hrss", 12],
      ["medical", 8],
      ["land", 14],
      ["housing", 6],
      ["fund", 6],
      ["civil", 4],
      ["transport", 4]
    ]
    const others = DEPARTMENTS.map(([id]) => id)
      .filter((id) => !dedicated.some(([d]) => d === id))
      .slice(0, 12)
    return [
      { id: "general", name: "综合窗口（只收件）", count: 20, serves: "all", authorised: false },
      ...dedicated.map(([id, count]) => ({
        id: `desk-${id}`,
        name: `${id} 专窗`,
        count,
        serves: [id],
        authorised: false
      })),
      { id: "desk-others", name: "其他部门专窗", count: others.length, serves: others, authorised: false }
    ]
  }
  const dedicated: ReadonlyArray<readonly [string, number]> = [
    ["tax", 14],
    ["police", 12],
    ["land", 12],
    ["hrss", 8],
    ["medical", 4],
    ["fund", 2],
    ["transport", 2]
  ]
  return [
    { id: "general", name: "综合窗口（授权）", count: 80, serves: "all", authorised: true },
    ...dedicated.map(([id, count]) => ({
      id: `desk-${id}`,
      name: `${id} 专窗（授权）`,
      count,
      serves: [id],
      authorised: true
    }))
  ]
}

const tri = (days: readonly [number, number, number]) => ({
  kind: "triangular" as const,
  min: days[0],
  mode: days[1],
  max: days[2]
})

// 企业开办: licence first, then seal, tax, social insurance, housing fund and bank account.
const startupFlow = (scenario: Scenario): NonNullable<ModelInput["services"][number]["flow"]> => {
  const trips = scenario === "today" ? 1 : 0
  const follow: ReadonlyArray<readonly [string, string, string, readonly [number, number, number]]> = [
    ["seal", "公章刻制备案", "police", [0.5, 1, 2]],
    ["tax", "税务登记与发票", "tax", [1, 2, 4]],
    ["social", "社保登记", "hrss", [1, 1.5, 3]],
    ["fund", "公积金缴存登记", "fund", [1, 1.5, 3]],
    ["bank", "银行开户", "bank", [1, 2, 4]]
  ]
  return {
    id: `startup-${scenario}`,
    name: scenario === "today" ? "企业开办（串联）" : "企业开办（并联）",
    steps: [
      {
        id: "licence",
        name: "营业执照",
        department: "market",
        duration: tri(scenario === "today" ? [1, 2, 5] : [0.3, 0.5, 1]),
        trips
      },
      ...follow.map(([id, name, department, days], i) => ({
        id,
        name,
        department,
        duration: tri(scenario === "today" ? days : [days[0] / 2, days[1] / 2, days[2] / 2]),
        trips,
        after: scenario === "today" ? [i === 0 ? "licence" : (follow[i - 1]?.[0] ?? "licence")] : ["licence"]
      }))
    ]
  }
}

// 施工许可: housing, fire, civil defence and land reviews.
const permitFlow = (scenario: Scenario): NonNullable<ModelInput["services"][number]["flow"]> => {
  const parallel = scenario === "reformed"
  const trips = parallel ? 0 : 1
  return {
    id: `permit-${scenario}`,
    name: "建筑工程施工许可",
    steps: [
      { id: "land", name: "用地规划审查", department: "land", duration: tri([2, 4, 8]), trips },
      {
        id: "fire",
        name: "消防设计审查",
        department: "fire",
        duration: tri([3, 5, 10]),
        trips,
        after: parallel ? [] : ["land"]
      },
      {
        id: "defence",
        name: "人防审查",
        department: "civil-defence",
        duration: tri([1, 3, 6]),
        trips,
        after: parallel ? [] : ["fire"]
      },
      {
        id: "permit",
        name: "核发施工许可证",
        department: "housing",
        duration: tri([2, 3, 7]),
        trips: 1,
        after: parallel ? ["land", "fire", "defence"] : ["defence"]
      }
    ]
  }
}

/**
 * The T County hall model for a scenario, over `days` working days from
 * `start`.
 */
export const tCountyHall = (
  scenario: Scenario,
  options?: { readonly days?: number; readonly start?: string }
): ModelInput => {
  const reformed = scenario === "reformed"
  const incomplete = reformed ? 0.12 : 0.25
  const pick = <A>(pair: readonly [A, A]): A => (reformed ? pair[1] : pair[0])
  const matters = MATTERS.map((m) => ({
    id: m.id,
    name: m.name,
    department: m.department,
    arrivals: { perDay: m.perDay * VOLUME, profile: PROFILE },
    online: pick(m.online),
    incomplete,
    returnDays: { type: "triangular" as const, min: 1, mode: 2, max: 5 },
    windowMinutes: { type: "lognormal" as const, mean: m.windowMinutes, sd: m.windowMinutes * 0.6 },
    approveAtWindow: m.simple,
    statutory: m.statutory,
    promised: pick(m.promised),
    flow: {
      id: m.id,
      name: m.name,
      steps: [
        {
          id: "review",
          name: `${m.name}审核`,
          department: m.department,
          duration: tri(m.days),
          trips: reformed ? 0 : 1
        }
      ]
    }
  }))
  const others = DEPARTMENTS.filter(([id]) => !BIG.has(id)).map(([id, name]) => ({
    id: `other-${id}`,
    name: `${name}其他事项`,
    department: id,
    arrivals: { perDay: 6 * VOLUME, profile: PROFILE },
    online: reformed ? 0.3 : 0.05,
    incomplete,
    returnDays: { type: "triangular" as const, min: 1, mode: 2, max: 5 },
    windowMinutes: { type: "lognormal" as const, mean: 12, sd: 8 },
    statutory: "20wd",
    promised: reformed ? "5wd" : "10wd",
    flow: {
      id: `other-${id}`,
      name: `${name}其他事项`,
      steps: [{ id: "review", name: "审核", department: id, duration: tri([1, 2, 6]), trips: reformed ? 0 : 1 }]
    }
  }))
  return {
    name: `T 县政务服务中心 · ${reformed ? "改革后" : "现状"}`,
    ...(options?.start === undefined ? {} : { start: options.start }),
    days: options?.days ?? 10,
    openingHours: [
      { from: "09:00", to: "12:00" },
      { from: "13:30", to: "17:30" }
    ],
    departments: DEPARTMENTS.map(([id, name, reviewers, casesPerReviewer]) => ({
      id,
      name,
      reviewers,
      casesPerReviewer: Math.ceil(casesPerReviewer * VOLUME)
    })),
    windows: windows(scenario),
    priorities: [
      { id: "green-channel", share: 0.02 },
      { id: "elderly", share: 0.1 }
    ],
    patience: { type: "exponential", mean: 150 },
    services: [
      {
        id: "startup",
        name: "企业开办一件事",
        kind: "bundle",
        matters: ["营业执照", "公章刻制", "税务登记", "社保登记", "公积金登记", "银行开户"],
        department: "market",
        arrivals: { perDay: 40 * VOLUME, profile: PROFILE },
        online: reformed ? 0.5 : 0.1,
        incomplete,
        returnDays: { type: "triangular", min: 1, mode: 2, max: 5 },
        windowMinutes: { type: "lognormal", mean: reformed ? 25 : 30, sd: 12 },
        statutory: "20wd",
        promised: reformed ? "3wd" : "5wd",
        flow: startupFlow(scenario)
      },
      {
        id: "construction-permit",
        name: "建筑工程施工许可",
        department: "housing",
        arrivals: { perDay: 4 * VOLUME, profile: PROFILE },
        online: reformed ? 0.5 : 0,
        incomplete: reformed ? 0.2 : 0.4,
        returnDays: { type: "triangular", min: 2, mode: 5, max: 10 },
        windowMinutes: { type: "lognormal", mean: 40, sd: 15 },
        statutory: "20wd",
        promised: reformed ? "7wd" : "15wd",
        flow: permitFlow(scenario)
      },
      ...matters,
      ...others
    ]
  }
}
