/**
 * `tongban flow psplib`: resource-constrained scheduling of PSPLIB instances,
 * with the deviation from the optimum when a file of optima is given or lies
 * beside the instances.
 *
 * Glossary: 资源受限项目调度 = resource-constrained project scheduling;
 * 最优工期 = optimal makespan; 偏差 = deviation.
 *
 * @since 0.1.0
 */
import { parsePsplib, parsePsplibOptima, type RcpspMethod, scheduleRcpsp } from "@tongban/approval"
import { type Issue, prefixIssues } from "@tongban/core"
import type { Command } from "commander"
import { type Context, ExitCode, UsageError } from "../context.js"
import type { Registrar } from "../program.js"

const optimaName = /^(j\d+)(opt|hrs|lb)\.sm$/i

const baseName = (path: string): string => path.slice(path.lastIndexOf("/") + 1)
const dirName = (path: string): string => (path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : ".")
const join = (dir: string, name: string): string =>
  dir === "." ? name : dir.endsWith("/") ? `${dir}${name}` : `${dir}/${name}`

/** Natural order, so that `j3010_2` follows `j3010_1` and `j302_1` precedes `j3010_1`. */
const natural = (a: string, b: string): number => a.localeCompare(b, "en", { numeric: true })

const readLatin1 = (ctx: Context, path: string): string => {
  const read = ctx.io.readFile(path)
  if (!read.ok)
    throw new UsageError({ zh: `无法读取文件 ${path}：${read.reason}`, en: `cannot read file ${path}: ${read.reason}` })
  return new TextDecoder("latin1").decode(read.bytes)
}

const listDir = (ctx: Context, path: string): ReadonlyArray<string> | undefined => {
  const listed = ctx.io.listDir?.(path)
  return listed?.ok === true ? listed.names : undefined
}

const whole = (value: unknown, name: string, fallback: number, min: number): number => {
  if (value === undefined) return fallback
  const n = typeof value === "string" && /^-?\d{1,9}$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isInteger(n) || n < min) {
    throw new UsageError({ zh: `${name} 须为不小于 ${min} 的整数`, en: `${name} must be a whole number ≥ ${min}` })
  }
  return n
}

/**
 * Adds `tongban flow psplib FILE_OR_DIR… [--schedules N] [--seed S]
 * [--method genetic|sampling|rule] [--optima FILE] [--format json|table]`
 * to the `flow` command.
 *
 * @example
 * ```ts
 * import { run } from "@tongban/cli"
 * // tongban flow psplib ../shared/data/psplib/j30 --schedules 5000 --format json
 * typeof run // "function"
 * ```
 *
 * @since 0.1.0
 * @category commands
 */
