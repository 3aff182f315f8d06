/**
 * `tongban flow psplib`: resource-constrained scheduling of PSPLIB instances,
 * with the deviation from the critical-path bound (the literature's measure
 * for J60 and J120), from the optimum or best known makespan when a file of
 * them is given or lies beside the instances, and the time.
 *
 * Glossary: 资源受限项目调度 = resource-constrained project scheduling;
 * 最优工期 = optimal makespan; 偏差 = deviation.
 *
 * @since 0.1.0
 */
import {
  deviationFromOptimum,
  parsePsplib,
  parsePsplibOptima,
  psplibOptimaSet,
  psplibReferenceKind,
  scheduleRcpsp,
  summariseDeviations
} from "@tongban/approval"
import { type Issue, prefixIssues } from "@tongban/core"
import { defineCommand } from "../command.js"
import { type Context, UsageError } from "../context.js"
import { choiceOption, numberOption, textOption, variadicArgument } from "../options.js"

const baseName = (path: string): string => path.slice(path.lastIndexOf("/") + 1)
const dirName = (path: string): string => (path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : ".")
const join = (dir: string, name: string): string =>
  dir === "." ? name : dir.endsWith("/") ? `${dir}${name}` : `${dir}/${name}`

/** Natural order, so that `j3010_2` follows `j3010_1` and `j302_1` precedes `j3010_1`. */
const natural = (a: string, b: string): number => a.localeCompare(b, "en", { numeric: true })

const listDir = (ctx: Context, path: string): ReadonlyArray<string> | undefined => {
  const listed = ctx.io.listDir?.(path)
  return listed?.ok === true ? listed.names : undefined
}

const pathsArg = variadicArgument("paths", { zh: ".sm 文件或其所在目录", en: ".sm files or directories of them" })
const schedulesOption = numberOption(
  "--schedules <n>",
  { zh: "每个实例生成的进度方案数（默认 5000）", en: "schedules generated per instance (default 5000)" },
  5000,
  { integer: true, min: 1, max: 999_999_999 }
)
const seedOption = numberOption("--seed <s>", { zh: "随机种子（默认 1）", en: "random seed (default 1)" }, 1, {
  integer: true,
  min: -2_147_483_648,
  max: 2_147_483_647
})
const methodOption = choiceOption(
  "--method <m>",
  { zh: "genetic（默认）、sampling 或 rule", en: "genetic (default), sampling or rule" },
  ["genetic", "sampling", "rule"],
  "genetic"
)
const optimaOption = textOption("--optima <file>", {
  zh: "最优工期文件（如 j30opt.sm）；默认在实例旁查找",
  en: "file of optimal makespans (e.g. j30opt.sm); looked for beside the instances by default"
})

/**
 * `tongban flow psplib FILE_OR_DIR… [--schedules N] [--seed S]
 * [--method genetic|sampling|rule] [--optima FILE] [--format json|table]`
 * (e.g. `tongban flow psplib ../shared/data/psplib/j30 --schedules 5000 --format json`).
 */
