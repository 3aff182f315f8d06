/**
 * Every option of every command reaches the package function it is for (the
 * `simulate mmc --seed` class of bug: an option parsed and then lost). The
 * package functions are wrapped in spies that still run the real code; each
 * row runs one command line and checks what the function received. A last
 * test lists the options the program declares and fails when one has no row.
 */
import { Command } from "commander"
import { readFileSync } from "node:fs"
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest"

// The test files of a project share their worker's module cache (isolate: false), so the
// modules this file mocks may already be loaded unmocked: they are loaded afresh below.
const MOCKED = [
  "@tongban/deadline",
  "@tongban/catalog",
  "@tongban/approval",
  "@tongban/simulation",
  "@tongban/simulation/node",
  "@tongban/scoring",
  "@tongban/server"
] as const
let approval: typeof import("@tongban/approval")
let catalog: typeof import("@tongban/catalog")
let cli: typeof import("@tongban/cli")
let deadline: typeof import("@tongban/deadline")
let scoring: typeof import("@tongban/scoring")
let server: typeof import("@tongban/server")
let simulation: typeof import("@tongban/simulation")
let simulationNode: typeof import("@tongban/simulation/node")
let runCli: typeof import("./helpers.js").runCli

beforeAll(async () => {
  vi.resetModules()
  approval = await import("@tongban/approval")
  catalog = await import("@tongban/catalog")
  cli = await import("@tongban/cli")
  deadline = await import("@tongban/deadline")
  scoring = await import("@tongban/scoring")
  server = await import("@tongban/server")
  simulation = await import("@tongban/simulation")
  simulationNode = await import("@tongban/simulation/node")
  runCli = (await import("./helpers.js")).runCli
  files = makeFiles()
  // Loading every package afresh takes seconds on a busy machine.
}, 120_000)

// The spies (and the sweep held in this thread) stay out of the files that run after this one.
afterAll(() => {
  for (const name of MOCKED) vi.doUnmock(name)
  vi.resetModules()
})

vi.mock("@tongban/deadline", async (importOriginal) => {
  const m = await importOriginal<typeof import("@tongban/deadline")>()
  return { ...m, listDays: vi.fn(m.listDays), caseClock: vi.fn(m.caseClock) }
})
vi.mock("@tongban/catalog", async (importOriginal) => {
  const m = await importOriginal<typeof import("@tongban/catalog")>()
  return {
    ...m,
    searchMatters: vi.fn(m.searchMatters),
    importCatalogue: vi.fn(m.importCatalogue),
    diffCatalogues: vi.fn(m.diffCatalogues)
  }
})
vi.mock("@tongban/approval", async (importOriginal) => {
  const m = await importOriginal<typeof import("@tongban/approval")>()
  return { ...m, scheduleFlow: vi.fn(m.scheduleFlow), scheduleRcpsp: vi.fn(m.scheduleRcpsp) }
})
vi.mock("@tongban/simulation", async (importOriginal) => {
  const m = await importOriginal<typeof import("@tongban/simulation")>()
  return { ...m, simulateMMc: vi.fn(m.simulateMMc), scheduleRisk: vi.fn(m.scheduleRisk), calibrate: vi.fn(m.calibrate) }
})
vi.mock("@tongban/simulation/node", async (importOriginal) => {
  const m = await importOriginal<typeof import("@tongban/simulation/node")>()
  // The spy records the workers asked for and runs in this thread.
  return {
    ...m,
    runSweep: vi.fn((s: Parameters<typeof m.runSweep>[0], o: Parameters<typeof m.runSweep>[1]) =>
      m.runSweep(s, { ...o, workers: 0 })
    )
  }
})
vi.mock("@tongban/scoring", async (importOriginal) => {
  const m = await importOriginal<typeof import("@tongban/scoring")>()
  return {
    ...m,
    score: vi.fn(m.score),
    rollup: vi.fn(m.rollup),
    reviewStats: vi.fn(m.reviewStats),
    parseEventsCsv: vi.fn(m.parseEventsCsv)
  }
})

vi.mock("@tongban/server", async (importOriginal) => {
  const m = await importOriginal<typeof import("@tongban/server")>()
  // The spy records what serve asked for, listens on a free loopback port without a pool, and closes at once, so serve returns.
  return {
    ...m,
    listen: vi.fn(async (o: Parameters<typeof m.listen>[0]) => {
      const running = await m.listen({ ...o, port: 0, hostname: "127.0.0.1", pool: false })
      void running.close()
      return running
    })
  }
})