export const addFlowPsplib = (flow: Command, { ctx, action }: Registrar): void => {
  flow
    .command("psplib")
    .description(
      ctx.t({
        zh: "资源受限排程：求解 PSPLIB 单模式实例（.sm），有最优解文件时给出偏差",
        en: "resource-constrained scheduling of PSPLIB single-mode instances (.sm), with the deviation when optima are known"
      })
    )
    .argument("<paths...>", ctx.t({ zh: ".sm 文件或其所在目录", en: ".sm files or directories of them" }))
    .option(
      "--schedules <n>",
      ctx.t({ zh: "每个实例生成的进度方案数（默认 5000）", en: "schedules generated per instance (default 5000)" })
    )
    .option("--seed <s>", ctx.t({ zh: "随机种子（默认 1）", en: "random seed (default 1)" }))
    .option(
      "--method <m>",
      ctx.t({ zh: "genetic（默认）、sampling 或 rule", en: "genetic (default), sampling or rule" })
    )
    .option(
      "--optima <file>",
      ctx.t({
        zh: "最优工期文件（如 j30opt.sm）；默认在实例旁查找",
        en: "file of optimal makespans (e.g. j30opt.sm); looked for beside the instances by default"
      })
    )
    .action(
      action((paths, opts) => {
        const format = ctx.format(["table", "json"], "table")
        const o = typeof opts === "object" && opts !== null ? opts : {}
        const schedules = whole(Reflect.get(o, "schedules"), "--schedules", 5000, 1)
        const seed = whole(Reflect.get(o, "seed"), "--seed", 1, -2147483648)
        const methodArg = Reflect.get(o, "method") ?? "genetic"
        const methods: ReadonlyArray<RcpspMethod> = ["genetic", "sampling", "rule"]
        const method = methods.find((m) => m === methodArg)
        if (method === undefined) {
          throw new UsageError({
            zh: "--method 须为 genetic、sampling 或 rule",
            en: "--method must be genetic, sampling or rule"
          })
        }
        // The instance files, and the directories where optima may lie.
        const files: Array<string> = []
        const optimaFiles: Array<string> = []
        const dirs = new Set<string>()
        for (const path of Array.isArray(paths) ? paths.map(String) : []) {
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
              if (optimaName.test(name)) optimaFiles.push(join(path, name))
              else files.push(join(path, name))
            }
          }
        }
        if (files.length === 0) {
          throw new UsageError({ zh: "没有找到 .sm 实例文件", en: "no .sm instance file found" })
        }
        const optimaArg = Reflect.get(o, "optima")
        if (typeof optimaArg === "string") optimaFiles.splice(0, optimaFiles.length, optimaArg)
        else {
          for (const dir of dirs)
            for (const name of listDir(ctx, dir) ?? []) if (optimaName.test(name)) optimaFiles.push(join(dir, name))
        }
        const optima = new Map<string, number>()
        const issues: Array<Issue> = []
        for (const file of [...new Set(optimaFiles)]) {
          const set = optimaName.exec(baseName(file))?.[1]?.toLowerCase() ?? "j30"
          const parsed = parsePsplibOptima(readLatin1(ctx, file), { set })
          if (parsed.ok) for (const entry of parsed.value) optima.set(entry.instance, entry.makespan)
          else issues.push(...prefixIssues(parsed.issues, [file]))
        }
        const rows: Array<{
          instance: string
          makespan: number
          schedules: number
          ms: number
          optimum?: number
          deviation?: number
        }> = []
        for (const file of files) {
          const parsed = parsePsplib(readLatin1(ctx, file))
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
          const optimum = optima.get(instance.toLowerCase())
          rows.push({
            instance,
            makespan: solved.value.makespan,
            schedules: solved.value.schedulesUsed,
            ms,
            ...(optimum === undefined
              ? {}
              : { optimum, deviation: Math.round(((solved.value.makespan - optimum) / optimum) * 1e6) / 1e6 })
          })
        }
        if (issues.length > 0) ctx.printIssues(issues, "table")
        ctx.print(
          {
            json: rows,
            table: {
              columns: ["instance", "makespan", "optimum", "deviation", "schedules", "ms"],
              rows: rows.map((r) => [
                r.instance,
                r.makespan,
                r.optimum ?? "",
                r.deviation === undefined ? "" : `${(100 * r.deviation).toFixed(2)}%`,
                r.schedules,
                r.ms
              ])
            }
          },
          format
        )
        const known = rows.filter((r) => r.deviation !== undefined)
        if (format === "table" && rows.length > 0) {
          const total = rows.reduce((s, r) => s + r.ms, 0)
          const avg =
            known.length === 0 ? undefined : (100 * known.reduce((s, r) => s + (r.deviation ?? 0), 0)) / known.length
          const hits = known.filter((r) => r.deviation === 0).length
          ctx.io.stdout(
            ctx.t({
              zh: `${rows.length} 个实例，用时 ${(total / 1000).toFixed(2)} 秒${avg === undefined ? "" : `；与最优解平均偏差 ${avg.toFixed(3)}%，达到最优 ${hits}/${known.length}`}\n`,
              en: `${rows.length} instances in ${(total / 1000).toFixed(2)} s${avg === undefined ? "" : `; average deviation from the optimum ${avg.toFixed(3)}%, optimum reached ${hits}/${known.length}`}\n`
            })
          )
        }
        return issues.length > 0 ? ExitCode.invalid : ExitCode.ok
      })
    )
}