export const psplibCommand = defineCommand({
  name: "psplib",
  description: {
    zh: "资源受限排程：求解 PSPLIB 单模式实例（.sm），有最优解文件时给出偏差",
    en: "resource-constrained scheduling of PSPLIB single-mode instances (.sm), with the deviation when optima are known"
  },
  formats: ["table", "json"],
  args: [pathsArg],
  options: [schedulesOption, seedOption, methodOption, optimaOption],
  run: ({ get, ctx }) => {
    const schedules = get(schedulesOption)
    const seed = get(seedOption)
    const method = get(methodOption)
    // The instance files, and the directories where optima may lie.
    const files: Array<string> = []
    const optimaFiles: Array<string> = []
    const dirs = new Set<string>()
    for (const path of get(pathsArg)) {
      const names = listDir(ctx, path)
      if (names === undefined) {
        files.push(path)
        dirs.add(dirName(path))
        dirs.add(dirName(dirName(path)))
      } else {
        dirs.add(path)
        dirs.add(dirName(path.replace(/\/+$/, "")))
        for (const name of [...names].sort(natural)) {
          if (!name.toLowerCase().endsWith(".sm")) continue
          if (psplibOptimaSet(name) !== undefined) optimaFiles.push(join(path, name))
          else files.push(join(path, name))
        }
      }
    }
    if (files.length === 0) {
      throw new UsageError({ zh: "没有找到 .sm 实例文件", en: "no .sm instance file found" })
    }
    const optimaArg = get(optimaOption)
    if (typeof optimaArg === "string") optimaFiles.splice(0, optimaFiles.length, optimaArg)
    else {
      for (const dir of dirs)
        for (const name of listDir(ctx, dir) ?? [])
          if (psplibOptimaSet(name) !== undefined) optimaFiles.push(join(dir, name))
    }
    // Proven optima win over best known makespans of the same instance.
    const optima = new Map<string, { makespan: number; kind: "optimum" | "best known" }>()
    const issues: Array<Issue> = []
    for (const file of [...new Set(optimaFiles)]) {
      const set = psplibOptimaSet(file) ?? "j30"
      const kind = psplibReferenceKind(file) ?? "optimum"
      const parsed = parsePsplibOptima(ctx.readText(file, "latin1"), { set })
      if (parsed.ok) {
        for (const entry of parsed.value)
          if (kind === "optimum" || optima.get(entry.instance)?.kind !== "optimum")
            optima.set(entry.instance, { makespan: entry.makespan, kind })
      } else issues.push(...prefixIssues(parsed.issues, [file]))
    }
    const rows: Array<{
      instance: string
      makespan: number
      criticalPath: number
      criticalPathDeviation?: number
      schedules: number
      ms: number
      optimum?: number
      reference?: "optimum" | "best known"
      deviation?: number
    }> = []
    for (const file of files) {
      const parsed = parsePsplib(ctx.readText(file, "latin1"))
      if (!parsed.ok) {
        issues.push(...prefixIssues(parsed.issues, [file]))
        continue
      }
      const t0 = ctx.io.now()
      const solved = scheduleRcpsp(parsed.value.project, { schedules, seed, method })
      const ms = Math.round((ctx.io.now() - t0) * 100) / 100
      if (!solved.ok) {
        issues.push(...prefixIssues(solved.issues, [file]))
        continue
      }
      const instance = baseName(file).replace(/\.sm$/i, "")
      const known = optima.get(instance.toLowerCase())
      const deviation = known === undefined ? undefined : deviationFromOptimum(solved.value.makespan, known.makespan)
      const criticalPathDeviation = deviationFromOptimum(solved.value.makespan, solved.value.criticalPath)
      rows.push({
        instance,
        makespan: solved.value.makespan,
        criticalPath: solved.value.criticalPath,
        ...(criticalPathDeviation === undefined ? {} : { criticalPathDeviation }),
        schedules: solved.value.schedulesUsed,
        ms,
        ...(known === undefined ? {} : { optimum: known.makespan, reference: known.kind }),
        ...(deviation === undefined ? {} : { deviation })
      })
    }
    const total = rows.reduce((sum, r) => sum + r.ms, 0)
    const summary = summariseDeviations(rows)
    const avg = summary.averageDeviation === undefined ? undefined : 100 * summary.averageDeviation
    const reached = `${summary.optimumReached}/${summary.known}`
    const cp =
      summary.averageCriticalPathDeviation === undefined ? undefined : 100 * summary.averageCriticalPathDeviation
    const bestKnown = rows.some((r) => r.reference === "best known")
    const percent = (d: number | undefined): string => (d === undefined ? "" : `${(100 * d).toFixed(2)}%`)
    const value = {
      json: rows,
      table: {
        columns: ["instance", "makespan", "optimum", "deviation", "cp", "cp deviation", "schedules", "ms"],
        rows: rows.map((r) => [
          r.instance,
          r.makespan,
          r.optimum === undefined ? "" : r.reference === "best known" ? `${r.optimum}*` : r.optimum,
          percent(r.deviation),
          r.criticalPath,
          percent(r.criticalPathDeviation),
          r.schedules,
          r.ms
        ])
      },
      footer:
        rows.length === 0
          ? []
          : [
              ctx.t({
                zh: `${rows.length} 个实例，用时 ${(total / 1000).toFixed(2)} 秒（平均每个 ${(total / rows.length).toFixed(1)} 毫秒）${cp === undefined ? "" : `；与关键路径下界平均偏差 ${cp.toFixed(2)}%`}${avg === undefined ? "" : `；与${bestKnown ? "最优或已知最好解（标 *）" : "最优解"}平均偏差 ${avg.toFixed(3)}%，达到 ${reached}`}`,
                en: `${rows.length} instances in ${(total / 1000).toFixed(2)} s (${(total / rows.length).toFixed(1)} ms each)${cp === undefined ? "" : `; average deviation from the critical-path bound ${cp.toFixed(2)}%`}${avg === undefined ? "" : `; average deviation from the ${bestKnown ? "optimum or best known (marked *)" : "optimum"} ${avg.toFixed(3)}%, ${bestKnown ? "reached" : "optimum reached"} ${reached}`}`
              })
            ]
    }
    return issues.length > 0 ? { ok: false, issues, value } : { ok: true, value }
  }
})