const read = (path: string, encoding: "utf8" | "latin1" = "utf8"): string =>
  readFileSync(new URL(`../../../${path}`, import.meta.url), encoding)

const layer = JSON.stringify({
  id: "centre",
  name: { zh: "中心停电", en: "centre outage" },
  level: "centre",
  sources: [{ id: "n1", title: "中心通知" }],
  daysOff: [{ from: "2024-10-08", to: "2024-10-08", name: { zh: "停电", en: "outage" }, source: "n1" }],
  workdays: []
})

const model = {
  start: "2026-03-02",
  days: 1,
  departments: [{ id: "market", reviewers: 2 }],
  windows: [{ id: "general", count: 2 }],
  services: [
    {
      id: "licence",
      department: "market",
      arrivals: { perDay: 10 },
      windowMinutes: { type: "exponential", mean: 8 },
      statutory: "20wd",
      flow: { id: "f", name: "licence", steps: [{ id: "a", name: "审查", department: "market", duration: 1 }] }
    }
  ]
}

const events = [
  "kind,date,staff,window,department,code,level,quantity,points,matter_type,id,ref,active,role",
  "staff,2026-07-01,s1,w1,d1,,,,,,,,,",
  "evaluation,2026-07-08,s1,w1,d1,,满意,,,,e1,,true,",
  "evaluation,2026-07-09,s1,w1,d1,,不满意,,,,e2,,true,"
].join("\n")

/** A month's result as `tongban score --format json` writes it, in brief, for `score rollup`. */
const monthResult = (id: string, hundredths: number): string =>
  JSON.stringify({ rubric: "r", period: { id }, scores: [{ id: "s1", hundredths }] })

/** The files the command lines read, with a shard of two runs of the hall for `simulate merge`. */
const makeFiles = (): Record<string, string> => {
  const hall = simulation.parseModel(model)
  const hallShard = hall.ok
    ? simulation.runShard([{ name: "hall", model: hall.value }], { seeds: { from: 1, to: 3 } })
    : hall
  return {
    "shard.json": JSON.stringify(hallShard.ok ? hallShard.value : {}),
    "records.csv": [
      "received,accepted,concluded,department,matter",
      "2026-03-02T09:05,2026-03-02T09:20,2026-03-04T10:00,market,licence",
      "2026-03-03T10:10,2026-03-03T10:22,2026-03-05T15:00,market,licence"
    ].join("\n"),
    "layer.json": layer,
    "2020.json": read("examples/t-county/data/catalogue-2020.json"),
    "2019.json": read("examples/t-county/data/catalogue-2019.json"),
    "serial.json": read("examples/t-county/flows/qiye-kaiban-serial.json"),
    "j30/j301_1.sm": read("packages/approval/test/fixtures/psplib/j301_1.sm", "latin1"),
    "opt.txt": "Paramter Instance Makespan CPU-Time[sec.]\n1       1         43       0.30\n",
    "hall.json": JSON.stringify(model),
    "e.csv": events,
    "m07.json": monthResult("2026-07", 9800),
    "m08.json": monthResult("2026-08", 10_200),
    "rollup-rule.json": JSON.stringify({ awards: [{ id: "star", quota: 1 }] }),
    "votes.csv": "input,subject,value\nwindow_efficiency,w1,90\nduty_vote,w1,95\ncitizen_vote,w1,100\n",
    "self.json": JSON.stringify({ s1: 95 }),
    "approval.json": JSON.stringify({ by: "考核评审委员会", date: "2026-10-08", decision: "approved" }),
    "columns.json": JSON.stringify({ 名称: "事项名称" }),
    "warnings.csv": "事项名称,部门名称,事项类型\n社会团体成立登记,区发展和改革局,行政许可\n"
  }
}
let files: Record<string, string> = {}

/** The arguments of the last call of a spied package function. */
const last = (fn: (...args: never) => unknown): ReadonlyArray<unknown> => vi.mocked(fn).mock.lastCall ?? []
/** A field of the nth argument of the last call. */
const field = (fn: (...args: never) => unknown, n: number, key: string): unknown => {
  const arg = last(fn)[n]
  return typeof arg === "object" && arg !== null ? Reflect.get(arg, key) : undefined
}
const layerIds = (calendar: unknown): unknown =>
  typeof calendar === "object" && calendar !== null
    ? (Reflect.get(calendar, "layers") ?? []).map((l: { id: string }) => l.id)
    : undefined

