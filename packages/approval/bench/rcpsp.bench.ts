// Resource-constrained scheduling on the 480 PSPLIB J30 instances against
// their optimal makespans (Kolisch & Sprecher 1997), at 5,000 schedules per
// instance (each serial or parallel SGS pass counts one, so a
// forward–backward improvement pass counts two). Three methods run in the
// same process, so the ratios hold on a busy machine:
//   - one-pass LFT priority rule, serial SGS (the classic baseline, ~5.6%);
//   - regret-based biased random sampling on LFT + FBI, same budget;
//   - the genetic algorithm (the default of scheduleRcpsp).
// The data lie in ../shared/data/psplib (from the repository root) unless
// PSPLIB_DIR says otherwise; SCHEDULES and SEED override the budget and seed.
import { parsePsplib, parsePsplibOptima, type RcpspMethod, type RcpspProject, scheduleRcpsp } from "@tongban/approval"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { performance } from "node:perf_hooks"

const dir = process.env.PSPLIB_DIR ?? join(process.cwd(), "..", "shared", "data", "psplib")
const schedules = Number(process.env.SCHEDULES ?? 5000)
const seed = Number(process.env.SEED ?? 1)
if (!existsSync(join(dir, "j30")) || !existsSync(join(dir, "j30opt.sm"))) {
  console.log(`PSPLIB J30 not found in ${dir} (set PSPLIB_DIR); skipped`)
} else {
  const optima = parsePsplibOptima(readFileSync(join(dir, "j30opt.sm"), "latin1"), { set: "j30" })
  if (!optima.ok) throw new Error("cannot read j30opt.sm")
  const optimum = new Map(optima.value.map((o) => [o.instance, o.makespan]))
  const instances: Array<{ name: string; project: RcpspProject; optimum: number }> = []
  for (const file of readdirSync(join(dir, "j30"))
    .filter((f) => f.endsWith(".sm"))
    .sort()) {
    const parsed = parsePsplib(readFileSync(join(dir, "j30", file), "latin1"))
    const name = file.replace(/\.sm$/, "")
    const opt = optimum.get(name)
    if (!parsed.ok || opt === undefined) throw new Error(`cannot read ${file}`)
    instances.push({ name, project: parsed.value.project, optimum: opt })
  }
  const run = (label: string, method: RcpspMethod, budget: number) => {
    let sum = 0
    let hits = 0
    let max = 0
    let used = 0
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    for (const inst of instances) {
      const r = scheduleRcpsp(inst.project, { method, schedules: budget, seed })
      if (!r.ok) throw new Error(`${inst.name}: no schedule`)
      const dev = (r.value.makespan - inst.optimum) / inst.optimum
      sum += dev
      if (dev === 0) hits++
      if (dev > max) max = dev
      used += r.value.schedulesUsed
    }
    const ms = performance.now() - t0
    const cpu = process.cpuUsage(c0)
    return {
      label,
      avg: (100 * sum) / instances.length,
      hits,
      max: 100 * max,
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      schedules: used / instances.length
    }
  }
  const rows = [
    run("one-pass LFT (serial SGS)", "rule", 1),
    run(`sampling LFT + FBI, ${schedules} schedules`, "sampling", schedules),
    run(`genetic + FBI, ${schedules} schedules`, "genetic", schedules)
  ]
  console.table(
    rows.map((r) => ({
      method: r.label,
      "avg deviation %": r.avg.toFixed(3),
      optimum: `${r.hits}/${instances.length}`,
      "max deviation %": r.max.toFixed(2),
      "mean schedules": Math.round(r.schedules),
      "total s": (r.ms / 1000).toFixed(2),
      "cpu s": (r.cpuMs / 1000).toFixed(2)
    }))
  )
  const [lft, sampling, genetic] = rows
  if (lft !== undefined && sampling !== undefined && genetic !== undefined) {
    console.log(
      `J30 genetic: ${genetic.avg.toFixed(3)}% above optimum (${genetic.hits}/${instances.length} optimal, max ${genetic.max.toFixed(2)}%) in ${(genetic.ms / 1000).toFixed(2)} s (${(genetic.cpuMs / 1000).toFixed(2)} s CPU, one thread); ` +
        `deviation ratio sampling/genetic ${(sampling.avg / Math.max(genetic.avg, 1e-9)).toFixed(1)}x, LFT/genetic ${(lft.avg / Math.max(genetic.avg, 1e-9)).toFixed(1)}x; ` +
        `time ratio genetic/sampling ${(genetic.ms / sampling.ms).toFixed(2)}x`
    )
  }
}
