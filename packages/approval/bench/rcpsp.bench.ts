// Resource-constrained scheduling on PSPLIB (Kolisch & Sprecher 1997): J30
// against its proven optima, J60 against the critical-path bound (the
// literature's J60/J120 measure, Kolisch & Hartmann 2006) and against the
// best known makespans (j60hrs.sm), at 1,000, 5,000 and 50,000 schedules
// per instance, seeds 1–5. Every serial or parallel SGS pass counts one
// schedule, so a forward–backward improvement pass counts two.
//
// Peers measured in the same run, so the ratios hold on a busy machine:
// the one-pass LFT rule (serial SGS) and regret-based biased sampling with
// FBI at the same budget (seed 1); the genetic algorithm (scheduleRcpsp's
// default) is what is measured.
//
// Environment: PSPLIB_DIR (default ../shared/data/psplib from the repository
// root), SETS (default "j30,j60"), BUDGETS (default "1000,5000,50000"),
// SEEDS (default "1,2,3,4,5"), STRIDE (default 1: every instance; 8 takes
// every 8th, for a quick look on a shared machine), PEER (default 1; 0 skips
// the sampling peer).
import {
  deviationFromOptimum,
  parsePsplib,
  parsePsplibOptima,
  type RcpspMethod,
  type RcpspProject,
  scheduleRcpsp
} from "@tongban/approval"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { performance } from "node:perf_hooks"

const dir = process.env.PSPLIB_DIR ?? join(process.cwd(), "..", "shared", "data", "psplib")
const list = (name: string, fallback: string): Array<string> =>
  (process.env[name] ?? fallback)
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")
const sets = list("SETS", "j30,j60")
const budgets = list("BUDGETS", "1000,5000,50000").map(Number)
const seeds = list("SEEDS", "1,2,3,4,5").map(Number)
const stride = Math.max(1, Number(process.env.STRIDE ?? 1))
const peer = process.env.PEER !== "0"
/** The J30 time limit of issue 19: all 480 instances at 5,000 schedules within 90 s on one core. */
const j30Limit = 90

interface Instance {
  readonly name: string
  readonly project: RcpspProject
  readonly reference: number
}

const reference = { j30: "j30opt.sm", j60: "j60hrs.sm" } as const

const load = (set: "j30" | "j60"): Array<Instance> | undefined => {
  const refFile = join(dir, reference[set])
  if (!existsSync(join(dir, set)) || !existsSync(refFile)) return undefined
  const refs = parsePsplibOptima(readFileSync(refFile, "latin1"), { set })
  if (!refs.ok) throw new Error(`cannot read ${refFile}`)
  const known = new Map(refs.value.map((o) => [o.instance, o.makespan]))
  const files = readdirSync(join(dir, set))
    .filter((f) => f.endsWith(".sm"))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
    .filter((_, i) => i % stride === 0)
  return files.map((file) => {
    const parsed = parsePsplib(readFileSync(join(dir, set, file), "latin1"))
    const name = file.replace(/\.sm$/, "")
    const ref = known.get(name)
    if (!parsed.ok || ref === undefined) throw new Error(`cannot read ${file}`)
    return { name, project: parsed.value.project, reference: ref }
  })
}

interface Run {
  /** Mean deviation from the optimum / best known, %. */
  readonly ref: number
  /** Mean deviation from the critical-path bound, %. */
  readonly cp: number
  /** Instances at the optimum / best known (or below it). */
  readonly hits: number
  readonly max: number
  readonly ms: number
  readonly cpuMs: number
  readonly schedules: number
}

const run = (instances: ReadonlyArray<Instance>, method: RcpspMethod, budget: number, seed: number): Run => {
  let ref = 0
  let cp = 0
  let hits = 0
  let max = 0
  let used = 0
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  for (const inst of instances) {
    const r = scheduleRcpsp(inst.project, { method, schedules: budget, seed })
    if (!r.ok) throw new Error(`${inst.name}: no schedule`)
    const d = deviationFromOptimum(r.value.makespan, inst.reference) ?? 0
    ref += d
    cp += deviationFromOptimum(r.value.makespan, r.value.criticalPath) ?? 0
    if (d <= 0) hits++
    if (d > max) max = d
    used += r.value.schedulesUsed
  }
  const cpu = process.cpuUsage(c0)
  const n = instances.length
  return {
    ref: (100 * ref) / n,
    cp: (100 * cp) / n,
    hits,
    max: 100 * max,
    ms: performance.now() - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    schedules: used / n
  }
}