interface Row {
  readonly command: string
  readonly flag: string
  readonly argv: ReadonlyArray<string>
  readonly check: (out: { readonly stdout: string; readonly written: Map<string, string> }) => void
  /** The exit code the command line gives (default 0). */
  readonly code?: number
}

/** The day a calendar's notices run to: set on a provisional calendar, absent on the announced one. */
const announced = (calendar: unknown): unknown =>
  typeof calendar === "object" && calendar !== null ? Reflect.get(calendar, "announcedThrough") : undefined

const due = ["due", "--from", "2024-09-27", "--limit", "20wd", "--format", "json"]

const report = ["report", "--format", "json"]
/** The sections a `tongban report` run drew. */
const sections = (stdout: string): unknown => Reflect.get(Object(JSON.parse(stdout)), "sections")

const rows: ReadonlyArray<Row> = [
  {
    command: "report",
    flag: "--shard",
    argv: [...report, "--shard", "shard.json"],
    check: ({ stdout }) => expect(sections(stdout)).toContain("simulation")
  },
  {
    command: "report",
    flag: "--result",
    argv: [...report, "--result", "shard.json"],
    check: ({ stdout }) => expect(sections(stdout)).toContain("simulation")
  },
  {
    command: "report",
    flag: "--flow",
    argv: [...report, "--flow", "serial.json"],
    check: ({ stdout }) => expect(sections(stdout)).toContain("approval")
  },
  {
    command: "report",
    flag: "--start",
    argv: [...report, "--flow", "serial.json", "--start", "2024-09-30"],
    check: () => expect(field(approval.scheduleFlow, 1, "start")).toBe("2024-09-30")
  },
  {
    command: "report",
    flag: "--catalogue",
    argv: [...report, "--catalogue", "2020.json"],
    check: ({ stdout }) => expect(sections(stdout)).toContain("catalog")
  },
  {
    command: "report",
    flag: "--before",
    argv: [...report, "--catalogue", "2020.json", "--before", "2019.json"],
    check: () => expect(last(catalog.diffCatalogues)).toHaveLength(2)
  },
  {
    command: "report",
    flag: "--events",
    argv: [...report, "--events", "e.csv", "--rubric", "quarterly-deduction"],
    check: () => expect(last(scoring.parseEventsCsv)[0]).toBe(events)
  },
  {
    command: "report",
    flag: "--rubric",
    argv: [...report, "--events", "e.csv", "--rubric", "window-110"],
    check: () => expect(last(scoring.score)[0]).toBe(scoring.windowMaximum110Rubric)
  },
  {
    command: "report",
    flag: "--period",
    argv: [...report, "--events", "e.csv", "--rubric", "quarterly-deduction", "--period", "2026-Q3"],
    check: () => expect(last(scoring.score)[2]).toEqual({ period: "2026-Q3" })
  },
  {
    command: "report",
    flag: "--year",
    argv: [...report, "--year", "2024"],
    check: () => expect(last(deadline.listDays).slice(0, 2)).toEqual(["2024-01-01", "2024-12-31"])
  },
  {
    command: "report",
    flag: "--out",
    argv: [...report, "--year", "2024", "--out", "county.html"],
    check: ({ written }) => expect([...written.keys()]).toEqual(["county.html"])
  },
  {
    command: "report",
    flag: "--svg",
    argv: [...report, "--year", "2024", "--svg", "figures/"],
    check: ({ written }) => expect([...written.keys()].some((k) => /^figures\/[^/]+\.svg$/.test(k))).toBe(true)
  },
  {
    command: "report",
    flag: "--title",
    argv: [...report, "--year", "2024", "--title", "T县年报"],
    check: ({ written }) => expect(written.get("report.html")).toContain("T县年报")
  },
  {
    command: "calendar",
    flag: "--provisional",
    argv: ["calendar", "--from", "2024-10-01", "--to", "2024-10-09", "--provisional"],
    check: () => expect(announced(field(deadline.listDays, 2, "calendar"))).toBe("2026-12-31")
  },
  {
    command: "calendar",
    flag: "--announced-through",
    argv: ["calendar", "--from", "2024-10-01", "--to", "2024-10-09", "--provisional", "--announced-through", "2024"],
    check: () => expect(announced(field(deadline.listDays, 2, "calendar"))).toBe("2024-12-31")
  },
  {
    command: "due",
    flag: "--provisional",
    argv: [...due, "--provisional"],
    check: () => expect(announced(field(deadline.caseClock, 1, "calendar"))).toBe("2026-12-31")
  },
  {
    command: "due",
    flag: "--announced-through",
    argv: [...due, "--provisional", "--announced-through", "2024"],
    check: () => expect(announced(field(deadline.caseClock, 1, "calendar"))).toBe("2024-12-31")
  },
  {
    command: "flow schedule",
    flag: "--provisional",
    argv: ["flow", "schedule", "serial.json", "--start", "2024-09-30", "--provisional"],
    check: () => expect(announced(field(approval.scheduleFlow, 1, "calendar"))).toBe("2026-12-31")
  },
  {
    command: "flow schedule",
    flag: "--announced-through",
    argv: ["flow", "schedule", "serial.json", "--start", "2024-09-30", "--provisional", "--announced-through", "2024"],
    check: () => expect(announced(field(approval.scheduleFlow, 1, "calendar"))).toBe("2024-12-31")
  },
  {
    command: "simulate",
    flag: "--provisional",
    argv: ["simulate", "hall.json", "--provisional"],
    check: () => expect(announced(field(simulationNode.runSweep, 1, "calendar"))).toBe("2026-12-31")
  },
  {
    command: "reviews",
    flag: "--provisional",
    argv: ["reviews", "--events", "e.csv", "--provisional"],
    check: () => expect(announced(field(scoring.reviewStats, 1, "calendar"))).toBe("2026-12-31")
  },
  {
    command: "catalog validate",
    flag: "--columns",
    argv: ["catalog", "validate", "2020.json", "--columns", "columns.json"],
    check: () => expect(field(catalog.importCatalogue, 2, "columns")).toEqual({ 名称: "事项名称" })
  },
  {
    command: "catalog search",
    flag: "--columns",
    argv: ["catalog", "search", "2020.json", "许可", "--columns", "columns.json"],
    check: () => expect(field(catalog.importCatalogue, 2, "columns")).toEqual({ 名称: "事项名称" })
  },
  {
    command: "catalog stats",
    flag: "--columns",
    argv: ["catalog", "stats", "2020.json", "--columns", "columns.json"],
    check: () => expect(field(catalog.importCatalogue, 2, "columns")).toEqual({ 名称: "事项名称" })
  },
  {
    command: "catalog validate",
    flag: "--strict",
    // A list with warnings only (missing optional columns): valid, but not with --strict.
    argv: ["catalog", "validate", "warnings.csv", "--strict", "--format", "json"],
    code: 1,
    check: ({ stdout }) => expect(JSON.parse(stdout)).toMatchObject({ ok: false, errors: 0 })
  },
  {
    command: "calendar",
    flag: "--from",
    argv: ["calendar", "--from", "2024-10-01", "--to", "2024-10-09"],
    check: () => expect(last(deadline.listDays)[0]).toBe("2024-10-01")
  },
  {
    command: "calendar",
    flag: "--to",
    argv: ["calendar", "--from", "2024-10-01", "--to", "2024-10-09"],
    check: () => expect(last(deadline.listDays)[1]).toBe("2024-10-09")
  },
  {
    command: "calendar",
    flag: "--layer",
    argv: ["calendar", "--from", "2024-10-01", "--to", "2024-10-09", "--layer", "layer.json"],
    check: () => expect(layerIds(field(deadline.listDays, 2, "calendar"))).toContain("centre")
  },
  {
    command: "due",
    flag: "--from",
    argv: due,
    check: () => expect(last(deadline.caseClock)[0]).toEqual([{ type: "accepted", date: "2024-09-27" }])
  },
  {
    command: "due",
    flag: "--limit",
    argv: [...due, "--limit", "15wd"],
    check: () => expect(field(deadline.caseClock, 1, "limit")).toEqual({ amount: 15, unit: "working_day" })
  },
  {
    command: "due",
    flag: "--suspend",
    argv: [...due, "--suspend", "2024-10-09..2024-10-10:expert_review", "--as-of", "2024-11-29"],
    check: () =>
      expect(last(deadline.caseClock)[0]).toContainEqual({
        type: "suspended",
        date: "2024-10-09",
        reason: "expert_review"
      })
  },
  {
    command: "due",
    flag: "--extend",
    argv: [...due, "--extend", "10wd"],
    check: () =>
      expect(last(deadline.caseClock)[0]).toContainEqual(
        expect.objectContaining({ type: "extended", by: { amount: 10, unit: "working_day" } })
      )
  },
  {
    command: "due",
    flag: "--as-of",
    argv: [...due, "--as-of", "2024-10-15"],
    check: () => expect(field(deadline.caseClock, 1, "asOf")).toBe("2024-10-15")
  },
  {
    command: "due",
    flag: "--layer",
    argv: [...due, "--layer", "layer.json"],
    check: () => expect(layerIds(field(deadline.caseClock, 1, "calendar"))).toContain("centre")
  },
  {
    command: "catalog search",
    flag: "--department",
    argv: ["catalog", "search", "2020.json", "许可", "--department", "scj", "gaj"],
    check: () => expect(field(catalog.searchMatters, 2, "departments")).toEqual(["scj", "gaj"])
  },
  {
    command: "catalog search",
    flag: "--type",
    argv: ["catalog", "search", "2020.json", "许可", "--type", "01"],
    check: () => expect(field(catalog.searchMatters, 2, "types")).toEqual(["01"])
  },
  {
    command: "catalog search",
    flag: "--max-trips",
    argv: ["catalog", "search", "2020.json", "许可", "--max-trips", "0"],
    check: () => expect(field(catalog.searchMatters, 2, "maxTrips")).toBe(0)
  },
  {
    command: "catalog search",
    flag: "--limit",
    argv: ["catalog", "search", "2020.json", "许可", "--limit", "3"],
    check: () => expect(field(catalog.searchMatters, 2, "limit")).toBe(3)
  },
  {
    command: "flow schedule",
    flag: "--start",
    argv: ["flow", "schedule", "serial.json", "--start", "2024-09-30"],
    check: () => expect(field(approval.scheduleFlow, 1, "start")).toBe("2024-09-30")
  },
  {
    command: "flow schedule",
    flag: "--layer",
    argv: ["flow", "schedule", "serial.json", "--start", "2024-09-30", "--layer", "layer.json"],
    check: () => expect(layerIds(field(approval.scheduleFlow, 1, "calendar"))).toContain("centre")
  },
  {
    command: "flow psplib",
    flag: "--schedules",
    argv: ["flow", "psplib", "j30/j301_1.sm", "--schedules", "17"],
    check: () => expect(field(approval.scheduleRcpsp, 1, "schedules")).toBe(17)
  },
  {
    command: "flow psplib",
    flag: "--seed",
    argv: ["flow", "psplib", "j30/j301_1.sm", "--schedules", "10", "--seed", "7"],
    check: () => expect(field(approval.scheduleRcpsp, 1, "seed")).toBe(7)
  },
  {
    command: "flow psplib",
    flag: "--method",
    argv: ["flow", "psplib", "j30/j301_1.sm", "--method", "rule"],
    check: () => expect(field(approval.scheduleRcpsp, 1, "method")).toBe("rule")
  },
  {
    command: "flow psplib",
    flag: "--optima",
    argv: ["flow", "psplib", "j30/j301_1.sm", "--method", "rule", "--optima", "opt.txt", "--format", "json"],
    check: ({ stdout }) => expect(JSON.parse(stdout)).toMatchObject([{ instance: "j301_1", optimum: 43 }])
  },
  {
    command: "simulate",
    flag: "--seed",
    argv: ["simulate", "hall.json", "--seed", "5"],
    check: () => expect(field(simulationNode.runSweep, 1, "seeds")).toEqual({ from: 5, to: 6 })
  },
  {
    command: "simulate",
    flag: "--runs",
    argv: ["simulate", "hall.json", "--runs", "2"],
    check: () => expect(field(simulationNode.runSweep, 1, "seeds")).toEqual({ from: 1, to: 3 })
  },
  {
    command: "simulate",
    flag: "--workers",
    argv: ["simulate", "hall.json", "--runs", "2", "--workers", "3"],
    check: () => expect(field(simulationNode.runSweep, 1, "workers")).toBe(3)
  },
  {
    command: "simulate",
    flag: "--out",
    argv: ["simulate", "hall.json", "--out", "results/"],
    check: ({ written }) => expect([...written.keys()]).toContain("results/summary.json")
  },
  {
    command: "simulate",
    flag: "--ci",
    argv: ["simulate", "hall.json", "--runs", "2", "--ci", "0.9", "--format", "json"],
    check: ({ stdout }) =>
      expect(JSON.parse(stdout)).toMatchObject([{ intervals: { wait_mean: { ci: { level: 0.9 } } } }])
  },
  {
    command: "simulate merge",
    flag: "--ci",
    argv: ["simulate", "merge", "shard.json", "--ci", "0.8", "--format", "json"],
    check: ({ stdout }) =>
      expect(JSON.parse(stdout)).toMatchObject([{ intervals: { wait_mean: { ci: { level: 0.8 } } } }])
  },
  {
    command: "simulate flow",
    flag: "--start",
    argv: ["simulate", "flow", "serial.json", "--start", "2026-03-02", "--runs", "5"],
    check: () => expect(field(simulation.scheduleRisk, 1, "start")).toBe("2026-03-02")
  },
  {
    command: "simulate flow",
    flag: "--runs",
    argv: ["simulate", "flow", "serial.json", "--start", "2026-03-02", "--runs", "7"],
    check: () => expect(field(simulation.scheduleRisk, 1, "runs")).toBe(7)
  },
  {
    command: "simulate flow",
    flag: "--seed",
    argv: ["simulate", "flow", "serial.json", "--start", "2026-03-02", "--runs", "5", "--seed", "4"],
    check: () => expect(field(simulation.scheduleRisk, 1, "seed")).toBe(4)
  },
  {
    command: "simulate flow",
    flag: "--provisional",
    argv: ["simulate", "flow", "serial.json", "--start", "2026-03-02", "--runs", "5", "--provisional"],
    check: () => expect(announced(field(simulation.scheduleRisk, 1, "calendar"))).toBe("2026-12-31")
  },
  {
    command: "simulate flow",
    flag: "--promised",
    argv: ["simulate", "flow", "serial.json", "--start", "2026-03-02", "--runs", "5", "--promised", "9"],
    check: () => expect(field(simulation.scheduleRisk, 1, "promised")).toBe(9)
  },
  {
    command: "simulate calibrate",
    flag: "--out",
    argv: ["simulate", "calibrate", "records.csv", "--out", "calibrated.json"],
    check: ({ written }) => expect([...written.keys()]).toContain("calibrated.json")
  },
  {
    command: "simulate calibrate",
    flag: "--windows",
    argv: ["simulate", "calibrate", "records.csv", "--windows", "7"],
    check: () => expect(field(simulation.calibrate, 1, "windows")).toBe(7)
  },
  {
    command: "simulate calibrate",
    flag: "--provisional",
    argv: ["simulate", "calibrate", "records.csv", "--provisional"],
    check: () => expect(announced(field(simulation.calibrate, 1, "calendar"))).toBe("2026-12-31")
  },
  {
    command: "simulate mmc",
    flag: "--runs",
    argv: ["simulate", "mmc", "--customers", "100", "--runs", "3"],
    check: () => expect(field(simulation.simulateMMc, 0, "seed")).toBe(3)
  },
  {
    command: "simulate mmc",
    flag: "--ci",
    argv: ["simulate", "mmc", "--customers", "100", "--runs", "2", "--ci", "0.8", "--format", "json"],
    check: ({ stdout }) => expect(JSON.parse(stdout)).toMatchObject({ meanWaitInterval: { ci: { level: 0.8 } } })
  },
  {
    command: "simulate mmc",
    flag: "--lambda",
    argv: ["simulate", "mmc", "--customers", "100", "--lambda", "8.5"],
    check: () => expect(field(simulation.simulateMMc, 0, "lambda")).toBe(8.5)
  },
  {
    command: "simulate mmc",
    flag: "--mu",
    argv: ["simulate", "mmc", "--customers", "100", "--mu", "1.5"],
    check: () => expect(field(simulation.simulateMMc, 0, "mu")).toBe(1.5)
  },
  {
    command: "simulate mmc",
    flag: "--servers",
    argv: ["simulate", "mmc", "--customers", "100", "--servers", "12"],
    check: () => expect(field(simulation.simulateMMc, 0, "servers")).toBe(12)
  },
  {
    command: "simulate mmc",
    flag: "--customers",
    argv: ["simulate", "mmc", "--customers", "123"],
    check: () => expect(field(simulation.simulateMMc, 0, "customers")).toBe(123)
  },
  {
    command: "simulate mmc",
    flag: "--seed",
    argv: ["simulate", "mmc", "--customers", "100", "--seed", "7"],
    check: () => expect(field(simulation.simulateMMc, 0, "seed")).toBe(7)
  },
  {
    command: "score",
    flag: "--rubric",
    argv: ["score", "--rubric", "window-110", "--events", "e.csv"],
    check: () => expect(last(scoring.score)[0]).toBe(scoring.windowMaximum110Rubric)
  },
  {
    command: "score",
    flag: "--events",
    argv: ["score", "--rubric", "quarterly-deduction", "--events", "e.csv"],
    check: () => expect(last(scoring.parseEventsCsv)[0]).toBe(events)
  },
  {
    command: "score",
    flag: "--period",
    argv: ["score", "--rubric", "quarterly-deduction", "--events", "e.csv", "--period", "2026-Q3"],
    check: () => expect(last(scoring.score)[2]).toEqual({ period: "2026-Q3" })
  },
  {
    command: "score",
    flag: "--level-codes",
    argv: ["score", "--rubric", "quarterly-deduction", "--events", "e.csv", "--level-codes", "gbt39046"],
    check: () => expect(field(scoring.parseEventsCsv, 1, "levelCodes")).toBe(scoring.GBT_39046_LEVEL_CODES)
  },
  {
    command: "score",
    flag: "--inputs",
    argv: ["score", "--rubric", "window-composite", "--events", "e.csv", "--inputs", "votes.csv"],
    check: () =>
      expect(field(scoring.score, 2, "inputs")).toEqual({
        window_efficiency: { w1: "90" },
        duty_vote: { w1: "95" },
        citizen_vote: { w1: "100" }
      })
  },
  {
    command: "score",
    flag: "--self-scores",
    argv: ["score", "--rubric", "quarterly-deduction", "--events", "e.csv", "--self-scores", "self.json"],
    check: () => expect(field(scoring.score, 2, "selfScores")).toEqual({ s1: 95 })
  },
  {
    command: "score",
    flag: "--approval",
    argv: ["score", "--rubric", "quarterly-deduction", "--events", "e.csv", "--approval", "approval.json"],
    check: () =>
      expect(field(scoring.score, 2, "approval")).toEqual({
        by: "考核评审委员会",
        date: "2026-10-08",
        decision: "approved"
      })
  },
  {
    command: "score rollup",
    flag: "--combine",
    argv: ["score", "rollup", "m07.json", "m08.json", "--combine", "mean"],
    check: (out) => {
      expect(last(scoring.rollup)[1]).toEqual({ combine: "mean" })
      expect(last(scoring.rollup)[0]).toHaveLength(2)
      expect(out.stdout).toContain("100.00")
    }
  },
  {
    command: "score rollup",
    flag: "--missing",
    argv: ["score", "rollup", "m07.json", "--missing", "zero"],
    check: () => expect(field(scoring.rollup, 1, "missing")).toBe("zero")
  },
  {
    command: "score rollup",
    flag: "--within",
    argv: ["score", "rollup", "m07.json", "m08.json", "--within", "2026-Q3"],
    check: () => expect(field(scoring.rollup, 1, "within")).toBe("2026-Q3")
  },
  {
    command: "score rollup",
    flag: "--rule",
    argv: ["score", "rollup", "m07.json", "m08.json", "--rule", "rollup-rule.json", "--combine", "last"],
    check: () => expect(last(scoring.rollup)[1]).toEqual({ awards: [{ id: "star", quota: 1 }], combine: "last" })
  },
  {
    command: "reviews",
    flag: "--events",
    argv: ["reviews", "--events", "e.csv"],
    check: () => expect(last(scoring.parseEventsCsv)[0]).toBe(events)
  },
  {
    command: "reviews",
    flag: "--period",
    argv: ["reviews", "--events", "e.csv", "--period", "2026-Q3"],
    check: () => expect(field(scoring.reviewStats, 1, "period")).toBe("2026-Q3")
  },
  {
    command: "reviews",
    flag: "--limit",
    argv: ["reviews", "--events", "e.csv", "--limit", "7wd"],
    check: () => expect(field(scoring.reviewStats, 1, "limit")).toBe("7wd")
  },
  {
    command: "reviews",
    flag: "--as-of",
    argv: ["reviews", "--events", "e.csv", "--as-of", "2026-08-01"],
    check: () => expect(field(scoring.reviewStats, 1, "asOf")).toBe("2026-08-01")
  },
  {
    command: "reviews",
    flag: "--group-by",
    argv: ["reviews", "--events", "e.csv", "--group-by", "staff"],
    check: () => expect(field(scoring.reviewStats, 1, "groupBy")).toBe("staff")
  },
  {
    command: "reviews",
    flag: "--level-codes",
    argv: ["reviews", "--events", "e.csv", "--level-codes", "five-is-best"],
    check: () => expect(field(scoring.parseEventsCsv, 1, "levelCodes")).toBe(scoring.FIVE_IS_BEST_LEVEL_CODES)
  },
  {
    command: "reviews",
    flag: "--satisfied",
    argv: ["reviews", "--events", "e.csv", "--satisfied", "very_satisfied"],
    check: () => expect(field(scoring.reviewStats, 1, "satisfied")).toEqual(["very_satisfied"])
  },
  {
    command: "serve",
    flag: "--port",
    argv: ["serve", "--port", "8081"],
    check: () => expect(field(server.listen, 0, "port")).toBe(8081)
  },
  {
    command: "serve",
    flag: "--host",
    argv: ["serve", "--host", "127.0.0.1"],
    check: () => expect(field(server.listen, 0, "hostname")).toBe("127.0.0.1")
  },
  {
    command: "serve",
    flag: "--catalogue",
    argv: ["serve", "--catalogue", "2020.json"],
    check: () => {
      const matters: unknown = Reflect.get(Object(field(server.listen, 0, "catalogue")), "matters")
      expect(Array.isArray(matters) && matters.length > 0).toBe(true)
    }
  },
  {
    command: "serve",
    flag: "--workers",
    argv: ["serve", "--workers", "3"],
    check: () => expect(field(server.listen, 0, "pool")).toEqual({ size: 3 })
  },
  {
    command: "serve",
    flag: "--queue",
    argv: ["serve", "--queue", "5"],
    check: () => expect(field(server.listen, 0, "pool")).toEqual({ queue: 5 })
  },
  {
    command: "serve",
    flag: "--budget",
    argv: ["serve", "--budget", "2000"],
    check: () => expect(field(server.listen, 0, "pool")).toEqual({ budgetMs: 2000 })
  },
  {
    command: "serve",
    flag: "--max-body",
    argv: ["serve", "--max-body", "65536"],
    check: ({ stdout }) => {
      expect(field(server.listen, 0, "maxBodyBytes")).toBe(65536)
      expect(
        stdout
          .trim()
          .split("\n")
          .map((l) => Reflect.get(Object(JSON.parse(l)), "event"))
          .filter((e) => e !== undefined)
      ).toEqual(["listening", "stopping", "stopped"])
    }
  },
  {
    command: "serve",
    flag: "--processes",
    argv: ["serve", "--processes", "1"],
    check: ({ stdout }) => {
      // One process: this one listens itself, with no primary's lines.
      expect(server.listen).toHaveBeenCalledTimes(1)
      expect(stdout).not.toContain('"processes"')
    }
  }
]