const mean = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
const range = (xs: ReadonlyArray<number>, digits: number): string =>
  `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`

for (const set of sets) {
  if (set !== "j30" && set !== "j60") {
    console.log(`unknown set ${set} (j30 or j60); skipped`)
    continue
  }
  const instances = load(set)
  if (instances === undefined) {
    console.log(`PSPLIB ${set} not found in ${dir} (set PSPLIB_DIR); skipped`)
    continue
  }
  const n = instances.length
  const refName = set === "j30" ? "optimum" : "best known"
  console.log(
    `\n${set.toUpperCase()}: ${n} instances${stride > 1 ? ` (every ${stride}th)` : ""}, seeds ${seeds.join(",")}; deviations: from the ${refName} and from the critical-path bound`
  )
  const lft = run(instances, "rule", 1, 1)
  const rows: Array<Record<string, string | number>> = [
    {
      method: "one-pass LFT (serial SGS)",
      schedules: 1,
      [`vs ${refName} %`]: lft.ref.toFixed(3),
      "vs CP %": lft.cp.toFixed(2),
      [`at ${refName}`]: `${lft.hits}/${n}`,
      "ms/instance": (lft.ms / n).toFixed(2)
    }
  ]
  for (const budget of budgets) {
    const sampling = peer ? run(instances, "sampling", budget, 1) : undefined
    const ga = seeds.map((seed) => run(instances, "genetic", budget, seed))
    if (sampling !== undefined) {
      rows.push({
        method: "sampling LFT + FBI, seed 1",
        schedules: budget,
        [`vs ${refName} %`]: sampling.ref.toFixed(3),
        "vs CP %": sampling.cp.toFixed(2),
        [`at ${refName}`]: `${sampling.hits}/${n}`,
        "ms/instance": (sampling.ms / n).toFixed(2)
      })
    }
    const gaRef = mean(ga.map((r) => r.ref))
    const gaCp = mean(ga.map((r) => r.cp))
    const gaMs = mean(ga.map((r) => r.ms))
    rows.push({
      method: `genetic + FBI, seeds ${seeds.join(",")} (mean)`,
      schedules: budget,
      [`vs ${refName} %`]: `${gaRef.toFixed(3)} (${range(
        ga.map((r) => r.ref),
        3
      )})`,
      "vs CP %": `${gaCp.toFixed(2)} (${range(
        ga.map((r) => r.cp),
        2
      )})`,
      [`at ${refName}`]: `${range(
        ga.map((r) => r.hits),
        0
      )}/${n}`,
      "ms/instance": `${(gaMs / n).toFixed(2)} (cpu ${(mean(ga.map((r) => r.cpuMs)) / n).toFixed(2)})`
    })
    const ratios =
      sampling === undefined
        ? ""
        : `; deviation ratio sampling/genetic ${(sampling.ref / Math.max(gaRef, 1e-9)).toFixed(2)}x, time ratio genetic/sampling ${(gaMs / sampling.ms).toFixed(2)}x`
    console.log(
      `${set.toUpperCase()} ${budget} schedules: genetic ${gaRef.toFixed(3)}% above ${refName}, ${gaCp.toFixed(2)}% above the critical path; ` +
        `LFT/genetic deviation ratio ${(lft.ref / Math.max(gaRef, 1e-9)).toFixed(1)}x${ratios}; ${(gaMs / n).toFixed(1)} ms an instance`
    )
    if (set === "j30" && budget === 5000 && stride === 1) {
      const worst = Math.max(...ga.map((r) => r.cpuMs)) / 1000
      console.log(
        `J30 time limit: all ${n} instances at 5,000 schedules in at most ${worst.toFixed(1)} s CPU a seed (one thread), limit ${j30Limit} s: ${worst <= j30Limit ? "met" : "NOT met"}`
      )
    }
  }
  console.table(rows)
}