describe("every option reaches its package function", () => {
  beforeEach(() => {
    vi.clearAllMocks()
  })
  for (const row of rows) {
    it(`${row.command} ${row.flag}`, async () => {
      const r = await runCli(row.argv, { files })
      // Nothing on standard error but a progress bar, unless the row expects a failure (its issues go there).
      if (row.code === undefined) expect(r.stderr.replace(/\r\[[#-]+\] \d+\/\d+\n?/g, "")).toBe("")
      expect(r.code).toBe(row.code ?? 0)
      row.check(r)
    })
  }

  it("every option the program declares has a row above", () => {
    const declared: Array<string> = []
    const walk = (command: Command, path: ReadonlyArray<string>): void => {
      for (const option of command.options) {
        if (option.long !== undefined && option.long !== "--format" && option.long !== "--lang") {
          declared.push(`${path.join(" ")} ${option.long}`)
        }
      }
      for (const sub of command.commands) walk(sub, [...path, sub.name()])
    }
    const ctx = cli.makeContext({
      lang: "en",
      formatOption: undefined,
      io: {
        stdout: () => {},
        stderr: () => {},
        env: {},
        readFile: () => ({ ok: false, reason: "" }),
        writeFile: () => ({ ok: true }),
        now: () => 0,
        clock: () => 0,
        cores: 1
      }
    })
    const program = new Command("tongban")
    for (const command of cli.commands) command.attach(program, ctx, () => {})
    for (const sub of program.commands) walk(sub, [sub.name()])
    expect(declared.sort()).toEqual(rows.map((r) => `${r.command} ${r.flag}`).sort())
  })
})
